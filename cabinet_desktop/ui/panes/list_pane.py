"""A list pane: filter bar, table over the generic model, and the detail panel beside it."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from html import escape
from typing import Any, TypeVar

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHelpEvent, QPainter, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextBrowser,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.domain.enums import Classification
from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.formatting import format_number
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import listing
from cabinet_desktop.services.listing import ListQuery, Page
from cabinet_desktop.services.rows import ChangeSet, Record
from cabinet_desktop.ui import icons
from cabinet_desktop.ui.panes.columns import WIDTHS_BEFORE_FIT, columns_of
from cabinet_desktop.ui.panes.details import placeholder_html, record_html
from cabinet_desktop.ui.panes.pane_specs import (  # noqa: F401  (PANES, pane_spec: re-exported)
    PANES,
    FilterChoice,
    PaneSpec,
    pane_spec,
)
from cabinet_desktop.ui.panes.table_model import RecordTableModel, ShortTextRole
from cabinet_desktop.ui.tasks import run_in_background
from cabinet_desktop.ui.workspace import Workspace

log = logging.getLogger(__name__)
T = TypeVar("T")

NO_DATE = QDate(2000, 1, 1)
FILTER_DELAY_MS = 180
#: a tooltip longer than this is shown as wrapped rich text, not as one endless line
TOOLTIP_WRAP = 80
#: in a narrow table a column gives way down to this share of its width (then it scrolls)
LEAST_SHARE = 0.8
#: the least and the greatest default width of the detail panel
DETAIL_WIDTHS = (320, 480)


class ElidingDelegate(QStyledItemDelegate):
    """Cells elided to their width (``…``) show their whole text as tooltip; a cell whose
    column has a shorter form (``Column.short``) shows that form rather than a cut text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        cell.text = self._shown(cell, index)
        widget = cell.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, widget)

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,
                  option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        tip = str(tip) if tip else ""
        if text and self.is_elided(view, option, index) and str(text) not in tip:
            tip = f"{text} — {tip}" if tip else str(text)
        if not tip:
            QToolTip.hideText()
            event.ignore()
            return False
        if len(tip) > TOOLTIP_WRAP:  # rich text wraps; plain text would run off the screen
            tip = f"<p>{escape(tip)}</p>"
        QToolTip.showText(event.globalPos(), tip, view, option.rect)
        return True

    def shown_text(self, option: QStyleOptionViewItem,
                   index: QModelIndex | QPersistentModelIndex) -> str:
        """The text the cell at ``option.rect`` shows (before any « … »)."""
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        return self._shown(cell, index)

    def _shown(self, cell: QStyleOptionViewItem,
               index: QModelIndex | QPersistentModelIndex) -> str:
        short = index.data(ShortTextRole)
        return str(short) if short and not self._fits(cell, cell.widget) else cell.text

    def is_elided(self, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        """Whether the cell's text is wider than the room its column gives it."""
        cell = QStyleOptionViewItem(option)  # its rect is the cell's (set by the view)
        self.initStyleOption(cell, index)
        return not self._fits(cell, view)

    @staticmethod
    def _fits(cell: QStyleOptionViewItem, widget: QWidget | None) -> bool:
        """Whether ``cell``'s text fits the room its rect leaves beside the icon in ``widget``."""
        style = widget.style() if widget is not None else QApplication.style()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, cell, widget).width()
        room -= 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1)
        return cell.fontMetrics.horizontalAdvance(cell.text) <= room


