"""The Designer-laid forms (dossier, mission, agreement, indicator), validation at the field,
« Nouvelle mission de suivi », the account's person picker and undo through the services —
driven as a user does: typing, Tab, Alt+letter, saving, Ctrl+Z / Ctrl+Y."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QWidget,
)

from cabinet_desktop.domain.enums import Role
from cabinet_desktop.services import accounts, listing, records
from cabinet_desktop.services.actor import system_actor
from cabinet_desktop.services.listing import ListQuery
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.dialogs.form_fields import ChoiceField, LinksField, ReferenceField
from cabinet_desktop.ui.dialogs.form_layouts import DESIGNED
from cabinet_desktop.ui.dialogs.record_form import RecordForm, read_form_data
from cabinet_desktop.ui.dialogs.user_dialog import UserDialog
from cabinet_desktop.ui.shell.main_window import MainWindow
from cabinet_desktop.ui.workspace import Workspace
from tests.ui_support import (
    DIRECTOR,
    TODAY,
    fill_cabinet,
    ini_settings,
    shown_window,
    type_text,
)

pytestmark = pytest.mark.gui
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"
SECTIONS = {"dossier": ["Identification", "Circuit", "Contenu"],
            "mission": ["Identification", "Suivi", "Contenu", "Liens"],
            "agreement": ["Identification", "Dates", "Montants"],
            "indicator": ["Identification", "Référence et source", "Cibles annuelles"]}


@pytest.fixture(autouse=True)
def leave_without_saving(monkeypatch: Any) -> None:
    """A form left modified at the end of a test closes without its question."""
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args, **_kwargs: QMessageBox.StandardButton.Discard)


@pytest.fixture
def cabinet_db(sqlite_database: Database) -> Database:
    fill_cabinet(sqlite_database, system_actor("tests"))
    return sqlite_database


@pytest.fixture
def window(qtbot: Any, cabinet_db: Database, tmp_path: Path) -> MainWindow:
    return shown_window(qtbot, cabinet_db, ini_settings(tmp_path))


def _form(qtbot: Any, database: Database, kind: str, record_id: int | None = None,
          parent_id: int | None = None) -> RecordForm:
    workspace = Workspace(database, DIRECTOR)
    form = RecordForm(workspace, read_form_data(workspace, kind, record_id),
                      parent_id=parent_id)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return form


def _opened(qtbot: Any, window: MainWindow) -> RecordForm:
    qtbot.waitUntil(lambda: bool(window.editing.forms))
    form = window.editing.forms[-1]
    qtbot.waitExposed(form)
    return form


def _type(form: RecordForm, name: str, text: str) -> None:
    widget = form.widgets[name].focus_widget()
    widget.setFocus()
    if hasattr(widget, "selectAll"):
        widget.selectAll()
    type_text(widget, text)


def _save(qtbot: Any, form: RecordForm) -> None:
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def _pick(field: Any, starting: str) -> None:
    """Type the start of a choice in a type-to-search picker, then take the proposal."""
    assert isinstance(field, ReferenceField)
    line = field.combo.lineEdit()
    line.setFocus()
    type_text(line, starting)
    index = next(n for n in range(field.combo.count())
                 if field.combo.itemText(n).startswith(starting))
    field.combo.setCurrentIndex(index)


def _partner_id(database: Database) -> int:
    return listing.page(database, DIRECTOR, "partner", ListQuery()).rows[0].id


# --------------------------------------------------------------------------- Designer layouts


@pytest.mark.parametrize("kind", sorted(DESIGNED))
def test_designed_form_sections_tab_order_and_mnemonics(qtbot: Any, cabinet_db: Database,
                                                       kind: str) -> None:
    parent = _partner_id(cabinet_db) if kind == "agreement" else None
    form = _form(qtbot, cabinet_db, kind, parent_id=parent)
    boxes = [b.title() for b in form.findChildren(QGroupBox) if b.isVisible()]
    assert boxes == SECTIONS[kind]
    assert form.width() <= 1366 and form.height() <= 740
    assert not form.scroll_area.verticalScrollBar().isVisible()  # everything at once
    # every field sits in its Designer placeholder, under its section
    for name, widget in form.widgets.items():
        slot = form.findChild(QWidget, f"slot_{name}")
        assert slot is not None and slot.isAncestorOf(widget), name
    # Tab goes from field to field in the layout's order (shown ones)
    shown = [n for n in form.tab_order if form.widgets[n].isVisible()]
    stops = [w for n in shown for w in form.widgets[n].tab_widgets()]
    assert QApplication.focusWidget() is stops[0]
    panel = [w for w in form.targets.tab_widgets() if w.isEnabled()] if form.targets else []
    for expected in stops[1:] + panel:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.buttons.button(
        QDialogButtonBox.StandardButton.Save)
    # mnemonics: one letter each, none taken twice, Alt+letter reaches the field
    letters: dict[str, QLabel] = {}
    for label in form.findChildren(QLabel):
        found = re.search(r"&([^&\s])", label.text())
        if found and label.isVisible():
            letter = found.group(1).lower()
            assert letter not in letters, f"Alt+{letter}: {letters[letter].text()} / " \
                                          f"{label.text()}"
            assert letter != "e"  # &Enregistrer
            letters[letter] = label
    assert len(letters) == len(shown)
    for letter, label in letters.items():
        qtbot.keyClick(form, getattr(Qt.Key, f"Key_{letter.upper()}"),
                       Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is label.buddy(), label.text()
    required = [n for n, w in form.widgets.items() if w.spec.required]
    assert all(form.labels[n].text().endswith("* :") for n in required)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    form.grab().save(str(ARTIFACTS / f"designed_{kind}.png"))


def test_a_mission_typed_in_its_designed_form_is_saved(qtbot: Any, cabinet_db: Database
                                                      ) -> None:
    form = _form(qtbot, cabinet_db, "mission")
    _type(form, "title", "Organiser la revue à mi-parcours")
    _pick(form.widgets["attribution_id"], "A02")
    _pick(form.widgets["assignee_id"], "Awa")
    _type(form, "start_date", "05/01/2027")
    _type(form, "due_date", "04/01/2027")
    _save(qtbot, form)  # the services' own check, at once, under the field
    assert form.field_errors["due_date"].isVisible()
    assert "ne peut précéder « Date de début »" in form.field_errors["due_date"].text()
    assert QApplication.focusWidget() is form.widgets["due_date"].focus_widget()
    _type(form, "due_date", "31/03/2027")
    assert not form.field_errors["due_date"].isVisible()
    _type(form, "progress", "150")
    _save(qtbot, form)
    assert "entre 0 et 100" in form.field_errors["progress"].text()
    _type(form, "progress", "35")
    reason = form.widgets["status_reason"]
    assert not reason.isVisible()  # a reason only for a mission on hold or cancelled
    status = form.widgets["status"]
    assert isinstance(status, ChoiceField)
    status.combo.setCurrentIndex(status.combo.findData("on_hold"))
    assert reason.isVisible() and form.labels["status_reason"].isVisible()
    status.combo.setCurrentIndex(status.combo.findData("in_progress"))
    assert not reason.isVisible()
    _save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())
    saved = form.result.record
    assert saved["title"] == "Organiser la revue à mi-parcours" and saved["progress"] == 35


# --------------------------------------------------------------------------- amounts, currency


def test_an_agreement_in_euros_needs_the_rate_of_the_date(qtbot: Any,
                                                          cabinet_db: Database) -> None:
    partner = _partner_id(cabinet_db)
    form = _form(qtbot, cabinet_db, "agreement", parent_id=partner)
    rate, rate_date = form.widgets["exchange_rate"], form.widgets["rate_date"]
    currency = form.widgets["currency"]
    assert isinstance(currency, ChoiceField) and currency.combo.currentText() == "FCFA"
    assert not rate.isVisible() and not rate_date.isVisible()  # FCFA: no rate
    _type(form, "title", "Appui budgétaire sectoriel")
    _type(form, "amount_committed", "-5")
    _save(qtbot, form)
    assert "négatif" in form.field_errors["amount_committed"].text()
    _type(form, "amount_committed", "1 234 567,50")
    currency.combo.setCurrentIndex(currency.combo.findText("Euro"))
    assert rate.isVisible() and rate_date.isVisible()
    assert form.labels["exchange_rate"].isVisible()
    _save(qtbot, form)
    assert "taux du jour" in form.field_errors["exchange_rate"].text()
    _type(form, "exchange_rate", "655,957")
    _save(qtbot, form)
    assert "date du taux est obligatoire" in form.field_errors["rate_date"].text()
    _type(form, "rate_date", "02/01/2027")
    _save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())
    saved = form.result.record
    assert saved["amount_committed"] == Decimal("1234567.50")
    assert saved["exchange_rate"] == Decimal("655.957")


def test_a_measurement_of_the_wrong_period_is_refused_at_the_field(
        qtbot: Any, cabinet_db: Database) -> None:
    indicator = next(r for r in listing.page(cabinet_db, DIRECTOR, "indicator",
                                             ListQuery()).rows
                     if r["name"].startswith("Taux d'exécution"))  # quarterly
    form = _form(qtbot, cabinet_db, "measurement", parent_id=indicator.id)
    _type(form, "period", "2026-07")
    _type(form, "value", "70")
    _save(qtbot, form)  # checked by the service, which reads the indicator
    qtbot.waitUntil(lambda: form.field_errors["period"].isVisible())
    assert "trimestrielle" in form.field_errors["period"].text()
    assert "2026-T3" in form.field_errors["period"].text()
    _type(form, "period", "2020-T4")
    _save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())


# --------------------------------------------------------------------------- follow-up mission


def test_a_follow_up_mission_from_a_dossier_is_prefilled_and_linked(
        qtbot: Any, window: MainWindow, cabinet_db: Database) -> None:
    pane = window.show_pane("dossier")
    dossier = next(r for r in listing.page(cabinet_db, DIRECTOR, "dossier", ListQuery()).rows
                   if r["object"].startswith("Zone économique"))
    assert pane.select_id(dossier.id)
    window.editing.update_actions()
    assert window.editing.follow_up_action.isEnabled()
    window.editing.follow_up_action.trigger()
    form = _opened(qtbot, window)
    assert form.windowTitle() == f"Nouvelle mission de suivi de {dossier.reference}"
    title = form.widgets["title"].value()
    assert title == f"Suivi du dossier {dossier.reference} : {dossier['object']}"
    assert form.widgets["assignee_id"].value() == dossier["instructor_id"]
    assert form.widgets["due_date"].value() == dossier["avis_due_date"].strftime("%d/%m/%Y")
    links = form.widgets["dossier_ids"]
    assert isinstance(links, LinksField) and links.value() == [dossier.id]
    _pick(form.widgets["attribution_id"], "A05")
    _save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())
    mission = form.result.record
    assert mission["dossier_ids"] == (dossier.id,)
    detail = listing.detail(cabinet_db, DIRECTOR, "dossier", dossier.id)
    assert [m["id"] for m in detail.related["missions"]] == [mission.id]


# --------------------------------------------------------------------------- undo, redo


def test_a_creation_is_undone_and_redone_through_the_services(
        qtbot: Any, window: MainWindow, cabinet_db: Database) -> None:
    window.show_pane("mission")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = _opened(qtbot, window)
    _type(form, "title", "Mission saisie par erreur")
    _pick(form.widgets["attribution_id"], "A01")
    _save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())
    created = form.result.record
    undo, redo = window.editing.undo_action, window.editing.redo_action
    assert undo.text().replace("&", "") == f"Annuler : création de {created.reference}"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: records.get(cabinet_db, DIRECTOR, "mission", created.id)
                    ["archived"] is True)
    qtbot.waitUntil(redo.isEnabled)
    assert redo.text().replace("&", "") == f"Rétablir : création de {created.reference}"
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: records.get(cabinet_db, DIRECTOR, "mission", created.id)
                    ["archived"] is False)
    entries = listing.page(cabinet_db, DIRECTOR, "audit", ListQuery(limit=20)).rows
    actions = [str(e["action"]) for e in entries if e["reference"] == created.reference]
    assert any(a.endswith("archive") for a in actions)
    assert any(a.endswith("restore") for a in actions)


# --------------------------------------------------------------------------- accounts


def test_an_account_is_given_to_a_person_chosen_by_typing(qtbot: Any,
                                                          cabinet_db: Database) -> None:
    actor = accounts.create_first_admin(cabinet_db, "admin", "Baobab sous la pluie 7",
                                        "Moussa Kaboré")
    dialog = UserDialog(Workspace(cabinet_db, actor))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    offered = [dialog.person.itemText(n) for n in range(dialog.person.count())]
    assert offered[0].startswith("— Nouvelle personne")
    assert offered[1:] == sorted(offered[1:], key=lambda t: t.split(" — ")[0].split()[-1])
    assert not any(t.startswith("Moussa Kaboré") for t in offered)  # he has an account
    type_text(dialog.login, "icompaore")
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() in (dialog.person, dialog.person.lineEdit())
    type_text(dialog.person.lineEdit(), "Issa")
    dialog.person.setCurrentIndex(dialog.person.findText("Issa Compaoré — Conseiller "
                                                         "technique"))
    assert not dialog.name.isVisible()  # the person's name, not a second person
    dialog.role.setCurrentIndex(dialog.role.findData(Role.ADVISER.value))
    type_text(dialog.password, "Karité en saison sèche 4")
    type_text(dialog.confirm, "Karité en saison sèche 4")
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.account is not None
    persons = [name for _i, name in listing.people(cabinet_db, DIRECTOR)]
    assert persons.count("Issa Compaoré") == 1
    issa = next(i for i, name in listing.people(cabinet_db, DIRECTOR)
                if name == "Issa Compaoré")
    assert dialog.saved.account.person_id == issa


def test_a_person_typed_but_not_chosen_is_refused(qtbot: Any, cabinet_db: Database) -> None:
    actor = accounts.create_first_admin(cabinet_db, "admin", "Baobab sous la pluie 7",
                                        "Moussa Kaboré")
    dialog = UserDialog(Workspace(cabinet_db, actor))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.login, "inconnu")
    dialog.person.lineEdit().setFocus()
    type_text(dialog.person.lineEdit(), "Personne inconnue")
    dialog.accept()
    assert dialog.error.isVisible() and "n'est pas dans la liste" in dialog.error.text()
    assert dialog.saved is None


def test_an_indicators_yearly_targets_are_added_from_its_form(qtbot: Any,
                                                              cabinet_db: Database) -> None:
    indicator = next(r for r in listing.page(cabinet_db, DIRECTOR, "indicator",
                                             ListQuery()).rows
                     if r["name"].startswith("Taux d'exécution"))
    form = _form(qtbot, cabinet_db, "indicator", indicator.id)
    panel = form.targets
    assert panel is not None and panel.table.rowCount() == 1  # this year's target
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(form.child_forms))
    target = form.child_forms[-1]
    qtbot.waitExposed(target)
    _type(target, "year", str(TODAY.year + 1))
    _type(target, "value", "95,5")
    _save(qtbot, target)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2)
    assert panel.table.item(1, 0).text() == str(TODAY.year + 1)
    assert panel.table.item(1, 1).text().startswith("95,5")
    # the same year twice is refused at the field
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(form.child_forms) == 1 and form.child_forms[-1] is not target)
    again = form.child_forms[-1]
    qtbot.waitExposed(again)
    _type(again, "year", str(TODAY.year))
    _type(again, "value", "80")
    _save(qtbot, again)
    qtbot.waitUntil(lambda: again.field_errors["year"].isVisible())
    assert "existe déjà" in again.field_errors["year"].text()
    assert panel.table.rowCount() == 2
    form.grab().save(str(ARTIFACTS / "designed_indicator_targets.png"))


def test_a_new_indicator_is_saved_before_its_targets(qtbot: Any, cabinet_db: Database) -> None:
    form = _form(qtbot, cabinet_db, "indicator")
    assert form.targets is not None
    assert not form.targets.add_button.isEnabled() and form.targets.note.isVisible()
