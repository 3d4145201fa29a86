"""The indicators list's measurement actions: « Saisir une mesure… » (secretariat, conseillers,
DC, DCA) and « Valider les mesures provisoires… » (DC, DCA), in the list's context menu and,
for the first, behind the detail panel's « + saisir une mesure » link.

Each is offered only to the roles that may use it; the services refuse anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QPushButton, QWidget

from cabinet_desktop.i18n import translate
from cabinet_desktop.services.permissions import Action, allowed
from cabinet_desktop.ui import icons
from cabinet_desktop.ui.workspace import Workspace
from cabinet_desktop.ui.write_path import read_before_write

if TYPE_CHECKING:
    from cabinet_desktop.ui.dialogs.measurement_dialogs import MeasurementDialog, ValidationDialog
    from cabinet_desktop.ui.panes.list_pane import ListPane


class MeasurementsController(QObject):
    """Measurement entry and validation for the indicators pane."""

    def __init__(self, window: QMainWindow, workspace: Workspace) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.pane: ListPane | None = None
        self.dialog: MeasurementDialog | ValidationDialog | None = None  # the one open
        self.enter_action = QAction(translate("Measurements", "Saisir une &mesure…"), window)
        self.enter_action.setObjectName("enterMeasurementAction")
        self.enter_action.setIcon(icons.icon("point"))
        self.enter_action.triggered.connect(lambda _checked=False: self.enter())
        self.validate_action = QAction(
            translate("Measurements", "Valider les mesures &provisoires…"), window)
        self.validate_action.setObjectName("validateMeasurementsAction")
        self.validate_action.setIcon(icons.icon("circle-check"))
        self.validate_action.triggered.connect(lambda _checked=False: self.validate())
        workspace.actor_changed.connect(lambda _actor: self.update_actions())

    def attach(self, pane: ListPane) -> None:
        """Wire the indicators pane: its context menu and its detail panel's link."""
        self.pane = pane
        separator = QAction(pane.view)
        separator.setSeparator(True)
        pane.view.addActions([separator, self.enter_action, self.validate_action])
        # under the detail, for the DC and DCA: the same action as a button
        self.validate_button = QPushButton(self.validate_action.icon(),
                                           self.validate_action.text().replace("&", ""))
        self.validate_button.setObjectName("validateMeasurementsButton")
        self.validate_button.clicked.connect(self.validate_action.trigger)
        self.validate_action.enabledChanged.connect(self.validate_button.setVisible)
        self.validate_button.setVisible(self.validate_action.isEnabled())
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 4, 0, 0)
        line.addWidget(self.validate_button)
        line.addStretch(1)
        pane.add_detail_actions(row)
        pane.selection_changed.connect(self.update_actions)
        pane.new_requested.connect(lambda kind, indicator_id: self.enter(indicator_id)
                                   if kind == "measurement" else None)
        self.update_actions()

    def _indicator_id(self) -> int | None:
        return self.pane.current_record_id() if self.pane is not None else None

    def update_actions(self) -> None:
        """Offer each action to the roles that may use it, on a chosen indicator."""
        actor, chosen = self.workspace.actor, self._indicator_id() is not None
        self.enter_action.setEnabled(chosen and allowed(actor, Action.CREATE, "measurement"))
        self.validate_action.setEnabled(chosen
                                        and allowed(actor, Action.VALIDATE, "measurement"))

    def _read(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Read what a dialog needs: at once from a file, on a worker from a distant server."""
        read_before_write(self.workspace, self, self.window, work, done)

    def enter(self, indicator_id: int | None = None) -> None:
        """« Saisir une mesure » for ``indicator_id`` (default: the chosen indicator)."""
        from cabinet_desktop.services import indicators
        from cabinet_desktop.ui.dialogs.measurement_dialogs import MeasurementDialog

        chosen = indicator_id or self._indicator_id()
        if chosen is None:
            return
        database, actor = self.workspace.database, self.workspace.actor

        def opened(entry: indicators.MeasurementEntry) -> None:
            self.dialog = MeasurementDialog(self.workspace, entry, self.window)
            self.dialog.open()

        self._read(lambda: indicators.measurement_entry(database, actor, chosen), opened)

    def validate(self) -> None:
        """« Valider les mesures provisoires » of the chosen indicator (DC, DCA)."""
        from cabinet_desktop.services import indicators
        from cabinet_desktop.ui.dialogs.measurement_dialogs import ValidationDialog

        chosen = self._indicator_id()
        record = self.pane.current_record() if self.pane is not None else None
        if chosen is None:
            return
        database, actor = self.workspace.database, self.workspace.actor
        reference = str(record.get("reference") or "") if record is not None else ""

        def opened(pending: tuple[indicators.Provisional, ...]) -> None:
            self.dialog = ValidationDialog(self.workspace, reference, chosen, pending,
                                           self.window)
            self.dialog.open()

        self._read(lambda: indicators.provisional_measurements(database, actor, chosen),
                   opened)
