"""Human-readable references: ``MIS-2026-0001``, ``PAR-0001``, ``IND-001``, ``NOTE-2026-001``.

A reference is what people say on the phone and what Excel round-trips match rows on: it never
changes and is never reused. This module only formats and parses; numbers are allocated by
``store.references`` inside the saving transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReferenceFormat:
    """How references of one kind of record look."""

    prefix: str
    width: int
    dated: bool

    def format(self, number: int, year: int | None = None) -> str:
        """Render the reference for ``number`` (and ``year`` when the kind is dated)."""
        if number < 1:
            raise ValueError("reference numbers start at 1")
        digits = str(number).zfill(self.width)
        if self.dated:
            if year is None:
                raise ValueError(f"{self.prefix} references need a year")
            return f"{self.prefix}-{year:04d}-{digits}"
        return f"{self.prefix}-{digits}"

    def parse(self, reference: str) -> tuple[int | None, int]:
        """Return ``(year, number)`` of ``reference``; raise ``ValueError`` if it is not one."""
        pattern = (rf"{self.prefix}-(\d{{4}})-(\d{{{self.width},}})" if self.dated
                   else rf"{self.prefix}-(\d{{{self.width},}})")
        match = re.fullmatch(pattern, reference.strip().upper())
        if match is None:
            raise ValueError(f"not a {self.prefix} reference: {reference!r}")
        if self.dated:
            return int(match.group(1)), int(match.group(2))
        return None, int(match.group(1))


#: Reference formats by record kind (the kind names match ``store`` counter keys).
FORMATS: dict[str, ReferenceFormat] = {
    "mission": ReferenceFormat("MIS", 4, dated=True),
    "dossier": ReferenceFormat("DOS", 4, dated=True),
    "partner": ReferenceFormat("PAR", 4, dated=False),
    "indicator": ReferenceFormat("IND", 3, dated=False),
    "consultation": ReferenceFormat("CONS", 3, dated=True),
    "briefing_note": ReferenceFormat("NOTE", 3, dated=True),
}


def format_reference(kind: str, number: int, year: int | None = None) -> str:
    """Render the reference of a record of ``kind``."""
    return FORMATS[kind].format(number, year)


def kind_of_reference(reference: str) -> str | None:
    """Return the record kind a reference belongs to, or ``None`` if it matches no format."""
    for kind, fmt in FORMATS.items():
        try:
            fmt.parse(reference)
        except ValueError:
            continue
        return kind
    return None
