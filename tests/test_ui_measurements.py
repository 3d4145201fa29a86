"""Measurements from the window, driven as a user does: the secretariat enters a value from the
detail panel's link, the value shows as provisional in the detail, the chart and the list, the
DC validates it from the context menu; roles that may not are not offered the actions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from cabinet_desktop.domain.enums import Classification, Role
from cabinet_desktop.services import listing
from cabinet_desktop.services.actor import Actor, system_actor
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.dialogs.measurement_dialogs import MeasurementDialog, ValidationDialog
from cabinet_desktop.ui.shell.main_window import MainWindow
from cabinet_desktop.ui.workspace import Workspace
from tests.ui_support import DIRECTOR, TODAY, fill_cabinet, ini_settings, type_text

pytestmark = pytest.mark.gui

SECRETARIAT = Actor(user_id=None, login="secretariat", display_name="Secrétariat",
                    role=Role.SECRETARIAT, clearance=Classification.RESTRICTED)
READER = Actor(user_id=None, login="lecteur", display_name="Lecteur", role=Role.READER,
               clearance=Classification.SECRET)


@pytest.fixture
def cabinet_db(sqlite_database: Database) -> Database:
    fill_cabinet(sqlite_database, system_actor("tests"))
    return sqlite_database


def _window(qtbot: Any, database: Database, actor: Actor, tmp_path: Path) -> MainWindow:
    window = MainWindow(Workspace(database, actor), ini_settings(tmp_path / actor.login))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _choose_budget_indicator(qtbot: Any, window: MainWindow) -> Any:
    pane = window.show_pane("indicator")
    qtbot.waitUntil(lambda: pane.model.rowCount() >= 2)
    row = next(r for r in range(pane.model.rowCount())
               if str(pane.model.record(r)["name"]).startswith("Taux d'exécution"))
    pane.select_row(row)
    qtbot.waitUntil(lambda: "saisir une mesure" in pane.detail.toHtml())
    return pane


def _click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_secretariat_enters_a_value_that_reads_provisional(
        qtbot: Any, cabinet_db: Database, tmp_path: Path) -> None:
    window = _window(qtbot, cabinet_db, SECRETARIAT, tmp_path)
    pane = _choose_budget_indicator(qtbot, window)
    controller = window.measurements
    assert controller.enter_action in pane.view.actions()  # the list's context menu
    assert controller.enter_action.isEnabled()
    assert not controller.validate_action.isEnabled()  # validating is the DC's or DCA's
    indicator = pane.current_record()
    pane._link_clicked(type("Url", (), {
        "toString": lambda self: f"new:measurement:{indicator.id}"})())  # « + saisir une mesure »
    qtbot.waitUntil(lambda: isinstance(controller.dialog, MeasurementDialog)
                    and controller.dialog.isVisible())
    dialog = controller.dialog
    assert isinstance(dialog, MeasurementDialog)
    # quarterly, T1–T3 of this year entered: the quarter under way comes first, then last year's
    periods = [dialog.period.itemText(i) for i in range(dialog.period.count())]
    assert periods[:2] == [f"{TODAY.year}-T{(TODAY.month - 1) // 3 + 1}",
                           f"{TODAY.year - 1}-T4"] or TODAY.month <= 9
    assert f"{TODAY.year}-T1" not in periods
    dialog.value.setFocus()
    type_text(dialog.value, "soixante")
    _click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "Mesure — Valeur" in dialog.error.text()
    dialog.value.selectAll()
    type_text(dialog.value, "66,5")
    type_text(dialog.comment, "Chiffre de la DGB, à confirmer")
    dialog.period.setCurrentIndex(dialog.period.findText(f"{TODAY.year - 1}-T4"))
    dialog.grab().save(str(tmp_path / "measurement-dialog.png"))
    _click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = [m for m in listing.detail(cabinet_db, DIRECTOR, "indicator",
                                       indicator.id).related["measurements"]
             if m["period"] == f"{TODAY.year - 1}-T4"]
    assert [(m["value"], m["validated"]) for m in saved] == [(66.5, False)]
    qtbot.waitUntil(lambda: "Provisoire" in pane.detail.toPlainText())
    assert f"sur la valeur provisoire de {TODAY.year}-T3" in pane.detail.toPlainText()
    names = [s.name() for s in pane.chart.chart().series()]
    assert "Valeur provisoire" in names
    hollow = next(s for s in pane.chart.chart().series() if s.objectName() == "provisional")
    assert hollow.count() == 4  # the three of fill_cabinet, never validated, and this one
    pane.grab().save(str(tmp_path / "indicator-pane.png"))
    window.close()
    QApplication.processEvents()


def test_the_director_validates_from_the_context_menu(qtbot: Any, cabinet_db: Database,
                                                      tmp_path: Path) -> None:
    window = _window(qtbot, cabinet_db, DIRECTOR, tmp_path)
    pane = _choose_budget_indicator(qtbot, window)
    controller = window.measurements
    assert controller.validate_action in pane.view.actions()
    assert controller.validate_action.isEnabled()
    button = pane.findChild(QPushButton, "validateMeasurementsButton")
    assert button is not None and button.isVisible()  # also under the detail
    _click(qtbot, button)
    qtbot.waitUntil(lambda: isinstance(controller.dialog, ValidationDialog)
                    and controller.dialog.isVisible())
    dialog = controller.dialog
    assert isinstance(dialog, ValidationDialog)
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert [r.split(" :")[0] for r in rows] == [f"{TODAY.year}-T{q}" for q in (3, 2, 1)]
    assert rows[0].startswith(f"{TODAY.year}-T3 : 64 — saisie par ")
    dialog.grab().save(str(tmp_path / "validation-dialog.png"))
    _click(qtbot, dialog.validate_button)
    qtbot.waitUntil(lambda: dialog.list.count() == 2)
    indicator = pane.current_record()
    validated = {m["period"]: m["validated"] for m in listing.detail(
        cabinet_db, DIRECTOR, "indicator", indicator.id).related["measurements"]}
    assert validated[f"{TODAY.year}-T3"] is True and validated[f"{TODAY.year}-T2"] is False
    qtbot.waitUntil(lambda: "sur la valeur provisoire" not in pane.detail.toPlainText())
    dialog.reject()
    window.close()
    QApplication.processEvents()


def test_a_reader_is_offered_neither_action(qtbot: Any, cabinet_db: Database,
                                            tmp_path: Path) -> None:
    window = _window(qtbot, cabinet_db, READER, tmp_path)
    _choose_budget_indicator(qtbot, window)
    assert not window.measurements.enter_action.isEnabled()
    assert not window.measurements.validate_action.isEnabled()
    assert not window.measurements.validate_button.isVisible()
    window.close()
    QApplication.processEvents()
