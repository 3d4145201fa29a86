"""Designer forms: compiled output current, mnemonics and tab order, rows shown as they apply,
texts translated in the form's context — driven through the dialogs."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cabinet_desktop.domain.enums import Role
from cabinet_desktop.services import accounts, authentication
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.app import make_application
from cabinet_desktop.ui.dialogs.password_dialog import NewPasswordDialog, PasswordDialog
from cabinet_desktop.ui.dialogs.user_dialog import UserDialog
from cabinet_desktop.ui.panes.settings_pane import SettingsPane
from cabinet_desktop.ui.signin.login_dialog import FirstAdminDialog, LoginDialog, PassphraseDialog
from cabinet_desktop.ui.workspace import Workspace

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "cabinet_desktop" / "ui" / "forms_generated"
ADMIN_PASSWORD = "Baobab sous la pluie 7"
#: uic writes its own version in the header; a newer PySide6 must not fail an unchanged form
VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.M)


def _uic() -> str:
    found = (shutil.which("pyside6-uic", path=str(Path(sys.executable).parent))
             or shutil.which("pyside6-uic"))
    assert found, "pyside6-uic not found beside the interpreter nor on PATH"
    return found


# --------------------------------------------------------------------------- generated code


def test_every_generated_module_is_the_compilation_of_its_form() -> None:
    forms = sorted(FORMS.glob("*.ui"))
    assert forms, "no Designer form in forms/"
    for form in forms:
        module = GENERATED / f"ui_{form.stem}.py"
        assert module.exists(), f"{module.name} missing: run make forms"
        compiled = subprocess.run([_uic(), "--no-autoconnection", str(form)], check=True,
                                  capture_output=True, text=True, encoding="utf-8").stdout
        committed = module.read_text(encoding="utf-8")
        assert VERSION_LINE.sub("", compiled) == VERSION_LINE.sub("", committed), (
            f"{module.name} is not the compilation of {form.name}: run make forms "
            "(and never edit the generated module by hand)")
    orphans = sorted(p.name for p in GENERATED.glob("ui_*.py")
                     if not (FORMS / f"{p.stem[3:]}.ui").exists())
    assert orphans == [], f"generated modules without a form: {orphans}"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def admin_db(sqlite_database: Database) -> Database:
    accounts.create_first_admin(sqlite_database, "admin", ADMIN_PASSWORD, "Awa Traoré")
    return sqlite_database


def _admin(db: Database) -> Actor:
    return authentication.login(db, "admin", ADMIN_PASSWORD)


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    make_application()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()  # mnemonics need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def _converted(db: Database) -> Iterator[QWidget]:
    """One instance of every widget built from a form, with the rows a user sees."""
    admin = _admin(db)
    yield PasswordDialog(db, admin, forced=True)
    yield NewPasswordDialog("Réinitialiser", "Nouveau mot de passe de « ct ».", "ct")
    yield UserDialog(Workspace(db, admin))
    yield FirstAdminDialog(db)
    yield PassphraseDialog("/tmp/base.sqlite3", new=True)
    yield LoginDialog(db)
    yield SettingsPane(Workspace(db, admin))


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text)
    return found.group(1).lower() if found else None


# --------------------------------------------------------------------------- keyboard


def test_labels_have_buddies_and_mnemonics_do_not_clash(qtbot: QtBot,
                                                        admin_db: Database) -> None:
    make_application()
    for widget in _converted(admin_db):
        qtbot.addWidget(widget)
        widget.show()
        letters: dict[str, str] = {}
        owners = [w for w in widget.findChildren(QWidget)
                  if isinstance(w, QLabel | QAbstractButton) and w.isVisible()]
        for owner in owners:
            letter = _mnemonic(owner.text())
            if letter is None:
                continue
            if isinstance(owner, QLabel):
                buddy = owner.buddy()
                assert buddy is not None and buddy.isVisible(), (
                    f"{widget.objectName()}: « {owner.text()} » has no visible buddy")
            assert letter not in letters, (
                f"{widget.objectName()}: Alt+{letter} on « {letters[letter]} » and "
                f"« {owner.text()} »")
            letters[letter] = owner.text()
        widget.close()


def test_password_dialog_is_driven_from_the_keyboard(qtbot: QtBot, admin_db: Database) -> None:
    dialog = _shown(qtbot, PasswordDialog(admin_db, _admin(admin_db)))
    assert isinstance(dialog, PasswordDialog)
    assert dialog.focusWidget() is dialog.current
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.new
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.confirm
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.current  # « Mot de passe ac&tuel »
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.confirm  # « &Confirmation »


def test_user_dialog_tab_order_follows_the_form(qtbot: QtBot, admin_db: Database) -> None:
    dialog = _shown(qtbot, UserDialog(Workspace(admin_db, _admin(admin_db))))
    assert isinstance(dialog, UserDialog)
    seen = [dialog.focusWidget()]
    for _ in range(6):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        seen.append(dialog.focusWidget())
    assert seen == [dialog.login, dialog.person, dialog.name, dialog.role, dialog.clearance,
                    dialog.password, dialog.confirm]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.clearance  # « &Habilitation »


# --------------------------------------------------------------------------- rows that apply


def test_password_fields_hide_what_is_typed(admin_db: Database) -> None:
    make_application()
    for widget in _converted(admin_db):
        for name in ("currentPassword", "newPassword", "confirmPassword", "password",
                     "passphrase", "confirmPassphrase"):
            field = widget.findChild(QLineEdit, name)
            if field is not None:
                assert field.echoMode() == QLineEdit.EchoMode.Password, name
                assert field.maxLength() < 32767, name  # the policy's limit, not Qt's
        widget.deleteLater()


def test_forced_notice_only_when_the_change_is_forced(qtbot: QtBot, admin_db: Database) -> None:
    admin = _admin(admin_db)
    chosen = _shown(qtbot, PasswordDialog(admin_db, admin))
    notice = chosen.findChild(QLabel, "forcedNotice")
    assert notice is not None and not notice.isVisible()
    forced = _shown(qtbot, PasswordDialog(admin_db, admin, forced=True))
    notice = forced.findChild(QLabel, "forcedNotice")
    assert notice is not None and notice.isVisible()
    assert "attribué par l'administrateur" in notice.text()


def test_editing_an_account_shows_no_password_rows(qtbot: QtBot, admin_db: Database) -> None:
    admin = _admin(admin_db)
    row = accounts.list_users(admin_db, admin)[0]
    dialog = _shown(qtbot, UserDialog(Workspace(admin_db, admin), row))
    assert isinstance(dialog, UserDialog)
    assert dialog.windowTitle() == "Compte « admin »"
    assert dialog.login.text() == "admin" and dialog.login.isReadOnly()
    assert dialog.role.currentData() == Role.ADMIN.value
    hidden = [dialog.password, dialog.confirm, dialog.ui.newPasswordLabel,
              dialog.ui.confirmPasswordLabel, dialog.ui.policyHint, dialog.ui.firstLoginNote]
    assert not any(widget.isVisible() for widget in hidden)
    assert dialog.height() < 260  # no room kept for the hidden rows
    new = _shown(qtbot, UserDialog(Workspace(admin_db, admin)))
    assert all(widget.isVisible() for widget in (new.findChild(QLineEdit, "newPassword"),
                                                 new.findChild(QLabel, "policyHint"),
                                                 new.findChild(QLabel, "firstLoginNote")))


def test_existing_encrypted_base_asks_the_passphrase_once(qtbot: QtBot) -> None:
    dialog = _shown(qtbot, PassphraseDialog("/tmp/base.sqlite3"))
    assert isinstance(dialog, PassphraseDialog)
    assert dialog.field.isVisible() and dialog.focusWidget() is dialog.field
    assert not dialog.encrypt.isVisible() and not dialog.confirm.isVisible()
    assert "/tmp/base.sqlite3" in dialog.ui.intro.text()


def test_error_line_does_not_squeeze_the_fields(qtbot: QtBot, admin_db: Database) -> None:
    dialog = _shown(qtbot, PasswordDialog(admin_db, _admin(admin_db)))
    assert isinstance(dialog, PasswordDialog)
    fields = (dialog.current, dialog.new, dialog.confirm)

    def rows() -> list[tuple[int, int]]:
        return [(field.y() - fields[0].y(), field.height()) for field in fields]

    before = rows()
    qtbot.keyClicks(dialog.new, "Une phrase assez longue")
    qtbot.keyClicks(dialog.confirm, "Une phrase assez longe")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "ne sont pas identiques" in dialog.error.text()
    assert rows() == before  # the dialog grew for the error line: same rows, same spacing
    bottom = dialog.buttons.geometry().bottom()
    assert dialog.error.geometry().bottom() < dialog.buttons.geometry().top() <= bottom
    assert bottom < dialog.height()


# --------------------------------------------------------------------------- translation


class _Marking(QTranslator):
    """Prefixes every text of the forms' contexts, to see which context each was asked in."""

    CONTEXTS = ("PasswordDialog", "NewPasswordDialog", "UserDialog", "FirstAdminDialog",
                "PassphraseDialog", "LoginDialog", "SettingsPane")

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        del disambiguation, n
        return f"[{context}] {source}" if context in self.CONTEXTS else ""

    def isEmpty(self) -> bool:
        return False


