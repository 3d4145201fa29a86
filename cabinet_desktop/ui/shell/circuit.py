"""The dossier circuit from the window: the « Dossier » menu, the dossiers list's context menu
and the buttons under a dossier's detail.

The window owns one :class:`CircuitController`. Each action (Enregistrer un dossier entrant,
Imputer, Proposer l'avis, Renvoyer pour reprise, Valider l'avis, Transmettre au Ministre,
Enregistrer la décision du Ministre, Clore, Classer sans suite) opens its short dialog
(``ui.dialogs.circuit_dialogs``); only what the user's role may do on the selected dossier in
its state is enabled in the menu, listed in the context menu and shown as a button
(``services.circuit.offered``); the services refuse the rest anyway.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from cabinet_desktop.domain.enums import CircuitStep, Classification
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import circuit_offer
from cabinet_desktop.services.circuit_forms import REGISTERED_FIELDS, action_text, step_form
from cabinet_desktop.services.rows import Record
from cabinet_desktop.ui import icons
from cabinet_desktop.ui.workspace import Workspace
from cabinet_desktop.ui.write_path import Write, read_before_write

if TYPE_CHECKING:
    from cabinet_desktop.ui.dialogs.circuit_dialogs import StepDialog
    from cabinet_desktop.ui.panes.list_pane import ListPane

#: Shortcut and icon of each action, in the menu's order.
_ACTIONS: tuple[tuple[CircuitStep, str, str], ...] = (
    (CircuitStep.REGISTER, "Ctrl+Shift+E", "point"),
    (CircuitStep.IMPUTE, "Ctrl+Shift+I", "user"),
    (CircuitStep.PROPOSE, "Ctrl+Shift+P", "messages"),
    (CircuitStep.SEND_BACK, "Ctrl+Shift+R", "refresh"),
    (CircuitStep.VALIDATE, "Ctrl+Shift+V", "circle-check"),
    (CircuitStep.TRANSMIT, "Ctrl+Shift+T", "file-text"),
    (CircuitStep.DECIDE, "Ctrl+Shift+D", "target"),
    (CircuitStep.CLOSE, "Ctrl+Shift+L", "lock"),
    (CircuitStep.FILE, "Ctrl+Shift+S", "circle-x"),
)

#: the step the button row shows first (as the default button) when several are offered
_MAIN_STEPS = (CircuitStep.IMPUTE, CircuitStep.PROPOSE, CircuitStep.VALIDATE,
               CircuitStep.TRANSMIT, CircuitStep.DECIDE, CircuitStep.CLOSE)


def _menu_text(step: CircuitStep) -> str:
    texts = {
        CircuitStep.REGISTER: translate("Circuit", "&Enregistrer un dossier entrant…"),
        CircuitStep.IMPUTE: translate("Circuit", "&Imputer…"),
        CircuitStep.PROPOSE: translate("Circuit", "&Proposer l'avis…"),
        CircuitStep.SEND_BACK: translate("Circuit", "&Renvoyer pour reprise…"),
        CircuitStep.VALIDATE: translate("Circuit", "&Valider l'avis…"),
        CircuitStep.TRANSMIT: translate("Circuit", "&Transmettre au Ministre…"),
        CircuitStep.DECIDE: translate("Circuit", "Enregistrer la &décision du Ministre…"),
        CircuitStep.CLOSE: translate("Circuit", "C&lore le dossier…"),
        CircuitStep.FILE: translate("Circuit", "Classer &sans suite…"),
    }
    return texts[step]


def _button_text(step: CircuitStep) -> str:
    texts = {
        CircuitStep.IMPUTE: translate("Circuit", "Imputer…"),
        CircuitStep.PROPOSE: translate("Circuit", "Proposer l'avis…"),
        CircuitStep.SEND_BACK: translate("Circuit", "Renvoyer…"),
        CircuitStep.VALIDATE: translate("Circuit", "Valider l'avis…"),
        CircuitStep.TRANSMIT: translate("Circuit", "Transmettre…"),
        CircuitStep.DECIDE: translate("Circuit", "Décision…"),
        CircuitStep.CLOSE: translate("Circuit", "Clore…"),
        CircuitStep.FILE: translate("Circuit", "Classer sans suite…"),
    }
    return texts[step]


class CircuitController(QObject):
    """The circuit's actions on the dossiers pane's selected dossier."""

    def __init__(self, window: QMainWindow, workspace: Workspace, before: QMenu,
                 current_pane: Callable[[], ListPane | None],
                 show_pane: Callable[[str], Any]) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self._current_pane = current_pane
        self._show_pane = show_pane
        self.dialogs: list[StepDialog] = []  # open dialogs (kept alive until closed)
        self.pane: ListPane | None = None
        self.actions: dict[CircuitStep, QAction] = {}
        self.context_actions: dict[CircuitStep, QAction] = {}
        self.buttons: dict[CircuitStep, QPushButton] = {}
        self.menu = QMenu(translate("Circuit", "D&ossier"), window)
        self.menu.setObjectName("dossierMenu")
        window.menuBar().insertMenu(before.menuAction(), self.menu)
        for step, shortcut, icon in _ACTIONS:
            action = QAction(_menu_text(step), window)
            action.setObjectName(f"circuit_{step.value}")
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            if icon:
                action.setIcon(icons.icon(icon))
            action.triggered.connect(lambda _checked=False, s=step: self.take(s))
            window.addAction(action)
            self.menu.addAction(action)
            if step is CircuitStep.REGISTER:
                self.menu.addSeparator()
                continue
            twin = QAction(action_text(step) + "…", window)  # the context menu's entry
            twin.setObjectName(f"context_{step.value}")
            twin.setIcon(action.icon())
            twin.triggered.connect(lambda _checked=False, s=step: self.take(s))
            self.context_actions[step] = twin
            self.actions[step] = action
        self.actions[CircuitStep.REGISTER] = self.menu.actions()[0]
        self.menu.insertSeparator(self.actions[CircuitStep.FILE])
        workspace.actor_changed.connect(lambda _actor: self.update_actions())
        self.update_actions()

    # ----------------------------------------------------------------- the dossiers pane

    def attach(self, pane: ListPane) -> None:
        """Give the dossiers pane the circuit: context menu entries and the detail's buttons."""
        if pane.kind != "dossier":
            return
        self.pane = pane
        separator = QAction(pane.view)
        separator.setSeparator(True)
        pane.view.addActions([separator, *self.context_actions.values()])
        row = QWidget()
        row.setObjectName("circuitButtons")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 4, 0, 0)
        # the panel is some 400 pixels wide: a button says its action in a word, its tooltip
        # in full with the shortcut; the row never widens the panel
        row.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        for step in (*_MAIN_STEPS, CircuitStep.SEND_BACK, CircuitStep.FILE):
            button = QPushButton(_button_text(step))
            button.setObjectName(f"button_{step.value}")
            button.setIcon(self.actions[step].icon())
            keys = self.actions[step].shortcut().toString(
                QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{action_text(step)} ({keys})")
            button.clicked.connect(lambda _checked=False, s=step: self.take(s))
            button.hide()
            line.addWidget(button)
            self.buttons[step] = button
        line.addStretch(1)
        pane.add_detail_actions(row)
        pane.selection_changed.connect(self.update_actions)
        self.update_actions()

    def _dossier(self) -> Record | None:
        """The selected dossier when the dossiers list is the current pane."""
        pane = self._current_pane()
        if pane is None or pane.kind != "dossier":
            return None
        return pane.current_record()

    def offered(self) -> list[CircuitStep]:
        """The actions offered on the selected dossier (none without one)."""
        dossier = self._dossier()
        return circuit_offer.offered(self.workspace.actor, dossier) if dossier is not None else []

    def update_actions(self) -> None:
        """Enable, list and show only what the role may do on the selected dossier now."""
        offered = set(self.offered())
        actor = self.workspace.actor
        # the menu only for the roles the circuit has a part for (not the reader, nor the
        # administrator)
        self.menu.menuAction().setVisible(circuit_offer.takes_part(actor))
        self.actions[CircuitStep.REGISTER].setEnabled(circuit_offer.may_register(actor))
        for step, action in self.actions.items():
            if step is not CircuitStep.REGISTER:
                action.setEnabled(step in offered)
        for step, twin in self.context_actions.items():
            twin.setVisible(step in offered)
            twin.setEnabled(step in offered)
        shown = [s for s in self.buttons if s in offered]
        for step, button in self.buttons.items():
            button.setVisible(step in offered)
            button.setDefault(bool(shown) and step is shown[0] and step in _MAIN_STEPS)

    # ----------------------------------------------------------------- taking a step

    def may_register(self) -> bool:
        """Whether the user may register an incoming dossier (secrétariat, DC, DCA)."""
        return circuit_offer.may_register(self.workspace.actor)

    def register_new(self, like: Mapping[str, Any] | None = None) -> None:
        """« Enregistrer un dossier entrant »: also what « Nouveau » does in the dossiers list,
        and « Dupliquer » with ``like`` (the copied dossier's values, received today)."""
        if not circuit_offer.may_register(self.workspace.actor):
            return
        initial: dict[str, Any] = {name: value for name, value in (like or {}).items()
                                   if name in REGISTERED_FIELDS}
        initial.update({"received_date": dt.date.today(),
                        "classification": initial.get("classification")
                        or Classification.UNCLASSIFIED})
        self._open(CircuitStep.REGISTER, None, initial, {})

    def take(self, step: CircuitStep) -> None:
        """Open the dialog of ``step`` (on the selected dossier, read again as it is now)."""
        if step is CircuitStep.REGISTER:
            self.register_new()
            return
        dossier = self._dossier()
        if dossier is None or step not in self.offered():
            return
        workspace, dossier_id = self.workspace, dossier.id

        from cabinet_desktop.services import circuit, records  # load with the first step

        def read() -> tuple[Record, dict[str, Any]]:
            current = records.get(workspace.database, workspace.actor, "dossier", dossier_id)
            choices = ({"instructor_id": circuit.instructors(workspace.database,
                                                             workspace.actor)}
                       if step is CircuitStep.IMPUTE else {})
            return current, choices

        read_before_write(workspace, self, self.window, read,
                          lambda data: self._open(step, data[0], _initial(step, data[0]),
                                                  data[1]))

    def _open(self, step: CircuitStep, dossier: Record | None, initial: dict[str, Any],
              choices: dict[str, Any]) -> StepDialog:
        from cabinet_desktop.ui.dialogs.circuit_dialogs import StepDialog

        dialog = StepDialog(self.workspace, step_form(step), dossier,
                            lambda values, files: _write(step, dossier, values, files),
                            self.window, choices=choices, initial=initial,
                            with_files=step is CircuitStep.REGISTER)
        dialog.saved.connect(lambda result: self._saved(step, result))
        dialog.finished.connect(lambda _code: self.dialogs.remove(dialog)
                                if dialog in self.dialogs else None)
        self.dialogs.append(dialog)
        dialog.open()
        return dialog

    def _saved(self, step: CircuitStep, result: Any) -> None:
        record = getattr(result, "record", None)
        if record is None:
            return
        if step is CircuitStep.REGISTER:
            self._show_pane("dossier")
        pane = self._current_pane()
        if pane is not None and pane.kind == "dossier":
            pane.select_after_reload(record.id)
        self.window.statusBar().showMessage(
            translate("Circuit", "{reference} : {step} enregistré(e).").format(
                reference=record.reference, step=step.label.lower()), 8000)
        self.update_actions()


def _initial(step: CircuitStep, dossier: Record) -> dict[str, Any]:
    """What a step's dialog opens with: the avis to amend, today for a decision…"""
    if step in (CircuitStep.PROPOSE, CircuitStep.VALIDATE):
        return {"avis_kind": dossier.get("avis_kind"), "avis_text": dossier.get("avis_text")}
    if step is CircuitStep.IMPUTE:
        return {"instructor_id": dossier.get("instructor_id"),
                "avis_due_date": dossier.get("avis_due_date")}
    if step is CircuitStep.DECIDE:
        return {"minister_decision": dossier.get("minister_decision"),
                "minister_decision_date": dossier.get("minister_decision_date")
                or dt.date.today()}
    return {}


def _write(step: CircuitStep, dossier: Record | None, values: dict[str, Any],
           files: list[Path]) -> Write[Any]:
    """The service call taking ``step`` with the dialog's ``values`` (run on a worker)."""
    from cabinet_desktop.services import circuit  # loads with the first step

    if dossier is None:
        def register(database: Any, actor: Any) -> Any:
            joined = [(path.name, path.read_bytes()) for path in files]
            return circuit.register(database, actor, values, joined)
        return register
    dossier_id, version = dossier.id, dossier.version
    comment = values.get("comment") or ""
    calls: dict[CircuitStep, Callable[[Any, Any], Any]] = {
        CircuitStep.IMPUTE: lambda db, actor: circuit.impute(
            db, actor, dossier_id, version, values.get("instructor_id"),
            values.get("avis_due_date"), comment),
        CircuitStep.PROPOSE: lambda db, actor: circuit.propose_avis(
            db, actor, dossier_id, version, values.get("avis_kind"),
            values.get("avis_text") or "", comment),
        CircuitStep.SEND_BACK: lambda db, actor: circuit.send_back(
            db, actor, dossier_id, version, comment),
        CircuitStep.VALIDATE: lambda db, actor: circuit.validate_avis(
            db, actor, dossier_id, version, values.get("avis_kind"),
            values.get("avis_text") or "", comment),
        CircuitStep.TRANSMIT: lambda db, actor: circuit.transmit(
            db, actor, dossier_id, version, comment),
        CircuitStep.DECIDE: lambda db, actor: circuit.record_decision(
            db, actor, dossier_id, version, values.get("minister_decision"),
            values.get("minister_decision_date"), comment),
        CircuitStep.CLOSE: lambda db, actor: circuit.close(
            db, actor, dossier_id, version, comment),
        CircuitStep.FILE: lambda db, actor: circuit.file_without_action(
            db, actor, dossier_id, version, comment),
    }
    return calls[step]
