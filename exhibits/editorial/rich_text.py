"""What a piece of stored rich text makes a browser load, and where from.

Wagtail stores rich text as HTML with its own ``<embed>`` and ``<a linktype>`` tags;
imported or pasted text may hold plain ``<img>``, ``<iframe>``, ``<video>`` and the like.
Anything with a source on another host is loaded by every visitor's browser (and may
be blocked on mainland networks); a link to another host is only followed on a tap.
"""

from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _

# Tags whose attribute makes the browser fetch something, and what to call it.
LOADING = {
    "img": ("src", _("an image")),
    "iframe": ("src", _("an embedded frame")),
    "video": ("src", _("a video")),
    "audio": ("src", _("a recording")),
    "source": ("src", _("a media file")),
    "track": ("src", _("captions")),
    "script": ("src", _("a script")),
    "object": ("data", _("an object")),
    "link": ("href", _("a file")),
}
EMBED_KIND = _("an embed (video or social media)")


@dataclass(frozen=True)
class Resource:
    url: str
    host: str
    kind: object
    loads: bool  # fetched by the browser on its own (True) or a link (False)


def foreign_host(url, own_hosts):
    """The host of ``url`` when it is an absolute web address elsewhere, else ""."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    if parts.scheme not in ("http", "https", "") or not parts.netloc:
        return ""
    host = (parts.hostname or "").lower()
    return "" if host in own_hosts else host


class ResourceParser(HTMLParser):
    def __init__(self, own_hosts):
        super().__init__(convert_charrefs=True)
        self.own_hosts = own_hosts
        self.found = []

    def add(self, url, kind, loads):
        host = foreign_host(url or "", self.own_hosts)
        if host:
            self.found.append(Resource(url, host, kind, loads))

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "embed" and attrs.get("embedtype") == "media":
            # A Wagtail media embed: oEmbed HTML from the provider, always another host.
            url = attrs.get("url") or ""
            self.found.append(Resource(url, foreign_host(url, ()) or url, EMBED_KIND, True))
        elif tag == "embed":
            self.add(attrs.get("src"), _("an embedded object"), True)
        elif tag in LOADING:
            attribute, kind = LOADING[tag]
            self.add(attrs.get(attribute), kind, True)
            if tag in ("video", "audio"):
                self.add(attrs.get("poster"), _("a poster image"), True)
        elif tag == "a" and not attrs.get("linktype"):
            self.add(attrs.get("href"), _("a link"), False)

    handle_startendtag = handle_starttag


def resources_in(html, own_hosts):
    """Every resource and link in ``html`` on a host not in ``own_hosts``."""
    parser = ResourceParser(own_hosts)
    parser.feed(html)
    parser.close()
    return parser.found
