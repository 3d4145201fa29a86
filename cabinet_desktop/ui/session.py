"""What the signed-in user brings to the main window: lock, own password, administration.

:func:`install_session` is called once by the main window. It adds the session lock (Ctrl+L
and inactivity), « Changer mon mot de passe… », and for administrators « Comptes
utilisateurs… » and « Paramètres… »; it hides what the user's role may not use (the audit
journal for roles that may not read it). Hiding is for comfort: the services refuse anyway.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow, QMenu, QVBoxLayout, QWidget

from cabinet_desktop.i18n import translate
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.permissions import Action, allowed
from cabinet_desktop.ui.lock import SessionLock


class PaneDialog(QDialog):
    """A pane (users, settings) in a window of its own, opened from the Tools menu."""

    def __init__(self, title: str, pane: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pane = pane
        layout = QVBoxLayout(self)
        layout.addWidget(pane, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(860, 560)


def _menu(window: QMainWindow, title_start: str) -> QMenu | None:
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.title().replace("&", "").startswith(title_start):
            return menu
    return None


def install_session(window: Any) -> SessionLock:
    """Add the session's actions to ``window`` (a ``MainWindow``); returns its lock."""
    actor = window.actor
    lock = SessionLock(window, window.database, actor)
    window.session_lock = lock
    file_menu = _menu(window, "Fichier")
    password_action = QAction(translate("Session", "Changer mon &mot de passe…"), window)
    password_action.setObjectName("changePasswordAction")
    password_action.triggered.connect(lambda: open_password_dialog(window))
    window.change_password_action = password_action
    if file_menu is not None:
        if file_menu.actions():
            first = file_menu.actions()[0]
            file_menu.insertAction(first, lock.action)
            file_menu.insertAction(first, password_action)
            file_menu.insertSeparator(first)
        else:
            file_menu.addActions([lock.action, password_action])
    tools = _menu(window, "Outils")
    users_action = QAction(translate("Session", "&Comptes utilisateurs…"), window)
    users_action.setObjectName("usersAction")
    users_action.triggered.connect(lambda: open_users(window))
    settings_action = QAction(translate("Session", "&Paramètres…"), window)
    settings_action.setObjectName("settingsAction")
    settings_action.triggered.connect(lambda: open_settings(window))
    window.users_action, window.settings_action = users_action, settings_action
    if tools is not None:
        tools.addSeparator()
        tools.addActions([users_action, settings_action])
    _offer_what_the_role_may_do(window, actor)
    lock.rights_changed.connect(lambda now: apply_rights(window, now))
    return lock


def _offer_what_the_role_may_do(window: Any, actor: Actor) -> None:
    """Show the actions and panes ``actor``'s role may use, hide the others.

    Only what is offered: the services refuse the rest whatever the window shows.
    """
    from cabinet_desktop.ui import main_window as module

    for action, allowed_now in ((window.users_action, allowed(actor, Action.UPDATE, "user")),
                                (window.settings_action,
                                 allowed(actor, Action.UPDATE, "setting"))):
        action.setVisible(allowed_now)
        action.setEnabled(allowed_now)
    audit = allowed(actor, Action.READ, "audit")
    order: tuple[str, ...] = tuple(getattr(module, "ORDER", ()))
    if "audit" in order:
        index = order.index("audit")
        item = window.sidebar.item(index)
        if item is not None:
            item.setHidden(not audit)
        actions = getattr(window, "pane_actions", [])
        if index < len(actions):
            actions[index].setVisible(audit)
            actions[index].setEnabled(audit)
    verify = getattr(window, "verify_action", None)
    if verify is not None:
        verify.setVisible(audit)
        verify.setEnabled(audit)


def apply_rights(window: Any, actor: Actor) -> None:
    """The administrator changed the user's role or clearance during the session: the window
    takes them at once (menus, panes, figures), as the services already do."""
    window.actor = actor
    for pane in getattr(window, "panes", {}).values():
        if hasattr(pane, "actor"):
            pane.actor = actor
    _offer_what_the_role_may_do(window, actor)
    if window.current_kind() == "audit" and not allowed(actor, Action.READ, "audit"):
        window.show_pane("dashboard")
    window.show_user()
    # the new role and clearance read right beside it, in the user's label
    window.statusBar().showMessage(
        translate("Session", "Vos droits ont été modifiés par l'administrateur."), 15000)
    window.refresh()


def open_password_dialog(window: Any) -> bool:
    from cabinet_desktop.ui.password_dialog import PasswordDialog

    dialog = PasswordDialog(window.database, window.actor, parent=window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        window.statusBar().showMessage(translate("Session", "Mot de passe changé."), 4000)
        return True
    return False


def open_users(window: Any) -> PaneDialog:
    from cabinet_desktop.ui.users_pane import UsersPane

    pane = UsersPane(window.database, window.actor)
    pane.changed.connect(window.broadcast)
    dialog = PaneDialog(translate("Session", "Comptes utilisateurs"), pane, window)
    dialog.setObjectName("usersDialog")
    dialog.open()
    return dialog


def open_settings(window: Any) -> PaneDialog:
    from cabinet_desktop.ui.settings_pane import SettingsPane

    pane = SettingsPane(window.database, window.actor)
    pane.changed.connect(window.broadcast)
    pane.changed.connect(lambda _changes: _settings_saved(window))
    dialog = PaneDialog(translate("Session", "Paramètres"), pane, window)
    dialog.setObjectName("settingsDialog")
    dialog.resize(860, 700)  # the whole form on a 1366×768 screen
    dialog.open()
    return dialog


def _settings_saved(window: Any) -> None:
    lock = getattr(window, "session_lock", None)
    if isinstance(lock, SessionLock):
        lock.set_minutes(lock._configured_minutes())
    if hasattr(window, "_read_organisation") and hasattr(window, "title_text"):
        window._organisation = window._read_organisation()
        window.setWindowTitle(window.title_text())
