"""Test set-up: offscreen Qt, a private data directory, migrated databases on both backends."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_DATA_DIR = tempfile.mkdtemp(prefix="cabinet-tests-")
os.environ["CABINET_DATA_DIR"] = _DATA_DIR
os.environ["XDG_CONFIG_HOME"] = os.path.join(_DATA_DIR, "config")  # QSettings: not the user's
os.environ.pop("CABINET_DATABASE_URL", None)
os.environ.pop("CABINET_LANG", None)

import psycopg  # noqa: E402
import pytest  # noqa: E402
from sqlalchemy import Connection, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from cabinet_desktop.services import passwords  # noqa: E402
from cabinet_desktop.services.actor import Actor, system_actor  # noqa: E402
from cabinet_desktop.store.database import Database, open_database  # noqa: E402

# argon2id with its production parameters costs 64 MiB and tens of milliseconds a hash: tests
# that create many accounts use the cheapest parameters (test_accounts checks the real ones).
passwords.configure_hasher(time_cost=1, memory_cost=8, parallelism=1)

#: The PostgreSQL server the tests use; override with CABINET_TEST_PG_URL.
PG_URL = os.environ.get("CABINET_TEST_PG_URL",
                        "postgresql+psycopg://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
BACKENDS = ("sqlite", "postgresql")


def _pg_admin_dsn(database: str | None = None) -> str:
    url = make_url(PG_URL)
    if database:
        url = url.set(database=database)
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def _pg_reason() -> str | None:
    try:
        with psycopg.connect(_pg_admin_dsn(), connect_timeout=3):
            return None
    except psycopg.Error as error:
        return str(error).strip().splitlines()[0]


_PG_PROBLEM = _pg_reason()


def require_postgresql() -> None:
    """Skip without a server on a developer's machine; fail in CI, where it must be there."""
    if _PG_PROBLEM is None:
        return
    message = f"PostgreSQL unreachable at {PG_URL}: {_PG_PROBLEM}"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


def _pg_execute(sql: str) -> None:
    with psycopg.connect(_pg_admin_dsn(), autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


def create_pg_database(template: str | None = None) -> str:
    """A new empty (or copied) PostgreSQL database; returns its name.

    Copying refuses while another session is connected to the template (an autovacuum worker
    now and then): tried again a few times before giving up.
    """
    name = f"cabinet_test_{uuid.uuid4().hex[:12]}"
    sql = f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")
    for attempt in range(10):
        try:
            _pg_execute(sql)
            return name
        except psycopg.errors.ObjectInUse:
            if attempt == 9:
                raise
            time.sleep(0.2)
    return name


def drop_pg_database(name: str) -> None:
    _pg_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def pg_url(name: str) -> str:
    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


def empty_database_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """The URL of a new, empty database on ``backend`` (dropped after the test)."""
    if backend == "sqlite":
        from cabinet_desktop.store.locations import sqlite_url

        return str(sqlite_url(tmp_path / "old.sqlite3"))
    require_postgresql()
    name = create_pg_database()
    request.addfinalizer(lambda: drop_pg_database(name))
    return pg_url(name)


@contextmanager
def older_schema(revision: str, backend: str, tmp_path: Path,
                 request: pytest.FixtureRequest) -> Iterator[tuple[str, Connection]]:
    """A new database on ``backend`` migrated only up to ``revision``, with attribution A01,
    for a migration test to fill before opening it (which upgrades it): ``(url, connection)``
    in one transaction, committed and closed at the end of the block."""
    from alembic import command

    from cabinet_desktop.store import schema
    from cabinet_desktop.store.database import create_database_engine

    url = empty_database_url(backend, tmp_path, request)
    engine = create_database_engine(make_url(url))
    try:
        with engine.begin() as connection:
            command.upgrade(schema.alembic_config(connection), revision)
            connection.execute(text("INSERT INTO attributions (code, label, position) "
                                    "VALUES ('A01', 'Orienter', 1)"))
            yield url, connection
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(str(path)).close()
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    require_postgresql()
    name = create_pg_database()
    open_database(pg_url(name)).close()
    yield name
    drop_pg_database(name)


def make_database(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Database:
    """A freshly migrated database of ``backend``, dropped after the test."""
    if backend == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        path = tmp_path / f"cabinet-{uuid.uuid4().hex[:6]}.sqlite3"
        shutil.copyfile(template, path)
        database = open_database(str(path))
        request.addfinalizer(database.close)
        return database
    require_postgresql()
    template = request.getfixturevalue("pg_template")
    name = create_pg_database(template)
    database = open_database(pg_url(name))

    def cleanup() -> None:
        database.close()
        drop_pg_database(name)

    request.addfinalizer(cleanup)
    return database


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Database:
    """A migrated, seeded, empty database: each test using it runs on SQLite and PostgreSQL."""
    return make_database(backend, tmp_path, request)


@pytest.fixture
def sqlite_database(tmp_path: Path, request: pytest.FixtureRequest) -> Database:
    """A migrated SQLite database, for tests that concern SQLite only."""
    return make_database("sqlite", tmp_path, request)


@pytest.fixture
def system() -> Actor:
    return system_actor("tests")


def bundle_tests_wanted() -> bool:
    """The bundle and ``.deb`` tests (minutes of PyInstaller) run in CI and when asked."""
    return (os.environ.get("CI", "").lower() == "true"
            or os.environ.get("CABINET_TEST_BUNDLE") == "1")


def _deselect(config: pytest.Config, items: list[pytest.Item], marker: str) -> None:
    chosen = [item for item in items if item.get_closest_marker(marker)]
    if chosen:
        config.hook.pytest_deselected(items=chosen)
        items[:] = [item for item in items if not item.get_closest_marker(marker)]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The larger fault suite runs only when asked (``-m faults_large``), the bundle tests in
    CI (``CI=true``) or with ``CABINET_TEST_BUNDLE=1``: elsewhere they are deselected, not
    skipped, from the normal run (in CI they run, and fail when the bundle fails)."""
    if "faults_large" not in (config.getoption("-m") or ""):
        _deselect(config, items, "faults_large")
    if not bundle_tests_wanted():
        _deselect(config, items, "bundle")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_DATA_DIR, ignore_errors=True)


@pytest.fixture(scope="session")
def qapp(qapp_args, qapp_cls, pytestconfig):  # type: ignore[no-untyped-def]
    """pytest-qt's application, set up as the real one (style, stylesheet, translations).

    Every GUI test then sees, and every screenshot shows, the window a user sees, whatever
    order the tests run in.
    """
    from cabinet_desktop.ui.app import make_application

    return make_application(list(qapp_args) or None)
