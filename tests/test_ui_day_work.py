"""The cabinet's day in the window: « À traiter » opening its lists, the reminders panel at
sign-in and on the next day, a mission's progress from its detail panel, « Changer
d'utilisateur… » with a form left open, and the window in English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QMessageBox, QTreeWidget

from cabinet_desktop.domain.enums import Classification, MissionStatus, Role
from cabinet_desktop.services import authentication, records
from cabinet_desktop.services.account_records import new_user, system_author
from cabinet_desktop.services.actor import Actor, system_actor
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.panes.dashboard import ToDoCard
from cabinet_desktop.ui.shell.main_window import MainWindow
from cabinet_desktop.ui.shell.missions import ProgressDialog
from cabinet_desktop.ui.signin.login_dialog import LoginDialog
from cabinet_desktop.ui.workspace import Workspace
from tests.factories import dossier, mission
from tests.ui_support import ini_settings, type_text

pytestmark = pytest.mark.gui

TODAY = dt.date.today()
PASSWORD = "Le fleuve Mouhoun en crue"


def _day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


@pytest.fixture
def db(sqlite_database: Database) -> Database:
    """Two accounts (a conseiller, a DC) and the conseiller's work."""
    system = system_actor("tests")
    with sqlite_database.writing() as session:
        for login, role, name in (("ct", Role.ADVISER, "Issa Kaboré"),
                                  ("dc", Role.DIRECTOR, "Aminata Sawadogo")):
            new_user(session, system_author(), login, PASSWORD, role, Classification.SECRET,
                     name, must_change=False)
    ct = _actor(sqlite_database, "ct")
    with sqlite_database.reading() as session:
        from cabinet_desktop.services import session_guard

        mine = session_guard.current(session, ct).person_id
    for number, due in enumerate((-2, -1, 1)):
        dossier(sqlite_database, system, object=f"Projet d'arrêté numéro {number}",
                instructor_id=mine, received_date=_day(-20), avis_due_date=_day(due))
    mission(sqlite_database, system, title="Préparer la revue trimestrielle", assignee_id=mine,
            start_date=_day(-30), due_date=_day(-1), origin="cabinet_initiative")
    mission(sqlite_database, system, title="Bilan annuel achevé", assignee_id=mine,
            start_date=_day(-300), due_date=_day(-200), status="done",
            completed_date=_day(-201), origin="cabinet_initiative")
    return sqlite_database


def _actor(database: Database, login: str) -> Actor:
    return authentication.login(database, login, PASSWORD)


def _window(qtbot: Any, database: Database, actor: Actor, tmp_path: Path,
            name: str = "settings") -> MainWindow:
    window = MainWindow(Workspace(database, actor),
                        ini_settings(tmp_path / name) if name != "settings"
                        else ini_settings(tmp_path))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    board = window.panes["dashboard"]
    qtbot.waitUntil(lambda: board.data is not None and not board.loading)
    return window


def _to_do_line(window: MainWindow, key: str) -> Any:
    card = window.panes["dashboard"].findChild(ToDoCard)
    tree = card.findChild(QTreeWidget, "toDoList")
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        if item.data(0, Qt.ItemDataRole.UserRole + 1).key == key:
            return tree, item
    raise AssertionError(key)


def _click_item(qtbot: Any, tree: QTreeWidget, item: Any) -> None:
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_to_do_opens_the_filtered_list_and_the_chip_drops_it(qtbot: Any, db: Database,
                                                              tmp_path: Path) -> None:
    window = _window(qtbot, db, _actor(db, "ct"), tmp_path)
    tree, item = _to_do_line(window, "avis_to_give")
    assert item.text(0) == "3" and "2 en retard" in item.text(2)
    window.grab().save(str(tmp_path / "to_do.png"))
    _click_item(qtbot, tree, item)
    pane = window.list_pane("dossier")
    assert window.current_kind() == "dossier"
    qtbot.waitUntil(lambda: pane.model.total == 3)
    chip = pane.filters.work_chip
    assert chip.isVisible() and "Dossiers imputés en attente de mon avis" in chip.text()
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)  # drop the work list: every dossier
    assert not chip.isVisible()
    qtbot.waitUntil(lambda: pane.model.total == 3 and pane.filters.query().work == ())

    # « Mes missions » and the default « Non achevées »: the 2024 mission done is not shown
    window.show_pane("mission")
    missions = window.list_pane("mission")
    qtbot.waitUntil(lambda: missions.model.total == 1)
    open_only = missions.filters.work["open_missions"]
    assert open_only.isChecked()
    qtbot.mouseClick(open_only, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: missions.model.total == 2)


