"""Printing from every pane: a list's filtered rows through a QPrinter writing PDF (read back
with pypdf), the PDF export giving the same pages, a record's sheet with its history, the print
preview, and cancelling a long render between pages."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from cabinet_desktop.services.actor import system_actor
from cabinet_desktop.services.tasks import Cancelled, TaskState
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.printing.controller import PrintController, make_printer
from cabinet_desktop.ui.printing.paged import paint_document, register_fonts
from cabinet_desktop.ui.shell.main_window import MainWindow
from tests.pdf_reading import pages_text
from tests.ui_support import fill_cabinet, ini_settings, shown_window

pytestmark = pytest.mark.gui
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"


@pytest.fixture
def cabinet_db(sqlite_database: Database) -> Database:
    fill_cabinet(sqlite_database, system_actor("tests"))
    return sqlite_database


@pytest.fixture
def window(qtbot: Any, cabinet_db: Database, tmp_path: Path) -> MainWindow:
    return shown_window(qtbot, cabinet_db, ini_settings(tmp_path))


def _text(path: Path) -> list[str]:
    """Each page's text, ligatures (« ﬁ ») read as their letters."""
    return [unicodedata.normalize("NFKC", page) for page in pages_text(path.read_bytes())]


def _printed(qtbot: Any, printing: PrintController) -> None:
    qtbot.waitUntil(lambda: printing.running is not None and printing.running.done,
                    timeout=20000)


def _to_pdf(printing: PrintController, path: Path) -> list[bool]:
    """The print dialog answered with a printer writing ``path``; whether it was landscape."""
    asked: list[bool] = []

    def choose(landscape: bool) -> Any:
        asked.append(landscape)
        return make_printer(landscape, str(path))

    printing.choose_printer = choose  # type: ignore[method-assign]
    return asked


def test_ctrl_p_prints_the_filtered_rows_with_the_columns_shown(
        qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    pane = window.show_pane("dossier")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 6)
    pane.filters.text.setText("Dossier")  # « Dossier de sécurité d'État » and its like
    qtbot.waitUntil(lambda: pane.model.rowCount() < 6)
    shown = [pane.model.record(n) for n in range(pane.model.rowCount())]
    header = pane.view.horizontalHeader()
    hidden = next(i for i, c in enumerate(pane.model.columns) if c.title == "Avis")
    header.setSectionHidden(hidden, False)
    header.setSectionHidden(hidden, True)  # a column the user hid does not print
    target = tmp_path / "dossiers.pdf"
    asked = _to_pdf(window.printing, target)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    _printed(qtbot, window.printing)
    assert asked == [True]  # landscape
    text = " ".join(_text(target))
    for record in shown:
        assert record is not None and record.reference in text
    assert "Zone économique spéciale" not in text  # filtered out
    assert "Référence" in text and "Objet" in text and "Classification" in text
    assert "Avis " not in text.replace("Avis du", "")
    assert f"Total : {len(shown)} enregistrement(s)" in text
    assert "Filtres : texte « Dossier »" in text
    assert "Page 1 sur 1" in text
    assert text.count("SECRET") == 3  # the row, and the marking at the top and the bottom

    exported = tmp_path / "export.pdf"
    window.printing.export_list(str(exported))
    _printed(qtbot, window.printing)
    def undated(path: Path) -> list[str]:
        return [re.sub(r"Imprimé le \S+ \S+", "", page) for page in _text(path)]

    assert undated(exported) == undated(target)
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(target),
                    str(png)], check=True)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "print-dossiers.png").write_bytes(next(tmp_path.glob("page*.png")).read_bytes())


def test_a_long_list_repeats_its_header_on_every_page(qtbot: Any, window: MainWindow,
                                                     cabinet_db: Database,
                                                     tmp_path: Path) -> None:
    from cabinet_desktop.services import records

    actor = system_actor("tests")
    for number in range(90):
        records.create(cabinet_db, actor, "consultation", {
            "title": f"Atelier de concertation n° {number:03d}", "public": "users",
            "method": "survey", "participants": 10, "date": "01/10/2026"})
    pane = window.show_pane("consultation")
    qtbot.waitUntil(lambda: pane.model.total == 91)
    participants = next(i for i, c in enumerate(pane.model.columns) if c.key == "participants")
    pane.view.horizontalHeader().setSectionHidden(participants, False)  # shown: printed, summed
    target = tmp_path / "consultations.pdf"
    window.printing.export_list(str(target))
    _printed(qtbot, window.printing)
    pages = _text(target)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "Référence" in page and "Intitulé" in page  # the header row, every page
        assert f"Page {number} sur {len(pages)}" in page
    everything = " ".join(pages)
    assert all(f"n° {n:03d}" in everything for n in range(90))
    assert "Total : 91 enregistrement(s)" in pages[-1]
    assert "1 312" in pages[-1]  # 412 + 90 × 10 participants


