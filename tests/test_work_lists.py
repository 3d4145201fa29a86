"""« À traiter » by role, the lists it opens, reminders since the last session, and the
missions' quick actions: counts checked against plain SQL on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text, update

from cabinet_desktop.domain.entities import AuditEntry, Dossier
from cabinet_desktop.domain.enums import (
    Classification,
    DossierState,
    MissionStatus,
    Periodicity,
    Role,
)
from cabinet_desktop.domain.errors import ValidationError
from cabinet_desktop.services import (
    listing,
    missions,
    records,
    reminders,
    session_guard,
    work_lists,
)
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.listing import ListQuery
from cabinet_desktop.store.database import Database
from tests.factories import dossier, make_user, mission

TODAY = dt.date(2026, 12, 7)  # a Monday


def _noon(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC)


def _set_state(database: Database, dossier_id: int, state: DossierState) -> None:
    """The circuit's step, written directly (its actions are another module's)."""
    with database.writing() as session:
        session.execute(update(Dossier).where(Dossier.id == dossier_id).values(state=state))


def _person(database: Database, actor: Actor) -> int:
    with database.reading() as session:
        person = session_guard.current(session, actor).person_id
    assert person is not None
    return person


@pytest.fixture
def cabinet(database: Database, system: Actor) -> dict[str, Actor]:
    """A conseiller, a DC and a secretariat account with dossiers and missions at each step."""
    ct = make_user(database, "ct", Role.ADVISER, Classification.CONFIDENTIAL, "Issa", "Kaboré")
    other = make_user(database, "ct2", Role.ADVISER, Classification.SECRET, "Awa", "Traoré")
    dc = make_user(database, "dc", Role.DIRECTOR, Classification.SECRET, "Aminata", "Sawadogo")
    sec = make_user(database, "sec", Role.SECRETARIAT, Classification.RESTRICTED, "Rasmata",
                    "Zongo")
    mine, theirs = _person(database, ct), _person(database, other)
    late, soon = TODAY - dt.timedelta(days=2), TODAY + dt.timedelta(days=3)
    received = TODAY - dt.timedelta(days=20)
    for number, (instructor, state, due, level) in enumerate((
            (mine, DossierState.RECEIVED, late, Classification.UNCLASSIFIED),
            (mine, DossierState.UNDER_REVIEW, soon, Classification.RESTRICTED),
            (mine, DossierState.UNDER_REVIEW, late, Classification.SECRET),  # above his clearance
            (mine, DossierState.AVIS_PROPOSED, late, Classification.UNCLASSIFIED),
            (theirs, DossierState.UNDER_REVIEW, late, Classification.UNCLASSIFIED),
            (None, DossierState.RECEIVED, soon, Classification.UNCLASSIFIED),
            (None, DossierState.RECEIVED, late, Classification.UNCLASSIFIED),
            (theirs, DossierState.AVIS_VALIDATED, None, Classification.UNCLASSIFIED),
            (theirs, DossierState.SENT_TO_MINISTER, None, Classification.UNCLASSIFIED))):
        made = dossier(database, system, object=f"Dossier {number}", instructor_id=instructor,
                       received_date=received, avis_due_date=due, classification=level)
        _set_state(database, made.id, state)
    mission(database, system, title="Ma mission en retard", assignee_id=mine,
            due_date=TODAY - dt.timedelta(days=1), origin="cabinet_initiative")
    mission(database, system, title="Ma mission de la semaine", assignee_id=mine,
            due_date=TODAY + dt.timedelta(days=5), origin="cabinet_initiative")
    mission(database, system, title="Ma mission du mois prochain", assignee_id=mine,
            due_date=TODAY + dt.timedelta(days=40), origin="cabinet_initiative")
    mission(database, system, title="Ma mission achevée", assignee_id=mine,
            due_date=TODAY - dt.timedelta(days=3), status="done",
            completed_date=TODAY - dt.timedelta(days=4), origin="cabinet_initiative")
    mission(database, system, title="Instruction échue", assignee_id=theirs,
            due_date=TODAY - dt.timedelta(days=6), instruction_date=TODAY - dt.timedelta(days=30),
            instruction_authority="Le Ministre")
    mission(database, system, title="Instruction de la semaine", assignee_id=theirs,
            due_date=TODAY + dt.timedelta(days=2))
    indicator = records.create(database, system, "indicator", {
        "name": "Taux de traitement", "level": "output", "unit": "%", "baseline_value": 40,
        "direction": "increase", "periodicity": "quarterly"}).record
    records.create(database, system, "measurement", {
        "indicator_id": indicator.id, "period": "2026-T2", "value": 50})
    return {"ct": ct, "dc": dc, "sec": sec}


def _lines(database: Database, actor: Actor) -> dict[str, work_lists.WorkLine]:
    return {line.key: line for line in work_lists.to_do(database, actor, TODAY)}


def _sql_count(database: Database, sql: str, **params: object) -> int:
    with database.reading() as session:
        return int(session.execute(text(sql), params).scalar_one())


def test_each_role_sees_its_own_work_counted_as_sql_counts_it(
        database: Database, cabinet: dict[str, Actor]) -> None:
    ct, dc, sec = cabinet["ct"], cabinet["dc"], cabinet["sec"]
    mine = _person(database, ct)
    lines = _lines(database, ct)
    assert list(lines) == ["avis_to_give", "my_missions_due"]
    assert lines["avis_to_give"].count == _sql_count(
        database, "SELECT count(*) FROM dossiers WHERE instructor_id = :me AND state IN "
        "('received', 'under_review') AND NOT archived AND classification <= 2", me=mine) == 2
    assert lines["avis_to_give"].late == 1
    assert lines["my_missions_due"].count == _sql_count(
        database, "SELECT count(*) FROM missions WHERE assignee_id = :me AND status NOT IN "
        "('done', 'cancelled') AND due_date <= :limit AND NOT archived", me=mine,
        limit=TODAY + dt.timedelta(days=7)) == 2
    assert lines["my_missions_due"].late == 1

    lines = _lines(database, dc)
    assert list(lines) == ["avis_to_validate", "to_impute", "instructions_due"]
    assert lines["avis_to_validate"].count == _sql_count(
        database, "SELECT count(*) FROM dossiers WHERE state = 'avis_proposed'") == 1
    only = lines["avis_to_validate"].only_id
    assert only is not None and records.get(database, dc, "dossier", only).get(
        "object") == "Dossier 3"  # one record: the line opens it
    assert lines["to_impute"].count == _sql_count(
        database, "SELECT count(*) FROM dossiers WHERE state = 'received' "
        "AND instructor_id IS NULL") == 2
    assert lines["to_impute"].only_id is None  # several: the line opens the filtered list
    assert lines["instructions_due"].count == _sql_count(
        database, "SELECT count(*) FROM missions WHERE origin = 'minister_instruction' AND "
        "status NOT IN ('done', 'cancelled') AND due_date <= :limit",
        limit=TODAY + dt.timedelta(days=7)) == 2
    assert lines["instructions_due"].late == 1

    lines = _lines(database, sec)
    assert {key: line.count for key, line in lines.items()} == {
        "to_transmit": 1, "decisions_to_record": 1, "measurements_due": 1}
    assert _lines(database, Actor(None, "admin", "Admin", Role.ADMIN,
                                  Classification.SECRET)) == {}


def test_a_line_opens_a_list_holding_exactly_its_records(
        database: Database, cabinet: dict[str, Actor]) -> None:
    for actor in cabinet.values():
        for line in work_lists.to_do(database, actor, TODAY):
            query = ListQuery(work=(line.key,))
            page = listing.page(database, actor, line.kind, query, today=TODAY)
            assert page.total == line.count == len(page.rows), line.key
            assert listing.count(database, actor, line.kind, query, today=TODAY) == line.count


def test_my_lists_and_the_instructions_register(database: Database,
                                                cabinet: dict[str, Actor]) -> None:
    ct, dc = cabinet["ct"], cabinet["dc"]
    titles = {row["title"] for row in listing.page(
        database, ct, "mission", ListQuery(work=("my_missions", "open_missions"))).rows}
    assert titles == {"Ma mission en retard", "Ma mission de la semaine",
                      "Ma mission du mois prochain"}
    # the DC has no dossier of his own: « Mes dossiers » is empty, not everything
    assert listing.count(database, dc, "dossier", ListQuery(work=("my_dossiers",))) == 0
    assert listing.count(database, ct, "dossier", ListQuery(work=("my_dossiers",))) == 3
    register = listing.page(database, dc, "mission", ListQuery(work=("instructions",)))
    assert {row["title"] for row in register.rows} == {"Instruction échue",
                                                       "Instruction de la semaine"}
    with pytest.raises(KeyError):
        listing.count(database, dc, "dossier", ListQuery(work=("instructions",)))


def test_last_closed_period() -> None:
    day = dt.date(2026, 12, 7)
    assert work_lists.last_closed_period(Periodicity.QUARTERLY, day) == "2026-T3"
    assert work_lists.last_closed_period(Periodicity.HALF_YEARLY, day) == "2026-S1"
    assert work_lists.last_closed_period(Periodicity.MONTHLY, day) == "2026-11"
    assert work_lists.last_closed_period(Periodicity.YEARLY, day) == "2025"
    assert work_lists.last_closed_period(Periodicity.MONTHLY, dt.date(2027, 1, 3)) == "2026-12"
    assert work_lists.last_closed_period(Periodicity.QUARTERLY, dt.date(2027, 2, 3)) == "2026-T4"


def test_reminders_list_what_became_due_or_late_since_the_last_session(
        database: Database, cabinet: dict[str, Actor]) -> None:
    ct = cabinet["ct"]
    first = reminders.pending(database, ct, _noon(TODAY))
    assert first.since is None
    assert {(item.title, item.late) for item in first.items} == {
        ("Dossier 0", True), ("Ma mission en retard", True)}
    reminders.mark_seen(database, ct, _noon(TODAY))
    assert reminders.pending(database, ct, _noon(TODAY) + dt.timedelta(hours=3)).empty
    # three days later: what was still ahead then is due or late now, the rest is not repeated
    later = reminders.pending(database, ct, _noon(TODAY + dt.timedelta(days=3)))
    assert later.since == TODAY
    assert [(item.title, item.late, item.due) for item in later.items] == [
        ("Dossier 1", False, TODAY + dt.timedelta(days=3))]
    assert (later.late, later.due_today) == (0, 1)
    # another account's moment is its own
    assert not reminders.pending(database, cabinet["dc"], _noon(TODAY)).empty


def test_mission_progress_and_status(database: Database, system: Actor) -> None:
    dc = make_user(database, "dc", Role.DIRECTOR)
    made = mission(database, system, due_date=TODAY + dt.timedelta(days=10))
    saved = missions.set_progress(database, dc, made.id, made.version, missions.Progress(
        MissionStatus.IN_PROGRESS, 40), today=TODAY)
    assert (saved.record["status"], saved.record["progress"]) == (MissionStatus.IN_PROGRESS, 40)
    with pytest.raises(ValidationError, match="Motif"):
        missions.set_progress(database, dc, made.id, saved.record.version, missions.Progress(
            MissionStatus.CANCELLED, 40, reason="  "), today=TODAY)
    with pytest.raises(ValidationError, match="futur"):
        missions.set_progress(database, dc, made.id, saved.record.version, missions.Progress(
            MissionStatus.DONE, 40, TODAY + dt.timedelta(days=1)), today=TODAY)
    done = missions.set_progress(database, dc, made.id, saved.record.version,
                                 missions.Progress(MissionStatus.DONE, 40, TODAY), today=TODAY)
    assert (done.record["progress"], done.record["completed_date"]) == (100, TODAY)
    cancelled = missions.set_progress(database, dc, made.id, done.record.version,
                                      missions.Progress(MissionStatus.CANCELLED, 100,
                                                        reason="Sans objet après le remaniement"),
                                      today=TODAY)
    assert cancelled.record["status_reason"] == "Sans objet après le remaniement"
    assert cancelled.record["completed_date"] is None
    with database.reading() as session:
        author, changes = session.execute(
            select(AuditEntry.actor, AuditEntry.changes).where(AuditEntry.entity == "mission")
            .order_by(AuditEntry.id.desc()).limit(1)).one()
    assert author.startswith("Awa") and "status_reason" in changes


def test_a_reader_may_not_change_a_mission(database: Database, system: Actor) -> None:
    from cabinet_desktop.domain.errors import PermissionDenied

    reader = make_user(database, "lecteur", Role.READER)
    made = mission(database, system)
    with pytest.raises(PermissionDenied):
        missions.set_progress(database, reader, made.id, made.version,
                              missions.Progress(MissionStatus.DONE, 100, TODAY), today=TODAY)