def test_reminders_at_sign_in_then_on_the_next_day(qtbot: Any, db: Database,
                                                   tmp_path: Path) -> None:
    window = _window(qtbot, db, _actor(db, "ct"), tmp_path)
    panel = window.reminder_panel
    qtbot.waitUntil(panel.isVisible)
    assert "3 en retard" in panel.summary.text()  # two avis and a mission, this week
    window.grab().save(str(tmp_path / "reminders.png"))
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()

    # the same day, a new window (a new sign-in): nothing new, no panel
    again = _window(qtbot, db, _actor(db, "ct"), tmp_path, "again")
    with qtbot.waitSignal(again.reminders.timer.timeout, timeout=200, raising=False):
        pass
    assert not again.reminder_panel.isVisible()

    # two days later, the window left open: the avis due tomorrow is late now
    moment = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    window.reminders.clock = lambda: moment
    with qtbot.waitSignal(window.reminders.shown) as shown:
        window.reminders.check_day()
    found = shown.args[0]
    assert [(item.title, item.late) for item in found.items] == [
        ("Projet d'arrêté numéro 2", True)]
    assert panel.isVisible() and "Depuis votre dernière connexion" in panel.summary.text()
    # its line opens the dossier
    link = panel.lines.text().split('href="')[1].split('"')[0]
    panel.lines.linkActivated.emit(link)
    pane = window.list_pane("dossier")
    qtbot.waitUntil(lambda: pane.current_record() is not None)
    assert pane.current_record().get("object") == "Projet d'arrêté numéro 2"


def test_mission_progress_from_the_detail_panel(qtbot: Any, db: Database,
                                                tmp_path: Path) -> None:
    window = _window(qtbot, db, _actor(db, "dc"), tmp_path)
    pane = window.show_pane("mission")
    qtbot.waitUntil(lambda: pane.model.total == 1)
    pane.select_row(0)
    mission_id = pane.current_record().id
    button = pane.findChild(type(pane.edit_button), "missionProgressButton")
    qtbot.waitUntil(button.isVisible)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.missions.dialog
    assert isinstance(dialog, ProgressDialog)
    qtbot.waitExposed(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData(MissionStatus.CANCELLED))
    assert dialog.reason.isVisible() and not dialog.completed.isVisible()
    ok = dialog.buttons.buttons()[0]
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no reason: refused, said in the dialog
    qtbot.waitUntil(dialog.error.isVisible)
    assert "Motif" in dialog.error.text() and dialog.isVisible()
    type_text(dialog.reason, "Reportée au prochain exercice")
    dialog.grab().save(str(tmp_path / "progress.png"))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = records.get(db, window.workspace.actor, "mission", mission_id)
    assert saved.get("status") is MissionStatus.CANCELLED
    assert saved.get("status_reason") == "Reportée au prochain exercice"
    # cancelled, it leaves the open work; Ctrl+Z brings it back
    qtbot.waitUntil(lambda: pane.model.total == 0)
    window.editing.undo_action.trigger()
    qtbot.waitUntil(lambda: records.get(db, window.workspace.actor, "mission",
                                        mission_id).get("status") is MissionStatus.TODO)
    qtbot.waitUntil(lambda: pane.model.total == 1)


