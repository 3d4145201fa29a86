"""Editing from the window, driven as a user does: Nouveau, typing, Tab, pickers, saving,
refusals at the field, conflicts between two clients, undo and redo, unsaved changes, child
records from the detail panel, archiving."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from cabinet_desktop.domain.enums import Classification, Role
from cabinet_desktop.services import listing, records
from cabinet_desktop.services.actor import Actor, system_actor
from cabinet_desktop.services.listing import ListQuery
from cabinet_desktop.store.database import Database, open_database
from cabinet_desktop.ui.dialogs.form_fields import (
    DateField,
    LinksField,
    ReferenceField,
    TextField,
)
from cabinet_desktop.ui.dialogs.record_form import RecordForm
from cabinet_desktop.ui.shell.main_window import MainWindow
from tests.ui_support import DIRECTOR, fill_cabinet, ini_settings, shown_window, type_text

pytestmark = pytest.mark.gui
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"


@pytest.fixture
def cabinet_db(sqlite_database: Database) -> Database:
    fill_cabinet(sqlite_database, system_actor("tests"))
    return sqlite_database


@pytest.fixture
def window(qtbot: Any, cabinet_db: Database, tmp_path: Path) -> MainWindow:
    return shown_window(qtbot, cabinet_db, ini_settings(tmp_path))


def _open_form(qtbot: Any, window: MainWindow) -> RecordForm:
    qtbot.waitUntil(lambda: bool(window.editing.forms))
    form = window.editing.forms[-1]
    qtbot.waitExposed(form)
    return form


def _type(qtbot: Any, form: RecordForm, name: str, text: str) -> None:
    widget = form.widgets[name].focus_widget()
    widget.setFocus()
    if hasattr(widget, "selectAll"):
        widget.selectAll()
    type_text(widget, text)


def _back_to(qtbot: Any, window: MainWindow) -> None:
    """The form closed: the main window is active again (its shortcuts work)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _save(qtbot: Any, form: RecordForm) -> None:
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def _missions(database: Database) -> dict[str, Any]:
    page = listing.page(database, DIRECTOR, "mission", ListQuery(include_archived=True,
                                                                 limit=500))
    return {row["title"]: row for row in page.rows}


def test_a_new_mission_typed_as_a_user_does(qtbot: Any, window: MainWindow,
                                            cabinet_db: Database) -> None:
    pane = window.show_pane("mission")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = _open_form(qtbot, window)
    assert form.windowTitle() == "Nouveau : mission"
    _type(qtbot, form, "title", "Préparer la revue annuelle des conventions")
    attribution = form.widgets["attribution_id"]
    assert isinstance(attribution, ReferenceField)
    type_text(attribution.combo.lineEdit(), "A03")  # type-to-search, never an id
    attribution.combo.setCurrentIndex(attribution.combo.findText(
        next(attribution.combo.itemText(n) for n in range(attribution.combo.count())
             if attribution.combo.itemText(n).startswith("A03"))))
    origin = form.widgets["origin"]
    origin.set_value("minister_instruction")
    assignee = form.widgets["assignee_id"]
    assert isinstance(assignee, ReferenceField)
    assignee.combo.setCurrentIndex(assignee.combo.findText("Issa Compaoré"))
    due = form.widgets["due_date"]
    assert isinstance(due, DateField)
    _type(qtbot, form, "start_date", "01/12/2026")
    _type(qtbot, form, "due_date", "31/12/2026")
    _type(qtbot, form, "progress", "10")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    form.grab().save(str(ARTIFACTS / "form_mission_new.png"))
    _save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())
    saved = _missions(cabinet_db)["Préparer la revue annuelle des conventions"]
    assert saved["reference"].startswith("MIS-2026-")
    qtbot.waitUntil(lambda: (current := pane.current_record()) is not None
                    and current.id == saved.id)  # the list shows it, selected
    assert "Préparer la revue annuelle" in pane.detail.toPlainText()
    assert window.editing.undo_action.text().replace("&", "") == (
        f"Annuler : création de {saved['reference']}")


