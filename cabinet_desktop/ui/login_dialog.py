"""Signing in at every start: the first administrator, the login dialog, the forced change.

:func:`sign_in` is what the application calls before it opens the main window: on a database
without accounts it asks for the administrator's account (there is no default password); then
it asks for a login and password; on a database created as a demo it lists the demo accounts
with their passwords, so a newcomer can try every role.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.domain.errors import AuthenticationError, CabinetError
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import accounts
from cabinet_desktop.services.accounts import SignIn
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.form_dialog import FormDialog
from cabinet_desktop.ui.password_dialog import (
    PasswordDialog,
    error_label,
    password_field,
    policy_hint,
)


class LoginDialog(QDialog):
    """Login and password; on a demo database, the demo accounts to pick from."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.signed: SignIn | None = None
        self.setObjectName("loginDialog")
        demo = accounts.demo_accounts(database)
        title = translate("Login", "Connexion — Cabinet Desktop")
        if demo:
            title += " — " + translate("Login", "DÉMONSTRATION")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        where = QLabel(translate("Login", "Base : {where}").replace("{where}", database.location))
        where.setObjectName("databaseLabel")
        where.setWordWrap(True)
        layout.addWidget(where)
        form = QFormLayout()
        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.login.setMaxLength(accounts.LOGIN_MAX_LENGTH)
        self.password = password_field("password")
        form.addRow(translate("Login", "&Identifiant :"), self.login)
        form.addRow(translate("Login", "&Mot de passe :"), self.password)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        self.demo_table: QTableWidget | None = None
        if demo:
            layout.addWidget(self._demo_table(demo))
        buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton(translate("Login", "Se &connecter"))
        self.sign_in_button.setObjectName("signIn")
        self.sign_in_button.setDefault(True)
        quit_button = QPushButton(translate("Login", "&Quitter"))
        quit_button.setObjectName("quit")
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(lambda: self.sign_in_button.setEnabled(True))
        self.login.setFocus()
        width = 400
        if self.demo_table is not None:  # the whole table, so every password reads at once
            width = max(520, self.demo_table.horizontalHeader().length() + 48)
        # the height for that width: the wrapped labels take fewer lines than in sizeHint()
        height = layout.totalHeightForWidth(width)
        self.resize(width, height if height > 0 else self.sizeHint().height())

    def _demo_table(self, demo: list[accounts.DemoAccount]) -> QWidget:
        intro = QLabel(translate("Login",
                                 "Base de démonstration : choisissez un compte pour essayer un "
                                 "rôle (double-clic pour remplir)."))
        intro.setWordWrap(True)
        table = QTableWidget(len(demo), 4)
        table.setObjectName("demoAccounts")
        table.setHorizontalHeaderLabels([translate("Login", "Identifiant"),
                                         translate("Login", "Mot de passe"),
                                         translate("Login", "Rôle"),
                                         translate("Login", "Habilitation")])
        for row, account in enumerate(demo):
            for column, text in enumerate((account.login, account.password, account.role.label,
                                           account.clearance.label)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, column, item)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.itemClicked.connect(lambda item: self.use_demo_account(item.row()))
        table.itemDoubleClicked.connect(self._sign_in_as)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        # exactly the rows: no empty band under the last account, no scrollbar
        table.setFixedHeight(table.horizontalHeader().sizeHint().height()
                             + table.verticalHeader().length() + 2 * table.frameWidth())
        self.demo_table = table
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 8, 0, 0)
        inner.addWidget(intro)
        inner.addWidget(table)
        return box

    def use_demo_account(self, row: int) -> None:
        """Fill the fields with the demo account of ``row``."""
        assert self.demo_table is not None
        login, password = self.demo_table.item(row, 0), self.demo_table.item(row, 1)
        if login is not None and password is not None:
            self.login.setText(login.text())
            self.password.setText(password.text())

    def _sign_in_as(self, item: QTableWidgetItem) -> None:
        self.use_demo_account(item.row())
        self.accept()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        if not self.sign_in_button.isEnabled():
            return
        try:
            self.signed = accounts.authenticate(self.database, self.login.text(),
                                                self.password.text())
        except AuthenticationError as error:
            self.show_error(error.message)
            self.password.clear()
            self.password.setFocus()
            if error.retry_after > 0:
                self.sign_in_button.setEnabled(False)
                self._wait.start(int(error.retry_after * 1000) + 200)
            return
        except CabinetError as error:
            self.show_error(error.message)
            return
        super().accept()


