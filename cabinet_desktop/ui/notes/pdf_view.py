"""A PDF shown inside the application (QtPdf).

The bytes are loaded through a ``QBuffer`` the widget keeps, so nothing is written to disk:
a draft's preview and an issued note's stored PDF are shown the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget


class PdfPane(QWidget):
    """A scrolling view of PDF bytes, fitted to its width, every page one under the other.

    The document is a sibling of the view, made first so it is deleted first: deleted as the
    view's child, it would tell the half-destroyed view that it closed (a crash).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf_document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self._buffer: QBuffer | None = None
        self.pdf = b""
        self.view.setDocument(self.pdf_document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_pdf(self, pdf: bytes) -> None:
        """Show ``pdf`` (the previous document is closed), keeping the reader's page."""
        page = self.view.pageNavigator().currentPage()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.close()
        self.pdf_document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.pdf = pdf
        if 0 < page < self.pdf_document.pageCount():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    @property
    def page_count(self) -> int:
        return self.pdf_document.pageCount()


class PdfWindow(QDialog):
    """A PDF read-only in its own window (an issued note as it was stored)."""

    def __init__(self, title: str, pdf: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfWindow")
        self.setWindowTitle(title)
        self.pane = PdfPane(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pane)
        self.pane.show_pdf(pdf)
        self.resize(760, 900)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
