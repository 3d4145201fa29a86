"""Fault suite: a process killed (SIGKILL) at chosen points of a save, a backup, a restore and
a migration; then the base is consistent, nothing is half-applied, the journal verifies and
the next start works. Both backends where it applies.

The normal run kills at a few telling points (well under a minute); ``-m faults_large`` runs
every statement of each operation in turn.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from cabinet_desktop.domain.entities import AuditEntry, Mission, ReferenceCounter
from cabinet_desktop.domain.enums import AuditAction, Role
from cabinet_desktop.services import backups
from cabinet_desktop.services.actor import Actor, system_actor
from cabinet_desktop.services.audit import verify
from cabinet_desktop.store import schema
from cabinet_desktop.store.database import Database, open_database
from tests import factories
from tests.conftest import (
    create_pg_database,
    drop_pg_database,
    older_schema,
    pg_url,
    require_postgresql,
)

ROOT = Path(__file__).resolve().parent.parent
RUNNER = ROOT / "tests" / "fault_runner.py"
KILLED = -9


def run_killed(operation: str, point: str, url: str, extra: str = "") -> int:
    """Run the operation in a fresh process that dies at ``point``; its return code."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT),
                                                       os.environ.get("PYTHONPATH", "")]))
    result = subprocess.run([sys.executable, str(RUNNER), operation, point, url, extra],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode in (0, KILLED), result.stderr
    return result.returncode


def url_of(database: Database) -> str:
    return database.url.render_as_string(hide_password=False)


def check_consistent(url: str) -> Database:
    """The next start works, the file is sound, the journal verifies; the base is returned."""
    database = open_database(url, create=False)
    if database.is_sqlite:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").first() is None
    report = verify(database)
    assert report.ok, report
    return database


def missions_and_journal(database: Database) -> tuple[int, int, int]:
    """Missions, their creation entries in the journal, and the mission counter's value."""
    with database.reading() as session:
        missions = session.scalar(select(func.count()).select_from(Mission)) or 0
        created = session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "mission", AuditEntry.action == AuditAction.CREATE)) or 0
        counter = session.scalar(select(func.coalesce(func.sum(ReferenceCounter.last), 0))
                                 .where(ReferenceCounter.kind == "mission")) or 0
    return int(missions), int(created), int(counter)


# --------------------------------------------------------------------------- a save

SAVE_POINTS = ["stmt:2", "stmt:5", "commit", "after_commit"]


def _kill_a_save(database: Database, point: str) -> None:
    system = system_actor("tests")
    factories.mission(database, system, title="Avant la panne")
    url = url_of(database)
    database.close()
    code = run_killed("save", point, url)
    assert code == KILLED, "the process was not killed: choose an earlier point"
    after = check_consistent(url)
    try:
        missions, created, counter = missions_and_journal(after)
        assert missions == created == counter  # all of the save, or none of it
        assert missions == (2 if point == "after_commit" else 1)
        record = factories.mission(after, system, title="Après la panne")
        assert record.values["reference"].endswith(f"-{missions + 1:04d}")
        assert verify(after).ok
    finally:
        after.close()


@pytest.mark.parametrize("point", SAVE_POINTS)
def test_killed_save(database: Database, point: str) -> None:
    _kill_a_save(database, point)


# --------------------------------------------------------------------------- a backup

BACKUP_POINTS = ["hook:copying", "hook:checked", "hook:before_publish"]


@pytest.mark.parametrize("point", BACKUP_POINTS)
def test_killed_backup(database: Database, system: Actor, tmp_path: Path, point: str) -> None:
    factories.mission(database, system)
    before = missions_and_journal(database)
    url = url_of(database)
    database.close()
    target = tmp_path / "sauvegardes" / "b.cabinet-backup"
    assert run_killed("backup", point, url, str(target)) == KILLED
    assert not target.exists()  # never a half-written file under the backup's name
    after = check_consistent(url)
    try:
        assert missions_and_journal(after) == before
        admin = factories.make_user(after, "admin", Role.ADMIN)
        result = backups.make_backup(after, admin, target)  # the next one works
        assert backups.inspect_backup(result.path).count("missions") == 1
    finally:
        after.close()


# --------------------------------------------------------------------------- a restore

