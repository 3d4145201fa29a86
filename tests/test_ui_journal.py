"""The journal pane reads like the rest of the window: French dates, enum labels, Oui/Non."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from cabinet_desktop.domain.entities import Consultation, Mission
from cabinet_desktop.domain.enums import ConsultationMethod, Priority
from cabinet_desktop.services import records
from cabinet_desktop.services.actor import system_actor
from cabinet_desktop.store.database import Database
from tests.ui_support import DIRECTOR, fill_cabinet, ini_settings, shown_window

pytestmark = pytest.mark.gui


def _first(database: Database, model: type) -> tuple[int, int, object]:
    with database.reading() as session:
        obj = session.scalars(select(model).order_by(model.id)).first()
        assert obj is not None
        return obj.id, obj.version, obj


def test_journal_detail_shows_changed_values_in_french(qtbot, sqlite_database: Database,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path) -> None:
    fill_cabinet(sqlite_database, system_actor("tests"))
    mission_id, version, _ = _first(sqlite_database, Mission)
    records.update(sqlite_database, DIRECTOR, "mission", mission_id, version,
                   {"due_date": dt.date(2026, 12, 24), "priority": Priority.LOW})
    consultation_id, version, _ = _first(sqlite_database, Consultation)
    records.update(sqlite_database, DIRECTOR, "consultation", consultation_id, version,
                   {"method": ConsultationMethod.WORKSHOP})

    window = shown_window(qtbot, sqlite_database, ini_settings(tmp_path))
    pane = window.show_pane("audit")
    qtbot.waitUntil(lambda: pane.model.rowCount() > 1)

    def row_of(entity: str, field: str) -> int:
        for row in range(pane.model.rowCount()):
            record = pane.model.record(row)
            if record is not None and record.get("entity") == entity \
                    and f'"{field}"' in str(record.get("changes")):
                return row
        raise AssertionError(f"no journal entry for {entity}.{field}")

    row = row_of("mission", "priority")
    rect = pane.view.visualRect(pane.model.index(row, 1))
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = pane.detail.toPlainText()
    assert "Échéance" in text and "24/12/2026" in text
    assert "Priorité" in text and "Basse" in text
    assert "2026-12-24" not in text and "low" not in text.split()
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text), text  # no ISO date or timestamp
    number = next(i for i, c in enumerate(pane.model.columns) if c.key == "changes")
    summary = pane.view.model().index(row, number).data()
    assert "24/12/2026" in summary and "Basse" in summary and "{" not in summary

    pane.select_row(row_of("consultation", "method"))
    text = pane.detail.toPlainText()
    assert "Méthode" in text and "Atelier" in text and "workshop" not in text


def test_journal_changes_read_timestamps_classifications_and_booleans() -> None:
    from cabinet_desktop.services.journal_changes import journal_changes
    from cabinet_desktop.services.rows import Record

    at = "2026-11-27T18:45:51.123456+00:00"
    entry = Record("audit", 1, 1, {"entity": "dossier", "changes": json.dumps({
        "classification": [0, 3], "sensitive": [False, True], "updated_at": [None, at],
        "version": [1, 2], "id": [None, 7], "created_by_id": [None, 1]})})
    local = dt.datetime.fromisoformat(at).astimezone().strftime("%d/%m/%Y %H:%M")
    changes = {field: (before, after) for field, before, after in journal_changes(entry)}
    assert changes == {"Classification": ("Non classifié", "Secret"),
                       "Sensible": ("Non", "Oui")}  # bookkeeping (version, id, …) left out
    user = Record("audit", 2, 1, {"entity": "user", "changes": json.dumps({
        "role": ["reader", "admin"], "last_login_at": [None, at]})})
    assert journal_changes(user)[0] == ("Rôle", "Lecteur", "Administrateur")
    assert journal_changes(user)[1][1:] == ("", local)  # a timestamp in local time


def test_detail_panels_fit_and_chart_writes_french_numbers(qtbot, sqlite_database: Database,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path) -> None:
    fill_cabinet(sqlite_database, system_actor("tests"))
    window = shown_window(qtbot, sqlite_database, ini_settings(tmp_path))
    for kind in ("dossier", "partner", "indicator"):
        pane = window.show_pane(kind)
        qtbot.waitUntil(lambda pane=pane: pane.model.rowCount() > 0)
        for row in range(pane.model.rowCount()):
            pane.select_row(row)
            assert pane.detail.horizontalScrollBar().maximum() == 0, (kind, row)
    chart = window.show_pane("indicator").chart.chart()
    assert chart.localizeNumbers() and chart.locale().decimalPoint() == ","
