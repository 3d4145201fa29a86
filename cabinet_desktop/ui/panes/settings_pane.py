"""The Settings pane (administrators): letterhead identity, thresholds, references, lock delay.

Values are shared by every client (they live in the database) and saved through
``services.settings``, which checks the permission, validates and journals each change.
"""

from __future__ import annotations

import base64
import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QDate, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget

from cabinet_desktop.domain.errors import CabinetError, ValidationError
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import settings as settings_service
from cabinet_desktop.services.rows import ChangeSet
from cabinet_desktop.ui.dialogs.form_dialog import as_error_line
from cabinet_desktop.ui.forms_generated.ui_settings_pane import Ui_SettingsPane
from cabinet_desktop.ui.workspace import Workspace


class SettingsPane(QWidget):
    """Edit the shared settings; « Enregistrer » saves them all at once.

    The layout is the Designer form ``forms/settings_pane.ui``; this class loads, checks and
    saves the values.
    """

    changed = Signal(object)  # ChangeSet
    failed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.values: dict[str, Any] = {}
        self.logo_base64 = ""
        self.ui = ui = Ui_SettingsPane()
        ui.setupUi(self)
        #: the settings typed in a line edit of the letterhead box, by setting key
        self.fields: dict[str, QLineEdit] = {"country": ui.country,
                                             "ministry_name": ui.ministryName,
                                             "ministry_acronym": ui.ministryAcronym,
                                             "city": ui.city}
        self.motto = ui.motto
        self.motto_date = ui.mottoDate
        self.motto_history = ui.mottoHistory
        self.logo_preview = ui.logoPreview
        self.amber = ui.thresholdAmber
        self.reference_format = ui.noteReferenceFormat
        self.reference_example = ui.referenceExample
        self.inactivity = ui.inactivityMinutes
        self.error = as_error_line(ui.error)
        self.status = ui.saveStatus
        self.revert_button = ui.revertSettings
        self.save_button = ui.saveSettings

        ui.chooseLogo.clicked.connect(self.choose_logo)
        ui.removeLogo.clicked.connect(lambda: self.set_logo(""))
        self.reference_format.textChanged.connect(self._show_example)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.load)
        self.load()

    # ----------------------------------------------------------------- data

    def load(self) -> None:
        """Show the settings as stored."""
        self.values = settings_service.load_settings(self.workspace.database)
        for key, edit in self.fields.items():
            edit.setText(str(self.values.get(key) or ""))
        history = settings_service.mottos(self.workspace.database)
        current = settings_service.motto_on(self.workspace.database, dt.date.today())
        self.motto.setText(current)
        day = next((when for text, when in history if text == current), dt.date.today())
        self.motto_date.setDate(QDate(day.year, day.month, day.day))
        since = translate("Settings", "{motto} (depuis le {date})")
        self.motto_history.setText(translate("Settings", "Devises successives : ") + " ; ".join(
            since.format(motto=text, date=when.strftime("%d/%m/%Y")) for text, when in history))
        self.amber.setValue(round(float(self.values["threshold_amber"]) * 100))
        self.reference_format.setText(str(self.values["note_reference_format"]))
        self.inactivity.setValue(int(self.values["inactivity_minutes"]))
        self.set_logo(str(self.values.get("logo_png_base64") or ""))
        self.error.hide()
        self.status.setText("")

    def reload(self) -> None:
        self.load()

    def concerned_by(self, changes: ChangeSet) -> bool:
        return changes.concerns("setting")

    def _show_example(self, pattern: str) -> None:
        try:
            example = settings_service.check_reference_format(pattern)
        except ValidationError:
            example = translate("Settings", "(format invalide)")
        self.reference_example.setText(example)

    def set_logo(self, encoded: str) -> None:
        self.logo_base64 = encoded
        if not encoded:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(translate("Settings", "(aucun logo)"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(QByteArray(base64.b64decode(encoded)), "PNG")
        self.logo_preview.setPixmap(pixmap.scaledToHeight(
            64, Qt.TransformationMode.SmoothTransformation))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("Settings", "Logo du ministère"), "",
                                              translate("Settings", "Images PNG (*.png)"))
        if path:
            self.load_logo_file(Path(path))

    def load_logo_file(self, path: Path) -> bool:
        """Take the PNG at ``path`` as the logo (checked now, saved with « Enregistrer »)."""
        try:
            encoded = base64.b64encode(path.read_bytes()).decode("ascii")
            settings_service.check_logo(encoded)
        except OSError as error:
            self._show_error(translate("Settings",
                                       "Logo : impossible de lire « {path} » ({reason}).")
                             .replace("{path}", str(path))
                             .replace("{reason}", str(error.strerror or error)))
            return False
        except ValidationError as error:
            self._show_error(error.message)
            return False
        self.set_logo(encoded)
        self.error.hide()
        return True

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def pending_changes(self) -> dict[str, Any]:
        """The settings whose value on screen differs from the stored one."""
        shown: dict[str, Any] = {key: edit.text().strip() for key, edit in self.fields.items()}
        shown["threshold_amber"] = self.amber.value() / 100
        shown["note_reference_format"] = self.reference_format.text().strip()
        shown["inactivity_minutes"] = self.inactivity.value()
        shown["logo_png_base64"] = self.logo_base64
        return {key: value for key, value in shown.items() if self.values.get(key) != value}

    def save(self) -> bool:
        """Save every change (and the motto, when edited); ``False`` with a message if refused."""
        changes = self.pending_changes()
        qdate = self.motto_date.date()
        motto_day = dt.date(qdate.year(), qdate.month(), qdate.day())
        motto = self.motto.text().strip()
        motto_changed = (motto != settings_service.motto_on(self.workspace.database, motto_day))
        try:
            result = ChangeSet()
            if changes:
                result = settings_service.save_settings(self.workspace.database,
                                                        self.workspace.actor, changes).changes
            if motto_changed:
                result = result | settings_service.set_motto(self.workspace.database,
                                                             self.workspace.actor, motto,
                                                             motto_day).changes
        except CabinetError as error:
            self._show_error(error.message)
            self.failed.emit(error.message)
            return False
        self.load()
        self.status.setText(translate("Settings",
                                      "Paramètres enregistrés.") if (changes or motto_changed)
                            else translate("Settings", "Aucune modification."))
        if changes or motto_changed:
            self.changed.emit(result)
            self.workspace.broadcast(result)
        return True
