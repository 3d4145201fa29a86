"""The Ctrl+K global search box and its results popup, grouped by kind.

Typing restarts a 150 ms timer; when it fires the query runs on the thread pool (the search
service opens its own session) and only the answer to the latest query is shown. The popup is
an overlay child of the window, so the keyboard focus stays in the box: Up/Down move through
results, Enter opens the selected one, Escape closes. Opening emits ``openRequested(kind, id)``;
the window shows the record in its pane.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFocusEvent, QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.i18n import translate
from cabinet_desktop.ui.icons import GREY, INK, icon
from cabinet_desktop.ui.tasks import run_in_background

if TYPE_CHECKING:  # the search service loads with the first search, not at start-up
    from cabinet_desktop.services.search import SearchResults

Searcher = Callable[[str], "SearchResults"]

DEBOUNCE_MS = 150
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
TITLE_ROLE = Qt.ItemDataRole.UserRole + 3

KIND_ICONS = {"mission": "target", "dossier": "folders", "partner": "heart-handshake",
              "indicator": "chart-line", "consultation": "messages",
              "briefing_note": "file-text"}



class ResultDelegate(QStyledItemDelegate):
    """Draws a result on two lines: reference and title, then the snippet in grey."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        if index.data(RECORD_ROLE) is None:
            return QSize(option.rect.width(), option.fontMetrics.height() + 10)
        lines = 2 if index.data(SNIPPET_ROLE) else 1
        return QSize(option.rect.width(), option.fontMetrics.height() * lines + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        if index.data(RECORD_ROLE) is None:  # a group heading
            super().paint(painter, option, index)
            return
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ink = option.palette.color(QPalette.ColorRole.HighlightedText if selected
                                   else QPalette.ColorRole.Text)
        rect = option.rect.adjusted(28, 5, -8, -5)
        metrics = option.fontMetrics
        line = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink)
        reference = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         reference)
        used = painter.fontMetrics().horizontalAdvance(reference) + 12
        painter.setFont(option.font)
        title_rect = line.adjusted(used, 0, 0, 0)
        title = metrics.elidedText(str(index.data(TITLE_ROLE) or ""), Qt.TextElideMode.ElideRight,
                                   title_rect.width())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         title)
        snippet = str(index.data(SNIPPET_ROLE) or "")
        if snippet:
            painter.setPen(ink if selected else QColor(GREY))
            second = line.translated(0, metrics.height() + 2)
            painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(snippet, Qt.TextElideMode.ElideRight,
                                                second.width()))
        painter.restore()


class SearchPopup(QFrame):
    """The list of results under the search box (an overlay child of the window)."""

    activated = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#searchPopup { background: white; border: 1px solid #b8c2cc; "
                           "border-radius: 4px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        self.status = QLabel(self)
        self.status.setContentsMargins(10, 6, 10, 6)
        self.status.setStyleSheet(f"color: {GREY};")
        self.list = QListWidget(self)
        self.list.setObjectName("searchResults")
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setItemDelegate(ResultDelegate(self.list))
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.itemClicked.connect(self._clicked)
        layout.addWidget(self.status)
        layout.addWidget(self.list)
        self.hide()

    def show_results(self, results: SearchResults) -> None:
        """Fill the list: a heading per kind, then its results; the first result selected."""
        self.list.clear()
        count = len(results)
        if count == 0:
            status = translate("Search", "Aucun résultat pour « {query} ».").replace(
                "{query}", results.query.strip())
        elif count == 1:
            status = translate("Search", "1 résultat")
        else:
            status = translate("Search", "{count} résultats").replace("{count}", str(count))
        self.status.setText(status)
        heading_font = QFont(self.list.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 0.92)
        first: QListWidgetItem | None = None
        for group in results.groups:
            heading = QListWidgetItem(icon(KIND_ICONS.get(group.kind, "point"), INK),
                                      group.label.upper())
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            heading.setFont(heading_font)
            heading.setForeground(QColor(INK))
            heading.setBackground(QColor("#eef2f6"))
            self.list.addItem(heading)
            for result in group.results:
                item = QListWidgetItem(result.reference)
                item.setData(RECORD_ROLE, (result.kind, result.id))
                item.setData(TITLE_ROLE, result.title)
                item.setData(SNIPPET_ROLE, result.snippet)
                item.setToolTip(f"{result.reference} — {result.title}")
                self.list.addItem(item)
                first = first or item
        if first is not None:
            self.list.setCurrentItem(first)
        self._fit()

    def show_message(self, text: str) -> None:
        self.list.clear()
        self.status.setText(text)
        self._fit()

    def _fit(self) -> None:
        rows = sum(self.list.sizeHintForIndex(self.list.model().index(row, 0)).height()
                   for row in range(self.list.count()))
        self.list.setVisible(self.list.count() > 0)
        height = self.status.sizeHint().height() + min(rows + 4, 460) + 2
        self.resize(self.width(), height if self.list.count() else
                    self.status.sizeHint().height() + 4)

    def move_selection(self, step: int) -> None:
        """Select the next (``step`` 1) or previous (-1) result, skipping headings."""
        row = self.list.currentRow()
        for _ in range(self.list.count()):
            row = (row + step) % max(self.list.count(), 1)
            item = self.list.item(row)
            if item is not None and item.data(RECORD_ROLE) is not None:
                self.list.setCurrentRow(row)
                return

    def current(self) -> tuple[str, int] | None:
        item = self.list.currentItem()
        value = item.data(RECORD_ROLE) if item is not None else None
        return (str(value[0]), int(value[1])) if value else None

    def _clicked(self, item: QListWidgetItem) -> None:
        value = item.data(RECORD_ROLE)
        if value:
            self.activated.emit(str(value[0]), int(value[1]))