class FirstAdminDialog(FormDialog):
    """First start: create the administrator's account (there is no default password)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor: Actor | None = None
        self.setObjectName("firstAdminDialog")
        self.setWindowTitle(translate("Login", "Premier démarrage — compte administrateur"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate("Login", "Cette base n'a encore aucun compte. Créez le compte de "
                                          "l'administrateur : il gère les comptes, les paramètres "
                                          "et les sauvegardes. Gardez son mot de passe en lieu "
                                          "sûr."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(policy_hint())
        form = QFormLayout()
        self.login = QLineEdit("admin")
        self.login.setObjectName("login")
        self.name = QLineEdit()
        self.name.setObjectName("fullName")
        self.password = password_field("newPassword")
        self.confirm = password_field("confirmPassword")
        form.addRow(translate("Login", "Identifiant :"), self.login)
        form.addRow(translate("Login", "Prénom et nom :"), self.name)
        form.addRow(translate("Login", "Mot de passe :"), self.password)
        form.addRow(translate("Login", "Confirmation :"), self.confirm)
        layout.addLayout(form)
        self.finish_form(layout, 460, translate("Login", "Créer le compte"))
        self.password.setFocus()

    def accept(self) -> None:
        if self.differ(self.password, self.confirm):
            return
        try:
            self.actor = accounts.create_first_admin(self.database, self.login.text(),
                                                     self.password.text(), self.name.text())
        except CabinetError as error:
            self.show_error(error.message)
            return
        super().accept()


def sign_in(database: Database, parent: QWidget | None = None) -> Actor | None:
    """Who uses the window: first administrator, login and forced password change.

    ``None`` when the user gives up (the application then quits).
    """
    from cabinet_desktop.services.settings import is_demo

    if not accounts.has_accounts(database) and is_demo(database):
        accounts.create_demo_accounts(database)  # a demo filled before accounts existed
    if not accounts.has_accounts(database):
        first = FirstAdminDialog(database, parent)
        if first.exec() != QDialog.DialogCode.Accepted or first.actor is None:
            return None
        return first.actor
    dialog = LoginDialog(database, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signed is None:
        return None
    signed = dialog.signed
    if signed.must_change_password:
        change = PasswordDialog(database, signed.actor, forced=True, parent=parent)
        if change.exec() != QDialog.DialogCode.Accepted:
            return None
    return signed.actor



# --------------------------------------------------------------------------- encrypted databases


class PassphraseDialog(FormDialog):
    """The passphrase of an encrypted database; for a new one, whether to encrypt it at all."""

    def __init__(self, where: str, new: bool = False, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QCheckBox

        super().__init__(parent)
        self.new = new
        self.passphrase: str | None = None
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(translate("Login", "Nouvelle base — chiffrement") if new
                            else translate("Login", "Base chiffrée — phrase secrète"))
        layout = QVBoxLayout(self)
        text = (translate("Login", "La base « {where} » va être créée. Sur un ordinateur "
                                   "portable, chiffrez-la : un voleur n'y lirait rien. La phrase "
                                   "secrète sera demandée à chaque démarrage ; perdue, elle ne se "
                                   "retrouve pas.")
                if new else
                translate("Login", "La base « {where} » est chiffrée : saisissez sa phrase "
                                   "secrète."))
        intro = QLabel(text.replace("{where}", where))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.encrypt = QCheckBox(translate("Login", "&Chiffrer la base avec une phrase secrète"))
        self.encrypt.setObjectName("encrypt")
        self.encrypt.setChecked(True)
        if new:
            layout.addWidget(self.encrypt)
        form = QFormLayout()
        self.field = password_field("passphrase")
        self.confirm = password_field("confirmPassphrase")
        form.addRow(translate("Login", "Phrase secrète :"), self.field)
        if new:
            form.addRow(translate("Login", "Confirmation :"), self.confirm)
            self.encrypt.toggled.connect(self.field.setEnabled)
            self.encrypt.toggled.connect(self.confirm.setEnabled)
        layout.addLayout(form)
        self.finish_form(layout, 480)
        self.field.setFocus()

    def accept(self) -> None:
        from cabinet_desktop.store.encryption import MIN_PASSPHRASE_LENGTH

        if self.new and not self.encrypt.isChecked():
            self.passphrase = None
            super().accept()
            return
        text = self.field.text()
        if self.new:
            if text != self.confirm.text():
                self.show_error(translate("Login", "Confirmation : les deux saisies ne sont pas "
                                                   "identiques."))
                return
            if len(text) < MIN_PASSPHRASE_LENGTH:
                self.show_error(translate("Login", "Phrase secrète : {n} caractères au moins.")
                                .replace("{n}", str(MIN_PASSPHRASE_LENGTH)))
                return
        self.passphrase = text
        super().accept()


def open_database_gui(database_arg: str | None, demo: bool, new_file: bool = False,
                      parent: QWidget | None = None) -> Database | None:
    """Open the database, asking for its passphrase if it is encrypted.

    With ``new_file`` (first start on an empty database) the user may choose to encrypt it.
    ``None`` when the user gives up; :class:`StorageError` for any other problem.
    """
    from cabinet_desktop.store.database import open_database
    from cabinet_desktop.store.encryption import PassphraseRequired, WrongPassphrase
    from cabinet_desktop.store.locations import describe, resolve_url

    where = describe(resolve_url(database_arg, demo=demo))
    if new_file and not demo:
        choose = PassphraseDialog(where, new=True, parent=parent)
        if choose.exec() != QDialog.DialogCode.Accepted:
            return None
        return open_database(database_arg, demo=demo, passphrase=choose.passphrase)
    try:
        return open_database(database_arg, demo=demo)
    except PassphraseRequired:
        pass
    dialog = PassphraseDialog(where, parent=parent)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            return open_database(database_arg, demo=demo, passphrase=dialog.passphrase)
        except WrongPassphrase as error:
            dialog.field.clear()
            dialog.show_error(error.message)
    return None
