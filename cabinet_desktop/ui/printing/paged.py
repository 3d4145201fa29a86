"""Lay an HTML document out on a printer's pages: heading, body, « Page X sur Y » on each.

The same function draws on a paper printer, on a ``QPrinter`` writing a PDF file (« Exporter
en PDF… », so the export is the printout) and in the print preview. It runs on a worker
(``QPainter`` on a ``QPrinter`` is allowed off the GUI thread) and reports each page, so a
long list shows its progress and stops at the next page when cancelled. A table's ``<thead>``
row is repeated at the top of every page by Qt's layout.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPen, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from cabinet_desktop.i18n import translate
from cabinet_desktop.resources_path import resource
from cabinet_desktop.services.tasks import TaskState

#: the family printouts use: shipped with the application (French and national-language
#: letters such as ɛ ɔ ŋ), the same as the PDF notes'
FAMILY = "Noto Sans"
_FONTS = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf",
          "NotoSans-BoldItalic.ttf")
_registered: list[bool] = []
#: the red of classification markings (the PDF notes use the same)
MARKING_COLOUR = "#A1161B"


def register_fonts() -> None:
    """Give Qt the shipped Noto Sans faces (once, on the GUI thread, before printing)."""
    if _registered:
        return
    for name in _FONTS:
        QFontDatabase.addApplicationFont(str(resource("fonts", name)))
    _registered.append(True)


def printed_pages(printer: QPrinter, total: int,
                  state: TaskState | None = None) -> Iterator[tuple[QPainter, int]]:
    """``(painter, page index)`` for each of ``total`` pages, a new page begun before each
    but the first; progress reported (and cancellation checked) before each page."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("Printing", "L'imprimante n'a pas pu être ouverte."))
    try:
        for number in range(total):
            if state is not None:
                state.report(translate("Printing", "Page {page} sur {total}…")
                             .format(page=number + 1, total=total), number, total)
            if number:
                printer.newPage()
            yield painter, number
    finally:
        painter.end()


def paint_document(html: str, printer: QPrinter, heading: str, footer: str,
                   state: TaskState | None = None, marking: str = "") -> int:
    """Draw ``html`` on ``printer`` page by page; the number of pages drawn. ``marking`` (a
    classification above « non classifié ») is printed at the top and bottom of every page."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(printer)
    document.setDefaultFont(QFont(FAMILY, 9))
    document.setHtml(html)
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    dpi = printer.resolution()
    band = dpi * 0.32  # the heading and the footer lines
    body = QSizeF(page.width(), page.height() - 2 * band)
    document.setPageSize(body)
    total = document.pageCount()
    small = QFont(FAMILY)
    small.setPointSizeF(7)
    strong = QFont(FAMILY)
    strong.setPointSizeF(9)
    strong.setBold(True)
    for painter, number in printed_pages(printer, total, state):
        painter.save()
        painter.translate(0, band - number * body.height())
        document.drawContents(painter, QRectF(0, number * body.height(), body.width(),
                                              body.height()))
        painter.restore()
        painter.setFont(small)
        painter.setPen(QPen(Qt.GlobalColor.darkGray))
        top = QRectF(0, 0, page.width(), band * 0.8)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         heading)
        bottom = QRectF(0, page.height() - band * 0.8, page.width(), band * 0.8)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         footer)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                         translate("Printing", "Page {page} sur {total}")
                         .format(page=number + 1, total=total))
        if marking:
            painter.setFont(strong)
            painter.setPen(QPen(QColor(MARKING_COLOUR)))
            painter.drawText(top, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             marking)
            painter.drawText(bottom,
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             marking)
    return total
