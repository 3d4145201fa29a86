"""Password dialogs: the user changes their own password; a new password is chosen (twice)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.domain.errors import CabinetError, ValidationError
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import accounts, passwords
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.form_dialog import FormDialog, error_label

__all__ = ["NewPasswordDialog", "PasswordDialog", "error_label", "password_field",
           "policy_hint"]


def password_field(name: str) -> QLineEdit:
    """A line edit that hides what is typed."""
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(passwords.MAX_LENGTH)
    return field


def policy_hint() -> QLabel:
    label = QLabel(translate("Passwords",
                             "Au moins {n} caractères ; les mots de passe courants (azerty123456, "
                             "motdepasse…) sont refusés. Une phrase de plusieurs mots est facile "
                             "à retenir et difficile à deviner.")
                                          .replace("{n}", str(passwords.MIN_LENGTH)))
    label.setWordWrap(True)
    label.setObjectName("policyHint")
    return label


class NewPasswordDialog(FormDialog):
    """Choose a password, typed twice and checked against the policy (administrator's reset)."""

    def __init__(self, title: str, explanation: str, login: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPasswordDialog")
        self.setWindowTitle(title)
        self.login = login
        self.password = ""
        layout = QVBoxLayout(self)
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(policy_hint())
        form = QFormLayout()
        self.new = password_field("newPassword")
        self.confirm = password_field("confirmPassword")
        form.addRow(translate("Passwords", "Nouveau mot de passe :"), self.new)
        form.addRow(translate("Passwords", "Confirmation :"), self.confirm)
        layout.addLayout(form)
        self.finish_form(layout, 440)

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
        self.setObjectName("passwordDialog")
        self.setWindowTitle(translate("Passwords", "Changer mon mot de passe"))
        layout = QVBoxLayout(self)
        if forced:
            notice = QLabel(translate("Passwords",
                                      "Votre mot de passe a été attribué par l'administrateur : "
                                      "choisissez-en un nouveau avant de continuer."))
            notice.setObjectName("forcedNotice")
            notice.setWordWrap(True)
            layout.addWidget(notice)
        layout.addWidget(policy_hint())
        form = QFormLayout()
        self.current = password_field("currentPassword")
        self.new = password_field("newPassword")
        self.confirm = password_field("confirmPassword")
        form.addRow(translate("Passwords", "Mot de passe actuel :"), self.current)
        form.addRow(translate("Passwords", "Nouveau mot de passe :"), self.new)
        form.addRow(translate("Passwords", "Confirmation :"), self.confirm)
        layout.addLayout(form)
        self.finish_form(layout, 460)

    def accept(self) -> None:
        if self.differ(self.new, self.confirm):
            return
        try:
            accounts.change_password(self.database, self.actor, self.current.text(),
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
