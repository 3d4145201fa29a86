"""« Sauvegardes… »: the backup folder and how many automatic backups are kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import backups
from cabinet_desktop.ui.workspace import Workspace


class BackupSettingsDialog(QDialog):
    """Edit the shared backup settings (administrators; the service checks and journals)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("backupSettingsDialog")
        self.setWindowTitle(translate("Backups", "Sauvegardes"))
        current = backups.backup_settings(workspace.database)
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "Backups", "Chaque jour, la première connexion fait une sauvegarde automatique dans "
                       "ce dossier (une clé USB ou un partage réseau de préférence). Les "
                       "sauvegardes faites à la main ne sont jamais effacées."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.folder = QLineEdit(str(current.folder))
        self.folder.setObjectName("folderEdit")
        self.folder.setMinimumWidth(360)
        self.folder.setCursorPosition(0)
        browse = QPushButton(translate("Backups", "Parcourir…"))
        browse.setObjectName("browseButton")
        browse.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(translate("Backups", "Dossier des sauvegardes"), row)
        self.daily = self._spin("dailySpin", current.keep_daily)
        self.weekly = self._spin("weeklySpin", current.keep_weekly)
        self.monthly = self._spin("monthlySpin", current.keep_monthly)
        form.addRow(translate("Backups", "Jours gardés (une par jour)"), self.daily)
        form.addRow(translate("Backups", "Semaines gardées (une par semaine)"), self.weekly)
        form.addRow(translate("Backups", "Mois gardés (une par mois)"), self.monthly)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(680, 300)

    @staticmethod
    def _spin(name: str, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, 1000)
        spin.setValue(value)
        return spin

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("Backups", "Dossier des sauvegardes"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def accept(self) -> None:
        folder = self.folder.text().strip()
        if folder and not Path(folder).expanduser().is_dir():
            self.error.setText(translate(
                "Backups", "Dossier des sauvegardes : « {folder} » n'existe pas ou n'est pas "
                           "accessible (clé USB débranchée, partage absent ?).")
                .format(folder=folder))
            self.error.show()
            self.folder.setFocus()
            return
        try:
            backups.save_backup_settings(self.workspace.database, self.workspace.actor, folder,
                                         self.daily.value(), self.weekly.value(),
                                         self.monthly.value())
        except CabinetError as error:
            self.error.setText(error.message)
            self.error.show()
            return
        super().accept()
