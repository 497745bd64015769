// Filling the kiosk's fixed markup from feed entries, in one language or side by side.
// Text only, never markup from the feed: nothing on a screen can become a link.

export const LANGUAGES = ["zh-hans", "en"];

// The languages to show for a screen's language setting and the visitor's choice.
export function shownLanguages(mode, chosen) {
    if (mode === "bilingual") {
        return LANGUAGES;
    }
    return [chosen];
}

function span(text, language) {
    const element = document.createElement("span");
    element.lang = language;
    element.className = "kiosk-text";
    element.textContent = text;
    return element;
}

// values: {"zh-hans": "...", en: "..."}; the English copy is left out when it only
// repeats the Chinese (English pending).
export function fill(element, values, languages) {
    if (!element) {
        return;
    }
    const parts = [];
    const seen = new Set();
    for (const language of languages) {
        const text = values ? values[language] : "";
        if (text && !seen.has(text)) {
            seen.add(text);
            parts.push(span(text, language));
        }
    }
    element.replaceChildren(...parts);
    element.hidden = parts.length === 0;
}

export function fillParagraphs(element, body, languages) {
    const parts = [];
    for (const language of languages) {
        for (const text of body[language] || []) {
            const paragraph = document.createElement("p");
            paragraph.lang = language;
            paragraph.textContent = text;
            parts.push(paragraph);
        }
        if (languages.length > 1 && body.en === body["zh-hans"]) {
            break;
        }
    }
    element.replaceChildren(...parts);
}

// The first character of an exhibit's Chinese title (or English, if that is all it
// has): drawn large and faint behind a slide or tile that has no picture.
export function glyph(title) {
    const text = (title && (title["zh-hans"] || title.en)) || "";
    return Array.from(text.trim())[0] || "";
}

export function field(root, name) {
    return root.querySelector(`[data-kiosk-field="${name}"]`);
}

export function fillWords(root, words, languages) {
    for (const element of root.querySelectorAll("[data-kiosk-word]")) {
        const key = element.dataset.kioskWord;
        const values = {};
        for (const language of languages) {
            values[language] = words[language] ? words[language][key] : "";
        }
        const hidden = element.hidden;
        fill(element, values, languages);
        element.hidden = hidden;
    }
}

// A film for the attract loop: muted (a kiosk may start it without a tap), inline, with
// the captions of the screen's languages showing. Tracks are created here, never parsed
// from the feed as markup.
export function filmVideo(film, languages) {
    const video = document.createElement("video");
    video.className = "kiosk-slide__video";
    video.muted = true;
    video.defaultMuted = true;
    video.playsInline = true;
    video.preload = "auto";
    video.setAttribute("aria-hidden", "true");
    video.src = film.src;
    for (const [language, src] of Object.entries(film.captions || {})) {
        const track = document.createElement("track");
        track.kind = "captions";
        track.srclang = language === "zh-hans" ? "zh-Hans" : language;
        track.src = src;
        track.dataset.language = language;
        video.append(track);
        track.track.mode = languages.includes(language) ? "showing" : "hidden";
    }
    return video;
}

// Resolves when the image is decoded and can be shown without a blank frame;
// rejects if it fails or takes longer than timeoutMs.
export function loadImage(img, image, timeoutMs) {
    if (!image) {
        img.hidden = true;
        img.removeAttribute("src");
        return Promise.resolve();
    }
    img.alt = "";
    if (img.getAttribute("src") !== image.url) {
        img.src = image.url;
    }
    let timer;
    const timeout = new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error("image timeout")), timeoutMs);
    });
    return Promise.race([img.decode(), timeout])
        .then(() => {
            img.hidden = false;
        })
        .finally(() => clearTimeout(timer));
}
