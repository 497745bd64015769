// The attract loop: two slides take turns; the next one is filled and its image decoded
// while the other is still on screen, so a visitor never sees a blank or half-drawn frame.
// A documentary film in the loop plays muted with captions on, over its poster, and the
// loop moves on when it ends.

import { field, fill, filmVideo, glyph, loadImage } from "./render.js";

// How long a film of unknown length may hold the screen if it never reports its end.
const FILM_CAP_MS = 15 * 60 * 1000;

export class AttractLoop {
    constructor(root, { intervalMs, prepareTimeoutMs, onShown, onProgress = () => {} }) {
        this.slides = [...root.querySelectorAll("[data-kiosk-slide]")];
        this.shown = 0;
        this.intervalMs = intervalMs;
        this.prepareTimeoutMs = prepareTimeoutMs;
        this.onShown = onShown;
        this.onProgress = onProgress;
        this.items = [];
        this.languages = ["zh-hans"];
        this.museum = null;
        this.currentId = null;
        this.position = -1;
        this.running = false;
        this.timer = null;
        this.run = 0;
        this.lastProgress = performance.now();
    }

    setItems(items) {
        const index = items.findIndex((item) => item.id === this.currentId);
        const changed = index >= 0 && items[index].version !== this.currentVersion;
        const removed = this.currentId !== null && index < 0;
        this.items = items;
        // An exhibit that was unpublished or edited leaves the screen now, not after its turn.
        if (this.running && (changed || removed)) {
            this.position = changed ? index - 1 : this.position - 1;
            this.currentId = null;
            this.next(0);
        }
    }

    setLanguages(languages) {
        this.languages = languages;
        for (const track of document.querySelectorAll("[data-kiosk-slide] video track")) {
            track.track.mode = languages.includes(track.dataset.language) ? "showing" : "hidden";
        }
    }

    setMuseum(museum) {
        this.museum = museum;
    }

    start() {
        this.running = true;
        this.markProgress();
        this.next(0);
    }

    stop() {
        this.running = false;
        this.run += 1;
        clearTimeout(this.timer);
        for (const video of document.querySelectorAll("[data-kiosk-slide] video")) {
            video.pause();
        }
    }

    next(delayMs) {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.advance(), delayMs);
    }

    pick() {
        if (this.items.length === 0) {
            return null;
        }
        const index = this.items.findIndex((item) => item.id === this.currentId);
        this.position = index >= 0 ? index + 1 : this.position + 1;
        this.position = ((this.position % this.items.length) + this.items.length) % this.items.length;
        return this.items[this.position];
    }

    async advance() {
        if (!this.running) {
            return;
        }
        const run = this.run;
        const item = this.pick();
        if (!item) {
            this.markProgress();
            this.next(this.intervalMs);
            return;
        }
        const target = this.slides[1 - this.shown];
        let ready = true;
        try {
            this.fillSlide(target, item);
            await loadImage(
                target.querySelector("img"),
                item.image,
                this.prepareTimeoutMs,
            );
        } catch {
            ready = false;
        }
        if (!this.running || run !== this.run) {
            return;
        }
        if (ready) {
            this.swap(item);
            if (item.film) {
                this.playFilm(target, item, run);
            } else {
                this.next(this.intervalMs);
            }
        } else {
            // Skip an exhibit whose image cannot be had (offline and never cached); the
            // current one stays up meanwhile. The watchdog notices if nothing ever loads.
            this.currentId = null;
            this.next(Math.min(this.intervalMs, 1000));
        }
    }

    // An exhibit without a picture gets a typographic slide: its title large over a
    // quiet pattern in its kind's colour, with its kind and the museum's name.
    fillSlide(slide, item) {
        fill(field(slide, "kind"), item.kind, this.languages);
        fill(field(slide, "title"), item.title, this.languages);
        fill(field(slide, "short"), item.short, this.languages);
        fill(field(slide, "museum"), item.image ? null : this.museum, this.languages);
        slide.classList.toggle("kiosk-slide--typographic", !item.image);
        slide.dataset.kind = item.kind_value || "";
        slide.dataset.glyph = item.image ? "" : glyph(item.title);
        slide.dataset.kioskItem = String(item.id);
        slide.classList.toggle("kiosk-slide--film", Boolean(item.film));
        const old = slide.querySelector("video");
        if (old) {
            old.pause();
            old.remove();
        }
        if (item.film) {
            slide.querySelector("img").after(filmVideo(item.film, this.languages));
        }
    }

    // Plays the film from the start; the loop goes on when it ends or fails, and at the
    // latest one interval after its stated length. Playing counts as progress for the
    // watchdog, so a long film is not taken for a stalled screen.
    playFilm(slide, item, run) {
        const video = slide.querySelector("video");
        const done = () => {
            if (this.running && run === this.run && this.currentId === item.id) {
                this.next(0);
            }
        };
        video.addEventListener("ended", done);
        video.addEventListener("error", done);
        video.addEventListener("timeupdate", () => this.markProgress());
        video.currentTime = 0;
        const seconds = item.film.seconds || 0;
        this.next(seconds ? seconds * 1000 + this.intervalMs : FILM_CAP_MS);
        video.play().catch(done);
    }

    swap(item) {
        const previous = this.slides[this.shown];
        this.shown = 1 - this.shown;
        this.slides[this.shown].classList.add("is-shown");
        previous.classList.remove("is-shown");
        this.currentId = item.id;
        this.currentVersion = item.version;
        this.markProgress();
        this.onShown(item);
    }

    // The loop moved on (or has nothing to show and is idle on purpose).
    markProgress() {
        this.lastProgress = performance.now();
        this.onProgress();
    }

    get current() {
        return this.items.find((item) => item.id === this.currentId) || this.items[0] || null;
    }
}
