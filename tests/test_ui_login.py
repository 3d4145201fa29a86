"""Signing in, locking and unlocking, users and settings — driven through the widgets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QPushButton

from cabinet_desktop.demo.accounts import create_demo_accounts
from cabinet_desktop.domain.entities import Setting
from cabinet_desktop.domain.enums import Classification, Role
from cabinet_desktop.services import accounts, authentication, settings
from cabinet_desktop.services.actor import Actor, system_actor
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.app import make_application
from cabinet_desktop.ui.dialogs.user_dialog import UserDialog
from cabinet_desktop.ui.panes.list_pane import ListPane
from cabinet_desktop.ui.panes.settings_pane import SettingsPane
from cabinet_desktop.ui.panes.users_pane import UsersPane
from cabinet_desktop.ui.shell.main_window import ORDER, MainWindow
from cabinet_desktop.ui.signin.login_dialog import FirstAdminDialog, LoginDialog, sign_in
from cabinet_desktop.ui.workspace import Workspace
from tests.ui_support import fill_cabinet, ini_settings

pytestmark = pytest.mark.gui

ADMIN_PASSWORD = "Baobab sous la pluie 7"
USER_PASSWORD = "Le fleuve Mouhoun en crue"


@pytest.fixture
def db(sqlite_database: Database) -> Database:
    fill_cabinet(sqlite_database, system_actor("tests"))
    accounts.create_first_admin(sqlite_database, "admin", ADMIN_PASSWORD, "Awa Traoré")
    return sqlite_database


def _admin(db: Database) -> Actor:
    return authentication.login(db, "admin", ADMIN_PASSWORD)


def _user(db: Database, login: str, role: Role, clearance: Classification) -> Actor:
    admin = _admin(db)
    row = accounts.create_user(db, admin, login, USER_PASSWORD, role, clearance,
                               "Issa Kaboré").account
    accounts.reset_password(db, admin, row.id, USER_PASSWORD)
    signed = authentication.authenticate(db, login, USER_PASSWORD)
    authentication.change_password(db, signed.actor, USER_PASSWORD, USER_PASSWORD + " bis")
    return signed.actor


def _window(qtbot: Any, db: Database, actor: Actor, tmp_path: Path) -> MainWindow:
    make_application()
    window = MainWindow(Workspace(db, actor), ini_settings(tmp_path))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # shortcuts need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _type_password_and_sign_in(qtbot: Any, dialog: LoginDialog, login: str,
                               password: str) -> None:
    dialog.login.clear()
    qtbot.keyClicks(dialog.login, login)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


# --------------------------------------------------------------------------- login


def test_login_dialog_refuses_then_accepts(qtbot: Any, db: Database) -> None:
    make_application()
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.demo_table is None  # not a demo database: no account shown
    _type_password_and_sign_in(qtbot, dialog, "admin", "pas le bon")
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Identifiant ou mot de passe incorrect."
    assert dialog.password.text() == "" and dialog.signed is None
    _type_password_and_sign_in(qtbot, dialog, "inconnu", "pas le bon")
    assert dialog.error.text() == "Identifiant ou mot de passe incorrect."
    _type_password_and_sign_in(qtbot, dialog, "admin", ADMIN_PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.signed is not None and dialog.signed.actor.role is Role.ADMIN


def test_repeated_failures_disable_the_button_for_a_while(qtbot: Any, db: Database) -> None:
    make_application()
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(authentication.FREE_ATTEMPTS):
        _type_password_and_sign_in(qtbot, dialog, "admin", "mauvais")
    assert "Trop de tentatives" in dialog.error.text()
    assert not dialog.sign_in_button.isEnabled()


def test_demo_database_lists_its_accounts(qtbot: Any, sqlite_database: Database) -> None:
    make_application()
    create_demo_accounts(sqlite_database)
    with sqlite_database.writing() as session:
        row = session.get(Setting, "is_demo")
        assert row is not None
        row.value = json.dumps(True)
    dialog = LoginDialog(sqlite_database)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "DÉMONSTRATION" in dialog.windowTitle()
    table = dialog.demo_table
    assert table is not None and table.rowCount() == len(Role)
    # every column (« Habilitation » too) and every row shows, without scrolling, at 1366×768
    assert dialog.width() <= 1366 and dialog.height() <= 768
    assert table.horizontalHeader().length() <= table.viewport().width()
    assert table.verticalHeader().length() <= table.viewport().height()
    logins = [table.item(row, 0).text() for row in range(table.rowCount())]  # type: ignore[union-attr]
    row = logins.index("ct")
    rect = table.visualItemRect(table.item(row, 0))  # type: ignore[arg-type]
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (dialog.login.text(), dialog.password.text()) == ("ct", "ct-demo-2026")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.signed is not None and dialog.signed.actor.role is Role.ADVISER


def test_first_start_creates_the_administrator(qtbot: Any, sqlite_database: Database) -> None:
    make_application()
    dialog = FirstAdminDialog(sqlite_database)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Awa Traoré")  # QTest types ASCII only
    qtbot.keyClicks(dialog.password, "azerty123456")
    qtbot.keyClicks(dialog.confirm, "azerty123456")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[union-attr]
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "plus courants" in dialog.error.text() and dialog.actor is None
    for field in (dialog.password, dialog.confirm):
        field.clear()
        qtbot.keyClicks(field, ADMIN_PASSWORD)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.actor is not None and dialog.actor.display_name == "Awa Traoré"
    assert authentication.login(sqlite_database, "admin", ADMIN_PASSWORD).role is Role.ADMIN


def _when_dialog(qtbot: Any, kind: type[QDialog], act: Any, name: str = "") -> None:
    """Run ``act(dialog)`` on the next modal dialog of ``kind`` (and ``name``) once shown.

    Whatever happens in ``act``, the dialog does not stay open: a failing step cannot leave
    the test waiting on a modal dialog.
    """
    attempts = {"left": 250}

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if (isinstance(dialog, kind) and dialog.isVisible()
                and (not name or dialog.objectName() == name)):
            try:
                act(dialog)
            finally:
                if dialog.isVisible():
                    dialog.reject()
        elif attempts["left"] > 0:
            attempts["left"] -= 1
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


def test_forced_password_change_after_a_reset(qtbot: Any, db: Database) -> None:
    make_application()
    admin = _admin(db)
    row = accounts.create_user(db, admin, "sec.zongo", USER_PASSWORD, Role.SECRETARIAT, 1).account
    steps: list[str] = []

    def login_step(dialog: QDialog) -> None:
        assert isinstance(dialog, LoginDialog)
        steps.append("login")
        _type_password_and_sign_in(qtbot, dialog, "sec.zongo", USER_PASSWORD)
        _when_dialog(qtbot, QDialog, change_step, "passwordDialog")

    def change_step(dialog: QDialog) -> None:
        steps.append(dialog.objectName())
        assert dialog.findChild(object, "forcedNotice") is not None
        for name, text in (("currentPassword", USER_PASSWORD),
                           ("newPassword", "Une phrase toute neuve"),
                           ("confirmPassword", "Une phrase toute neuve")):
            qtbot.keyClicks(dialog.findChild(object, name), text)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[union-attr]
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    _when_dialog(qtbot, LoginDialog, login_step)
    actor = sign_in(db)
    assert steps == ["login", "passwordDialog"]
    assert actor is not None and actor.user_id == row.id
    assert not authentication.authenticate(db, "sec.zongo", "Une phrase toute neuve"
                                     ).must_change_password


# --------------------------------------------------------------------------- lock


def test_ctrl_l_locks_and_the_password_unlocks_with_work_kept(qtbot: Any, db: Database,
                                                              tmp_path: Path) -> None:
    actor = _user(db, "dc.ouedraogo", Role.DIRECTOR, Classification.SECRET)
    window = _window(qtbot, db, actor, tmp_path)
    pane = window.show_pane("dossier")
    assert isinstance(pane, ListPane)
    qtbot.keyClicks(pane.filters.text, "travail en cours 42")
    lock = window.session.lock
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.locked
    cover = lock.form
    assert cover is not None and cover.isVisible() and cover.parent() is window
    assert cover.geometry() == window.rect()
    assert not window.centralWidget().isEnabled() and not window.menuBar().isEnabled()
    assert not window.search_action.isEnabled()  # no shortcut fires while locked
    qtbot.keyClicks(cover.password, "mauvais mot de passe")
    qtbot.mouseClick(cover.button, Qt.MouseButton.LeftButton)
    assert lock.locked and cover.error.text() == "Identifiant ou mot de passe incorrect."
    qtbot.keyClicks(cover.password, USER_PASSWORD + " bis")
    qtbot.keyClick(cover.password, Qt.Key.Key_Return)
    assert not lock.locked
    assert window.centralWidget().isEnabled() and window.search_action.isEnabled()
    assert pane.filters.text.text() == "travail en cours 42"
    assert window.findChild(object, "lockCover") is None or not cover.isVisible()


def test_inactivity_locks_the_window(qtbot: Any, db: Database, tmp_path: Path) -> None:
    settings.save_settings(db, _admin(db), {"inactivity_minutes": 3})
    actor = _user(db, "ct.kabore", Role.ADVISER, Classification.CONFIDENTIAL)
    window = _window(qtbot, db, actor, tmp_path)
    lock = window.session.lock
    assert lock.timer.interval() == 3 * 60_000 and lock.timer.isActive()
    lock.timer.setInterval(30)  # the test does not wait three minutes
    lock.timer.start()
    qtbot.waitUntil(lambda: lock.locked)
    assert lock.form is not None and lock.form.isVisible()
    qtbot.keyClicks(lock.form.password, USER_PASSWORD + " bis")
    qtbot.mouseClick(lock.form.button, Qt.MouseButton.LeftButton)
    assert not lock.locked


def test_lock_covers_an_open_dialog_and_keeps_it(qtbot: Any, db: Database,
                                                 tmp_path: Path) -> None:
    window = _window(qtbot, db, _admin(db), tmp_path)
    dialog = window.session.open_settings()
    qtbot.waitExposed(dialog)
    pane = dialog.pane
    assert isinstance(pane, SettingsPane)
    pane.fields["city"].clear()
    qtbot.keyClicks(pane.fields["city"], "Koudougou")
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(pane.fields["city"], Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session.lock.locked  # Ctrl+L works from the dialog too
    form = window.session.lock.form
    assert form is not None and form.parent() is dialog  # the modal dialog has the input
    assert not pane.isEnabled() or not pane.parentWidget().isEnabled()  # type: ignore[union-attr]
    covers = [c for c in window.session.lock._covers if c.parent() is window]
    assert covers and covers[0].isVisible()
    qtbot.keyClicks(form.password, ADMIN_PASSWORD)
    qtbot.mouseClick(form.button, Qt.MouseButton.LeftButton)
    assert not window.session.lock.locked and dialog.isVisible()
    assert pane.fields["city"].text() == "Koudougou"
    dialog.reject()


# --------------------------------------------------------------------------- role-aware window


def test_window_offers_only_what_the_role_may_do(qtbot: Any, db: Database,
                                                 tmp_path: Path) -> None:
    reader = _user(db, "lecteur.a", Role.READER, Classification.UNCLASSIFIED)
    window = _window(qtbot, db, reader, tmp_path)
    session = window.session
    assert not session.users_action.isVisible() and not session.settings_action.isVisible()
    assert window.sidebar.item(ORDER.index("audit")).isHidden()
    assert not window.verify_action.isVisible()
    admin_window = _window(qtbot, db, _admin(db), tmp_path / "admin")
    admin_session = admin_window.session
    assert admin_session.users_action.isVisible() and admin_session.settings_action.isVisible()
    assert not admin_window.sidebar.item(ORDER.index("audit")).isHidden()


def test_rights_changed_during_the_session_apply_to_the_window(
        qtbot: Any, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An administrator promotes, then demotes, a signed-in user: at the user's next service
    call (here F5) the menus, the journal pane and the status bar follow, without restart."""
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: refused.append(text))
    reader = _user(db, "lecteur.b", Role.READER, Classification.UNCLASSIFIED)
    window = _window(qtbot, db, reader, tmp_path)
    assert window.sidebar.item(ORDER.index("audit")).isHidden()
    admin = _admin(db)
    row = accounts.get_user(db, admin, reader.user_id or 0)
    accounts.update_user(db, admin, row.id, row.version, role=Role.ADMIN,
                         clearance=Classification.SECRET)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.session.users_action.isVisible())
    assert window.session.settings_action.isVisible()
    assert not window.sidebar.item(ORDER.index("audit")).isHidden()
    assert "secret" in window.user_label.text()
    assert "droits ont été modifiés" in window.statusBar().currentMessage()
    window.show_pane("audit")
    row = accounts.get_user(db, admin, reader.user_id or 0)
    accounts.update_user(db, admin, row.id, row.version, role=Role.READER,
                         clearance=Classification.UNCLASSIFIED)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F5)  # reloading the journal is refused…
    assert len(refused) == 1
    qtbot.waitUntil(lambda: window.sidebar.item(ORDER.index("audit")).isHidden())
    assert window.current_kind() == "dashboard"  # …and the window leaves it
    assert not window.session.users_action.isVisible()
    assert window.workspace.actor.role is Role.READER


