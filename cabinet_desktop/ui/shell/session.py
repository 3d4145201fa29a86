"""What the signed-in user brings to the main window: lock, own password, administration.

The window owns one :class:`SessionController`. It adds the session lock (Ctrl+L and
inactivity), « Changer d'utilisateur… » (sign out and sign in as someone else without
quitting, for a shared secretariat PC: open forms are asked about first), « Changer mon mot de
passe… », and for administrators « Comptes utilisateurs… » and « Paramètres… » to the menus it
is given, and shows each action only to the roles that may use it, again whenever an
administrator changes the user's rights. Hiding is for comfort: the services refuse anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from cabinet_desktop.i18n import translate
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.permissions import Action, allowed
from cabinet_desktop.ui.dialogs.pane_dialog import PaneDialog
from cabinet_desktop.ui.signin.lock import SessionLock
from cabinet_desktop.ui.workspace import Workspace


class SessionController(QObject):
    """The session's lock and account actions, for one window and its workspace."""

    #: the organisation's settings were saved from « Paramètres… » (title, lock delay follow)
    settings_saved = Signal()

    def __init__(self, window: QMainWindow, workspace: Workspace, file_menu: QMenu,
                 tools_menu: QMenu, leave_work: Callable[[], bool] = lambda: True) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        #: closes the open forms, each asking about its unsaved changes; False if one stays
        self.leave_work = leave_work
        #: opens the main window for another user (``ui.app.open_window`` sets it)
        self.reopen: Callable[[Actor], Any] | None = None
        self.lock = SessionLock(window, workspace)
        self.switch_action = self._action(translate("Session", "Changer d'&utilisateur…"),
                                          "switchUserAction", self.switch_user)
        self.change_password_action = self._action(
            translate("Session", "Changer mon &mot de passe…"), "changePasswordAction",
            self.open_password_dialog)
        self.users_action = self._action(translate("Session", "&Comptes utilisateurs…"),
                                         "usersAction", self.open_users)
        self.settings_action = self._action(translate("Session", "&Paramètres…"),
                                            "settingsAction", self.open_settings)
        own = [self.lock.action, self.switch_action, self.change_password_action]
        if file_menu.actions():
            first = file_menu.actions()[0]
            file_menu.insertActions(first, own)
            file_menu.insertSeparator(first)
        else:
            file_menu.addActions(own)
        tools_menu.addSeparator()
        tools_menu.addActions([self.users_action, self.settings_action])
        self.offer_what_the_role_may_do(workspace.actor)
        workspace.actor_changed.connect(self.offer_what_the_role_may_do)

    def _action(self, text: str, name: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def offer_what_the_role_may_do(self, actor: Actor) -> None:
        """Show the administration actions to the roles that may use them."""
        for action, allowed_now in ((self.users_action, allowed(actor, Action.UPDATE, "user")),
                                    (self.settings_action,
                                     allowed(actor, Action.UPDATE, "setting"))):
            action.setVisible(allowed_now)
            action.setEnabled(allowed_now)

    def switch_user(self) -> Actor | None:
        """« Changer d'utilisateur… »: the open forms are asked about, the window is hidden,
        the sign-in dialog asks who comes; a new window opens for them and this one closes.
        Giving up the sign-in closes the window (the previous user stays signed out)."""
        from cabinet_desktop.ui.signin import login_dialog  # the sign-in dialog, rarely

        if self.reopen is None or not self.leave_work():
            return None
        self.lock.timer.stop()  # no lock over a window nobody uses any more
        self.window.hide()
        actor = login_dialog.sign_in(self.workspace.database)
        if actor is not None:
            self.reopen(actor)
        self.window.close()
        self.window.deleteLater()
        return actor

    def open_password_dialog(self) -> bool:
        """« Changer mon mot de passe… »: ``True`` when it was changed."""
        from cabinet_desktop.ui.dialogs.password_dialog import PasswordDialog  # opened rarely

        dialog = PasswordDialog(self.workspace.database, self.workspace.actor, parent=self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.window.statusBar().showMessage(translate("Session", "Mot de passe changé."),
                                                4000)
            return True
        return False

    def open_users(self) -> PaneDialog:
        """« Comptes utilisateurs… » in a window of its own."""
        from cabinet_desktop.ui.panes.users_pane import UsersPane  # administrators only

        dialog = PaneDialog(translate("Session", "Comptes utilisateurs"),
                            UsersPane(self.workspace), self.window)
        dialog.setObjectName("usersDialog")
        dialog.open()
        return dialog

    def open_settings(self) -> PaneDialog:
        """« Paramètres… » in a window of its own, the whole form on a 1366×768 screen."""
        from cabinet_desktop.ui.panes.settings_pane import SettingsPane  # administrators only

        pane = SettingsPane(self.workspace)
        pane.changed.connect(lambda _changes: self._settings_saved())
        dialog = PaneDialog(translate("Session", "Paramètres"), pane, self.window)
        dialog.setObjectName("settingsDialog")
        dialog.resize(860, 700)
        dialog.open()
        return dialog

    def _settings_saved(self) -> None:
        self.lock.set_minutes(self.lock.configured_minutes())
        self.settings_saved.emit()
