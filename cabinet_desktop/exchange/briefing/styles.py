"""Paragraph and table styles of the notes: one place for sizes, colours and spacing."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from cabinet_desktop.exchange.briefing.fonts import BOLD, ITALIC, REGULAR, register_fonts

INK = colors.HexColor("#1A1A1A")
NAVY = colors.HexColor("#1F3A5F")
GREY = colors.HexColor("#5F6368")
RULE = colors.HexColor("#9AA0A6")
STRIPE = colors.HexColor("#F1F3F6")
MARKING = colors.HexColor("#A1161B")
STATUS_COLOURS = {"green": colors.HexColor("#1B7F3B"), "amber": colors.HexColor("#B26A00"),
                  "red": colors.HexColor("#B3261E"), "unknown": GREY}


CELL_PADDING = 3.0

#: Every table names the shipped font, so no standard PDF font is ever referenced.
FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    title: ParagraphStyle
    head_left: ParagraphStyle
    head_right: ParagraphStyle
    motto: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_marking: ParagraphStyle
    header_cell: ParagraphStyle
    empty: ParagraphStyle
    note: ParagraphStyle
    signature: ParagraphStyle
    cover_title: ParagraphStyle
    cover_line: ParagraphStyle
    place: ParagraphStyle
    toc: ParagraphStyle
    statuses: dict[str, ParagraphStyle]

    def status(self, key: str) -> ParagraphStyle:
        """Bold cell text in the colour of an indicator status."""
        return self.statuses.get(key, self.statuses["unknown"])


def make_styles() -> Styles:
    """The styles, with the shipped fonts registered."""
    register_fonts()

    def style(name: str, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {"fontName": REGULAR, "fontSize": 10.5, "leading": 14,
                                   "textColor": INK}
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        body=style("body", alignment=TA_JUSTIFY, spaceAfter=6),
        heading=style("heading", fontName=BOLD, fontSize=11.5, leading=15, textColor=NAVY,
                      spaceBefore=12, spaceAfter=6),
        subheading=style("subheading", fontName=BOLD, fontSize=10, leading=13, textColor=INK,
                         spaceBefore=8, spaceAfter=4),
        title=style("title", fontName=BOLD, fontSize=12, leading=16, alignment=TA_CENTER),
        head_left=style("head_left", fontName=BOLD, fontSize=9, leading=11.5,
                        alignment=TA_CENTER),
        head_right=style("head_right", fontName=BOLD, fontSize=10, leading=12.5,
                         alignment=TA_CENTER),
        motto=style("motto", fontName=ITALIC, fontSize=8.5, leading=11, alignment=TA_CENTER),
        cell=style("cell", fontSize=8, leading=10, alignment=TA_LEFT),
        cell_right=style("cell_right", fontSize=8, leading=10, alignment=TA_RIGHT),
        cell_bold=style("cell_bold", fontName=BOLD, fontSize=8, leading=10),
        cell_marking=style("cell_marking", fontName=BOLD, fontSize=6.5, leading=8,
                           textColor=MARKING),
        header_cell=style("header_cell", fontName=BOLD, fontSize=8, leading=10,
                          textColor=colors.white),
        empty=style("empty", fontName=ITALIC, fontSize=9.5, leading=12, textColor=GREY,
                    spaceAfter=4),
        note=style("note", fontName=ITALIC, fontSize=7.5, leading=9.5, textColor=GREY,
                   spaceBefore=2),
        signature=style("signature", fontName=BOLD, fontSize=10.5, leading=14,
                        alignment=TA_CENTER),
        cover_title=style("cover_title", fontName=BOLD, fontSize=20, leading=26,
                          alignment=TA_CENTER, textColor=NAVY, spaceAfter=10),
        cover_line=style("cover_line", fontSize=12, leading=17, alignment=TA_CENTER,
                         spaceAfter=6),
        place=style("place", fontSize=10, leading=13, alignment=TA_CENTER),
        toc=style("toc", fontSize=10.5, leading=15),
        statuses={key: style(f"status_{key}", fontName=BOLD, fontSize=8, leading=10,
                             textColor=colour) for key, colour in STATUS_COLOURS.items()},
    )


def grid_style(rows: int, header_rows: int = 1) -> TableStyle:
    """A data table: navy header repeated on each page, thin rules, light stripes."""
    commands: list[tuple[object, ...]] = [
        FONT,
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), NAVY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEADING", (0, 0), (-1, -1), 10),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), BOLD),
        ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if rows > header_rows:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, STRIPE]))
    return TableStyle(commands)