def test_a_record_sheet_prints_its_detail_and_history(qtbot: Any, window: MainWindow,
                                                      tmp_path: Path) -> None:
    pane = window.show_pane("mission")
    qtbot.waitUntil(lambda: pane.model.rowCount() > 1)
    pane.select_row(0)
    record = pane.current_record()
    assert record is not None and window.printing.sheet_export_action.isEnabled()
    target = tmp_path / "fiche.pdf"
    window.printing.export_sheet(str(target))
    _printed(qtbot, window.printing)
    text = " ".join(_text(target))
    assert record.reference in text and str(record.get("title")) in text
    assert "Historique" in text and "Création" in text

    dossiers = window.show_pane("dossier")
    qtbot.waitUntil(lambda: dossiers.model.rowCount() == 6)
    dossiers.select_row(0)
    sheet = tmp_path / "dossier.pdf"
    window.printing.export_sheet(str(sheet))
    _printed(qtbot, window.printing)
    text = " ".join(_text(sheet))
    assert "Historique du circuit" in text and "Pièces jointes" in text
    assert "joindre des fichiers" not in text  # what only a screen can do is left out


def test_the_print_preview_draws_the_list(qtbot: Any, window: MainWindow) -> None:
    pane = window.show_pane("partner")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2)
    window.printing.preview_list()
    qtbot.waitUntil(lambda: window.printing.last_job is not None)
    dialog = window.findChild(object, "printPreview")
    qtbot.waitUntil(lambda: window.findChild(object, "printPreview") is not None)
    dialog = window.findChild(object, "printPreview")
    qtbot.waitExposed(dialog)
    qtbot.wait(200)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(ARTIFACTS / "print-preview.png"))
    dialog.close()


def test_cancel_stops_a_render_between_pages(qapp: Any, tmp_path: Path) -> None:
    register_fonts()
    rows = "".join(f"<tr><td>Ligne {n}</td></tr>" for n in range(600))
    html = f"<table><thead><tr><th>En-tête</th></tr></thead>{rows}</table>"
    drawn: list[int] = []
    state = TaskState(lambda _step, done, _total: drawn.append(done))

    def report(step: str, done: int, total: int) -> None:
        drawn.append(done)
        if done == 2:
            state.cancel()

    state = TaskState(report)
    with pytest.raises(Cancelled):
        paint_document(html, make_printer(False, str(tmp_path / "long.pdf")), "Titre", "Pied",
                       state)
    assert drawn == [0, 1, 2]
    assert paint_document(html, make_printer(False, str(tmp_path / "whole.pdf")), "Titre",
                          "Pied") > 3


def test_cancel_stops_reading_a_list(qapp: Any, cabinet_db: Database) -> None:
    from cabinet_desktop.services.listing import ListQuery
    from cabinet_desktop.ui.panes.columns import columns_of
    from cabinet_desktop.ui.printing.list_document import read_list
    from cabinet_desktop.ui.workspace import Workspace
    from tests.ui_support import DIRECTOR

    state = TaskState()
    state.cancel()
    with pytest.raises(Cancelled):
        read_list(Workspace(cabinet_db, DIRECTOR), "dossier", "Dossiers", columns_of("dossier"),
                  ListQuery(), "", state)
    printed = read_list(Workspace(cabinet_db, DIRECTOR), "dossier", "Dossiers",
                        columns_of("dossier"), ListQuery(), "", TaskState())
    assert len(printed.rows) == 6 and printed.marking == "SECRET"


def test_every_shortcut_of_the_window_is_its_own(window: MainWindow) -> None:
    """Two actions on one key would both stay silent (Qt's ambiguous shortcut)."""
    from PySide6.QtGui import QAction

    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            if text:
                assert text not in seen, (text, seen.get(text), action.objectName())
                seen[text] = action.objectName() or action.text()
    assert seen["Ctrl+P"] == "printAction" and seen["Ctrl+Shift+N"] == "newNoteAction"
