// The gallery-screen app: attract loop, explore mode on touch, idle reset, live feed
// and heartbeat. It tells the watchdog (its own module, see watchdog.js) when the
// screen moves on. State for tests and staff is kept in data-* attributes on
// [data-kiosk].

import { FeedClient, isFeed } from "./feed.js";
import { AttractLoop } from "./loop.js";
import { field, fill, fillParagraphs, fillWords, glyph, loadImage, shownLanguages } from "./render.js";
import { progress, recovered, watch } from "./watchdog.js";

const root = document.querySelector("[data-kiosk]");

// --- Screen token ------------------------------------------------------------------
// The setup address carries the screen's secret token in its fragment (#token=…),
// which browsers never send to a server. It is kept in localStorage and removed from
// the address bar before anything else reads the address (the service worker caches
// location.href), so reloads and the daily restart run without it.

const TOKEN_KEY = `kiosk-token:${root.dataset.screen}`;

function takeToken() {
    const given = new URLSearchParams(location.hash.slice(1)).get("token");
    if (given !== null) {
        history.replaceState(history.state, "", location.pathname + location.search);
    }
    try {
        if (given) {
            localStorage.setItem(TOKEN_KEY, given);
        }
        return localStorage.getItem(TOKEN_KEY) || given || "";
    } catch {
        return given || ""; // storage refused: this run still reports
    }
}

let screenToken = takeToken();
const json = (id) => JSON.parse(document.getElementById(id).textContent);
const timings = json("kiosk-timings");
const speed = timings.speed;
const MIN_MS = 10;
const scaled = (seconds) => Math.max(MIN_MS, (seconds * 1000) / speed);

const state = {
    feed: null,
    exhibits: new Map(),
    mode: "attract",
    language: "zh-hans",
    lastTouch: performance.now(),
    transitions: 0,
    startedAt: new Date().toISOString(),
};

const explore = root.querySelector("[data-kiosk-explore]");
const attract = root.querySelector("[data-kiosk-attract]");
const detail = root.querySelector("[data-kiosk-detail]");
const scenes = root.querySelector("[data-kiosk-scenes]");
const languageButtons = root.querySelector("[data-kiosk-languages]");
const empty = root.querySelector("[data-kiosk-empty]");

function settings() {
    return state.feed ? state.feed.settings : { language: "toggle", attract_seconds: 10, idle_seconds: 90 };
}

function defaultLanguage() {
    return settings().language === "en" ? "en" : "zh-hans";
}

function languages() {
    return shownLanguages(settings().language, state.language);
}

const loop = new AttractLoop(attract, {
    intervalMs: scaled(settings().attract_seconds),
    prepareTimeoutMs: Math.max(2000, scaled(15)),
    onShown(item) {
        state.transitions += 1;
        root.dataset.kioskItem = String(item.id);
        root.dataset.kioskTransitions = String(state.transitions);
        recovered();
    },
    onProgress: progress,
});

// --- Feed ---------------------------------------------------------------------

function applyFeed(feed) {
    const first = state.feed === null;
    state.feed = feed;
    state.exhibits = new Map(feed.exhibits.map((exhibit) => [exhibit.id, exhibit]));
    root.dataset.kioskVersion = feed.version;
    loop.intervalMs = scaled(feed.settings.attract_seconds);
    root.style.setProperty("--kiosk-fade", `${Math.min(600, loop.intervalMs / 3)}ms`);
    if (first || state.mode === "attract") {
        state.language = defaultLanguage();
    }
    languageButtons.hidden = feed.settings.language !== "toggle";
    loop.setMuseum(feed.museum);
    applyLanguage();
    const items = feed.loop.map((id) => state.exhibits.get(id)).filter(Boolean);
    empty.hidden = items.length > 0;
    loop.setItems(items);
    if (state.mode === "explore") {
        renderExplore();
        const shown = state.exhibits.get(Number(detail.dataset.kioskItem));
        showDetail(shown || items[0] || null);
    }
    watch({ attractSeconds: feed.settings.attract_seconds, reloadAt: feed.settings.reload_at });
    warmCaches(feed);
}

function applyLanguage() {
    const shown = languages();
    document.documentElement.lang = shown[0];
    root.dataset.kioskLanguage = settings().language === "bilingual" ? "bilingual" : state.language;
    loop.setLanguages(shown);
    if (state.feed) {
        fillWords(root, state.feed.words, shown);
        fill(root.querySelector("[data-kiosk-museum]"), state.feed.museum, shown);
    }
    for (const button of languageButtons.querySelectorAll("[data-kiosk-language]")) {
        button.setAttribute("aria-pressed", String(button.dataset.kioskLanguage === state.language));
    }
}

