"""The dossier circuit driven through the window, role by role, as each user does it: the
secretariat registers an incoming dossier, the DC imputes it, the imputed conseiller proposes
his avis, the DCA sends it back, the DC validates it amended, the secretariat transmits it,
records the minister's decision and closes it. Each role is offered only what it may do (menu,
context menu, detail buttons), and the services refuse the rest when called anyway."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from cabinet_desktop.domain.enums import CircuitStep, Classification, DossierState, Role
from cabinet_desktop.domain.errors import PermissionDenied
from cabinet_desktop.services import circuit, records
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.dialogs.circuit_dialogs import StepDialog
from cabinet_desktop.ui.shell.main_window import MainWindow
from cabinet_desktop.ui.workspace import Workspace
from tests import factories
from tests.ui_support import type_text

pytestmark = pytest.mark.gui
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"
TODAY = dt.date.today()


@pytest.fixture
def team(sqlite_database: Database) -> dict[str, Actor]:
    db = sqlite_database
    return {
        "dc": factories.make_user(db, "dc", Role.DIRECTOR, first_name="Aminata"),
        "dca": factories.make_user(db, "dca", Role.DEPUTY_DIRECTOR, first_name="Paul",
                                   last_name="Zongo"),
        "ct": factories.make_user(db, "ct", Role.ADVISER, first_name="Moussa",
                                  last_name="Kaboré"),
        "ct2": factories.make_user(db, "ct2", Role.ADVISER, first_name="Issa",
                                   last_name="Compaoré"),
        "sec": factories.make_user(db, "sec", Role.SECRETARIAT, first_name="Mariam",
                                   last_name="Sawadogo"),
        "reader": factories.make_user(db, "lecteur", Role.READER, first_name="Luc",
                                      last_name="Bado"),
    }


def _window(qtbot: Any, database: Database, actor: Actor, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / f"{actor.login}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Workspace(database, actor), settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_pane("dossier")
    return window


def _select(qtbot: Any, window: MainWindow, reference: str) -> None:
    pane = window.list_pane("dossier")
    assert pane is not None
    qtbot.waitUntil(lambda: not pane.model.loading)
    record = records.get_by_reference(window.workspace.database, window.workspace.actor,
                                      "dossier", reference)
    pane.select_id(record.id)
    qtbot.waitUntil(lambda: pane.current_record_id() == record.id)
    qtbot.waitUntil(lambda: reference in pane.detail.toPlainText())


def _offered_buttons(window: MainWindow) -> set[CircuitStep]:
    return {step for step, button in window.circuit.buttons.items() if button.isVisible()}


def _enabled_in_menu(window: MainWindow) -> set[CircuitStep]:
    return {step for step, action in window.circuit.actions.items()
            if action.isEnabled() and step is not CircuitStep.REGISTER}


def _in_context_menu(window: MainWindow) -> set[CircuitStep]:
    pane = window.list_pane("dossier")
    assert pane is not None
    names = {a.objectName() for a in pane.view.actions() if a.isVisible()}
    return {step for step in CircuitStep if f"context_{step.value}" in names}


def _dialog(qtbot: Any, window: MainWindow, step: CircuitStep) -> StepDialog:
    qtbot.waitUntil(lambda: bool(window.circuit.dialogs))
    dialog = window.circuit.dialogs[-1]
    assert dialog.form.step is step
    qtbot.waitExposed(dialog)
    return dialog


def _type(dialog: StepDialog, name: str, text: str) -> None:
    widget = dialog.widgets[name].focus_widget()
    widget.setFocus()
    if hasattr(widget, "selectAll"):
        widget.selectAll()
    type_text(widget, text)


def _ok(qtbot: Any, dialog: StepDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def _done(qtbot: Any, window: MainWindow, dialog: StepDialog) -> None:
    """OK, the step saved, the dialog closed and the main window active again (its
    shortcuts work)."""
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog not in window.circuit.dialogs)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _shot(widget: Any, name: str) -> None:
    QApplication.processEvents()  # the layout as the user sees it (errors hidden since)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(ARTIFACTS / f"circuit_{name}.png"))


def _state(database: Database, reference: str) -> DossierState:
    from cabinet_desktop.services.actor import system_actor

    return records.get_by_reference(database, system_actor("tests"), "dossier",
                                    reference)["state"]


def test_the_whole_circuit_role_by_role(qtbot: Any, sqlite_database: Database,
                                        team: dict[str, Actor], tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    db = sqlite_database
    letter = tmp_path / "courrier du SG.pdf"
    letter.write_bytes(b"%PDF-1.4 courrier")

    # --- the secretariat registers the incoming dossier (Dossier menu's shortcut)
    window = _window(qtbot, db, team["sec"], tmp_path)
    assert window.circuit.actions[CircuitStep.REGISTER].isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    dialog = _dialog(qtbot, window, CircuitStep.REGISTER)
    assert dialog.widgets["received_date"].value() == TODAY.strftime("%d/%m/%Y")
    classification = dialog.widgets["classification"].focus_widget()
    assert classification.count() == 4  # every level up to the secretary's clearance
    _ok(qtbot, dialog)  # the object is required: said at the field, nothing saved
    assert dialog.field_errors["object"].isVisible() and dialog.isVisible()
    _type(dialog, "object", "Projet d'accord de siège avec l'UEMOA")
    _type(dialog, "origin_structure", "Direction générale de la coopération")
    classification.setCurrentIndex(classification.findText("Diffusion restreinte"))
    qtbot.mouseClick(dialog.widgets["sensitive"].focus_widget(), Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *_a, **_k: ([str(letter)], ""))
    qtbot.mouseClick(dialog.files_button, Qt.MouseButton.LeftButton)
    assert dialog.files is not None and dialog.files.count() == 1
    _shot(dialog, "register")
    _done(qtbot, window, dialog)
    pane = window.list_pane("dossier")
    assert pane is not None
    qtbot.waitUntil(lambda: "UEMOA" in pane.detail.toPlainText())
    reference = pane.current_record().reference  # type: ignore[union-attr]
    text = pane.detail.toPlainText()
    assert "Enregistrement" in text and "Mariam Sawadogo" in text
    assert "courrier du SG.pdf" in text and "DIFFUSION RESTREINTE" in text
    assert _offered_buttons(window) == set() and _enabled_in_menu(window) == set()
    with pytest.raises(PermissionDenied, match="Imputation"):  # refused anyway
        record = pane.current_record()
        assert record is not None
        circuit.impute(db, team["sec"], record.id, record.version, team["ct"].person_id,
                       TODAY + dt.timedelta(days=7))
    window.close()

    # --- the DC imputes it to Moussa Kaboré (button under the detail)
    window = _window(qtbot, db, team["dc"], tmp_path)
    _select(qtbot, window, reference)
    assert _offered_buttons(window) == {CircuitStep.IMPUTE, CircuitStep.FILE}
    assert _in_context_menu(window) == {CircuitStep.IMPUTE, CircuitStep.FILE}
    assert _enabled_in_menu(window) == {CircuitStep.IMPUTE, CircuitStep.FILE}
    _shot(window.list_pane("dossier"), "detail_dc_received")
    qtbot.mouseClick(window.circuit.buttons[CircuitStep.IMPUTE], Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, window, CircuitStep.IMPUTE)
    _ok(qtbot, dialog)
    assert dialog.field_errors["instructor_id"].isVisible()
    _type(dialog, "instructor_id", "Moussa Kaboré — Conseiller technique")
    _type(dialog, "avis_due_date", (TODAY - dt.timedelta(days=30)).strftime("%d/%m/%Y"))
    _type(dialog, "comment", "Vérifier la compatibilité avec le traité de l'UEMOA.")
    _ok(qtbot, dialog)  # a due date before reception: the service's refusal at the field
    qtbot.waitUntil(lambda: dialog.field_errors["avis_due_date"].isVisible())
    assert "Échéance" in dialog.field_errors["avis_due_date"].text()
    _type(dialog, "avis_due_date", (TODAY + dt.timedelta(days=10)).strftime("%d/%m/%Y"))
    _shot(dialog, "impute")
    _done(qtbot, window, dialog)
    qtbot.waitUntil(lambda: "Imputation" in window.list_pane("dossier").detail.toPlainText())
    assert _state(db, reference) is DossierState.UNDER_REVIEW
    window.close()

    # --- another conseiller is offered nothing; the imputed one proposes his avis
    window = _window(qtbot, db, team["ct2"], tmp_path)
    _select(qtbot, window, reference)
    assert _offered_buttons(window) == set() and _in_context_menu(window) == set()
    window.close()
    window = _window(qtbot, db, team["ct"], tmp_path)
    _select(qtbot, window, reference)
    assert _offered_buttons(window) == {CircuitStep.PROPOSE}
    assert not window.circuit.actions[CircuitStep.REGISTER].isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    dialog = _dialog(qtbot, window, CircuitStep.PROPOSE)
    kind = dialog.widgets["avis_kind"].focus_widget()
    kind.setCurrentIndex(kind.findText("Favorable avec réserves"))
    _type(dialog, "avis_text", "Favorable sous réserve de l'avis du ministère des Finances.")
    _shot(dialog, "propose")
    _done(qtbot, window, dialog)
    qtbot.waitUntil(lambda: _state(db, reference) is DossierState.AVIS_PROPOSED)
    window.close()

    # --- the DCA sends it back: the comment is required
    window = _window(qtbot, db, team["dca"], tmp_path)
    _select(qtbot, window, reference)
    assert _offered_buttons(window) == {CircuitStep.VALIDATE, CircuitStep.SEND_BACK,
                                        CircuitStep.FILE}
    _shot(window.list_pane("dossier"), "detail_dca_proposed")
    qtbot.mouseClick(window.circuit.buttons[CircuitStep.SEND_BACK], Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, window, CircuitStep.SEND_BACK)
    _ok(qtbot, dialog)
    assert dialog.field_errors["comment"].isVisible() and dialog.isVisible()
    _type(dialog, "comment", "Chiffrer l'incidence financière du siège.")
    _shot(dialog, "send_back")
    _done(qtbot, window, dialog)
    qtbot.waitUntil(lambda: _state(db, reference) is DossierState.UNDER_REVIEW)
    window.close()

    window = _window(qtbot, db, team["ct"], tmp_path)
    _select(qtbot, window, reference)
    qtbot.mouseClick(window.circuit.buttons[CircuitStep.PROPOSE], Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, window, CircuitStep.PROPOSE)
    assert "ministère des Finances" in dialog.widgets["avis_text"].value()  # to rework
    _type(dialog, "avis_text", "Favorable : incidence de 45 M FCFA par an, inscrite au budget.")
    _done(qtbot, window, dialog)
    qtbot.waitUntil(lambda: _state(db, reference) is DossierState.AVIS_PROPOSED)
    window.close()

    # --- the DC validates it, amended
    window = _window(qtbot, db, team["dc"], tmp_path)
    _select(qtbot, window, reference)
    qtbot.mouseClick(window.circuit.buttons[CircuitStep.VALIDATE], Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, window, CircuitStep.VALIDATE)
    kind = dialog.widgets["avis_kind"].focus_widget()
    kind.setCurrentIndex(kind.findText("Favorable"))
    _type(dialog, "avis_text", "Favorable : incidence de 45 M FCFA par an, inscrite en LFI.")
    _shot(dialog, "validate")
    _done(qtbot, window, dialog)
    qtbot.waitUntil(lambda: _state(db, reference) is DossierState.AVIS_VALIDATED)
    window.close()

    # --- the secretariat transmits, records the decision, closes
    window = _window(qtbot, db, team["sec"], tmp_path)
    _select(qtbot, window, reference)
    assert _offered_buttons(window) == {CircuitStep.TRANSMIT}
    qtbot.mouseClick(window.circuit.buttons[CircuitStep.TRANSMIT], Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, window, CircuitStep.TRANSMIT)
    _shot(dialog, "transmit")
    _done(qtbot, window, dialog)
    qtbot.waitUntil(lambda: _offered_buttons(window) == {CircuitStep.DECIDE})
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    dialog = _dialog(qtbot, window, CircuitStep.DECIDE)
    assert dialog.widgets["minister_decision_date"].value() == TODAY.strftime("%d/%m/%Y")
    decision = dialog.widgets["minister_decision"].focus_widget()
    decision.setCurrentIndex(decision.findText("Accord"))
    _shot(dialog, "decide")
    _done(qtbot, window, dialog)
    qtbot.waitUntil(lambda: _offered_buttons(window) == {CircuitStep.DECIDE,
                                                         CircuitStep.CLOSE})
    qtbot.mouseClick(window.circuit.buttons[CircuitStep.CLOSE], Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, window, CircuitStep.CLOSE)
    _shot(dialog, "close")
    _done(qtbot, window, dialog)
    qtbot.waitUntil(lambda: _state(db, reference) is DossierState.CLOSED)
    pane = window.list_pane("dossier")
    qtbot.waitUntil(lambda: _offered_buttons(window) == set())
    text = pane.detail.toPlainText()  # type: ignore[union-attr]
    for seen in ("Enregistrement", "Imputation", "Renvoi pour reprise", "Avis validé",
                 "Transmission au Ministre", "Décision du Ministre", "Clôture",
                 "Chiffrer l'incidence financière du siège.", "Paul Zongo", "Moussa Kaboré",
                 "Versions de l'avis", "Accord, le " + TODAY.strftime("%d/%m/%Y")):
        assert seen in text, seen
    versions = circuit.avis_versions(db, team["dc"], pane.current_record_id())  # type: ignore[union-attr, arg-type]
    assert [(v["number"], v["user"]) for v in versions] == [(1, "ct"), (2, "ct"), (3, "dc")]
    _shot(pane, "detail_closed")
    bar = pane.detail.verticalScrollBar()  # type: ignore[union-attr]
    bar.setValue(bar.maximum() * 2 // 3)
    _shot(pane.detail, "detail_closed_history")  # type: ignore[union-attr]


def test_a_step_not_offered_is_refused_by_the_service(qtbot: Any, sqlite_database: Database,
                                                      team: dict[str, Actor],
                                                      tmp_path: Path) -> None:
    """A conseiller given « Valider l'avis » anyway (a dialog opened past the offer) meets the
    service's refusal in the dialog; the dossier is unchanged."""
    db = sqlite_database
    d = circuit.register(db, team["sec"], {"object": "Projet de loi de finances rectificative",
                                           "received_date": TODAY}).saved
    d = circuit.impute(db, team["dc"], d.id, d.version, team["ct"].person_id,
                       TODAY + dt.timedelta(days=5)).saved
    d = circuit.propose_avis(db, team["ct"], d.id, d.version, "favorable", "Favorable.").saved
    window = _window(qtbot, db, team["ct"], tmp_path)
    _select(qtbot, window, d.reference)
    assert CircuitStep.VALIDATE not in _offered_buttons(window)
    window.circuit.take(CircuitStep.VALIDATE)  # the controller itself does not open it
    assert window.circuit.dialogs == []
    dialog = window.circuit._open(CircuitStep.VALIDATE, d, {"avis_kind": "favorable",
                                                            "avis_text": "Favorable."}, {})
    qtbot.waitExposed(dialog)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "Conseiller technique" in dialog.error.text() and "Avis validé" in dialog.error.text()
    assert _state(db, d.reference) is DossierState.AVIS_PROPOSED
    dialog.reject()


