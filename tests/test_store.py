"""Opening databases, migrations, transactions and reference allocation on both backends."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from cabinet_desktop.domain.entities import Attribution, AuditHead, Mission
from cabinet_desktop.domain.errors import StorageError
from cabinet_desktop.store import schema
from cabinet_desktop.store.database import Database, open_database
from cabinet_desktop.store.references import allocate_reference
from tests.conftest import pg_url


def test_new_database_is_migrated_and_seeded(database: Database) -> None:
    with database.reading() as session:
        assert schema.current_revision(session.connection()) == schema.head_revision()
        codes = list(session.scalars(select(Attribution.code).order_by(Attribution.position)))
        assert codes == [f"A{i:02d}" for i in range(1, 14)]
        assert session.get(AuditHead, 1) is not None


def test_sqlite_pragmas(sqlite_database: Database) -> None:
    with sqlite_database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_write_transaction_is_all_or_nothing(database: Database) -> None:
    with pytest.raises(RuntimeError), database.writing() as session:
        allocate_reference(session, "partner")
        session.execute(text("UPDATE attributions SET label = 'modifié' WHERE code = 'A01'"))
        raise RuntimeError("boom")
    with database.reading() as session:
        label = session.scalar(select(Attribution.label).where(Attribution.code == "A01"))
        assert label != "modifié"
    with database.writing() as session:
        assert allocate_reference(session, "partner") == "PAR-0001"


def test_sqlite_ddl_rolls_back_too(sqlite_database: Database) -> None:
    """With the driver's own BEGIN handling, DDL would commit implicitly: ours does not."""
    with pytest.raises(RuntimeError), sqlite_database.writing() as session:
        session.execute(text("CREATE TABLE scratch (x INTEGER)"))
        raise RuntimeError("boom")
    with sqlite_database.reading() as session:
        found = session.execute(text(
            "SELECT count(*) FROM sqlite_master WHERE name = 'scratch'")).scalar()
        assert found == 0


def test_references_are_sequential_per_kind_and_year(database: Database) -> None:
    with database.writing() as session:
        first = [allocate_reference(session, "mission", 2026) for _ in range(3)]
        other_year = allocate_reference(session, "mission", 2025)
        partner = allocate_reference(session, "partner")
    assert first == ["MIS-2026-0001", "MIS-2026-0002", "MIS-2026-0003"]
    assert other_year == "MIS-2025-0001"
    assert partner == "PAR-0001"


def _second_connection(database: Database, tmp_path: Path) -> Database:
    """Another client on the same database, through its own engine and connections."""
    return open_database(database.url, migrate=False)


def test_concurrent_reference_allocation(database: Database, tmp_path: Path) -> None:
    """Two clients (separate engines) and several threads save at once: no duplicate, no gap."""
    other = _second_connection(database, tmp_path)
    per_worker = 25
    results: list[str] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)
    lock = threading.Lock()

    def work(db: Database) -> None:
        try:
            barrier.wait()
            for _ in range(per_worker):
                with db.writing() as session:
                    reference = allocate_reference(session, "dossier", 2026)
                with lock:
                    results.append(reference)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(db,))
               for db in (database, other, database, other)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    other.close()
    assert not errors, errors
    assert len(results) == len(set(results)) == 4 * per_worker
    numbers = sorted(int(r.rsplit("-", 1)[1]) for r in results)
    assert numbers == list(range(1, 4 * per_worker + 1))


def test_rolled_back_reference_is_never_reused_after_commit(database: Database) -> None:
    with database.writing() as session:
        kept = allocate_reference(session, "partner")
    with pytest.raises(RuntimeError), database.writing() as session:
        allocate_reference(session, "partner")
        raise RuntimeError("cancelled save")
    with database.writing() as session:
        following = allocate_reference(session, "partner")
    assert kept == "PAR-0001"
    assert following == "PAR-0002"


# --------------------------------------------------------------------------- bad input


def test_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    content = b"Ceci est un rapport, pas une base." * 100
    path.write_bytes(content)
    with pytest.raises(StorageError, match="n'est pas une base Cabinet Desktop"):
        open_database(str(path))
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_directory_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="est un dossier"):
        open_database(str(tmp_path))


@pytest.mark.parametrize("url", [
    "postgresql://",
    "mysql://root@localhost/x",
    "postgresql://user@host:notaport/db",
    "sqlite://",
])
def test_malformed_urls(url: str) -> None:
    with pytest.raises(StorageError) as caught:
        open_database(url)
    assert "Traceback" not in caught.value.message
    assert caught.value.message[:1].isupper()


def test_unreachable_server() -> None:
    with pytest.raises(StorageError, match="Impossible de joindre"):
        open_database("postgresql://nobody@127.0.0.1:1/nowhere")


def test_unwritable_data_directory(tmp_path: Path) -> None:
    """A data directory that cannot be created (its parent is a file: fails even as root)."""
    blocker = tmp_path / "blocker"
    blocker.write_text("occupé")
    with pytest.raises(StorageError, match="Impossible de créer le dossier de données"):
        open_database(str(blocker / "sub" / "cabinet.sqlite3"))
    assert blocker.read_text() == "occupé"


def test_missing_file_without_create(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="n'existe pas"):
        open_database(str(tmp_path / "absent.sqlite3"), create=False)
    assert not (tmp_path / "absent.sqlite3").exists()


def test_schema_newer_than_the_app(database: Database) -> None:
    with database.writing() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    database.close()
    with pytest.raises(StorageError, match="version plus récente"):
        open_database(database.url)
    with database.engine.connect() as conn:  # untouched: still the future revision, no data
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
            "9999_future"
        assert conn.execute(select(func.count()).select_from(Mission)).scalar() == 0


def test_pg_url_helper_names_a_database() -> None:
    assert pg_url("abc").endswith("/abc")
