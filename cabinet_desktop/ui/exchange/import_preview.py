"""The preview of an Excel import: what it would create and change, what conflicts, what is
refused and why, before anything is saved.

The dialog shows an :class:`~cabinet_desktop.exchange.workbook.report.ImportReport` (plain
data, read by the importer off the GUI thread): a summary and a verdict, then one sortable
table per kind of finding — changes field by field (before → after), new records, conflicts
(the value in the database today beside the workbook's), and the problems (errors, refused rows,
ignored sheets and columns) with sheet, row, column and reason, filterable by kind. « Appliquer »
is offered only when the whole workbook can be saved; « Enregistrer le classeur d'erreurs… »
asks the window to write the annotated copy to send back.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.formatting import format_number, format_value
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import catalog
from cabinet_desktop.ui import icons

# Rows shown per table; beyond, the table says how many more the report holds (the error
# workbook and the command line have them all).
MAX_SHOWN = 5_000

EMPTY_GREY = QColor("#7b8794")
BEFORE_RED = QColor("#fdecea")
AFTER_GREEN = QColor("#e7f5ea")


def _text(value: str) -> str:
    return value if value else translate("ImportPreview", "(vide)")


class _Table(QTableWidget):
    """A read-only, sortable table of findings (row numbers sort as numbers)."""

    def __init__(self, name: str, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setObjectName(name)
        self.setHorizontalHeaderLabels(list(headers))
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setHighlightSections(False)

    def fill(self, rows: Sequence[Sequence[Any]], stretch: Sequence[int],
             empty_columns: Sequence[int] = (),
             tints: dict[int, QColor] | None = None) -> None:
        """Put ``rows`` in the table; ints sort as numbers, texts carry their full value as
        tooltip; ``empty_columns`` show an empty value as a grey « (vide) »."""
        self.setSortingEnabled(False)
        self.setRowCount(len(rows))
        for number, row in enumerate(rows):
            for column, value in enumerate(row):
                item = QTableWidgetItem()
                if isinstance(value, int):
                    item.setData(Qt.ItemDataRole.DisplayRole, value)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                else:
                    text = str(value)
                    if column in empty_columns and not text:
                        item.setText(_text(text))
                        item.setForeground(QBrush(EMPTY_GREY))
                        font = QFont(item.font())
                        font.setItalic(True)
                        item.setFont(font)
                    else:
                        item.setText(text.replace("\n", " ⏎ "))
                        if len(text) > 40 or "\n" in text:
                            item.setToolTip(text)
                if tints and column in tints:
                    item.setBackground(QBrush(tints[column]))
                self.setItem(number, column, item)
        header = self.horizontalHeader()
        for column in range(self.columnCount()):
            mode = (QHeaderView.ResizeMode.Stretch if column in stretch
                    else QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(column, mode)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the report's order until a click

    def texts(self, column: int) -> list[str]:
        """The texts of ``column`` in the displayed order (tests, screenshots)."""
        return [self.text(row, column) for row in range(self.rowCount())
                if not self.isRowHidden(row)]

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""


def _more(total: int) -> str:
    return translate("ImportPreview", "… et {count} de plus, non affichés ici (ils figurent "
                                      "dans le classeur d'erreurs).").format(
        count=format_number(total - MAX_SHOWN))


class ImportPreviewDialog(QDialog):
    """What an import would do; « Appliquer » (all or nothing), the error workbook, « Annuler »."""

    error_book_requested = Signal()

    def __init__(self, report: Any, source: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.source = source
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(translate("ImportPreview", "Aperçu de l'import — {file}")
                            .format(file=source.name))
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        heading = QLabel(translate("ImportPreview", "<b>{file}</b> — voici ce que l'import "
                                                    "ferait. <b>Rien n'est encore enregistré.</b>")
                         .format(file=source.name))
        heading.setObjectName("importHeading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.summary = QLabel(self._summary_text())
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.verdict = QLabel(self._verdict_text())
        self.verdict.setObjectName("importVerdictReady" if self.can_apply
                                   else "importVerdictBlocked")
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("importTabs")
        self.changes = self._changes_table()
        self.new = self._new_table()
        self.conflicts = self._conflicts_table()
        self.problems = self._problems_table()
        self.problem_kind = QComboBox()
        self.problem_kind.setObjectName("problemKind")
        self.problem_filter = QLineEdit()
        self.problem_filter.setObjectName("problemFilter")
        self._tabs()
        layout.addWidget(self.tabs, 1)

        buttons = QDialogButtonBox()
        self.error_button = QPushButton(translate("ImportPreview",
                                                  "Enregistrer le classeur d'&erreurs…"))
        self.error_button.setObjectName("errorBookButton")
        self.error_button.setToolTip(translate(
            "ImportPreview", "Le classeur reçu, cellules fautives surlignées et commentées, à "
                             "renvoyer au Secrétariat général."))
        self.error_button.setEnabled(self.has_findings)
        self.error_button.clicked.connect(self.error_book_requested)
        self.error_button.setAutoDefault(False)
        buttons.addButton(self.error_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.apply_button = buttons.addButton(translate("ImportPreview", "&Appliquer"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setEnabled(self.can_apply)
        self.apply_button.setAutoDefault(False)
        if not self.can_apply:
            self.apply_button.setToolTip(self._verdict_text())
        self.cancel_button = buttons.addButton(translate("ImportPreview", "A&nnuler"),
                                               QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setDefault(True)  # saving is never the default
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1000, 620)

    # ----------------------------------------------------------------- verdict

    @property
    def writes(self) -> int:
        return len(self.report.new) + len(self.report.changed)

    @property
    def can_apply(self) -> bool:
        return bool(self.report.ready and self.writes)

    @property
    def has_findings(self) -> bool:
        report = self.report
        return bool(report.error_count or report.conflicts or report.refused)

    def _summary_text(self) -> str:
        report = self.report

        def count(number: int, one: str, many: str) -> str:
            return (one if number <= 1 else many).format(count=format_number(number))

        return " · ".join((
            count(len(report.new), translate("ImportPreview", "<b>{count}</b> création"),
                  translate("ImportPreview", "<b>{count}</b> créations")),
            count(len(report.changed), translate("ImportPreview", "<b>{count}</b> modification"),
                  translate("ImportPreview", "<b>{count}</b> modifications")),
            count(report.unchanged, translate("ImportPreview", "<b>{count}</b> ligne inchangée"),
                  translate("ImportPreview", "<b>{count}</b> lignes inchangées")),
            count(len(report.conflicts), translate("ImportPreview", "<b>{count}</b> conflit"),
                  translate("ImportPreview", "<b>{count}</b> conflits")),
            count(len(report.refused), translate("ImportPreview", "<b>{count}</b> ligne refusée"),
                  translate("ImportPreview", "<b>{count}</b> lignes refusées")),
            count(report.error_count, translate("ImportPreview", "<b>{count}</b> erreur"),
                  translate("ImportPreview", "<b>{count}</b> erreurs"))))

    def _verdict_text(self) -> str:
        report = self.report
        if self.can_apply:
            return translate(
                "ImportPreview", "Le classeur peut être enregistré : « Appliquer » enregistre "
                                 "ces {count} changement(s) en une seule fois (tout ou rien), "
                                 "inscrits au journal d'audit.").format(
                count=format_number(self.writes))
        if report.ready:
            return translate("ImportPreview", "Le classeur ne change rien à la base : il n'y a "
                                              "rien à enregistrer.")
        reasons = []
        if report.error_count:
            reasons.append(translate("ImportPreview", "des erreurs"))
        if report.conflicts:
            reasons.append(translate("ImportPreview", "des conflits avec des modifications "
                                                      "faites depuis l'export"))
        if report.refused:
            reasons.append(translate("ImportPreview", "des lignes au-delà de vos droits"))
        return translate(
            "ImportPreview", "Rien ne sera enregistré : le classeur contient {reasons}. "
                             "Enregistrez le classeur d'erreurs pour le renvoyer au Secrétariat "
                             "général, ou corrigez le fichier puis importez-le à nouveau.").format(
            reasons=", ".join(reasons))

    # ----------------------------------------------------------------- tables

    def _changes_table(self) -> _Table:
        table = _Table("changesTable", [
            translate("ImportPreview", "Référence"), translate("ImportPreview", "Feuille"),
            translate("ImportPreview", "Ligne"), translate("ImportPreview", "Champ"),
            translate("ImportPreview", "Avant"), translate("ImportPreview", "Après")])
        rows = [(change.reference, change.place.sheet, change.place.row, field.header,
                 field.old, field.new)
                for change in self.report.changed[:MAX_SHOWN] for field in change.changes]
        table.fill(rows, stretch=(4, 5), empty_columns=(4, 5),
                   tints={4: BEFORE_RED, 5: AFTER_GREEN})
        return table

    def _new_table(self) -> _Table:
        table = _Table("newTable", [
            translate("ImportPreview", "Feuille"), translate("ImportPreview", "Ligne"),
            translate("ImportPreview", "Type"), translate("ImportPreview", "Contenu")])
        shown = self.report.new[:MAX_SHOWN]
        rows = [(row.place.sheet, row.place.row, catalog.kind(row.kind).label, row.summary)
                for row in shown]
        table.fill(rows, stretch=(3,))
        for number, row in enumerate(shown):  # every value the new record gets, on hover
            spec = catalog.kind(row.kind)
            lines = [f"{spec.field_label(name)} : {format_value(value)}"
                     for name, value in row.values.items()
                     if value is not None and not name.endswith("_id")]
            item = table.item(number, 3)
            if item is not None and lines:
                item.setToolTip("\n".join(lines))
        return table

    def _conflicts_table(self) -> _Table:
        table = _Table("conflictsTable", [
            translate("ImportPreview", "Référence"), translate("ImportPreview", "Feuille"),
            translate("ImportPreview", "Ligne"), translate("ImportPreview", "Champ"),
            translate("ImportPreview", "Dans la base aujourd'hui"),
            translate("ImportPreview", "Dans le classeur"),
            translate("ImportPreview", "Modifié par")])
        rows = [(conflict.change.reference, conflict.change.place.sheet,
                 conflict.change.place.row, field.header, field.old, field.new,
                 _saved(conflict))
                for conflict in self.report.conflicts[:MAX_SHOWN]
                for field in conflict.change.changes]
        table.fill(rows, stretch=(4, 5, 6), empty_columns=(4, 5))
        return table

    def _problems_table(self) -> _Table:
        table = _Table("problemsTable", [
            translate("ImportPreview", "Nature"), translate("ImportPreview", "Feuille"),
            translate("ImportPreview", "Ligne"), translate("ImportPreview", "Colonne"),
            translate("ImportPreview", "Motif")])
        error = translate("ImportPreview", "Erreur")
        refused = translate("ImportPreview", "Refusée (droits)")
        ignored = translate("ImportPreview", "Ignoré")

        def column(place: Any) -> str:
            return f"{place.column} ({place.letter})" if place.column else ""

        rows: list[tuple[Any, ...]] = [
            (error, p.place.sheet, p.place.row, column(p.place), p.reason)
            for p in self.report.errors[:MAX_SHOWN]]
        rows += [(refused, p.place.sheet, p.place.row, column(p.place), p.reason)
                 for p in self.report.refused[:MAX_SHOWN]]
        rows += [(ignored, "", "", "", note) for note in self.report.notes]
        table.fill(rows, stretch=(4,))
        self.problem_kinds = [(translate("ImportPreview", "Tous les problèmes"), ""),
                              (translate("ImportPreview", "Erreurs"), error),
                              (translate("ImportPreview", "Lignes refusées (droits)"), refused),
                              (translate("ImportPreview", "Feuilles et colonnes ignorées"),
                               ignored)]
        return table

    def _tab(self, table: _Table, note: str | None, total: int,
             extra: QWidget | None = None) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(6, 6, 6, 6)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            label.setObjectName("tabNote")
            column.addWidget(label)
        if extra is not None:
            column.addWidget(extra)
        column.addWidget(table, 1)
        if total > MAX_SHOWN:
            column.addWidget(QLabel(_more(total)))
        return page

    def _tabs(self) -> None:
        report = self.report
        problems_count = report.error_count + len(report.refused) + len(report.notes)
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(translate("ImportPreview", "&Afficher :"))
        caption.setBuddy(self.problem_kind)
        row.addWidget(caption)
        for text, _value in self.problem_kinds:
            self.problem_kind.addItem(text)
        row.addWidget(self.problem_kind)
        self.problem_filter.setPlaceholderText(translate("ImportPreview",
                                                         "Filtrer (feuille, colonne, motif…)"))
        self.problem_filter.setClearButtonEnabled(True)
        row.addWidget(self.problem_filter, 1)
        self.problem_kind.currentIndexChanged.connect(self._filter_problems)
        self.problem_filter.textChanged.connect(self._filter_problems)
        pages = [
            ("changes", self._tab(self.changes, translate(
                "ImportPreview", "Chaque ligne est un champ modifié : sa valeur dans la base "
                                 "(« Avant ») et celle du classeur (« Après »)."),
                len(report.changed)),
             translate("ImportPreview", "Modifications ({count})"), len(report.changed)),
            ("new", self._tab(self.new, translate(
                "ImportPreview", "Lignes sans référence : un nouvel enregistrement chacune."),
                len(report.new)),
             translate("ImportPreview", "Nouveaux ({count})"), len(report.new)),
            ("conflicts", self._tab(self.conflicts, translate(
                "ImportPreview", "Ces enregistrements ont été modifiés dans la base depuis "
                                 "l'export : ils ne seront jamais écrasés. Comparez les deux "
                                 "valeurs et reportez à la main ce qui doit l'être."),
                len(report.conflicts)),
             translate("ImportPreview", "Conflits ({count})"), len(report.conflicts)),
            ("problems", self._tab(self.problems, None,
                                   report.error_count + len(report.refused), bar),
             translate("ImportPreview", "Problèmes ({count})"), problems_count),
        ]
        self.pages: dict[str, int] = {}
        for name, page, title, count in pages:
            self.pages[name] = self.tabs.addTab(page, title.format(count=format_number(count)))
        if report.error_count or report.refused:  # what keeps the workbook from being saved
            self.tabs.setTabIcon(self.pages["problems"], icons.icon("alert-triangle", icons.RED))
        if report.conflicts:
            self.tabs.setTabIcon(self.pages["conflicts"],
                                 icons.icon("alert-triangle", icons.AMBER))
        if report.error_count or report.refused:
            first = "problems"
        elif report.conflicts:
            first = "conflicts"
        elif report.changed or not report.new:
            first = "changes"
        else:
            first = "new"
        self.tabs.setCurrentIndex(self.pages[first])

    def _filter_problems(self) -> None:
        wanted = self.problem_kinds[max(self.problem_kind.currentIndex(), 0)][1]
        text = self.problem_filter.text().strip().casefold()
        table = self.problems
        for row in range(table.rowCount()):
            cells = [table.text(row, column) for column in range(table.columnCount())]
            shown = (not wanted or cells[0] == wanted) and (
                not text or any(text in cell.casefold() for cell in cells))
            table.setRowHidden(row, not shown)

    def show_page(self, name: str) -> None:
        """Bring the tab ``name`` (changes, new, conflicts, problems) to the front."""
        self.tabs.setCurrentIndex(self.pages[name])


def _saved(conflict: Any) -> str:
    """« Aminata OUÉDRAOGO, 06/12/2026 10:05 »: who saved the record after the export."""
    if not conflict.saved_by:
        return ""
    if conflict.saved_at is None:
        return str(conflict.saved_by)
    return translate("ImportPreview", "{who}, {at}").format(
        who=conflict.saved_by, at=conflict.saved_at.astimezone().strftime("%d/%m/%Y %H:%M"))