def test_filing_without_action_from_the_context_menu_needs_its_motive(
        qtbot: Any, sqlite_database: Database, team: dict[str, Actor], tmp_path: Path) -> None:
    d = circuit.register(sqlite_database, team["sec"], {
        "object": "Demande d'audience du syndicat des transporteurs",
        "received_date": TODAY}).saved
    window = _window(qtbot, sqlite_database, team["dca"], tmp_path)
    _select(qtbot, window, d.reference)
    assert _in_context_menu(window) == {CircuitStep.IMPUTE, CircuitStep.FILE}
    window.circuit.context_actions[CircuitStep.FILE].trigger()  # chosen in the context menu
    dialog = _dialog(qtbot, window, CircuitStep.FILE)
    _ok(qtbot, dialog)
    assert dialog.field_errors["comment"].isVisible()
    assert _state(sqlite_database, d.reference) is DossierState.RECEIVED
    _type(dialog, "comment", "Relève du ministère des Transports : réorienté.")
    _shot(dialog, "file")
    _done(qtbot, window, dialog)
    qtbot.waitUntil(lambda: _state(sqlite_database, d.reference)
                    is DossierState.FILED_WITHOUT_ACTION)
    qtbot.waitUntil(lambda: "Classement sans suite" in window.list_pane("dossier")
                    .detail.toPlainText())
    assert _offered_buttons(window) == set() and _in_context_menu(window) == set()


