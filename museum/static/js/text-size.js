/* Large-text mode, remembered on this device (localStorage only, never a cookie).
 *
 * A classic script loaded synchronously in <head>: it runs before the body is
 * parsed, so a saved preference applies before the first paint and the page
 * never flashes at the small size. Kept tiny because it blocks rendering.
 * The class "js" reveals the toggle, which stays hidden when scripts are off.
 */
(function () {
    "use strict";
    var KEY = "museum:text-size";
    var root = document.documentElement;

    function saved() {
        try {
            return window.localStorage.getItem(KEY) === "large";
        } catch (error) {
            return false; // storage blocked (private mode, strict WebView): default size
        }
    }

    function apply(large) {
        root.classList.toggle("large-text", large);
        var buttons = document.querySelectorAll("[data-text-size-toggle]");
        for (var i = 0; i < buttons.length; i++) {
            buttons[i].setAttribute("aria-pressed", large ? "true" : "false");
        }
    }

    root.classList.add("js");
    // The editor's large-text preview (data-large-text) shows large text whatever was saved.
    apply(saved() || root.hasAttribute("data-large-text"));

    document.addEventListener("DOMContentLoaded", function () {
        apply(root.classList.contains("large-text"));
    });
    document.addEventListener("click", function (event) {
        var button = event.target.closest && event.target.closest("[data-text-size-toggle]");
        if (!button) {
            return;
        }
        var large = !root.classList.contains("large-text");
        apply(large);
        try {
            if (large) {
                window.localStorage.setItem(KEY, "large");
            } else {
                window.localStorage.removeItem(KEY);
            }
        } catch (error) {
            // Not stored: the choice still holds until the visitor leaves this page.
        }
    });
    // A page restored from the back/forward cache keeps the state it was left in,
    // which the visitor may have changed since on another page.
    window.addEventListener("pageshow", function (event) {
        if (event.persisted) {
            apply(saved());
        }
    });
})();
