"""The check-in passport's stamps: what a QR scan hands the phone, and how the server
checks what the phone hands back when the trail is complete.

A stamp is the scanned page's id and a token, an HMAC of that id under the secret key.
The QR resolver adds it to the address it redirects to, as a fragment
(``#stamp=<id>.<token>``): fragments never reach the server, so the page and its cache
stay the same for everyone, and the page's script moves the stamp into the phone's
storage and takes it out of the address bar. Opening a page without scanning its label
gives no token, and a typed one is refused when the phone reports the completion. The
token is the same for every visitor and never expires: it says "this label was scanned
on some phone", nothing about whose. Stamps made under a key in SECRET_KEY_FALLBACKS
still count; once a key leaves the fallbacks, its stamps are collected again by scanning.
"""

import base64
import hmac
import re

from django.conf import settings
from django.utils.crypto import salted_hmac

SALT = "exhibits.passport.stamp"
TOKEN_LENGTH = 16  # base64url characters: 96 bits
MAX_PAGE_ID_DIGITS = 18  # a database id (exhibits.converters), so no integer overflow
STAMP = re.compile(rf"^(?P<page_id>[0-9]{{1,{MAX_PAGE_ID_DIGITS}}})\.(?P<token>[A-Za-z0-9_-]+)$")


def stamp_token(page_id, secret=None):
    """The token that proves a scan of the label of the page with this id."""
    digest = salted_hmac(SALT, str(int(page_id)), secret=secret, algorithm="sha256").digest()
    return base64.urlsafe_b64encode(digest).decode("ascii")[:TOKEN_LENGTH]


def stamp_fragment(page_id):
    """The URL fragment (without "#") a QR scan of the page's label redirects with."""
    return f"stamp={int(page_id)}.{stamp_token(page_id)}"


def is_valid(page_id, token):
    """Whether a token a phone reports is the one for this page id, under the secret key
    or one of SECRET_KEY_FALLBACKS (stamps collected before a key change still count)."""
    if not isinstance(token, str) or len(token) != TOKEN_LENGTH:
        return False
    keys = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
    return any(hmac.compare_digest(token, stamp_token(page_id, key)) for key in keys)


def parse_stamp(raw):
    """``"<id>.<token>"`` as (page id, token), or None if it is not shaped like a stamp."""
    match = STAMP.match(raw) if isinstance(raw, str) else None
    if match is None:
        return None
    return int(match["page_id"]), match["token"]
