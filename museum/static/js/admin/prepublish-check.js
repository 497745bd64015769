// The pre-publish check panel: a problem's link opens the tab that holds its field,
// scrolls to it and puts the cursor in it. Fields are found by Wagtail's
// data-contentpath (the field name); the QR code panel by its data attribute.
//
// A senior curator's override box has no name, so that ticking it is not an edit
// for Wagtail's autosave (whose revision would make the next submit look stale);
// the form carries it only when it is sent.
function fieldElement(name) {
    return (
        document.querySelector(`[data-contentpath="${CSS.escape(name)}"]`) ||
        document.getElementById(`id_${name}`) ||
        document.querySelector(`[data-prepublish-target="${CSS.escape(name)}"]`)
    );
}

function openTabOf(element) {
    const panel = element.closest("[role='tabpanel']");
    if (!panel) {
        return;
    }
    const tab = document.querySelector(`[role='tab'][aria-controls='${CSS.escape(panel.id)}']`);
    if (tab && tab.getAttribute("aria-selected") !== "true") {
        tab.click();
    }
}

document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest("[data-prepublish-field]");
    if (!link) {
        return;
    }
    const target = fieldElement(link.dataset.prepublishField);
    if (!target) {
        return;
    }
    event.preventDefault();
    openTabOf(target);
    // After the tab's panel is shown, or it has no size to scroll to.
    requestAnimationFrame(() => {
        target.scrollIntoView({ block: "center" });
        const input = target.matches("input, select, textarea, [contenteditable]")
            ? target
            : target.querySelector("input:not([type=hidden]), select, textarea, [contenteditable='true'], button");
        if (input) {
            input.focus({ preventScroll: true });
        }
        target.setAttribute("data-prepublish-highlight", "");
        setTimeout(() => target.removeAttribute("data-prepublish-highlight"), 3000);
    });
});

document.addEventListener(
    "submit",
    (event) => {
        const form = event.target;
        const box = form instanceof HTMLFormElement && form.querySelector("[data-prepublish-override]");
        if (!box || !box.checked || form.querySelector("input[type=hidden][data-prepublish-sent]")) {
            return;
        }
        const field = document.createElement("input");
        field.type = "hidden";
        field.name = box.dataset.prepublishOverride;
        field.value = "1";
        field.dataset.prepublishSent = "";
        form.append(field);
    },
    true,
);
