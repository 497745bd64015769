"""Waiting for a condition in a page whose content security policy forbids eval.

Playwright's ``wait_for_function`` compiles its predicate with ``new Function`` inside
the page, which a policy without ``'unsafe-eval'`` refuses (every page of this site,
the admin included). ``page.evaluate`` goes through the DevTools protocol, which the
policy does not govern, so polling it from here waits for the same conditions.
"""

import time

from playwright.sync_api import Error

POLL_INTERVAL_MS = 50
# Each poll costs CPU in three processes (this one, Playwright's driver and Chromium), so a
# condition still false after the first seconds, which is waiting for a timer (a kiosk's
# next feed poll), is looked at four times a second instead of twenty.
SLOW_POLL_AFTER_S = 2
SLOW_POLL_INTERVAL_MS = 250
# What evaluate raises while the page navigates or reloads: try again after it.
NAVIGATING = ("Execution context was destroyed", "navigation", "Target closed")


def wait_for_function(target, expression, arg=None, timeout=30_000):
    """Poll ``target.evaluate(expression, arg)`` (a page or a frame) until it is truthy;
    return that value, or raise TimeoutError after ``timeout`` milliseconds."""
    began = time.monotonic()
    deadline = began + timeout / 1000
    while True:
        try:
            value = target.evaluate(expression, arg)
        except Error as error:
            if not any(sign in str(error) for sign in NAVIGATING):
                raise
            value = None
        if value:
            return value
        if time.monotonic() >= deadline:
            raise TimeoutError(f"{expression!r} stayed false for {timeout} ms")
        slow = time.monotonic() - began > SLOW_POLL_AFTER_S
        target.wait_for_timeout(SLOW_POLL_INTERVAL_MS if slow else POLL_INTERVAL_MS)
