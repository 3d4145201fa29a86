"""Reading the PDFs the product writes, as a reader would: text per page, fonts embedded."""

from __future__ import annotations

import io
import re
import sys

from pypdf import PdfReader


def normalise(text: str) -> str:
    """Text with every kind of space (no-break, narrow) and line break as one space."""
    return re.sub(r"[\s\xa0\u202f]+", " ", text).strip()


def pages_text(pdf: bytes) -> list[str]:
    """The normalised text of each page."""
    return [normalise(page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages]


def embedded_fonts(pdf: bytes) -> dict[str, bool]:
    """Every font the pages use, by base name, and whether its file is embedded."""
    fonts: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        for font in resources.get_object().get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            descendants = font.get("/DescendantFonts")
            if descriptor is None and descendants is not None:
                descriptor = descendants[0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font.get("/BaseFont"))] = embedded
    return fonts


def forget_pdf_libraries() -> None:
    """Drop reportlab and the PDF code from ``sys.modules`` once a module's tests are done.

    The window must not load reportlab (``test_ui_main_window`` checks it in the same process):
    these tests load it, so they unload it, with the modules that hold references to it.
    """
    for name in [n for n in sys.modules
                 if n.split(".")[0] == "reportlab" or n.startswith("cabinet_desktop.exchange")]:
        del sys.modules[name]


def assert_every_character_has_a_glyph(text: str) -> None:
    """Every character printed exists in the shipped fonts (a missing one prints as a blank)."""
    from reportlab.pdfbase.ttfonts import TTFont

    from cabinet_desktop.resources_path import resource

    for face in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        cmap = TTFont(face, str(resource("fonts", face))).face.charToGlyph
        missing = sorted({char for char in text if not char.isspace() and ord(char) not in cmap})
        assert not missing, (face, missing)
