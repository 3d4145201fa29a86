"""Schema migrations: every revision upgrades an existing database without losing data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from cabinet_desktop.store import schema
from cabinet_desktop.store.database import create_database_engine, open_database
from tests.conftest import empty_database_url


def test_upgrade_from_first_revision_keeps_data(backend: str, tmp_path: Path,
                                                request: pytest.FixtureRequest) -> None:
    url = empty_database_url(backend, tmp_path, request)
    from sqlalchemy.engine import make_url

    engine = create_database_engine(make_url(url))
    with engine.begin() as conn:
        command.upgrade(schema.alembic_config(conn), "0001_initial")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO attributions (code, label, position) VALUES ('A01', 'Orienter', 1)"))
        conn.execute(text(
            "INSERT INTO persons (civility, first_name, last_name, function, phone, email, "
            "active, version, created_at, updated_at) VALUES ('M.', 'Issa', 'Sawadogo', 'DC', "
            "'', '', true, 1, :now, :now)"), {"now": dt.datetime(2026, 1, 1)})
    engine.dispose()
    database = open_database(url)
    try:
        with database.reading() as session:
            assert schema.current_revision(session.connection()) == schema.head_revision()
            name = session.execute(text("SELECT last_name FROM persons")).scalar_one()
            assert name == "Sawadogo"
            assert session.execute(text("SELECT count(*) FROM attributions")).scalar() == 13
    finally:
        database.close()


def test_revisions_form_one_line() -> None:
    script = ScriptDirectory.from_config(schema.alembic_config())
    assert len(script.get_heads()) == 1
    assert script.get_base() == "0001_initial"


def test_models_match_migrations(tmp_path: Path) -> None:
    """Autogenerate finds nothing to add: the mappings and the migrations agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from cabinet_desktop.domain.entities import Base

    database = open_database(str(tmp_path / "cmp.sqlite3"))
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": False})
        diff = [d for d in compare_metadata(context, Base.metadata)
                if not (isinstance(d, tuple) and str(d[0]).endswith("table")
                        and "search" in str(d[1]))]
    database.close()
    assert diff == []


def test_head_constant_is_alembic_head() -> None:
    """Start-up compares the recorded revision with ``HEAD_REVISION`` without loading Alembic."""
    assert schema.alembic_head() == schema.HEAD_REVISION
    assert schema.head_revision() == ScriptDirectory.from_config(
        schema.alembic_config()).get_current_head()


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "ready.sqlite3"
    open_database(str(path)).close()
    code = ("import sys; from cabinet_desktop.store.database import open_database; "
            f"open_database({str(path)!r}, create=False).close(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_upgrade_to_list_indexes_drops_archived_indexes(backend: str, tmp_path: Path,
                                                        request: pytest.FixtureRequest) -> None:
    from sqlalchemy import inspect
    from sqlalchemy.engine import make_url

    url = empty_database_url(backend, tmp_path, request)
    engine = create_database_engine(make_url(url))
    with engine.begin() as conn:
        command.upgrade(schema.alembic_config(conn), "0003_search_rowid")
        before = {i["name"] for i in inspect(conn).get_indexes("dossiers")}
    engine.dispose()
    assert "ix_dossiers_archived" in before
    database = open_database(url)
    try:
        with database.engine.connect() as conn:
            after = {i["name"] for i in inspect(conn).get_indexes("dossiers")}
            missions = {i["name"] for i in inspect(conn).get_indexes("missions")}
            if backend == "sqlite":
                assert conn.execute(text("SELECT count(*) FROM sqlite_master "
                                         "WHERE name = 'sqlite_stat1'")).scalar() == 1
    finally:
        database.close()
    assert "ix_dossiers_archived" not in after and "ix_missions_archived" not in missions
    assert "ix_dossiers_classification_archived" in after
