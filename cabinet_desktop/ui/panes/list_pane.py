"""A list pane: filter bar, table over the generic model, and the detail panel beside it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from html import escape
from typing import Any, TypeVar, cast

from PySide6.QtCore import (
    QEvent,
    QObject,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QDropEvent, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.formatting import format_number
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import listing
from cabinet_desktop.services.listing import ListQuery, Page
from cabinet_desktop.services.rows import ChangeSet, Record
from cabinet_desktop.ui.panes.column_fit import ColumnFitter
from cabinet_desktop.ui.panes.columns import columns_of
from cabinet_desktop.ui.panes.details import placeholder_html, record_html
from cabinet_desktop.ui.panes.eliding_delegate import ElidingDelegate
from cabinet_desktop.ui.panes.filter_bar import FilterBar
from cabinet_desktop.ui.panes.pane_specs import (  # noqa: F401  (PANES, pane_spec: re-exported)
    PANES,
    FilterChoice,
    PaneSpec,
    pane_spec,
)
from cabinet_desktop.ui.panes.table_model import RecordTableModel
from cabinet_desktop.ui.tasks import run_in_background
from cabinet_desktop.ui.workspace import Workspace

log = logging.getLogger(__name__)
T = TypeVar("T")

#: the least and the greatest default width of the detail panel
DETAIL_WIDTHS = (320, 480)


class ListPane(QWidget):
    """One entity pane: filter bar, paged SQL table and detail panel in a splitter."""

    counts_changed = Signal(str, int, int)  # kind, rows shown, rows in the table
    open_record = Signal(str, int)  # kind, id (links of the detail panel)
    failed = Signal(str)
    selection_changed = Signal()  # another record became current (or none)
    edit_requested = Signal(str, int)  # kind, id: « modifier » in the detail panel
    new_requested = Signal(str, int)  # kind, parent id: « ajouter » a child in the detail
    #: « open », « save » or « remove », the attachment's id and version (detail panel links)
    attachment_requested = Signal(str, int, int)
    #: files dropped on the list or the detail panel (local paths), for the current record
    files_dropped = Signal(list)
    #: « Nouvelle note » from the empty register's hint
    compose_requested = Signal()

    def __init__(self, spec: PaneSpec, workspace: Workspace,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.kind = spec.kind
        self.workspace = workspace
        self.setObjectName(f"pane_{spec.kind}")
        self._all_count = 0
        self._current_id: int | None = None
        self._select_after: int | None = None
        self._extra_buttons: list[QPushButton] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(6)
        heading = QHBoxLayout()
        title = QLabel(translate("Panes", spec.title))
        title.setObjectName("paneTitle")
        heading.addWidget(title)
        heading.addStretch(1)
        #: the pane's title row (a controller may add its buttons before the count)
        self.heading = heading
        self.count_label = QLabel()
        self.count_label.setObjectName("paneCount")
        heading.addWidget(self.count_label)
        layout.addLayout(heading)
        self.filters = FilterBar(spec, workspace, self)
        layout.addWidget(self.filters)

        self.model = RecordTableModel(columns_of(spec.kind), self._fetch, self,
                                      count=self._count, asynchronous=workspace.distant)
        self.model.read_failed.connect(self.failed)
        self.view = QTableView()
        self.view.setObjectName(f"table_{spec.kind}")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several rows with Ctrl or Maj + clic (exported together)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setItemDelegate(ElidingDelegate(self.view))
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.fitter = ColumnFitter(self.view, self.model.columns, spec.kind)
        header.customContextMenuRequested.connect(self.fitter.header_menu)
        header.sectionClicked.connect(self._header_clicked)
        self.view.viewport().installEventFilter(self)

        self.detail = QTextBrowser()
        self.detail.setObjectName(f"detail_{spec.kind}")
        self.detail.setOpenLinks(False)
        # words are never cut in two (Qt's default cuts a table's narrow column anywhere):
        # details.py gives long words their own break opportunities
        self.detail.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.detail.anchorClicked.connect(self._link_clicked)
        self.detail.setHtml(placeholder_html(translate("Panes", spec.singular)))
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail, 3)
        self.edit_button = QPushButton(translate("Panes", "Modifier…"))
        self.edit_button.setObjectName(f"edit_{spec.kind}")
        self.edit_button.setToolTip(translate("Panes", "Modifier la fiche (F2, Entrée ou "
                                                       "double-clic dans la liste)"))
        self.edit_button.clicked.connect(self._edit_clicked)
        self.edit_button.hide()
        #: the detail panel's buttons (« Modifier… », then the kind's own actions)
        self.detail_buttons = QHBoxLayout()
        self.detail_buttons.addWidget(self.edit_button)
        self.detail_buttons.addStretch(1)
        detail_layout.addLayout(self.detail_buttons)
        # The indicator chart (QtCharts: ~40 ms to import, more to build) is made the first
        # time an indicator is shown, not when the pane opens.
        self.chart: Any = None
        self._detail_layout = detail_layout

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"splitter_{spec.kind}")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(detail_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([round(1120 * (1 - spec.detail_share)),
                                round(1120 * spec.detail_share)])
        #: True once the user has moved the splitter: the default split no longer applies
        self.split_moved = False
        self.splitter.splitterMoved.connect(self._splitter_moved)
        self.splitter.installEventFilter(self)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

        self.filters.changed.connect(self.apply_filters)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._after_reset)
        self.model.total_changed.connect(self._show_counts)

    # ----------------------------------------------------------------- data

    def _fetch(self, query: ListQuery, with_total: bool) -> Page:
        return listing.page(self.workspace.database, self.workspace.actor, self.kind, query,
                            with_total=with_total)

    def _count(self, query: ListQuery) -> int:
        """Rows matching ``query`` (called on a worker thread by the model)."""
        return listing.count(self.workspace.database, self.workspace.actor, self.kind, query)

    def load(self) -> None:
        """First load: count every row the user may see, then show the first page."""
        self._run(self._load)

    def _load(self) -> None:
        self._count_all()
        self.model.set_query(self.filters.query())
        self._update_sort_indicator()

    def _count_all(self) -> None:
        """Count every row the user may see (the « sur N » of the status bar)."""
        workspace, kind = self.workspace, self.kind

        def count() -> int:
            return listing.count(workspace.database, workspace.actor, kind,
                                 ListQuery(include_archived=True))

        if workspace.distant:
            self._read(count, self._counted_all)
        else:  # a refusal stops the caller's reading, reported once by ``_run``
            self._counted_all(count())

    def _counted_all(self, total: int) -> None:
        self._all_count = total
        self._show_counts()

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except CabinetError as error:
            self.failed.emit(error.message)

    def _read(self, work: Callable[[], T], done: Callable[[T], None],
              refused: Callable[[str], None] | None = None) -> None:
        """A service read: at once from a local file, on a worker from a distant server (the
        window never waits for the network); ``done(result)`` follows on the GUI thread, or
        ``refused(message)`` (default: the pane's ``failed``) when the service refuses."""
        tell = refused or self.failed.emit

        def failed(error: BaseException) -> None:
            if not isinstance(error, CabinetError):
                raise error  # a bug: the application's error hook reports it
            tell(error.message)

        if self.workspace.distant:
            run_in_background(lambda _state: work(), done, failed, owner=self)
            return
        try:
            result = work()
        except CabinetError as error:
            failed(error)
            return
        done(result)

    def apply_filters(self) -> None:
        """Re-query with the filter bar's values, keeping the current sort."""
        current = self.model.query
        query = replace(self.filters.query(), sort=current.sort, descending=current.descending)
        self._run(lambda: self.model.set_query(query))

    def reload(self) -> None:
        """Read again (F5, or a change set concerning this pane), keeping filters and sort."""
        keep = self._current_id
        self._run(self._reload)
        if keep is not None:
            self.select_id(keep, refresh_only=True)

    def _reload(self) -> None:
        self._count_all()
        self.model.reload()

    def concerned_by(self, changes: ChangeSet) -> bool:
        return any(changes.concerns(kind) for kind in self.spec.related_kinds)

    # ----------------------------------------------------------------- view

    def _header_clicked(self, section: int) -> None:
        column = self.model.columns[section]
        if column.sort_key is None:
            self._update_sort_indicator()
            return
        current = self.model.sort_column()
        order = Qt.SortOrder.AscendingOrder
        if current is not None and current[0] == section:
            order = (Qt.SortOrder.DescendingOrder if current[1] == Qt.SortOrder.AscendingOrder
                     else Qt.SortOrder.AscendingOrder)
        self._run(lambda: self.model.sort(section, order))
        self._update_sort_indicator()

    def _update_sort_indicator(self) -> None:
        header = self.view.horizontalHeader()
        current = self.model.sort_column()
        if current is None:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            header.setSortIndicator(current[0], current[1])

    def count_text(self) -> str:
        """``12 affichés sur 340`` (``au moins 200 …`` while the count runs)."""
        shown = self.model.total
        total = max(self._all_count, shown)
        text = (translate("Panes", "au moins {shown} affichés sur {total} (comptage…)")
                if self.model.counting else translate("Panes", "{shown} affichés sur {total}"))
        return text.format(shown=format_number(shown), total=format_number(total))

    def _show_counts(self) -> None:
        self.count_label.setText(self.count_text())
        self.counts_changed.emit(self.kind, self.model.total,
                                 max(self._all_count, self.model.total))

    def _after_reset(self) -> None:
        self._show_counts()
        self._current_id = None
        self.edit_button.hide()
        for button in self._extra_buttons:
            button.hide()
        self.detail.setHtml(placeholder_html(translate("Panes", self.spec.singular),
                                             empty=self.model.total == 0, kind=self.kind))
        if self.chart is not None:
            self.chart.show_indicator(None)
        self.selection_changed.emit()
        if self._select_after is not None:
            wanted, self._select_after = self._select_after, None
            if not self.select_id(wanted, refresh_only=True):
                self.select_id(wanted)

    def select_after_reload(self, record_id: int) -> None:
        """Select ``record_id`` (just saved): now if the list was read again already, else
        once its page arrives from a distant server."""
        if self.model.loading:
            self._select_after = record_id
        elif not self.select_id(record_id, refresh_only=True):
            self.select_id(record_id)

    def add_detail_button(self, button: QPushButton) -> None:
        """A button beside « Modifier… », shown while a record is shown."""
        self.detail_buttons.insertWidget(self.detail_buttons.count() - 1, button)
        button.setVisible(self.edit_button.isVisible())
        self._extra_buttons.append(button)

    def _edit_clicked(self) -> None:
        if self._current_id is not None:
            self.edit_requested.emit(self.kind, self._current_id)

    def _row_changed(self, current: Any, _previous: Any) -> None:
        record = self.model.record(current.row()) if current.isValid() else None
        if record is None:
            return
        self._current_id = record.id
        self.edit_button.setVisible(self.spec.editable)
        for button in self._extra_buttons:
            button.setVisible(True)
        self.show_detail(record)
        self.selection_changed.emit()

    def show_detail(self, row: Record) -> None:
        """Fill the detail panel with ``row`` in full (read from the services)."""
        if self.kind == "audit":  # a journal entry's row is already whole
            self._show_detail(row.id, row)
            return
        workspace, kind, record_id = self.workspace, self.kind, row.id
        self._read(lambda: listing.detail(workspace.database, workspace.actor, kind, record_id),
                   lambda record: self._show_detail(record_id, record),
                   lambda message: self.detail.setHtml(f"<p>{escape(message)}</p>"))

    def _show_detail(self, record_id: int, record: Record) -> None:
        if record_id != self._current_id:
            return  # another row was chosen while this one was read
        self.detail.setHtml(record_html(record))
        if self.kind == "indicator":
            if self.chart is None:
                from cabinet_desktop.ui.panes.chart import IndicatorChart

                self.chart = IndicatorChart()
                self._detail_layout.addWidget(self.chart, 2)
            self.chart.show_indicator(record)

    def add_detail_actions(self, widget: QWidget) -> None:
        """Put ``widget`` (a row of buttons acting on the current record) under the detail."""
        self._detail_layout.insertWidget(1, widget)

    def current_record_id(self) -> int | None:
        """The id of the record shown in the detail panel (``None``: none)."""
        return self._current_id

    def selected_ids(self) -> list[int]:
        """The ids of the selected rows, in the list's order (several with Ctrl or Maj)."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [record.id for row in rows if (record := self.model.record(row)) is not None]

    def current_record(self) -> Record | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def select_id(self, record_id: int, refresh_only: bool = False) -> bool:
        """Select the record ``record_id``, filtering on its reference if it is not loaded."""
        row = self.model.cached_row_of(record_id)
        if row is None and not refresh_only:
            workspace, kind = self.workspace, self.kind
            self._read(lambda: listing.detail(workspace.database, workspace.actor, kind,
                                              record_id),
                       lambda record: self._filter_on(record))
            row = self.model.cached_row_of(record_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def _filter_on(self, record: Record) -> None:
        """Show ``record`` (not among the rows loaded) by filtering on its reference."""
        self.filters.show_text(record.reference or str(record.id))
        if self.model.loading:  # a distant server: selected once its page has arrived
            self.model.reset_done.connect(lambda _rows: self._select_loaded(record.id),
                                          Qt.ConnectionType.SingleShotConnection)
        else:
            self._select_loaded(record.id)

    def _select_loaded(self, record_id: int) -> None:
        row = self.model.cached_row_of(record_id)
        if row is not None:
            self.select_row(row)

    def _link_clicked(self, url: Any) -> None:
        parts = url.toString().split(":")
        if parts == ["compose", "new"]:
            self.compose_requested.emit()
        elif len(parts) == 3 and parts[0] == "record":
            self.open_record.emit(parts[1], int(parts[2]))
        elif len(parts) == 3 and parts[0] == "edit" and parts[1] != "open-attachment":
            self.edit_requested.emit(parts[1], int(parts[2]))  # a related record's « modifier »
        elif len(parts) == 3 and parts[0] == "new":  # « ajouter » a related record
            self.new_requested.emit(parts[1], int(parts[2]))
        elif len(parts) == 3 and parts[0] == "edit" and parts[1] == "open-attachment":
            self.attachment_requested.emit("open", int(parts[2]), 0)
        elif len(parts) == 3 and parts[0] in ("save-attachment", "remove-attachment"):
            self.attachment_requested.emit(parts[0].split("-")[0], int(parts[1]),
                                           int(parts[2]))

    # ----------------------------------------------------------------- column widths

    def accept_files(self) -> None:
        """Let files be dropped on the list and the detail panel (a dossier's attachments)."""
        for target in (self.view.viewport(), self.detail.viewport()):
            target.setAcceptDrops(True)
            target.installEventFilter(self)

    def _dropped(self, watched: QObject, event: QDropEvent) -> None:
        if watched is self.view.viewport():
            index = self.view.indexAt(event.position().toPoint())
            if index.isValid():
                self.select_row(index.row())
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and self._current_id is not None:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            drag = cast(QDropEvent, event)  # PySide hands drag events over as QEvent
            if not drag.mimeData().hasUrls():
                return False
            if kind == QEvent.Type.Drop:
                self._dropped(watched, drag)
            else:
                drag.acceptProposedAction()
            return True
        if event.type() == QEvent.Type.Resize:
            if watched is self.view.viewport():
                self.fitter.fit()
            elif watched is self.splitter and not self.split_moved:
                self.split_default()
        return super().eventFilter(watched, event)

    def _splitter_moved(self, _position: int, _index: int) -> None:
        self.split_moved = True

    def split_default(self) -> None:
        """The detail panel's default width: its share of the pane, within bounds (a wide
        screen widens the list, whose columns then all show at their width)."""
        width = self.splitter.width() - self.splitter.handleWidth()
        if width <= 0:
            return
        detail = max(DETAIL_WIDTHS[0], min(DETAIL_WIDTHS[1],
                                           round(width * self.spec.detail_share)))
        if self.splitter.sizes() != [width - detail, detail]:
            self.splitter.setSizes([width - detail, detail])

    # ----------------------------------------------------------------- settings

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"panes/{self.kind}/header",
                          self.view.horizontalHeader().saveState())
        settings.setValue(f"panes/{self.kind}/columnsResized", self.fitter.resized)
        settings.setValue(f"panes/{self.kind}/columnsChosen", self.fitter.chosen)
        if self.split_moved:
            settings.setValue(f"panes/{self.kind}/splitter", self.splitter.saveState())
        else:  # the default split, fitted again to the window of the next session
            settings.remove(f"panes/{self.kind}/splitter")

    def restore_state(self, settings: QSettings) -> None:
        """The user's column order, sort, and visibility and widths if they chose them; the
        default columns and widths are fitted to the table."""
        header_state = settings.value(f"panes/{self.kind}/header")
        resized_key = f"panes/{self.kind}/columnsResized"
        chosen_key = f"panes/{self.kind}/columnsChosen"
        fitter = self.fitter
        if header_state is not None:
            # no fitting while the layout comes back (its sort indicator asks for one)
            fitter.resized = fitter.fitting = True
            try:
                restored = self.view.horizontalHeader().restoreState(header_state)
            finally:
                fitter.fitting = False
            if not restored:
                fitter.resized = False
            elif settings.contains(resized_key):
                fitter.resized = str(settings.value(resized_key)).lower() in ("true", "1")
            else:
                fitter.resized = fitter.resized_before_fit()
            if not restored:
                fitter.chosen = False
            elif settings.contains(chosen_key):
                fitter.chosen = str(settings.value(chosen_key)).lower() in ("true", "1")
            else:
                fitter.chosen = fitter.chosen_before()
        fitter.fit()
        splitter_state = settings.value(f"panes/{self.kind}/splitter")
        if splitter_state is not None and self.splitter.restoreState(splitter_state):
            self.split_moved = True

