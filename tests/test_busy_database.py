"""A base held by another client past the wait: « La base est occupée… », exit 75, nothing
changed; on both backends."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from sqlalchemy import func, select

from cabinet_desktop.cli import main
from cabinet_desktop.domain.entities import AuditEntry
from cabinet_desktop.domain.errors import BusyError
from cabinet_desktop.services.accounts import create_first_admin
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.store import database as store_database
from cabinet_desktop.store.database import Database, open_database
from tests import factories

ADMIN_PASSWORD = "Baobab sous la pluie 7"


@contextmanager
def held_by_another_client(database: Database) -> Iterator[None]:
    """Another PC in the middle of a long save: the write lock (SQLite) or the journal's head
    row (PostgreSQL, where every save locks it) is held until the block ends."""
    if database.is_sqlite:
        other = sqlite3.connect(str(database.url.database), isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            other.execute("ROLLBACK")
            other.close()
        return
    dsn = database.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn) as other:
        other.execute("SELECT * FROM audit_head FOR UPDATE")
        yield
        other.rollback()


def journal_size(database: Database) -> int:
    with database.reading() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_database, "BUSY_TIMEOUT_MS", 300)


def test_busy_base_is_a_french_message_with_exit_75(database: Database, short_wait: None,
                                                    capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    create_first_admin(database, "admin", ADMIN_PASSWORD)
    monkeypatch.setenv("CABINET_USER", "admin")
    monkeypatch.setenv("CABINET_PASSWORD", ADMIN_PASSWORD)
    url = database.url.render_as_string(hide_password=False)
    before = journal_size(database)
    with held_by_another_client(database):
        code = main(["--database", url, "info"])  # signing in journals: a write
    err = capsys.readouterr().err
    assert code == 75, err
    assert "La base est occupée par un autre poste" in err and "0,3 secondes" in err
    assert "inattendue" not in err
    assert journal_size(database) == before
    assert main(["--database", url, "info"]) == 0  # once released, it works


def test_busy_base_during_a_save_in_a_service(database: Database, system: Actor,
                                              short_wait: None) -> None:
    client = open_database(database.url, migrate=False)  # an engine with the short wait
    try:
        with held_by_another_client(database), pytest.raises(BusyError):
            factories.mission(client, system)
        assert factories.mission(client, system).values["reference"].endswith("-0001")
    finally:
        client.close()
