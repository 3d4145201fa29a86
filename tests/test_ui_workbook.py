"""The Excel exchange from the window, driven as a user does: Fichier › Exporter vers Excel…,
a list's filtered rows and selection, the template, Fichier › Importer un classeur Excel… with
its progress, its preview (changes, conflicts, problems), « Appliquer » and « Annuler »."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from cabinet_desktop.services import listing, records
from cabinet_desktop.services.actor import system_actor
from cabinet_desktop.services.listing import ListQuery
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.app import make_application
from cabinet_desktop.ui.exchange.export_choice import ExportChoiceDialog
from cabinet_desktop.ui.exchange.import_preview import ImportPreviewDialog
from cabinet_desktop.ui.shell.main_window import MainWindow
from tests.ui_support import DIRECTOR, fill_cabinet, ini_settings, shown_window
from tests.workbook_support import export_workbook, load_workbook, unload_excel_libraries

pytestmark = pytest.mark.gui
SHOTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"
__all__ = ["unload_excel_libraries"]  # the module fixture that unloads openpyxl afterwards


@pytest.fixture
def cabinet_db(sqlite_database: Database) -> Database:
    fill_cabinet(sqlite_database, system_actor("tests"))
    return sqlite_database


@pytest.fixture
def window(qtbot: Any, cabinet_db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    make_application()  # the stylesheet, for the screenshots
    yield shown_window(qtbot, cabinet_db, ini_settings(tmp_path))


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The save dialog answers ``path``; returns the names it proposed."""
    offered: list[str] = []

    def choose(_parent: Any, _title: str, proposed: str, _filter: str) -> tuple[str, str]:
        offered.append(proposed)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return offered


def _open(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(path), ""))


def _finished(qtbot: Any, window: MainWindow) -> None:
    task = window.workbooks.last_task
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=30000)


def _rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    workbook = load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in workbook[sheet].iter_rows(min_row=2, values_only=True)]
    finally:
        workbook.close()


def _missions(database: Database) -> dict[str, Any]:
    page = listing.page(database, DIRECTOR, "mission", ListQuery(include_archived=True,
                                                                 limit=500))
    return {row["title"]: row for row in page.rows}


def _edit(path: Path, sheet: str, reference: str | None, values: dict[str, Any]) -> None:
    """Change cells of the row named ``reference`` (``None``: append a new row), by header."""
    workbook = load_workbook(path)
    worksheet = workbook[sheet]
    headers = {cell.value: cell.column for cell in worksheet[1]}
    if reference is None:
        row = worksheet.max_row + 1
    else:
        row = next(cells[0].row for cells in worksheet.iter_rows(min_row=2)
                   if cells[0].value == reference)
    for header, value in values.items():
        if header not in headers:  # a column the Secrétariat added
            headers[header] = worksheet.max_column + 1
            worksheet.cell(1, headers[header]).value = header
        worksheet.cell(row, headers[header]).value = value
    workbook.save(path)


def _exported(database: Database, tmp_path: Path, name: str = "semaine.xlsx") -> Path:
    path = tmp_path / name
    export_workbook(database, DIRECTOR, path)
    return path


def _progress(window: MainWindow) -> QProgressDialog | None:
    return next((d for d in window.findChildren(QProgressDialog) if d.isVisible()), None)


def _gate(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> threading.Event:
    """Make ``owner.name`` wait, on the worker, until the returned event is set."""
    release = threading.Event()
    original: Callable[..., Any] = getattr(owner, name)

    def held(*args: Any, **kwargs: Any) -> Any:
        release.wait(30)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, held)
    return release


def _cancel_running(qtbot: Any, window: MainWindow, release: threading.Event) -> None:
    """Press the progress dialog's « Annuler » while the work is held, then let it go on."""
    qtbot.waitUntil(lambda: _progress(window) is not None, timeout=10000)
    dialog = _progress(window)
    assert dialog is not None
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Annuler"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    release.set()
    _finished(qtbot, window)


def _preview(qtbot: Any, window: MainWindow) -> ImportPreviewDialog:
    _finished(qtbot, window)
    dialog = window.workbooks.last_dialog
    assert isinstance(dialog, ImportPreviewDialog), getattr(dialog, "text", lambda: "")()
    qtbot.waitExposed(dialog)
    return dialog


def _shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / name))


# ------------------------------------------------------------------------------ export


