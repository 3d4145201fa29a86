"""What a backup holds, shown before a restore changes anything: the user confirms or not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.formatting import format_datetime, format_number
from cabinet_desktop.i18n import translate


class RestorePreviewDialog(QDialog):
    """The backup's date, origin, journal anchor and counts; « Restaurer » or « Annuler »."""

    def __init__(self, path: Path, manifest: Any, counts: tuple[tuple[str, int], ...],
                 target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restorePreviewDialog")
        self.setWindowTitle(translate("Backups", "Restaurer une sauvegarde"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "Backups", "Voici ce que contient la sauvegarde. Rien n'a encore été modifié."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        rows: list[tuple[str, str, str]] = [
            ("file", translate("Backups", "Fichier"), str(path)),
            ("date", translate("Backups", "Faite le"), format_datetime(manifest.created_at)),
            ("origin", translate("Backups", "Origine"),
             translate("Backups", "{source} ({backend}, schéma {revision}, version {version})")
             .format(source=manifest.source, backend=manifest.source_backend,
                     revision=manifest.schema_revision, version=manifest.app_version)),
            ("journal", translate("Backups", "Journal"),
             translate("Backups", "{count} entrées, dernière n° {id} du {date}").format(
                 count=format_number(manifest.journal_entries), id=manifest.journal_last_id,
                 date=format_datetime(manifest.journal_last_at)
                 if manifest.journal_last_at else "—")),
            ("hash", translate("Backups", "Empreinte du journal"), manifest.journal_last_hash),
        ]
        self.fields: dict[str, QLabel] = {}
        for name, caption, text in rows:
            label = QLabel(text)
            label.setObjectName(f"{name}Value")
            label.setWordWrap(name not in ("hash",))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if name == "hash":
                label.setFont(mono)
            self.fields[name] = label
            form.addRow(caption, label)
        layout.addLayout(form)
        self.counts = QTableWidget(len(counts), 2)
        self.counts.setObjectName("countsTable")
        self.counts.setHorizontalHeaderLabels([translate("Backups", "Enregistrements"),
                                               translate("Backups", "Nombre")])
        self.counts.verticalHeader().setVisible(False)
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.counts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (kind, count) in enumerate(counts):
            self.counts.setItem(row, 0, QTableWidgetItem(kind))
            number = QTableWidgetItem(format_number(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts.setItem(row, 1, number)
        layout.addWidget(self.counts, 1)
        warning = QLabel(translate(
            "Backups", "<b>La base « {target} » sera remplacée par cette sauvegarde.</b> La base "
                       "actuelle est gardée de côté. Cabinet Desktop se fermera ensuite : "
                       "rouvrez-le pour travailler sur la base restaurée.")
            .format(target=target))
        warning.setObjectName("restoreWarning")
        warning.setWordWrap(True)
        layout.addWidget(warning)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(translate("Backups", "&Restaurer"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setAutoDefault(False)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # replacing the base is never the default
        cancel.setFocus()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(660, 620)
