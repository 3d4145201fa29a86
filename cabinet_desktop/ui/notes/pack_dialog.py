"""« Constituer un dossier de briefing… »: the notes chosen in the register, the record sheets
of dossiers picked by typing, a title and a date; the pack (cover, contents, notes, sheets,
bordereau d'envoi) is rendered on a worker and saved as one PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.i18n import translate
from cabinet_desktop.services.forms import FieldType, FormField
from cabinet_desktop.ui.dialogs.form_dialog import as_error_line
from cabinet_desktop.ui.dialogs.form_fields import LinksField
from cabinet_desktop.ui.dialogs.record_form import find_records
from cabinet_desktop.ui.workspace import Workspace


class PackDialog(QDialog):
    """What a briefing pack holds; ``choice()`` once accepted."""

    def __init__(self, workspace: Workspace, notes: Sequence[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packDialog")
        self.setWindowTitle(translate("Notes", "Constituer un dossier de briefing"))
        self.note_ids = [note_id for note_id, _label in notes]
        today = dt.date.today()
        self.title = QLineEdit(translate("Notes", "Dossier de briefing du {date}")
                               .format(date=today.strftime("%d/%m/%Y")))
        self.title.setObjectName("packTitle")
        self.title.setMaxLength(200)
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setObjectName("packDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.sender_edit = QLineEdit()
        self.sender_edit.setObjectName("packSender")
        self.sender_edit.setPlaceholderText(translate("Notes", "Le Directeur de cabinet"))
        self.notes = QListWidget()
        self.notes.setObjectName("packNotes")
        self.notes.addItems([label for _id, label in notes])
        self.notes.setFixedHeight(min(24 * max(len(notes), 2) + 8, 150))
        self.sheets = LinksField(FormField("dossier_ids", "", FieldType.LINKS, target="dossier"),
                                 find_records(workspace))
        self.error = as_error_line(QLabel())
        self.error.setObjectName("packError")

        form = QFormLayout()
        for text, field in ((translate("Notes", "&Titre :"), self.title),
                            (translate("Notes", "&Date :"), self.date),
                            (translate("Notes", "E&xpéditeur :"), self.sender_edit),
                            (translate("Notes", "Notes (dans cet ordre) :"), self.notes),
                            (translate("Notes", "&Fiches de dossiers :"), self.sheets)):
            label = QLabel(text)
            label.setBuddy(self.sheets.focus_widget() if field is self.sheets else field)
            form.addRow(label, field)
        hint = QLabel(translate("Notes", "Le dossier comprend une page de garde, un sommaire "
                                         "paginé, les notes, les fiches des dossiers choisis "
                                         "et le bordereau d'envoi."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5b6776;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Notes", "&Constituer et enregistrer en PDF…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Notes", "Annuler"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.show_error(translate("Notes", "Titre : obligatoire."))
            self.title.setFocus()
            return
        self.accept()

    def choice(self) -> tuple[str, dt.date, str, list[int]]:
        """(title, date, sender, ids of the dossiers whose sheets go in the pack)."""
        day = self.date.date()
        return (self.title.text().strip(), dt.date(day.year(), day.month(), day.day()),
                self.sender_edit.text().strip(), [int(i) for i in self.sheets.value() or []])