def test_new_instruction_of_the_minister_fills_the_form(qtbot: Any, db: Database,
                                                        tmp_path: Path) -> None:
    window = _window(qtbot, db, _actor(db, "dc"), tmp_path)
    window.missions.instruction_action.trigger()
    qtbot.waitUntil(lambda: bool(window.editing.forms))
    form = window.editing.forms[-1]
    values = form.values()
    assert str(values["origin"]) == "minister_instruction"
    assert values["instruction_date"] == TODAY.strftime("%d/%m/%Y")
    assert values["instruction_authority"] == "Le Ministre"
    form.reject()


def _when_modal(qtbot: Any, act: Any, kind: type = QMessageBox) -> None:
    """Run ``act(dialog)`` on the next modal dialog of ``kind`` once it shows."""
    left = {"n": 250}

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        elif left["n"] > 0:
            left["n"] -= 1
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


def test_switch_user_asks_about_open_forms_then_signs_in_someone_else(
        qtbot: Any, db: Database, tmp_path: Path) -> None:
    window = _window(qtbot, db, _actor(db, "dc"), tmp_path)
    opened: list[MainWindow] = []

    def reopen(actor: Actor) -> MainWindow:
        new = MainWindow(Workspace(db, actor), ini_settings(tmp_path / "next"))
        qtbot.addWidget(new)
        new.show()
        opened.append(new)
        return new

    window.session.reopen = reopen
    window.show_pane("mission")
    window.editing.new_record("mission")
    qtbot.waitUntil(lambda: bool(window.editing.forms))
    form = window.editing.forms[-1]
    qtbot.waitExposed(form)
    type_text(form.findChild(QLineEdit, "edit_title"), "Une mission commencée")
    assert form.modified

    # « Annuler » in the question: nothing happens, the form and the window stay
    _when_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    action = window.findChild(type(window.quit_action), "switchUserAction")
    action.trigger()
    assert window.isVisible() and form.isVisible() and not opened

    # « Ne pas enregistrer »: the sign-in dialog comes, the conseiller signs in
    def sign_in_as_ct(dialog: LoginDialog) -> None:
        qtbot.keyClicks(dialog.login, "ct")
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)

    _when_modal(qtbot, lambda box: (box.button(QMessageBox.StandardButton.Discard).click(),
                                    _when_modal(qtbot, sign_in_as_ct, LoginDialog)))
    action.trigger()
    assert opened and opened[0].workspace.actor.login == "ct"
    qtbot.waitUntil(lambda: not window.isVisible())


def test_english_window_translates_menus_and_filters(qtbot: Any, db: Database,
                                                     tmp_path: Path) -> None:
    from cabinet_desktop.ui.shell.language import ENGLISH, FRENCH, install_translations

    app = QApplication.instance()
    install_translations(app, ENGLISH)
    try:
        with db.writing() as session:
            new_user(session, system_author(), "admin", PASSWORD, Role.ADMIN,
                     Classification.RESTRICTED, "Awa Traoré", must_change=False)
        window = _window(qtbot, db, _actor(db, "admin"), tmp_path)
        tools = {a.objectName(): a for a in window.tools_menu.actions()}
        assert tools["usersAction"].isVisible() and tools["usersAction"].text() == \
            "User &accounts…"
        assert tools["settingsAction"].isVisible()
        files = {a.objectName(): a.text() for a in window.file_menu.actions()}
        assert files["switchUserAction"] == "Switch &user…"
        pane = window.show_pane("mission")
        assert pane.filters.combos["status"].itemText(0).startswith("Status")
        assert pane.filters.findChild(QCheckBox, "work_instructions").text() == \
            "Minister's instructions"
        window.panes["dashboard"].grab().save(str(tmp_path / "english.png"))
    finally:
        install_translations(app, FRENCH)


def test_filter_dates_open_on_today(qtbot: Any, db: Database, tmp_path: Path) -> None:
    window = _window(qtbot, db, _actor(db, "dc"), tmp_path)
    pane = window.show_pane("mission")
    edit = pane.filters.date_from
    assert edit is not None and edit.date() == edit.minimumDate()  # « du — »: no bound
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton,
                     pos=QPoint(edit.width() - 8, edit.height() // 2))  # its arrow
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.window().hide()
