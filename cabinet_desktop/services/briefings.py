"""Notes to the minister: drafts, their content within the author's clearance, and issue.

A draft is a ``BriefingNote`` row (reference ``NOTE-2026-042``, allocated in the saving
transaction like every reference). :func:`compose` turns it into the plain
:class:`~cabinet_desktop.domain.briefing.NoteContent` a renderer prints: the letterhead from
the shared settings and the motto in force on the note's date, the printed reference from the
settings' format (``N° 2026-042/MEF/CAB``), and the sections read for the acting user. The
note's classification is raised to the highest classification of what it prints, and the
result says so, for the user to see. :func:`issue` renders the note in its own transaction,
stores the PDF and its SHA-256 and freezes the note: an issued note is never changed again;
it is duplicated into a new draft instead. The renderer is passed in (``exchange`` holds
reportlab), so this module imports neither reportlab nor Qt.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from cabinet_desktop.domain.briefing import (
    Letterhead,
    NoteContent,
    RecordSheet,
    SectionKey,
    TextSection,
)
from cabinet_desktop.domain.entities import AuditHead, BriefingNote, Motto, Person, utcnow
from cabinet_desktop.domain.enums import AuditAction, Classification
from cabinet_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from cabinet_desktop.domain.references import FORMATS
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import permissions, session_guard
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.audit import diff, journal
from cabinet_desktop.services.briefing_content import (
    Gathered,
    Scope,
    dossier_sheets,
    gather_sections,
)
from cabinet_desktop.services.catalog import kind
from cabinet_desktop.services.permissions import Action
from cabinet_desktop.services.records import load
from cabinet_desktop.services.rows import ChangeSet
from cabinet_desktop.services.settings import settings_in as stored_settings
from cabinet_desktop.services.settings import thresholds_of
from cabinet_desktop.store.database import Database
from cabinet_desktop.store.references import allocate_reference

KIND = "briefing_note"
DEFAULT_PERIOD_DAYS = 30
MAX_OBJECT = 400


@dataclass(frozen=True, slots=True)
class NoteDraft:
    """What the author chooses; everything else is read when the note is composed."""

    object: str
    note_date: dt.date
    sections: tuple[SectionKey, ...] = tuple(SectionKey)
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    classification: Classification = Classification.UNCLASSIFIED
    recipient: str = ""  # default « Monsieur le Ministre »
    introduction: str = ""
    free_sections: tuple[tuple[str, str], ...] = ()  # (title, body), after the others
    copies: tuple[str, ...] = ()
    signatory_id: int | None = None  # a person; default: the author's
    dossier_ids: tuple[int, ...] | None = None
    mission_ids: tuple[int, ...] | None = None
    indicator_ids: tuple[int, ...] | None = None
    partner_ids: tuple[int, ...] | None = None

    @property
    def period(self) -> tuple[dt.date, dt.date]:
        end = self.period_end or self.note_date
        return self.period_start or end - dt.timedelta(days=DEFAULT_PERIOD_DAYS), end


@dataclass(frozen=True, slots=True)
class NoteRow:
    """A note of the register, as the Notes pane and the CLI read it."""

    id: int
    version: int
    reference: str
    printed_reference: str
    note_date: dt.date
    object: str
    author: str
    classification: Classification
    issued_at: dt.datetime | None
    pdf_sha256: str
    draft: NoteDraft
    #: what a write of this note changed, for the window to broadcast (empty when only read)
    changes: ChangeSet = field(default_factory=ChangeSet)

    @property
    def state(self) -> str:
        """« brouillon » or « émise »."""
        return (translate("Briefing", "émise") if self.issued_at is not None
                else translate("Briefing", "brouillon"))


@dataclass(frozen=True, slots=True)
class Composed:
    """A note's printable content and what composing it decided."""

    content: NoteContent
    requested: Classification

    @property
    def raised(self) -> bool:
        return self.content.classification > self.requested

    @property
    def warning(self) -> str:
        """The visible warning when the classification was raised (empty otherwise)."""
        if not self.raised:
            return ""
        return translate("Briefing", "Classification relevée de « {requested} » à « {level} » : "
                                     "la note contient un dossier classé « {level} ».").format(
            requested=self.requested.label, level=self.content.classification.label)


