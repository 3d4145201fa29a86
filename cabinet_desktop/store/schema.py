"""Schema version checks and Alembic upgrades, run by the application at start.

Opening an up-to-date database must not import Alembic (about 0.1 s, most of it parsing every
migration script): :data:`HEAD_REVISION` names the newest shipped revision, the recorded one
is read with one ``SELECT``, and Alembic is loaded only when the two differ. A test checks
that the constant equals Alembic's head, so adding a migration without updating it fails.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

#: The newest revision in ``migrations/versions`` (kept equal to Alembic's head by a test).
HEAD_REVISION = "0012_work_list_indexes"

VERSION_TABLE = "alembic_version"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration pointing at the shipped migrations (no ini file needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision this version of the application knows."""
    return HEAD_REVISION


def alembic_head() -> str:
    """The head revision as Alembic computes it from the migration scripts (slow)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migration shipped"
    return head


def known_revisions() -> set[str]:
    """Every revision shipped with this version of the application."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def is_known(revision: str) -> bool:
    """Whether ``revision`` was shipped with this version (Alembic is read only if needed)."""
    return revision == HEAD_REVISION or revision in known_revisions()


def current_revision(connection: Connection) -> str | None:
    """The schema revision recorded in the database (``None`` for an empty database)."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:
        raise RuntimeError(f"several schema heads recorded: {sorted(rows)}")
    return str(rows[0]) if rows else None


def upgrade(engine: Engine, then: Callable[[Connection], None] | None = None) -> None:
    """Bring the schema to the newest revision in one transaction, with ``then`` (the
    reference data) in the same one: a process killed between the two would otherwise leave
    a base at the newest revision that is never seeded again."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
        if then is not None:
            then(connection)
