"""Notes from the database to PDF: compose (services) → render (reportlab) → issue.

The only place where the services' content meets the renderer; the window's composer and the
``briefing`` command both go through it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from cabinet_desktop.domain.briefing import NoteContent, PackContent
from cabinet_desktop.domain.errors import ValidationError
from cabinet_desktop.exchange.briefing import render_note, render_pack
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import briefings
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.briefings import Composed, Issued, NoteDraft
from cabinet_desktop.services.tasks import TaskState
from cabinet_desktop.store.database import Database


def preview(database: Database, actor: Actor, draft: NoteDraft) -> tuple[bytes, Composed]:
    """The PDF a draft would give now, and what composing it decided (nothing is written)."""
    composed = briefings.compose(database, actor, draft)
    return render_note(composed.content), composed


def issue_note(database: Database, actor: Actor, note_id: int, version: int) -> Issued:
    """Issue a saved draft: rendered, stored with its SHA-256, frozen, journaled."""
    return briefings.issue(database, actor, note_id, version, render_note)


def draft_and_issue(database: Database, actor: Actor, draft: NoteDraft) -> Issued:
    """Save ``draft`` as a new note and issue it (the ``briefing --issue`` command)."""
    note = briefings.create_draft(database, actor, draft)
    return issue_note(database, actor, note.id, note.version)


def regenerate(database: Database, actor: Actor, note_id: int) -> bytes:
    """Render a saved note again from the database as it is now.

    For an issued note whose records have not changed since, the bytes are those stored at
    issue (the journal hash printed is the one of the issue); otherwise the result is a new
    version to compare, never a replacement of the stored PDF.
    """
    return render_note(briefings.compose_note(database, actor, note_id).content)


def pack(database: Database, actor: Actor, title: str, drafts: Sequence[NoteDraft],
         pack_date: dt.date, sender: str = "", dossier_ids: Sequence[int] = ()
         ) -> tuple[bytes, PackContent]:
    """A briefing pack of the notes composed from ``drafts`` (at least one) and the sheets of
    ``dossier_ids``, all within the actor's clearance; nothing is written."""
    if not drafts:
        raise ValueError("a pack holds at least one note")
    notes = tuple(briefings.compose(database, actor, draft).content for draft in drafts)
    return _pack(database, actor, title, notes, pack_date, sender, dossier_ids)


def pack_of_notes(database: Database, actor: Actor, title: str, note_ids: Sequence[int],
                  pack_date: dt.date, sender: str = "", dossier_ids: Sequence[int] = (),
                  state: TaskState | None = None) -> tuple[bytes, PackContent]:
    """The pack of saved notes ``note_ids`` (in that order), each composed from the database
    as it is now, with the sheets of ``dossier_ids``: the window's « Constituer un dossier de
    briefing ». A note or dossier above the actor's clearance answers as missing; nothing is
    written. ``state`` hears of each note composed (and may cancel between them)."""
    if not title.strip():
        raise ValidationError(translate("Briefing", "Le titre du dossier de briefing est "
                                                    "obligatoire."), "title")
    if not note_ids:
        raise ValidationError(translate("Briefing", "Choisissez au moins une note pour le "
                                                    "dossier de briefing."), "notes")
    notes = []
    for done, note_id in enumerate(note_ids):
        if state is not None:
            state.report(translate("Briefing", "Composition des notes"), done, len(note_ids))
        notes.append(briefings.compose_note(database, actor, note_id).content)
    return _pack(database, actor, title.strip(), tuple(notes), pack_date, sender, dossier_ids)


def _pack(database: Database, actor: Actor, title: str, notes: tuple[NoteContent, ...],
          pack_date: dt.date, sender: str, dossier_ids: Sequence[int]
          ) -> tuple[bytes, PackContent]:
    content = PackContent(letterhead=notes[0].letterhead, title=title, pack_date=pack_date,
                          recipient=notes[0].recipient, notes=notes,
                          sheets=briefings.sheets(database, actor, dossier_ids), sender=sender,
                          journal_hash=notes[0].journal_hash)
    return render_pack(content), content
