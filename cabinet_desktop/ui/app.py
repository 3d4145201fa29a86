"""Starting the GUI: application, translation, error handling, database, first start, window."""

from __future__ import annotations

import gc
import importlib
import logging
import os
import sys
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.domain.errors import StorageError
from cabinet_desktop.i18n import translate
from cabinet_desktop.resources_path import resource
from cabinet_desktop.services import sign_in_reads
from cabinet_desktop.services.actor import Actor

if TYPE_CHECKING:  # the store (SQLAlchemy's ORM and the mappings) loads inside start_up()
    from PySide6.QtCore import QSettings

    from cabinet_desktop.store.database import Database
    from cabinet_desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

EXIT_STORAGE = 69



# --------------------------------------------------------------------------- errors


class ErrorDialog(QDialog):
    """A readable French message, with the technical details one click away."""

    def __init__(self, summary: str, details: str, log_file: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("App", "Erreur inattendue"))
        self.details = details
        layout = QVBoxLayout(self)
        message = QLabel(translate("App",
                                   "Une erreur inattendue s'est produite : {summary}\n\nVotre "
                                   "travail enregistré n'est pas perdu. Les détails ont été "
                                   "consignés dans {log}.").format(summary=summary, log=log_file))
        message.setWordWrap(True)
        layout.addWidget(message)
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        text.setMinimumSize(560, 180)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(translate("App", "Copier les détails"),
                                 QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)


def _report(kind: type[BaseException], value: BaseException,
            tb: TracebackType | None) -> None:
    from cabinet_desktop.store.logs import configure_logging

    path = configure_logging()
    logging.getLogger("cabinet_desktop").error("unexpected error", exc_info=(kind, value, tb))
    details = "".join(traceback.format_exception(kind, value, tb))
    app = QApplication.instance()
    if app is None or threading.current_thread() is not threading.main_thread():
        return
    ErrorDialog(str(value) or kind.__name__, details, str(path)).exec()