def test_export_from_the_file_menu_reads_back(qtbot: Any, window: MainWindow,
                                              cabinet_db: Database, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "envoi"
    offered = _save_to(monkeypatch, target)  # typed without its extension
    texts = [action.text() for action in window.file_menu.actions()]
    assert texts.index("E&xporter vers Excel…") < texts.index("&Quitter")
    seen: dict[str, Any] = {}

    def choose_sheets() -> None:
        dialog = window.workbooks.last_dialog
        assert isinstance(dialog, ExportChoiceDialog)
        qtbot.mouseClick(dialog.findChild(type(dialog.export_button), "checkNone"),
                         Qt.MouseButton.LeftButton)
        seen["disabled"] = not dialog.export_button.isEnabled()
        dialog.boxes["mission"].click()
        dialog.boxes["partner"].click()
        _shot(dialog, "excel-export-choice.png")
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose_sheets)
    window.workbooks.export_action.trigger()
    assert seen["disabled"]  # nothing checked: nothing to export
    _finished(qtbot, window)
    written = target.with_name("envoi.xlsx")
    assert offered and Path(offered[0]).name.startswith("cabinet-")
    assert Path(offered[0]).name.endswith(".xlsx") and len(Path(offered[0]).name) == 23
    box = window.workbooks.last_dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "exportDoneBox"
    assert str(written) in box.text() and "Missions : 6" in box.text()
    workbook = load_workbook(written, read_only=True)
    try:
        assert [n for n in workbook.sheetnames if n not in ("Listes", "Metadonnees")] == [
            "Notice", "Missions", "Partenaires"]
    finally:
        workbook.close()
    titles = {row[1] for row in _rows(written, "Missions")}
    assert titles == set(_missions(cabinet_db))
    assert {row[1] for row in _rows(written, "Partenaires")} == {
        "Agence française de développement", "Chambre de commerce et d'industrie"}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".export-")]
    box.accept()
    # the next export proposes the folder chosen last
    window.workbooks.template_action.trigger()
    _finished(qtbot, window)
    assert Path(offered[1]).parent == tmp_path
    assert Path(offered[1]).name.startswith("cabinet-modele-")


