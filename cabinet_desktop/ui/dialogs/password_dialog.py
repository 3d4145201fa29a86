"""Password dialogs: the user changes their own password; a new password is chosen (twice).

Their layouts are Designer forms (``forms/password_dialog.ui``, ``forms/new_password_dialog.ui``);
the classes here fill the texts that depend on data and check what is typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from cabinet_desktop.domain.errors import CabinetError, ValidationError
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import passwords
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.dialogs.form_dialog import FormDialog, error_label
from cabinet_desktop.ui.forms_generated.ui_new_password_dialog import Ui_NewPasswordDialog
from cabinet_desktop.ui.forms_generated.ui_password_dialog import Ui_PasswordDialog

__all__ = ["NewPasswordDialog", "PasswordDialog", "as_password_field", "error_label",
           "password_field", "show_policy"]


def as_password_field(field: QLineEdit) -> QLineEdit:
    """Make ``field`` hide what is typed, up to the policy's maximum length."""
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(passwords.MAX_LENGTH)
    return field


def password_field(name: str) -> QLineEdit:
    """A new line edit that hides what is typed (the lock screen's, built in code)."""
    field = QLineEdit()
    field.setObjectName(name)
    return as_password_field(field)


def show_policy(label: QLabel) -> QLabel:
    """Write the password policy (its minimum length is the service's) into ``label``."""
    label.setText(translate("Passwords",
                            "Au moins {n} caractères ; les mots de passe courants (azerty123456, "
                            "motdepasse…) sont refusés. Une phrase de plusieurs mots est facile "
                            "à retenir et difficile à deviner.")
                  .replace("{n}", str(passwords.MIN_LENGTH)))
    label.setWordWrap(True)
    return label


class NewPasswordDialog(FormDialog):
    """Choose a password, typed twice and checked against the policy (administrator's reset)."""

    def __init__(self, title: str, explanation: str, login: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.use_form(Ui_NewPasswordDialog())
        self.setWindowTitle(title)
        self.login = login
        self.password = ""
        self.ui.intro.setText(explanation)
        show_policy(self.ui.policyHint)
        self.new = as_password_field(self.ui.newPassword)
        self.confirm = as_password_field(self.ui.confirmPassword)
        self.finish_form()

    def accept(self) -> None:
        password = self.new.text()
        if self.differ(self.new, self.confirm):
            return
        problem = passwords.policy_problem(password, self.login)
        if problem is not None:
            self.show_error(problem)
            self.new.setFocus()
            return
        self.password = password
        super().accept()


class PasswordDialog(FormDialog):
    """The signed-in user changes their own password (forced after an administrator's reset)."""

    def __init__(self, database: Database, actor: Actor, forced: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.ui = self.use_form(Ui_PasswordDialog())
        self.ui.forcedNotice.setVisible(forced)
        show_policy(self.ui.policyHint)
        self.current = as_password_field(self.ui.currentPassword)
        self.new = as_password_field(self.ui.newPassword)
        self.confirm = as_password_field(self.ui.confirmPassword)
        self.finish_form()

    def accept(self) -> None:
        if self.differ(self.new, self.confirm):
            return
        from cabinet_desktop.services import authentication  # the ORM, not before sign-in

        try:
            authentication.change_password(self.database, self.actor, self.current.text(),
                                     self.new.text())
        except ValidationError as error:
            self.show_error(error.message)
            target = {"current_password": self.current}.get(error.field or "", self.new)
            target.setFocus()
            target.selectAll()
            return
        except CabinetError as error:
            self.show_error(error.message)
            return
        super().accept()
