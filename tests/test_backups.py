"""Backups and restores on both backends: written while others work, checked, inspected,
restored into a copy then swapped (SQLite) or in one transaction (PostgreSQL), either way."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from sqlalchemy import select, text

from cabinet_desktop.domain.entities import AuditEntry, Dossier, Mission
from cabinet_desktop.domain.enums import AuditAction, Role
from cabinet_desktop.domain.errors import PermissionDenied, StorageError
from cabinet_desktop.domain.retention import kept_backups
from cabinet_desktop.services import backups
from cabinet_desktop.services.actor import Actor, system_actor
from cabinet_desktop.services.audit import verify
from cabinet_desktop.services.search import search
from cabinet_desktop.store import backup as store_backup
from cabinet_desktop.store.backup import BackupError
from cabinet_desktop.store.database import Database, open_database
from tests import factories
from tests.conftest import create_pg_database, drop_pg_database, pg_url, require_postgresql
from tests.ui_support import fill_cabinet


@pytest.fixture
def admin(database: Database) -> Actor:
    return factories.make_user(database, "admin", Role.ADMIN)


@pytest.fixture
def filled(database: Database, system: Actor) -> Database:
    fill_cabinet(database, system)
    return database


def contents(database: Database) -> dict[str, object]:
    """What a restore must bring back: references, titles, the journal's end."""
    with database.reading() as session:
        return {
            "missions": sorted(session.execute(select(Mission.reference, Mission.title)).all()),
            "dossiers": sorted(session.execute(
                select(Dossier.reference, Dossier.object, Dossier.classification)).all()),
        }


def last_entry(database: Database) -> tuple[AuditAction, str, str]:
    with database.reading() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None
        return entry.action, entry.changes, entry.actor


def journal_hashes(database: Database) -> list[str]:
    with database.reading() as session:
        return list(session.scalars(select(AuditEntry.hash).order_by(AuditEntry.id)))


def test_backup_is_checked_carries_the_anchor_and_is_journaled(
        filled: Database, admin: Actor, tmp_path: Path) -> None:
    before = verify(filled)
    target = tmp_path / "sauvegardes" / "cabinet.cabinet-backup"
    result = backups.make_backup(filled, admin, target)
    manifest = result.manifest
    assert result.path == target and target.is_file()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert manifest.journal_last_hash == before.last_hash
    assert manifest.journal_entries == before.checked
    assert manifest.source_backend == filled.backend
    assert manifest.count("missions") == 6 and manifest.count("dossiers") == 6
    assert backups.inspect_backup(target) == manifest
    action, changes, _ = last_entry(filled)
    assert action is AuditAction.BACKUP and manifest.journal_last_hash in changes
    assert verify(filled, [manifest.journal_last_hash]).anchors_ok
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]  # no scratch left


def test_only_an_administrator_backs_up(filled: Database, tmp_path: Path) -> None:
    director = factories.make_user(filled, "dc", Role.DIRECTOR)
    with pytest.raises(PermissionDenied):
        backups.make_backup(filled, director, tmp_path / "x.cabinet-backup")
    assert not (tmp_path / "x.cabinet-backup").exists()