const feedClient = new FeedClient({
    url: root.dataset.feedUrl,
    timings,
    onFeed: applyFeed,
    onStatus(status) {
        root.dataset.kioskNetwork = status;
    },
});

// --- Explore mode ---------------------------------------------------------------

function showDetail(exhibit) {
    detail.dataset.kioskItem = exhibit ? String(exhibit.id) : "";
    if (!exhibit) {
        return;
    }
    const shown = languages();
    fill(field(detail, "kind"), exhibit.kind, shown);
    fill(field(detail, "title"), exhibit.title, shown);
    fill(field(detail, "period"), exhibit.period, shown);
    fill(field(detail, "location"), exhibit.location, shown);
    const period = field(detail, "period");
    period.previousElementSibling.hidden = period.hidden;
    const location = field(detail, "location");
    location.previousElementSibling.hidden = location.hidden;
    const body = exhibit.body[shown[0]].length ? exhibit.body : { "zh-hans": [exhibit.intro["zh-hans"]], en: [exhibit.intro.en] };
    const shownBody = {};
    for (const language of shown) {
        shownBody[language] = body[language];
    }
    if (shown.length > 1 && JSON.stringify(body.en) === JSON.stringify(body["zh-hans"])) {
        delete shownBody.en;
    }
    fillParagraphs(field(detail, "body"), shownBody, Object.keys(shownBody));
    loadImage(detail.querySelector("img"), exhibit.image, scaled(15)).catch(() => {
        detail.querySelector("img").hidden = true;
    });
    for (const button of scenes.querySelectorAll("button")) {
        button.setAttribute("aria-current", String(button.dataset.kioskExhibit === String(exhibit.id)));
    }
    field(detail, "body").scrollTop = 0;
}

// One button in the explore list: the exhibit's thumbnail, or a small typographic
// tile in its kind's colour when it has no picture, and its title.
function exploreButton(exhibit, shown) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "kiosk-scene";
    button.dataset.kioskExhibit = String(exhibit.id);
    button.dataset.kind = exhibit.kind_value || "";
    if (exhibit.thumbnail) {
        const thumbnail = document.createElement("img");
        thumbnail.className = "kiosk-scene__thumbnail";
        thumbnail.alt = "";
        thumbnail.draggable = false;
        thumbnail.decoding = "async";
        thumbnail.width = exhibit.thumbnail.width;
        thumbnail.height = exhibit.thumbnail.height;
        thumbnail.src = exhibit.thumbnail.url;
        button.append(thumbnail);
    } else {
        const tile = document.createElement("span");
        tile.className = "kiosk-scene__thumbnail kiosk-scene__thumbnail--typographic";
        tile.setAttribute("aria-hidden", "true");
        tile.textContent = glyph(exhibit.title);
        button.append(tile);
    }
    const title = document.createElement("span");
    title.className = "kiosk-scene__title";
    fill(title, exhibit.title, shown);
    title.hidden = false;
    button.append(title);
    const item = document.createElement("li");
    item.append(button);
    return item;
}

// The explore list: every exhibit of the museum, grouped by kind under headings.
function renderExplore() {
    const shown = languages();
    const groups = (state.feed.explore || [])
        .map((group) => {
            const exhibits = group.exhibits.map((id) => state.exhibits.get(id)).filter(Boolean);
            if (exhibits.length === 0) {
                return null;
            }
            const section = document.createElement("section");
            section.className = "kiosk-group";
            section.dataset.kind = group.kind;
            const heading = document.createElement("h3");
            heading.className = "kiosk-group__heading";
            fill(heading, group.heading, shown);
            const list = document.createElement("ol");
            list.className = "kiosk-group__list";
            list.append(...exhibits.map((exhibit) => exploreButton(exhibit, shown)));
            section.append(heading, list);
            return section;
        })
        .filter(Boolean);
    scenes.replaceChildren(...groups);
}

function enterExplore() {
    if (state.mode === "explore" || !state.feed) {
        return;
    }
    state.mode = "explore";
    root.dataset.kioskState = "explore";
    loop.stop();
    attract.hidden = true;
    explore.hidden = false;
    renderExplore();
    showDetail(loop.current);
}

function leaveExplore() {
    state.mode = "attract";
    root.dataset.kioskState = "attract";
    state.language = defaultLanguage();
    applyLanguage();
    explore.hidden = true;
    attract.hidden = false;
    loop.start();
}