@dataclass(frozen=True, slots=True)
class Issued:
    """An issued note: its register row, the PDF stored, and the change set to broadcast."""

    note: NoteRow
    pdf: bytes
    composed: Composed
    changes: ChangeSet = field(default_factory=ChangeSet)


Renderer = Callable[[NoteContent], bytes]


# --------------------------------------------------------------------------- drafts

def _check(draft: NoteDraft, actor: Actor) -> None:
    if not draft.object.strip():
        raise ValidationError(translate("Briefing", "Note au Ministre — Objet : ce champ est "
                                                    "obligatoire."), field="object")
    if len(draft.object) > MAX_OBJECT:
        raise ValidationError(translate("Briefing", "Note au Ministre — Objet : {limit} "
                                                    "caractères au plus.").format(
            limit=MAX_OBJECT), field="object")
    start, end = draft.period
    if start > end:
        raise ValidationError(translate("Briefing", "Note au Ministre — Période : le début "
                                                    "({start}) est après la fin ({end}).")
                              .format(start=start.strftime("%d/%m/%Y"),
                                      end=end.strftime("%d/%m/%Y")), field="period")
    if not actor.cleared_for(draft.classification):
        raise PermissionDenied(translate("Records", "Vous ne pouvez pas classer un enregistrement "
                                                    "au-dessus de votre habilitation "
                                                    "({clearance}).")
                               .format(clearance=actor.clearance.label))


def _layout(draft: NoteDraft) -> str:
    return json.dumps({
        "recipient": draft.recipient,
        "items": [str(key) for key in draft.sections]
        + [{"title": t, "body": b} for t, b in draft.free_sections],
        "dossier_ids": draft.dossier_ids, "mission_ids": draft.mission_ids,
        "indicator_ids": draft.indicator_ids, "partner_ids": draft.partner_ids},
        ensure_ascii=False, sort_keys=True)


def _columns(draft: NoteDraft, signatory_id: int | None) -> dict[str, Any]:
    start, end = draft.period
    return {"note_date": draft.note_date, "object": draft.object.strip(),
            "author_id": signatory_id, "classification": draft.classification,
            "period_start": start, "period_end": end, "sections": _layout(draft),
            "free_text": draft.introduction, "recipients": "\n".join(draft.copies)}


def _ids(value: Any) -> tuple[int, ...] | None:
    return None if value is None else tuple(int(v) for v in value)


def _draft_of(note: BriefingNote) -> NoteDraft:
    raw = json.loads(note.sections or "[]")
    layout: dict[str, Any] = raw if isinstance(raw, dict) else {"items": raw}
    keys = tuple(SectionKey(item) for item in layout.get("items", []) if isinstance(item, str))
    free = tuple((str(item.get("title", "")), str(item.get("body", "")))
                 for item in layout.get("items", []) if isinstance(item, dict))
    return NoteDraft(
        object=note.object, note_date=note.note_date, sections=keys,
        period_start=note.period_start, period_end=note.period_end,
        classification=note.classification, recipient=str(layout.get("recipient") or ""),
        introduction=note.free_text or "", free_sections=free,
        copies=tuple(line for line in (note.recipients or "").splitlines() if line.strip()),
        signatory_id=note.author_id, dossier_ids=_ids(layout.get("dossier_ids")),
        mission_ids=_ids(layout.get("mission_ids")),
        indicator_ids=_ids(layout.get("indicator_ids")),
        partner_ids=_ids(layout.get("partner_ids")))


def _printed_reference(settings: dict[str, Any], reference: str) -> str:
    year, number = FORMATS[KIND].parse(reference)
    body = str(settings["note_reference_format"]).format(
        year=year, number=number, acronym=settings["ministry_acronym"])
    return translate("Briefing", "N° {reference}").format(reference=body)


def _row(session: Session, note: BriefingNote, settings: dict[str, Any]) -> NoteRow:
    author = ""
    if note.author_id is not None:
        person = session.get(Person, note.author_id)
        if person is not None:
            author = " ".join(p for p in (person.first_name, person.last_name) if p)
    return NoteRow(id=note.id, version=note.version, reference=note.reference,
                   printed_reference=_printed_reference(settings, note.reference),
                   note_date=note.note_date, object=note.object, author=author,
                   classification=note.classification, issued_at=note.issued_at,
                   pdf_sha256=note.pdf_sha256 or "", draft=_draft_of(note))


