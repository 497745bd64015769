"""Where the editor asks about a page before it is published or submitted.

The pre-publish check is a feature (exhibits.editorial.prepublish) and the content
model may not import features, so the feature registers itself here; the page form
(``gate``) and the check panel (``panel_context``) ask whatever is registered.
Without a registration, nothing is checked and nothing blocks.
"""

# The check panel's checkbox with which a senior curator publishes over errors.
OVERRIDE_FIELD = "prepublish_override"


class NoChecks:
    def gate(self, form):
        """Add errors to ``form`` when the page must not be published or submitted."""

    def panel_context(self, page, user):
        return {"problems": []}


_registered = [NoChecks()]


def register_page_checker(checker):
    _registered[0] = checker


def page_checker():
    return _registered[0]
