"""Headless Chromium (Debian's build) driven by Playwright, against pytest-django's live server.

Playwright's own browser downloads are never used. Without /usr/bin/chromium the
browser tests are skipped locally and fail in CI, where the browser must exist.

Every page a browser test opens is watched for content security policy violations
(Chromium's console reports and ``securitypolicyviolation`` events, in every frame):
any violation fails the test, unless the test expects that directive to refuse
something (``@pytest.mark.csp_violations_expected("frame-ancestors")``).
"""

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser.contexts import ContextPool

os.environ.setdefault(
    "DJANGO_ALLOW_ASYNC_UNSAFE", "true"
)  # Playwright's sync API runs an event loop

CHROMIUM = os.environ.get("MUSEUM_CHROMIUM", "/usr/bin/chromium")
AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Fewer processes for the same pages: the compositor runs in the browser process,
    # and frames of another site share their page's renderer (origins stay isolated by
    # Blink's own checks). Measured on the editor, phone and kiosk tests: 27 % less CPU,
    # 78 renderers started instead of 126.
    "--in-process-gpu",
    "--process-per-site",
    "--disable-site-isolation-trials",
    "--disable-features=site-per-process,IsolateOrigins,SpareRendererForSitePerProcess",
]
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: CI must install Debian's chromium package.")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium fonts-wqy-microhei)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        # One report of CSP violations for the whole session, emptied for each test: the
        # pool's contexts pass from test to test, their listeners stay.
        browser.csp_violations = CspViolations()
        browser.contexts_kept = ContextPool(browser.new_context, browser.csp_violations.watch_pages)
        yield browser
        BROWSER_CPU.append(process_tree_cpu(os.getpid(), exclude=os.getpid()))
        BROWSER_CONTEXTS.append(browser.contexts_kept)
        browser.close()


BROWSER_CPU = []  # CPU seconds of Chromium and Playwright's driver, read before closing
BROWSER_CONTEXTS = []  # the browser's pool of contexts


def process_tree_cpu(root, exclude):
    """CPU seconds (user and system) of every process under ``root`` but ``exclude``,
    including the children each has reaped (a Chromium zygote's finished renderers)."""
    children, cpu = {}, {}
    ticks = os.sysconf("SC_CLK_TCK")
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, parent = int(entry.name), int(fields[1])
        children.setdefault(parent, []).append(pid)
        cpu[pid] = sum(int(value) for value in fields[11:15]) / ticks
    total, waiting = 0.0, list(children.get(root, []))
    while waiting:
        pid = waiting.pop()
        total += cpu[pid] if pid != exclude else 0.0
        waiting.extend(children.get(pid, []))
    return total


def pytest_terminal_summary(terminalreporter):
    if BROWSER_CPU:
        terminalreporter.write_line(
            f"Chromium and Playwright's driver used {sum(BROWSER_CPU):.1f} s of CPU "
            "(part of the suite's CPU)"
        )
    for pool in BROWSER_CONTEXTS:
        terminalreporter.write_line(
            f"Browser contexts: {pool.made} made, {pool.reused} reused after a test"
        )


@pytest.fixture(scope="session")
def axe_script():
    """The path of axe-core's script, from npm."""
    if not AXE.exists():
        message = f"{AXE} is missing: `npm ci --prefix tests/browser` installs it (make test does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return str(AXE)


class RequestLog:
    """Every URL a page asks for, to prove nothing leaves this machine."""

    def __init__(self):
        self.urls = []

    def record(self, request):
        self.urls.append(request.url)

    def off_machine(self):
        hosts = []
        for url in self.urls:
            parts = urlsplit(url)
            if parts.scheme in ("data", "blob", "about"):
                continue
            if parts.hostname not in LOOPBACK_HOSTS:
                hosts.append(url)
        return hosts


# Reported through the console, so that one listener sees both kinds of report.
VIOLATION_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
    console.error(`securitypolicyviolation: ${event.effectiveDirective} blocked `
        + `${event.blockedURI || "inline"} on ${event.documentURI}`);
});
"""
VIOLATION_SIGNS = ("Content Security Policy", "securitypolicyviolation:")


class CspViolations:
    """Every CSP violation reported in the pages of the contexts it watches."""

    def __init__(self):
        self.messages = []

    def watch_context(self, context):
        """Watch a context's pages, those open and those to come."""
        self.watch_pages(context)
        for page in context.pages:
            self.watch_page(page)

    def watch_pages(self, context):
        """Watch the pages a new context will open."""
        context.add_init_script(VIOLATION_LISTENER)
        context.on("page", self.watch_page)

    def watch_page(self, page):
        page.on("console", lambda message: self.record(page, message))

    def record(self, page, message):
        if any(sign in message.text for sign in VIOLATION_SIGNS):
            self.messages.append(f"{page.url}: {message.text}")


@pytest.fixture(autouse=True)
def csp_violations(request, monkeypatch):
    """Fail any browser test whose pages report a content security policy violation.

    It also hands the test's browser.new_context() contexts from the browser's pool
    (tests/browser/contexts.py)."""
    if "browser" not in request.fixturenames:
        yield CspViolations()
        return
    browser = request.getfixturevalue("browser")
    violations = browser.csp_violations
    violations.messages = []
    new_page = browser.new_page

    def watched_page(*args, **kwargs):
        page = new_page(*args, **kwargs)
        violations.watch_context(page.context)
        return page

    monkeypatch.setattr(browser, "new_context", browser.contexts_kept.new_context)
    monkeypatch.setattr(browser, "new_page", watched_page)
    yield violations
    expected = [
        directive
        for marker in request.node.iter_markers("csp_violations_expected")
        for directive in marker.args
    ]
    unexpected = [
        message
        for message in violations.messages
        if not any(directive in message for directive in expected)
    ]
    if unexpected:
        pytest.fail("Content security policy violations:\n" + "\n".join(unexpected))


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="zh-CN", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.request_log = RequestLog()
    page.on("request", page.request_log.record)
    yield page
    context.close()
