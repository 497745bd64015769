// After Wagtail autosaves the editor's form, the form names that revision as its own
// (overwrite_revision_id), which the page form's stale check accepts as up to date.
// Without it the next Save, Submit or Publish from the same editor would be refused as
// "someone saved a newer version", naming the editor themselves: Wagtail autosaves at
// once after a form comes back with errors (a refused publish, a missing source).
document.addEventListener("w-autosave:success", (event) => {
    const form = event.target instanceof HTMLFormElement ? event.target : event.target.closest("form");
    const revision = event.detail && event.detail.response && event.detail.response.revision_id;
    if (!form || !revision) {
        return;
    }
    let field = form.querySelector("input[name='overwrite_revision_id']");
    if (!field) {
        field = document.createElement("input");
        field.type = "hidden";
        field.name = "overwrite_revision_id";
        form.append(field);
    }
    field.value = String(revision);
});
