"""Where a record form's fields sit: a Designer layout for the kinds that need care, else rows.

A Designer form (``forms/record_KIND.ui``, compiled by ``make forms``) draws sections, columns,
labels with their mnemonics and the tab order; each field has a placeholder ``slot_NAME`` and
a label ``label_NAME``. The field widgets themselves are built from the catalog by
``record_form.RecordForm`` and put into the placeholders here, so every form keeps one logic
(validation at the field, counters, pickers, conflicts). A field the layout does not name (a
column added later) is shown in a last section, « Autres informations », never lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cabinet_desktop.i18n import translate
from cabinet_desktop.ui.dialogs.form_fields import with_mnemonic
from cabinet_desktop.ui.forms_generated.ui_record_agreement import Ui_RecordAgreementForm
from cabinet_desktop.ui.forms_generated.ui_record_dossier import Ui_RecordDossierForm
from cabinet_desktop.ui.forms_generated.ui_record_indicator import Ui_RecordIndicatorForm
from cabinet_desktop.ui.forms_generated.ui_record_mission import Ui_RecordMissionForm

#: The kinds drawn in Designer, by the compiled form's class.
DESIGNED: dict[str, Callable[[], Any]] = {
    "dossier": Ui_RecordDossierForm,
    "mission": Ui_RecordMissionForm,
    "agreement": Ui_RecordAgreementForm,
    "indicator": Ui_RecordIndicatorForm,
}

#: Width of a designed form's dialog: two columns of fields within a 1366×768 screen.
DESIGNED_WIDTH = 940
PLAIN_WIDTH = 720


@dataclass
class Placed:
    """One field ready to be placed: its label text (catalog's), its widget with the error
    line under it, and the widget its label leads to."""

    name: str
    label: str
    holder: QWidget
    buddy: QWidget
    required: bool


def required_mark(text: str, required: bool) -> str:
    """« &Intitulé * : » for a required field (« Intitulé : » otherwise)."""
    core = text.strip().removesuffix(":").rstrip()
    return f"{core}{' *' if required else ''} :"


def mnemonic_of(text: str) -> str | None:
    """The letter after ``&`` in a label (``None`` when it has none)."""
    cleaned = text.replace("&&", "")
    index = cleaned.find("&")
    return cleaned[index + 1].casefold() if 0 <= index < len(cleaned) - 1 else None


def place(kind: str, fields: Sequence[Placed]) -> tuple[QWidget, list[str], dict[str, QLabel]]:
    """The widget holding ``fields`` laid out for ``kind``, the field names in tab order and
    each field's label."""
    designed = DESIGNED.get(kind)
    if designed is None:
        return _rows(fields)
    inner = QWidget()
    inner.setObjectName(f"layout_{kind}")
    ui = designed()
    ui.setupUi(inner)
    order = _slot_order(inner)
    labels: dict[str, QLabel] = {}
    used = {m for label in inner.findChildren(QLabel) if (m := mnemonic_of(label.text()))}
    others: list[Placed] = []
    for placed in fields:
        slot = inner.findChild(QWidget, f"slot_{placed.name}")
        label = inner.findChild(QLabel, f"label_{placed.name}")
        if slot is None or label is None:
            others.append(placed)
            continue
        box = QVBoxLayout(slot)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(placed.holder)
        label.setText(required_mark(label.text(), placed.required))
        label.setBuddy(placed.buddy)
        labels[placed.name] = label
    names = [name for name in order if name in labels]
    if others:
        section = QGroupBox(translate("Forms", "Autres informations"))
        rows = QFormLayout(section)
        for placed in others:
            label = QLabel(with_mnemonic(required_mark(placed.label, placed.required), used))
            label.setBuddy(placed.buddy)
            rows.addRow(label, placed.holder)
            labels[placed.name] = label
            names.append(placed.name)
        layout = inner.layout()
        assert layout is not None
        layout.addWidget(section)
    return inner, names, labels


def _slot_order(inner: QWidget) -> list[str]:
    """The fields in the tab order the Designer form sets on its placeholders."""
    names: list[str] = []
    widget = inner.nextInFocusChain()
    while widget is not None and widget is not inner:
        name = widget.objectName()
        if name.startswith("slot_"):
            names.append(name.removeprefix("slot_"))
        widget = widget.nextInFocusChain()
    return names


def _rows(fields: Sequence[Placed]) -> tuple[QWidget, list[str], dict[str, QLabel]]:
    """The plain layout: one row per field, its label on the left."""
    inner = QWidget()
    rows = QFormLayout(inner)
    rows.setContentsMargins(0, 0, 0, 0)
    rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    used: set[str] = set()
    labels: dict[str, QLabel] = {}
    for placed in fields:
        label = QLabel(with_mnemonic(required_mark(placed.label, placed.required), used))
        label.setBuddy(placed.buddy)
        rows.addRow(label, placed.holder)
        labels[placed.name] = label
    return inner, [p.name for p in fields], labels