class FilterBar(QWidget):
    """Text, equality filters, date range, *En retard* and *Archivés*: emits ``changed``."""

    changed = Signal()

    def __init__(self, spec: PaneSpec, workspace: Workspace,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.spec = spec
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        layout = QHBoxLayout()
        layout.setSpacing(6)
        rows.addLayout(layout)
        self.text = QLineEdit()
        self.text.setObjectName("filterText")
        self.text.setPlaceholderText(translate("Panes", "Filtrer (réf., intitulé…)  Ctrl+F"))
        self.text.setClearButtonEnabled(True)
        self.text.addAction(icons.icon("filter"), QLineEdit.ActionPosition.LeadingPosition)
        self.text.setMinimumWidth(170)
        layout.addWidget(self.text, 2)
        self.combos: dict[str, QComboBox] = {}
        for choice in spec.filters:
            combo = QComboBox()
            combo.setObjectName(f"filter_{choice.name}")
            combo.setToolTip(translate("Panes", choice.label))
            combo.addItem(translate("Panes", choice.label) + " : " + translate("Panes", "tout"),
                          None)
            for value, label in self._options(choice, workspace):
                combo.addItem(label, value)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self.changed)
            layout.addWidget(combo, 1)
            self.combos[choice.name] = combo
        if spec.date_label or spec.overdue:
            layout = QHBoxLayout()
            layout.setSpacing(6)
            rows.addLayout(layout)
        self.date_from: QDateEdit | None = None
        self.date_to: QDateEdit | None = None
        if spec.date_label:
            date_label = QLabel(translate("Panes", spec.date_label) + " :")
            layout.addWidget(date_label)
            self.date_from = self._date_edit(translate("Panes", "du"))
            self.date_to = self._date_edit(translate("Panes", "au"))
            layout.addWidget(self.date_from)
            layout.addWidget(self.date_to)
        self.overdue: QToolButton | None = None
        if spec.overdue:
            self.overdue = QToolButton()
            self.overdue.setObjectName("filterOverdue")
            self.overdue.setText(translate("Panes", "En retard"))
            self.overdue.setIcon(icons.icon("alarm", icons.RED))
            self.overdue.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.overdue.setCheckable(True)
            self.overdue.toggled.connect(self.changed)
            layout.addWidget(self.overdue)
        self.archived: QCheckBox | None = None
        if spec.archivable:
            self.archived = QCheckBox(translate("Panes", "Archivés"))
            self.archived.setToolTip(translate("Panes",
                                               "Afficher aussi les enregistrements archivés"))
            self.archived.toggled.connect(self.changed)
            layout.addWidget(self.archived)
        layout.addStretch(1)
        clear = QToolButton()
        clear.setText(translate("Panes", "Effacer les filtres"))
        clear.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        clear.setIcon(icons.icon("filter-off"))
        clear.setToolTip(translate("Panes", "Effacer les filtres"))
        clear.clicked.connect(self.clear)
        layout.addWidget(clear)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.text.textChanged.connect(self._timer.start)

    def _date_edit(self, prefix: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(f"{prefix} —")
        edit.setDate(NO_DATE)
        edit.setToolTip(translate("Panes", "Laisser « — » pour ne pas borner"))
        edit.dateChanged.connect(self.changed)
        return edit

    @staticmethod
    def _options(choice: FilterChoice, workspace: Workspace) -> list[tuple[Any, str]]:
        database, actor = workspace.database, workspace.actor
        if choice.options == "people":
            return [(pid, name) for pid, name in listing.people(database, actor)]
        if choice.options == "attributions":
            return [(aid, f"{code} — {label[:60]}")
                    for aid, code, label in listing.attributions(database)]
        if choice.options == "classification":
            return [(level, level.label) for level in Classification
                    if actor.cleared_for(level)]
        return [(member, member.label) for member in choice.options]

    def _date(self, edit: QDateEdit | None) -> dt.date | None:
        if edit is None or edit.date() == NO_DATE:
            return None
        value = edit.date()
        return dt.date(value.year(), value.month(), value.day())

    def query(self) -> ListQuery:
        """The filters as a :class:`ListQuery` (sort and slice left to the model)."""
        filters = {name: combo.currentData() for name, combo in self.combos.items()
                   if combo.currentData() is not None}
        return ListQuery(text=self.text.text().strip(), filters=filters,
                         date_from=self._date(self.date_from), date_to=self._date(self.date_to),
                         overdue_only=bool(self.overdue and self.overdue.isChecked()),
                         include_archived=bool(self.archived and self.archived.isChecked()))

    def clear(self) -> None:
        widgets: list[QWidget] = [self, *self.combos.values()]
        for widget in widgets:
            widget.blockSignals(True)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        for edit in (self.date_from, self.date_to):
            if edit is not None:
                edit.blockSignals(True)
                edit.setDate(NO_DATE)
                edit.blockSignals(False)
        for box in (self.overdue, self.archived):
            if box is not None:
                box.blockSignals(True)
                box.setChecked(False)
                box.blockSignals(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.changed.emit()

    def show_text(self, text: str) -> None:
        """Clear every filter and filter on ``text`` at once (opening a given record)."""
        self.blockSignals(True)
        self.clear()
        self.text.blockSignals(True)
        self.text.setText(text)
        self.text.blockSignals(False)
        self.blockSignals(False)
        self.changed.emit()


class ListPane(QWidget):
    """One entity pane: filter bar, paged SQL table and detail panel in a splitter."""

    counts_changed = Signal(str, int, int)  # kind, rows shown, rows in the table
    open_record = Signal(str, int)  # kind, id (links of the detail panel)
    failed = Signal(str)

    def __init__(self, spec: PaneSpec, workspace: Workspace,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.kind = spec.kind
        self.workspace = workspace
        self.setObjectName(f"pane_{spec.kind}")
        self._all_count = 0
        self._current_id: int | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(6)
        heading = QHBoxLayout()
        title = QLabel(translate("Panes", spec.title))
        title.setObjectName("paneTitle")
        heading.addWidget(title)
        heading.addStretch(1)
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
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
        header.customContextMenuRequested.connect(self._header_menu)
        #: True once the user has set a column's width: the defaults are then no longer fitted
        self.columns_resized = False
        #: True once the user has shown or hidden a column: the columns shown are then theirs
        #: (until then, the default ones the table has room for, see ``show_what_fits``)
        self.columns_chosen = False
        self._fitting = False
        for number, column in enumerate(self.model.columns):
            header.resizeSection(number, column.width)
            header.setSectionHidden(number, column.hidden)
        header.sectionClicked.connect(self._header_clicked)
        header.sectionResized.connect(self._section_resized)
        header.sortIndicatorChanged.connect(self.fit_columns)
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
        q = self.filters.query()
        current = self.model.query
        self._run(lambda: self.model.set_query(ListQuery(
            q.text, q.filters, q.date_from, q.date_to, q.overdue_only, q.include_archived,
            current.sort, current.descending)))

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
        self.detail.setHtml(placeholder_html(translate("Panes", self.spec.singular)))
        if self.chart is not None:
            self.chart.show_indicator(None)

    def _row_changed(self, current: Any, _previous: Any) -> None:
        record = self.model.record(current.row()) if current.isValid() else None
        if record is None:
            return
        self._current_id = record.id
        self.show_detail(record)

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
        if len(parts) == 3 and parts[0] == "record":
            self.open_record.emit(parts[1], int(parts[2]))

    def _header_menu(self, position: QPoint) -> None:
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        menu.addSection(translate("Panes", "Colonnes affichées"))
        for number, column in enumerate(self.model.columns):
            action = menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(number))
            action.toggled.connect(lambda on, n=number: self._show_column(n, on))
        menu.exec(header.mapToGlobal(position))

    def _show_column(self, number: int, shown: bool) -> None:
        self.columns_chosen = True
        self.view.horizontalHeader().setSectionHidden(number, not shown)
        self.fit_columns()

    # ----------------------------------------------------------------- column widths

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            if watched is self.view.viewport():
                self.fit_columns()
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

    def _section_resized(self, _section: int, old: int, new: int) -> None:
        # hiding or showing a column resizes it from or to 0: that is not choosing a width
        if not self._fitting and old > 0 and new > 0:
            self.columns_resized = True

    def _least_width(self, number: int, arrow: bool | None = None) -> int:
        """A column's least default width: its ``min_width`` (default: a fifth less than its
        ``width``), never below its header's text and, if ``arrow`` (default: on the sorted
        column), the sort arrow."""
        header = self.view.horizontalHeader()
        hint = header.sectionSizeFromContents(number)
        width = hint.width()
        if arrow is None:
            arrow = header.sortIndicatorSection() == number
        if not arrow:  # the room kept for the arrow is not needed
            margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
            width = max(width - hint.height() - margin, width // 2)
        column = self.model.columns[number]
        return max(width, column.min_width or round(column.width * LEAST_SHARE))

    def fit_columns(self) -> None:
        """Fit the default columns and widths to the table's width (not once the user has set
        a width; the columns shown, not once the user has chosen them).

        The flexible column takes what the others leave, never less than its ``width``; when
        that is too little, the others give way in proportion down to their least width if
        that makes every column fit; if even that does not, they keep their width and the
        table scrolls sideways (columns cut by ellipses and a scrollbar would be the worst).
        """
        if self.columns_resized:
            return
        if not self.columns_chosen:
            self.show_what_fits()
        header = self.view.horizontalHeader()
        columns = self.model.columns
        shown = [n for n in range(header.count()) if not header.isSectionHidden(n)]
        least = {n: self._least_width(n) for n in shown}
        widths = {n: max(columns[n].width, least[n]) for n in shown}
        flex = next((n for n in shown if columns[n].flex), None)
        if flex is not None:
            others = [n for n in shown if n != flex]
            room = self.view.viewport().width() - widths[flex]
            wanted = sum(widths[n] for n in others)
            floor = sum(least[n] for n in others)
            if floor <= room < wanted:  # giving way spares the sideways scroll: give way
                spare = room - floor
                for n in others:
                    widths[n] = least[n] + (widths[n] - least[n]) * spare // (wanted - floor)
            widths[flex] = max(widths[flex], self.view.viewport().width()
                               - sum(widths[n] for n in others))
        self._fitting = True
        try:
            for number, width in widths.items():
                if header.sectionSize(number) != width:
                    header.resizeSection(number, width)
        finally:
            self._fitting = False

    def show_what_fits(self) -> None:
        """Show the default columns, leaving out those with a ``drop`` rank (1 first) while
        the table is too narrow for the others at their least width.

        The room for the sort arrow is counted whichever column is sorted, so sorting never
        shows or hides a column under the user's click.
        """
        header = self.view.horizontalHeader()
        columns = self.model.columns
        shown = [n for n, column in enumerate(columns) if not column.hidden]
        least = {n: self._least_width(n, arrow=False) for n in shown}
        arrow = {n: self._least_width(n, arrow=True) - least[n] for n in shown}

        def needed() -> int:
            return (sum(max(columns[n].width, least[n]) if columns[n].flex else least[n]
                        for n in shown) + max((arrow[n] for n in shown), default=0))

        room = self.view.viewport().width()
        for number in sorted((n for n in shown if columns[n].drop),
                             key=lambda n: columns[n].drop):
            if needed() <= room:
                break
            shown.remove(number)
        self._fitting = True
        try:
            for number in range(header.count()):
                if header.isSectionHidden(number) != (number not in shown):
                    header.setSectionHidden(number, number not in shown)
        finally:
            self._fitting = False

    def _chosen_before(self) -> bool:
        """Whether a layout saved before the columns shown were fitted holds the user's choice:
        it then shows or hides a column other than by default."""
        header = self.view.horizontalHeader()
        return any(header.isSectionHidden(n) != column.hidden
                   for n, column in enumerate(self.model.columns) if n < header.count())

    def _resized_before_fit(self) -> bool:
        """Whether a layout saved before fitted defaults existed holds widths the user set."""
        header = self.view.horizontalHeader()
        before = WIDTHS_BEFORE_FIT.get(self.kind, ())
        return any(header.sectionSize(n) != width for n, width in enumerate(before)
                   if n < header.count() and not header.isSectionHidden(n))

    # ----------------------------------------------------------------- settings

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"panes/{self.kind}/header",
                          self.view.horizontalHeader().saveState())
        settings.setValue(f"panes/{self.kind}/columnsResized", self.columns_resized)
        settings.setValue(f"panes/{self.kind}/columnsChosen", self.columns_chosen)
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
        if header_state is not None:
            # no fitting while the layout comes back (its sort indicator asks for one)
            self.columns_resized = self._fitting = True
            try:
                restored = self.view.horizontalHeader().restoreState(header_state)
            finally:
                self._fitting = False
            if not restored:
                self.columns_resized = False
            elif settings.contains(resized_key):
                self.columns_resized = str(settings.value(resized_key)).lower() in ("true", "1")
            else:
                self.columns_resized = self._resized_before_fit()
            if not restored:
                self.columns_chosen = False
            elif settings.contains(chosen_key):
                self.columns_chosen = str(settings.value(chosen_key)).lower() in ("true", "1")
            else:
                self.columns_chosen = self._chosen_before()
        self.fit_columns()
        splitter_state = settings.value(f"panes/{self.kind}/splitter")
        if splitter_state is not None and self.splitter.restoreState(splitter_state):
            self.split_moved = True