function touched() {
    state.lastTouch = performance.now();
}

attract.addEventListener("pointerdown", (event) => {
    event.preventDefault();
    touched();
    enterExplore();
});

explore.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button) {
        return;
    }
    if (button.dataset.kioskLanguage) {
        state.language = button.dataset.kioskLanguage;
        applyLanguage();
        renderExplore();
        showDetail(state.exhibits.get(Number(detail.dataset.kioskItem)));
    } else if (button.dataset.kioskExhibit) {
        showDetail(state.exhibits.get(Number(button.dataset.kioskExhibit)));
    } else if ("kioskBack" in button.dataset) {
        leaveExplore();
    }
});

for (const type of ["pointerdown", "pointermove", "keydown", "wheel", "scroll"]) {
    explore.addEventListener(type, touched, { passive: true, capture: true });
}

// --- Nothing leads off the screen -------------------------------------------------

for (const type of ["contextmenu", "selectstart", "dragstart", "gesturestart", "dblclick"]) {
    document.addEventListener(type, (event) => event.preventDefault());
}
document.addEventListener(
    "wheel",
    (event) => {
        if (event.ctrlKey) {
            event.preventDefault();
        }
    },
    { passive: false },
);
document.addEventListener(
    "touchmove",
    (event) => {
        if (event.touches.length > 1) {
            event.preventDefault();
        }
    },
    { passive: false },
);
document.addEventListener("keydown", (event) => {
    if ((event.ctrlKey || event.metaKey) && ["+", "-", "=", "0", "p", "s", "o"].includes(event.key)) {
        event.preventDefault();
    }
});

// --- Idle reset ------------------------------------------------------------------------

// Back to the loop when a visitor has gone; exploring counts as progress until then.
function idleCheck() {
    if (state.mode !== "explore") {
        return;
    }
    if (performance.now() - state.lastTouch > scaled(settings().idle_seconds)) {
        leaveExplore();
    } else {
        progress();
    }
}

// --- Heartbeat and caches -----------------------------------------------------------

const setupNote = root.querySelector("[data-kiosk-setup-note]");

// A refused token (403) shows a small note for staff and the loop goes on; other
// refusals (429, 5xx) and network errors change nothing: the next beat tries again.
function heartbeat() {
    const headers = { "Content-Type": "application/json" };
    if (screenToken) {
        headers.Authorization = `Bearer ${screenToken}`;
    }
    fetch(root.dataset.heartbeatUrl, {
        method: "POST",
        headers,
        body: JSON.stringify({ version: root.dataset.kioskVersion || "", started: state.startedAt }),
        keepalive: true,
    })
        .then((response) => {
            if (response.ok || response.status === 403) {
                root.dataset.kioskSetup = response.ok ? "done" : "needed";
                setupNote.hidden = response.ok;
            }
        })
        .catch(() => {});
}

function warmCaches(feed) {
    const worker = navigator.serviceWorker && navigator.serviceWorker.controller;
    if (!worker) {
        return;
    }
    const media = feed.exhibits
        .flatMap((exhibit) => [exhibit.image, exhibit.thumbnail])
        .filter(Boolean)
        .map((image) => image.url);
    worker.postMessage({
        type: "warm",
        shell: [location.href, ...json("kiosk-assets")],
        feed: root.dataset.feedUrl,
        media,
    });
}

function registerServiceWorker() {
    if (!("serviceWorker" in navigator)) {
        return;
    }
    navigator.serviceWorker.addEventListener("controllerchange", () => {
        if (state.feed) {
            warmCaches(state.feed);
        }
    });
    navigator.serviceWorker
        .register(root.dataset.serviceWorkerUrl, { scope: new URL(".", new URL(root.dataset.serviceWorkerUrl, location.href)).pathname })
        .catch(() => {});
}

// --- Start ----------------------------------------------------------------------------

const initial = json("kiosk-feed");
feedClient.start(isFeed(initial) ? initial : null);
loop.start();
setInterval(idleCheck, Math.min(1000, Math.max(50, scaled(1))));
setInterval(heartbeat, timings.heartbeat * 1000);
heartbeat();
// A setup address typed into a screen that is already running changes only the
// fragment, which loads nothing: take the new token and report at once.
window.addEventListener("hashchange", () => {
    if (new URLSearchParams(location.hash.slice(1)).has("token")) {
        screenToken = takeToken();
        heartbeat();
    }
});
registerServiceWorker();
root.dataset.kioskReady = "true";
