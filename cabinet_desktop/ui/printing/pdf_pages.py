"""A PDF's pages sent to a printer: each page drawn by QtPdf at the printer's resolution.

Used for the notes of the register, whose PDF (reportlab) is the document itself.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from cabinet_desktop.services.tasks import TaskState
from cabinet_desktop.ui.printing.paged import printed_pages

#: the resolution pages are drawn at for a printer (a sharp print, a bounded memory)
PRINT_DPI = 300


def print_pdf(pdf: bytes, printer: QPrinter, state: TaskState | None = None) -> int:
    """Draw each page of ``pdf`` on ``printer`` (a paper printer or a PDF file); the number of
    pages printed. Runs on a worker: ``state`` reports progress and may cancel between pages."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    total = document.pageCount()
    try:
        for painter, number in printed_pages(printer, total, state):
            points = document.pagePointSize(number)
            target = painter.viewport()
            scale = min(target.width() / points.width(), target.height() / points.height())
            size = QSize(round(points.width() * PRINT_DPI / 72),
                         round(points.height() * PRINT_DPI / 72))
            image = document.render(number, size)
            painter.drawImage(QRectF(0, 0, points.width() * scale, points.height() * scale),
                              image)
    finally:
        document.close()
    return total
