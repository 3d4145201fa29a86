"""A dossier's attachments from the window: join files (dialog or drag-and-drop), open one
with the system's viewer from a private copy, save one elsewhere, remove one (journaled).

Files are read and stored off the GUI thread with progress; the services keep the size limit,
the clean file name and the journal. A file opened for viewing is a copy in a folder only the
user can read, removed when the application quits.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from cabinet_desktop.domain.errors import CabinetError, ValidationError
from cabinet_desktop.i18n import translate
from cabinet_desktop.services.rows import ChangeSet
from cabinet_desktop.services.tasks import TaskState
from cabinet_desktop.ui.tasks import run_task
from cabinet_desktop.ui.workspace import Workspace
from cabinet_desktop.ui.write_path import run_write

if TYPE_CHECKING:
    from cabinet_desktop.ui.panes.list_pane import ListPane


class AttachmentsController(QObject):
    """Attachments of the dossiers pane's current dossier."""

    def __init__(self, window: QMainWindow, workspace: Workspace) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self._viewing: str | None = None  # the private folder of opened copies
        self.opened: list[Path] = []  # copies handed to the system's viewer (tests read it)

    def attach(self, pane: ListPane) -> None:
        """Wire the dossiers pane: its detail panel's links and files dropped on it."""
        pane.accept_files()
        pane.files_dropped.connect(lambda paths: self.join(pane.current_record_id(), paths))
        pane.attachment_requested.connect(self._requested)
        pane.new_requested.connect(lambda kind, dossier_id: self.choose_and_join(dossier_id)
                                   if kind == "attachment" else None)

    def _requested(self, action: str, attachment_id: int, version: int) -> None:
        if action == "open":
            self.open(attachment_id)
        elif action == "save":
            self.save_as(attachment_id)
        elif action == "remove":
            self.remove(attachment_id, version)

    # ----------------------------------------------------------------- joining

    def choose_and_join(self, dossier_id: int | None) -> None:
        """« Joindre des fichiers » : pick files, then store them with the dossier."""
        if dossier_id is None:
            return
        paths, _filter = QFileDialog.getOpenFileNames(
            self.window, translate("Attachments", "Joindre des fichiers au dossier"))
        self.join(dossier_id, paths)

    def join(self, dossier_id: int | None, paths: Sequence[str]) -> None:
        """Store the files at ``paths`` with dossier ``dossier_id`` (all or none)."""
        if dossier_id is None or not paths:
            return
        from cabinet_desktop.services import dossiers  # loads with the first attachment

        files = [Path(p) for p in paths]

        def work(database: Any, actor: Any) -> ChangeSet:
            changes = ChangeSet()
            state = TaskState()
            for number, path in enumerate(files, start=1):
                state.report(translate("Attachments", "Pièce {n} sur {total} : {name}")
                             .format(n=number, total=len(files), name=path.name),
                             number, len(files))
                try:
                    content = path.read_bytes()
                except OSError as error:
                    raise ValidationError(translate(
                        "Attachments", "« {name} » ne peut pas être lu : {reason}.").format(
                            name=path.name, reason=error.strerror or error)) from None
                changes = changes | dossiers.attach(database, actor, dossier_id, path.name,
                                                    content).changes
            return changes

        run_write(self.workspace, self.window,
                  translate("Attachments", "Ajout de pièces jointes…"), work)

    # ----------------------------------------------------------------- reading

    def _content(self, attachment_id: int, done: Any) -> None:
        from cabinet_desktop.services import dossiers  # loads with the first attachment

        database, actor = self.workspace.database, self.workspace.actor

        def failed(error: BaseException) -> None:
            if not isinstance(error, CabinetError):
                raise error
            QMessageBox.warning(self.window, translate("Attachments", "Pièce jointe"),
                                error.message)

        run_task(self.window, translate("Attachments", "Lecture de la pièce jointe…"),
                 lambda _state: dossiers.attachment_file(database, actor, attachment_id),
                 lambda result: done(*result), failed, cancellable=False)

    def open(self, attachment_id: int) -> None:
        """Open the attachment with the system's viewer, from a private copy."""
        def show(name: str, content: bytes) -> None:
            if self._viewing is None:
                self._viewing = tempfile.mkdtemp(prefix="cabinet-pieces-")  # 0700
                folder = self._viewing
                self.destroyed.connect(lambda *_args: shutil.rmtree(folder,
                                                                    ignore_errors=True))
            path = Path(self._viewing) / f"{attachment_id}-{name}"
            path.write_bytes(content)
            os.chmod(path, 0o600)
            self.opened.append(path)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self._content(attachment_id, show)

    def save_as(self, attachment_id: int) -> None:
        """Write the attachment where the user chooses."""
        def write(name: str, content: bytes) -> None:
            target, _filter = QFileDialog.getSaveFileName(
                self.window, translate("Attachments", "Enregistrer la pièce jointe sous"),
                name)
            if not target:
                return
            try:
                Path(target).write_bytes(content)
            except OSError as error:
                QMessageBox.warning(self.window, translate("Attachments", "Pièce jointe"),
                                    translate("Attachments", "« {path} » ne peut pas être "
                                                             "écrit : {reason}.").format(
                                        path=target, reason=error.strerror or error))

        self._content(attachment_id, write)

    def remove(self, attachment_id: int, version: int) -> None:
        """Remove the attachment from its dossier (the journal keeps its name and digest)."""
        answer = QMessageBox.question(
            self.window, translate("Attachments", "Retirer la pièce jointe"),
            translate("Attachments", "Retirer cette pièce jointe du dossier ? Le journal garde "
                                     "son nom et son empreinte."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        from cabinet_desktop.services import dossiers  # loads with the first attachment

        run_write(self.workspace, self.window,
                  translate("Attachments", "Retirer la pièce jointe"),
                  lambda database, actor: dossiers.remove_attachment(database, actor,
                                                                     attachment_id, version))