# --------------------------------------------------------------------------- users pane


def test_users_pane_creates_resets_and_deactivates(qtbot: Any, db: Database,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, db, _admin(db), tmp_path)
    dialog = window.session.open_users()
    pane = dialog.pane
    assert isinstance(pane, UsersPane)
    assert [r.login for r in pane.rows] == ["admin"]

    def fill_new_user(user_dialog: QDialog) -> None:
        assert isinstance(user_dialog, UserDialog)
        qtbot.keyClicks(user_dialog.login, "ct.sanou")
        qtbot.keyClicks(user_dialog.name, "Adama Sanou")
        user_dialog.role.setCurrentIndex(user_dialog.role.findData(Role.ADVISER.value))
        user_dialog.clearance.setCurrentIndex(2)
        qtbot.keyClicks(user_dialog.password, USER_PASSWORD)
        qtbot.keyClicks(user_dialog.confirm, USER_PASSWORD)
        ok = user_dialog.findChild(QDialogButtonBox).button(  # type: ignore[union-attr]
            QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    _when_dialog(qtbot, UserDialog, fill_new_user)
    qtbot.mouseClick(pane.create_button, Qt.MouseButton.LeftButton)
    created = next(r for r in pane.rows if r.login == "ct.sanou")
    assert (created.role, created.clearance, created.must_change_password) == (
        Role.ADVISER, Classification.CONFIDENTIAL, True)
    assert pane.current_user() is not None and pane.current_user().login == "ct.sanou"  # type: ignore[union-attr]

    def fill_reset(reset_dialog: QDialog) -> None:
        for name in ("newPassword", "confirmPassword"):
            qtbot.keyClicks(reset_dialog.findChild(object, name), "Nouvelle phrase du conseiller")
        ok = reset_dialog.findChild(QDialogButtonBox).button(  # type: ignore[union-attr]
            QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    _when_dialog(qtbot, QDialog, fill_reset, "newPasswordDialog")
    qtbot.mouseClick(pane.reset_button, Qt.MouseButton.LeftButton)
    assert authentication.authenticate(db, "ct.sanou", "Nouvelle phrase du conseiller"
                                 ).must_change_password
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    pane.select_login("ct.sanou")
    qtbot.mouseClick(pane.active_button, Qt.MouseButton.LeftButton)
    assert not next(r for r in pane.rows if r.login == "ct.sanou").active
    assert pane.active_button.text().replace("&", "") == "Réactiver"
    dialog.reject()


# --------------------------------------------------------------------------- settings pane


def test_settings_pane_saves_and_refuses_bad_values(qtbot: Any, db: Database,
                                                    tmp_path: Path) -> None:
    make_application()
    pane = SettingsPane(Workspace(db, _admin(db)))
    qtbot.addWidget(pane)
    pane.show()
    pane.reference_format.clear()
    qtbot.keyClicks(pane.reference_format, "{annee}/CAB")
    assert pane.reference_example.text() == "(format invalide)"
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    assert pane.error.isVisible() and "annee" in pane.error.text()
    pane.reference_format.clear()
    qtbot.keyClicks(pane.reference_format, "{year}-{number:03d}/{acronym}/CAB")
    assert pane.reference_example.text() == "2026-042/MEF/CAB"
    pane.inactivity.setValue(20)
    pane.fields["city"].clear()
    qtbot.keyClicks(pane.fields["city"], "Koudougou")
    pane.motto.setText("Unité – Progrès – Justice")
    logo = tmp_path / "logo.png"
    from PySide6.QtGui import QImage

    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    image.save(str(logo), "PNG")
    assert pane.load_logo_file(logo)
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    assert pane.status.text() == "Paramètres enregistrés."
    values = settings.load_settings(db)
    assert (values["inactivity_minutes"], values["city"]) == (20, "Koudougou")
    assert values["logo_png_base64"]
    import datetime as dt

    assert settings.motto_on(db, dt.date.today()) == "Unité – Progrès – Justice"


def test_non_admin_cannot_save_settings_even_if_shown(qtbot: Any, db: Database) -> None:
    make_application()
    director = _user(db, "dc.x", Role.DIRECTOR, Classification.SECRET)
    pane = SettingsPane(Workspace(db, director))
    qtbot.addWidget(pane)
    pane.inactivity.setValue(33)
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    assert "Action non autorisée" in pane.error.text()
    assert settings.load_settings(db)["inactivity_minutes"] == 10


def test_button_types_are_push_buttons(qtbot: Any, db: Database) -> None:
    make_application()
    pane = UsersPane(Workspace(db, _admin(db)))
    qtbot.addWidget(pane)
    assert all(isinstance(b, QPushButton) for b in (pane.create_button, pane.reset_button))


def test_demo_database_without_accounts_gets_them_at_sign_in(qtbot: Any,
                                                             sqlite_database: Database) -> None:
    make_application()
    with sqlite_database.writing() as session:
        row = session.get(Setting, "is_demo")
        assert row is not None
        row.value = json.dumps(True)
    seen: list[int] = []

    def pick_director(dialog: QDialog) -> None:
        assert isinstance(dialog, LoginDialog) and dialog.demo_table is not None
        seen.append(dialog.demo_table.rowCount())
        dialog.use_demo_account(1)
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)

    _when_dialog(qtbot, LoginDialog, pick_director)
    actor = sign_in(sqlite_database)
    assert seen == [len(Role)]
    assert actor is not None and actor.role is Role.DIRECTOR


def test_unlock_after_rights_changed_applies_them(qtbot: Any, db: Database,
                                                  tmp_path: Path) -> None:
    actor = _user(db, "ct.zongo", Role.ADVISER, Classification.SECRET)
    window = _window(qtbot, db, actor, tmp_path)
    window.session.lock.lock()
    admin = _admin(db)
    row = accounts.get_user(db, admin, actor.user_id or 0)
    accounts.update_user(db, admin, row.id, row.version, clearance=Classification.RESTRICTED)
    form = window.session.lock.form
    assert form is not None
    qtbot.keyClicks(form.password, USER_PASSWORD + " bis")
    qtbot.mouseClick(form.button, Qt.MouseButton.LeftButton)
    assert not window.session.lock.locked and window.isVisible()
    assert window.workspace.actor.clearance is Classification.RESTRICTED
    assert "restreint" in window.user_label.text().lower()
