"""Checking WebVTT caption files (https://www.w3.org/TR/webvtt1/) before visitors get them.

A browser drops a caption file it cannot parse without a word, so a broken file means a
film with no captions. `parse` reads the parts a player needs (the "WEBVTT" header, each
cue's timing line and text) and says what is wrong, and on which line, in both languages.
"""

import re
from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext_lazy as _

TIMESTAMP = r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
TIMING = re.compile(rf"^{TIMESTAMP}[ \t]+-->[ \t]+{TIMESTAMP}(?:[ \t]+.*)?$")
# The largest caption file accepted: a feature-length film's captions are far smaller.
MAX_BYTES = 2 * 1024 * 1024


class WebVTTError(ValueError):
    """A caption file that a player would not show; `message` is lazy (gettext)."""

    def __init__(self, message, line=None):
        super().__init__(str(message))
        self.message = message
        self.line = line

    def in_both_languages(self):
        """The problem in Chinese, then in English: "第 3 行：… / Line 3: …"."""
        parts = []
        for language in ("zh-hans", "en"):
            with translation.override(language):
                text = str(self.message)
                if self.line:
                    text = str(_("Line %(line)s: %(problem)s")) % {
                        "line": self.line,
                        "problem": text,
                    }
            parts.append(text)
        return " / ".join(parts)


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str


def seconds(hours, minutes, secs, millis):
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(secs) + int(millis) / 1000


def decode(data):
    if len(data) > MAX_BYTES:
        raise WebVTTError(_("The captions file is larger than 2 MB."))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise WebVTTError(_("The captions file is not UTF-8 text.")) from error
    return text.removeprefix("\ufeff")


def parse(data):
    """The cues of a WebVTT file given as bytes; raises WebVTTError if a player would
    not show it: no "WEBVTT" header, a timing line it cannot read, a cue that ends
    before it starts, or no cue at all."""
    text = decode(data)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    header = lines[0]
    if not (header == "WEBVTT" or header.startswith(("WEBVTT ", "WEBVTT\t"))):
        raise WebVTTError(_('The captions file must start with the line "WEBVTT".'), 1)
    cues = []
    index = 1
    # The header's own lines run to the first blank line.
    while index < len(lines) and lines[index].strip():
        index += 1
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        block_start = index
        block = []
        while index < len(lines) and lines[index].strip():
            block.append(lines[index])
            index += 1
        if block[0].startswith(("NOTE", "STYLE", "REGION")) and "-->" not in block[0]:
            continue
        timing_at = 0 if "-->" in block[0] else 1
        if timing_at >= len(block) or "-->" not in block[timing_at]:
            raise WebVTTError(_("A cue has no timing line (start --> end)."), block_start + 1)
        line_number = block_start + timing_at + 1
        match = TIMING.match(block[timing_at].strip())
        if not match:
            raise WebVTTError(
                _("A timing line must read like 00:00:01.000 --> 00:00:04.000."), line_number
            )
        start, end = seconds(*match.groups()[:4]), seconds(*match.groups()[4:])
        if end <= start:
            raise WebVTTError(_("A cue ends before it starts."), line_number)
        if any("-->" in line for line in block[timing_at + 1 :]):
            raise WebVTTError(
                _("Two timing lines follow each other: put a blank line between cues."), line_number
            )
        cues.append(Cue(start, end, "\n".join(block[timing_at + 1 :])))
    if not cues:
        raise WebVTTError(_("The captions file has no cues."))
    return cues
