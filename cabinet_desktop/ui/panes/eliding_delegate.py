"""Cells cut to their width with an ellipsis, their whole text as tooltip.

A cell too narrow for its text shows the column's shorter form when it has one (a due date
without its « · en retard »), else the text elided; its tooltip then shows the whole, wrapped
when long.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QHelpEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from cabinet_desktop.ui.panes.table_model import ShortTextRole

#: a tooltip longer than this is shown as wrapped rich text, not as one endless line
TOOLTIP_WRAP = 80


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
