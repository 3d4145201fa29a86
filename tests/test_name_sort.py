"""Lists sorted by a person's name read the trigger-kept, indexed sort keys — on both backends."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from cabinet_desktop import demo
from cabinet_desktop.services import listing, records
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.listing import ListQuery
from cabinet_desktop.store import schema, sort_keys
from cabinet_desktop.store.database import Database, create_database_engine, open_database
from cabinet_desktop.store.listing import select_page, spec
from tests.conftest import older_schema

TODAY = dt.date.today()

#: (first name, last name) in the order a French reader expects: case and accents ignored.
PEOPLE = [("awa", "Traoré"), ("Éric", "Ouédraogo"), ("Eric", "Sawadogo"), ("Zoé", "Kaboré")]


def _person(database: Database, system: Actor, first: str, last: str) -> int:
    return records.create(database, system, "person",
                          {"first_name": first, "last_name": last}).record.id


@pytest.fixture
def people(database: Database, system: Actor) -> dict[str, int]:
    """Four persons, and per person (in reverse order) a dossier, a mission and a note."""
    ids = {f"{first} {last}": _person(database, system, first, last) for first, last in PEOPLE}
    for index, (name, person) in enumerate([*reversed(ids.items()), ("", None)]):
        records.create(database, system, "dossier", {
            "object": f"Dossier {index} {name}", "received_date": TODAY,
            "instructor_id": person})
        records.create(database, system, "mission", {
            "title": f"Mission {index}", "attribution_id": 1, "origin": "minister_instruction",
            "start_date": TODAY, "due_date": TODAY, "assignee_id": person})
        records.create(database, system, "briefing_note", {
            "note_date": TODAY, "object": f"Note {index}", "author_id": person})
    return ids


def _names(database: Database, system: Actor, kind: str, column: str,
           descending: bool = False) -> list[str]:
    rows = listing.page(database, system, kind, ListQuery(sort=column,
                                                          descending=descending)).rows
    return [row[column] for row in rows]


EXPECTED = ["awa Traoré", "Éric Ouédraogo", "Eric Sawadogo", "Zoé Kaboré"]


@pytest.mark.parametrize(("kind", "column"), [
    ("dossier", "instructor_name"), ("mission", "assignee_name"),
    ("briefing_note", "author_name")])
def test_names_sort_case_and_accent_insensitive_empty_last(
        database: Database, system: Actor, people: dict[str, int], kind: str,
        column: str) -> None:
    assert _names(database, system, kind, column) == [*EXPECTED, ""]
    # Éric and Eric fold to the same first name: the last names decide, either way.
    assert _names(database, system, kind, column, descending=True) == [*EXPECTED[::-1], ""]


def test_renaming_a_person_moves_every_row_of_that_person(
        database: Database, system: Actor, people: dict[str, int]) -> None:
    zoe = records.get(database, system, "person", people["Zoé Kaboré"])
    records.update(database, system, "person", zoe.id, zoe.version, {"first_name": "Adama"})
    expected = ["Adama Kaboré", *EXPECTED[:3], ""]
    assert _names(database, system, "dossier", "instructor_name") == expected
    assert _names(database, system, "mission", "assignee_name") == expected
    assert _names(database, system, "briefing_note", "author_name") == expected
    # A person whose name becomes blank (forms refuse it; a manual fix) sorts with the rows
    # without one.
    with database.writing() as session:
        session.execute(text("UPDATE persons SET first_name = '', last_name = ' ' "
                             "WHERE id = :id"), {"id": zoe.id})
    assert _names(database, system, "dossier", "instructor_name")[:3] == EXPECTED[:3]
    with database.reading() as session:
        keys = session.execute(text("SELECT instructor_sort FROM dossiers "
                                    "WHERE instructor_id = :id"), {"id": zoe.id}).scalars()
        assert list(keys) == [None]


def test_changing_or_clearing_the_instructor_moves_the_dossier(
        database: Database, system: Actor, people: dict[str, int]) -> None:
    rows = listing.page(database, system, "dossier", ListQuery(sort="instructor_name")).rows
    first, last = rows[0], rows[3]
    assert first["instructor_name"] == "awa Traoré"
    records.update(database, system, "dossier", first.id, first.version,
                   {"instructor_id": people["Zoé Kaboré"]})
    records.update(database, system, "dossier", last.id, last.version, {"instructor_id": None})
    rows = listing.page(database, system, "dossier", ListQuery(sort="instructor_name")).rows
    assert [r["instructor_name"] for r in rows] == [*EXPECTED[1:3], "Zoé Kaboré", "", ""]
    assert rows[2].id == first.id and last.id in {rows[3].id, rows[4].id}
    reverse = listing.page(database, system, "dossier",
                           ListQuery(sort="instructor_name", descending=True)).rows
    assert [r["instructor_name"] for r in reverse] == ["Zoé Kaboré", *EXPECTED[2:0:-1], "", ""]


@pytest.mark.parametrize("descending", [False, True])
def test_slices_from_the_end_agree_with_the_name_order(
        database: Database, system: Actor, people: dict[str, int], descending: bool) -> None:
    query = ListQuery(sort="instructor_name", descending=descending)
    everything = [r.id for r in listing.page(database, system, "dossier", query).rows]
    for size in (1, 2, 3):
        tail = listing.page(database, system, "dossier",
                            query.with_slice(0, size, from_end=True), with_total=False).rows
        assert [r.id for r in tail] == everything[-size:]


@pytest.mark.parametrize(("first", "last"), [
    ("Jean-Noël", "D'Œuvray"), ("ÇA", "ÆSOP"), ("", "Ñandú"), ("  ", "  "),
    ("Ÿvette", "Lefèvre")])
def test_database_key_is_the_python_key(database: Database, first: str, last: str) -> None:
    with database.writing() as session:
        session.execute(text(
            "INSERT INTO persons (civility, first_name, last_name, function, phone, email, "
            "active, version, created_at, updated_at) VALUES ('M.', :first, :last, '', '', '', "
            "true, 1, :now, :now)"), {"first": first, "last": last,
                                      "now": dt.datetime(2026, 1, 1)})
        person = session.execute(text("SELECT max(id) FROM persons")).scalar_one()
        session.execute(text(
            "INSERT INTO dossiers (reference, object, summary, origin_structure, received_date,"
            " sensitive, classification, instructor_id, state, avis_text, archived, version,"
            " created_at, updated_at) VALUES ('DOS-T-1', 'x', '', '', :day, false, 0, :person,"
            " 'received', '', false, 1, :now, :now)"),
            {"day": TODAY, "person": person, "now": dt.datetime(2026, 1, 1)})
        key = session.execute(text("SELECT instructor_sort FROM dossiers "
                                   "WHERE reference = 'DOS-T-1'")).scalar_one()
    assert key == sort_keys.name_key(first, last)
    assert key is None or key == key.strip() != ""


@pytest.mark.parametrize("descending", [False, True])
def test_sqlite_walks_the_name_index(sqlite_database: Database, descending: bool) -> None:
    dossiers = spec("dossier")
    query = ListQuery(sort="instructor_name", descending=descending)
    statement = select_page(dossiers, query, clearance=3, today=TODAY)
    with sqlite_database.reading() as session:
        connection = session.connection()
        sql = str(statement.compile(connection, compile_kwargs={"literal_binds": True}))
        plan = " | ".join(str(row[-1]) for row in
                          connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
    assert "ix_dossiers_instructor_sort" in plan, plan
    assert "TEMP B-TREE" not in plan, plan


def test_demo_load_fills_the_keys_and_restores_the_triggers(database: Database) -> None:
    demo.generate(database, "small", today=TODAY)
    with database.writing() as session:  # the triggers are back: a rename follows
        session.execute(text("UPDATE persons SET first_name = 'Ångström' WHERE id = "
                             "(SELECT min(instructor_id) FROM dossiers)"))
    with database.reading() as session:
        assert session.execute(text(
            "SELECT count(*) FROM dossiers WHERE instructor_sort LIKE 'angstrom %'")).scalar()
        for key in sort_keys.KEYS:
            rows = session.execute(text(
                f"SELECT t.{key.column}, p.first_name, p.last_name FROM {key.table} AS t "
                f"LEFT JOIN persons AS p ON p.id = t.{key.person_id}")).all()
            assert [r[0] for r in rows] == [
                sort_keys.name_key(r[1], r[2]) if r[2] is not None else None for r in rows]
            if key.table != "briefing_notes":  # the demo writes no notes
                assert any(r[0] for r in rows), key.table


def test_upgrade_from_list_indexes_fills_keys_and_downgrade_removes_them(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    now = dt.datetime(2026, 1, 1)
    with older_schema("0004_list_indexes", backend, tmp_path, request) as (url, conn):
        conn.execute(text(
            "INSERT INTO persons (civility, first_name, last_name, function, phone, email, "
            "active, version, created_at, updated_at) VALUES ('M.', 'Élise', 'Sawadogo', 'DC', "
            "'', '', true, 1, :now, :now)"), {"now": now})
        person = conn.execute(text("SELECT id FROM persons")).scalar_one()
        for number, who in ((1, person), (2, None)):
            conn.execute(text(
                "INSERT INTO dossiers (reference, object, summary, origin_structure,"
                " received_date, sensitive, classification, instructor_id, state, avis_text,"
                " archived, version, created_at, updated_at) VALUES (:ref, 'x', '', '', :day,"
                " false, 0, :who, 'received', '', false, 1, :now, :now)"),
                {"ref": f"DOS-{number}", "day": TODAY, "who": who, "now": now})
        conn.execute(text(
            "INSERT INTO missions (reference, title, description, attribution_id, origin,"
            " instruction_authority, expected_result, assignee_id, priority, status, progress,"
            " archived, version, created_at, updated_at) VALUES ('MIS-1', 't', '', 1,"
            " 'minister_instruction', '', '', :who, 'normal', 'todo', 0, false, 1, :now, :now)"),
            {"who": person, "now": now})
    database = open_database(url)
    try:
        with database.reading() as session:
            assert schema.current_revision(session.connection()) == schema.HEAD_REVISION
            keys = session.execute(text(
                "SELECT reference, instructor_sort FROM dossiers ORDER BY reference")).all()
            assert [tuple(k) for k in keys] == [("DOS-1", "elise sawadogo"), ("DOS-2", None)]
            assert session.execute(text(
                "SELECT assignee_sort FROM missions")).scalar_one() == "elise sawadogo"
            indexes = {i["name"] for i in inspect(session.connection()).get_indexes("dossiers")}
            assert "ix_dossiers_instructor_sort" in indexes
    finally:
        database.close()
    engine = create_database_engine(make_url(url))
    try:
        with engine.begin() as conn:
            command.downgrade(schema.alembic_config(conn), "0004_list_indexes")
        with engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("dossiers")}
            assert "instructor_sort" not in columns and "instructor_id" in columns
            # The persons' triggers are gone with the columns: a rename still saves.
            conn.execute(text("UPDATE persons SET first_name = 'Awa'"))
            conn.commit()
    finally:
        engine.dispose()
