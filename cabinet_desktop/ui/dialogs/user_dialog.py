"""Creating an account, or changing an existing one's role and clearance (administrators)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QWidget,
)

from cabinet_desktop.domain.enums import Classification, Role
from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import accounts
from cabinet_desktop.services.account_records import UserRow
from cabinet_desktop.services.person_choices import PersonChoice, person_choices
from cabinet_desktop.services.rows import Saved
from cabinet_desktop.ui.dialogs.form_dialog import FormDialog
from cabinet_desktop.ui.dialogs.form_fields import chosen_index, searchable
from cabinet_desktop.ui.dialogs.password_dialog import (
    as_password_field,
    show_policy,
)
from cabinet_desktop.ui.forms_generated.ui_user_dialog import Ui_UserDialog
from cabinet_desktop.ui.workspace import Workspace


def fill_roles(combo: QComboBox, selected: Role | None = None) -> QComboBox:
    """Offer every role in ``combo`` (the role as item data), ``selected`` current."""
    for role in Role:
        combo.addItem(role.label, role.value)
    if selected is not None:
        combo.setCurrentIndex(combo.findData(selected.value))
    return combo


def fill_clearances(combo: QComboBox, selected: Classification | None = None) -> QComboBox:
    """Offer every clearance level in ``combo`` (the level as item data), ``selected`` current."""
    for level in Classification:
        combo.addItem(level.label, int(level))
    if selected is not None:
        combo.setCurrentIndex(combo.findData(int(selected)))
    return combo


def _shown(person: PersonChoice) -> str:
    """« Salimata Compaoré — Conseillère technique » in the picker."""
    return f"{person.name} — {person.function}" if person.function else person.name


class UserDialog(FormDialog):
    """Create an account, or change an existing one's role and clearance.

    The layout is the Designer form ``forms/user_dialog.ui``; the password rows, the policy and
    the first-login note are shown for a new account only.
    """

    def __init__(self, workspace: Workspace, user: UserRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.user = user
        self.saved: Saved | None = None
        self.ui = self.use_form(Ui_UserDialog())
        self.setWindowTitle(translate("Users", "Nouveau compte") if user is None
                            else translate("Users", "Compte « {login} »")
                            .replace("{login}", user.login))
        self.login = self.ui.login
        self.login.setText(user.login if user else "")
        self.login.setReadOnly(user is not None)
        self.name = self.ui.fullName
        self.name.setText(user.display_name if user else "")
        self.name.setReadOnly(user is not None)
        self.person = self.ui.person
        if user is None:
            # an existing person of the cabinet gets the account, or a new one is created
            # from the name typed: never two « Salimata COMPAORE »
            persons = person_choices(workspace.database, workspace.actor, without_account=True,
                                     limit=1000)
            searchable(self.person, [(translate("Users", "— Nouvelle personne (nom ci-dessous) "
                                                         "—"), None)]
                       + [(_shown(p), p.id) for p in persons])
            self.person.setCurrentIndex(0)
            self.person.currentIndexChanged.connect(self._person_chosen)
        self.ui.accountForm.setRowVisible(self.person, user is None)
        self.role = fill_roles(self.ui.role, user.role if user else Role.READER)
        self.clearance = fill_clearances(self.ui.clearance,
                                         user.clearance if user else Classification.UNCLASSIFIED)
        self.password = as_password_field(self.ui.newPassword)
        self.confirm = as_password_field(self.ui.confirmPassword)
        show_policy(self.ui.policyHint)
        creating = user is None
        for field in (self.password, self.confirm):
            self.ui.accountForm.setRowVisible(field, creating)
        self.ui.policyHint.setVisible(creating)
        self.ui.firstLoginNote.setVisible(creating)
        self.finish_form()

    def person_id(self) -> int | None:
        """The person chosen in the picker (``None``: a new person, named below)."""
        index = chosen_index(self.person)
        return self.person.itemData(index) if index > 0 else None

    def _person_chosen(self) -> None:
        """A person chosen: the account takes its name (no second person is created)."""
        person_id = self.person_id()
        self.ui.accountForm.setRowVisible(self.name, person_id is None)
        self.error.hide()

    def accept(self) -> None:
        if self.user is None and chosen_index(self.person) < 0:
            self.show_error(translate("Users", "Personne du cabinet : « {text} » n'est pas dans "
                                               "la liste ; choisissez une proposition ou « "
                                               "Nouvelle personne ».")
                            .format(text=self.person.currentText()))
            self.person.setFocus()
            return
        role = Role(self.role.currentData())
        clearance = Classification(int(self.clearance.currentData()))
        try:
            if self.user is None:
                if self.differ(self.password, self.confirm):
                    return
                self.saved = accounts.create_user(self.workspace.database, self.workspace.actor,
                                                  self.login.text(),
                                                  self.password.text(), role, clearance,
                                                  self.name.text(),
                                                  person_id=self.person_id())
            else:
                self.saved = accounts.update_user(self.workspace.database, self.workspace.actor,
                                                  self.user.id,
                                                  self.user.version, role=role,
                                                  clearance=clearance)
        except CabinetError as error:
            self.show_error(error.message)
            return
        super().accept()