def test_refusals_show_at_the_field_and_nothing_is_saved(qtbot: Any, window: MainWindow,
                                                         cabinet_db: Database) -> None:
    pane = window.show_pane("mission")
    before = len(_missions(cabinet_db))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = _open_form(qtbot, window)
    _save(qtbot, form)  # nothing typed: the first required field is named
    assert form.field_errors["title"].isVisible()
    assert "obligatoire" in form.field_errors["title"].text()
    _type(qtbot, form, "title", "Mission aux dates inversées")
    form.widgets["attribution_id"].set_value(1)
    form.widgets["origin"].set_value("cabinet_initiative")
    _type(qtbot, form, "start_date", "20/12/2026")
    _type(qtbot, form, "due_date", "01/12/2026")
    _save(qtbot, form)
    qtbot.waitUntil(lambda: form.field_errors["due_date"].isVisible())
    assert "ne peut précéder" in form.field_errors["due_date"].text()
    assert form.isVisible()
    _type(qtbot, form, "due_date", "31/12/2026")
    assert not form.field_errors["due_date"].isVisible()  # typing clears the error
    _type(qtbot, form, "progress", "150")
    _save(qtbot, form)
    qtbot.waitUntil(lambda: form.field_errors["progress"].isVisible())
    assert "entre 0 et 100" in form.field_errors["progress"].text()
    assignee = form.widgets["assignee_id"]
    assert isinstance(assignee, ReferenceField)
    assignee.combo.setEditText("Personne inconnue")
    _type(qtbot, form, "progress", "50")
    _save(qtbot, form)
    assert "n'est pas dans la liste" in form.field_errors["assignee_id"].text()
    assert len(_missions(cabinet_db)) == before  # nothing half-saved
    del pane


def test_changing_a_mission_then_undo_and_redo(qtbot: Any, window: MainWindow,
                                               cabinet_db: Database) -> None:
    pane = window.show_pane("mission")
    target = _missions(cabinet_db)["Suivre la réforme de la fiscalité locale"]
    assert pane.select_id(target.id)
    qtbot.keyClick(pane.view, Qt.Key.Key_F2)
    form = _open_form(qtbot, window)
    assert form.windowTitle() == f"Mission {target['reference']}"
    title = form.widgets["title"]
    assert isinstance(title, TextField) and title.value() == target["title"]
    _type(qtbot, form, "title", "Suivre la réforme de la fiscalité locale et régionale")
    _save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())
    changed = records.get(cabinet_db, DIRECTOR, "mission", target.id)
    assert changed["title"].endswith("et régionale")
    qtbot.waitUntil(lambda: "et régionale" in pane.detail.toPlainText())
    label = f"modification de {target['reference']}"
    assert window.editing.undo_action.text().replace("&", "") == f"Annuler : {label}"

    _back_to(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: records.get(cabinet_db, DIRECTOR, "mission", target.id)["title"]
                    == target["title"])
    qtbot.waitUntil(lambda: window.editing.redo_action.isEnabled())
    assert window.editing.redo_action.text().replace("&", "") == f"Rétablir : {label}"
    _back_to(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: records.get(cabinet_db, DIRECTOR, "mission", target.id)["title"]
                    .endswith("et régionale"))
    # the journal holds the edit, its undo and its redo
    entries = listing.page(cabinet_db, DIRECTOR, "audit", ListQuery(limit=50)).rows
    updates = [e for e in entries if e["reference"] == target["reference"]
               and str(e["action"]).endswith("update")]
    assert len(updates) >= 3


def test_undo_over_someone_elses_later_save_is_a_conflict(
        qtbot: Any, window: MainWindow, cabinet_db: Database, monkeypatch: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text: shown.append(text))
    pane = window.show_pane("mission")
    target = _missions(cabinet_db)["Rapport annuel de performance 2025"]
    pane.select_id(target.id)
    qtbot.keyClick(pane.view, Qt.Key.Key_F2)
    form = _open_form(qtbot, window)
    _type(qtbot, form, "title", "Rapport annuel de performance 2025 (version finale)")
    _save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())
    other = open_database(str(cabinet_db.url.database), create=False)  # a second client
    try:
        mine = records.get(other, DIRECTOR, "mission", target.id)
        records.update(other, DIRECTOR, "mission", target.id, mine.version,
                       {"progress": 95})
    finally:
        other.close()
    window.editing.undo()
    qtbot.waitUntil(lambda: bool(shown))
    assert "a été modifié" in shown[0]
    now = records.get(cabinet_db, DIRECTOR, "mission", target.id)
    assert now["title"].endswith("(version finale)") and now["progress"] == 95  # not overwritten


