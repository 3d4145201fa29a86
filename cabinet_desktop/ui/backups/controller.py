"""The window's backup entries: what they offer, to whom, and the work they run off the GUI
thread (``ui.tasks``).

Fichier › « Sauvegarder… » and « Restaurer une sauvegarde… », Outils › « Sauvegardes… » are
shown to the roles that may use them (administrators); the services refuse the others anyway.
« Vérifier le journal d'audit » compares the journal with the anchors of the backups in the
backup folder. The automatic daily backup runs behind the window once it is open.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
)

from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.formatting import format_datetime, format_size
from cabinet_desktop.i18n import translate
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.permissions import Action, allowed
from cabinet_desktop.services.tasks import TaskState
from cabinet_desktop.ui.tasks import Task, run_in_background, run_task
from cabinet_desktop.ui.workspace import Workspace

#: Delay after the window opens before the automatic backup starts behind it.
AUTOMATIC_BACKUP_DELAY_MS = 3000
SUFFIX = ".cabinet-backup"


def _message(error: BaseException) -> str:
    if isinstance(error, CabinetError):
        return error.message
    if isinstance(error, OSError):
        return translate("Backups", "{file} : {reason}").format(
            file=error.filename or "", reason=error.strerror or str(error))
    return str(error)


class BackupController(QObject):
    """Backup, restore, backup settings, journal check, automatic backup for one window."""

    def __init__(self, window: QMainWindow, workspace: Workspace, file_menu: QMenu,
                 tools_menu: QMenu, before: QAction | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.backup_action = self._action(translate("Backups", "&Sauvegarder…"),
                                          "backupAction", self.backup)
        self.restore_action = self._action(translate("Backups", "&Restaurer une sauvegarde…"),
                                           "restoreAction", self.restore)
        self.settings_action = self._action(translate("Backups", "Sauve&gardes…"),
                                            "backupSettingsAction", self.open_settings)
        if before is None:
            file_menu.addActions([self.backup_action, self.restore_action])
        else:  # above « Quitter »
            file_menu.insertActions(before, [self.backup_action, self.restore_action])
            file_menu.insertSeparator(before)
        tools_menu.addAction(self.settings_action)
        self.last_dialog: QDialog | None = None  # the last result shown (tests, screenshots)
        self.automatic: Task | None = None
        self.offer_what_the_role_may_do(workspace.actor)
        workspace.actor_changed.connect(self.offer_what_the_role_may_do)

    def _action(self, text: str, name: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def offer_what_the_role_may_do(self, actor: Actor) -> None:
        """Show the backup entries to the roles that may use them."""
        for action, may in ((self.backup_action, allowed(actor, Action.CREATE, "backup")),
                            (self.restore_action, allowed(actor, Action.UPDATE, "backup")),
                            (self.settings_action, allowed(actor, Action.UPDATE, "backup"))):
            action.setVisible(may)
            action.setEnabled(may)

    def _status(self, text: str, milliseconds: int = 15000) -> None:
        self.window.statusBar().showMessage(text, milliseconds)

    def _fail(self, title: str, error: BaseException) -> None:
        from cabinet_desktop.services.tasks import Cancelled

        if isinstance(error, Cancelled):
            self._status(translate("Backups", "Opération annulée : rien n'a été écrit."))
            return
        box = QMessageBox(QMessageBox.Icon.Warning, title, _message(error),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("backupErrorBox")
        self.last_dialog = box
        box.open()

    # ----------------------------------------------------------------- backing up

    def backup(self) -> Task | None:
        """« Sauvegarder… »: choose a file, write and check the backup with progress."""
        from cabinet_desktop.services import backups

        database, actor = self.workspace.database, self.workspace.actor
        title = translate("Backups", "Sauvegarder la base")
        try:
            suggested = str(backups.suggested_backup_path(database))
        except (CabinetError, OSError):
            suggested = ""
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window, title, suggested,
            translate("Backups", "Sauvegardes Cabinet Desktop (*.cabinet-backup)"))
        if not chosen:
            return None
        path = Path(chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX)

        def work(state: TaskState) -> Any:
            return backups.make_backup(database, actor, path, state)

        return run_task(self.window, translate("Backups", "Sauvegarde en cours…"), work,
                        self._backed_up, lambda error: self._fail(title, error))

    def _backed_up(self, result: Any) -> None:
        size = result.path.stat().st_size if result.path.exists() else None
        text = translate(
            "Backups", "Sauvegarde faite et vérifiée.\n\nFichier : {file}\nTaille : {size}\n"
                       "Empreinte du journal (entrée n° {id}) :\n{hash}\n\nCette empreinte "
                       "permet de prouver plus tard que le journal n'a été ni coupé ni réécrit "
                       "(Outils › Vérifier le journal d'audit). Rangez le fichier hors de ce "
                       "poste.").format(file=str(result.path), size=format_size(size),
                                        id=result.manifest.journal_last_id,
                                        hash=result.manifest.journal_last_hash)
        box = QMessageBox(QMessageBox.Icon.Information, translate("Backups", "Sauvegarde"),
                          text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("backupDoneBox")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_dialog = box
        self._status(translate("Backups", "Sauvegarde écrite : {file}").format(
            file=result.path.name))
        box.open()

    # ----------------------------------------------------------------- restoring

    def restore(self) -> bool:
        """« Restaurer une sauvegarde… »: choose, preview, confirm, restore, then close.

        ``True`` when the base was replaced (the window then closes: the application must
        start again on the restored base).
        """
        from cabinet_desktop.services import backups
        from cabinet_desktop.store.locations import describe
        from cabinet_desktop.ui.backups.restore_dialog import RestorePreviewDialog
        from cabinet_desktop.ui.tasks import wait_for

        title = translate("Backups", "Restaurer une sauvegarde")
        database, actor = self.workspace.database, self.workspace.actor
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window, title, "",
            translate("Backups", "Sauvegardes Cabinet Desktop (*.cabinet-backup)"))
        if not chosen:
            return False
        path = Path(chosen)
        passphrase: str | None = None
        if database.cipher is not None:
            passphrase, given = QInputDialog.getText(
                self.window, title, translate("Backups", "Phrase secrète de la base chiffrée :"),
                QLineEdit.EchoMode.Password)
            if not given:
                return False
        try:
            manifest = wait_for(self.window, translate("Backups", "Lecture de la sauvegarde…"),
                                lambda _state: backups.inspect_backup(path, passphrase))
        except Exception as error:
            self._fail(title, error)
            return False
        target = describe(database.url)
        preview = RestorePreviewDialog(path, manifest, backups.labelled_counts(manifest),
                                       target, self.window)
        self.last_dialog = preview
        if preview.exec() != QDialog.DialogCode.Accepted:
            return False
        database.close()  # this window's connections: the swap needs the base free

        def work(state: TaskState) -> Any:
            return backups.restore_backup(path, database.url, actor, replace=True,
                                          passphrase=passphrase, state=state)

        try:
            result = wait_for(self.window, translate("Backups", "Restauration en cours…"), work,
                              cancellable=False)
        except Exception as error:
            self._fail(title, error)
            return False
        self._restored(result)
        return True

    def _restored(self, result: Any) -> None:
        aside = (translate("Backups", "L'ancienne base est gardée de côté : {path}.")
                 .format(path=str(result.kept_aside)) if result.kept_aside is not None else
                 translate("Backups", "L'ancienne base a été sauvegardée avant d'être "
                                      "remplacée."))
        text = translate(
            "Backups", "La sauvegarde du {date} a été restaurée dans « {target} ».\n\n{aside}\n\n"
                       "Cabinet Desktop doit redémarrer : la fenêtre va se fermer. Rouvrez-la "
                       "pour travailler sur la base restaurée.").format(
            date=format_datetime(result.manifest.created_at), target=result.target, aside=aside)
        box = QMessageBox(QMessageBox.Icon.Information, translate("Backups", "Restauration"),
                          text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("restoreDoneBox")
        self.last_dialog = box
        box.finished.connect(lambda _code: self.window.close())
        box.open()

    # ----------------------------------------------------------------- settings, journal

    def open_settings(self) -> QDialog:
        """« Sauvegardes… »: the backup folder and retention."""
        from cabinet_desktop.ui.backups.settings_dialog import BackupSettingsDialog

        dialog = BackupSettingsDialog(self.workspace, self.window)
        dialog.accepted.connect(lambda: self._status(
            translate("Backups", "Paramètres des sauvegardes enregistrés."), 5000))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def verify_journal(self) -> Task:
        """« Vérifier le journal d'audit »: the chain, and the backups' anchors in it."""
        from cabinet_desktop.services import backups
        from cabinet_desktop.services.audit import verify

        database = self.workspace.database

        def work(state: TaskState) -> Any:
            anchors = backups.backup_anchors(database)
            report = verify(database, [anchor.journal_hash for anchor in anchors], state)
            return report, anchors

        return run_task(self.window, translate("Backups", "Vérification du journal d'audit…"),
                        work, self._verified,
                        lambda error: self._fail(translate("Backups", "Journal d'audit"), error))

    def _verified(self, outcome: Any) -> None:
        from cabinet_desktop.ui.backups.journal_check import JournalCheckDialog

        report, anchors = outcome
        dialog = JournalCheckDialog(report, anchors, self.window)
        self.last_dialog = dialog
        dialog.open()

    # ----------------------------------------------------------------- automatic

    def start_automatic_backup(self, delay_ms: int = AUTOMATIC_BACKUP_DELAY_MS) -> None:
        """Make the day's automatic backup behind the window, if not done yet today."""
        QTimer.singleShot(delay_ms, self.automatic_backup)

    def automatic_backup(self) -> Task:
        from cabinet_desktop.services import backups

        database, actor = self.workspace.database, self.workspace.actor

        def work(state: TaskState) -> Any:
            return backups.backup_if_due(database, actor, state)

        self.automatic = run_in_background(work, self._automatic_done, self._automatic_failed,
                                           owner=self)
        return self.automatic

    def _automatic_done(self, result: Any) -> None:
        if result is None:
            return  # the day has its backup already
        size = result.path.stat().st_size if result.path.exists() else None
        self._status(translate("Backups", "Sauvegarde automatique du jour faite : {file} "
                                          "({size}).").format(file=str(result.path),
                                                              size=format_size(size)), 30000)

    def _automatic_failed(self, error: BaseException) -> None:
        text = translate(
            "Backups", "La sauvegarde automatique du jour n'a pas pu être faite.\n\n{reason}\n\n"
                       "Faites-en une à la main dès que possible (Fichier › Sauvegarder…). Le "
                       "dossier des sauvegardes se choisit dans Outils › Sauvegardes…").format(
            reason=_message(error))
        self._status(translate("Backups", "Sauvegarde automatique du jour : ÉCHEC (voir le "
                                          "message)."), 0)
        box = QMessageBox(QMessageBox.Icon.Warning,
                          translate("Backups", "Sauvegarde automatique"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("automaticBackupWarning")
        self.last_dialog = box
        box.open()
