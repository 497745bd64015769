"""The page editor for two languages: field labels, the language switcher, the
Chinese-to-English body copy, compare-with-live links, and translation and
fact-check status in the explorer and on the dashboard.

labels.py is imported by settings and must stay free of model imports.
"""
