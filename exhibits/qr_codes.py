"""Short codes printed under QR labels, and the QR images that encode them.

A code is five random characters plus one check character, drawn from an
alphabet without look-alikes (no 0/O, 1/I/L, U/V), e.g. ``K7QX2M``. Each code
also has a number a visitor can type on a keypad: a serial with a Damm check
digit, so one wrong digit or two swapped digits are caught, e.g. ``4830571``.
Serials are random six-digit numbers, so the numbers in use cannot be listed by
counting (the first labels had sequential serials from 10, e.g. ``1057``; those
keep working). Neither depends on the page's title, slug or place in the tree.
"""

import io
import re
import secrets

import segno

from exhibits import public_urls

ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
PAYLOAD_LENGTH = 5
CODE_LENGTH = PAYLOAD_LENGTH + 1
NUMBER_MAX_LENGTH = 8
CODE_PATTERN = re.compile(rf"^[{ALPHABET}]{{{CODE_LENGTH}}}$")
NUMBER_PATTERN = re.compile(rf"^[0-9]{{2,{NUMBER_MAX_LENGTH}}}$")
SERIAL_MIN, SERIAL_MAX = 100_000, 999_999  # new codes' serials: 7-digit numbers
MAX_INPUT_LENGTH = 40  # anything longer is not a code, whatever it contains
SEPARATORS = re.compile(r"[\s\-_.·]+")

_DAMM_TABLE = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)


def damm_digit(digits):
    interim = 0
    for digit in digits:
        interim = _DAMM_TABLE[interim][int(digit)]
    return str(interim)


def number_for_serial(serial):
    """The typeable number for the n-th code: the serial plus its check digit."""
    digits = str(serial)
    return digits + damm_digit(digits)


def new_serial():
    """A random serial for a new code (the caller retries if it is taken)."""
    return SERIAL_MIN + secrets.randbelow(SERIAL_MAX - SERIAL_MIN + 1)


def number_is_valid(number):
    return bool(NUMBER_PATTERN.match(number)) and damm_digit(number) == "0"


def check_character(payload):
    total = sum((index + 2) * ALPHABET.index(char) for index, char in enumerate(payload))
    return ALPHABET[total % len(ALPHABET)]


def new_code():
    """A random code with at least one letter, so it never reads as a keypad number."""
    while True:
        payload = "".join(secrets.choice(ALPHABET) for _ in range(PAYLOAD_LENGTH))
        code = payload + check_character(payload)
        if not code.isdigit():
            return code


def code_is_valid(code):
    return bool(CODE_PATTERN.match(code)) and check_character(code[:-1]) == code[-1]


def normalize(raw):
    """What a visitor typed or scanned, tidied: upper case, no spaces or dashes.

    Returns "" for input too long to be a code, so callers can answer 404
    without further work.
    """
    if not raw or len(raw) > MAX_INPUT_LENGTH:
        return ""
    return SEPARATORS.sub("", raw).upper()


def parse(raw):
    """("code", value), ("number", value) or (None, tidied input) for anything else."""
    value = normalize(raw)
    if value.isdigit():
        return ("number", value) if number_is_valid(value) else (None, value)
    if code_is_valid(value):
        return "code", value
    return None, value


def short_url(code):
    """The address a label's QR code encodes, on the public domain."""
    return public_urls.absolute(f"/q/{code}")


def display_url(code):
    """The short URL as printed under the QR code, without the scheme."""
    return short_url(code).split("://", 1)[-1]


def qr_symbol(code):
    # Error correction Q survives a quarter of the symbol being scuffed or
    # covered, which wall labels in busy galleries need.
    return segno.make(short_url(code), error="q", micro=False, boost_error=False)


def qr_svg(code, scale=8):
    """SVG markup of the code's QR symbol with the standard four-module quiet zone."""
    buffer = io.BytesIO()
    qr_symbol(code).save(
        buffer, kind="svg", scale=scale, border=4, xmldecl=False, svgns=True, title=short_url(code)
    )
    return buffer.getvalue().decode()


def qr_png(code, scale=10):
    buffer = io.BytesIO()
    qr_symbol(code).save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()
