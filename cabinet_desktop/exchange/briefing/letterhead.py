"""The official heading of a note: hierarchy top left, country and motto top right."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from cabinet_desktop.domain.briefing import Letterhead
from cabinet_desktop.exchange.briefing.document import CONTENT_WIDTH
from cabinet_desktop.exchange.briefing.styles import FONT, INK, Styles
from cabinet_desktop.exchange.briefing.text import escape, markup
from cabinet_desktop.formatting import format_long_date
from cabinet_desktop.i18n import translate

SIDE = 7.4 * cm
LOGO = 2.2 * cm


class ShortRule(Flowable):
    """The short centred rule (« -------- ») between the lines of an official heading."""

    def __init__(self, length: float = 1.6 * cm, space: float = 4.5) -> None:
        super().__init__()
        self.length = length
        self.space = space

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._width = available_width
        return available_width, 2 * self.space

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.7)
        start = (self._width - self.length) / 2
        self.canv.line(start, self.space, start + self.length, self.space)


def heading(letterhead: Letterhead, styles: Styles, reference: str,
            day: dt.date) -> Table:
    """The two-sided heading with the reference under the hierarchy and the place and date
    under the motto; the logo, when the settings hold one, sits between them."""
    left: list[Flowable] = [Paragraph(escape(letterhead.ministry.upper()), styles.head_left),
                            ShortRule()]
    for service in letterhead.services:
        left += [Paragraph(escape(service.upper()), styles.head_left), ShortRule()]
    right: list[Flowable] = [Paragraph(escape(letterhead.country.upper()), styles.head_right),
                             ShortRule(1.2 * cm)]
    if letterhead.motto:
        right.append(Paragraph(markup(letterhead.motto), styles.motto))
    middle: list[Flowable] | str = ""
    if letterhead.logo_png:
        image = Image(BytesIO(letterhead.logo_png))
        scale = min(LOGO / image.imageWidth, LOGO / image.imageHeight)
        image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
        middle = [image]
    place = translate("Briefing", "{city}, le {date}").format(
        city=letterhead.city, date=format_long_date(day))
    rows = [[left, middle, right],
            [[Spacer(1, 4), Paragraph(markup(reference), styles.head_left)], "",
             [Spacer(1, 4), Paragraph(markup(place), styles.place)]]]
    table = Table(rows, colWidths=[SIDE, CONTENT_WIDTH - 2 * SIDE, SIDE])
    table.setStyle(TableStyle([FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (1, 0), (1, 0), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table