class SearchBox(QLineEdit):
    """The toolbar's search field: type, see results grouped by kind, open one."""

    openRequested = Signal(str, int)
    resultsShown = Signal(object)

    def __init__(self, searcher: Searcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("globalSearch")
        self._searcher = searcher
        self.setPlaceholderText(translate("Search", "Rechercher…  (Ctrl+K)"))
        self.setClearButtonEnabled(True)
        self.addAction(icon("search", GREY), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(260)
        self.setMaximumWidth(420)
        self.setToolTip(translate("Search", "Recherche dans les références, intitulés, résumés, "
                                            "avis, partenaires et indicateurs (sans tenir compte "
                                            "des accents)"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run)
        self._serial = 0
        self._pool = QThreadPool(self)  # one query at a time, in the order typed
        self._pool.setMaxThreadCount(1)
        self._popup: SearchPopup | None = None
        self.last_results: SearchResults | None = None
        self.textEdited.connect(self._edited)
        self.textChanged.connect(self._changed)

    # ------------------------------------------------------------------ popup

    @property
    def popup(self) -> SearchPopup:
        if self._popup is None:
            self._popup = SearchPopup(self.window())
            self._popup.activated.connect(self._open)
        return self._popup

    def _place_popup(self) -> None:
        popup = self.popup
        host = self.window()
        width = max(self.width() + 160, 520)
        below = self.mapTo(host, QPoint(0, self.height() + 2))
        x = min(below.x(), host.width() - width - 8)
        popup.setGeometry(max(x, 8), below.y(), width, popup.height() or 200)
        popup.raise_()
        popup.show()

    def hide_popup(self) -> None:
        if self._popup is not None:
            self._popup.hide()

    # ------------------------------------------------------------------ querying

    def _edited(self, _text: str) -> None:
        self._timer.start()

    def _changed(self, text: str) -> None:
        if not text.strip():
            self._timer.stop()
            self._serial += 1
            self.hide_popup()

    def search_now(self) -> None:
        """Run the query at once (Enter before the timer fired, tests)."""
        self._timer.stop()
        self._run()

    def _run(self) -> None:
        text = self.text()
        if not text.strip():
            self.hide_popup()
            return
        self._serial += 1
        serial, searcher = self._serial, self._searcher
        run_in_background(lambda _state: searcher(text),
                          lambda result: self._answered(serial, result),
                          lambda error: self._answered(serial, error), owner=self,
                          pool=self._pool)

    def _answered(self, serial: int, result: object) -> None:
        if serial != self._serial or not self.text().strip() or result is None:
            return  # an older query answered late, or the box was cleared
        if not isinstance(result, BaseException):  # SearchResults, or what the search raised
            self.last_results = cast("SearchResults", result)
            self.popup.show_results(self.last_results)
        else:
            self.popup.show_message(translate("Search", "La recherche a échoué : {error}").replace(
                "{error}", str(getattr(result, "message", result))))
        self._place_popup()
        self.resultsShown.emit(result)

    # ------------------------------------------------------------------ keys and focus

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        visible = self._popup is not None and self._popup.isVisible()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and visible:
            self.popup.move_selection(1 if key == Qt.Key.Key_Down else -1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            target = self.popup.current() if visible else None
            if target is not None and not self._timer.isActive():
                self._open(*target)
            else:
                self.search_now()
            return
        if key == Qt.Key.Key_Escape and visible:
            self.hide_popup()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # Let a click on the popup land before hiding it.
        QTimer.singleShot(200, self._hide_if_unfocused)

    def _hide_if_unfocused(self) -> None:
        if not self.hasFocus() and self._popup is not None and not self._popup.underMouse():
            self._popup.hide()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape and self._popup is not None \
                and self._popup.isVisible():
            event.accept()
            return True
        return super().event(event)

    def activate(self) -> None:
        """Ctrl+K: focus the box with its text selected, and show the last results again."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        if self.text().strip() and self.last_results is not None:
            self._place_popup()

    def _open(self, kind: str, record_id: int) -> None:
        self.hide_popup()
        self.openRequested.emit(kind, record_id)
