"""The completion card: a PNG drawn on the server with Pillow, in both languages, for a
visitor to long-press and save or send from WeChat. It holds the site's name, the
trails, the stations' stamps and the day of completion: nothing about the visitor.

Chinese needs a CJK font. None is shipped (they weigh megabytes): the card uses
``MUSEUM_CARD_FONT`` if set, else the first of the usual system fonts it finds (Debian's
``fonts-noto-cjk`` or ``fonts-wqy-microhei``, which CI installs for the browser tests).
"""

import io
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 900, 1200
MARGIN = 60
PAPER, INK, INK_MUTED, ACCENT = "#f4efe6", "#1d1b18", "#4a453e", "#8a2c17"
SYSTEM_CJK_FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/System/Library/Fonts/PingFang.ttc",
    "C:/Windows/Fonts/msyh.ttc",
)
MONTHS = (
    "January February March April May June July August September October November December"
).split()
MAX_DRAWN_STAMPS = 40  # beyond this the stamps would be too small to read: the count says it


@dataclass
class CardStamp:
    """One stamp on the card: a stop's number (or None for a museum) and its name."""

    number: int | None
    title: str


@dataclass
class CardText:
    """Everything the card says, already in the language each line is in."""

    site_zh: str
    site_en: str
    heading_zh: str
    heading_en: str
    trails: list  # (Chinese title, English title or "") of each trail on the card
    stamps: list  # CardStamp
    stamps_line: str  # e.g. "12 枚印章 · 12 stamps"
    museum_mark: str  # drawn in a museum's stamp, e.g. "馆"
    day: object  # datetime.date
    address: str  # the site's host, e.g. museum.example.cn


def cjk_font_path():
    """The font file the card draws with, or None when no CJK font can be found."""
    candidates = [settings.MUSEUM_CARD_FONT] if settings.MUSEUM_CARD_FONT else []
    candidates += SYSTEM_CJK_FONTS
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    return None


@lru_cache(maxsize=32)
def font(size, path):
    if path is None:
        return ImageFont.load_default(size)
    return ImageFont.truetype(path, size)


def fitted(draw, text, size, max_width, path):
    """The font at ``size``, or smaller until ``text`` fits ``max_width``."""
    while size > 14 and draw.textlength(text, font=font(size, path)) > max_width:
        size -= 2
    return font(size, path)


def shortened(text, limit):
    return text if len(text) <= limit else text[: limit - 1] + "…"


def bilingual_date(day):
    return f"{day.year}年{day.month}月{day.day}日 · {day.day} {MONTHS[day.month - 1]} {day.year}"


def draw_stamps(draw, stamps, mark, top, bottom, path):
    """The stamps in a grid between ``top`` and ``bottom``: a ring with the stop's number
    (or the museum mark) and the name under it."""
    stamps = stamps[:MAX_DRAWN_STAMPS]
    if not stamps:
        return
    columns = 4 if len(stamps) <= 12 else 5 if len(stamps) <= 20 else 6
    rows = math.ceil(len(stamps) / columns)
    cell_w = (WIDTH - 2 * MARGIN) / columns
    cell_h = min(190, (bottom - top) / rows)
    radius = min(cell_w, cell_h) * 0.3
    name_font = font(max(14, int(cell_h * 0.13)), path)
    for index, stamp in enumerate(stamps):
        row, column = divmod(index, columns)
        in_row = min(columns, len(stamps) - row * columns)
        offset = (columns - in_row) * cell_w / 2  # centre a short last row
        x = MARGIN + offset + cell_w * (column + 0.5)
        y = top + cell_h * row + radius + 6
        box = (x - radius, y - radius, x + radius, y + radius)
        draw.ellipse(box, outline=ACCENT, width=max(3, int(radius * 0.1)))
        inner = radius * 0.78
        draw.ellipse((x - inner, y - inner, x + inner, y + inner), fill=ACCENT)
        label = str(stamp.number) if stamp.number is not None else mark
        draw.text((x, y), label, font=font(int(radius * 0.8), path), fill=PAPER, anchor="mm")
        name = shortened(stamp.title, 7 if columns <= 4 else 5)
        draw.text((x, y + radius + 8), name, font=name_font, fill=INK, anchor="mt")


def centred(draw, y, text, size, fill, path):
    """One line across the middle of the card, made smaller until it fits."""
    line_font = fitted(draw, text, size, WIDTH - 2 * MARGIN, path)
    draw.text((WIDTH / 2, y), text, font=line_font, fill=fill, anchor="mm")


def render_card(text):
    """The card as PNG bytes."""
    path = cjk_font_path()
    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    draw.rectangle((24, 24, WIDTH - 24, HEIGHT - 24), outline=ACCENT, width=6)
    draw.rectangle((36, 36, WIDTH - 36, HEIGHT - 36), outline=ACCENT, width=2)
    centred(draw, 100, text.site_zh, 48, ACCENT, path)
    centred(draw, 156, text.site_en, 28, ACCENT, path)
    centred(draw, 262, text.heading_zh, 88, INK, path)
    centred(draw, 350, text.heading_en, 36, INK, path)
    y = 420
    for title_zh, title_en in text.trails[:2]:
        centred(draw, y, title_zh, 36, INK_MUTED, path)
        y += 44
        if title_en:
            centred(draw, y, title_en, 26, INK_MUTED, path)
            y += 40
    centred(draw, y + 10, text.stamps_line, 28, ACCENT, path)
    draw_stamps(draw, text.stamps, text.museum_mark, y + 50, HEIGHT - 190, path)
    centred(draw, HEIGHT - 140, bilingual_date(text.day), 32, INK, path)
    centred(draw, HEIGHT - 88, text.address, 24, INK_MUTED, path)
    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()
