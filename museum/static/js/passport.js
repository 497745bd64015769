// The check-in passport (打卡护照), kept on this phone in localStorage and nowhere else.
//
// On a museum or trail stop page: a QR scan lands with "#stamp=<page id>.<token>"
// (exhibits/passport_stamps.py); the stamp is kept and taken out of the address bar, so
// a shared or reloaded link gives no stamp. On the passport page: the stations whose
// stamps this phone holds are marked, on the list and on the trail map; once all are
// held, their tokens are posted once to be checked and counted, and the completion card
// the server draws is shown (and remembered, so it is not posted again).
const KEY = "museum:passport";
const STAMP = /^#stamp=([0-9]{1,18})\.([A-Za-z0-9_-]{16})$/;

function load() {
  try {
    const data = JSON.parse(window.localStorage.getItem(KEY) || "{}");
    if (data && typeof data.stamps === "object" && data.stamps !== null) return data;
  } catch (error) {
    // Unreadable or blocked storage: start an empty passport.
  }
  return { stamps: {} };
}

function save(data) {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(data));
    return true;
  } catch (error) {
    return false; // storage blocked (private mode, strict WebView)
  }
}

function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function collectFromAddress() {
  const match = STAMP.exec(window.location.hash);
  if (!match) return;
  const [, pageId, token] = match;
  window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
  const data = load();
  const earlier = data.stamps[pageId];
  data.stamps[pageId] = { t: token, d: (earlier && earlier.d) || today() };
  const kept = save(data) && load().stamps[pageId] !== undefined;
  const line = document.querySelector(
    `[data-passport-notice-when="${kept ? "collected" : "unsaved"}"]`,
  );
  if (line) line.hidden = false;
}

function heldIds(data) {
  return new Set(Object.keys(data.stamps));
}

function showCard(root, url) {
  root.querySelector("[data-passport-card-wait]").hidden = true;
  root.querySelector("[data-passport-error]").hidden = true;
  root.querySelector("[data-passport-card-image]").src = url;
  root.querySelector("[data-passport-card-link]").href = url;
  root.querySelector("[data-passport-card]").hidden = false;
}

function showError(root) {
  root.querySelector("[data-passport-card-wait]").hidden = true;
  root.querySelector("[data-passport-error]").hidden = false;
}

async function complete(root, keys) {
  const data = load();
  const done = data.done;
  if (done && done.card && done.stations === keys) {
    showCard(root, done.card);
    return;
  }
  const stamps = Object.entries(data.stamps).map(([pageId, stamp]) => `${pageId}.${stamp.t}`);
  let response;
  let answer = null;
  try {
    response = await fetch(root.dataset.completeUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ stamps }),
      credentials: "omit",
      cache: "no-store",
    });
    answer = await response.json();
  } catch (error) {
    showError(root);
    return;
  }
  if (response.ok && answer && typeof answer.card === "string" && answer.card.startsWith("/")) {
    data.done = { card: answer.card, date: answer.date, stations: keys };
    save(data);
    showCard(root, answer.card);
  } else if (response.status === 400 && answer && Array.isArray(answer.invalid) && answer.invalid.length) {
    // Stamps the server does not recognise (a typed address, an older secret key):
    // drop them, so the passport shows what is still to find.
    for (const pageId of answer.invalid) delete data.stamps[String(pageId)];
    save(data);
    render(root);
  } else {
    showError(root);
  }
}

function render(root) {
  const held = heldIds(load());
  const stations = Array.from(root.querySelectorAll("[data-passport-station]"));
  let count = 0;
  for (const station of stations) {
    const collected = station.dataset.stampIds.split(" ").some((id) => held.has(id));
    if (collected) count += 1;
    station.classList.toggle("passport-station--collected", collected);
    station.querySelector('[data-passport-status="collected"]').hidden = !collected;
    station.querySelector('[data-passport-status="missing"]').hidden = collected;
    const trail = station.closest("[data-passport-trail]");
    const pin = trail && station.dataset.mapStop
      ? trail.querySelector(`.trail-map__stop[data-stop="${station.dataset.mapStop}"]`)
      : null;
    if (pin) pin.classList.toggle("trail-map__stop--collected", collected);
  }
  root.querySelector("[data-passport-count]").textContent = String(count);
  root.querySelector("[data-passport-progress]").hidden = false;
  const allHeld = stations.length > 0 && count === stations.length;
  root.querySelector("[data-passport-done]").hidden = !allHeld;
  if (allHeld) {
    const keys = stations.map((station) => station.dataset.stampIds).join(",");
    complete(root, keys);
  }
}

collectFromAddress();
const root = document.querySelector("[data-passport]");
if (root) {
  root.querySelector("[data-passport-retry]").addEventListener("click", () => {
    root.querySelector("[data-passport-error]").hidden = true;
    root.querySelector("[data-passport-card-wait]").hidden = false;
    render(root);
  });
  render(root);
  // A page restored from the back/forward cache may be out of date: a stamp was
  // collected on another page since.
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) render(root);
  });
}
