"""The main window: sidebar navigation, one pane per kind of record, menus and status bar.

The window is built for one :class:`~cabinet_desktop.ui.workspace.Workspace` (the database,
the signed-in user and the change broadcast) and hands it to every pane and dialog. A write's
``ChangeSet`` is broadcast once by the workspace; each pane reloads if it is concerned (the
current one at once, the others when next shown). The session's lock and account actions
belong to the :class:`~cabinet_desktop.ui.shell.session.SessionController` it owns.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop import __version__
from cabinet_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.permissions import Action, allowed
from cabinet_desktop.services.rows import ChangeSet
from cabinet_desktop.services.settings import load_settings
from cabinet_desktop.ui import icons
from cabinet_desktop.ui.backups.controller import BackupController
from cabinet_desktop.ui.exchange.workbook_actions import WorkbookController
from cabinet_desktop.ui.notes.controller import NotesController
from cabinet_desktop.ui.panes.dashboard import DashboardPane
from cabinet_desktop.ui.panes.pane_specs import PANES, PaneSpec
from cabinet_desktop.ui.printing.controller import PrintController
from cabinet_desktop.ui.shell.attachments import AttachmentsController
from cabinet_desktop.ui.shell.circuit import CircuitController
from cabinet_desktop.ui.shell.editing import EditingController
from cabinet_desktop.ui.shell.language import add_language_menu
from cabinet_desktop.ui.shell.measurements import MeasurementsController
from cabinet_desktop.ui.shell.missions import MissionActions
from cabinet_desktop.ui.shell.reminders import ReminderController, ReminderPanel
from cabinet_desktop.ui.shell.search_box import SearchBox
from cabinet_desktop.ui.shell.session import SessionController
from cabinet_desktop.ui.shell.window_settings import (
    APPLICATION,
    DASHBOARD,
    ORDER,
    app_settings,
    first_pane,
)
from cabinet_desktop.ui.workspace import Workspace

if TYPE_CHECKING:  # list panes load when one is first opened: start-up shows the dashboard
    from cabinet_desktop.ui.panes.list_pane import ListPane
    from cabinet_desktop.ui.tasks import Task

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Cabinet Desktop's main window for one database and one acting user."""

    def __init__(self, workspace: Workspace, settings: QSettings | None = None,
                 parent: QWidget | None = None, dashboard_reading: Task | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        workspace.setParent(self)
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
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        # what became due or late since the last session, above whatever pane is shown
        self.reminder_panel = ReminderPanel(central)
        self.reminder_panel.open_record.connect(self.open_record)
        column.addWidget(self.reminder_panel)
        column.addWidget(self.stack, 1)
        row.addLayout(column, 1)
        self.setCentralWidget(central)
        self.reminders = ReminderController(workspace, self.reminder_panel, parent=self)

        self._build_status_bar()
        self.sidebar.currentRowChanged.connect(self._show_row)
        workspace.changed.connect(self._on_changes)
        self.attachments = AttachmentsController(self, workspace)  # a dossier's files
        self.measurements = MeasurementsController(self, workspace)  # an indicator's figures
        # The first pane first: the dashboard's queries then run on a worker while the menus,
        # toolbar and search box are built.
        self.show_pane(first_pane(self.settings))
        self._build_actions()
        self._restore()
        # lock (Ctrl+L, inactivity), own password, administration
        self.session = SessionController(self, workspace, self.file_menu, self.tools_menu,
                                         leave_work=lambda: self.editing.close_forms())
        # Nouveau, Modifier, Dupliquer, Archiver, Supprimer, Annuler, Rétablir
        self.editing = EditingController(self, workspace, self.edit_menu, self.toolbar,
                                         self.list_pane)
        # Dossier › Enregistrer un dossier entrant, Imputer, Proposer l'avis, Valider…
        self.circuit = CircuitController(self, workspace, self.tools_menu, self.list_pane,
                                         self.show_pane)
        self.sidebar.currentRowChanged.connect(lambda _row: self.circuit.update_actions())
        # « Nouveau » in the dossiers list registers an incoming dossier (its first step)
        self.editing.creators["dossier"] = (self.circuit.may_register, self.circuit.register_new)
        # Avancement et statut…, Nouvelle instruction du Ministre…
        self.missions = MissionActions(self, workspace, self.edit_menu, self.editing,
                                       self.show_pane)
        # Imprimer (Ctrl+P), Exporter en PDF, a record's sheet; Nouvelle note (Ctrl+Shift+N),
        # « Envoyer vers une note », the register's actions
        self.printing = PrintController(self, workspace, self.file_menu, self.list_pane,
                                        before=self.quit_action)
        self.notes = NotesController(self, workspace, self.file_menu, self.list_pane,
                                     self.printing, before=self.printing.print_action)
        self.session.settings_saved.connect(self._organisation_changed)
        # Fichier › Exporter vers Excel…, Modèle vide…, Importer un classeur Excel…
        self.workbooks = WorkbookController(self, workspace, self.settings, self.file_menu,
                                            self.toolbar, self.list_pane,
                                            before=self.quit_action,
                                            toolbar_before=self.toolbar_end)
        # what a list pane offers beyond reading, attached to the panes already built and to
        # each pane built later (_create_pane)
        self.pane_controllers: list[Any] = [self.editing, self.circuit, self.missions,
                                            self.printing, self.notes, self.workbooks]
        for kind in self.panes:
            first = self.list_pane(kind)
            if first is not None:
                self._attach_controllers(first, kind)
        # Fichier › Sauvegarder… / Restaurer…, Outils › Sauvegardes…, the journal's anchors
        self.backups = BackupController(self, workspace, self.file_menu, self.tools_menu,
                                        before=self.quit_action)
        workspace.actor_changed.connect(self._apply_rights)
        self._offer_what_the_role_may_do()
        self.reminders.start()

    # ----------------------------------------------------------------- identity

    def _organisation_changed(self) -> None:
        self._organisation = self._read_organisation()
        self.setWindowTitle(self.title_text())

    def _read_organisation(self) -> dict[str, Any]:
        try:
            return load_settings(self.workspace.database)
        except Exception:  # a broken settings row must not keep the window closed
            log.exception("settings unreadable")
            return {}

    def title_text(self) -> str:
        """``Cabinet Desktop — <ministère> — base : <file>`` (+ ``— DÉMONSTRATION``)."""
        location = self.workspace.database.location
        base = Path(location).name if self.workspace.database.is_sqlite else location
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
        self.file_menu = file_menu = menu.addMenu(self.tr("&Fichier"))
        file_menu.setObjectName("fileMenu")
        self.quit_action = self._action("&Quitter", self.close, QKeySequence("Ctrl+Q"),
                                        "door-exit")
        file_menu.addAction(self.quit_action)

        self.edit_menu = edit_menu = menu.addMenu(self.tr("É&dition"))
        edit_menu.setObjectName("editMenu")
        self.filter_action = self._action("&Filtrer la liste", self.focus_filter,
                                          QKeySequence("Ctrl+F"), "filter")
        self.search_action = self._action("&Rechercher partout", self.focus_search,
                                          QKeySequence("Ctrl+K"), "search")
        self.copy_action = self._action("Copier la &référence", self.copy_reference,
                                        QKeySequence("Ctrl+Shift+C"), "copy")
        edit_menu.addActions([self.filter_action, self.search_action, self.copy_action])

        self.view_menu = view_menu = menu.addMenu(self.tr("&Affichage"))
        view_menu.setObjectName("viewMenu")
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
        self.language_menu = add_language_menu(view_menu, self.settings, self)

        self.tools_menu = tools_menu = menu.addMenu(self.tr("&Outils"))
        tools_menu.setObjectName("toolsMenu")
        self.verify_action = self._action("&Vérifier le journal d'audit", self.verify_journal,
                                          None, "shield-lock")
        tools_menu.addAction(self.verify_action)

        self.help_menu = help_menu = menu.addMenu(self.tr("Ai&de"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self._action("À &propos de Cabinet Desktop", self.about, None,
                                         "info-circle"))

        self.toolbar = toolbar = self.addToolBar(self.tr("Barre d'outils"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.addAction(self.refresh_action)
        toolbar.addAction(self.filter_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar_end = toolbar.addWidget(spacer)  # what follows sits on the right
        self.search_box = SearchBox(self._search, self)
        self.search_box.setFixedWidth(300)
        self.search_box.openRequested.connect(self.open_record)
        toolbar.addWidget(self.search_box)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        self.count_label = QLabel()
        self.count_label.setObjectName("statusCount")
        where = (self.tr("Fichier : {path}") if self.workspace.database.is_sqlite
                 else self.tr("Serveur : {path}")).replace("{path}",
                                                           self.workspace.database.location)
        self.location_label = QLabel(where)
        self.location_label.setObjectName("statusDatabase")
        self.location_label.setToolTip(self.workspace.database.location)
        self.user_label = QLabel()
        self.user_label.setObjectName("statusUser")
        self.show_user()
        bar.addWidget(self.count_label)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.location_label)

    def show_user(self) -> None:
        """The acting user and clearance, in the status bar."""
        self.user_label.setText(self.tr("Utilisateur : {user} · habilitation {level}")
                                .replace("{user}", self.workspace.actor.label)
                                .replace("{level}", self.workspace.actor.clearance.label.lower()))

    # ----------------------------------------------------------------- panes

    def _attach_controllers(self, pane: Any, kind: str) -> None:
        """Give a list pane its actions: editing, circuit, missions, Excel; a dossier's files
        and an indicator's measurements."""
        for controller in self.pane_controllers:
            controller.attach(pane)
        if kind == "dossier":
            self.attachments.attach(pane)
        if kind == "indicator":
            self.measurements.attach(pane)

    def _create_pane(self, kind: str) -> QWidget:
        pane: Any
        if kind == DASHBOARD:
            pane = self._create_dashboard()
        else:
            from cabinet_desktop.ui.panes.list_pane import ListPane  # loads with the first list

            spec: PaneSpec = next(s for s in PANES if s.kind == kind)
            pane = ListPane(spec, self.workspace, self)
            pane.counts_changed.connect(self._counts_changed)
            if hasattr(self, "pane_controllers"):  # the first pane comes before the menus
                self._attach_controllers(pane, kind)
            pane.restore_state(self.settings)
        if hasattr(pane, "open_record"):
            pane.open_record.connect(self.open_record)
        if hasattr(pane, "open_list"):
            pane.open_list.connect(self.open_list)
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
        """The Monday-morning dashboard (``ui/panes/dashboard.py``)."""
        reading, self._dashboard_reading = self._dashboard_reading, None
        return DashboardPane(self.workspace, self, reading=reading)

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
        for controller in getattr(self, "pane_controllers", ()):
            controller.update_actions()

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

    def open_list(self, kind: str, work: str) -> None:
        """Go to the list of ``kind`` filtered on the work list ``work`` (« À traiter »)."""
        if kind not in ORDER:
            return
        self.show_pane(kind)
        pane = self.list_pane(kind)
        if pane is not None:
            pane.filters.show_work(work)

    # ----------------------------------------------------------------- changes

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

    def _offer_what_the_role_may_do(self) -> None:
        """Show the journal (pane, menu entry, verification) to the roles that may read it.

        Only what is offered: the services refuse the rest whatever the window shows.
        """
        audit = allowed(self.workspace.actor, Action.READ, "audit")
        index = ORDER.index("audit")
        item = self.sidebar.item(index)
        if item is not None:
            item.setHidden(not audit)
        for action in (self.pane_actions[index], self.verify_action):
            action.setVisible(audit)
            action.setEnabled(audit)

    def _apply_rights(self, _actor: Actor) -> None:
        """An administrator changed the user's role or clearance during the session: the window
        takes them at once (menus, panes, figures), as the services already do."""
        self._offer_what_the_role_may_do()
        if self.current_kind() == "audit" and not allowed(self.workspace.actor, Action.READ,
                                                          "audit"):
            self.show_pane(DASHBOARD)
        self.show_user()
        # the new role and clearance read right beside it, in the user's label
        self.statusBar().showMessage(
            translate("Session", "Vos droits ont été modifiés par l'administrateur."), 15000)
        self.refresh()

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
        from cabinet_desktop.services import search  # loads with the first search

        return search.search(self.workspace.database, self.workspace.actor, text)

    def copy_reference(self) -> None:
        pane = self.list_pane()
        if pane is not None:
            record = pane.current_record()
            if record is not None:
                QApplication.clipboard().setText(record.reference or str(record.id))
                self.statusBar().showMessage(self.tr("Référence copiée."), 3000)

    def verify_journal(self) -> None:
        """The chain, and the anchors of the backups in the backup folder."""
        self.backups.verify_journal()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("À propos de Cabinet Desktop"), self.tr(
            "<b>Cabinet Desktop</b> {version}<br>Missions, dossiers, partenaires et "
            "indicateurs du cabinet du ministre.<br>Icônes : Tabler Icons (licence MIT).")
            .replace("{version}", __version__))

    def show_error(self, message: str) -> None:
        session = getattr(self, "session", None)  # errors may come before it is set up
        lock = session.lock if session is not None else None
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

