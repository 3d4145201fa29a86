"""Notes to the minister from the window, driven as a user does: the composer and its preview,
saving and issuing, the register's actions, « Envoyer vers une note », the empty register."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QMessageBox, QPushButton

from cabinet_desktop.domain.briefing import SectionKey
from cabinet_desktop.services import briefings, listing
from cabinet_desktop.services.actor import system_actor
from cabinet_desktop.services.briefings import NoteDraft
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.notes.composer import NoteComposer
from cabinet_desktop.ui.panes.list_pane import ListPane
from cabinet_desktop.ui.shell.main_window import MainWindow
from tests.pdf_reading import forget_pdf_libraries, pages_text
from tests.ui_support import DIRECTOR, TODAY, fill_cabinet, ini_settings, shown_window, type_text

pytestmark = pytest.mark.gui
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"


@pytest.fixture(scope="module", autouse=True)
def _unload_pdf_libraries() -> Iterator[None]:
    yield
    forget_pdf_libraries()


@pytest.fixture
def cabinet_db(sqlite_database: Database) -> Database:
    fill_cabinet(sqlite_database, system_actor("tests"))
    return sqlite_database


@pytest.fixture
def window(qtbot: Any, cabinet_db: Database, tmp_path: Path) -> MainWindow:
    return shown_window(qtbot, cabinet_db, ini_settings(tmp_path))


def _composer(qtbot: Any, window: MainWindow, count: int = 1) -> NoteComposer:
    qtbot.waitUntil(lambda: len(window.notes.composers) >= count)
    composer = window.notes.composers[-1]
    qtbot.waitExposed(composer)
    return composer


def _previewed(qtbot: Any, composer: NoteComposer, before: int) -> str:
    """Wait for a preview newer than ``before``; the text of its PDF."""
    qtbot.waitUntil(lambda: composer.previews > before, timeout=15000)
    return " ".join(pages_text(composer.preview.pdf))


def _notes(database: Database) -> list[briefings.NoteRow]:
    return briefings.register(database, DIRECTOR)


def _yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_a_note_written_previewed_saved_and_issued(qtbot: Any, window: MainWindow,
                                                    cabinet_db: Database,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    composer = _composer(qtbot, window)
    first = _previewed(qtbot, composer, 0)
    assert "NOTE À L'ATTENTION DE MONSIEUR LE MINISTRE" in first
    for key in SectionKey:
        composer.section_boxes[key].setChecked(False)
    for key in (SectionKey.DOSSIERS, SectionKey.MISSIONS):  # a click on the box's tick
        box = composer.section_boxes[key]
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert box.isChecked()
    signatory = composer.widgets["signatory_id"]
    signatory.set_value(next(i for i, label in listing.choices(cabinet_db, DIRECTOR, "persons")
                             if "Ouédraogo" in label))
    shown = composer.previews
    edit = composer.widgets["object"].focus_widget()
    edit.setFocus()
    type_text(edit, "Point sur les dossiers « urgents » & S&P <b>")
    text = _previewed(qtbot, composer, shown)
    qtbot.waitUntil(lambda: "urgents" in " ".join(pages_text(composer.preview.pdf)))
    text = " ".join(pages_text(composer.preview.pdf))
    assert "Point sur les dossiers « urgents » & S&P <b>" in text
    assert "Dossiers en attente de décision" in text and "Suivi des missions" in text
    assert "Tableau de bord des indicateurs" not in text
    assert "Aminata Ouédraogo" in text, text[-400:]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(400)  # QtPdf draws the page on its own thread
    composer.grab().save(str(ARTIFACTS / "notes-composer.png"))

    qtbot.mouseClick(composer.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: composer.note is not None)
    assert composer.note is not None and composer.note.reference.startswith("NOTE-")
    saved = _notes(cabinet_db)
    assert [n.object for n in saved] == ["Point sur les dossiers « urgents » & S&P <b>"]
    assert saved[0].draft.sections == (SectionKey.DOSSIERS, SectionKey.MISSIONS)
    assert not composer.modified

    asked = _yes(monkeypatch)
    qtbot.mouseClick(composer.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: composer.frozen)
    assert "figée" in asked[0]
    issued = _notes(cabinet_db)[0]
    assert issued.issued_at is not None
    stored = briefings.issued_pdf(cabinet_db, DIRECTOR, issued.id)
    assert hashlib.sha256(stored).hexdigest() == issued.pdf_sha256
    assert composer.preview.pdf == stored
    assert not composer.save_button.isEnabled() and not composer.issue_button.isEnabled()
    assert not composer.widgets["object"].isEnabled()
    assert issued.pdf_sha256 in composer.status.text()
    qtbot.wait(400)
    composer.grab().save(str(ARTIFACTS / "notes-composer-issued.png"))

    pane = window.show_pane("briefing_note")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    assert pane.model.data(pane.model.index(0, _column(pane, "État"))) == "Émise"
    digest = pane.model.data(pane.model.index(0, _column(pane, "Empreinte SHA-256")))
    assert issued.pdf_sha256.startswith(digest.rstrip("…"))


def _column(pane: ListPane, header: str) -> int:
    return next(i for i, c in enumerate(pane.model.columns) if c.title == header)


def test_an_edited_draft_is_saved_before_it_is_issued(qtbot: Any, window: MainWindow,
                                                      cabinet_db: Database,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window.notes.new_note()
    composer = _composer(qtbot, window)
    composer.widgets["object"].set_value("Première version")
    qtbot.mouseClick(composer.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: composer.note is not None)
    composer.widgets["object"].set_value("Version émise")
    assert composer.modified
    _yes(monkeypatch)
    composer.issue()
    qtbot.waitUntil(lambda: composer.frozen)
    (note,) = _notes(cabinet_db)
    assert note.object == "Version émise" and note.issued_at is not None


def test_a_bad_date_is_named_and_nothing_is_saved(qtbot: Any, window: MainWindow,
                                                  cabinet_db: Database) -> None:
    window.notes.new_note()
    composer = _composer(qtbot, window)
    composer.widgets["object"].set_value("Objet")
    composer.period_start.set_value("31/02/2026")
    qtbot.mouseClick(composer.save_button, Qt.MouseButton.LeftButton)
    assert composer.error.isVisible()
    assert "Début de période" in composer.error.text() and "31/02/2026" in composer.error.text()
    assert _notes(cabinet_db) == []


def test_send_a_dossier_and_a_filtered_list_to_a_note(qtbot: Any, window: MainWindow) -> None:
    pane = window.show_pane("dossier")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 6)
    pane.select_row(0)
    record = pane.current_record()
    assert record is not None
    assert window.notes.send_action in pane.view.actions()
    window.notes.send_action.trigger()
    composer = _composer(qtbot, window)
    assert composer.widgets["dossier_ids"].value() == [record.id]
    assert composer.section_boxes[SectionKey.DOSSIERS].isChecked()

    missions = window.show_pane("mission")
    qtbot.waitUntil(lambda: missions.model.rowCount() > 1)
    missions.filters.text.setText("Préparer le conseil")
    qtbot.waitUntil(lambda: missions.model.rowCount() == 1)
    window.notes.send_filtered_action.trigger()
    qtbot.waitUntil(lambda: len(composer.widgets["mission_ids"].value()) == 1)
    assert len(window.notes.composers) == 1  # the same composer took them
    picked = missions.model.record(0)
    assert picked is not None and composer.widgets["mission_ids"].value() == [picked.id]
    assert composer.draft().mission_ids == (picked.id,)


def test_the_empty_register_says_how_to_write_the_first_note(qtbot: Any,
                                                              window: MainWindow) -> None:
    pane = window.show_pane("briefing_note")
    qtbot.waitUntil(lambda: "registre des notes est vide" in pane.detail.toPlainText())
    assert "Nouvelle note" in pane.detail.toPlainText()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(ARTIFACTS / "notes-empty-register.png"))
    pane._link_clicked(QUrl("compose:new"))
    _composer(qtbot, window)


def _draft(cabinet_db: Database, text: str) -> briefings.NoteRow:
    return briefings.create_draft(cabinet_db, DIRECTOR, NoteDraft(
        object=text, note_date=TODAY, sections=(SectionKey.MISSIONS,)))


def test_register_open_duplicate_print_and_save(qtbot: Any, window: MainWindow,
                                                cabinet_db: Database, tmp_path: Path) -> None:
    from cabinet_desktop.exchange import briefing_issue

    draft = _draft(cabinet_db, "Brouillon à reprendre")
    issued_row = _draft(cabinet_db, "Note déjà émise")
    issued = briefing_issue.issue_note(cabinet_db, DIRECTOR, issued_row.id, issued_row.version)
    pane = window.show_pane("briefing_note")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2)
    rows = {pane.model.record(n).get("object"): n for n in range(2)}  # type: ignore[union-attr]
    assert pane.findChild(QPushButton, "noteNew").isVisible()
    assert not pane.findChild(QPushButton, "noteOpen").isVisible()  # no note chosen yet

    pane.select_row(rows["Brouillon à reprendre"])
    assert window.notes.open_action.isEnabled()
    assert pane.findChild(QPushButton, "noteOpen").isVisible()
    window.notes.open_action.trigger()
    composer = _composer(qtbot, window)
    assert composer.widgets["object"].value() == "Brouillon à reprendre"
    assert composer.note is not None and composer.note.id == draft.id
    composer.close()

    pane.select_row(rows["Note déjà émise"])
    window.notes.open_action.trigger()
    qtbot.waitUntil(lambda: bool(window.notes.windows))
    shown = window.notes.windows[-1]
    assert shown.pane.pdf == issued.pdf
    assert "lecture seule" in shown.windowTitle()
    shown.close()

    target = tmp_path / "note.pdf"
    window.notes.save_current_pdf(str(target))
    qtbot.waitUntil(target.exists)
    assert target.read_bytes() == issued.pdf

    from cabinet_desktop.ui.printing.controller import make_printer

    printed = tmp_path / "printed.pdf"
    window.notes.printing.choose_printer = lambda landscape: make_printer(  # type: ignore[method-assign]
        landscape, str(printed))
    window.notes.print_current()
    qtbot.waitUntil(lambda: window.printing.running is not None and window.printing.running.done,
                    timeout=15000)
    assert printed.stat().st_size > 1000

    count = len(_notes(cabinet_db))
    window.notes.duplicate_action.trigger()
    qtbot.waitUntil(lambda: len(_notes(cabinet_db)) == count + 1)
    copy = _composer(qtbot, window, 1)
    qtbot.waitUntil(lambda: copy.note is not None and copy.note.id not in (draft.id,
                                                                           issued_row.id))
    assert copy.widgets["object"].value() == "Note déjà émise" and not copy.frozen
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3)


def test_only_roles_that_may_write_notes_are_offered_new_note(qtbot: Any, cabinet_db: Database,
                                                              tmp_path: Path) -> None:
    from cabinet_desktop.domain.enums import Classification, Role
    from cabinet_desktop.services.actor import Actor
    from cabinet_desktop.services.permissions import Action, allowed
    from cabinet_desktop.ui.workspace import Workspace

    reader = next((role for role in Role if not allowed(
        Actor(None, "x", "x", role, Classification.SECRET), Action.CREATE, "briefing_note")),
        None)
    if reader is None:
        pytest.skip("every role may write notes")
    actor = Actor(None, "lecteur", "Lecteur", reader, Classification.UNCLASSIFIED)
    window = MainWindow(Workspace(cabinet_db, actor), ini_settings(tmp_path))
    qtbot.addWidget(window)
    assert not window.notes.new_action.isEnabled()
    window.notes.new_note()
    assert window.notes.composers == []


def test_a_briefing_pack_of_the_chosen_notes_with_a_dossier_sheet(
        qtbot: Any, window: MainWindow, cabinet_db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Two notes chosen with Ctrl+clic, « Constituer un dossier de briefing… », a title typed,
    a dossier's sheet added: one PDF with the cover, the contents, both notes, the sheet and
    the bordereau d'envoi."""
    from PySide6.QtWidgets import QFileDialog

    _draft(cabinet_db, "Point sur les réformes")
    _draft(cabinet_db, "Préparation du Conseil des ministres")
    dossier = listing.page(cabinet_db, DIRECTOR, "dossier", listing.ListQuery(limit=1)).rows[0]
    target = tmp_path / "dossier de briefing.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    pane = window.show_pane("briefing_note")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2)
    pane.select_row(0)
    assert window.notes.pack_action.isEnabled()
    second = pane.view.visualRect(pane.model.index(1, 1)).center()
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, second)
    assert len(pane.selected_ids()) == 2

    window.notes.pack_action.trigger()
    qtbot.waitUntil(lambda: bool(window.notes.packs))
    dialog = window.notes.packs[-1]
    assert dialog.notes.count() == 2
    dialog.title.selectAll()
    type_text(dialog.title, "Dossier du Ministre — semaine 49")
    dialog.sheets.add(dossier.id, str(dossier.reference))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(ARTIFACTS / "notes-pack-dialog.png"))
    dialog.title.clear()  # a pack needs its title: said, nothing written
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "obligatoire" in dialog.error.text()
    type_text(dialog.title, "Dossier du Ministre — semaine 49")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(target.exists, timeout=20000)

    text = " ".join(pages_text(target.read_bytes()))
    for expected in ("DOSSIER DE BRIEFING", "Dossier du Ministre — semaine 49",
                     "Point sur les réformes", "Préparation du Conseil des ministres",
                     str(dossier.reference), "BORDEREAU"):
        assert expected.casefold() in text.casefold(), expected
    assert not Path(f"{target}.part").exists()
