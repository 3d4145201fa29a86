"""Property: no path ever returns, counts or prints a record above the user's clearance.

Hypothesis builds random cabinets (dossiers, their attachments and briefing notes of random
classifications, one mission linked to every dossier) and random users (role, clearance), then
reads through every path a user has: records by id and by reference, attachments and their
content, list pages and counts, detail panels, global search, the dashboard and ``info``'s
counts. Each example starts from an emptied database (one database per test).
"""

# The lambdas below are called at once, inside the loop that defines them.
# ruff: noqa: B023

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from cabinet_desktop.domain import entities as e
from cabinet_desktop.domain.enums import Classification, Role
from cabinet_desktop.domain.errors import NotFoundError
from cabinet_desktop.services import dashboard, dossiers, listing, records, search
from cabinet_desktop.services.actor import Actor, system_actor
from cabinet_desktop.services.listing import ListQuery
from cabinet_desktop.services.maintenance import database_info
from cabinet_desktop.services.permissions import Action, allowed
from cabinet_desktop.store.database import Database
from cabinet_desktop.store.listing import listed_kinds

TODAY = dt.date.today()
WORD = "Zanzibar"

levels = st.sampled_from(list(Classification))


@dataclass
class Cabinet:
    dossiers: list[tuple[int, str, int]]  # id, reference, classification
    attachments: list[tuple[int, int]]  # id, effective classification
    notes: list[tuple[int, str, int]]
    mission_id: int


def _empty(database: Database) -> None:
    with database.writing() as session:
        for table in (e.Attachment.__table__, e.DossierStep.__table__, e.mission_dossiers,
                      e.Mission.__table__, e.Dossier.__table__, e.BriefingNote.__table__):
            session.execute(delete(table))


def _build(database: Database, dossier_specs: list[tuple[int, list[int]]],
           note_levels: list[int]) -> Cabinet:
    system = system_actor("tests")
    made: list[tuple[int, str, int]] = []
    attached: list[tuple[int, int]] = []
    for index, (level, attachment_levels) in enumerate(dossier_specs):
        dossier = records.create(database, system, "dossier", {
            "object": f"{WORD} dossier {index}", "received_date": TODAY,
            "avis_due_date": TODAY + dt.timedelta(days=3), "classification": level}).record
        made.append((dossier.id, dossier["reference"], level))
        for number, attachment_level in enumerate(attachment_levels):
            saved = dossiers.attach(database, system, dossier.id, f"{WORD}-{number}.pdf",
                                    f"contenu {index}-{number}".encode(), attachment_level)
            attached.append((saved.record.id, max(level, attachment_level)))
    notes = []
    for index, level in enumerate(note_levels):
        note = records.create(database, system, "briefing_note", {
            "note_date": TODAY, "object": f"{WORD} note {index}", "classification": level}).record
        notes.append((note.id, note["reference"], level))
    mission = records.create(database, system, "mission", {
        "title": f"{WORD} mission", "attribution_id": 1, "origin": "minister_instruction",
        "start_date": TODAY, "due_date": TODAY + dt.timedelta(days=30),
        "dossier_ids": [d[0] for d in made]}).record
    return Cabinet(made, attached, notes, mission.id)


def _refused(call: Any) -> bool:
    try:
        call()
    except NotFoundError:  # a record above clearance answers as a missing one
        return True
    return False


