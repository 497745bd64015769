/*
 * A new page's editor: a click on Save, Submit or Publish waits for a running autosave.
 *
 * Wagtail's first autosave of a new page creates it and then points the form at the new
 * page's edit view. A click that lands while that autosave is on its way would post the
 * whole form to the create view a second time: a second page with the same slug, refused
 * with a validation error (or a server error) while the first stays behind as a stray
 * draft. So on a create form a submit stops autosave for good and, if an autosave is on
 * its way, waits for its answer and then posts to wherever the form points by then.
 */
(() => {
  const CREATE_PATH = /\/pages\/add\//;
  let pending = 0;

  document.addEventListener("w-autosave:save", (event) => {
    if (!event.defaultPrevented) pending += 1;
  });
  for (const name of ["w-autosave:success", "w-autosave:error"]) {
    document.addEventListener(name, () => {
      pending = Math.max(0, pending - 1);
      if (pending === 0) document.dispatchEvent(new CustomEvent("museum:autosave-idle"));
    });
  }

  function postAs(form, submitter) {
    if (submitter && submitter.name) {
      const field = document.createElement("input");
      field.type = "hidden";
      field.name = submitter.name;
      field.value = submitter.value;
      form.append(field);
    }
    HTMLFormElement.prototype.submit.call(form);
  }

  document.addEventListener(
    "submit",
    (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement)) return;
      if (!form.hasAttribute("data-w-autosave-interval-value")) return;
      if (!CREATE_PATH.test(new URL(form.action, window.location.href).pathname)) return;
      form.setAttribute("data-w-autosave-active-value", "false");
      if (pending === 0) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const { submitter } = event;
      document.addEventListener("museum:autosave-idle", () => postAs(form, submitter), {
        once: true,
      });
    },
    true,
  );
})();