RESTORE_POINTS = ["hook:copied", "hook:before_swap", "hook:aside_kept"]


def _two_states(database: Database, tmp_path: Path) -> tuple[Path, int]:
    """A backup holding one mission, then a base holding two: returns (backup, 2)."""
    system = system_actor("tests")
    admin = factories.make_user(database, "admin", Role.ADMIN)
    factories.mission(database, system, title="Dans la sauvegarde")
    result = backups.make_backup(database, admin, tmp_path / "b.cabinet-backup")
    factories.mission(database, system, title="Après la sauvegarde")
    return result.path, 2


@pytest.mark.parametrize("point", RESTORE_POINTS)
def test_killed_restore_on_sqlite(sqlite_database: Database, tmp_path: Path,
                                  point: str) -> None:
    backup, current = _two_states(sqlite_database, tmp_path)
    url = url_of(sqlite_database)
    sqlite_database.close()
    assert run_killed("restore", point, url, str(backup)) == KILLED
    after = check_consistent(url)
    try:
        assert missions_and_journal(after)[0] == current  # the swap did not happen
    finally:
        after.close()
    backups.restore_backup(backup, url, system_actor("tests"), replace=True)  # again: works
    restored = check_consistent(url)
    try:
        assert missions_and_journal(restored)[0] == 1
    finally:
        restored.close()


@pytest.mark.parametrize("point", ["hook:dropped", "stmt:400"])
def test_killed_restore_into_postgresql(tmp_path: Path, point: str) -> None:
    require_postgresql()
    name = create_pg_database()
    try:
        server = open_database(pg_url(name))
        backup, current = _two_states(server, tmp_path)
        server.close()
        assert run_killed("restore", point, pg_url(name), str(backup)) == KILLED
        after = check_consistent(pg_url(name))  # one transaction: the old base, whole
        try:
            assert missions_and_journal(after)[0] == current
        finally:
            after.close()
    finally:
        drop_pg_database(name)


# --------------------------------------------------------------------------- a migration


def _older_base(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    with older_schema("0006_search_per_kind", backend, tmp_path, request) as (url, connection):
        connection.execute(text(
            "INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, :h)"), {"h": "0" * 64})
    return url


@pytest.mark.parametrize("point", ["stmt:3", "stmt:12"])
def test_killed_migration(backend: str, tmp_path: Path, request: pytest.FixtureRequest,
                          point: str) -> None:
    url = _older_base(backend, tmp_path, request)
    assert run_killed("migrate", point, url) == KILLED
    engine_db = open_database(url, create=False, migrate=False)
    try:
        with engine_db.engine.connect() as connection:  # nothing half-applied
            revision = schema.current_revision(connection)
        # Killed inside the upgrade's transaction: still 0006. Later (PostgreSQL's migration
        # is short), the kill falls after its commit: the whole of 0007 is there.
        assert revision == "0006_search_per_kind" if point == "stmt:3" else \
            revision in ("0006_search_per_kind", schema.HEAD_REVISION)
    finally:
        engine_db.close()
    after = check_consistent(url)  # the next start migrates it whole
    try:
        with after.engine.connect() as connection:
            assert schema.current_revision(connection) == schema.HEAD_REVISION
        factories.mission(after, system_actor("tests"))
        assert missions_and_journal(after) == (1, 1, 1)
    finally:
        after.close()


# --------------------------------------------------------------------------- larger run


@pytest.mark.faults_large
@pytest.mark.parametrize("statement", range(1, 12))
def test_killed_save_at_every_statement(database: Database, statement: int) -> None:
    _kill_a_save(database, f"stmt:{statement}")


@pytest.mark.faults_large
@pytest.mark.parametrize("statement", range(1, 60, 4))
def test_killed_migration_at_many_statements(backend: str, tmp_path: Path,
                                             request: pytest.FixtureRequest,
                                             statement: int) -> None:
    url = _older_base(backend, tmp_path, request)
    run_killed("migrate", f"stmt:{statement}", url)  # past its last statement it just ends
    after = check_consistent(url)
    try:
        with after.engine.connect() as connection:
            assert schema.current_revision(connection) == schema.HEAD_REVISION
    finally:
        after.close()
