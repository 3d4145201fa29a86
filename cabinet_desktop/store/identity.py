"""What a file or a server database holds, found out without writing a byte.

Opening a database switches it to WAL, creates tables and seeds rows: that must only happen to
a Cabinet Desktop database, or to a new one the user asked for. :func:`sqlite_kind` reads a
SQLite file's catalogue through a read-only connection (``immutable`` when no other process
has it open, so not even the ``-wal``/``-shm`` side files appear); :func:`server_kind` reads a
server database's table names. Both tell a Cabinet Desktop database from a backup of one, an
empty database and anything else.
"""

from __future__ import annotations

import enum
import os
import sqlite3
import urllib.parse
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, inspect

if TYPE_CHECKING:
    from cabinet_desktop.store.encryption import Cipher

#: Tables every revision of the schema has: with ``alembic_version`` they make a Cabinet base.
MARKER_TABLES = frozenset({"alembic_version", "attributions", "audit_entries", "audit_head"})
#: The table a backup carries its manifest in (``store/backup.py``).
BACKUP_TABLE = "cabinet_backup"


class Kind(enum.Enum):
    """What a database location holds."""

    EMPTY = "empty"  # no table at all (an empty server database)
    CABINET = "cabinet"
    BACKUP = "backup"  # a Cabinet Desktop backup (manifest table present)
    FOREIGN = "foreign"  # anything else: another application's data, a 0-byte file, not SQLite


def kind_of_tables(names: set[str]) -> Kind:
    """Classify a database from the names of its tables."""
    if not names:
        return Kind.EMPTY
    if names >= MARKER_TABLES:
        return Kind.BACKUP if BACKUP_TABLE in names else Kind.CABINET
    return Kind.FOREIGN


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI opening ``path`` read-only; ``immutable`` when no ``-wal`` is beside it
    (then nothing else has it open, and SQLite creates no side file)."""
    quoted = urllib.parse.quote(str(path.resolve()).replace(os.sep, "/"))
    busy = Path(f"{path}-wal").exists()
    return f"file:{quoted}?mode=ro" if busy else f"file:{quoted}?immutable=1"


def connect_read_only(path: Path, module: ModuleType = sqlite3,
                      cipher: Cipher | None = None) -> Any:
    """A DB-API connection to ``path`` that cannot write it (keyed with ``cipher``)."""
    connection = module.connect(read_only_uri(path), uri=True, check_same_thread=False)
    if cipher is not None:
        cipher.apply(connection)
    return connection


def sqlite_kind(path: Path, module: ModuleType = sqlite3, cipher: Cipher | None = None) -> Kind:
    """What the existing SQLite file at ``path`` holds; a 0-byte file is :attr:`Kind.FOREIGN`.

    Raises the driver's ``DatabaseError`` when the file cannot be read as a database (with a
    cipher: most likely the wrong passphrase).
    """
    if path.stat().st_size == 0:
        return Kind.FOREIGN
    connection = connect_read_only(path, module, cipher)
    try:
        names = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()
    return Kind.FOREIGN if not names else kind_of_tables(names)


def server_kind(connection: Connection) -> Kind:
    """What the server database behind ``connection`` holds (its current schema's tables)."""
    return kind_of_tables(set(inspect(connection).get_table_names()))