def _refuse_if_issued(note: BriefingNote) -> None:
    if note.issued_at is not None:
        raise ConflictError(translate(
            "Briefing", "La note {reference} a été émise : elle ne peut plus être modifiée. "
                        "Dupliquez-la pour en préparer une nouvelle version.")
            .format(reference=note.reference))


def create_draft(database: Database, actor: Actor, draft: NoteDraft) -> NoteRow:
    """Save a new draft; its reference ``NOTE-YYYY-NNN`` is allocated here (journaled)."""
    with session_guard.writing(database, actor) as (session, actor):
        permissions.require(actor, Action.CREATE, KIND)
        _check(draft, actor)
        signatory = draft.signatory_id or actor.person_id
        note = BriefingNote(**_columns(draft, signatory))
        note.reference = allocate_reference(session, KIND, draft.note_date.year)
        note.created_by_id = note.updated_by_id = actor.user_id
        session.add(note)
        session.flush()
        journal(session, actor, AuditAction.CREATE, KIND, note.id, note.reference,
                diff({}, _columns(draft, signatory)))
        return replace(_row(session, note, stored_settings(session)),
                       changes=ChangeSet.of(KIND, note.id))


def _locked_note(session: Session, database: Database, actor: Actor, note_id: int
                 ) -> BriefingNote:
    obj = load(session, database, actor, kind(KIND), note_id, for_update=True)
    assert isinstance(obj, BriefingNote)
    return obj


def update_draft(database: Database, actor: Actor, note_id: int, version: int,
                 draft: NoteDraft) -> NoteRow:
    """Change a draft saved at ``version``; an issued note is refused (journaled)."""
    with session_guard.writing(database, actor) as (session, actor):
        permissions.require(actor, Action.UPDATE, KIND)
        note = _locked_note(session, database, actor, note_id)
        _refuse_if_issued(note)
        if note.version != version:
            raise ConflictError(translate("Briefing", "La note {reference} a été modifiée par "
                                                      "quelqu'un d'autre : rouvrez-la.")
                                .format(reference=note.reference))
        _check(draft, actor)
        before = _columns(_draft_of(note), note.author_id)
        after = _columns(draft, draft.signatory_id or note.author_id)
        for name, value in after.items():
            setattr(note, name, value)
        note.updated_by_id = actor.user_id
        changes = diff(before, after)
        if changes:
            journal(session, actor, AuditAction.UPDATE, KIND, note.id, note.reference, changes)
        session.flush()
        row = _row(session, note, stored_settings(session))
        return replace(row, changes=ChangeSet.of(KIND, note.id)) if changes else row


def duplicate(database: Database, actor: Actor, note_id: int,
              note_date: dt.date | None = None) -> NoteRow:
    """A new draft with the same choices as note ``note_id`` (issued or not)."""
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, KIND)
        source = load(session, database, actor, kind(KIND), note_id)
        assert isinstance(source, BriefingNote)
        draft = _draft_of(source)
    return create_draft(database, actor, replace(draft, note_date=note_date or dt.date.today()))


def get_note(database: Database, actor: Actor, note_id: int) -> NoteRow:
    """One note of the register, if the actor may read it."""
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, KIND)
        note = load(session, database, actor, kind(KIND), note_id)
        assert isinstance(note, BriefingNote)
        return _row(session, note, stored_settings(session))


def register(database: Database, actor: Actor) -> list[NoteRow]:
    """Every note the actor is cleared for, newest first (classification filtered in SQL)."""
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, KIND)
        settings = stored_settings(session)
        notes = session.scalars(select(BriefingNote)
                                .where(BriefingNote.classification <= int(actor.clearance))
                                .order_by(BriefingNote.note_date.desc(),
                                          BriefingNote.reference.desc()))
        return [_row(session, note, settings) for note in notes]


# --------------------------------------------------------------------------- composing