def test_a_conflicting_save_is_never_silent(qtbot: Any, window: MainWindow,
                                            cabinet_db: Database, monkeypatch: Any) -> None:
    pane = window.show_pane("mission")
    target = _missions(cabinet_db)["Bilan des instructions du Ministre"]
    pane.select_id(target.id)
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)  # Enter opens the form too
    form = _open_form(qtbot, window)
    records.update(cabinet_db, DIRECTOR, "mission", target.id, target.version,
                   {"title": "Bilan des instructions du Ministre (saisi ailleurs)"})
    _type(qtbot, form, "title", "Bilan des instructions du Ministre — T4")
    answers: list[str] = []

    def choose_reload(box: QMessageBox) -> int:
        answers.append(box.text())
        box.buttons()[0].click()  # « Recharger »
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_reload)
    _save(qtbot, form)
    qtbot.waitUntil(lambda: bool(answers))
    assert "a été modifié" in answers[0]
    assert form.widgets["title"].value() == "Bilan des instructions du Ministre (saisi ailleurs)"
    assert records.get(cabinet_db, DIRECTOR, "mission", target.id)["title"].endswith(
        "(saisi ailleurs)")


@pytest.mark.parametrize("answer", ["discard", "cancel", "save"])
def test_leaving_a_modified_form_asks_first(qtbot: Any, window: MainWindow,
                                            cabinet_db: Database, monkeypatch: Any,
                                            answer: str) -> None:
    pane = window.show_pane("mission")
    target = _missions(cabinet_db)["Mission d'appui à la direction du budget"]
    pane.select_id(target.id)
    window.editing.edit_current()
    form = _open_form(qtbot, window)
    _type(qtbot, form, "title", "Mission d'appui à la direction générale du budget")
    buttons = {"discard": QMessageBox.StandardButton.Discard,
               "cancel": QMessageBox.StandardButton.Cancel,
               "save": QMessageBox.StandardButton.Save}
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: asked.append(args[2]) or buttons[answer])
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert asked and "n'ont pas été enregistrées" in asked[0]
    if answer == "cancel":
        assert form.isVisible()
        return
    qtbot.waitUntil(lambda: not form.isVisible())
    title = records.get(cabinet_db, DIRECTOR, "mission", target.id)["title"]
    assert title == ("Mission d'appui à la direction générale du budget" if answer == "save"
                     else target["title"])


def test_links_are_chosen_by_typing_and_saved(qtbot: Any, window: MainWindow,
                                              cabinet_db: Database) -> None:
    pane = window.show_pane("mission")
    target = _missions(cabinet_db)["Préparer le conseil des ministres du jeudi"]
    pane.select_id(target.id)
    window.editing.edit_current()
    form = _open_form(qtbot, window)
    links = form.widgets["dossier_ids"]
    assert isinstance(links, LinksField)
    before = links.value()
    type_text(links.search, "Bobo")
    qtbot.waitUntil(lambda: any("Bobo-Dioulasso" in label for label in links._found))
    label = next(label for label in links._found if "Bobo-Dioulasso" in label)
    links.search.completer().activated.emit(label)
    assert len(links.value()) == len(before) + 1
    _save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())
    saved = records.get(cabinet_db, DIRECTOR, "mission", target.id)
    assert set(saved["dossier_ids"]) == set(links.value())


def test_a_contact_is_added_from_the_partners_detail(qtbot: Any, window: MainWindow,
                                                     cabinet_db: Database) -> None:
    pane = window.show_pane("partner")
    pane.select_row(0)
    partner = pane.current_record()
    assert partner is not None
    qtbot.waitUntil(lambda: "ajouter un contact" in pane.detail.toHtml())
    pane._link_clicked(type("Url", (), {"toString": lambda self: f"new:contact:{partner.id}"})())
    form = _open_form(qtbot, window)
    assert form.windowTitle() == "Nouveau : contact"
    _type(qtbot, form, "name", "Mariam Sawadogo")
    _type(qtbot, form, "email", "pas-une-adresse")
    _save(qtbot, form)
    qtbot.waitUntil(lambda: form.field_errors["email"].isVisible())
    _type(qtbot, form, "email", "m.sawadogo@example.org")
    _save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())
    qtbot.waitUntil(lambda: "Mariam Sawadogo" in pane.detail.toPlainText())


