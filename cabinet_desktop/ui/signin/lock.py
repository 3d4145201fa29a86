"""Locking the session: after a spell of inactivity, or on Ctrl+L.

While locked, every window of the application is covered by an opaque panel and its contents
are disabled (so nothing can be read, clicked or typed into), and every action is disabled (so
no shortcut fires). Nothing is closed, reloaded or reset: unsaved edits in panes and open dialogs
are there again, as they were, once the user's password has been entered. The password field
sits on the window that has input: the main window, or the modal dialog open over it.

When a service refuses a call because an administrator deactivated the account
(``services.session_guard``), the session ends for good: the dialogs open over the window are
closed, the window is covered as when locked, and the cover says why and offers to quit
instead of asking for the password. The error itself is not shown again by every pane.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QInputEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.domain.errors import AuthenticationError, CabinetError
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import session_guard
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.settings import load_settings
from cabinet_desktop.ui.workspace import Workspace

DEFAULT_MINUTES = 10

_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                       QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin})



class Cover(QFrame):
    """The opaque panel laid over a locked window; the main one holds the password form."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget, actor: Actor, with_form: bool) -> None:
        super().__init__(parent)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockCover { background: #1f2a37; } #lockCover QLabel { color: "
                           "#f3f4f6; }")
        # Loaded when the session locks: the accounts service brings the password hasher.
        from cabinet_desktop.ui.dialogs.password_dialog import error_label, password_field

        self.password = password_field("unlockPassword")
        self.button = QPushButton(translate("Lock", "&Déverrouiller"))
        self.button.setObjectName("unlockButton")
        self.error = error_label()
        self.error.setStyleSheet("color: #fca5a5;")
        self.quit_button: QPushButton | None = None
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        self.title = QLabel(translate("Lock", "Session verrouillée"))
        self.title.setObjectName("lockTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        outer.addWidget(self.title)
        self.who = QLabel(translate("Lock",
                                    "{user} — saisissez votre mot de passe pour reprendre votre "
                                    "travail là où vous l'avez laissé.")
                                    .replace("{user}", actor.label))
        self.who.setObjectName("lockMessage")
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who.setWordWrap(True)
        outer.addWidget(self.who)
        self._row = QHBoxLayout()
        if with_form:
            row = self._row
            row.addStretch(1)
            self.password.setFixedWidth(260)
            row.addWidget(self.password)
            row.addWidget(self.button)
            row.addStretch(1)
            outer.addLayout(row)
            self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
            outer.addWidget(self.error)
            self.button.clicked.connect(self._submit)
            self.password.returnPressed.connect(self._submit)
        else:
            self.who.hide()
            self.password.hide()
            self.button.hide()
        outer.addStretch(2)
        self.setGeometry(parent.rect())
        parent.installEventFilter(self)

    def show_ended(self, message: str, quit_slot: Callable[[], object]) -> None:
        """Say that the session is over, and why, instead of asking for the password."""
        self.title.setText(translate("Lock", "Compte désactivé"))
        self.who.setText(message)
        self.password.hide()
        self.button.hide()
        self.error.hide()
        if self.quit_button is None:
            self.quit_button = QPushButton(translate("Lock", "&Quitter Cabinet Desktop"))
            self.quit_button.setObjectName("quitButton")
            self.quit_button.clicked.connect(quit_slot)
            self._row.insertWidget(2, self.quit_button)
        self.quit_button.show()
        self.quit_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit(self) -> None:
        if self.button.isEnabled():
            self.unlock_requested.emit(self.password.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
        return False

    def remove(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)
        self.hide()
        self.deleteLater()


class SessionLock(QObject):
    """Locks ``window`` (and the dialogs open over it) until ``actor``'s password is given."""

    locked_changed = Signal(bool)
    session_ended = Signal()
    _deactivated = Signal()  # from any thread: the account was found deactivated
    _rights_seen = Signal(object)  # from any thread: the account's rights are now these

    def __init__(self, window: QMainWindow, workspace: Workspace,
                 minutes: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.locked = False
        self.ended = False
        self._deactivation_seen = False
        self._covers: list[Cover] = []
        self._form: Cover | None = None
        self._disabled_widgets: list[QWidget] = []
        self._disabled_actions: list[QAction] = []
        self.action = QAction(translate("Lock", "&Verrouiller la session"), window)
        self.action.setObjectName("lockAction")
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(self.lock)
        window.addAction(self.action)
        self.timer = QTimer(self)
        self.timer.setObjectName("inactivityTimer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes if minutes is not None else self.configured_minutes())
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._allow_retry)
        # Activity is watched on every event of the application, from Python: the first sight
        # of each kind of event sets it up for Python (~15 ms at the window's first paint).
        # The watch starts once the window has painted; the timer above already runs.
        self._watching = False
        window.installEventFilter(self)
        if window.isVisible():
            self._watch_activity()
        # Services tell of a deactivated account on the thread that made the call; the
        # session ends on the GUI thread, once, after the call has returned or raised.
        self._deactivated.connect(self.end, Qt.ConnectionType.QueuedConnection)
        self._rights_seen.connect(self.update_rights, Qt.ConnectionType.QueuedConnection)
        stops = (session_guard.watch_deactivation(self._account_deactivated),
                 session_guard.watch_rights(self._account_rights))
        window.destroyed.connect(lambda *_args: [stop() for stop in stops])

    def _watch_activity(self) -> None:
        if self._watching:
            return
        self._watching = True
        self.window.removeEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def configured_minutes(self) -> int:
        """The inactivity delay from the organisation's settings (minutes)."""
        try:
            settings = load_settings(self.workspace.database)
            return int(settings.get("inactivity_minutes") or DEFAULT_MINUTES)
        except (CabinetError, ValueError, TypeError):
            return DEFAULT_MINUTES

    def set_minutes(self, minutes: int) -> None:
        """Lock after ``minutes`` without keyboard or mouse activity."""
        self.timer.setInterval(max(1, int(minutes)) * 60_000)
        if not self.locked:
            self.timer.start()

    # ----------------------------------------------------------------- activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._watching:
            if watched is self.window and event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, self._watch_activity)  # after this first paint
            return False
        # Every event of the application passes here: the class test first, so that only input
        # events pay for reading their type (a Python enum made for each call).
        if not self.locked and isinstance(event, QInputEvent) and event.type() in _ACTIVITY:
            self.timer.start()
            # A modal dialog blocks the window's shortcuts: Ctrl+L is caught here as well.
            if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                    and QKeySequence(event.keyCombination()) == self.action.shortcut()
                    and self._belongs(watched)):
                self.lock()
                return True
        return False

    def _belongs(self, watched: QObject) -> bool:
        """Whether ``watched`` is in this window or in a dialog opened over it."""
        widget = watched if isinstance(watched, QWidget) else None
        while widget is not None:
            if widget is self.window:
                return True
            widget = widget.parentWidget()
        return False

    # ----------------------------------------------------------------- lock

    def lock(self) -> None:
        """Hide and disable every window's contents; keep everything as it is."""
        if self.locked:
            return
        self.locked = True
        self.timer.stop()
        windows = [self.window] + [w for w in QApplication.topLevelWidgets()
                                   if w is not self.window and w.isVisible() and w.isWindow()
                                   and not isinstance(w, Cover)]
        modal = QApplication.activeModalWidget()
        form_host = modal if modal is not None and modal in windows else self.window
        for top in windows:
            self._disable_contents(top)
            cover = Cover(top, self.workspace.actor, with_form=top is form_host)
            cover.show()
            cover.raise_()
            self._covers.append(cover)
            if top is form_host:
                self._form = cover
                cover.unlock_requested.connect(self.unlock)
        for action in self.window.findChildren(QAction):
            if action is not self.action and action.isEnabled():
                action.setEnabled(False)
                self._disabled_actions.append(action)
        if self._form is not None:
            self._form.activateWindow()
            self._form.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self.locked_changed.emit(True)

    def _disable_contents(self, top: QWidget) -> None:
        for child in top.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            # Dialogs are children of the window too, but windows of their own: covered apart.
            if child.isEnabled() and not isinstance(child, Cover) and not child.isWindow():
                child.setEnabled(False)
                self._disabled_widgets.append(child)

    def unlock(self, password: str) -> bool:
        """Give the window back if ``password`` is the signed-in user's; ``False`` otherwise."""
        if not self.locked:
            return True
        if self.ended:
            return False
        from cabinet_desktop.services import authentication  # needed to unlock, not to lock

        form = self._form
        try:
            workspace = self.workspace
            signed = authentication.authenticate(workspace.database, workspace.actor.login,
                                                 password)
            if signed.actor.user_id != self.workspace.actor.user_id:
                raise AuthenticationError(authentication.generic_failure())
        except AuthenticationError as error:
            if form is not None:
                form.error.setText(error.message)
                form.error.show()
                form.password.clear()
                if error.retry_after > 0:
                    form.button.setEnabled(False)
                    self._retry.start(int(error.retry_after * 1000) + 200)
            return False
        for cover in self._covers:
            cover.remove()
        self._covers.clear()
        self._form = None
        for widget in self._disabled_widgets:
            widget.setEnabled(True)
        self._disabled_widgets.clear()
        for action in self._disabled_actions:
            action.setEnabled(True)
        self._disabled_actions.clear()
        self.locked = False
        self.timer.start()
        self.locked_changed.emit(False)
        self.update_rights(signed.actor)  # changed by an administrator while locked
        return True

    # ----------------------------------------------------------------- end

    def _account_rights(self, held: Actor, now: Actor) -> None:
        """Told by ``session_guard`` (on any thread) that ``held``'s rights are now ``now``'s."""
        if held.user_id is not None and held.user_id == self.workspace.actor.user_id:
            self._rights_seen.emit(now)

    def update_rights(self, now: Actor) -> None:
        """Take the role and clearance of ``now`` (the same account) if they changed."""
        actor = self.workspace.actor
        if now.user_id != actor.user_id or self.ended:
            return
        if (now.role, now.clearance) == (actor.role, actor.clearance):
            return
        self.workspace.set_actor(replace(actor, role=now.role, clearance=now.clearance))

    def _account_deactivated(self, actor: Actor) -> None:
        """Told by ``session_guard`` (on any thread) that a call for ``actor`` was refused."""
        if actor.user_id is not None and actor.user_id == self.workspace.actor.user_id:
            self._deactivation_seen = True
            self._deactivated.emit()

    @property
    def over(self) -> bool:
        """Whether the session has ended, or is about to (its account was deactivated).

        The window shows no error box then: the cover says it once.
        """
        return self.ended or self._deactivation_seen

    def end(self) -> None:
        """End the session for good: the account was deactivated by an administrator.

        The dialogs open over the window are closed (nothing in them can be saved any more),
        the window is covered and disabled as when locked, and the cover says why and offers
        to quit. Unlocking is no longer possible.
        """
        if self.ended:
            return
        self.ended = True
        self.timer.stop()
        for top in QApplication.topLevelWidgets():
            if (top is not self.window and top.isVisible() and top.isWindow()
                    and not isinstance(top, Cover) and self._belongs(top)):
                top.close()
                if top.isVisible():  # a dialog that refuses to close: hidden all the same
                    top.hide()
        if not self.locked:
            self.lock()
        form = self._form
        if form is None or form.parentWidget() is not self.window:
            # The password form was on a dialog, now closed: the notice goes on the window.
            for cover in [c for c in self._covers if c.parentWidget() is self.window]:
                cover.remove()
                self._covers.remove(cover)
            form = Cover(self.window, self.workspace.actor, with_form=True)
            form.show()
            form.raise_()
            self._covers.append(form)
            self._form = form
        form.show_ended(session_guard.deactivated_message(), self.window.close)
        self.session_ended.emit()

    def _allow_retry(self) -> None:
        if self._form is not None:
            self._form.button.setEnabled(True)

    @property
    def form(self) -> Cover | None:
        """The cover holding the password field while locked."""
        return self._form
