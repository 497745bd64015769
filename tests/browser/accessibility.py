"""axe-core in a browser test's page: nothing serious or critical may be found.

axe-core comes from npm (tests/browser/package.json); the ``axe_script`` fixture in
conftest.py gives its path.
"""

from urllib.parse import urlsplit

BLOCKING_IMPACTS = {"serious", "critical"}
AXE_PATH = "/__axe-core.js"


def inject_axe(page, axe_script):
    """Load axe-core into the page as a script from the page's own origin, which the
    policy's script-src 'self' allows (add_script_tag(path=) would inline it, and the
    policy refuses inline scripts)."""
    if not getattr(page, "axe_routed", False):
        page.route(
            f"**{AXE_PATH}",
            lambda route: route.fulfill(path=axe_script, content_type="text/javascript"),
        )
        page.axe_routed = True
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(page.url))
    page.add_script_tag(url=origin + AXE_PATH)


def describe(violations):
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(" ".join(node["target"]) for node in v["nodes"][:5])
        for v in violations
    )


def assert_accessible(page, axe_script):
    """axe-core finds nothing serious or critical in the page as it is now."""
    inject_axe(page, axe_script)
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    blocking = [v for v in results["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert blocking == [], describe(blocking)