@pytest.mark.parametrize("who", ["reader", "ct"])
def test_who_may_not_register_is_not_offered_it(qtbot: Any, sqlite_database: Database,
                                                team: dict[str, Actor], tmp_path: Path,
                                                who: str) -> None:
    window = _window(qtbot, sqlite_database, team[who], tmp_path)
    assert not window.circuit.actions[CircuitStep.REGISTER].isEnabled()
    # a reader has no part in the circuit: no Dossier menu at all
    assert window.circuit.menu.menuAction().isVisible() is (who == "ct")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert window.circuit.dialogs == []
    with pytest.raises(PermissionDenied):
        circuit.register(sqlite_database, team[who], {"object": "Courrier",
                                                      "received_date": TODAY})


def test_the_dossier_menu_sits_in_the_menu_bar_with_mnemonics(
        qtbot: Any, sqlite_database: Database, team: dict[str, Actor], tmp_path: Path) -> None:
    window = _window(qtbot, sqlite_database, team["dc"], tmp_path)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("D&ossier") == titles.index("&Outils") - 1
    texts = [a.text() for a in window.circuit.menu.actions() if not a.isSeparator()]
    assert all("&" in text for text in texts)
    keys = [t[t.index("&") + 1].lower() for t in texts]
    assert len(keys) == len(set(keys))  # each entry its own key
    assert window.circuit.actions[CircuitStep.REGISTER].isEnabled()


