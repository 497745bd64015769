// The screen's feed: polled with its ETag, checked before use, and kept when the
// network or the server misbehaves (errors, captive-portal HTML, truncated JSON).

const FETCH_TIMEOUT_MS = 10000;

export function isFeed(data) {
    return Boolean(
        data &&
            typeof data === "object" &&
            typeof data.version === "string" &&
            Array.isArray(data.exhibits) &&
            Array.isArray(data.loop) &&
            Array.isArray(data.explore) &&
            data.settings &&
            data.words,
    );
}

// Exponential backoff with +-20 % jitter, so that a fleet does not retry in step.
export function retryDelay(failures, firstSeconds, maxSeconds) {
    const base = Math.min(maxSeconds, firstSeconds * 2 ** Math.max(0, failures - 1));
    return base * (0.8 + Math.random() * 0.4);
}

export class FeedClient {
    constructor({ url, timings, onFeed, onStatus }) {
        this.url = url;
        this.timings = timings;
        this.onFeed = onFeed;
        this.onStatus = onStatus;
        this.version = null;
        this.failures = 0;
        this.timer = null;
        this.busy = false;
        window.addEventListener("online", () => this.schedule(0));
    }

    start(initial) {
        if (isFeed(initial)) {
            this.accept(initial);
        }
        this.schedule(0);
    }

    accept(feed) {
        this.version = feed.version;
        this.onFeed(feed);
    }

    schedule(seconds) {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.poll(), seconds * 1000);
    }

    async poll() {
        if (this.busy) {
            return;
        }
        this.busy = true;
        let live = false;
        try {
            live = await this.fetchOnce();
        } catch {
            live = false;
        } finally {
            this.busy = false;
        }
        if (live) {
            this.failures = 0;
            this.onStatus("online");
            this.schedule(this.timings.poll * (0.9 + Math.random() * 0.2));
        } else {
            this.failures += 1;
            this.onStatus("offline");
            this.schedule(retryDelay(this.failures, this.timings.retry_first, this.timings.retry_max));
        }
    }

    // True when the server itself answered with a usable feed or a 304.
    async fetchOnce() {
        const headers = { Accept: "application/json" };
        if (this.version) {
            headers["If-None-Match"] = `"${this.version}"`;
        }
        const controller = new AbortController();
        const timeout = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
        try {
            const response = await fetch(this.url, {
                headers,
                cache: "no-store",
                credentials: "same-origin",
                signal: controller.signal,
            });
            if (response.status === 304) {
                return true;
            }
            const type = response.headers.get("Content-Type") || "";
            if (!response.ok || !type.includes("application/json")) {
                return false;
            }
            const data = JSON.parse(await response.text());
            if (!isFeed(data)) {
                return false;
            }
            if (data.version !== this.version) {
                this.accept(data);
            }
            // A copy the service worker answered from its cache: the server is still away.
            return !response.headers.has("X-Kiosk-Cache");
        } finally {
            clearTimeout(timeout);
        }
    }
}
