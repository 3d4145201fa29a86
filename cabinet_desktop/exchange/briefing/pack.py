"""A briefing pack: cover, table of contents, notes, record sheets and bordereau d'envoi.

The table of contents needs the page each part starts on: an :class:`Anchor` records it while
the story is laid out, and the contents page (kept empty in the story) is drawn at the end by a
page hook of :mod:`document`, so the pack is laid out once, not twice as ``multiBuild`` would.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import PageBreakIfNotEmpty

from cabinet_desktop.domain.briefing import PackContent, RecordSheet
from cabinet_desktop.exchange.briefing.document import (
    CONTENT_WIDTH,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Decoration,
    PageHook,
    build_pdf,
)
from cabinet_desktop.exchange.briefing.fonts import BOLD, REGULAR
from cabinet_desktop.exchange.briefing.letterhead import heading
from cabinet_desktop.exchange.briefing.note import note_story
from cabinet_desktop.exchange.briefing.sections import data_table
from cabinet_desktop.exchange.briefing.styles import FONT, INK, NAVY, Styles, make_styles
from cabinet_desktop.exchange.briefing.text import escape, markup
from cabinet_desktop.formatting import format_long_date, format_number
from cabinet_desktop.i18n import translate

TOC_LINES_PER_PAGE = 34
TOC_FIRST_PAGE = 2


class Anchor(Flowable):
    """Records, in ``pages``, the page on which the part named ``key`` starts."""

    def __init__(self, key: int, pages: dict[int, int]) -> None:
        super().__init__()
        self.key = key
        self.pages = pages

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.pages[self.key] = self.canv.getPageNumber()


@dataclass(frozen=True)
class Part:
    title: str  # already plain text, escaped when drawn
    story: list[Flowable]
    observation: str


def _sheet_story(sheet: RecordSheet, styles: Styles) -> list[Flowable]:
    title = translate("Briefing", "Fiche {reference}").format(reference=sheet.reference)
    rows: list[list[Flowable | str]] = [
        [Paragraph(f"<b>{markup(label)}</b>", styles.cell), value] for label, value in sheet.fields]
    story: list[Flowable] = [Paragraph(markup(title), styles.heading),
                             Paragraph(markup(sheet.title), styles.subheading)]
    if sheet.classification.marking:
        story.append(Paragraph(f'<font color="#A1161B"><b>{escape(sheet.classification.marking)}'
                               "</b></font>", styles.body))
    table = data_table(styles, [translate("Briefing", "Rubrique"),
                                translate("Briefing", "Valeur")], rows, (4.5, 12.5))
    return [*story, table]


def _cover(content: PackContent, styles: Styles, pieces: int) -> list[Flowable]:
    lines = [Paragraph(escape(translate("Briefing", "DOSSIER DE BRIEFING")), styles.cover_title),
             Paragraph(markup(content.title), styles.cover_line),
             Spacer(1, 0.3 * cm),
             Paragraph(markup(translate("Briefing", "à l'attention de {recipient}")
                              .format(recipient=content.recipient)), styles.cover_line),
             Paragraph(escape(format_long_date(content.pack_date)), styles.cover_line),
             Paragraph(escape(translate("Briefing", "{count} pièces").format(
                 count=format_number(pieces))), styles.cover_line)]
    if content.classification.marking:
        lines.append(Spacer(1, 1 * cm))
        lines.append(Paragraph(f'<font color="#A1161B" size="16"><b>'
                               f"{escape(content.classification.marking)}</b></font>",
                               styles.cover_line))
    return [heading(content.letterhead, styles, "", content.pack_date), Spacer(1, 5 * cm),
            *lines, PageBreak()]


def _bordereau(content: PackContent, styles: Styles, parts: list[Part]) -> list[Flowable]:
    title = Table([[Paragraph(escape(translate("Briefing", "BORDEREAU D'ENVOI")), styles.title)]],
                  colWidths=[CONTENT_WIDTH - 6 * cm])
    title.setStyle(TableStyle([FONT, ("BOX", (0, 0), (-1, -1), 0.9, INK),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    rows: list[list[Flowable | str]] = [
        [str(number), part.title, "01", part.observation]
        for number, part in enumerate(parts, start=1)]
    total = escape(translate("Briefing", "Total"))
    rows.append(["", Paragraph(f"<b>{total}</b>", styles.cell),
                 Paragraph(f"<b>{len(parts):02d}</b>", styles.cell), ""])
    table = data_table(styles, [translate("Briefing", "N°"),
                                translate("Briefing", "Désignation des pièces"),
                                translate("Briefing", "Nombre"),
                                translate("Briefing", "Observations")], rows,
                       (1.0, 10.0, 1.8, 4.2))
    recipient = escape(translate("Briefing", "Destinataire"))
    story: list[Flowable] = [
        heading(content.letterhead, styles, "", content.pack_date), Spacer(1, 0.7 * cm), title,
        Spacer(1, 0.4 * cm),
        Paragraph(f"<b><u>{recipient}</u>\xa0:</b> "
                  f"{markup(content.recipient)}", styles.body), Spacer(1, 0.2 * cm), table]
    if content.sender:
        sender = Table([["", Paragraph(markup(content.sender), styles.signature)]],
                       colWidths=[CONTENT_WIDTH - 7.5 * cm, 7.5 * cm])
        story += [Spacer(1, 0.8 * cm), KeepTogether([sender])]
    return story


def _fit(text: str, width: float, size: float = 10) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` on one line of the contents."""
    if stringWidth(text, REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _toc_hook(parts: list[Part], pages: dict[int, int], first: int) -> PageHook:
    """Draw the table of contents on its reserved pages, once every part's page is known."""

    def draw(canvas: Canvas, page: int, total: int) -> None:
        index = page - first
        entries = list(enumerate(parts))[index * TOC_LINES_PER_PAGE:
                                          (index + 1) * TOC_LINES_PER_PAGE]
        top = PAGE_HEIGHT - MARGIN_TOP - (2.2 * cm if index == 0 else 0.6 * cm)
        canvas.saveState()
        for row, (number, part) in enumerate(entries):
            y = top - row * 0.62 * cm
            label = _fit(f"{number + 1}.\xa0{part.title}", CONTENT_WIDTH - 2.2 * cm)
            canvas.setFont(REGULAR, 10)
            canvas.setFillColor(INK)
            canvas.drawString(MARGIN_X, y, label)
            used = canvas.stringWidth(label, REGULAR, 10)
            target = str(pages.get(number, ""))
            canvas.setFillColor(NAVY)
            canvas.setFont(BOLD, 10)
            canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, target)
            canvas.setStrokeColor(INK)
            canvas.setDash(0.5, 2.5)
            canvas.setLineWidth(0.6)
            end = PAGE_WIDTH - MARGIN_X - canvas.stringWidth(target, BOLD, 10) - 4
            if end > MARGIN_X + used + 8:
                canvas.line(MARGIN_X + used + 4, y + 1, end, y + 1)
            canvas.setDash()
        canvas.restoreState()

    return draw


