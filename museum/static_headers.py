"""Response headers of static files, which WhiteNoise answers before any view or policy
middleware runs (WHITENOISE_ADD_HEADERS_FUNCTION). The proxy example in the README sends
the same headers when nginx serves /static/ itself."""

from django.conf import settings

# A stylesheet or script ignores its own policy; an SVG opened on its own obeys it.
STATIC_FILE_POLICY = "default-src 'none'; frame-ancestors 'none'"


def static_file_headers(headers, path, url):
    """Lock every static file down; let other sites load only the files meant for them."""
    headers["Content-Security-Policy"] = STATIC_FILE_POLICY
    name = url.removeprefix(settings.STATIC_URL)
    shared = any(
        name == shared_name or is_hashed_name_of(name, shared_name)
        for shared_name in settings.MUSEUM_CROSS_ORIGIN_STATIC
    )
    headers["Cross-Origin-Resource-Policy"] = "cross-origin" if shared else "same-origin"


def is_hashed_name_of(name, original):
    """True for the manifest storage's `js/embed.0123abcd.js` of `js/embed.js`."""
    stem, dot, extension = original.rpartition(".")
    if not dot or not name.startswith(f"{stem}.") or not name.endswith(f".{extension}"):
        return False
    middle = name[len(stem) + 1 : -len(extension) - 1]
    return len(middle) == 12 and all(c in "0123456789abcdef" for c in middle)
