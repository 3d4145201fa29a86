"""What a briefing note to the minister holds, as plain frozen data.

``services/briefings.py`` fills these from the database (within the author's clearance) and
``exchange/briefing`` prints them; neither side needs the other's machinery. Values are kept
typed (dates, numbers); labels of enumerations are already French strings, so the renderer
formats and escapes but never looks anything up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from cabinet_desktop.domain.enums import Classification


class SectionKey(StrEnum):
    """The sections a note can hold, in their usual order (``--sections`` names them)."""

    DOSSIERS = "dossiers"
    MISSIONS = "missions"
    INSTRUCTIONS = "instructions"
    INDICATORS = "indicators"
    PARTNERS = "partners"


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The ministry's heading, from the shared settings and the motto of the note's date."""

    ministry: str
    country: str
    motto: str
    city: str
    services: tuple[str, ...] = ()  # « SECRÉTARIAT GÉNÉRAL », « CABINET »
    logo_png: bytes | None = None


@dataclass(frozen=True, slots=True)
class DossierLine:
    """A dossier awaiting the minister's decision, with the cabinet's avis."""

    reference: str
    object: str
    origin: str
    received: dt.date | None
    state: str
    avis: str
    avis_text: str
    avis_date: dt.date | None
    classification: Classification


@dataclass(frozen=True, slots=True)
class MissionLine:
    """A mission in one of the note's mission lists."""

    reference: str
    title: str
    assignee: str
    due: dt.date | None
    status: str
    progress: int
    completed: dt.date | None = None


@dataclass(frozen=True, slots=True)
class InstructionLine:
    """One line of the *fiche de suivi des instructions du Ministre*."""

    reference: str
    instruction: str
    date: dt.date | None
    assignee: str
    due: dt.date | None
    status: str
    observations: str


@dataclass(frozen=True, slots=True)
class IndicatorLine:
    """An indicator's latest value against its target, with its recent history for the trend."""

    reference: str
    name: str
    level: str
    unit: str
    period: str
    value: float | None
    target: float | None
    status: str
    status_key: str  # green, amber, red, unknown
    provisional: bool
    history: tuple[float, ...] = ()  # oldest first, the latest value last


@dataclass(frozen=True, slots=True)
class ExchangeLine:
    """An exchange with a partner during the period."""

    date: dt.date
    partner: str
    kind: str
    summary: str


@dataclass(frozen=True, slots=True)
class AgreementLine:
    """An agreement with a partner ending soon."""

    partner: str
    title: str
    end_date: dt.date | None
    committed: float | None
    disbursed: float | None
    currency: str


@dataclass(frozen=True, slots=True)
class DossierSection:
    title: str
    lines: tuple[DossierLine, ...]


@dataclass(frozen=True, slots=True)
class MissionSection:
    title: str
    overdue: tuple[MissionLine, ...]
    due_soon: tuple[MissionLine, ...]
    achieved: tuple[MissionLine, ...]


@dataclass(frozen=True, slots=True)
class InstructionSection:
    title: str
    lines: tuple[InstructionLine, ...]
    on_time: int = 0
    due: int = 0


@dataclass(frozen=True, slots=True)
class IndicatorSection:
    title: str
    lines: tuple[IndicatorLine, ...]


@dataclass(frozen=True, slots=True)
class PartnerSection:
    title: str
    exchanges: tuple[ExchangeLine, ...]
    agreements: tuple[AgreementLine, ...]


@dataclass(frozen=True, slots=True)
class TextSection:
    """A section written by the author: a title and paragraphs separated by blank lines."""

    title: str
    body: str


NoteSection = (DossierSection | MissionSection | InstructionSection | IndicatorSection
               | PartnerSection | TextSection)


@dataclass(frozen=True, slots=True)
class NoteContent:
    """Everything printed on one note; the same content always prints the same bytes."""

    letterhead: Letterhead
    reference: str  # as printed: « N° 2026-042/MEF/CAB »
    note_date: dt.date
    recipient: str  # « MONSIEUR LE MINISTRE »
    object: str
    classification: Classification
    sections: tuple[NoteSection, ...]
    signatory_name: str = ""
    signatory_function: str = ""
    copies: tuple[str, ...] = ()
    period: tuple[dt.date, dt.date] | None = None
    introduction: str = ""
    journal_hash: str = ""
    register_reference: str = ""  # NOTE-2026-042


@dataclass(frozen=True, slots=True)
class RecordSheet:
    """A record printed on its own in a pack: a title and its fields as label/value pairs."""

    reference: str
    title: str
    fields: tuple[tuple[str, str], ...]
    classification: Classification = Classification.UNCLASSIFIED


@dataclass(frozen=True, slots=True)
class PackContent:
    """A briefing pack: cover, contents, notes and record sheets, and the bordereau d'envoi."""

    letterhead: Letterhead
    title: str
    pack_date: dt.date
    recipient: str
    notes: tuple[NoteContent, ...]
    sheets: tuple[RecordSheet, ...] = ()
    sender: str = ""
    journal_hash: str = ""

    @property
    def classification(self) -> Classification:
        """The highest classification of what the pack holds."""
        levels = [note.classification for note in self.notes]
        levels += [sheet.classification for sheet in self.sheets]
        return max(levels, default=Classification.UNCLASSIFIED)
