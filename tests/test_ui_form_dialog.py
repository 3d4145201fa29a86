"""The shared form-dialog behaviour: a value typed twice must match, and nothing is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from cabinet_desktop.services import sign_in_reads
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.signin.login_dialog import FirstAdminDialog


def test_first_admin_with_mismatched_confirmation_is_refused(qtbot: QtBot,
                                                             sqlite_database: Database) -> None:
    dialog = FirstAdminDialog(sqlite_database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "fullName"), "Issa Sawadogo")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "newPassword"), "une phrase assez longue")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "confirmPassword"), "une phrase assez longe")
    buttons = dialog.findChild(QDialogButtonBox, "buttons")
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Créer le compte"
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "error")
    assert error.isVisible() and "ne sont pas identiques" in error.text()
    assert dialog.isVisible() and dialog.actor is None
    assert not sign_in_reads.has_accounts(sqlite_database)
