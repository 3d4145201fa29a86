"""A newer version started on an older base: a copy kept first, the data kept, and a failed
upgrade leaves the old base in use and says so — from every earlier schema revision, on
SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url

from cabinet_desktop.cli import main
from cabinet_desktop.store import database as store_database
from cabinet_desktop.store import schema, upgrade
from cabinet_desktop.store.database import create_database_engine, open_database
from cabinet_desktop.store.upgrade import UpgradeFailed
from tests.conftest import older_schema

EARLIER = [rev.revision for rev in
           reversed(list(ScriptDirectory.from_config(schema.alembic_config()).walk_revisions()))
           if rev.revision != schema.HEAD_REVISION]
NOW = dt.datetime(2026, 1, 1)


def test_every_earlier_revision_is_listed() -> None:
    numbers = [int(revision[:4]) for revision in EARLIER]
    assert EARLIER[0] == "0001_initial" and numbers == list(range(1, len(EARLIER) + 1))
    assert int(schema.HEAD_REVISION[:4]) == len(EARLIER) + 1  # every one but the newest


def _fill(connection: Connection) -> None:
    """A person and a dossier, written as the older version's tables hold them."""
    connection.execute(text(
        "INSERT INTO persons (civility, first_name, last_name, function, phone, email, active, "
        "version, created_at, updated_at) VALUES ('M.', 'Issa', 'Sawadogo', 'DC', '', '', true, "
        "1, :now, :now)"), {"now": NOW})
    connection.execute(text(
        "INSERT INTO dossiers (reference, object, summary, origin_structure, received_date, "
        "sensitive, classification, state, avis_text, archived, version, created_at, "
        "updated_at) VALUES ('DOS-2026-0001', 'Projet de décret', '', 'SG', :day, false, 0, "
        "'received', '', false, 1, :now, :now)"), {"day": NOW.date(), "now": NOW})