def letterhead(settings: dict[str, Any], motto: str) -> Letterhead:
    """The heading from the shared settings and the motto of the note's date."""
    logo = None
    if settings.get("logo_png_base64"):
        logo = base64.b64decode(str(settings["logo_png_base64"]))
    return Letterhead(ministry=str(settings["ministry_name"]), country=str(settings["country"]),
                      motto=motto, city=str(settings["city"]), logo_png=logo,
                      services=(translate("Briefing", "Secrétariat général"),
                                translate("Briefing", "Cabinet")))


def _motto_on(session: Session, day: dt.date) -> str:
    return session.scalar(select(Motto.text).where(Motto.effective_date <= day)
                          .order_by(Motto.effective_date.desc()).limit(1)) or ""


def _signatory(session: Session, person_id: int | None) -> tuple[str, str]:
    if person_id is None:
        return "", ""
    person = session.get(Person, person_id)
    if person is None:
        return "", ""
    name = " ".join(p for p in (person.civility, person.first_name, person.last_name) if p)
    return name, _titled(person.function or "", person.civility or "")


# civilities of a woman: her function is signed « La Directrice de cabinet »
_FEMININE = ("mme", "madame", "mlle", "mademoiselle")
# a function's first word in the feminine (Directrice, Conseillère, Chargée…)
_FEMININE_ENDINGS = ("trice", "ère", "esse", "ienne", "euse", "ée")


def _titled(function: str, civility: str) -> str:
    """« Le Directeur de cabinet », « La Directrice de cabinet », « L'Inspectrice … »."""
    if not function or function.lower().startswith(("le ", "la ", "l'", "l’")):
        return function
    if function[0].lower() in "aeiouyéèêàâîôû":
        return translate("Briefing", "L'{function}").format(function=function)
    first_word = function.split(" ", 1)[0].lower()
    if civility.strip(" .").lower() in _FEMININE or first_word.endswith(_FEMININE_ENDINGS):
        return translate("Briefing", "La {function}").format(function=function)
    return translate("Briefing", "Le {function}").format(function=function)


def _compose(session: Session, actor: Actor, draft: NoteDraft, reference: str,
             journal_hash: str | None) -> Composed:
    _check(draft, actor)
    settings = stored_settings(session)
    start, end = draft.period
    scope = Scope(draft.note_date, start, end, draft.dossier_ids, draft.mission_ids,
                  draft.indicator_ids, draft.partner_ids)
    thresholds = thresholds_of(settings)
    gathered: Gathered = gather_sections(session, actor, draft.sections, scope, thresholds)
    sections = gathered.sections + tuple(TextSection(title, body)
                                         for title, body in draft.free_sections)
    name, function = _signatory(session, draft.signatory_id or actor.person_id)
    head = journal_hash if journal_hash is not None else session.scalar(
        select(AuditHead.last_hash).where(AuditHead.id == 1)) or ""
    printed = _printed_reference(settings, reference) if reference else ""
    content = NoteContent(
        letterhead=letterhead(settings, _motto_on(session, draft.note_date)),
        reference=printed, note_date=draft.note_date,
        recipient=draft.recipient or translate("Briefing", "Monsieur le Ministre"),
        object=draft.object.strip(),
        classification=max(draft.classification, gathered.highest), sections=sections,
        signatory_name=name, signatory_function=function, copies=draft.copies,
        period=(start, end), introduction=draft.introduction, journal_hash=head,
        register_reference=reference)
    return Composed(content, draft.classification)


def compose(database: Database, actor: Actor, draft: NoteDraft, reference: str = "",
            journal_hash: str | None = None) -> Composed:
    """The printable content of ``draft`` for ``actor`` (a preview, nothing written).

    ``journal_hash`` (default: the journal's head now) is what the foot of the last page shows.
    """
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, KIND)
        return _compose(session, actor, draft, reference, journal_hash)


def compose_note(database: Database, actor: Actor, note_id: int) -> Composed:
    """The content of a saved note as it would print now (issued notes: the hash at issue)."""
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, KIND)
        note = load(session, database, actor, kind(KIND), note_id)
        assert isinstance(note, BriefingNote)
        head = _hash_at_issue(session, note) if note.issued_at is not None else None
        return _compose(session, actor, _draft_of(note), note.reference, head)


