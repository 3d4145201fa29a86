"""An indicator's measurements from the window: « Saisir une mesure » (a period not yet entered,
the value, a comment) and « Valider les mesures provisoires » (DC, DCA), each a short dialog.

Both write through the window's one write path; the services check the role, the period and
duplicates, and a refusal is shown in the dialog, which stays open for a correction.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.domain.errors import CabinetError
from cabinet_desktop.formatting import format_datetime, format_number
from cabinet_desktop.services import indicators
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.indicators import MeasurementEntry, Provisional
from cabinet_desktop.services.rows import Saved
from cabinet_desktop.store.database import Database
from cabinet_desktop.ui.dialogs.form_dialog import error_label
from cabinet_desktop.ui.workspace import Workspace
from cabinet_desktop.ui.write_path import run_write


class MeasurementDialog(QDialog):
    """« Saisir une mesure » of one indicator: the period, the value, a comment."""

    def __init__(self, workspace: Workspace, entry: MeasurementEntry,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.entry = entry
        self.setObjectName("measurementDialog")
        self.setWindowTitle(self.tr("Saisir une mesure — {reference}")
                            .replace("{reference}", entry.reference))
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{entry.name}</b>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        self.period = QComboBox()
        self.period.setObjectName("period")
        self.period.addItems(entry.periods)
        period_label = QLabel(self.tr("&Période :"))
        period_label.setBuddy(self.period)
        form.addRow(period_label, self.period)
        self.value = QLineEdit()
        self.value.setObjectName("value")
        self.value.setPlaceholderText(self.tr("par exemple 54,4"))
        value_label = QLabel(self.tr("&Valeur ({unit}) :").replace("{unit}", entry.unit)
                             if entry.unit else self.tr("&Valeur :"))
        value_label.setBuddy(self.value)
        form.addRow(value_label, self.value)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(70)
        comment_label = QLabel(self.tr("&Commentaire :"))
        comment_label.setBuddy(self.comment)
        form.addRow(comment_label, self.comment)
        layout.addLayout(form)
        note = QLabel(self.tr("Périodicité {periodicity} : seules les périodes sans mesure sont "
                              "proposées. La valeur reste « provisoire » jusqu'à sa validation "
                              "par le Directeur de cabinet ou son adjoint.")
                      .replace("{periodicity}", entry.periodicity.lower()))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Enregistrer"))
        save.setObjectName("save")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if not entry.periods:
            self._refuse(self.tr("Toutes les périodes récentes de cet indicateur ont déjà une "
                                 "mesure : corrigez-en une depuis la fiche, si besoin."))
            save.setEnabled(False)
        self.resize(460, self.sizeHint().height())

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def save(self) -> None:
        """Enter the measurement; the dialog closes once it is saved, stays open if refused."""
        entry = self.entry
        period, value = self.period.currentText(), self.value.text()
        comment = self.comment.toPlainText()

        def refused(error: CabinetError) -> None:
            self._refuse(error.message)
            field = getattr(error, "field", None)
            (self.period if field == "period" else self.value).setFocus()

        self.error.hide()
        run_write(self.workspace, self, self.windowTitle(),
                  lambda database, actor: indicators.enter_measurement(
                      database, actor, entry.indicator_id, period, value, comment),
                  on_saved=lambda _saved: self.accept(), on_refused=refused)


class ValidationDialog(QDialog):
    """« Valider les mesures provisoires » of one indicator (DC, DCA), one at a time."""

    def __init__(self, workspace: Workspace, reference: str, indicator_id: int,
                 pending: tuple[Provisional, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.indicator_id = indicator_id
        self.setObjectName("validationDialog")
        self.setWindowTitle(self.tr("Valider les mesures provisoires — {reference}")
                            .replace("{reference}", reference))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Mesures provisoires, la plus récente en premier :")))
        self.list = QListWidget()
        self.list.setObjectName("pending")
        layout.addWidget(self.list, 1)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        self.validate_button = QPushButton(self.tr("&Valider la mesure"))
        self.validate_button.setObjectName("validate")
        self.buttons.addButton(self.validate_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.validate_button.clicked.connect(self.validate_current)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.show_pending(pending)
        self.resize(520, 300)

    def show_pending(self, pending: tuple[Provisional, ...]) -> None:
        self.list.clear()
        for item in pending:
            text = self.tr("{period} : {value} — saisie par {who} le {when}").replace(
                "{period}", item.period).replace("{value}", format_number(item.value)).replace(
                "{who}", item.entered_by).replace("{when}", format_datetime(item.entered_at))
            if item.comment:
                text += f"\n{item.comment}"
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, (item.measurement_id, item.version))
            self.list.addItem(row)
        if pending:
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(QListWidgetItem(self.tr("Aucune mesure provisoire.")))
        self.validate_button.setEnabled(bool(pending))

    def validate_current(self) -> None:
        """Validate the selected measurement, then list what remains provisional."""
        row = self.list.currentItem()
        chosen = row.data(Qt.ItemDataRole.UserRole) if row is not None else None
        if not chosen:
            return
        measurement_id, version = chosen
        indicator_id = self.indicator_id

        left: list[tuple[Provisional, ...]] = []  # read on the worker, shown after

        def work(database: Database, actor: Actor) -> Saved:
            saved = indicators.validate_measurement(database, actor, measurement_id, version)
            left.append(indicators.provisional_measurements(database, actor, indicator_id))
            return saved

        def refused(error: CabinetError) -> None:
            self.error.setText(error.message)
            self.error.show()

        self.error.hide()
        run_write(self.workspace, self, self.windowTitle(), work,
                  on_saved=lambda _saved: self.show_pending(left[-1]), on_refused=refused)