def test_new_in_the_dossiers_list_registers_an_incoming_dossier(
        qtbot: Any, sqlite_database: Database, team: dict[str, Actor], tmp_path: Path) -> None:
    """« Nouveau » (Ctrl+N) in the dossiers list is « Enregistrer un dossier entrant »: the
    dossier gets its first step; a conseiller, who does not register, is not offered it."""
    window = _window(qtbot, sqlite_database, team["sec"], tmp_path)
    window.editing.update_actions()
    assert window.editing.new_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot, window, CircuitStep.REGISTER)
    assert not window.editing.forms  # not the plain record form
    dialog.reject()

    adviser = _window(qtbot, sqlite_database, team["ct"], tmp_path)
    adviser.editing.update_actions()
    assert not adviser.editing.new_action.isEnabled()
    qtbot.keyClick(adviser, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert not adviser.circuit.dialogs and not adviser.editing.forms


def test_duplicating_a_dossier_registers_a_new_incoming_one(
        qtbot: Any, sqlite_database: Database, team: dict[str, Actor], tmp_path: Path) -> None:
    """« Dupliquer » (Ctrl+D) on a dossier opens « Enregistrer un dossier entrant » with its
    object, sender and classification, received today: the copy starts the circuit too."""
    registered = circuit.register(sqlite_database, team["sec"], {
        "object": "Projet de convention avec la BOAD", "origin_structure": "DGCOOP",
        "received_date": TODAY - dt.timedelta(days=3),
        "classification": Classification.RESTRICTED, "sensitive": False})
    window = _window(qtbot, sqlite_database, team["sec"], tmp_path)
    reference = str(registered.record.reference)
    _select(qtbot, window, reference)
    window.editing.update_actions()
    assert window.editing.duplicate_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot, window, CircuitStep.REGISTER)
    assert dialog.widgets["object"].value() == "Projet de convention avec la BOAD"
    assert dialog.widgets["origin_structure"].value() == "DGCOOP"
    assert dialog.widgets["received_date"].value() == TODAY.strftime("%d/%m/%Y")
    assert not window.editing.forms
    _done(qtbot, window, dialog)
    pane = window.list_pane("dossier")
    assert pane is not None
    qtbot.waitUntil(lambda: "Enregistrement" in pane.detail.toPlainText()
                    and reference not in pane.detail.toPlainText())