def render_pack(content: PackContent) -> bytes:
    """The PDF of a briefing pack; the same content always gives the same bytes."""
    styles = make_styles()
    parts: list[Part] = []
    for note in content.notes:
        title = (translate("Briefing", "Note {reference} : {object}").format(
            reference=note.reference, object=note.object) if note.reference
            else translate("Briefing", "Note : {object}").format(object=note.object))
        parts.append(Part(title, note_story(note, styles),
                          translate("Briefing", "Pour décision")))
    for sheet in content.sheets:
        parts.append(Part(f"{sheet.reference} — {sheet.title}", _sheet_story(sheet, styles),
                          translate("Briefing", "Pour information")))
    pages: dict[int, int] = {}
    toc_pages = max(1, -(-(len(parts) + 1) // TOC_LINES_PER_PAGE))
    story: list[Flowable] = _cover(content, styles, len(parts))
    story.append(Paragraph(escape(translate("Briefing", "SOMMAIRE")), styles.cover_title))
    story += [PageBreak() for _ in range(toc_pages)]
    for number, part in enumerate(parts):
        story += [Anchor(number, pages), *part.story, PageBreakIfNotEmpty()]
    bordereau = Part(translate("Briefing", "Bordereau d'envoi"), [], "")
    story += [CondPageBreak(1), Anchor(len(parts), pages), *_bordereau(content, styles, parts)]
    toc = _toc_hook([*parts, bordereau], pages, TOC_FIRST_PAGE)
    hooks = {TOC_FIRST_PAGE + index: toc for index in range(toc_pages)}
    marking = content.classification.marking
    return build_pdf(story, Decoration(marking=marking, footer=content.title[:90],
                                       journal_hash=content.journal_hash, title=content.title,
                                       author=content.sender, subject=content.title,
                                       hooks=hooks))
