"""The font family every note embeds: Noto Sans, shipped in ``resources/fonts`` (SIL OFL 1.1).

Noto Sans draws French (é è ê à ç œ « » ’ – …) and the letters of the national languages users
type in names (ɛ ɔ ŋ ʋ ɩ), so no glyph is missing and no font of the machine is needed.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cabinet_desktop.resources_path import resource

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
ITALIC = "NotoSans-Italic"
BOLD_ITALIC = "NotoSans-BoldItalic"

_FILES = {REGULAR: "NotoSans-Regular.ttf", BOLD: "NotoSans-Bold.ttf",
          ITALIC: "NotoSans-Italic.ttf", BOLD_ITALIC: "NotoSans-BoldItalic.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the family with reportlab once (``<b>``/``<i>`` in paragraphs pick the faces)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        _registered = True
