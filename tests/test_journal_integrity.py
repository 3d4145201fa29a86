"""The journal's chain cannot be cut or rewritten unnoticed: anchors, a missing head, ids."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from cabinet_desktop.cli import main
from cabinet_desktop.services.accounts import create_first_admin
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.audit import verify
from cabinet_desktop.store.audit_chain import JournalDamaged, entry_hash
from cabinet_desktop.store.database import Database, open_database
from tests import factories
from tests.conftest import older_schema

ADMIN_PASSWORD = "Baobab sous la pluie 7"


@pytest.fixture
def signed_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CABINET_USER", "admin")
    monkeypatch.setenv("CABINET_PASSWORD", ADMIN_PASSWORD)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def url_of(database: Database) -> str:
    return database.url.render_as_string(hide_password=False)


def hashes(database: Database) -> list[tuple[int, str]]:
    with database.reading() as session:
        return [(r.id, r.hash) for r in session.execute(
            text("SELECT id, hash FROM audit_entries ORDER BY id"))]


def cut_tail(database: Database, keep: int) -> None:
    """What a forger does: delete the newest entries and set the head on the last one kept."""
    with database.writing() as session:
        row = session.execute(text("SELECT id, hash FROM audit_entries ORDER BY id "
                                   "LIMIT 1 OFFSET :n"), {"n": keep - 1}).one()
        session.execute(text("DELETE FROM audit_entries WHERE id > :id"), {"id": row.id})
        session.execute(text("UPDATE audit_head SET last_id = :id, last_hash = :h"),
                        {"id": row.id, "h": row.hash})


def test_cut_tail_is_found_by_its_anchor(database: Database, system: Actor, signed_in: None,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    create_first_admin(database, "admin", ADMIN_PASSWORD)
    for number in range(3):
        factories.mission(database, system, title=f"Mission {number}")
    kept_anchor = hashes(database)[1][1]
    newest = hashes(database)[-1][1]  # printed on a note, saved with a backup
    code, out, _ = run(capsys, "--database", url_of(database), "audit", "verify",
                       "--expect", newest, "--expect", kept_anchor.upper())
    assert code == 0 and out.count("présente") == 2
    cut_tail(database, keep=2)
    assert verify(database).ok  # the chain alone cannot tell
    code, out, err = run(capsys, "--database", url_of(database), "audit", "verify",
                         "--expect", newest, "--expect", kept_anchor)
    assert code == 4
    assert f"Ancre {newest} : ABSENTE" in err
    assert f"Ancre {kept_anchor} : présente (entrée n° 2)" in out


def test_rewritten_and_rechained_journal_loses_its_anchor(database: Database,
                                                          system: Actor) -> None:
    for number in range(3):
        factories.mission(database, system, title=f"Mission {number}")
    anchor = hashes(database)[-1][1]
    with database.writing() as session:  # rewrite entry 2 and recompute every hash after it
        rows = session.execute(text("SELECT * FROM audit_entries ORDER BY id")).mappings().all()
        prev = rows[0]["hash"]
        for row in rows[1:]:
            changes = '{"title": [null, "falsifié"]}' if row["id"] == rows[1]["id"] \
                else row["changes"]
            entry = session.execute(text("SELECT * FROM audit_entries WHERE id = :id"),
                                    {"id": row["id"]}).mappings().one()
            from cabinet_desktop.domain.entities import AuditEntry
            at = session.get(AuditEntry, row["id"]).at  # type: ignore[union-attr]
            digest = entry_hash(prev, at, entry["user_id"], entry["actor"], entry["action"],
                                entry["entity"], entry["entity_id"], entry["reference"], changes)
            session.execute(text("UPDATE audit_entries SET changes = :c, prev_hash = :p, "
                                 "hash = :h WHERE id = :id"),
                            {"c": changes, "p": prev, "h": digest, "id": row["id"]})
            prev = digest
        session.execute(text("UPDATE audit_head SET last_hash = :h"), {"h": prev})
    report = verify(database, [anchor])
    assert report.ok and not report.anchors_ok
    assert report.anchors == ((anchor, None),)


def test_missing_head_is_a_broken_journal(database: Database, system: Actor, signed_in: None,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    create_first_admin(database, "admin", ADMIN_PASSWORD)
    factories.mission(database, system)
    with database.writing() as session:
        session.execute(text("DELETE FROM audit_head"))
    report = verify(database)
    assert not report.ok and report.problem == "head_missing"
    with pytest.raises(JournalDamaged, match="sa tête est absente"):
        factories.mission(database, system)
    code, _, err = run(capsys, "--database", url_of(database), "info")  # signing in
    assert code == 69
    assert "Le journal d'audit est endommagé (sa tête est absente)" in err
    assert "inattendue" not in err
    code, _, err = run(capsys, "--database", url_of(database), "audit", "verify")
    assert code == 3 and "la tête du journal est absente" in err


def test_journal_ids_are_never_given_again(database: Database, system: Actor) -> None:
    for number in range(4):
        factories.mission(database, system, title=f"Mission {number}")
    cut_ids = [entry for entry, _ in hashes(database)[2:]]
    cut_tail(database, keep=2)
    factories.mission(database, system, title="Après la coupure")
    new_id = hashes(database)[-1][0]
    assert new_id > max(cut_ids)


def test_an_id_at_or_below_the_head_is_refused(database: Database, system: Actor) -> None:
    """A head naming a later entry than the table holds: the next number would be reused."""
    factories.mission(database, system)
    with database.writing() as session:
        session.execute(text("UPDATE audit_head SET last_id = 1000000"))
    with pytest.raises(JournalDamaged, match="a déjà servi"):
        factories.mission(database, system)


def test_bad_anchor_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--database", str(tmp_path / "x.sqlite3"), "audit", "verify",
                       "--expect", "abc")
    assert code == 2 and "n'est pas une empreinte" in err
    assert not (tmp_path / "x.sqlite3").exists()


def test_upgrade_to_0007_keeps_the_journal_and_never_reuses_a_cut_id(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    from cabinet_desktop.services.actor import system_actor

    with older_schema("0006_search_per_kind", backend, tmp_path, request) as (url, connection):
        prev = "0" * 64
        import datetime as dt
        at = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
        for number in (1, 2, 3):
            digest = entry_hash(prev, at, None, "système", "system", "test", None, "", "{}")
            connection.execute(text(
                "INSERT INTO audit_entries (id, at, actor, action, entity, reference, changes, "
                "prev_hash, hash) VALUES (:id, :at, 'système', 'system', 'test', '', '{}', :p, "
                ":h)"), {"id": number, "at": at.replace(tzinfo=None) if backend == "sqlite"
                          else at, "p": prev, "h": digest})
            prev = digest
        # Entry 3 then 4 and 5 were cut before the upgrade; the head names 5, the table 3.
        connection.execute(text("DELETE FROM audit_entries WHERE id = 3"))
        connection.execute(text("INSERT INTO audit_head (id, last_id, last_hash) "
                                "VALUES (1, 5, :h)"), {"h": prev})
    database = open_database(url)
    try:
        assert [entry for entry, _ in hashes(database)] == [1, 2]
        with database.writing() as session:  # repaired by hand: the head on entry 2
            last = session.execute(text("SELECT hash FROM audit_entries WHERE id = 2")).scalar()
            session.execute(text("UPDATE audit_head SET last_hash = :h"), {"h": last})
        factories.mission(database, system_actor("tests"))
        assert hashes(database)[-1][0] > 5
        assert verify(database).ok
    finally:
        database.close()