def _kept_data(connection: Connection) -> tuple[str, str, int]:
    return (connection.execute(text("SELECT last_name FROM persons")).scalar_one(),
            connection.execute(text("SELECT object FROM dossiers")).scalar_one(),
            int(connection.execute(text("SELECT count(*) FROM attributions")).scalar_one()))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _asides(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.{upgrade.SQLITE_ASIDE}-*"))


@pytest.mark.parametrize("revision", EARLIER)
def test_an_older_base_is_copied_then_upgraded_keeping_its_data(
        revision: str, backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    with older_schema(revision, backend, tmp_path, request) as (url, connection):
        _fill(connection)
    database = open_database(url)
    try:
        with database.reading() as session:
            assert schema.current_revision(session.connection()) == schema.HEAD_REVISION
            assert _kept_data(session.connection()) == ("Sawadogo", "Projet de décret", 13)
    finally:
        database.close()
    if backend == "sqlite":
        path = Path(str(make_url(url).database))
        (aside,) = _asides(path)
        assert aside.name.startswith(f"old.sqlite3.before-upgrade-{revision[:4]}-")
        copy = sqlite3.connect(aside)
        try:  # the copy is the older base as it was: the older version opens it as it is
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
            assert copy.execute("SELECT last_name FROM persons").fetchone() == ("Sawadogo",)
            assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        finally:
            copy.close()
        assert not list(path.parent.glob(".old.sqlite3.upgrading-*"))
    else:
        engine = create_database_engine(make_url(url))
        try:
            with engine.connect() as conn:
                (kept,) = conn.execute(text(
                    "SELECT nspname FROM pg_namespace WHERE nspname LIKE :start"),
                    {"start": f"{upgrade.SERVER_ASIDE}_{revision[:4]}_%"}).scalars().all()
                assert conn.execute(text(f'SELECT version_num FROM "{kept}".alembic_version')
                                    ).scalar_one() == revision
                assert conn.execute(text(f'SELECT last_name FROM "{kept}".persons')
                                    ).scalar_one() == "Sawadogo"
        finally:
            engine.dispose()
    again = open_database(url)  # up to date now: no second copy
    again.close()
    if backend == "sqlite":
        assert len(_asides(Path(str(make_url(url).database)))) == 1


def _failing_seed(connection: Connection) -> None:
    raise RuntimeError("échec simulé pendant la migration")


@pytest.mark.parametrize("revision", [EARLIER[0], EARLIER[-1]])
def test_a_failed_upgrade_leaves_the_old_base_in_use_and_says_so(
        revision: str, backend: str, tmp_path: Path, request: pytest.FixtureRequest,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with older_schema(revision, backend, tmp_path, request) as (url, connection):
        _fill(connection)
    path = Path(str(make_url(url).database))
    before = _sha(path) if backend == "sqlite" else ""
    monkeypatch.setattr(store_database, "seed_in_transaction", _failing_seed)
    with pytest.raises(UpgradeFailed) as caught:
        open_database(url)
    message = caught.value.message
    assert "a échoué : échec simulé pendant la migration" in message
    assert "La base n'a pas été modifiée" in message and "version précédente" in message
    engine = create_database_engine(make_url(url))
    try:
        with engine.connect() as conn:
            assert schema.current_revision(conn) == revision
            assert _kept_data(conn)[:2] == ("Sawadogo", "Projet de décret")
    finally:
        engine.dispose()
    if backend == "sqlite":
        (aside,) = _asides(path)
        assert str(aside) in message
        assert _sha(path) == before, "the base is byte for byte the one the older version left"
        assert not list(path.parent.glob(".old.sqlite3.upgrading-*"))
    monkeypatch.undo()
    database = open_database(url)  # the next start upgrades it
    try:
        with database.reading() as session:
            assert schema.current_revision(session.connection()) == schema.HEAD_REVISION
    finally:
        database.close()


def test_a_broken_check_after_migration_keeps_the_old_base(
        tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    with older_schema(EARLIER[-1], "sqlite", tmp_path, request) as (url, connection):
        _fill(connection)
    path = Path(str(make_url(url).database))
    before = _sha(path)

    states = iter([(True, 4, "0" * 64, None, ""), (False, 2, "0" * 64, 3, "empreinte")])
    monkeypatch.setattr(upgrade, "journal_state", lambda _engine: next(states))
    with pytest.raises(UpgradeFailed, match="journal différent après migration"):
        open_database(url)
    assert _sha(path) == before


def test_a_base_open_elsewhere_is_not_upgraded(tmp_path: Path,
                                                request: pytest.FixtureRequest) -> None:
    with older_schema(EARLIER[-1], "sqlite", tmp_path, request) as (url, connection):
        _fill(connection)
    path = Path(str(make_url(url).database))
    other = sqlite3.connect(path)  # another window or PC holds it open
    try:
        other.execute("PRAGMA journal_mode = WAL")
        other.execute("SELECT count(*) FROM persons").fetchone()
        with pytest.raises(UpgradeFailed, match="ouverte sur un autre poste"):
            open_database(url)
    finally:
        other.close()
    assert _asides(path) == []
    engine = create_database_engine(make_url(url))
    try:
        with engine.connect() as conn:
            assert schema.current_revision(conn) == EARLIER[-1]
    finally:
        engine.dispose()


def test_init_on_an_older_base_upgrades_it_and_a_failure_is_one_french_line(
        tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    with older_schema(EARLIER[-1], "sqlite", tmp_path, request) as (url, connection):
        _fill(connection)
    path = str(make_url(url).database)
    monkeypatch.setenv("CABINET_ADMIN_PASSWORD", "Baobab sous la pluie 7")
    monkeypatch.setattr(store_database, "seed_in_transaction", _failing_seed)
    assert main(["--database", path, "init"]) != 0
    err = capsys.readouterr().err
    assert err.startswith("Erreur : La mise à jour de la base") and "Traceback" not in err
    monkeypatch.undo()
    assert main(["--database", path, "init"]) == 0
    assert f"schéma {schema.HEAD_REVISION}" in capsys.readouterr().out