def test_archiving_from_the_context_and_undoing_it(qtbot: Any, window: MainWindow,
                                                   cabinet_db: Database) -> None:
    pane = window.show_pane("partner")
    pane.select_row(0)
    partner = pane.current_record()
    assert partner is not None
    assert window.editing.archive_action in pane.view.actions()  # the list's context menu
    window.editing.archive_action.trigger()
    qtbot.waitUntil(lambda: window.editing.undo_action.isEnabled())
    assert records.get(cabinet_db, DIRECTOR, "partner", partner.id)["archived"]
    assert window.editing.undo_action.text().replace("&", "") == (
        f"Annuler : archivage de {partner.reference}")
    window.editing.undo()
    qtbot.waitUntil(lambda: not records.get(cabinet_db, DIRECTOR, "partner",
                                            partner.id)["archived"])


def test_a_reader_is_offered_no_edit(qtbot: Any, cabinet_db: Database, tmp_path: Path) -> None:
    from cabinet_desktop.ui.workspace import Workspace

    reader = Actor(None, "lecteur", "Lecteur", Role.READER, Classification.SECRET)
    window = MainWindow(Workspace(cabinet_db, reader), ini_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    pane = window.show_pane("mission")
    pane.select_row(0)
    window.editing.update_actions()
    assert not window.editing.new_action.isEnabled()
    assert not window.editing.edit_action.isEnabled()
    assert not window.editing.archive_action.isEnabled()
    QApplication.processEvents()


def test_files_dropped_on_a_dossier_are_joined_opened_saved_and_removed(
        qtbot: Any, window: MainWindow, cabinet_db: Database, tmp_path: Path,
        monkeypatch: Any) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QPointF, QUrl
    from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QFileDialog

    from cabinet_desktop.services import dossiers

    pane = window.show_pane("dossier")
    pane.select_row(0)
    dossier = pane.current_record()
    assert dossier is not None
    first, second = tmp_path / "note de présentation.pdf", tmp_path / "annexe.xlsx"
    first.write_bytes(b"%PDF-1.4 contenu de la note")
    second.write_bytes(b"PK annexe chiffree")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(first)), QUrl.fromLocalFile(str(second))])
    target = pane.detail.viewport()
    # a drag from the file manager: it enters the detail panel, then the files are dropped
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)  # several files at once, onto the detail panel
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: len(dossiers.attachments(cabinet_db, DIRECTOR, dossier.id)) == 2)
    qtbot.waitUntil(lambda: "annexe.xlsx" in pane.detail.toPlainText())
    stored = {a["filename"]: a for a in dossiers.attachments(cabinet_db, DIRECTOR, dossier.id)}
    note = stored["note de présentation.pdf"]

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    pane._link_clicked(QUrl(f"edit:open-attachment:{note.id}"))
    qtbot.waitUntil(lambda: bool(opened))
    copy = Path(opened[0])
    assert copy.read_bytes() == first.read_bytes()
    assert oct(copy.parent.stat().st_mode & 0o777) == "0o700"  # a private folder

    target_file = tmp_path / "copie.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target_file), ""))
    pane._link_clicked(QUrl(f"save-attachment:{note.id}:{note.version}"))
    qtbot.waitUntil(target_file.exists)
    assert target_file.read_bytes() == first.read_bytes()

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    pane._link_clicked(QUrl(f"remove-attachment:{note.id}:{note.version}"))
    qtbot.waitUntil(lambda: len(dossiers.attachments(cabinet_db, DIRECTOR, dossier.id)) == 1)


