"""Stand-in media for the seed content: placeholder images drawn here, and the
synthetic narrations shipped beside this file. Nothing is downloaded."""

import hashlib
import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

AUDIO_DIR = Path(__file__).resolve().parent / "audio"
PLACEHOLDER_SIZE = (1200, 800)


def _palette(key):
    digest = hashlib.sha256(key.encode()).digest()
    base = (120 + digest[0] % 80, 60 + digest[1] % 60, 30 + digest[2] % 40)
    return base, tuple(max(0, channel - 50) for channel in base)


def placeholder_image_bytes(key, caption):
    """A JPEG that says plainly it is a placeholder; the same key gives the same picture."""
    width, height = PLACEHOLDER_SIZE
    top, bottom = _palette(key)
    image = Image.new("RGB", PLACEHOLDER_SIZE, top)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        mix = y / height
        colour = tuple(round(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    try:
        large = ImageFont.load_default(size=96)
        small = ImageFont.load_default(size=40)
    except TypeError:  # Pillow built without FreeType: fixed-size bitmap font
        large = small = ImageFont.load_default()
    draw.rectangle([(60, height // 2 - 130), (width - 60, height // 2 + 110)], fill=(0, 0, 0))
    draw.text((width // 2, height // 2 - 50), "PLACEHOLDER", font=large, fill="white", anchor="mm")
    # Pillow's built-in font has no typographic dashes; a hyphen reads the same on a placeholder.
    caption = caption.replace("\u2013", "-").replace("\u2014", "-")[:48]
    draw.text((width // 2, height // 2 + 50), caption, font=small, fill="white", anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80, optimize=True)
    return buffer.getvalue()


def narration_path(key, language):
    """The shipped synthetic narration for an exhibit in one language, or None."""
    path = AUDIO_DIR / f"{key}.{language}.mp3"
    return path if path.exists() else None