def test_form_texts_are_translated_in_the_form_class_context(qtbot: QtBot,
                                                            admin_db: Database) -> None:
    app = make_application()
    marking = _Marking()
    assert QCoreApplication.installTranslator(marking)
    try:
        admin = _admin(admin_db)
        password = PasswordDialog(admin_db, admin)
        qtbot.addWidget(password)
        assert password.windowTitle() == "[PasswordDialog] Changer mon mot de passe"
        assert password.ui.newPasswordLabel.text() == "[PasswordDialog] &Nouveau mot de passe :"
        user = UserDialog(Workspace(admin_db, admin))
        qtbot.addWidget(user)
        assert user.ui.roleLabel.text() == "[UserDialog] &Rôle :"
        login = LoginDialog(admin_db)
        qtbot.addWidget(login)
        assert login.ui.loginLabel.text() == "[LoginDialog] &Identifiant :"
        pane = SettingsPane(Workspace(admin_db, admin))
        qtbot.addWidget(pane)
        assert pane.ui.cityLabel.text() == "[SettingsPane] &Ville :"
        assert pane.inactivity.suffix() == "[SettingsPane]  min"
        assert pane.amber.suffix() == " %"  # marked untranslatable in the form
    finally:
        QCoreApplication.removeTranslator(marking)
    assert app is not None
