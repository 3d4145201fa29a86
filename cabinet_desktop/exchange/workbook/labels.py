"""How the workbook names persons, partners, attributions and indicators, both ways.

A cell names a partner ``PAR-0012 — Agence française de développement``; an import accepts that
label, the reference alone (``PAR-0012``) or a name no other record shares. Pure functions over
the plain tuples of ``services.bulk_reads.Choices``.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

from cabinet_desktop.exchange.workbook.layout import CellType
from cabinet_desktop.i18n import translate

DASH = " — "
AMBIGUOUS = -1


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass
class Named:
    """One kind of named record: id → label, accepted spellings → id, the drop-down list."""

    labels: dict[int, str] = field(default_factory=dict)
    lookup: dict[str, int] = field(default_factory=dict)
    listed: list[str] = field(default_factory=list)

    def accept(self, spelling: str, record_id: int) -> None:
        key = _key(spelling)
        if key and self.lookup.get(key, record_id) != record_id:
            self.lookup[key] = AMBIGUOUS
        elif key:
            self.lookup[key] = record_id


@dataclass
class Labels:
    """Every named kind the workbook shows, by cell type."""

    named: dict[CellType, Named]

    def label(self, cell_type: CellType, record_id: int | None) -> str | None:
        if record_id is None:
            return None
        return self.named[cell_type].labels.get(record_id, f"n° {record_id}")

    def resolve(self, cell_type: CellType, text: str) -> int:
        """The id a cell's text names; ``ValueError`` with a French reason otherwise."""
        named = self.named[cell_type]
        key = _key(text)
        found = named.lookup.get(key)
        if found is None and DASH.strip() in text:
            found = named.lookup.get(_key(text.split(DASH.strip(), 1)[0]))
        if found is None and cell_type is not CellType.PERSON:
            found = named.lookup.get(key.split(" ", 1)[0])
        if found == AMBIGUOUS:
            raise ValueError(translate("Workbook", "« {value} » désigne plusieurs "
                                                   "enregistrements : choisissez dans la liste.")
                             .format(value=text))
        if found is None:
            raise ValueError(translate("Workbook", "« {value} » ne figure pas dans la liste des "
                                                   "valeurs admises.").format(value=text))
        return found


def build_labels(persons: tuple[tuple[int, str, bool], ...],
                 partners: tuple[tuple[int, str, str], ...],
                 attributions: tuple[tuple[int, str, str], ...],
                 indicators: tuple[tuple[int, str, str], ...]) -> Labels:
    """The labels and lists of the workbook from plain ``(id, …)`` tuples."""
    people = Named()
    counts: dict[str, int] = {}
    for _id, name, _active in persons:
        counts[_key(name)] = counts.get(_key(name), 0) + 1
    for person_id, name, active in persons:
        label = name if counts[_key(name)] == 1 else f"{name} (n° {person_id})"
        people.labels[person_id] = label
        people.accept(label, person_id)
        people.accept(name, person_id)
        if active:
            people.listed.append(label)
    named = {CellType.PERSON: people}
    for cell_type, rows in ((CellType.PARTNER, partners), (CellType.INDICATOR, indicators),
                            (CellType.ATTRIBUTION, attributions)):
        target = Named()
        for record_id, code, name in rows:
            shown = textwrap.shorten(name, 90, placeholder="…") \
                if cell_type is CellType.ATTRIBUTION else name
            label = f"{code}{DASH}{shown}"
            target.labels[record_id] = label
            target.accept(code, record_id)
            target.accept(label, record_id)
            target.accept(name, record_id)
            target.listed.append(label)
        named[cell_type] = target
    return Labels(named)