def install_error_handlers() -> None:
    """Log every uncaught exception (GUI or worker thread) and show it in French."""
    def hook(kind: type[BaseException], value: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        _report(kind, value, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            _report(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook


# --------------------------------------------------------------------------- set-up


@contextmanager
def start_up() -> Iterator[None]:
    """Run a stretch of start-up (imports, opening, building the window) without cyclic GC.

    Start-up creates a few hundred thousand long-lived objects (modules, mappings, widgets'
    wrappers): the collector would walk them again and again for nothing (about a tenth of the
    start). Collection is paused for the stretch only (no user interaction happens inside),
    then what exists is frozen (``gc.freeze``: moved out of every later collection's scan) and
    collection resumes as it was. Used by :func:`run_gui` and by ``bench/run.py``.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def install_translations(app: QApplication) -> None:
    """French by default, English when chosen (``ui/shell/language.py``); ``i18n.translate`` too."""
    from cabinet_desktop.ui.shell.language import install_translations as install

    install(app)


def load_stylesheet(app: QApplication) -> None:
    try:
        app.setStyleSheet(resource("styles", "app.qss").read_text(encoding="utf-8"))
    except OSError:
        log.warning("stylesheet not found")


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, style, stylesheet and translations."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName("CabinetDesktop")
    app.setApplicationName("Cabinet Desktop")
    app.setStyle("Fusion")
    install_translations(app)
    load_stylesheet(app)
    return app


def fill_demo(database: Database, parent: QWidget | None = None) -> bool:
    """Fill an empty demo database behind a cancellable progress dialog; ``False`` if cancelled."""
    from cabinet_desktop.services.tasks import Cancelled
    from cabinet_desktop.ui.tasks import wait_for

    def work(state: Any) -> Any:
        from cabinet_desktop import demo

        return demo.generate(database, "small", state=state)

    try:
        wait_for(parent, translate("App", "Préparation des données de démonstration…"), work)
    except Cancelled:
        return False
    except Exception as error:  # shown in French, the application goes on with what exists
        QMessageBox.warning(parent, translate("App", "Démonstration"), translate("App",
            "Les données de démonstration n'ont pas pu être créées : {error}").format(
                error=getattr(error, "message", str(error))))
        return False
    return True


def _first_start_choice() -> bool | None:
    """On a real installation's first start: ``True`` for the demo, ``False`` to start empty."""
    box = QMessageBox()
    box.setWindowTitle(translate("App", "Bienvenue dans Cabinet Desktop"))
    box.setText(translate("App", "C'est le premier démarrage de Cabinet Desktop sur ce poste."))
    box.setInformativeText(translate("App",
                                     "Voulez-vous commencer avec une base vide, ou découvrir "
                                     "l'application sur une base de démonstration (fictive, "
                                     "séparée de la vraie) ?"))
    empty = box.addButton(translate("App", "Commencer avec une base vide"),
                          QMessageBox.ButtonRole.AcceptRole)
    demo = box.addButton(translate("App", "Explorer la démonstration"),
                         QMessageBox.ButtonRole.ActionRole)
    box.addButton(translate("App", "Quitter"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(empty)
    box.exec()
    if box.clickedButton() is demo:
        return True
    if box.clickedButton() is empty:
        return False
    return None


#: Delay after the sign-in dialog opens before the window's code loads behind it.
WARM_UP_DELAY_MS = 400


#: What signing in and :func:`open_window` import, loaded ahead by :func:`load_window_code`:
#: the accounts service first (it brings SQLAlchemy's ORM and the mappings, about 0.15 s, which
#: the sign-in dialog does not wait for).
WINDOW_MODULES = ("cabinet_desktop.services.authentication",
                  "cabinet_desktop.ui.panes.dashboard",
                  "cabinet_desktop.ui.shell.main_window")


def _load(modules: tuple[str, ...]) -> None:
    """Import ``modules`` ahead of their first use (no widget is built, nothing is read)."""
    for name in modules:
        importlib.import_module(name)


def load_window_code() -> None:
    """Import what :func:`open_window` needs."""
    _load(WINDOW_MODULES)


def open_window(database: Database, actor: Actor, settings: QSettings | None = None) -> MainWindow:
    """Build and show the main window for ``actor`` (what follows sign-in).

    When the window opens on the dashboard, its queries start first, on a worker thread: they
    run while the window's code loads and its widgets are built.
    """
    with start_up():
        from cabinet_desktop.ui.panes.dashboard import read_dashboard
        from cabinet_desktop.ui.shell.window_settings import DASHBOARD, app_settings, first_pane

        settings = settings if settings is not None else app_settings()
        reading = read_dashboard(database, actor) if first_pane(settings) == DASHBOARD else None
        from cabinet_desktop.ui.shell.main_window import MainWindow
        from cabinet_desktop.ui.workspace import Workspace

        window = MainWindow(Workspace(database, actor), settings, dashboard_reading=reading)
        # « Changer d'utilisateur… »: the next user's window, kept referenced as this one is
        window.session.reopen = lambda next_actor: _reopen(database, next_actor, settings)
        window.show()
    # The list panes' code loads once the user has had the first screen for a moment, so the
    # first pane they open does not wait for it (about 40 ms).
    QTimer.singleShot(PANES_PRELOAD_DELAY_MS, load_pane_code)
    return window


#: The window opened by « Changer d'utilisateur… » (the first one is held by run_gui).
_SWITCHED: list[MainWindow] = []


def _reopen(database: Database, actor: Actor, settings: QSettings) -> MainWindow:
    window = open_window(database, actor, settings)
    _SWITCHED[:] = [window]
    return window


#: Delay after the window opens before the list panes' code loads behind it.
PANES_PRELOAD_DELAY_MS = 2000
#: What the first list pane needs, loaded ahead by :func:`load_pane_code`.
PANE_MODULES = ("cabinet_desktop.ui.panes.list_pane",)


def load_pane_code() -> None:
    """Import the list panes' code."""
    _load(PANE_MODULES)


def run_gui(database_arg: str | None, demo: bool) -> int:
    """Open the main window on the chosen database; return the exit code."""
    with start_up():
        from cabinet_desktop.store.locations import ENV_DATABASE_URL, default_database_path
        from cabinet_desktop.store.logs import configure_logging

        configure_logging()
        app = make_application()
        install_error_handlers()
        first_start = (not demo and database_arg is None
                       and not os.environ.get(ENV_DATABASE_URL)
                       and not default_database_path().exists())
    if first_start:
        choice = _first_start_choice()
        if choice is None:
            return 0
        demo = choice
    with start_up():
        from cabinet_desktop.ui.signin.login_dialog import open_database_gui, sign_in

    try:
        # Asks for the passphrase of an encrypted file; on first start, offers encryption.
        opened = open_database_gui(database_arg, demo, new_file=first_start)
    except StorageError as error:
        QMessageBox.critical(None, translate("App", "Base de données indisponible"), error.message)
        return EXIT_STORAGE
    if opened is None:
        return 0
    database = opened
    if demo and not sign_in_reads.has_records(database):
        fill_demo(database)

    # The window's code loads while the sign-in dialog waits for the user (about 0.1 s less
    # between "Se connecter" and the dashboard).
    QTimer.singleShot(WARM_UP_DELAY_MS, load_window_code)
    actor = sign_in(database)  # first administrator, login, forced password change
    if actor is None:
        database.close()
        return 0
    window = open_window(database, actor)  # referenced until the application quits
    window.backups.start_automatic_backup()  # the day's backup, behind the window
    code = app.exec()
    del window
    database.close()
    return int(code)
