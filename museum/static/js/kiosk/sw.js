// The gallery screens' service worker, served from /screen/sw.js so that it controls
// every /screen/<slug>/. It keeps the shell, the last good feed and the media, so a
// screen keeps running when the network inside the building drops.
//
// Shell: network first (only a real kiosk shell is stored, never a captive portal's
// page), the cached copy when the network fails. Feed: network first; a usable JSON
// feed is stored, and anything else (error, HTML, truncated JSON, no network) is
// answered from the store, marked X-Kiosk-Cache. Hashed static files (the manifest
// storage's name.<12 hex>.ext, which never change) and media: cache first. Static files
// without a hash (development, or a file outside the manifest): network first, so a
// deploy is never hidden behind an old copy. Old hashed files leave the store when a
// feed names the new ones.

const VERSION = "kiosk-v2";
const SHELL = `${VERSION}-shell`;
const FEEDS = `${VERSION}-feeds`;
const MEDIA = `${VERSION}-media`;
const NETWORK_TIMEOUT_MS = 8000;

const params = new URL(self.location.href).searchParams;
const STATIC_PREFIX = params.get("static") || "/static/";
const MEDIA_PREFIX = params.get("media") || "/media/";
const SCOPE = new URL(self.registration.scope).pathname;
const HASHED = /\.[0-9a-f]{12}\.[a-z0-9]+$/;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
    event.waitUntil(
        (async () => {
            for (const name of await caches.keys()) {
                if (!name.startsWith(`${VERSION}-`)) {
                    await caches.delete(name);
                }
            }
            await self.clients.claim();
        })(),
    );
});

function withTimeout(promise) {
    let timer;
    const timeout = new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error("network timeout")), NETWORK_TIMEOUT_MS);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function fromCache(response) {
    const headers = new Headers(response.headers);
    headers.set("X-Kiosk-Cache", "1");
    return new Response(response.body, { status: 200, headers });
}

async function shell(request) {
    const cache = await caches.open(SHELL);
    let response = null;
    try {
        response = await withTimeout(fetch(request));
        if (response.ok && response.headers.get("X-Kiosk-Shell")) {
            await cache.put(request.url, response.clone());
            return response;
        }
    } catch {
        response = null;
    }
    const cached =
        (await cache.match(request.url)) || (await cache.match(request.url, { ignoreSearch: true }));
    if (cached) {
        return cached;
    }
    return response || Response.error();
}

async function isUsableFeed(response) {
    const type = response.headers.get("Content-Type") || "";
    if (!response.ok || !type.includes("application/json")) {
        return false;
    }
    try {
        const data = JSON.parse(await response.clone().text());
        return typeof data.version === "string" && Array.isArray(data.loop);
    } catch {
        return false;
    }
}

async function feed(request) {
    const cache = await caches.open(FEEDS);
    const key = new URL(request.url).pathname;
    let response = null;
    try {
        response = await withTimeout(fetch(request));
        if (response.status === 304) {
            return response;
        }
        if (await isUsableFeed(response)) {
            await cache.put(key, response.clone());
            return response;
        }
    } catch {
        response = null;
    }
    const cached = await cache.match(key);
    if (cached) {
        return fromCache(cached);
    }
    return response || Response.error();
}

async function cacheFirst(request, name) {
    const cache = await caches.open(name);
    const cached = await cache.match(request.url, { ignoreVary: true });
    if (cached) {
        return cached;
    }
    const response = await fetch(request);
    if (response.ok && response.type === "basic") {
        await cache.put(request.url, response.clone());
    }
    return response;
}

async function networkFirst(request, name) {
    const cache = await caches.open(name);
    try {
        const response = await withTimeout(fetch(request, { cache: "no-cache" }));
        if (response.ok && response.type === "basic") {
            await cache.put(request.url, response.clone());
        }
        return response;
    } catch {
        const cached = await cache.match(request.url, { ignoreVary: true });
        return cached || Response.error();
    }
}

function isStatic(url) {
    return url.pathname.startsWith(STATIC_PREFIX);
}

self.addEventListener("fetch", (event) => {
    const request = event.request;
    if (request.method !== "GET") {
        return;
    }
    const url = new URL(request.url);
    if (url.origin !== self.location.origin) {
        return;
    }
    if (url.pathname.startsWith(SCOPE) && url.pathname.endsWith("/feed.json")) {
        event.respondWith(feed(request));
    } else if (request.mode === "navigate" && url.pathname.startsWith(SCOPE)) {
        event.respondWith(shell(request));
    } else if (isStatic(url) && HASHED.test(url.pathname)) {
        event.respondWith(cacheFirst(request, SHELL));
    } else if (isStatic(url)) {
        event.respondWith(networkFirst(request, SHELL));
    } else if (url.pathname.startsWith(MEDIA_PREFIX)) {
        event.respondWith(cacheFirst(request, MEDIA));
    }
});

// Keep what a feed needs: its shell files and every image, so that exhibits not yet
// shown are there too when the network goes. Images no feed mentions any more go.
async function warm({ shell: shellUrls = [], feed: feedUrl = null, media = [] }) {
    if (feedUrl) {
        // The page polls with If-None-Match and mostly gets 304s: keep a full copy too.
        const feeds = await caches.open(FEEDS);
        const key = new URL(feedUrl, self.location.href).pathname;
        if (!(await feeds.match(key))) {
            try {
                const response = await fetch(feedUrl, { cache: "no-store" });
                if (await isUsableFeed(response)) {
                    await feeds.put(key, response);
                }
            } catch {
                // Offline: the next feed brings another chance.
            }
        }
    }
    const shellCache = await caches.open(SHELL);
    for (const url of shellUrls) {
        if (!(await shellCache.match(url))) {
            try {
                const response = await fetch(url, { cache: "no-store" });
                const isPage = new URL(url, self.location.href).pathname.startsWith(SCOPE);
                if (response.ok && (!isPage || response.headers.get("X-Kiosk-Shell"))) {
                    await shellCache.put(url, response);
                }
            } catch {
                // Offline: the next feed brings another chance.
            }
        }
    }
    // Static files of an earlier deploy: the shell now names others.
    const wantedShell = new Set(shellUrls.map((url) => new URL(url, self.location.href).href));
    if (wantedShell.size > 0) {
        for (const request of await shellCache.keys()) {
            if (isStatic(new URL(request.url)) && !wantedShell.has(request.url)) {
                await shellCache.delete(request);
            }
        }
    }
    const mediaCache = await caches.open(MEDIA);
    const wanted = new Set(media.map((url) => new URL(url, self.location.href).href));
    for (const url of wanted) {
        if (!(await mediaCache.match(url))) {
            try {
                const response = await fetch(url);
                if (response.ok) {
                    await mediaCache.put(url, response);
                }
            } catch {
                // As above.
            }
        }
    }
    if (wanted.size > 0) {
        for (const request of await mediaCache.keys()) {
            if (!wanted.has(request.url)) {
                await mediaCache.delete(request);
            }
        }
    }
}

self.addEventListener("message", (event) => {
    if (event.data && event.data.type === "warm") {
        event.waitUntil(warm(event.data));
    }
});
