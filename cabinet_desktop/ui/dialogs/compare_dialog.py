"""« Comparer » after a conflict: the user's values beside the ones someone else saved, field by
field, each kept or taken. Nothing is written here: the form is refilled with the choices and
the user saves it over the newer version knowingly."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.formatting import format_datetime, format_value
from cabinet_desktop.i18n import translate


class CompareDialog(QDialog):
    """For each of ``fields`` (name, French label): « ma saisie » or « leur version »."""

    def __init__(self, fields: Sequence[tuple[str, str]], mine: Mapping[str, Any],
                 theirs: Mapping[str, Any], saved_by: str, saved_at: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(translate("Compare", "Comparer les versions"))
        who = translate("Compare", "Enregistré par {who} le {when}.").format(
            who=saved_by or translate("Compare", "un autre utilisateur"),
            when=format_datetime(saved_at) if saved_at else "?")
        grid = QGridLayout()
        headers = (translate("Compare", "Champ"), translate("Compare", "Ma saisie"),
                   translate("Compare", "Leur version"))
        for column, text in enumerate(headers):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        self.choices: dict[str, QButtonGroup] = {}
        for row, (name, label) in enumerate(fields, start=1):
            grid.addWidget(QLabel(label), row, 0)
            keep = QRadioButton(_shown(mine.get(name)))
            keep.setObjectName(f"mine_{name}")
            take = QRadioButton(_shown(theirs.get(name)))
            take.setObjectName(f"theirs_{name}")
            keep.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(keep, 0)
            group.addButton(take, 1)
            self.choices[name] = group
            grid.addWidget(keep, row, 1)
            grid.addWidget(take, row, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Compare", "Reprendre la saisie avec ces choix"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Compare", "Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(who))
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def taken(self) -> set[str]:
        """The fields whose saved value (theirs) the user chose."""
        return {name for name, group in self.choices.items() if group.checkedId() == 1}


def _shown(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) or "—"
    text = format_value(value)
    return text if text else "—"