def _hash_at_issue(session: Session, note: BriefingNote) -> str | None:
    """The journal head just before the note's issue entry (what its PDF printed)."""
    from cabinet_desktop.domain.entities import AuditEntry

    entries = session.scalars(select(AuditEntry).where(AuditEntry.entity == KIND,
                                                        AuditEntry.entity_id == note.id,
                                                        AuditEntry.action == AuditAction.UPDATE)
                              .order_by(AuditEntry.id.desc()))
    for entry in entries:
        if "pdf_sha256" in json.loads(entry.changes or "{}"):
            return entry.prev_hash
    return None


def issue(database: Database, actor: Actor, note_id: int, version: int,
          render: Renderer) -> Issued:
    """Render note ``note_id`` (saved at ``version``), store its PDF and SHA-256, freeze it.

    Everything happens in one transaction: the content is read, the journal head printed on
    the last page is the one this issue's own entry chains to, and the classification is
    raised when the content requires it (journaled with the rest).
    """
    with session_guard.writing(database, actor) as (session, actor):
        permissions.require(actor, Action.UPDATE, KIND)
        note = _locked_note(session, database, actor, note_id)
        _refuse_if_issued(note)
        if note.version != version:
            raise ConflictError(translate("Briefing", "La note {reference} a été modifiée par "
                                                      "quelqu'un d'autre : rouvrez-la.")
                                .format(reference=note.reference))
        head = session.scalar(select(AuditHead.last_hash).where(AuditHead.id == 1)
                              .with_for_update()) or ""
        composed = _compose(session, actor, _draft_of(note), note.reference, head)
        pdf = render(composed.content)
        digest = hashlib.sha256(pdf).hexdigest()
        before = {"classification": note.classification, "issued_at": None, "pdf_sha256": ""}
        note.classification = composed.content.classification
        note.issued_at = utcnow()
        note.pdf_sha256 = digest
        note.pdf = pdf
        note.updated_by_id = actor.user_id
        journal(session, actor, AuditAction.UPDATE, KIND, note.id, note.reference,
                diff(before, {"classification": note.classification,
                              "issued_at": note.issued_at, "pdf_sha256": digest}))
        session.flush()
        row = _row(session, note, stored_settings(session))
    return Issued(row, pdf, composed, ChangeSet.of(KIND, note_id))


def issued_pdf(database: Database, actor: Actor, note_id: int) -> bytes:
    """The PDF stored when the note was issued, checked against its SHA-256."""
    with session_guard.reading(database, actor) as (session, actor):
        permissions.require(actor, Action.READ, KIND)
        load(session, database, actor, kind(KIND), note_id)
        note = session.scalars(select(BriefingNote).options(undefer(BriefingNote.pdf))
                               .where(BriefingNote.id == note_id)).one()
        if note.issued_at is None or note.pdf is None:
            raise ConflictError(translate("Briefing", "La note {reference} n'a pas encore été "
                                                      "émise.").format(reference=note.reference))
        pdf = bytes(note.pdf)
        if hashlib.sha256(pdf).hexdigest() != note.pdf_sha256:
            raise ConflictError(translate("Briefing", "Le PDF enregistré de la note {reference} "
                                                      "ne correspond plus à son empreinte.")
                                .format(reference=note.reference))
        return pdf


def sheets(database: Database, actor: Actor, dossier_ids: Sequence[int]
           ) -> tuple[RecordSheet, ...]:
    """Record sheets of dossiers for a pack (those above the actor's clearance left out)."""
    with session_guard.reading(database, actor) as (session, actor):
        return dossier_sheets(session, actor, dossier_ids)


def parse_sections(names: Sequence[str]) -> tuple[SectionKey, ...]:
    """Section keys from their names (``dossiers,missions``); unknown names are refused."""
    keys: list[SectionKey] = []
    for name in names:
        try:
            key = SectionKey(name.strip().lower())
        except ValueError:
            raise ValidationError(translate(
                "Briefing", "Rubrique inconnue : « {name} » (rubriques possibles : {choices}).")
                .format(name=name, choices=", ".join(k.value for k in SectionKey)),
                field="sections") from None
        if key not in keys:
            keys.append(key)
    return tuple(keys)
