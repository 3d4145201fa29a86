"""The page frame every note and pack shares: A4, markings, page numbers, deterministic bytes.

Page numbers say « Page X sur Y », so the total must be known when a page is decorated: the
canvas keeps each page's drawing until the end (reportlab's usual *numbered canvas* recipe) and
decorates them all at ``save``. The same trick draws a pack's table of contents once the page of
every part is known, in a single pass over the content. ``invariant`` fixes the dates and the
document id reportlab would otherwise take from the clock, so the same content always gives the
same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from cabinet_desktop.exchange.briefing.fonts import BOLD, REGULAR, register_fonts
from cabinet_desktop.exchange.briefing.styles import GREY, MARKING, RULE
from cabinet_desktop.i18n import translate

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 2.0 * cm
MARGIN_TOP = 2.0 * cm
MARGIN_BOTTOM = 2.4 * cm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

#: Draws on one page once the total is known: ``(canvas, page number, total)``.
PageHook = Callable[[Canvas, int, int], None]


@dataclass
class Decoration:
    """What every page shows around the content."""

    marking: str = ""  # « CONFIDENTIEL », empty for non classifié
    footer: str = ""  # the reference, small, bottom left
    journal_hash: str = ""  # printed at the foot of the last page
    title: str = ""
    author: str = ""
    subject: str = ""
    hooks: dict[int, PageHook] = field(default_factory=dict)  # page number → extra drawing


def _decorate(canvas: Canvas, decoration: Decoration, page: int, total: int) -> None:
    canvas.saveState()
    if decoration.marking:
        canvas.setFillColor(MARKING)
        canvas.setFont(BOLD, 10)
        canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 1.15 * cm, decoration.marking)
        canvas.drawCentredString(PAGE_WIDTH / 2, 0.85 * cm, decoration.marking)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, 1.55 * cm, PAGE_WIDTH - MARGIN_X, 1.55 * cm)
    canvas.setFillColor(GREY)
    canvas.setFont(REGULAR, 8)
    if decoration.footer:
        canvas.drawString(MARGIN_X, 1.15 * cm, decoration.footer)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, 1.15 * cm,
                           translate("Briefing", "Page {page} sur {total}")
                           .format(page=page, total=total))
    if page == total and decoration.journal_hash:
        canvas.setFont(REGULAR, 6)
        canvas.drawString(MARGIN_X, 1.7 * cm,
                          translate("Briefing", "Empreinte du journal d'audit à l'émission : "
                                                "{hash}").format(hash=decoration.journal_hash))
    canvas.restoreState()
    hook = decoration.hooks.get(page)
    if hook is not None:
        hook(canvas, page, total)


def _canvas_class(decoration: Decoration) -> type[Canvas]:
    class DecoratedCanvas(Canvas):
        """Keeps every page until ``save``, then decorates each knowing the total."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._kept: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._kept.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._kept)
            for number, state in enumerate(self._kept, start=1):
                self.__dict__.update(state)
                _decorate(self, decoration, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return DecoratedCanvas


def build_pdf(story: Sequence[Flowable], decoration: Decoration) -> bytes:
    """The PDF bytes of ``story`` on A4 pages decorated with ``decoration``."""
    register_fonts()
    buffer = BytesIO()
    document = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=decoration.title, author=decoration.author,
        subject=decoration.subject, creator="Cabinet Desktop", producer="Cabinet Desktop",
        invariant=1, lang="fr-FR", initialFontName=REGULAR)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    document.build(list(story), canvasmaker=_canvas_class(decoration))
    return buffer.getvalue()
