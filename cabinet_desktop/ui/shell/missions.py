"""Quick actions on missions: « Avancement et statut… » and « Nouvelle instruction du Ministre… ».

« Avancement et statut… » is in the Édition menu, the missions list's context menu and a button
of the mission's detail panel; its short dialog sets the status (à faire, en cours, en
attente, achevée with its completion date, annulée with its reason) and the progress, saved
through :func:`cabinet_desktop.services.missions.set_progress` on the write path, and undone
by « Annuler » like a form's save. « Nouvelle instruction du Ministre… » opens the mission
form with the origin, the instruction's date (today) and its authority filled in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.domain.enums import MissionStatus
from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.i18n import translate
from cabinet_desktop.services.missions import Progress, instruction_defaults, set_progress
from cabinet_desktop.services.permissions import Action, allowed
from cabinet_desktop.services.rows import Record
from cabinet_desktop.ui import icons
from cabinet_desktop.ui.shell.editing import EditingController
from cabinet_desktop.ui.workspace import Workspace
from cabinet_desktop.ui.write_path import run_write

_FIELDS = ("status", "progress", "completed_date", "status_reason")


class ProgressDialog(QDialog):
    """The mission's status, progress, completion date and reason, in one short dialog."""

    def __init__(self, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missionProgressDialog")
        self.record = record
        self.setWindowTitle(translate("Missions", "Avancement et statut — {reference}")
                            .replace("{reference}", record.reference or str(record.id)))
        layout = QVBoxLayout(self)
        title = QLabel(str(record.get("title") or ""))
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)
        form = QFormLayout()
        self.status = QComboBox()
        self.status.setObjectName("missionStatus")
        for status in MissionStatus:
            self.status.addItem(status.label, status)
        current = MissionStatus(record.get("status") or MissionStatus.TODO)
        self.status.setCurrentIndex(self.status.findData(current))
        self.progress = QSpinBox()
        self.progress.setObjectName("missionProgress")
        self.progress.setRange(0, 100)
        self.progress.setSingleStep(5)
        self.progress.setSuffix(" %")
        self.progress.setValue(int(record.get("progress") or 0))
        self.completed = QDateEdit()
        self.completed.setObjectName("missionCompleted")
        self.completed.setCalendarPopup(True)
        self.completed.setDisplayFormat("dd/MM/yyyy")
        done = record.get("completed_date") or dt.date.today()
        self.completed.setDate(QDate(done.year, done.month, done.day))
        self.completed.setMaximumDate(QDate.currentDate())
        self.reason = QLineEdit(str(record.get("status_reason") or ""))
        self.reason.setObjectName("missionReason")
        self.reason.setPlaceholderText(translate("Missions", "Obligatoire pour annuler"))
        form.addRow(translate("Missions", "Statut"), self.status)
        form.addRow(translate("Missions", "Avancement"), self.progress)
        self.completed_label = QLabel(translate("Missions", "Achevée le"))
        form.addRow(self.completed_label, self.completed)
        self.reason_label = QLabel(translate("Missions", "Motif"))
        form.addRow(self.reason_label, self.reason)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("missionProgressError")
        self.error.setStyleSheet(f"color: {icons.RED};")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Missions", "Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Missions", "Annuler"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        self.resize(460, self.sizeHint().height())

    def _status_changed(self) -> None:
        status = self.change().status
        done = status is MissionStatus.DONE
        self.completed.setVisible(done)
        self.completed_label.setVisible(done)
        reason = status in (MissionStatus.CANCELLED, MissionStatus.ON_HOLD)
        self.reason.setVisible(reason)
        self.reason_label.setVisible(reason)
        if done:
            self.progress.setValue(100)
        elif status is MissionStatus.IN_PROGRESS and self.progress.value() == 0:
            self.progress.setValue(10)

    def change(self) -> Progress:
        """What the dialog holds, as the service takes it."""
        day = self.completed.date()
        return Progress(MissionStatus(self.status.currentData()), self.progress.value(),
                        dt.date(day.year(), day.month(), day.day()), self.reason.text())

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class MissionActions(QObject):
    """The mission quick actions of one window."""

    def __init__(self, window: QMainWindow, workspace: Workspace, edit_menu: QMenu,
                 editing: EditingController, show_pane: Callable[[str], Any]) -> None:
        super().__init__(window)
        self.window, self.workspace, self.editing = window, workspace, editing
        self._show_pane = show_pane
        self.dialog: ProgressDialog | None = None
        self.progress_action = QAction(translate("Missions", "A&vancement et statut…"), window)
        self.progress_action.setObjectName("missionProgressAction")
        self.progress_action.setIcon(icons.icon("target"))
        self.progress_action.triggered.connect(lambda _checked=False: self.edit_progress())
        self.instruction_action = QAction(translate("Missions",
                                                    "Nouvelle &instruction du Ministre…"), window)
        self.instruction_action.setObjectName("newInstructionAction")
        self.instruction_action.triggered.connect(lambda _checked=False: self.new_instruction())
        edit_menu.addSeparator()
        edit_menu.addActions([self.progress_action, self.instruction_action])
        self.panes: list[Any] = []
        workspace.actor_changed.connect(lambda _actor: self.update_actions())
        self.update_actions()

    def attach(self, pane: Any) -> None:
        """Give the missions list the action: context menu and a detail panel button."""
        if pane.kind != "mission":
            return
        pane.view.addAction(self.progress_action)
        button = QPushButton(translate("Missions", "Avancement et statut…"))
        button.setObjectName("missionProgressButton")
        button.clicked.connect(lambda _checked=False: self.edit_progress())
        pane.add_detail_button(button)
        pane.selection_changed.connect(self.update_actions)
        self.panes.append(pane)
        self.update_actions()

    def _record(self) -> Record | None:
        pane = next((p for p in self.panes if p.isVisible()), None)
        return pane.current_record() if pane is not None else None

    def update_actions(self) -> None:
        may = allowed(self.workspace.actor, Action.UPDATE, "mission")
        self.progress_action.setEnabled(may and self._record() is not None)
        self.instruction_action.setEnabled(allowed(self.workspace.actor, Action.CREATE,
                                                   "mission"))

    def edit_progress(self) -> ProgressDialog | None:
        """Open the dialog for the selected mission."""
        record = self._record()
        if record is None or not self.progress_action.isEnabled():
            return None
        dialog = ProgressDialog(record, self.window)
        dialog.buttons.accepted.connect(lambda: self._save(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save(self, dialog: ProgressDialog) -> None:
        record, change = dialog.record, dialog.change()
        before = {name: record.get(name) for name in _FIELDS}
        before["status_reason"] = before["status_reason"] or ""  # not among the list's columns

        def saved(result: Any) -> None:
            after = {name: result.record.get(name) for name in _FIELDS}
            if any(before[name] != after[name] for name in before):
                self.editing.history.record_update(result)
                self.editing.update_actions()
            dialog.accept()

        def refused(error: CabinetError) -> None:
            dialog.show_error(error.message)

        run_write(self.workspace, dialog, translate("Missions", "Avancement et statut"),
                  lambda database, actor: set_progress(database, actor, record.id,
                                                       record.version, change),
                  saved, refused)

    def new_instruction(self) -> None:
        """The mission form, filled in as an instruction of the minister given today."""
        self._show_pane("mission")
        self.editing.new_record("mission", initial=instruction_defaults())
