// The kiosk's watchdog: reloads the screen when it stops making progress, and once a
// day at the quiet hour. The page loads it as a module of its own, so it also runs
// when the main module fails to load or throws at start (a broken deploy); the main
// module imports it (the same module instance) to report progress and settings.
// Its state for tests and staff is in data-kiosk-reload-at and data-kiosk-reloading.

const WATCHDOG_KEY = "kiosk-watchdog-reloads";
const MIN_MS = 10;
const MAX_BACKOFF_STEPS = 6;

const root = document.querySelector("[data-kiosk]");

function inline(id) {
    try {
        return JSON.parse(document.getElementById(id).textContent);
    } catch {
        return null;
    }
}

const timings = inline("kiosk-timings") || {};
const speed = timings.speed || 1;
const scaled = (seconds) => Math.max(MIN_MS, (seconds * 1000) / speed);
const initialSettings = (inline("kiosk-feed") || {}).settings || {};

// How long the attract loop may go without showing anything: one interval, the time
// to prepare a slide, and a margin.
export function stallLimitFor(attractSeconds) {
    return Math.max(5000, scaled(attractSeconds) + Math.max(2000, scaled(15)) + scaled(30));
}

export function nextReload(hhmm) {
    const [hours, minutes] = (hhmm || "04:00").split(":").map(Number);
    const now = new Date();
    const at = new Date(now);
    at.setHours(hours, minutes, 0, 0);
    if (at.getTime() - now.getTime() < 60000) {
        at.setDate(at.getDate() + 1);
    }
    return at;
}

const watched = {
    lastProgress: performance.now(),
    limitMs: stallLimitFor(initialSettings.attract_seconds || 10),
    reloadAt: null,
    reloading: false,
};

// The main module calls this whenever the screen moves on (a slide shown, a loop
// with nothing to show ticking, a visitor exploring).
export function progress() {
    watched.lastProgress = performance.now();
}

// A slide was shown: the reloads that led here helped, so the backoff starts over.
export function recovered() {
    progress();
    sessionStorage.removeItem(WATCHDOG_KEY);
}

// New settings from the feed: the stall limit and the daily reload time.
export function watch({ attractSeconds, reloadAt }) {
    watched.limitMs = stallLimitFor(attractSeconds);
    watched.reloadAt = nextReload(reloadAt);
    if (root) {
        root.dataset.kioskReloadAt = watched.reloadAt.toISOString();
    }
}

// Reload only when the shell can be had (from the server or the service worker's
// cache): a reload into a browser error page is the one failure a kiosk cannot undo.
async function safeReload(reason) {
    if (watched.reloading) {
        return;
    }
    watched.reloading = true;
    try {
        const response = await fetch(location.href, { cache: "no-store" });
        if (response.ok && response.headers.get("X-Kiosk-Shell")) {
            if (root) {
                root.dataset.kioskReloading = reason;
            }
            location.reload();
            return;
        }
    } catch {
        // Neither network nor cache: keep running what is on screen and try later.
    }
    setTimeout(() => {
        watched.reloading = false;
    }, scaled(60));
}

function reloadsSoFar() {
    return Number(sessionStorage.getItem(WATCHDOG_KEY) || 0);
}

function check() {
    if (watched.reloadAt && Date.now() >= watched.reloadAt.getTime()) {
        safeReload("daily");
        return;
    }
    // After each watchdog reload that did not help, wait twice as long before the next.
    const limit = watched.limitMs * 2 ** Math.min(reloadsSoFar(), MAX_BACKOFF_STEPS);
    if (!watched.reloading && performance.now() - watched.lastProgress > limit) {
        sessionStorage.setItem(WATCHDOG_KEY, String(reloadsSoFar() + 1));
        safeReload("watchdog");
    }
}

watch({ attractSeconds: initialSettings.attract_seconds || 10, reloadAt: initialSettings.reload_at });
setInterval(check, Math.min(1000, Math.max(50, scaled(1))));
