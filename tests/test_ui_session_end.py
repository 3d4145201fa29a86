"""An account deactivated while its window is open: one notice, and the session ends.

The administrator deactivates the account from another seat (here: the accounts service). The
user's next action calls a service, which refuses; the window then shows no error box but
covers itself with one French notice and a button to quit, whatever pane or dialog made the
call, on the GUI thread or on a worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from cabinet_desktop.domain.enums import Classification, Role
from cabinet_desktop.services import accounts, authentication
from cabinet_desktop.services.actor import Actor, system_actor
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.app import make_application
from cabinet_desktop.ui.panes.settings_pane import SettingsPane
from cabinet_desktop.ui.shell.main_window import ORDER, MainWindow
from cabinet_desktop.ui.signin.lock import Cover
from cabinet_desktop.ui.workspace import Workspace
from tests.ui_support import fill_cabinet, ini_settings

pytestmark = pytest.mark.gui

ADMIN_PASSWORD = "Baobab sous la pluie 7"
USER_PASSWORD = "Le fleuve Mouhoun en crue"
NOTICE = "Votre compte a été désactivé par l'administrateur : la session est terminée."
SHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"


@pytest.fixture
def db(sqlite_database: Database) -> Database:
    fill_cabinet(sqlite_database, system_actor("tests"))
    accounts.create_first_admin(sqlite_database, "admin", ADMIN_PASSWORD, "Awa Traoré")
    return sqlite_database


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The message boxes the window would have shown (none is expected)."""
    shown: list[str] = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda _parent, _title, text, *_a, **_k:
                            shown.append(text) or QMessageBox.StandardButton.Ok)
    return shown


def _admin(db: Database) -> Actor:
    return authentication.login(db, "admin", ADMIN_PASSWORD)


def _user(db: Database, login: str, role: Role) -> Actor:
    accounts.create_user(db, _admin(db), login, USER_PASSWORD, role, Classification.SECRET,
                         "Issa Kaboré")
    return authentication.login(db, login, USER_PASSWORD)


def _deactivate(db: Database, actor: Actor) -> None:
    """What the administrator does in the Users pane, elsewhere."""
    assert actor.user_id is not None
    admin = _admin(db)
    row = accounts.get_user(db, admin, actor.user_id)
    accounts.set_active(db, admin, row.id, row.version, False)


def _window(qtbot: Any, db: Database, actor: Actor, tmp_path: Path,
            size: tuple[int, int] = (1366, 768)) -> MainWindow:
    make_application()
    window = MainWindow(Workspace(db, actor), ini_settings(tmp_path))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _click_sidebar(qtbot: Any, window: MainWindow, kind: str) -> None:
    item = window.sidebar.item(ORDER.index(kind))
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())


def _assert_ended(window: MainWindow) -> Cover:
    lock = window.session.lock
    assert lock.ended and lock.locked
    cover = lock.form
    assert cover is not None and cover.parent() is window and cover.isVisible()
    assert cover.title.text() == "Compte désactivé"
    assert cover.who.text() == NOTICE and cover.who.isVisible()
    assert not cover.password.isVisible() and not cover.button.isVisible()
    assert cover.quit_button is not None and cover.quit_button.isVisible()
    assert cover.geometry() == window.rect()
    assert not window.centralWidget().isEnabled() and not window.menuBar().isEnabled()
    assert not window.refresh_action.isEnabled() and not window.search_action.isEnabled()
    return cover


def test_a_pane_opened_after_deactivation_ends_the_session_with_one_notice(
        qtbot: Any, db: Database, tmp_path: Path, boxes: list[str]) -> None:
    director = _user(db, "dc.ouedraogo", Role.DIRECTOR)
    window = _window(qtbot, db, director, tmp_path)
    _deactivate(db, director)
    _click_sidebar(qtbot, window, "mission")  # the list pane counts on the GUI thread
    qtbot.waitUntil(lambda: window.session.lock.ended)
    cover = _assert_ended(window)
    assert boxes == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "session_ended_1366.png"))
    # Ctrl+L and F5 do nothing more: no error box, no password form.
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert boxes == [] and cover.isVisible() and not cover.password.isVisible()
    assert window.session.lock.unlock(USER_PASSWORD) is False
    assert cover.quit_button is not None
    qtbot.mouseClick(cover.quit_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_a_refresh_read_on_a_worker_ends_the_session(qtbot: Any, db: Database,
                                                      tmp_path: Path, boxes: list[str]) -> None:
    director = _user(db, "dc.ouedraogo", Role.DIRECTOR)
    window = _window(qtbot, db, director, tmp_path, (1920, 1080))
    pane = window.show_pane("dashboard")
    qtbot.waitUntil(lambda: pane.data is not None)  # the first read went through
    _deactivate(db, director)
    qtbot.keyClick(window, Qt.Key.Key_F5)  # the dashboard reads on a worker thread
    qtbot.waitUntil(lambda: window.session.lock.ended)
    _assert_ended(window)
    window.grab().save(str(SHOTS / "session_ended_1920.png"))
    assert boxes == []


def test_an_open_dialog_is_closed_and_the_notice_is_on_the_window(
        qtbot: Any, db: Database, tmp_path: Path, boxes: list[str]) -> None:
    second = _user(db, "admin.deux", Role.ADMIN)
    window = _window(qtbot, db, second, tmp_path)
    dialog = window.session.open_settings()
    qtbot.waitExposed(dialog)
    pane = dialog.pane
    assert isinstance(pane, SettingsPane)
    _deactivate(db, second)
    pane.fields["city"].clear()
    qtbot.keyClicks(pane.fields["city"], "Koudougou")
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.lock.ended)
    assert not dialog.isVisible()
    _assert_ended(window)
    assert boxes == []


def test_another_users_deactivation_leaves_the_window_alone(
        qtbot: Any, db: Database, tmp_path: Path, boxes: list[str]) -> None:
    director = _user(db, "dc.ouedraogo", Role.DIRECTOR)
    adviser = _user(db, "ct.kabore", Role.ADVISER)
    window = _window(qtbot, db, director, tmp_path)
    _deactivate(db, adviser)
    from cabinet_desktop.domain.errors import AuthenticationError
    from cabinet_desktop.services import listing

    with pytest.raises(AuthenticationError):
        listing.count(db, adviser, "mission")  # the adviser's own window would end
    _click_sidebar(qtbot, window, "mission")
    pane = window.list_pane("mission")
    assert pane is not None
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0)
    QApplication.processEvents()  # a queued end of the session would run here
    assert not window.session.lock.ended and not window.session.lock.locked
    assert window.centralWidget().isEnabled() and boxes == []