def _check_user(database: Database, cabinet: Cabinet, actor: Actor) -> None:
    level = int(actor.clearance)
    visible_dossiers = {d[0] for d in cabinet.dossiers if d[2] <= level}
    visible_notes = {n[0] for n in cabinet.notes if n[2] <= level}
    visible_attachments = {a[0] for a in cabinet.attachments if a[1] <= level}

    # Records by id and by reference: above clearance is refused, the rest is served.
    for dossier_id, reference, dossier_level in cabinet.dossiers:
        above = dossier_level > level
        assert _refused(lambda: records.get(database, actor, "dossier", dossier_id)) is above
        assert _refused(lambda: records.get_by_reference(database, actor, "dossier",
                                                          reference)) is above
        assert _refused(lambda: listing.detail(database, actor, "dossier", dossier_id)) is above
        if not above:
            shown = listing.detail(database, actor, "dossier", dossier_id)
            assert {a.id for a in shown.related["attachments"]} <= visible_attachments
            assert {a.id for a in dossiers.attachments(database, actor, dossier_id)} == {
                a for a, _ in cabinet.attachments if a in visible_attachments
                and _dossier_of(database, a) == dossier_id}
    for note_id, reference, note_level in cabinet.notes:
        above = note_level > level
        assert _refused(lambda: records.get(database, actor, "briefing_note", note_id)) is above
        assert _refused(lambda: records.get_by_reference(database, actor, "briefing_note",
                                                          reference)) is above
    for attachment_id, attachment_level in cabinet.attachments:
        above = attachment_level > level
        assert _refused(lambda: records.get(database, actor, "attachment",
                                            attachment_id)) is above
        assert _refused(lambda: dossiers.attachment_content(database, actor,
                                                            attachment_id)) is above

    # Lists and counts.
    expected = {"dossier": visible_dossiers, "briefing_note": visible_notes,
                "attachment": visible_attachments}
    for kind, ids in expected.items():
        if kind not in listed_kinds():
            continue
        for text in ("", WORD):
            query = ListQuery(text=text)
            page = listing.page(database, actor, kind, query)
            assert {row.id for row in page.rows} == ids, (kind, text)
            assert listing.count(database, actor, kind, query) == len(ids)

    # A mission's detail shows only the linked dossiers the user may see.
    mission = listing.detail(database, actor, "mission", cabinet.mission_id)
    assert {d.id for d in mission.related["dossiers"]} == visible_dossiers

    # Global search, by word and by each reference.
    found = search.search(database, actor, WORD, per_kind=100)
    assert {r.id for r in found.results if r.kind == "dossier"} == visible_dossiers
    assert {r.id for r in found.results if r.kind == "briefing_note"} <= visible_notes
    for _dossier_id, reference, dossier_level in cabinet.dossiers:
        hits = search.search(database, actor, reference).results
        assert (reference in {h.reference for h in hits}) is (dossier_level <= level)

    # Dashboard: dossiers awaiting the cabinet (all are "reçu" here).
    board = dashboard.dashboard(database, actor, today=TODAY)
    if board.awaiting_avis is not None:
        assert {i.id for i in board.awaiting_avis.items} == visible_dossiers
        assert board.awaiting_avis.total == len(visible_dossiers)

    # The audit journal (for the roles that read it) says nothing of records above clearance.
    if allowed(actor, Action.READ, "audit"):
        for _, reference, record_level in cabinet.dossiers + cabinet.notes:
            entries = listing.page(database, actor, "audit", ListQuery(text=reference)).rows
            assert bool(entries) is (record_level <= level), reference

    # `info` counts what the user is cleared for.
    counts = dict(database_info(database, level).counts)
    assert counts["Dossiers"] == len(visible_dossiers)
    assert counts["Notes au Ministre"] == len(visible_notes)
    assert counts["Pièces jointes"] == len(visible_attachments)


def _dossier_of(database: Database, attachment_id: int) -> int:
    with database.reading() as session:
        attachment = session.get(e.Attachment, attachment_id)
        assert attachment is not None
        return attachment.dossier_id


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(dossier_specs=st.lists(st.tuples(levels, st.lists(levels, max_size=2)),
                              min_size=1, max_size=4),
       note_levels=st.lists(levels, max_size=3),
       users=st.lists(st.tuples(st.sampled_from(list(Role)), levels), min_size=1, max_size=3))
def test_no_path_reveals_records_above_clearance(
        database: Database, dossier_specs: list[tuple[Classification, list[Classification]]],
        note_levels: list[Classification], users: list[tuple[Role, Classification]]) -> None:
    _empty(database)
    cabinet = _build(database, [(int(level), [int(a) for a in attachments])
                                for level, attachments in dossier_specs],
                     [int(level) for level in note_levels])
    for role, clearance in users:
        actor = Actor(user_id=None, login=f"u.{role.value}", display_name="Utilisateur",
                      role=role, clearance=clearance)
        assert allowed(actor, Action.READ, "dossier")
        _check_user(database, cabinet, actor)


def test_refusal_by_reference_is_journaled(database: Database) -> None:
    cabinet = _build(database, [(int(Classification.SECRET), [])], [])
    reader = Actor(user_id=None, login="lecteur", display_name="Lecteur", role=Role.READER,
                   clearance=Classification.RESTRICTED)
    _, reference, _ = cabinet.dossiers[0]
    with pytest.raises(NotFoundError, match="ne porte la référence"):
        records.get_by_reference(database, reader, "dossier", reference)
    with database.reading() as session:
        entry = session.execute(select(e.AuditEntry.action, e.AuditEntry.reference)
                                .order_by(e.AuditEntry.id.desc()).limit(1)).one()
    assert (entry.action, entry.reference) == ("access_denied", reference)
