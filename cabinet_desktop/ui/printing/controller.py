"""Fichier › Imprimer… (Ctrl+P), Aperçu avant impression…, Exporter en PDF…, for every list.

The list prints its filtered rows (all of them, read through the services, landscape, the
columns as the table shows them, the header repeated on each page, totals at the end); the
record's sheet prints its detail with its history. Both are read, laid out and drawn on
workers behind a progress dialog whose « Annuler » stops at the next chunk or page; the
printer is chosen in Qt's print dialog, and « Exporter en PDF » draws the same pages into a
PDF file. A note of the register prints from its PDF (``print_pdf``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.formatting import format_date
from cabinet_desktop.i18n import translate
from cabinet_desktop.services.tasks import Cancelled, TaskState
from cabinet_desktop.ui.actions import window_action
from cabinet_desktop.ui.tasks import run_task
from cabinet_desktop.ui.workspace import Workspace

if TYPE_CHECKING:  # Qt's print support loads with the first printout
    from PySide6.QtPrintSupport import QPrinter

    from cabinet_desktop.ui.panes.columns import Column
    from cabinet_desktop.ui.panes.list_pane import ListPane


@dataclass(frozen=True)
class PrintJob:
    """A document ready to draw: its HTML, the line above and below each page, orientation."""

    html: str
    heading: str
    footer: str
    landscape: bool
    name: str  # a file name's stem for « Exporter en PDF »
    marking: str = ""  # « CONFIDENTIEL », top and bottom of every page


def shown_columns(pane: ListPane) -> list[tuple[Column, int]]:
    """The table's columns as the user sees them, with their widths: in their order, hidden
    ones left out."""
    header = pane.view.horizontalHeader()
    columns = pane.model.columns
    logical = [header.logicalIndex(visual) for visual in range(header.count())]
    return [(columns[index], header.sectionSize(index)) for index in logical
            if not header.isSectionHidden(index)]


def filters_text(pane: ListPane) -> str:
    """The pane's filters in words (« Statut : En cours ; texte « budget » »)."""
    bar, query = pane.filters, pane.model.query
    parts: list[str] = []
    if query.text:
        parts.append(translate("Printing", "texte « {text} »").format(text=query.text))
    for choice in pane.spec.filters:
        combo = bar.combos.get(choice.name)
        if combo is not None and combo.currentData() is not None:
            label = translate("Panes", choice.label)
            parts.append(f"{label} : {combo.currentText()}")  # « Statut : En cours »
    if query.date_from or query.date_to:
        parts.append(translate("Printing", "du {start} au {end}").format(
            start=format_date(query.date_from) or "…", end=format_date(query.date_to) or "…"))
    if query.overdue_only:
        parts.append(translate("Printing", "en retard seulement"))
    if query.include_archived:
        parts.append(translate("Printing", "archives comprises"))
    return (translate("Printing", "Filtres : {filters}").format(filters=" ; ".join(parts))
            if parts else translate("Printing", "Sans filtre"))


def make_printer(landscape: bool, pdf_path: str | None = None) -> QPrinter:
    """An A4 printer at 300 dpi (a PDF file when ``pdf_path`` is given)."""
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(300)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                               else QPageLayout.Orientation.Portrait)
    if pdf_path is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(pdf_path)
    return printer


