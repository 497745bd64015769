// Page editor: each language's slug follows that language's title while the curator types
// (pinyin for Chinese, asked of the server), until the curator edits the slug by hand.
// Wagtail's own title→slug sync (w-sync → w-slug#urlify) cannot romanise Chinese, so it is
// told to stand aside for these slug fields; w-slug still tidies slugs typed by hand.
(() => {
  const script = document.currentScript;
  const suggestUrl = script.dataset.suggestUrl;
  const languages = script.dataset.languages.split(" ");
  const DELAY_MS = 250;

  // Read at every request: Wagtail's autosave may replace the address with the edit URL
  // once the page exists, and then the page's own slug must not count as a sibling's.
  function where() {
    const path = window.location.pathname;
    const page = path.match(/\/pages\/(\d+)\/edit\//);
    if (page) return { page: page[1] };
    const parent = path.match(/\/pages\/add\/[^/]+\/[^/]+\/(\d+)\//);
    return parent ? { parent: parent[1] } : null;
  }
  if (!where()) return;

  const managed = new Set();

  async function suggest(title, language) {
    const query = new URLSearchParams({ ...where(), title, language });
    const response = await fetch(`${suggestUrl}?${query}`, {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    });
    if (!response.ok) throw new Error(`slug suggestion: ${response.status}`);
    return response.json();
  }

  function follow(language) {
    const suffix = language.replace("-", "_");
    const title = document.getElementById(`id_title_${suffix}`);
    const slug = document.getElementById(`id_slug_${suffix}`);
    if (!title || !slug) return;
    managed.add(slug);
    // The last value this script wrote; the slug follows the title while it still holds it.
    let lastSuggested = slug.value ? null : "";
    let timer = null;
    let asked = 0;

    const following = () => slug.value === "" || slug.value === lastSuggested;

    async function update() {
      if (!following()) return;
      const ask = ++asked;
      const { slug: value } = await suggest(title.value, language);
      if (ask !== asked || !following()) return;
      if (slug.value !== value) {
        slug.value = value;
        slug.dispatchEvent(new Event("change", { bubbles: true }));
      }
      lastSuggested = value;
    }

    title.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => update().catch(() => {}), DELAY_MS);
    });

    if (slug.value) {
      // A saved slug keeps following its title only if it is what this script would propose
      // and the page is not live (its URL is already out there).
      suggest(title.value, language)
        .then(({ slug: value, live }) => {
          if (!live && value === slug.value) lastSuggested = value;
        })
        .catch(() => {});
    }
  }

  // Wagtail's sync dispatches these on the slug input itself (they do not bubble); a
  // capturing listener sees them first and keeps Wagtail from overwriting the pinyin.
  for (const name of ["w-sync:check", "w-sync:apply"]) {
    document.addEventListener(
      name,
      (event) => {
        if (!managed.has(event.target)) return;
        event.preventDefault();
        event.stopImmediatePropagation();
      },
      true,
    );
  }

  const start = () => languages.forEach(follow);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