def test_a_file_that_cannot_be_read_is_refused_in_french(
        qtbot: Any, window: MainWindow, cabinet_db: Database, tmp_path: Path,
        monkeypatch: Any) -> None:
    from cabinet_desktop.services import dossiers

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    pane = window.show_pane("dossier")
    pane.select_row(0)
    dossier = pane.current_record()
    assert dossier is not None
    missing = tmp_path / "disparu.docx"
    window.attachments.join(dossier.id, [str(missing)])
    qtbot.waitUntil(lambda: bool(shown))
    assert "« disparu.docx » ne peut pas être lu" in shown[0]
    assert dossiers.attachments(cabinet_db, DIRECTOR, dossier.id) == ()


@pytest.mark.parametrize("kind", ["mission", "dossier", "partner", "contact", "agreement",
                                  "interaction", "indicator", "indicator_target", "measurement",
                                  "consultation", "person"])
def test_every_form_fits_a_1366_screen(qtbot: Any, cabinet_db: Database, kind: str) -> None:
    """Each kind's form opens within a 1366×768 screen, every field reachable, nothing wider
    than the dialog (screenshots in artifacts/screenshots, looked at)."""
    from cabinet_desktop.ui.dialogs.record_form import read_form_data
    from cabinet_desktop.ui.workspace import Workspace

    workspace = Workspace(cabinet_db, DIRECTOR)
    form = RecordForm(workspace, read_form_data(workspace, kind))
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert form.width() <= 1366 and form.height() <= 740
    scroll = form.findChild(type(form.layout().itemAt(0).widget()))
    assert scroll is not None and not scroll.horizontalScrollBar().isVisible()
    for widget in form.widgets.values():
        assert widget.width() <= scroll.viewport().width()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    form.grab().save(str(ARTIFACTS / f"form_{kind}.png"))


def test_compare_keeps_mine_or_takes_theirs_field_by_field(
        qtbot: Any, window: MainWindow, cabinet_db: Database, monkeypatch: Any) -> None:
    from cabinet_desktop.ui.dialogs.compare_dialog import CompareDialog

    pane = window.show_pane("mission")
    target = _missions(cabinet_db)["Atelier régional de concertation des usagers"]
    pane.select_id(target.id)
    window.editing.edit_current()
    form = _open_form(qtbot, window)
    records.update(cabinet_db, DIRECTOR, "mission", target.id, target.version,
                   {"title": "Atelier régional (titre de l'autre poste)", "progress": 80})
    _type(qtbot, form, "title", "Atelier régional de concertation (mon titre)")
    _type(qtbot, form, "progress", "30")

    def choose_compare(box: QMessageBox) -> int:
        next(b for b in box.buttons() if "Comparer" in b.text()).click()
        return 0

    seen: list[CompareDialog] = []

    def take_their_progress(dialog: CompareDialog) -> int:
        seen.append(dialog)
        dialog.findChild(QWidget, "theirs_progress").click()  # keep my title, take theirs
        dialog.accept()
        return 1

    monkeypatch.setattr(QMessageBox, "exec", choose_compare)
    monkeypatch.setattr(CompareDialog, "exec", take_their_progress)
    _save(qtbot, form)
    qtbot.waitUntil(lambda: bool(seen))
    assert form.widgets["title"].value() == "Atelier régional de concertation (mon titre)"
    assert form.widgets["progress"].value() in ("80", "80 ")
    _save(qtbot, form)  # saved over their version, knowingly
    qtbot.waitUntil(lambda: not form.isVisible())
    now = records.get(cabinet_db, DIRECTOR, "mission", target.id)
    assert now["title"] == "Atelier régional de concertation (mon titre)"
    assert now["progress"] == 80


def test_a_person_of_the_cabinet_is_added_then_offered_in_pickers(
        qtbot: Any, window: MainWindow, cabinet_db: Database) -> None:
    window.editing.new_person_action.trigger()
    form = _open_form(qtbot, window)
    assert form.windowTitle() == "Nouveau : personne"
    _type(qtbot, form, "first_name", "Salimata")
    _type(qtbot, form, "last_name", "Compaoré")
    _type(qtbot, form, "function", "Conseillère technique")
    _save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert "Salimata Compaoré" in dict(listing.people(cabinet_db, DIRECTOR)).values()
    window.show_pane("mission")
    window.editing.new_record()
    mission = _open_form(qtbot, window)
    assignee = mission.widgets["assignee_id"]
    assert isinstance(assignee, ReferenceField)
    assert assignee.combo.findText("Salimata Compaoré") > 0