class PrintController(QObject):
    """The window's print and export actions, for the current list and its selected record."""

    def __init__(self, window: QMainWindow, workspace: Workspace, file_menu: QMenu,
                 current_pane: Callable[[], ListPane | None], before: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self._current_pane = current_pane
        self.last_job: PrintJob | None = None
        self.running: Any = None  # the task drawing pages (tests cancel it)
        self.preview_printer: QPrinter | None = None

        def action(text: str, name: str, slot: Callable[[], Any], shortcut: Any = None,
                   icon: str | None = None) -> QAction:
            return window_action(window, text, name, slot, shortcut, icon)

        self.print_action = action(translate("Printing", "&Imprimer la liste…"), "printAction",
                                   lambda: self.print_list(), QKeySequence.StandardKey.Print,
                                   "file-text")
        if self.print_action.shortcut().isEmpty():
            self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.preview_action = action(translate("Printing", "&Aperçu avant impression…"),
                                     "printPreviewAction", lambda: self.preview_list(),
                                     None, "eye")
        self.export_action = action(translate("Printing", "E&xporter la liste en PDF…"),
                                    "exportPdfAction", lambda: self.export_list())
        self.sheet_print_action = action(translate("Printing", "Imprimer la &fiche…"),
                                         "printSheetAction", lambda: self.print_sheet())
        self.sheet_export_action = action(translate("Printing", "Exporter la fiche en P&DF…"),
                                          "exportSheetAction", lambda: self.export_sheet())
        actions = [self.print_action, self.preview_action, self.export_action,
                   self.sheet_print_action, self.sheet_export_action]
        file_menu.insertActions(before, actions)
        file_menu.insertSeparator(before)
        file_menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    def attach(self, pane: ListPane) -> None:
        """The record's sheet from the list's context menu."""
        pane.view.addActions([self.sheet_print_action, self.sheet_export_action])
        pane.selection_changed.connect(self.update_actions)

    def update_actions(self) -> None:
        pane = self._current_pane()
        for made in (self.print_action, self.preview_action, self.export_action):
            made.setEnabled(pane is not None)
        selected = pane is not None and pane.current_record() is not None
        for made in (self.sheet_print_action, self.sheet_export_action):
            made.setEnabled(selected)

    # ----------------------------------------------------------------- what to ask the user

    def choose_printer(self, landscape: bool) -> QPrinter | None:
        """Qt's print dialog on an A4 printer; ``None`` when the user cancels."""
        from PySide6.QtPrintSupport import QPrintDialog

        printer = make_printer(landscape)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(translate("Printing", "Imprimer"))
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    def ask_pdf_path(self, name: str) -> str | None:
        """Where to write a PDF (``None``: cancelled); ``.pdf`` added when missing."""
        path, _filter = QFileDialog.getSaveFileName(
            self.window, translate("Printing", "Exporter en PDF"),
            str(Path.home() / f"{name}.pdf"), translate("Printing", "Documents PDF (*.pdf)"))
        if not path:
            return None
        return path if path.lower().endswith(".pdf") else f"{path}.pdf"

    # ----------------------------------------------------------------- reading

    def _prepare_list(self, then: Callable[[PrintJob], None]) -> None:
        from cabinet_desktop.ui.printing.list_document import list_html, printed_on, read_list

        pane = self._current_pane()
        if pane is None:
            return
        workspace, kind = self.workspace, pane.kind
        title = translate("Panes", pane.spec.title)
        shown = shown_columns(pane)
        columns, widths = [c for c, _w in shown], [w for _c, w in shown]
        query, subtitle = pane.model.query, filters_text(pane)
        footer = printed_on()

        def work(state: TaskState) -> PrintJob:
            printed = read_list(workspace, kind, title, columns, query, subtitle, state, widths)
            return PrintJob(list_html(printed), title, footer, True, title, printed.marking)

        self._read(translate("Printing", "Préparation de l'impression"), work, then)

    def _prepare_sheet(self, then: Callable[[PrintJob], None]) -> None:
        from cabinet_desktop.ui.printing.list_document import printed_on, read_sheet

        pane = self._current_pane()
        record = pane.current_record() if pane is not None else None
        if pane is None or record is None:
            return
        workspace, kind, record_id = self.workspace, pane.kind, record.id
        name = record.reference or f"{kind}-{record.id}"
        heading = f"{translate('Panes', pane.spec.title)} — {name}"
        footer = printed_on()

        def work(state: TaskState) -> PrintJob:
            html, marking = read_sheet(workspace, kind, record_id, state)
            return PrintJob(html, heading, footer, False, name, marking)

        self._read(translate("Printing", "Préparation de la fiche"), work, then)

    def _read(self, title: str, work: Callable[[TaskState], PrintJob],
              then: Callable[[PrintJob], None]) -> None:
        from cabinet_desktop.ui.printing.paged import register_fonts

        register_fonts()
        self.running = None  # the drawing task comes once the document is read

        def done(job: PrintJob) -> None:
            self.last_job = job
            then(job)

        run_task(self.window, title, work, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.window.statusBar().showMessage(translate("Printing", "Impression annulée."),
                                                5000)
            return
        if isinstance(error, OSError):
            QMessageBox.warning(self.window, translate("Printing", "Impression"),
                                translate("Printing", "Impression impossible : {error}")
                                .format(error=error.strerror or error))
            return
        if not isinstance(error, CabinetError):
            raise error
        QMessageBox.warning(self.window, translate("Printing", "Impression"), error.message)

    # ----------------------------------------------------------------- drawing

    def draw(self, job: PrintJob, printer: QPrinter, done_text: str) -> None:
        """Draw ``job`` on ``printer`` on a worker (progress, « Annuler » between pages)."""
        from cabinet_desktop.ui.printing.paged import paint_document

        def done(pages: int) -> None:
            self.window.statusBar().showMessage(done_text.format(pages=pages), 8000)

        self.running = run_task(self.window, translate("Printing", "Impression"),
                                lambda state: paint_document(job.html, printer, job.heading,
                                                             job.footer, state, job.marking),
                                done, self._failed)

    def _to_printer(self, job: PrintJob, printer: QPrinter | None = None) -> None:
        chosen = printer or self.choose_printer(job.landscape)
        if chosen is not None:
            self.draw(job, chosen, translate("Printing", "Envoyé à l'imprimante : {pages} "
                                                         "page(s)."))

    def _to_pdf(self, job: PrintJob, path: str | None = None) -> None:
        chosen = path or self.ask_pdf_path(job.name)
        if chosen is not None:
            self.draw(job, make_printer(job.landscape, chosen),
                      translate("Printing", "PDF enregistré : {pages} page(s) dans « {path} ».")
                      .replace("{path}", chosen))

    def print_list(self, printer: QPrinter | None = None) -> None:
        """« Imprimer » the current list's filtered rows (``printer``: skip the dialog)."""
        self._prepare_list(lambda job: self._to_printer(job, printer))

    def export_list(self, path: str | None = None) -> None:
        """« Exporter en PDF » the current list: the same pages, into a PDF file."""
        self._prepare_list(lambda job: self._to_pdf(job, path))

    def print_sheet(self, printer: QPrinter | None = None) -> None:
        self._prepare_sheet(lambda job: self._to_printer(job, printer))

    def export_sheet(self, path: str | None = None) -> None:
        self._prepare_sheet(lambda job: self._to_pdf(job, path))

    def preview_list(self) -> None:
        """Qt's print preview of the current list (it draws the pages it shows)."""
        self._prepare_list(self.open_preview)

    def open_preview(self, job: PrintJob) -> Any:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from cabinet_desktop.ui.printing.paged import paint_document

        # the dialog does not own its printer: kept here while it may draw
        self.preview_printer = make_printer(job.landscape)
        dialog = QPrintPreviewDialog(self.preview_printer, self.window)
        dialog.setObjectName("printPreview")
        dialog.setWindowTitle(translate("Printing", "Aperçu avant impression — {title}")
                              .format(title=job.heading))
        dialog.paintRequested.connect(
            lambda printer: paint_document(job.html, printer, job.heading, job.footer,
                                           marking=job.marking))
        dialog.resize(1000, 760)
        dialog.open()
        return dialog

    # ----------------------------------------------------------------- PDF documents

    def print_pdf(self, pdf: bytes, title: str, printer: QPrinter | None = None) -> None:
        """Send a PDF (a note) to a printer chosen in the print dialog."""
        from cabinet_desktop.ui.printing.pdf_pages import print_pdf

        chosen = printer or self.choose_printer(False)
        if chosen is None:
            return

        def done(pages: int) -> None:
            self.window.statusBar().showMessage(
                translate("Printing", "« {title} » envoyé à l'imprimante : {pages} page(s).")
                .format(title=title, pages=pages), 8000)

        self.running = run_task(self.window, translate("Printing", "Impression"),
                                lambda state: print_pdf(pdf, chosen, state), done,
                                self._failed)
