/* Audio guide player: a large play/pause button, a seek slider, elapsed time and length.
 *
 * Enhances `[data-audio-guide]` wrappers around a plain <audio controls
 * preload="none">, which keeps working when this module does not run. Labels
 * come from the wrapper's data-label-* attributes, translated by the template.
 * Playback starts only inside the button's click handler: iOS WeChat (and most
 * phone browsers) refuse audio that a visitor did not start with a tap, and
 * nothing here plays on its own.
 */

const UNKNOWN_TIME = "--:--";

export function formatTime(seconds) {
    if (!Number.isFinite(seconds) || seconds < 0) {
        return UNKNOWN_TIME;
    }
    const whole = Math.floor(seconds);
    const hours = Math.floor(whole / 3600);
    const minutes = Math.floor((whole % 3600) / 60);
    const secs = String(whole % 60).padStart(2, "0");
    return hours ? `${hours}:${String(minutes).padStart(2, "0")}:${secs}` : `${minutes}:${secs}`;
}

function element(tag, className, text) {
    const node = document.createElement(tag);
    node.className = className;
    if (text) {
        node.textContent = text;
    }
    return node;
}

export function enhance(wrapper) {
    const audio = wrapper.querySelector("audio");
    if (!audio || wrapper.dataset.audioGuideReady) {
        return;
    }
    const labels = wrapper.dataset;

    const controls = element("div", "audio-guide__controls");
    const button = element("button", "audio-guide__play");
    button.type = "button";
    const icon = element("span", "audio-guide__icon");
    icon.setAttribute("aria-hidden", "true");
    const buttonLabel = element("span", "audio-guide__label", labels.labelPlay);
    button.append(icon, buttonLabel);

    const timeline = element("div", "audio-guide__timeline");
    const seek = element("input", "audio-guide__seek");
    seek.type = "range";
    seek.min = "0";
    seek.max = "0";
    seek.step = "1";
    seek.value = "0";
    seek.disabled = true; // nothing to seek in until the recording's length is known
    seek.setAttribute("aria-label", labels.labelPosition);
    const time = element("p", "audio-guide__time");
    const current = element("span", "audio-guide__current", formatTime(0));
    current.dataset.audioCurrent = "";
    const duration = element("span", "audio-guide__duration", UNKNOWN_TIME);
    duration.dataset.audioDuration = "";
    time.append(current, " / ", duration);
    timeline.append(seek, time);
    controls.append(button, timeline);

    const status = element("p", "audio-guide__status");
    status.setAttribute("role", "status");

    let dragging = false;

    function setStatus(text) {
        status.textContent = text || "";
    }

    function showPlaying(playing) {
        button.dataset.state = playing ? "playing" : "paused";
        buttonLabel.textContent = playing ? labels.labelPause : labels.labelPlay;
    }

    function showTime() {
        const total = audio.duration;
        if (Number.isFinite(total) && total > 0) {
            duration.textContent = formatTime(total);
            seek.max = String(Math.ceil(total));
            seek.disabled = false;
        }
        if (!dragging) {
            seek.value = String(Math.floor(audio.currentTime));
        }
        current.textContent = formatTime(audio.currentTime);
        seek.setAttribute(
            "aria-valuetext",
            (labels.labelElapsed || "{current} / {total}")
                .replace("{current}", formatTime(audio.currentTime))
                .replace("{total}", formatTime(total)),
        );
    }

    function fallBackToNativeControls() {
        // The browser refused this player: hand the visitor its own controls instead.
        controls.hidden = true;
        audio.hidden = false;
        audio.controls = true;
    }

    button.addEventListener("click", () => {
        if (!audio.paused) {
            audio.pause();
            return;
        }
        setStatus("");
        const started = audio.play();
        if (started && typeof started.catch === "function") {
            started.catch((error) => {
                showPlaying(false);
                if (error && error.name === "NotAllowedError") {
                    fallBackToNativeControls();
                }
            });
        }
    });

    seek.addEventListener("input", () => {
        dragging = true;
        current.textContent = formatTime(Number(seek.value));
    });
    seek.addEventListener("change", () => {
        dragging = false;
        audio.currentTime = Number(seek.value);
        showTime();
    });

    audio.addEventListener("play", () => showPlaying(true));
    audio.addEventListener("pause", () => showPlaying(false));
    audio.addEventListener("ended", () => showPlaying(false));
    audio.addEventListener("waiting", () => setStatus(labels.labelLoading));
    audio.addEventListener("playing", () => setStatus(""));
    audio.addEventListener("loadedmetadata", showTime);
    audio.addEventListener("durationchange", showTime);
    audio.addEventListener("timeupdate", showTime);
    audio.addEventListener("error", () => {
        showPlaying(false);
        setStatus(labels.labelError);
    });

    showPlaying(false);
    showTime();
    audio.controls = false;
    audio.hidden = true;
    audio.after(controls, status);
    wrapper.dataset.audioGuideReady = "true";
}

// One narration at a time: starting a recording pauses any other on the page.
document.addEventListener(
    "play",
    (event) => {
        for (const media of document.querySelectorAll("audio, video")) {
            if (media !== event.target && !media.paused) {
                media.pause();
            }
        }
    },
    true,
);

for (const wrapper of document.querySelectorAll("[data-audio-guide]")) {
    enhance(wrapper);
}
