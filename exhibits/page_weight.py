"""What a phone downloads for one page, gzip-compressed, and the budget it must keep.

The budget is one figure for the test suite (tests/test_delivery.py), the benchmark
(tests/benchmarks/page_weight.py) and the editor's pre-publish check: a page's HTML plus
every stylesheet and script it loads (and the modules those import), each compressed as
the server sends it. Images load lazily and recordings only on a tap, so they are not
counted.
"""

import gzip
import re
from html.parser import HTMLParser

KB = 1024
# Over a weak signal a short burst may be all a visitor gets.
PHONE_PAGE_BUDGET = 60 * KB
# Relative imports inside ES modules: `import … from "./x.js"`, `import("./x.js")`.
MODULE_IMPORT = re.compile(r"""(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}/[^"']+)["']""")


def gzip_size(data):
    return len(gzip.compress(data, compresslevel=9, mtime=0))


class AssetCollector(HTMLParser):
    """The stylesheets and scripts an HTML page asks for, in document order."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = (attrs.get("rel") or "").split()
        if tag == "link" and {"stylesheet", "modulepreload", "preload"} & set(rel):
            self.urls.append(attrs.get("href"))
        elif tag == "script" and attrs.get("src"):
            self.urls.append(attrs["src"])


def asset_urls(html):
    """The URLs of the stylesheets and scripts ``html`` (text) loads."""
    collector = AssetCollector()
    collector.feed(html)
    return [url for url in collector.urls if url]


def module_imports(source):
    """The relative modules an ES module (text) imports."""
    return MODULE_IMPORT.findall(source)