def test_sqlite_backup_while_another_client_saves(sqlite_database: Database, system: Actor,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    fill_cabinet(sqlite_database, system)
    admin = factories.make_user(sqlite_database, "admin", Role.ADMIN)
    monkeypatch.setattr(store_backup, "PAGES_PER_STEP", 4)  # many steps
    other = open_database(sqlite_database.url, migrate=False)  # another PC on the same file
    saved: list[str] = []

    def save_meanwhile(step: str, done: int, total: int) -> None:
        if not saved and 0 < done < total:
            saved.append(factories.mission(other, system, title="Pendant la sauvegarde")
                         .values["reference"])

    from cabinet_desktop.services.tasks import TaskState

    result = backups.make_backup(sqlite_database, admin, tmp_path / "b.cabinet-backup",
                                 TaskState(save_meanwhile))
    other.close()
    assert saved, "the other client's save did not run during the backup"
    assert result.manifest.count("missions") == 6  # a snapshot: before that save
    restored = backups.restore_backup(result.path, str(tmp_path / "r.sqlite3"), None)
    database = open_database(str(tmp_path / "r.sqlite3"), create=False)
    try:
        assert verify(database).ok
        assert saved[0] not in str(contents(database)["missions"])
    finally:
        database.close()
    assert restored.kept_aside is None


def test_restore_into_a_new_sqlite_file_from_either_backend(filled: Database, admin: Actor,
                                                            tmp_path: Path) -> None:
    expected = contents(filled)
    result = backups.make_backup(filled, admin, tmp_path / "b.cabinet-backup")
    target = tmp_path / "restaurée.sqlite3"
    outcome = backups.restore_backup(result.path, str(target), None)
    assert outcome.kept_aside is None
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    database = open_database(str(target), create=False)
    try:
        assert contents(database) == expected
        hashes = journal_hashes(database)
        assert result.manifest.journal_last_hash in hashes
        report = verify(database, [result.manifest.journal_last_hash])
        assert report.ok and report.anchors_ok
        assert last_entry(database)[0] is AuditAction.BACKUP_RESTORE
        factories.mission(database, system_actor("tests"))  # ids go on after the copy
        assert len(search(database, admin, "fiscalité")) > 0  # the index came along
    finally:
        database.close()


def test_restore_over_an_existing_sqlite_base_keeps_it_aside(
        sqlite_database: Database, system: Actor, tmp_path: Path) -> None:
    fill_cabinet(sqlite_database, system)
    admin = factories.make_user(sqlite_database, "admin", Role.ADMIN)
    result = backups.make_backup(sqlite_database, admin, tmp_path / "b.cabinet-backup")
    expected = contents(sqlite_database)
    factories.mission(sqlite_database, system, title="Après la sauvegarde")
    changed = contents(sqlite_database)
    path = Path(str(sqlite_database.url.database))
    sqlite_database.close()
    with pytest.raises(StorageError, match="confirmez son remplacement"):
        backups.restore_backup(result.path, str(path), admin)
    outcome = backups.restore_backup(result.path, str(path), admin, replace=True)
    assert outcome.kept_aside is not None and ".before-restore-" in outcome.kept_aside.name
    restored = open_database(str(path), create=False)
    aside = open_database(str(outcome.kept_aside), create=False)
    try:
        assert contents(restored) == expected
        assert contents(aside) == changed
        assert verify(restored).ok and verify(aside).ok
    finally:
        restored.close()
        aside.close()


def test_only_an_administrator_of_the_base_replaces_it(sqlite_database: Database,
                                                       system: Actor, tmp_path: Path) -> None:
    admin = factories.make_user(sqlite_database, "admin", Role.ADMIN)
    director = factories.make_user(sqlite_database, "dc", Role.DIRECTOR)
    result = backups.make_backup(sqlite_database, admin, tmp_path / "b.cabinet-backup")
    path = str(sqlite_database.url.database)
    sqlite_database.close()
    for actor in (None, director):
        with pytest.raises(PermissionDenied):
            backups.restore_backup(result.path, path, actor, replace=True)
    assert not list(tmp_path.glob("*.before-restore-*"))


def test_sqlite_backup_restores_into_postgresql(sqlite_database: Database, system: Actor,
                                                tmp_path: Path) -> None:
    """An office moves from one PC's file to the server: a backup and a restore."""
    require_postgresql()
    fill_cabinet(sqlite_database, system)
    admin = factories.make_user(sqlite_database, "admin", Role.ADMIN)
    expected = contents(sqlite_database)
    result = backups.make_backup(sqlite_database, admin, tmp_path / "b.cabinet-backup")
    name = create_pg_database()
    try:
        backups.restore_backup(result.path, pg_url(name), None)
        server = open_database(pg_url(name), create=False)
        try:
            assert contents(server) == expected
            assert verify(server, [result.manifest.journal_last_hash]).anchors_ok
            record = factories.mission(server, system, title="Première sur le serveur")
            assert record.values["reference"].endswith("-0007")  # counters came along
            assert len(search(server, admin, "fiscalité")) > 0
            before = contents(server)
            with pytest.raises(StorageError, match="confirmez son remplacement"):
                backups.restore_backup(result.path, pg_url(name), admin)
            assert contents(server) == before
        finally:
            server.close()
    finally:
        drop_pg_database(name)


def test_postgresql_replace_is_one_transaction_and_keeps_the_old_base(
        tmp_path: Path, system: Actor) -> None:
    require_postgresql()
    name = create_pg_database()
    try:
        server = open_database(pg_url(name))
        fill_cabinet(server, system)
        admin = factories.make_user(server, "admin", Role.ADMIN)
        result = backups.make_backup(server, admin, tmp_path / "b.cabinet-backup")
        expected = contents(server)
        factories.mission(server, system, title="Après la sauvegarde")
        server.close()
        outcome = backups.restore_backup(result.path, pg_url(name), admin, replace=True)
        assert outcome.kept_aside is not None and outcome.kept_aside.is_file()
        assert backups.inspect_backup(outcome.kept_aside).count("missions") == 7
        server = open_database(pg_url(name), create=False)
        try:
            assert contents(server) == expected
            assert verify(server).ok
        finally:
            server.close()
    finally:
        drop_pg_database(name)


def test_encrypted_base_gives_an_encrypted_backup(tmp_path: Path, system: Actor) -> None:
    from cabinet_desktop.store.encryption import PassphraseRequired, is_encrypted_file

    passphrase = "Une phrase secrète assez longue"
    database = open_database(str(tmp_path / "chiffrée.sqlite3"), passphrase=passphrase)
    try:
        factories.mission(database, system, title="Mission confidentielle du cabinet")
        admin = factories.make_user(database, "admin", Role.ADMIN)
        result = backups.make_backup(database, admin, tmp_path / "b.cabinet-backup")
    finally:
        database.close()
    assert is_encrypted_file(result.path)
    assert b"Mission confidentielle" not in result.path.read_bytes()
    with pytest.raises(PassphraseRequired):
        backups.inspect_backup(result.path)
    with pytest.raises(BackupError, match="Phrase secrète incorrecte"):
        backups.inspect_backup(result.path, "une autre phrase bien longue")
    assert backups.inspect_backup(result.path, passphrase).count("missions") == 1
    target = tmp_path / "restaurée.sqlite3"
    backups.restore_backup(result.path, str(target), None, passphrase=passphrase)
    assert is_encrypted_file(target)
    restored = open_database(str(target), create=False, passphrase=passphrase)
    try:
        assert verify(restored).ok
    finally:
        restored.close()


def test_damaged_or_foreign_backups_are_refused(sqlite_database: Database,
                                                tmp_path: Path) -> None:
    admin = factories.make_user(sqlite_database, "admin", Role.ADMIN)
    factories.mission(sqlite_database, system_actor("tests"))
    result = backups.make_backup(sqlite_database, admin, tmp_path / "b.cabinet-backup")
    truncated = tmp_path / "tronquée.cabinet-backup"
    truncated.write_bytes(result.path.read_bytes()[: result.path.stat().st_size // 2])
    with pytest.raises(BackupError, match="endommagée"):
        backups.inspect_backup(truncated)
    with pytest.raises(BackupError, match="n'est pas une sauvegarde"):
        backups.inspect_backup(Path(str(sqlite_database.url.database)))
    tampered = tmp_path / "falsifiée.cabinet-backup"
    tampered.write_bytes(result.path.read_bytes())
    import sqlite3

    with sqlite3.connect(tampered) as connection:
        connection.execute("UPDATE audit_entries SET actor = 'intrus'")
    with pytest.raises(BackupError, match="journal altéré"):
        backups.inspect_backup(tampered)
    with pytest.raises(StorageError, match="est une sauvegarde"):
        open_database(str(result.path))
    assert not (tmp_path / "x.sqlite3").exists()
    with pytest.raises(BackupError, match="n'existe pas"):
        backups.inspect_backup(tmp_path / "absente.cabinet-backup")


def test_existing_backup_file_is_never_overwritten(sqlite_database: Database,
                                                   tmp_path: Path) -> None:
    admin = factories.make_user(sqlite_database, "admin", Role.ADMIN)
    target = tmp_path / "b.cabinet-backup"
    target.write_bytes(b"autre chose")
    with pytest.raises(BackupError, match="existe déjà"):
        backups.make_backup(sqlite_database, admin, target)
    assert target.read_bytes() == b"autre chose"


# --------------------------------------------------------------------------- automatic


def test_retention_keeps_the_newest_of_each_day_week_and_month() -> None:
    moments = [dt.datetime(2026, 1, 1) + dt.timedelta(days=n, hours=n % 3) for n in range(400)]
    moments += [dt.datetime(2027, 2, 4, 7, 0)]  # two the same day: the newer one counts
    kept = kept_backups(moments, daily=7, weekly=4, monthly=12)
    newest = max(moments)
    days = sorted({m.date() for m in kept})
    assert newest == dt.datetime(2027, 2, 4, 7, 0) and newest in kept
    assert dt.datetime(2027, 2, 4, 0, 0) not in kept  # same day, older
    assert days[-7:] == [newest.date() - dt.timedelta(days=n) for n in range(6, -1, -1)]
    months = {(m.year, m.month) for m in kept}
    assert len(months) == 12 and (2026, 2) not in months
    weeks = {m.isocalendar()[:2] for m in kept}
    assert len(weeks) <= 4 + 12 + 1
    assert len(kept) <= 7 + 4 + 12
    assert kept_backups(moments, 0, 0, 0) == set()


def test_daily_backup_at_first_sign_in_and_pruning(database: Database, tmp_path: Path,
                                                   admin: Actor) -> None:
    folder = tmp_path / "clé USB"
    backups.save_backup_settings(database, admin, str(folder), 2, 1, 1)
    reader = factories.make_user(database, "lecteur", Role.READER)
    folder.mkdir()
    for days in (40, 9, 8, 3):  # older automatic backups, and one made by hand
        moment = dt.datetime(2026, 12, 3, 8, 0) - dt.timedelta(days=days)
        (folder / f"auto-cabinet-{moment:%Y-%m-%d-%H%M%S}.cabinet-backup").write_bytes(b"x")
    manual = folder / "cabinet-2026-10-01-080000.cabinet-backup"
    manual.write_bytes(b"x")
    now = dt.datetime(2026, 12, 3, 8, 30, tzinfo=dt.UTC)
    first = backups.backup_if_due(database, reader, now=now)
    assert first is not None and first.path.parent == folder
    assert backups.inspect_backup(first.path).journal_entries > 0
    assert backups.backup_if_due(database, reader, now=now + dt.timedelta(hours=3)) is None
    left = sorted(p.name for p in folder.iterdir())
    assert manual.name in left  # never pruned
    autos = [n for n in left if n.startswith("auto-")]
    assert autos == sorted([first.path.name, "auto-cabinet-2026-11-30-080000.cabinet-backup"])
    assert {p.name for p in first.pruned} == {
        "auto-cabinet-2026-10-24-080000.cabinet-backup",
        "auto-cabinet-2026-11-24-080000.cabinet-backup",
        "auto-cabinet-2026-11-25-080000.cabinet-backup"}
    assert "lecteur" in last_entry(database)[2]


def test_two_backups_in_the_same_second_get_two_files(database: Database, admin: Actor,
                                                      tmp_path: Path) -> None:
    backups.save_backup_settings(database, admin, str(tmp_path), 7, 4, 12)
    now = dt.datetime(2026, 12, 3, 8, 30, tzinfo=dt.UTC)
    first = backups.make_backup(database, admin, now=now)
    second = backups.make_backup(database, admin, now=now)
    assert first.path != second.path and second.path.name.endswith(
        f"-2{store_backup.BACKUP_SUFFIX}")
    again = backups.make_backup(database, admin, now=now, automatic=True)
    twice = backups.make_backup(database, admin, now=now, automatic=True)
    assert set(backups.automatic_backups(tmp_path).values()) == {again.path, twice.path}


def test_backup_settings_are_the_administrators(database: Database, admin: Actor) -> None:
    from cabinet_desktop.domain.errors import ValidationError

    director = factories.make_user(database, "dc", Role.DIRECTOR)
    with pytest.raises(PermissionDenied):
        backups.save_backup_settings(database, director, "", 7, 4, 12)
    with pytest.raises(ValidationError, match="au moins une"):
        backups.save_backup_settings(database, admin, "", 0, 0, 0)
    settings = backups.save_backup_settings(database, admin, "/media/usb", 3, 2, 6)
    assert (str(settings.folder), settings.keep_daily) == ("/media/usb", 3)
    with database.reading() as session:
        assert session.execute(text("SELECT count(*) FROM settings WHERE key LIKE 'backup_%'")
                               ).scalar() == 4


def test_backups_are_anchors_for_the_journal(database: Database, admin: Actor,
                                             system: Actor, tmp_path: Path) -> None:
    folder = tmp_path / "sauvegardes"
    backups.save_backup_settings(database, admin, str(folder), 7, 4, 12)
    factories.mission(database, system, title="Une")
    first = backups.make_backup(database, admin)
    factories.mission(database, system, title="Deux")
    second = backups.make_backup(database, admin)
    (folder / f"autre{store_backup.BACKUP_SUFFIX}").write_bytes(b"pas une sauvegarde")
    anchors = backups.backup_anchors(database)
    assert [a.journal_hash for a in anchors] == [first.manifest.journal_last_hash,
                                                 second.manifest.journal_last_hash]
    assert verify(database, [a.journal_hash for a in anchors]).anchors_ok
    with database.writing() as session:  # the forger cuts everything after the first backup
        session.execute(text("DELETE FROM audit_entries WHERE id > :id"),
                        {"id": first.manifest.journal_last_id})
        session.execute(text("UPDATE audit_head SET last_id = :id, last_hash = :h"),
                        {"id": first.manifest.journal_last_id,
                         "h": first.manifest.journal_last_hash})
    report = verify(database, [a.journal_hash for a in anchors])
    assert report.ok and not report.anchors_ok
    assert dict(report.anchors)[second.manifest.journal_last_hash] is None
