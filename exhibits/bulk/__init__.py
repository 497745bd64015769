"""Bulk import and export of exhibits, heritage sites and trail stops (Import / export in
the admin): spreadsheets in both languages, imported as drafts after a dry run."""
