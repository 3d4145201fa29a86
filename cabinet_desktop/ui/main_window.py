"""The main window: sidebar navigation, one pane per kind of record, menus and status bar.

The acting user arrives in the constructor (``actor``) and every service call goes through
it: signing in (issue 3) replaces that one argument. Writes return a ``ChangeSet`` that
:meth:`MainWindow.broadcast` sends once; each pane reloads if it is concerned.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from cabinet_desktop.formatting import format_number
from cabinet_desktop.i18n import QT_TRANSLATE_NOOP
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.rows import ChangeSet
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui import icons
from cabinet_desktop.ui.pane_specs import PANES, PaneSpec
from cabinet_desktop.ui.search_box import SearchBox
from cabinet_desktop.ui.window_settings import (
    APPLICATION,
    DASHBOARD,
    ORDER,
    app_settings,
    first_pane,
)

if TYPE_CHECKING:  # list panes load when one is first opened: start-up shows the dashboard
    from cabinet_desktop.ui.panes import ListPane
    from cabinet_desktop.ui.tasks import Task

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Cabinet Desktop's main window for one database and one acting user."""

    changes_applied = Signal(object)  # ChangeSet, broadcast once per write

    def __init__(self, database: Database, actor: Actor, settings: QSettings | None = None,
                 parent: QWidget | None = None, dashboard_reading: Task | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.settings = settings if settings is not None else app_settings()
        self._dashboard_reading = dashboard_reading  # started before the window (open_window)
        self.panes: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        self.setObjectName("mainWindow")
        self._organisation = self._read_organisation()
        self.setWindowTitle(self.title_text())
        self.setWindowIcon(icons.icon("layout-dashboard", icons.BLUE))
        self.setMinimumSize(QSize(1024, 640))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(178)
        self.stack = QStackedWidget()
        self.stack.setObjectName("paneStack")
        for kind in ORDER:
            title, icon_name = self._nav_entry(kind)
            item = QListWidgetItem(icons.icon(icon_name, icons.SIDEBAR), self.tr(title))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setSizeHint(QSize(170, 36))
            self.sidebar.addItem(item)
            placeholder = QWidget()
            placeholder.setObjectName(f"slot_{kind}")
            self.stack.addWidget(placeholder)
        central = QWidget()
        central.setObjectName("central")
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_status_bar()
        self.sidebar.currentRowChanged.connect(self._show_row)
        self.changes_applied.connect(self._on_changes)
        # The first pane first: the dashboard's queries then run on a worker while the menus,
        # toolbar and search box are built.
        self.show_pane(first_pane(self.settings))
        self._build_actions()
        self._restore()
        from cabinet_desktop.ui.session import install_session

        install_session(self)  # lock (Ctrl+L, inactivity), own password, administration

    # ----------------------------------------------------------------- identity

    def _read_organisation(self) -> dict[str, Any]:
        from cabinet_desktop.services.settings import load_settings

        try:
            return load_settings(self.database)
        except Exception:  # a broken settings row must not keep the window closed
            log.exception("settings unreadable")
            return {}

    def title_text(self) -> str:
        """``Cabinet Desktop — <ministère> — base : <file>`` (+ ``— DÉMONSTRATION``)."""
        location = self.database.location
        base = Path(location).name if self.database.is_sqlite else location
        ministry = str(self._organisation.get("ministry_name") or "")
        parts = [APPLICATION]
        if ministry:
            parts.append(ministry)
        parts.append(self.tr("base : {base}").replace("{base}", base))
        if self._organisation.get("is_demo"):
            parts.append(self.tr("DÉMONSTRATION"))
        return " — ".join(parts)

    @staticmethod
    def _nav_entry(kind: str) -> tuple[str, str]:
        if kind == DASHBOARD:
            return QT_TRANSLATE_NOOP("MainWindow", "Tableau de bord"), "layout-dashboard"
        spec = next(s for s in PANES if s.kind == kind)
        return spec.title, spec.icon

    # ----------------------------------------------------------------- actions

    def _action(self, text: str, slot: Any, shortcut: QKeySequence | str | None = None,
                icon_name: str | None = None) -> QAction:
        action = QAction(self.tr(text), self)
        if icon_name:
            action.setIcon(icons.icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&Fichier"))
        self.quit_action = self._action("&Quitter", self.close, QKeySequence("Ctrl+Q"),
                                        "door-exit")
        file_menu.addAction(self.quit_action)

        edit_menu = menu.addMenu(self.tr("É&dition"))
        self.filter_action = self._action("&Filtrer la liste", self.focus_filter,
                                          QKeySequence("Ctrl+F"), "filter")
        self.search_action = self._action("&Rechercher partout", self.focus_search,
                                          QKeySequence("Ctrl+K"), "search")
        self.copy_action = self._action("Copier la &référence", self.copy_reference,
                                        QKeySequence("Ctrl+Shift+C"), "copy")
        edit_menu.addActions([self.filter_action, self.search_action, self.copy_action])

        view_menu = menu.addMenu(self.tr("&Affichage"))
        self.pane_actions: list[QAction] = []
        for number, kind in enumerate(ORDER, start=1):
            title, icon_name = self._nav_entry(kind)
            action = self._action(title, lambda _=False, k=kind: self.show_pane(k),
                                  QKeySequence(f"Ctrl+{number}"), icon_name)
            self.pane_actions.append(action)
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.refresh_action = self._action("&Actualiser", self.refresh,
                                           QKeySequence(QKeySequence.StandardKey.Refresh),
                                           "refresh")
        if self.refresh_action.shortcut().isEmpty():
            self.refresh_action.setShortcut(QKeySequence("F5"))
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        from cabinet_desktop.ui.language import add_language_menu

        self.language_menu = add_language_menu(view_menu, self.settings, self)

        tools_menu = menu.addMenu(self.tr("&Outils"))
        self.verify_action = self._action("&Vérifier le journal d'audit", self.verify_journal,
                                          None, "shield-lock")
        tools_menu.addAction(self.verify_action)

        help_menu = menu.addMenu(self.tr("Ai&de"))
        help_menu.addAction(self._action("À &propos de Cabinet Desktop", self.about, None,
                                         "info-circle"))

        toolbar = self.addToolBar(self.tr("Barre d'outils"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.addAction(self.refresh_action)
        toolbar.addAction(self.filter_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.search_box = SearchBox(self._search, self)
        self.search_box.setFixedWidth(300)
        self.search_box.openRequested.connect(self.open_record)
        toolbar.addWidget(self.search_box)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        self.count_label = QLabel()
        self.count_label.setObjectName("statusCount")
        where = (self.tr("Fichier : {path}") if self.database.is_sqlite
                 else self.tr("Serveur : {path}")).replace("{path}", self.database.location)
        self.location_label = QLabel(where)
        self.location_label.setObjectName("statusDatabase")
        self.location_label.setToolTip(self.database.location)
        self.user_label = QLabel()
        self.user_label.setObjectName("statusUser")
        self.show_user()
        bar.addWidget(self.count_label)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.location_label)

    def show_user(self) -> None:
        """The acting user and clearance, in the status bar."""
        self.user_label.setText(self.tr("Utilisateur : {user} · habilitation {level}")
                                .replace("{user}", self.actor.label)
                                .replace("{level}", self.actor.clearance.label.lower()))

    # ----------------------------------------------------------------- panes

    def _create_pane(self, kind: str) -> QWidget:
        pane: Any
        if kind == DASHBOARD:
            pane = self._create_dashboard()
        else:
            from cabinet_desktop.ui.panes import ListPane

            spec: PaneSpec = next(s for s in PANES if s.kind == kind)
            pane = ListPane(spec, self.database, self.actor, self)
            pane.counts_changed.connect(self._counts_changed)
            pane.restore_state(self.settings)
        if hasattr(pane, "open_record"):
            pane.open_record.connect(self.open_record)
        if hasattr(pane, "failed"):
            pane.failed.connect(self.show_error)
        index = ORDER.index(kind)
        old = self.stack.widget(index)
        self.stack.insertWidget(index, pane)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.panes[kind] = pane
        pane.load()
        return pane

    def _create_dashboard(self) -> QWidget:
        """The Monday-morning dashboard (``ui/dashboard_pane.py``)."""
        from cabinet_desktop.ui.dashboard_pane import DashboardPane

        reading, self._dashboard_reading = self._dashboard_reading, None
        return DashboardPane(self.database, self.actor, self, reading=reading)

    def pane(self, kind: str) -> Any:
        """The pane of ``kind``, created on first use."""
        return self.panes.get(kind) or self._create_pane(kind)

    def current_kind(self) -> str:
        return ORDER[max(self.sidebar.currentRow(), 0)]

    def list_pane(self, kind: str | None = None) -> ListPane | None:
        """The list pane of ``kind`` (default: the current one) if it exists (not the dashboard)."""
        kind = kind or self.current_kind()
        return self.panes.get(kind) if kind != DASHBOARD else None  # type: ignore[return-value]

    def show_pane(self, kind: str) -> Any:
        """Switch to the pane of ``kind`` (creating and loading it on first use)."""
        row = ORDER.index(kind)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        else:
            self._show_row(row)
        return self.panes[kind]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        kind = ORDER[row]
        pane = self.pane(kind)
        if kind in self._stale:
            self._stale.discard(kind)
            pane.reload()
        self.stack.setCurrentIndex(row)
        self._update_counts()

    def _counts_changed(self, kind: str, shown: int, total: int) -> None:
        if kind == self.current_kind():
            self._update_counts()

    def _update_counts(self) -> None:
        pane = self.list_pane()
        if pane is not None:
            self.count_label.setText(pane.count_text())  # "au moins …" while counting
        else:
            self.count_label.setText("")

    def open_record(self, kind: str, record_id: int) -> None:
        """Go to the pane of ``kind`` with ``record_id`` selected (dashboard, search, links)."""
        if kind not in ORDER:
            return
        self.show_pane(kind)
        pane = self.list_pane(kind)
        if pane is not None:
            pane.select_id(record_id)

    # ----------------------------------------------------------------- changes

    def broadcast(self, changes: ChangeSet) -> None:
        """Tell every pane once that ``changes`` were saved."""
        self.changes_applied.emit(changes)

    def _on_changes(self, changes: ChangeSet) -> None:
        current = self.current_kind()
        for kind, pane in self.panes.items():
            concerned = getattr(pane, "concerned_by", None)
            if concerned is None or not concerned(changes):
                continue
            if kind == current:
                pane.reload()  # type: ignore[attr-defined]
            else:
                self._stale.add(kind)

    def refresh(self) -> None:
        pane = self.panes.get(self.current_kind())
        if pane is not None:
            pane.reload()  # type: ignore[attr-defined]
        for kind in self.panes:
            if kind != self.current_kind():
                self._stale.add(kind)

    # ----------------------------------------------------------------- commands

    def focus_filter(self) -> None:
        pane = self.list_pane()
        if pane is not None:
            pane.filters.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
            pane.filters.text.selectAll()

    def focus_search(self) -> None:
        self.search_box.activate()

    def _search(self, text: str) -> Any:
        """Run on the search box's worker thread (the search service loads on first use)."""
        from cabinet_desktop.services import search

        return search.search(self.database, self.actor, text)

    def copy_reference(self) -> None:
        from PySide6.QtWidgets import QApplication

        pane = self.list_pane()
        if pane is not None:
            record = pane.current_record()
            if record is not None:
                QApplication.clipboard().setText(record.reference or str(record.id))
                self.statusBar().showMessage(self.tr("Référence copiée."), 3000)

    def verify_journal(self) -> None:
        from cabinet_desktop.services.audit import verify
        from cabinet_desktop.ui.tasks import run_task

        def done(report: Any) -> None:
            if report.ok:
                QMessageBox.information(self, self.tr("Journal d'audit"), self.tr(
                    "Journal intègre : {count} entrées vérifiées.").replace(
                        "{count}", format_number(report.checked)))
            else:
                QMessageBox.warning(self, self.tr("Journal d'audit"), self.tr(
                    "Journal altéré à l'entrée n° {id} : {problem}").replace(
                        "{id}", str(report.broken_at)).replace("{problem}",
                                                               str(report.problem)))

        run_task(self, self.tr("Vérification du journal d'audit…"),
                 lambda _state: verify(self.database), done,
                 lambda error: self.show_error(str(error)))

    def about(self) -> None:
        from cabinet_desktop import __version__

        QMessageBox.about(self, self.tr("À propos de Cabinet Desktop"), self.tr(
            "<b>Cabinet Desktop</b> {version}<br>Missions, dossiers, partenaires et "
            "indicateurs du cabinet du ministre.<br>Icônes : Tabler Icons (licence MIT).")
            .replace("{version}", __version__))

    def show_error(self, message: str) -> None:
        lock = getattr(self, "session_lock", None)
        if lock is not None and lock.over:  # account deactivated: the lock's cover says it once
            lock.end()
            return
        QMessageBox.warning(self, self.tr("Cabinet Desktop"), message)

    # ----------------------------------------------------------------- settings

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 740)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(state)

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/lastPane", self.current_kind())
        for kind in self.panes:
            pane = self.list_pane(kind)
            if pane is not None:
                pane.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)

