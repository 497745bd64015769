"""Browser contexts kept between tests, as clean as new.

Chromium spends about 0.9 s of CPU on a new context's first page (its own network
context and storage) and 0.15 s on a page in a context it already has. A test that closes
a context it made hands it back here instead: its pages are closed and its cookies,
permissions, storage, service workers and HTTP cache are cleared, and the next test that
asks for a context with the same options gets it. A context a test changed in ways that
cannot be undone (init scripts, routes, offline mode, a clock, permissions, a location,
exposed functions) is closed for real.
"""

import json
from collections import defaultdict
from urllib.parse import urlsplit

from playwright.sync_api import Error

KEPT_PER_KIND = 2
# Methods whose effect outlives the test: a context they were called on is not kept.
LASTING = (
    "add_init_script",
    "expose_binding",
    "expose_function",
    "grant_permissions",
    "route",
    "route_from_har",
    "route_web_socket",
    "set_extra_http_headers",
    "set_geolocation",
    "set_offline",
)
DEFAULT_TIMEOUT_MS = 30_000  # Playwright's own default


class ContextPool:
    """New contexts for a browser, reusing those that tests have closed."""

    def __init__(self, new_context, prepare):
        self._new_context = new_context  # the browser's own
        self._prepare = prepare  # called with each context made here, before any test has it
        self._free = defaultdict(list)
        self.made = self.reused = 0

    def new_context(self, **options):
        kind = json.dumps(options, sort_keys=True, default=str)
        if self._free[kind]:
            self.reused += 1
            context = self._free[kind].pop()
            context.lasting_change = False
            return context
        self.made += 1
        context = self._new_context(**options)
        self._prepare(context)
        self._keep_track(context, kind)
        return context

    def _keep_track(self, context, kind):
        """Note the origins a context visits, the listeners tests add and the lasting
        changes they make, and make its close() hand it back."""
        context.origins = set()
        context.lasting_change = False
        context.listeners = []
        context.on("request", lambda request: context.origins.add(origin(request.url)))
        on, close = context.on, context.close

        def listen(event, handler):
            context.listeners.append((event, handler))
            return on(event, handler)

        def changing(method):
            def call(*args, **kwargs):
                context.lasting_change = True
                return method(*args, **kwargs)

            return call

        for name in LASTING:
            setattr(context, name, changing(getattr(context, name)))
        context.on = listen
        context.close = lambda **kwargs: self._give_back(context, kind, close, kwargs)

    def _give_back(self, context, kind, close, close_options):
        if context.lasting_change or len(self._free[kind]) >= KEPT_PER_KIND:
            close(**close_options)
            return
        try:
            self._clear(context)
        except Error:
            close(**close_options)
            return
        self._free[kind].append(context)

    def _clear(self, context):
        page = context.pages[0] if context.pages else context.new_page()
        session = context.new_cdp_session(page)
        for visited in context.origins - {None}:
            session.send("Storage.clearDataForOrigin", {"origin": visited, "storageTypes": "all"})
        session.send("Network.clearBrowserCache")
        session.detach()
        for open_page in context.pages:
            open_page.close()
        for event, handler in context.listeners:
            context.remove_listener(event, handler)
        context.listeners.clear()
        context.origins.clear()
        context.clear_cookies()
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        context.set_default_navigation_timeout(DEFAULT_TIMEOUT_MS)


def origin(url):
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return None
    return f"{parts.scheme}://{parts.netloc}"
