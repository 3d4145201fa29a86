"""Foreign files and bases are refused before anything is written; creation only when asked."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import psycopg
import pytest

from cabinet_desktop.cli import main
from cabinet_desktop.domain.errors import StorageError
from cabinet_desktop.store.database import open_database
from tests.conftest import (
    _pg_admin_dsn,
    create_pg_database,
    drop_pg_database,
    pg_url,
    require_postgresql,
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def other_application_file(path: Path, wal: bool) -> bytes:
    """A SQLite file made by another program (a contacts list), closed; returns its bytes."""
    connection = sqlite3.connect(path)
    if wal:
        connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    connection.execute("INSERT INTO contacts VALUES ('Awa', '70 00 00 00')")
    connection.commit()
    connection.close()
    return path.read_bytes()


@pytest.mark.parametrize("command", ["init", "info", "demo"])
def test_empty_file_is_not_a_cabinet_base(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          command: str) -> None:
    path = tmp_path / "vide.sqlite3"
    path.write_bytes(b"")
    code, _, err = run(capsys, "--database", str(path), "--user", "admin", command)
    assert code == 69, err
    assert "n'est pas une base Cabinet Desktop" in err and str(path) in err
    assert path.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vide.sqlite3"]


@pytest.mark.parametrize("wal", [False, True])
@pytest.mark.parametrize("command", ["init", "info"])
def test_another_applications_sqlite_file_is_left_byte_for_byte(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], wal: bool, command: str) -> None:
    path = tmp_path / "contacts.db"
    before = other_application_file(path, wal)
    code, _, err = run(capsys, "--database", str(path), "--user", "admin", command)
    assert code == 69
    assert "n'est pas une base Cabinet Desktop" in err
    assert len(err.strip().splitlines()) == 1
    assert path.read_bytes() == before  # no table added, no switch to WAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contacts.db"]
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == ("wal" if wal
                                                                           else "delete")


def test_foreign_file_refused_by_the_store_while_open_elsewhere(tmp_path: Path) -> None:
    """Another program has its file open (a -wal beside it): still read without a write."""
    path = tmp_path / "contacts.db"
    other_application_file(path, wal=True)
    holder = sqlite3.connect(path)
    holder.execute("INSERT INTO contacts VALUES ('Ali', '')")
    holder.commit()  # stays in the WAL while the holder is open
    try:
        with pytest.raises(StorageError, match="n'est pas une base Cabinet Desktop"):
            open_database(str(path))
        assert holder.execute("SELECT count(*) FROM contacts").fetchone()[0] == 2
    finally:
        holder.close()
    with sqlite3.connect(path) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master")]
    assert tables == ["contacts"]


def test_new_file_only_where_asked(tmp_path: Path) -> None:
    path = tmp_path / "données" / "cabinet.sqlite3"
    with pytest.raises(StorageError, match="n'existe pas"):
        open_database(str(path), create=False)
    assert not path.parent.exists()
    database = open_database(str(path))  # init, or the window's first start
    database.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert sorted(p.name for p in path.parent.iterdir()) == ["cabinet.sqlite3"]
    open_database(str(path), create=False).close()  # a Cabinet base opens as before


def test_wal_and_shm_are_private(tmp_path: Path) -> None:
    path = tmp_path / "cabinet.sqlite3"
    database = open_database(str(path))
    try:
        with database.engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM attributions").scalar()
            for side in ("-wal", "-shm"):
                mode = stat.S_IMODE(Path(f"{path}{side}").stat().st_mode)
                assert mode == 0o600, (side, oct(mode))
    finally:
        database.close()


def test_killed_creation_leaves_no_half_made_base(tmp_path: Path) -> None:
    """Creation happens in a hidden file moved in place at the end (see test_faults too)."""
    import subprocess
    import sys

    path = tmp_path / "cabinet.sqlite3"
    code = ("import os, signal\n"
            "from cabinet_desktop.store import schema\n"
            "from cabinet_desktop.store.database import open_database\n"
            "def killed(engine):\n"
            "    os.kill(os.getpid(), signal.SIGKILL)\n"
            "schema.upgrade = killed\n"
            f"open_database({str(path)!r})\n")
    subprocess.run([sys.executable, "-c", code], check=False, timeout=120)
    assert not path.exists()
    open_database(str(path)).close()  # the next start creates it
    assert path.exists()


def test_postgresql_base_of_another_application_is_refused(
        capsys: pytest.CaptureFixture[str]) -> None:
    require_postgresql()
    name = create_pg_database()
    try:
        with psycopg.connect(_pg_admin_dsn(name), autocommit=True) as connection:
            connection.execute("CREATE TABLE invoices (id serial PRIMARY KEY, total numeric)")
        code, _, err = run(capsys, "--database", pg_url(name), "init")
        assert code == 69 and "n'est pas une base Cabinet Desktop" in err
        with psycopg.connect(_pg_admin_dsn(name)) as connection:
            tables = [r[0] for r in connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        assert tables == ["invoices"]
    finally:
        drop_pg_database(name)


def test_empty_postgresql_base_is_filled_only_by_init(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    require_postgresql()
    name = create_pg_database()
    try:
        code, _, err = run(capsys, "--database", pg_url(name), "--user", "admin", "info")
        assert code == 69 and "est vide" in err and "init" in err
        with psycopg.connect(_pg_admin_dsn(name)) as connection:
            assert connection.execute("SELECT count(*) FROM pg_tables "
                                      "WHERE schemaname = 'public'").fetchone() == (0,)
        monkeypatch.delenv("CABINET_ADMIN_PASSWORD", raising=False)
        code, out, _ = run(capsys, "--database", pg_url(name), "init")
        assert code == 0 and "Base prête" in out
    finally:
        drop_pg_database(name)
