"""Which columns a list shows and how wide: fitted to the table, until the user chooses.

A list's default columns give way to a narrow table in a ranked order (``Column.drop``) and
come back on a wider one; default widths are fitted so the flexible column takes the room the
others leave. Once the user shows or hides a column, or sets a width, theirs are kept.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu, QStyle, QTableView

from cabinet_desktop.i18n import translate
from cabinet_desktop.ui.panes.columns import WIDTHS_BEFORE_FIT, Column

#: in a narrow table a column gives way down to this share of its width (then it scrolls)
LEAST_SHARE = 0.8


class ColumnFitter:
    """The columns shown and their widths for one table view of ``columns``."""

    def __init__(self, view: QTableView, columns: Sequence[Column], kind: str) -> None:
        self.view = view
        self.header = view.horizontalHeader()
        self.columns = tuple(columns)
        self._kind = kind
        #: True once the user has set a column's width: the defaults are then no longer fitted
        self.resized = False
        #: True once the user has shown or hidden a column: the columns shown are then theirs
        #: (until then, the default ones the table has room for, see ``show_what_fits``)
        self.chosen = False
        #: True while widths are set by the fitter (or a layout restored), not by the user
        self.fitting = False
        for number, column in enumerate(self.columns):
            self.header.resizeSection(number, column.width)
            self.header.setSectionHidden(number, column.hidden)
        self.header.sectionResized.connect(self.section_resized)
        self.header.sortIndicatorChanged.connect(self.fit)

    def header_menu(self, position: QPoint) -> None:
        header = self.header
        menu = QMenu(self.view)
        menu.addSection(translate("Panes", "Colonnes affichées"))
        for number, column in enumerate(self.columns):
            action = menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(number))
            action.toggled.connect(lambda on, n=number: self.show_column(n, on))
        menu.exec(header.mapToGlobal(position))

    def show_column(self, number: int, shown: bool) -> None:
        self.chosen = True
        self.header.setSectionHidden(number, not shown)
        self.fit()

    def section_resized(self, _section: int, old: int, new: int) -> None:
        # hiding or showing a column resizes it from or to 0: that is not choosing a width
        if not self.fitting and old > 0 and new > 0:
            self.resized = True

    def least_width(self, number: int, arrow: bool | None = None) -> int:
        """A column's least default width: its ``min_width`` (default: a fifth less than its
        ``width``), never below its header's text and, if ``arrow`` (default: on the sorted
        column), the sort arrow."""
        header = self.header
        hint = header.sectionSizeFromContents(number)
        width = hint.width()
        if arrow is None:
            arrow = header.sortIndicatorSection() == number
        if not arrow:  # the room kept for the arrow is not needed
            margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
            width = max(width - hint.height() - margin, width // 2)
        column = self.columns[number]
        return max(width, column.min_width or round(column.width * LEAST_SHARE))

    def fit(self) -> None:
        """Fit the default columns and widths to the table's width (not once the user has set
        a width; the columns shown, not once the user has chosen them).

        The flexible column takes what the others leave, never less than its ``width``; when
        that is too little, the others give way in proportion down to their least width if
        that makes every column fit; if even that does not, they keep their width and the
        table scrolls sideways (columns cut by ellipses and a scrollbar would be the worst).
        """
        if self.resized:
            return
        if not self.chosen:
            self.show_what_fits()
        header = self.header
        columns = self.columns
        shown = [n for n in range(header.count()) if not header.isSectionHidden(n)]
        least = {n: self.least_width(n) for n in shown}
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
        self.fitting = True
        try:
            for number, width in widths.items():
                if header.sectionSize(number) != width:
                    header.resizeSection(number, width)
        finally:
            self.fitting = False

    def show_what_fits(self) -> None:
        """Show the default columns, leaving out those with a ``drop`` rank (1 first) while
        the table is too narrow for the others at their least width.

        The room for the sort arrow is counted whichever column is sorted, so sorting never
        shows or hides a column under the user's click.
        """
        header = self.header
        columns = self.columns
        shown = [n for n, column in enumerate(columns) if not column.hidden]
        least = {n: self.least_width(n, arrow=False) for n in shown}
        arrow = {n: self.least_width(n, arrow=True) - least[n] for n in shown}

        def needed() -> int:
            return (sum(max(columns[n].width, least[n]) if columns[n].flex else least[n]
                        for n in shown) + max((arrow[n] for n in shown), default=0))

        room = self.view.viewport().width()
        for number in sorted((n for n in shown if columns[n].drop),
                             key=lambda n: columns[n].drop):
            if needed() <= room:
                break
            shown.remove(number)
        self.fitting = True
        try:
            for number in range(header.count()):
                if header.isSectionHidden(number) != (number not in shown):
                    header.setSectionHidden(number, number not in shown)
        finally:
            self.fitting = False

    def chosen_before(self) -> bool:
        """Whether a layout saved before the columns shown were fitted holds the user's choice:
        it then shows or hides a column other than by default."""
        header = self.header
        return any(header.isSectionHidden(n) != column.hidden
                   for n, column in enumerate(self.columns) if n < header.count())

    def resized_before_fit(self) -> bool:
        """Whether a layout saved before fitted defaults existed holds widths the user set."""
        header = self.header
        before = WIDTHS_BEFORE_FIT.get(self._kind, ())
        return any(header.sectionSize(n) != width for n, width in enumerate(before)
                   if n < header.count() and not header.isSectionHidden(n))
