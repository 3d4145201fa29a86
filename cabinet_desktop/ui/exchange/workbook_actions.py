"""The window's Excel entries: export (whole base, a list's filtered rows or its selection),
the empty template, and the import with its preview, each run off the GUI thread.

Fichier › « Exporter vers Excel… », « Modèle vide pour le Secrétariat général… » and
« Importer un classeur Excel… »; a list's context menu and the toolbar « Exporter les lignes
filtrées / la sélection vers Excel… ». Every export writes beside the chosen file and renames
at the end (``exchange.workbook.export``): a cancelled or failed export leaves no file. An
import is read and checked on a worker with a cancellable progress dialog, shown in
:class:`~cabinet_desktop.ui.exchange.import_preview.ImportPreviewDialog`, and applied only on
« Appliquer », all or nothing, through the services; its change set is then broadcast so every
list and the dashboard refresh. The exchange code (openpyxl) loads at the first use.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
)

from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.formatting import format_number
from cabinet_desktop.i18n import translate
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.permissions import Action, allowed
from cabinet_desktop.services.tasks import Cancelled, TaskState
from cabinet_desktop.ui import icons
from cabinet_desktop.ui.tasks import Task, run_task
from cabinet_desktop.ui.workspace import Workspace

if TYPE_CHECKING:
    from cabinet_desktop.ui.panes.list_pane import ListPane

# The kinds with a sheet in the workbook (``exchange.workbook.layout.SHEETS``), in its order;
# repeated here so the window needs not load the exchange to build its menus (a test checks).
SHEET_KINDS = ("mission", "dossier", "partner", "contact", "agreement", "interaction",
               "indicator", "indicator_target", "measurement", "consultation")
FOLDER_KEY = "exchange/folder"
SUFFIX = ".xlsx"


def unwritable_reason(path: Path) -> str | None:
    """Why the workbook cannot be written at ``path`` (French), or ``None`` when it can."""
    folder = path.parent
    if path.is_dir():
        return translate("WorkbookActions", "« {path} » est un dossier.").format(path=str(path))
    if not folder.is_dir():
        return translate("WorkbookActions", "le dossier « {folder} » n'existe pas.").format(
            folder=str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        return translate("WorkbookActions", "vous ne pouvez pas écrire dans le dossier "
                                            "« {folder} ».").format(folder=str(folder))
    if path.exists() and not os.access(path, os.W_OK):
        return translate("WorkbookActions", "le fichier existe et il est protégé en "
                                            "écriture.")
    return None


def error_message(error: BaseException) -> str:
    """What the user reads of an expected failure (a service refusal, a file problem)."""
    if isinstance(error, CabinetError):
        return error.message
    if isinstance(error, OSError):
        return translate("WorkbookActions", "Impossible d'utiliser le fichier « {file} » : "
                                            "{reason}.").format(
            file=str(error.filename or ""), reason=error.strerror or str(error))
    raise error  # a bug: the application's error hook reports it


class WorkbookController(QObject):
    """Export, template and import entries of one window."""

    def __init__(self, window: QMainWindow, workspace: Workspace, settings: QSettings,
                 file_menu: QMenu, toolbar: QToolBar,
                 current_pane: Callable[[], ListPane | None],
                 before: QAction | None = None, toolbar_before: QAction | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.settings = settings
        self._current_pane = current_pane
        self.last_dialog: QDialog | None = None  # the last dialog shown (tests, screenshots)
        self.last_task: Task | None = None
        sheet_icon = icons.icon("file-spreadsheet")
        self.export_action = self._action(
            translate("WorkbookActions", "E&xporter vers Excel…"), "exportWorkbookAction",
            self.export_database, sheet_icon)
        self.template_action = self._action(
            translate("WorkbookActions", "&Modèle vide pour le Secrétariat général…"),
            "exportTemplateAction", self.export_template)
        self.import_action = self._action(
            translate("WorkbookActions", "&Importer un classeur Excel…"), "importWorkbookAction",
            self.import_workbook)
        self.export_rows_action = self._action(
            translate("WorkbookActions", "Exporter les lignes &filtrées vers Excel…"),
            "exportRowsAction", self.export_filtered, sheet_icon)
        self.export_rows_action.setToolTip(translate(
            "WorkbookActions", "Exporter vers Excel les lignes que la liste affiche (ses "
                               "filtres appliqués)"))
        self.export_selection_action = self._action(
            translate("WorkbookActions", "Exporter la &sélection vers Excel…"),
            "exportSelectionAction", self.export_selection)
        entries = [self.export_action, self.template_action, self.import_action]
        if before is None:
            file_menu.addActions(entries)
            file_menu.addSeparator()
        else:
            file_menu.insertActions(before, entries)
            file_menu.insertSeparator(before)
        if toolbar_before is None:
            toolbar.addAction(self.export_rows_action)
        else:
            toolbar.insertAction(toolbar_before, self.export_rows_action)
        self._separator = QAction(self)
        self._separator.setSeparator(True)
        workspace.actor_changed.connect(lambda _actor: self.update_actions())
        self.update_actions()

    def _action(self, text: str, name: str, slot: Callable[[], Any],
                icon: Any = None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if icon is not None:
            action.setIcon(icon)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # ----------------------------------------------------------------- state

    def attach(self, pane: ListPane) -> None:
        """Give ``pane``'s table the export entries in its context menu."""
        pane.view.addActions([self._separator, self.export_selection_action,
                              self.export_rows_action])
        pane.selection_changed.connect(self.update_actions)
        pane.view.selectionModel().selectionChanged.connect(lambda *_args: self.update_actions())

    def _exportable_pane(self) -> ListPane | None:
        pane = self._current_pane()
        if pane is None or pane.kind not in SHEET_KINDS:
            return None
        return pane

    def update_actions(self) -> None:
        """Offer what the user's role allows and the current list has (the services refuse
        the rest anyway)."""
        actor = self.workspace.actor
        may_export = any(allowed(actor, Action.EXPORT, kind) for kind in SHEET_KINDS)
        may_import = any(allowed(actor, action, kind) for kind in SHEET_KINDS
                         for action in (Action.CREATE, Action.UPDATE))
        for action, may in ((self.export_action, may_export),
                            (self.template_action, may_export),
                            (self.import_action, may_import)):
            action.setVisible(may)
            action.setEnabled(may)
        pane = self._exportable_pane()
        listed = pane is not None and allowed(actor, Action.EXPORT, pane.kind)
        self.export_rows_action.setVisible(may_export)
        self.export_rows_action.setEnabled(listed)
        self.export_selection_action.setVisible(may_export)
        self.export_selection_action.setEnabled(  # ids read on export: a selection may be long
            listed and pane is not None and pane.view.selectionModel().hasSelection())

    def _status(self, text: str, milliseconds: int = 15000) -> None:
        self.window.statusBar().showMessage(text, milliseconds)

    def _show(self, box: QDialog) -> None:
        self.last_dialog = box
        box.open()

    def _warn(self, title: str, text: str, name: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setObjectName(name)
        self._show(box)

    def _failed(self, title: str, error: BaseException, cancelled: str) -> None:
        if isinstance(error, Cancelled):
            self._status(cancelled)
            return
        self._warn(title, error_message(error), "workbookErrorBox")

    # ----------------------------------------------------------------- files

    def _folder(self) -> Path:
        saved = self.settings.value(FOLDER_KEY)
        if isinstance(saved, str) and Path(saved).is_dir():
            return Path(saved)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _remember(self, path: Path) -> None:
        self.settings.setValue(FOLDER_KEY, str(path.parent))

    def _filter(self) -> str:
        return translate("WorkbookActions", "Classeurs Excel (*.xlsx)")

    def choose_target(self, title: str, name: str, folder: Path | None = None) -> Path | None:
        """Ask where to write the workbook (``name`` suggested, in ``folder`` or the folder
        used last); ``None`` when the user gives up or the place cannot be written (the user
        is told why)."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window, title, str((folder or self._folder()) / name), self._filter())
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        reason = unwritable_reason(path)
        if reason is not None:
            self._warn(title, translate("WorkbookActions", "Impossible d'écrire « {file} » : "
                                                           "{reason}\n\nChoisissez un autre "
                                                           "emplacement.")
                       .format(file=path.name, reason=reason), "unwritableBox")
            return None
        self._remember(path)
        return path

    @staticmethod
    def default_name(*parts: str) -> str:
        """``cabinet-…-AAAA-MM-JJ.xlsx``."""
        return "-".join(("cabinet", *parts, dt.date.today().isoformat())) + SUFFIX

    # ----------------------------------------------------------------- export

    def export_database(self) -> Task | None:
        """« Exporter vers Excel… »: choose the sheets, then the file."""
        from cabinet_desktop.exchange.workbook.layout import sheet_of, sheet_title
        from cabinet_desktop.ui.exchange.export_choice import ExportChoiceDialog

        actor = self.workspace.actor
        sheets = [(kind, sheet_title(sheet_of(kind))) for kind in SHEET_KINDS
                  if allowed(actor, Action.EXPORT, kind)]
        dialog = ExportChoiceDialog(sheets, self.window)
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        kinds = dialog.kinds()
        every = len(kinds) == len(sheets)
        return self._export(translate("WorkbookActions", "Exporter vers Excel"),
                            self.default_name(), kinds=None if every else kinds)

    def export_template(self) -> Task | None:
        """« Modèle vide pour le Secrétariat général… »: every sheet, no rows."""
        return self._export(translate("WorkbookActions", "Modèle vide pour le Secrétariat "
                                                         "général"),
                            self.default_name(translate("WorkbookActions", "modele")),
                            template=True)

    def _pane_name(self, pane: ListPane, *more: str) -> str:
        from cabinet_desktop.ui.panes.pane_specs import pane_spec

        title = translate("Panes", pane_spec(pane.kind).title).lower()
        return self.default_name(title.replace(" ", "-"), *more)

    def export_filtered(self) -> Task | None:
        """The current list's rows, its filters applied (every page, not only those shown)."""
        pane = self._exportable_pane()
        if pane is None:
            return None
        return self._export(translate("WorkbookActions", "Exporter les lignes filtrées"),
                            self._pane_name(pane), kinds=[pane.kind], query=pane.model.query)

    def export_selection(self) -> Task | None:
        """The rows selected in the current list."""
        pane = self._exportable_pane()
        ids = pane.selected_ids() if pane is not None else []
        if pane is None or not ids:
            return None
        return self._export(translate("WorkbookActions", "Exporter la sélection"),
                            self._pane_name(pane, translate("WorkbookActions", "selection")),
                            kinds=[pane.kind], ids=ids)

    def _export(self, title: str, name: str, **options: Any) -> Task | None:
        path = self.choose_target(title, name)
        if path is None:
            return None
        database, actor = self.workspace.database, self.workspace.actor

        def work(state: TaskState) -> Any:
            from cabinet_desktop.exchange.workbook.export import export_workbook

            return export_workbook(database, actor, path, state=state, **options)

        self.last_task = run_task(
            self.window, translate("WorkbookActions", "Export vers Excel en cours…"), work,
            self._exported, lambda error: self._failed(
                title, error, translate("WorkbookActions", "Export annulé : aucun fichier "
                                                           "écrit.")))
        return self.last_task

    def _exported(self, summary: Any) -> None:
        lines = "\n".join(f"{title} : {format_number(count)}" for title, count in summary.rows)
        text = translate("WorkbookActions", "Classeur écrit : {file}\n\n{count} ligne(s) "
                                            "exportée(s) :\n{lines}").format(
            file=str(summary.path), count=format_number(summary.total), lines=lines)
        box = QMessageBox(QMessageBox.Icon.Information,
                          translate("WorkbookActions", "Export vers Excel"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("exportDoneBox")
        self._status(translate("WorkbookActions", "Classeur écrit : {file}").format(
            file=summary.path.name))
        self._show(box)

    # ----------------------------------------------------------------- import

    def import_workbook(self) -> Task | None:
        """« Importer un classeur Excel… »: choose the file, read and check it with progress
        (cancellable), then show the preview."""
        title = translate("WorkbookActions", "Importer un classeur Excel")
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window, title, str(self._folder()),
            self._filter() + ";;" + translate("WorkbookActions", "Tous les fichiers (*)"))
        if not chosen:
            return None
        path = Path(chosen)
        self._remember(path)
        database, actor = self.workspace.database, self.workspace.actor

        def work(state: TaskState) -> Any:
            from cabinet_desktop.exchange.workbook.importer import preview_import

            return preview_import(database, actor, path, state)

        self.last_task = run_task(
            self.window, translate("WorkbookActions", "Vérification du classeur…"), work,
            lambda report: self._preview(path, report, actor), lambda error: self._failed(
                title, error, translate("WorkbookActions", "Import annulé : rien n'a été "
                                                           "enregistré.")))
        return self.last_task

    def _preview(self, path: Path, report: Any, actor: Actor) -> None:
        from cabinet_desktop.ui.exchange.import_preview import ImportPreviewDialog

        dialog = ImportPreviewDialog(report, path, self.window)
        dialog.accepted.connect(lambda: self._apply(report, actor))
        dialog.error_book_requested.connect(lambda: self.save_error_book(path, report))
        dialog.finished.connect(dialog.deleteLater)  # the report it holds may be large
        self._show(dialog)

    def _apply(self, report: Any, actor: Actor) -> Task:
        """Save the previewed import in one transaction (as the user who previewed it)."""
        title = translate("WorkbookActions", "Importer un classeur Excel")
        database = self.workspace.database

        def work(state: TaskState) -> Any:
            from cabinet_desktop.exchange.workbook.importer import apply_import

            return apply_import(database, actor, report, state)

        self.last_task = run_task(
            self.window, translate("WorkbookActions", "Enregistrement de l'import…"), work,
            lambda changes: self._applied(report, changes), lambda error: self._failed(
                title, error, translate("WorkbookActions", "Import annulé : rien n'a été "
                                                           "enregistré.")))
        return self.last_task

    def _applied(self, report: Any, changes: Any) -> None:
        if changes.kinds:
            self.workspace.broadcast(changes)  # every list, detail and card concerned
        self._status(translate("WorkbookActions", "Import enregistré : {new} création(s), "
                                                  "{changed} modification(s).").format(
            new=format_number(len(report.new)), changed=format_number(len(report.changed))),
            30000)

    def save_error_book(self, source: Path, report: Any) -> Task | None:
        """« Enregistrer le classeur d'erreurs… »: the received file with its faulty cells
        highlighted and commented, to send back."""
        title = translate("WorkbookActions", "Enregistrer le classeur d'erreurs")
        name = translate("WorkbookActions", "{name}-erreurs.xlsx").format(name=source.stem)
        target = self.choose_target(title, name, source.parent)  # beside the received file
        if target is None:
            return None
        if target.resolve() == source.resolve():
            self._warn(title, translate("WorkbookActions", "Choisissez un autre nom que celui "
                                                           "du classeur reçu."), "unwritableBox")
            return None

        def work(_state: TaskState) -> Any:
            from cabinet_desktop.exchange.workbook.error_book import write_error_workbook

            return write_error_workbook(source, report, target)

        def written(marked: Any) -> None:
            self._status(translate("WorkbookActions", "Classeur d'erreurs écrit : {file} "
                                                      "({count} cellule(s) marquée(s)).")
                         .format(file=str(target), count=format_number(int(marked))), 30000)

        self.last_task = run_task(
            self.window, translate("WorkbookActions", "Écriture du classeur d'erreurs…"), work,
            written, lambda error: self._failed(title, error, ""), cancellable=False)
        return self.last_task
