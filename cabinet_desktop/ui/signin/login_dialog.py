"""Signing in at every start: the first administrator, the login dialog, the forced change.

:func:`sign_in` is what the application calls before it opens the main window: on a database
without accounts it asks for the administrator's account (there is no default password); then
it asks for a login and password; on a database created as a demo it lists the demo accounts
with their passwords, so a newcomer can try every role.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cabinet_desktop.domain.errors import AuthenticationError, CabinetError
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import sign_in_reads
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.dialogs.form_dialog import FormDialog
from cabinet_desktop.ui.dialogs.password_dialog import (
    PasswordDialog,
    as_password_field,
    show_policy,
)
from cabinet_desktop.ui.forms_generated.ui_first_admin_dialog import Ui_FirstAdminDialog
from cabinet_desktop.ui.forms_generated.ui_login_dialog import Ui_LoginDialog
from cabinet_desktop.ui.forms_generated.ui_passphrase_dialog import Ui_PassphraseDialog

if TYPE_CHECKING:  # services.accounts loads the ORM: behind the dialog, not before it
    from cabinet_desktop.services.authentication import SignIn


class LoginDialog(FormDialog):
    """Login and password; on a demo database, the demo accounts to pick from.

    The layout is the Designer form ``forms/login_dialog.ui``; its demo-accounts box is shown on
    a demo database only.
    """

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.signed: SignIn | None = None
        self.ui = self.use_form(Ui_LoginDialog())
        demo = sign_in_reads.demo_accounts(database)
        if demo:
            self.setWindowTitle(self.windowTitle() + " — " + translate("Login", "DÉMONSTRATION"))
        self.ui.databaseLabel.setText(translate("Login", "Base : {where}")
                                      .replace("{where}", database.location))
        self.login = self.ui.login
        self.login.setMaxLength(sign_in_reads.LOGIN_MAX_LENGTH)
        self.password = as_password_field(self.ui.password)
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(translate("Login", "Se &connecter"))
        self.sign_in_button.setObjectName("signIn")
        self.sign_in_button.setDefault(True)
        quit_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        quit_button.setText(translate("Login", "&Quitter"))
        quit_button.setObjectName("quit")
        self.demo_table: QTableWidget | None = None
        if demo:
            self._fill_demo_table(demo)
        self.ui.demoBox.setVisible(bool(demo))
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(lambda: self.sign_in_button.setEnabled(True))
        self.login.setFocus()
        if self.demo_table is not None:
            # the whole table, so every password reads at once, and its intro on one line
            intro = self.ui.demoIntro
            wide = max(self.demo_table.horizontalHeader().length(),
                       min(intro.fontMetrics().horizontalAdvance(intro.text()), 760))
            self.resize(max(520, wide + 48), self.height())
        self.finish_form()

    def _fill_demo_table(self, demo: list[sign_in_reads.DemoAccount]) -> None:
        table = self.ui.demoAccounts
        table.setRowCount(len(demo))
        for row, account in enumerate(demo):
            for column, text in enumerate((account.login, account.password, account.role.label,
                                           account.clearance.label)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.itemClicked.connect(lambda item: self.use_demo_account(item.row()))
        table.itemDoubleClicked.connect(self._sign_in_as)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        # exactly the rows: no empty band under the last account, no scrollbar
        table.setFixedHeight(table.horizontalHeader().sizeHint().height()
                             + table.verticalHeader().length() + 2 * table.frameWidth())
        self.demo_table = table

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

    def accept(self) -> None:
        if not self.sign_in_button.isEnabled():
            return
        from cabinet_desktop.services import authentication  # the ORM: loaded behind the dialog

        try:
            self.signed = authentication.authenticate(self.database, self.login.text(),
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
    """First start: create the administrator's account (there is no default password).

    The layout is the Designer form ``forms/first_admin_dialog.ui``.
    """

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor: Actor | None = None
        self.ui = self.use_form(Ui_FirstAdminDialog(), translate("Login", "Créer le compte"))
        show_policy(self.ui.policyHint)
        self.login = self.ui.login
        self.login.setText("admin")
        self.name = self.ui.fullName
        self.password = as_password_field(self.ui.newPassword)
        self.confirm = as_password_field(self.ui.confirmPassword)
        self.finish_form()
        self.password.setFocus()

    def accept(self) -> None:
        if self.differ(self.password, self.confirm):
            return
        from cabinet_desktop.services import accounts  # the ORM: first start only

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
    if not sign_in_reads.has_accounts(database) and sign_in_reads.is_demo(database):
        from cabinet_desktop.demo.accounts import create_demo_accounts  # loads the ORM: rare

        create_demo_accounts(database)  # a demo filled before accounts existed
    if not sign_in_reads.has_accounts(database):
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
    """The passphrase of an encrypted database; for a new one, whether to encrypt it at all.

    The layout is the Designer form ``forms/passphrase_dialog.ui``; the encryption choice and the
    confirmation are shown for a new database only.
    """

    def __init__(self, where: str, new: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.passphrase: str | None = None
        self.ui = self.use_form(Ui_PassphraseDialog())
        self.setWindowTitle(translate("Login", "Nouvelle base — chiffrement") if new
                            else translate("Login", "Base chiffrée — phrase secrète"))
        text = (translate("Login", "La base « {where} » va être créée. Sur un ordinateur "
                                   "portable, chiffrez-la : un voleur n'y lirait rien. La phrase "
                                   "secrète sera demandée à chaque démarrage ; perdue, elle ne se "
                                   "retrouve pas.")
                if new else
                translate("Login", "La base « {where} » est chiffrée : saisissez sa phrase "
                                   "secrète."))
        self.ui.intro.setText(text.replace("{where}", where))
        self.encrypt = self.ui.encrypt
        self.encrypt.setChecked(True)
        self.encrypt.setVisible(new)
        self.field = as_password_field(self.ui.passphrase)
        self.confirm = as_password_field(self.ui.confirmPassphrase)
        self.ui.passphraseForm.setRowVisible(self.confirm, new)
        if new:
            self.encrypt.toggled.connect(self.field.setEnabled)
            self.encrypt.toggled.connect(self.confirm.setEnabled)
        self.finish_form()
        self.field.setFocus()

    def accept(self) -> None:
        from cabinet_desktop.store.encryption import MIN_PASSPHRASE_LENGTH  # encrypted bases only

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

    A database is created only on first start (``new_file``), where the user may choose to
    encrypt it, and for the demo; any other missing or foreign file is refused untouched.
    ``None`` when the user gives up; :class:`StorageError` for any other problem.
    """
    # Loaded inside run_gui's start_up(), which times and orders what the first screen loads.
    from cabinet_desktop.store.database import open_database
    from cabinet_desktop.store.encryption import PassphraseRequired, WrongPassphrase
    from cabinet_desktop.store.locations import describe, resolve_url
    from cabinet_desktop.ui.tasks import wait_for

    def opened(passphrase: str | None = None) -> Database:
        # On a worker, behind a progress dialog: a schema upgrade or a distant server may take
        # seconds, and the application must not look frozen meanwhile.
        return wait_for(parent, translate("Login", "Ouverture de la base de données…"),
                        lambda _state: open_database(database_arg, demo=demo,
                                                     create=new_file or demo,
                                                     passphrase=passphrase),
                        cancellable=False)

    where = describe(resolve_url(database_arg, demo=demo))
    if new_file and not demo:
        choose = PassphraseDialog(where, new=True, parent=parent)
        if choose.exec() != QDialog.DialogCode.Accepted:
            return None
        return opened(choose.passphrase)
    try:
        return opened()
    except PassphraseRequired:
        pass
    dialog = PassphraseDialog(where, parent=parent)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            return opened(dialog.passphrase)
        except WrongPassphrase as error:
            dialog.field.clear()
            dialog.show_error(error.message)
    return None
