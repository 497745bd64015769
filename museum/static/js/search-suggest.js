// Suggestions under the search box: titles that match what has been typed so
// far, as plain links. Without JavaScript the form still searches normally.
const DELAY_MS = 200;

for (const input of document.querySelectorAll("input[data-suggest-url]")) {
  const list = document.getElementById(input.getAttribute("aria-controls"));
  if (!list) continue;
  let timer = null;
  let latest = 0;

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const query = input.value.trim();
      const ticket = ++latest;
      if (!query) {
        list.replaceChildren();
        return;
      }
      try {
        const url = `${input.dataset.suggestUrl}?q=${encodeURIComponent(query)}`;
        const response = await fetch(url, { headers: { Accept: "application/json" } });
        if (!response.ok || ticket !== latest) return;
        const data = await response.json();
        list.replaceChildren(
          ...data.suggestions.map((item) => {
            const entry = document.createElement("li");
            const link = document.createElement("a");
            link.href = item.url;
            link.className = "search-suggestions__link";
            link.textContent = item.title;
            const kind = document.createElement("span");
            kind.className = "search-suggestions__type";
            kind.textContent = item.type;
            link.append(" ", kind);
            entry.append(link);
            return entry;
          }),
        );
      } catch {
        // Offline or the server is busy: the form still works without suggestions.
      }
    }, DELAY_MS);
  });
}