def test_export_of_the_filtered_rows_and_of_the_selection(qtbot: Any, window: MainWindow,
                                                          tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    pane = window.show_pane("dossier")
    assert not window.workbooks.export_selection_action.isEnabled()  # nothing selected yet
    pane.filters.text.setText("on")  # « Convention… », « Zone… », « Arrêté conjoint… »
    qtbot.waitUntil(lambda: not pane.model.counting and 1 < pane.model.total < 6)
    shown = {pane.model.record(row).get("object") for row in range(pane.model.rowCount())}
    filtered = tmp_path / "filtrees.xlsx"
    offered = _save_to(monkeypatch, filtered)
    assert window.workbooks.export_rows_action in window.toolbar.actions()
    assert window.workbooks.export_rows_action in pane.view.actions()  # its context menu
    window.workbooks.export_rows_action.trigger()
    _finished(qtbot, window)
    assert Path(offered[0]).name.startswith("cabinet-dossiers-")
    assert {row[1] for row in _rows(filtered, "Dossiers")} == shown
    window.workbooks.last_dialog.accept()  # type: ignore[union-attr]

    view = pane.view
    first, third = (view.visualRect(pane.model.index(row, 1)).center() for row in (0, 2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, pos=third)
    chosen = [pane.model.record(row).get("object") for row in (0, 2)]
    assert window.workbooks.export_selection_action.isEnabled()
    selection = tmp_path / "selection.xlsx"
    _save_to(monkeypatch, selection)
    window.workbooks.export_selection_action.trigger()
    _finished(qtbot, window)
    assert sorted(row[1] for row in _rows(selection, "Dossiers")) == sorted(chosen)


def test_an_unwritable_place_is_refused_in_french(qtbot: Any, window: MainWindow,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _save_to(monkeypatch, tmp_path / "absent" / "cabinet.xlsx")
    assert window.workbooks.export_template() is None
    box = window.workbooks.last_dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "unwritableBox"
    assert "Impossible d'écrire « cabinet.xlsx »" in box.text()
    assert "n'existe pas" in box.text() and "Choisissez un autre emplacement" in box.text()
    box.accept()
    folder = tmp_path / "dossier.xlsx"  # a folder named like a workbook
    folder.mkdir()
    _save_to(monkeypatch, folder)
    assert window.workbooks.export_template() is None
    assert "est un dossier" in window.workbooks.last_dialog.text()  # type: ignore[union-attr]
    assert not (tmp_path / "absent").exists() and not list(folder.iterdir())


def test_a_cancelled_export_leaves_no_file(qtbot: Any, window: MainWindow, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from cabinet_desktop.services import bulk_reads

    folder = tmp_path / "envoi"
    folder.mkdir()
    _save_to(monkeypatch, folder / "cabinet.xlsx")
    release = _gate(monkeypatch, bulk_reads, "export_rows")
    window.show_pane("mission")
    window.workbooks.export_rows_action.trigger()
    _cancel_running(qtbot, window, release)
    assert list(folder.iterdir()) == []
    assert window.statusBar().currentMessage() == "Export annulé : aucun fichier écrit."


# ------------------------------------------------------------------------------ import


def test_import_of_an_edited_workbook_previewed_then_applied(
        qtbot: Any, window: MainWindow, cabinet_db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    missions = _missions(cabinet_db)
    mission = missions["Suivre la réforme de la fiscalité locale"]
    path = _exported(cabinet_db, tmp_path)
    _edit(path, "Missions", mission.reference, {"Intitulé": "Suivre la réforme fiscale — été"})
    _edit(path, "Partenaires", None, {"Nom": "Banque ouest-africaine de développement",
                                      "Catégorie": "PTF multilatéral"})
    pane = window.show_pane("mission")
    _open(monkeypatch, path)
    window.workbooks.import_action.trigger()
    dialog = _preview(qtbot, window)
    assert dialog.changes.texts(0) == [mission.reference]
    assert [dialog.changes.item(0, c).text() for c in (3, 4, 5)] == [
        "Intitulé", "Suivre la réforme de la fiscalité locale", "Suivre la réforme fiscale — été"]
    assert dialog.new.texts(3) == ["Banque ouest-africaine de développement"]
    assert dialog.new.texts(2) == ["Partenaire"]
    assert dialog.summary.text().startswith("<b>1</b> création · <b>1</b> modification · ")
    assert "Catégorie : PTF multilatéral" in dialog.new.item(0, 3).toolTip()
    assert dialog.conflicts.rowCount() == 0 and dialog.problems.rowCount() == 0
    assert dialog.apply_button.isEnabled() and not dialog.error_button.isEnabled()
    assert "tout ou rien" in dialog.verdict.text()
    _shot(dialog, "excel-import-preview-ready.png")
    assert "Suivre la réforme de la fiscalité locale" in [
        pane.model.record(r).get("title") for r in range(pane.model.rowCount())]
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    _finished(qtbot, window)
    qtbot.waitUntil(lambda: "Suivre la réforme fiscale — été" in [
        pane.model.record(r).get("title") for r in range(pane.model.rowCount())])
    assert window.statusBar().currentMessage() == (
        "Import enregistré : 1 création(s), 1 modification(s).")
    partners = window.show_pane("partner")
    qtbot.waitUntil(lambda: "Banque ouest-africaine de développement" in [
        partners.model.record(r).get("name") for r in range(partners.model.rowCount())])
    journal = listing.page(cabinet_db, DIRECTOR, "audit", ListQuery(limit=5))
    assert any(mission.reference in str(row.values) for row in journal.rows)


def test_a_conflict_is_shown_with_both_values_and_not_applied(
        qtbot: Any, window: MainWindow, cabinet_db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    mission = _missions(cabinet_db)["Rapport annuel de performance 2025"]
    path = _exported(cabinet_db, tmp_path)
    _edit(path, "Missions", mission.reference, {"Intitulé": "Rapport annuel (version du SG)"})
    records.update(cabinet_db, system_actor("tests"), "mission", mission.id, mission.version,
                   {"title": "Rapport annuel (version du cabinet)"})
    _open(monkeypatch, path)
    window.workbooks.import_action.trigger()
    dialog = _preview(qtbot, window)
    assert dialog.tabs.currentIndex() == dialog.pages["conflicts"]
    assert [dialog.conflicts.item(0, c).text() for c in (0, 3, 4, 5)] == [
        mission.reference, "Intitulé", "Rapport annuel (version du cabinet)",
        "Rapport annuel (version du SG)"]
    assert dialog.conflicts.item(0, 6).text().startswith("un autre utilisateur, ")
    assert not dialog.apply_button.isEnabled()
    verdict = dialog.verdict.text()
    assert "conflits" in verdict and "Rien ne sera enregistré" in verdict
    assert dialog.error_button.isEnabled()
    errors = tmp_path / "retour.xlsx"
    offered = _save_to(monkeypatch, errors)
    qtbot.mouseClick(dialog.error_button, Qt.MouseButton.LeftButton)
    _finished(qtbot, window)
    assert offered == [str(tmp_path / "semaine-erreurs.xlsx")]  # beside the received file
    workbook = load_workbook(errors)
    try:
        sheet = workbook["Missions"]
        marked = [row[0] for row in sheet.iter_rows(min_row=2) if row[0].comment is not None]
        assert [cell.value for cell in marked] == [mission.reference]
    finally:
        workbook.close()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert "Rapport annuel (version du cabinet)" in _missions(cabinet_db)


def test_cancel_while_reading_or_saving_an_import_writes_nothing(
        qtbot: Any, window: MainWindow, cabinet_db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from cabinet_desktop.exchange.workbook import importer

    mission = _missions(cabinet_db)["Bilan des instructions du Ministre"]
    path = _exported(cabinet_db, tmp_path)
    _edit(path, "Missions", mission.reference, {"Intitulé": "Bilan revu par le SG"})
    _open(monkeypatch, path)
    release = _gate(monkeypatch, importer._SheetReader, "compare")
    window.workbooks.import_action.trigger()
    _cancel_running(qtbot, window, release)
    assert window.workbooks.last_dialog is None  # no preview
    assert window.statusBar().currentMessage() == "Import annulé : rien n'a été enregistré."
    monkeypatch.undo()
    _open(monkeypatch, path)

    window.workbooks.import_action.trigger()
    dialog = _preview(qtbot, window)
    release = _gate(monkeypatch, records, "update_in")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    _cancel_running(qtbot, window, release)
    assert window.statusBar().currentMessage() == "Import annulé : rien n'a été enregistré."
    assert "Bilan des instructions du Ministre" in _missions(cabinet_db)
    assert "Bilan revu par le SG" not in _missions(cabinet_db)


@pytest.mark.parametrize("content, expected", [
    (b"Nom;Montant\nAFD;1500\n", "n'est pas un classeur Excel"),
    (b"PK\x03\x04 tronque", "refusé"),
])
def test_a_hostile_file_is_refused_with_a_french_message(
        qtbot: Any, window: MainWindow, cabinet_db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, content: bytes, expected: str) -> None:
    before = _missions(cabinet_db)
    hostile = tmp_path / "reçu.xlsx"
    hostile.write_bytes(content)
    _open(monkeypatch, hostile)
    window.workbooks.import_action.trigger()
    _finished(qtbot, window)
    box = window.workbooks.last_dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "workbookErrorBox"
    assert "Classeur « reçu.xlsx » refusé" in box.text() and expected in box.text()
    assert _missions(cabinet_db) == before


def test_screenshots_of_the_preview(qtbot: Any, window: MainWindow, cabinet_db: Database,
                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Changes, a conflict and errors in one workbook, as the secretary receives it."""
    missions = _missions(cabinet_db)
    changed = missions["Suivre la réforme de la fiscalité locale"]
    conflicting = missions["Rapport annuel de performance 2025"]
    path = _exported(cabinet_db, tmp_path, "retour-SG-semaine-49.xlsx")
    _edit(path, "Missions", changed.reference, {"Intitulé": "Suivre la réforme fiscale — été",
                                                "Avancement (%)": 35})
    _edit(path, "Missions", conflicting.reference, {"Intitulé": "Rapport annuel (version du SG)"})
    _edit(path, "Missions", None, {"Intitulé": "Mission sans date", "Date de début": "31/02/2026"})
    _edit(path, "Partenaires", None, {"Nom": "Banque ouest-africaine de développement",
                                      "Catégorie": "PTF multilatéral",
                                      "Site web du SG": "https://boad.org"})
    records.update(cabinet_db, system_actor("tests"), "mission", conflicting.id,
                   conflicting.version, {"title": "Rapport annuel (version du cabinet)"})
    _open(monkeypatch, path)
    window.workbooks.import_action.trigger()
    dialog = _preview(qtbot, window)
    kinds = {dialog.problems.item(r, 0).text() for r in range(dialog.problems.rowCount())}
    assert kinds == {"Erreur", "Ignoré"}
    dialog.problem_kind.setCurrentIndex(1)  # Erreurs
    assert set(dialog.problems.texts(0)) == {"Erreur"}
    assert any("31/02/2026" in text for text in dialog.problems.texts(4))
    dialog.problem_kind.setCurrentIndex(0)
    dialog.problem_filter.setText("Site web")
    assert dialog.problems.texts(0) == ["Ignoré"]
    dialog.problem_filter.clear()
    dialog.problems.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    numbers = [t for t in dialog.problems.texts(2) if t]
    assert numbers == sorted(numbers, key=int, reverse=True)
    for page in ("problems", "conflicts", "changes", "new"):
        dialog.show_page(page)
        QApplication.processEvents()
        _shot(dialog, f"excel-import-preview-{page}.png")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


def test_entries_follow_the_role(qtbot: Any, window: MainWindow) -> None:
    """Administrators neither export nor import (the services refuse them anyway)."""
    from dataclasses import replace

    from cabinet_desktop.domain.enums import Role

    entries = [window.workbooks.export_action, window.workbooks.template_action,
               window.workbooks.import_action, window.workbooks.export_rows_action]
    assert all(action.isVisible() for action in entries)
    window.workspace.set_actor(replace(DIRECTOR, role=Role.ADMIN))
    assert not any(action.isVisible() for action in entries)
    window.workspace.set_actor(replace(DIRECTOR, role=Role.SECRETARIAT))
    assert all(action.isVisible() for action in entries)
