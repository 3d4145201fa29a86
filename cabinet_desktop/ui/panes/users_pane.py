"""The Users pane (administrators): create, deactivate, change role and clearance, reset.

Accounts are never deleted (the journal refers to them). Every change goes through
``services.accounts``, which checks the administrator's permission and journals it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import accounts
from cabinet_desktop.services.account_records import UserRow
from cabinet_desktop.services.rows import ChangeSet
from cabinet_desktop.ui.dialogs.password_dialog import (
    NewPasswordDialog,
)
from cabinet_desktop.ui.dialogs.user_dialog import UserDialog
from cabinet_desktop.ui.workspace import Workspace

COLUMNS = ("Identifiant", "Nom", "Rôle", "Habilitation", "État", "Dernière connexion")



class UsersPane(QWidget):
    """The list of accounts with the administrator's actions."""

    changed = Signal(object)  # ChangeSet
    failed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.rows: list[UserRow] = []
        self.setObjectName("usersPane")
        layout = QVBoxLayout(self)
        title = QLabel(translate("Users", "Comptes utilisateurs"))
        title.setObjectName("paneTitle")
        title.setStyleSheet("font-size: 16px; font-weight: 600;")
        layout.addWidget(title)
        bar = QHBoxLayout()
        self.create_button = QPushButton(translate("Users", "&Nouveau compte…"))
        self.create_button.setObjectName("createUser")
        self.edit_button = QPushButton(translate("Users", "&Rôle et habilitation…"))
        self.edit_button.setObjectName("editUser")
        self.reset_button = QPushButton(translate("Users", "Réinitialiser le &mot de passe…"))
        self.reset_button.setObjectName("resetPassword")
        self.active_button = QPushButton(translate("Users", "&Désactiver"))
        self.active_button.setObjectName("toggleActive")
        for button in (self.create_button, self.edit_button, self.reset_button,
                       self.active_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels([translate("Users", c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        note = QLabel(translate("Users", "Les comptes ne sont jamais supprimés : le journal "
                                         "d'audit "
                                         "s'y réfère. Désactivez ceux qui ne servent plus."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.create_button.clicked.connect(self.create_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_user())
        self.load()

    # ----------------------------------------------------------------- data

    def load(self) -> None:
        """Read the accounts again, keeping the selected one selected."""
        current = self.current_user()
        try:
            self.rows = accounts.list_users(self.workspace.database, self.workspace.actor)
        except CabinetError as error:
            self.failed.emit(error.message)
            self.rows = []
        self.table.setRowCount(len(self.rows))
        for row, user in enumerate(self.rows):
            state = translate("Users", "actif") if user.active else translate("Users", "désactivé")
            if user.must_change_password and user.active:
                state += translate("Users", " · mot de passe à changer")
            if user.locked_until is not None and user.failed_logins:
                state += translate("Users", " · bloqué après {n} échecs").replace("{n}",
                                                                                  str(user.failed_logins))
            last = (user.last_login_at.astimezone().strftime("%d/%m/%Y %H:%M")
                    if user.last_login_at else "")
            for column, text in enumerate((user.login, user.display_name, user.role.label,
                                           user.clearance.label, state, last)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                self.table.setItem(row, column, item)
        if current is not None:
            self.select_login(current.login)
        self._update_buttons()

    def reload(self) -> None:
        self.load()

    def concerned_by(self, changes: ChangeSet) -> bool:
        return changes.concerns("user")

    def current_user(self) -> UserRow | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().selectedRows() if self.table.selectionModel() \
            else []
        if not selected or row < 0 or row >= len(self.rows):
            return None
        return self.rows[row]

    def select_login(self, login: str) -> None:
        for row, user in enumerate(self.rows):
            if user.login == login:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        user = self.current_user()
        for button in (self.edit_button, self.reset_button, self.active_button):
            button.setEnabled(user is not None)
        self.active_button.setText(translate("Users",
                                             "&Réactiver") if user is not None and not user.active
                                   else translate("Users", "&Désactiver"))

    def _done(self, changes: ChangeSet, login: str | None = None) -> None:
        self.load()
        if login:
            self.select_login(login)
        self.changed.emit(changes)
        self.workspace.broadcast(changes)

    # ----------------------------------------------------------------- actions

    def create_user(self) -> None:
        dialog = UserDialog(self.workspace, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            account = dialog.saved.account
            self._done(dialog.saved.changes, account.login if account is not None else "")

    def edit_user(self) -> None:
        user = self.current_user()
        if user is None:
            return
        dialog = UserDialog(self.workspace, user, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self._done(dialog.saved.changes, user.login)

    def reset_password(self) -> None:
        user = self.current_user()
        if user is None:
            return
        dialog = NewPasswordDialog(
            translate("Users", "Réinitialiser le mot de passe"),
            translate("Users", "Nouveau mot de passe de « {login} » : communiquez-le-lui en "
                               "personne ; il devra le changer à sa prochaine connexion.")
                               .replace("{login}", user.login),
            user.login, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            saved = accounts.reset_password(self.workspace.database, self.workspace.actor,
                                            user.id, dialog.password)
        except CabinetError as error:
            self.failed.emit(error.message)
            QMessageBox.warning(self, translate("Users", "Comptes utilisateurs"), error.message)
            return
        self._done(saved.changes, user.login)

    def toggle_active(self) -> None:
        user = self.current_user()
        if user is None:
            return
        if user.active:
            answer = QMessageBox.question(
                self, translate("Users", "Désactiver le compte"),
                translate("Users", "Désactiver le compte « {login} » ? Il ne pourra plus se "
                                   "connecter ; son historique reste dans le journal.")
                                   .replace("{login}", user.login))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            saved = accounts.set_active(self.workspace.database, self.workspace.actor, user.id,
                                        user.version, not user.active)
        except CabinetError as error:
            QMessageBox.warning(self, translate("Users", "Comptes utilisateurs"), error.message)
            self.load()
            return
        self._done(saved.changes, user.login)

