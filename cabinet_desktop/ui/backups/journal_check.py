"""The outcome of « Vérifier le journal d'audit »: the chain, then each anchor kept outside
the base (the backups' journal hashes), present or missing."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.formatting import format_datetime, format_number
from cabinet_desktop.i18n import translate


def summary_text(report: Any, anchors: tuple[Any, ...]) -> str:
    """One French paragraph: the chain's state and how many anchors it still holds."""
    if report.broken_at is not None or report.problem:
        where = (translate("Backups", "à l'entrée n° {id}").format(id=report.broken_at)
                 if report.broken_at is not None else "")
        return translate("Backups", "Journal altéré {where} : {problem}. Restaurez la dernière "
                                    "sauvegarde saine et prévenez le responsable de la "
                                    "sécurité.").format(where=where,
                                                        problem=report.problem_text).replace(
                                                            "  ", " ")
    checked = format_number(report.checked)
    if not anchors:
        return translate(
            "Backups", "Journal intègre : {count} entrées vérifiées. Aucune sauvegarde dans le "
                       "dossier des sauvegardes : aucune empreinte extérieure à comparer (une "
                       "coupure du journal ne peut pas être prouvée).").format(count=checked)
    missing = sum(1 for _hash, entry in report.anchors if entry is None)
    if missing:
        return translate(
            "Backups", "<b>Journal coupé ou réécrit.</b> Ses {count} entrées s'enchaînent, mais "
                       "{missing} des {total} empreintes de sauvegarde n'y sont plus : des "
                       "entrées ont été supprimées ou réécrites après ces sauvegardes. "
                       "Restaurez la dernière sauvegarde dont l'empreinte est présente et "
                       "prévenez le responsable de la sécurité.").format(
            count=checked, missing=missing, total=len(report.anchors))
    return translate(
        "Backups", "Journal intègre : {count} entrées vérifiées, et les {total} empreintes des "
                   "sauvegardes y sont toutes.").format(count=checked, total=len(report.anchors))


class JournalCheckDialog(QDialog):
    """The verification's summary and one row per backup anchor."""

    def __init__(self, report: Any, anchors: tuple[Any, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalCheckDialog")
        self.setWindowTitle(translate("Backups", "Vérification du journal d'audit"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(summary_text(report, anchors))
        self.summary.setObjectName("summaryLabel")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        entries = dict(report.anchors)
        self.table = QTableWidget(len(anchors), 4)
        self.table.setObjectName("anchorsTable")
        self.table.setHorizontalHeaderLabels([
            translate("Backups", "Sauvegarde"), translate("Backups", "Faite le"),
            translate("Backups", "Empreinte du journal"), translate("Backups", "Dans le journal")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for row, anchor in enumerate(anchors):
            entry = entries.get(anchor.journal_hash.strip().lower())
            state = (translate("Backups", "présente (entrée n° {id})").format(id=entry)
                     if entry is not None else translate("Backups", "ABSENTE"))
            cells = [anchor.path.name, format_datetime(anchor.created_at),
                     anchor.journal_hash[:16] + "…", state]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setFont(mono)
                    item.setToolTip(anchor.journal_hash)
                if column == 3 and entry is None:
                    item.setForeground(QColor("#b3261e"))
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.table.setVisible(bool(anchors))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 420 if anchors else 180)
