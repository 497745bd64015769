// Glossary terms in a page's body (components/gloss.html): without scripts each term
// links to its entry on the glossary page; here it becomes a button that shows or hides
// its note inline, in the flow of the text, so nothing covers the page.
for (const link of document.querySelectorAll("a[data-gloss-term]")) {
  const note = document.getElementById(link.dataset.glossTerm);
  if (!note) continue;
  const button = document.createElement("button");
  button.type = "button";
  button.className = link.className;
  button.textContent = link.textContent;
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-controls", note.id);
  button.addEventListener("click", () => {
    const open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    note.hidden = !open;
  });
  link.replaceWith(button);
}
