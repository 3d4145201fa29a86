"""Upgrading a database made by an older version: a copy kept first, nothing lost on failure.

A newer Cabinet Desktop started on an older base (``store/database.open_database``, so the
window, ``init`` and every command) upgrades it this way:

* **SQLite**: the file is copied aside first (SQLite's backup API inside one read
  transaction, so the copy is one consistent state): ``<name>.before-upgrade-<revision>-<date>``,
  beside it, a base the older version opens as it is. The copy is copied again to a hidden
  scratch file, which is migrated and seeded in one transaction, then checked (integrity,
  foreign keys, the journal's hash chain, the schema revision). Only then does the scratch
  file replace the base, in one rename, provided nobody wrote to the base meanwhile and no
  other window or PC has it open. Any failure leaves the base exactly as it was, in use by
  the older version, and says so in French, naming the copy.
* **PostgreSQL**: every table of the base is first copied, on the server, into a schema of its
  own (``cabinet_before_upgrade_<revision>_<date>``), in one transaction; then the migration
  runs in one transaction (Alembic's DDL is transactional on PostgreSQL), which a failure rolls
  back whole.

This module imports nothing of ``store/database.py`` (which calls it): the engine factory and
the seeding step are handed in.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import URL

from cabinet_desktop.domain.errors import StorageError
from cabinet_desktop.i18n import translate
from cabinet_desktop.store import schema
from cabinet_desktop.store.encryption import Cipher, sqlcipher
from cabinet_desktop.store.locations import describe

MakeEngine = Callable[[URL, "Cipher | None"], Engine]
Seed = Callable[[Connection], None]
#: the start of the name of the copies kept before an upgrade (SQLite file, PostgreSQL schema)
SQLITE_ASIDE = "before-upgrade"
SERVER_ASIDE = "cabinet_before_upgrade"


class UpgradeFailed(StorageError):
    """The upgrade did not happen; the base is left as it was (the message says so)."""


@dataclass(frozen=True, slots=True)
class Upgraded:
    """What an upgrade did: from which revision, and where the copy made first is."""

    from_revision: str
    kept: str


def _stamp(now: dt.datetime) -> str:
    return f"{now:%Y%m%d-%H%M%S}"


def _short(revision: str) -> str:
    """``0005_name_sort_keys`` → ``0005``."""
    return revision.split("_", 1)[0]


def _failed(where: str, revision: str, reason: str, kept: str | None) -> UpgradeFailed:
    if kept:
        return UpgradeFailed(translate(
            "Upgrade", "La mise à jour de la base « {where} » (schéma {revision} vers {head}) a "
                       "échoué : {reason}. La base n'a pas été modifiée : elle reste celle de la "
                       "version précédente de Cabinet Desktop, qui peut toujours l'ouvrir. Une "
                       "copie faite avant la mise à jour est gardée : {kept}.")
            .format(where=where, revision=revision, head=schema.HEAD_REVISION, reason=reason,
                    kept=kept))
    return UpgradeFailed(translate(
        "Upgrade", "La mise à jour de la base « {where} » (schéma {revision} vers {head}) n'a pas "
                   "pu commencer : {reason}. La base n'a pas été modifiée : elle reste celle de la "
                   "version précédente de Cabinet Desktop.")
        .format(where=where, revision=revision, head=schema.HEAD_REVISION, reason=reason))


def _no_copy(error: BaseException) -> str:
    return translate("Upgrade", "copie de sécurité impossible ({reason})").format(
        reason=_reason(error))


def _reason(error: BaseException) -> str:
    text_ = getattr(error, "message", None) or str(getattr(error, "orig", None) or error)
    return str(text_).strip().splitlines()[0] if str(text_).strip() else type(error).__name__


# --------------------------------------------------------------------------- SQLite


def _connect(path: Path, cipher: Cipher | None) -> Any:
    module: ModuleType = sqlcipher() if cipher is not None else sqlite3
    connection = module.connect(str(path), check_same_thread=False, isolation_level=None)
    if cipher is not None:
        cipher.apply(connection)
    connection.execute("PRAGMA busy_timeout = 15000")
    return connection


def _last_journal_id(connection: Any) -> int:
    return int(connection.execute("SELECT coalesce(max(id), 0) FROM audit_entries").fetchone()[0])


def _free(path: Path) -> Path:
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}-{number}")
    return candidate


def _copy_aside(path: Path, aside: Path, cipher: Cipher | None) -> int:
    """Copy the base to ``aside`` (a plain rollback-journal file) as one snapshot; return the id
    of the journal's last entry in that snapshot."""
    source = _connect(path, cipher)
    try:
        # A read transaction: one snapshot for the id and the pages (a write lock would make
        # the backup API wait for ever); a write meanwhile is seen by the id, before the swap.
        source.execute("BEGIN")
        try:
            last = _last_journal_id(source)
            fd = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
            target = _connect(aside, cipher)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
        finally:
            source.execute("ROLLBACK")
    finally:
        source.close()
    return last


JournalState = tuple[bool, int, str, "int | None", str]


def journal_state(engine: Engine) -> JournalState:
    """The journal's chain as verified now: intact or not, entries, last hash, first broken
    entry and the problem (the audit tables have kept their columns since the first schema)."""
    from sqlalchemy.orm import Session  # the ORM, only when a base is upgraded

    from cabinet_desktop.store.audit_chain import verify_chain

    with engine.connect() as connection:
        chain = verify_chain(Session(bind=connection))
        connection.rollback()
    return chain.ok, chain.checked, chain.last_hash, chain.broken_at, chain.problem


def check_base(engine: Engine, journal_before: JournalState) -> None:
    """Integrity, foreign keys, the newest schema, and a journal still intact with all its
    entries if it was intact before the migration (one altered earlier stays for ``audit
    verify`` to report: the base still opens), or :class:`StorageError` naming what is wrong."""
    with engine.connect() as connection:
        problems = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise StorageError(translate("Upgrade", "base endommagée après migration ({problems})")
                               .format(problems="; ".join(problems[:3])))
        if connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
            raise StorageError(translate("Upgrade", "références brisées après migration"))
        revision = schema.current_revision(connection)
        connection.rollback()
    if revision != schema.HEAD_REVISION:
        raise StorageError(translate("Upgrade", "schéma {revision} après migration")
                           .format(revision=revision))
    after = journal_state(engine)
    intact_before, checked_before = journal_before[0], journal_before[1]
    if intact_before and (not after[0] or after[1] < checked_before):
        raise StorageError(translate("Upgrade", "journal différent après migration ({before} "
                                                "entrées vérifiées avant, {after} après)")
                           .format(before=journal_before[1], after=after[1]))


def _migrate_copy(scratch: Path, url: URL, cipher: Cipher | None, make_engine: MakeEngine,
                  seed: Seed) -> None:
    """Migrate and seed the scratch copy in one transaction, then check it."""
    engine = make_engine(url.set(database=str(scratch)), cipher)
    try:
        before = journal_state(engine)
        schema.upgrade(engine, then=seed)
        check_base(engine, before)
    finally:
        engine.dispose()  # the last connection checkpoints and removes the WAL


def _sole_client(path: Path, cipher: Cipher | None) -> bool:
    """Whether nobody else has the base open: after our checkpoint and close, no WAL is left."""
    connection = _connect(path, cipher)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return not Path(f"{path}-wal").exists()


def upgrade_sqlite(url: URL, cipher: Cipher | None, revision: str, make_engine: MakeEngine,
                   seed: Seed, keep_copy: bool = True, now: dt.datetime | None = None
                   ) -> Upgraded:
    """Upgrade the SQLite base of ``url`` (at ``revision``) through a checked copy.

    The caller holds no connection to the base. Raises :class:`UpgradeFailed` (the base
    untouched) when anything goes wrong. ``keep_copy=False`` is for a base that is itself a
    scratch copy (a restore in progress): it is migrated in place, in one transaction.
    """
    path = Path(str(url.database))
    where = describe(url)
    if not keep_copy:
        engine = make_engine(url, cipher)
        try:
            schema.upgrade(engine, then=seed)
        finally:
            engine.dispose()
        return Upgraded(revision, "")
    stamp = _stamp(now or dt.datetime.now())
    aside = _free(path.with_name(f"{path.name}.{SQLITE_ASIDE}-{_short(revision)}-{stamp}"))
    scratch = path.with_name(f".{path.name}.upgrading-{os.getpid()}")
    try:
        if not _sole_client(path, cipher):
            raise _failed(where, revision, translate(
                "Upgrade", "elle est ouverte sur un autre poste ou dans une autre fenêtre ; "
                           "fermez-les puis relancez l'application"), None)
        last = _copy_aside(path, aside, cipher)
    except UpgradeFailed:
        raise
    except Exception as error:
        aside.unlink(missing_ok=True)
        raise _failed(where, revision, _no_copy(error), None) from None
    try:
        for leftover in (scratch, Path(f"{scratch}-wal"), Path(f"{scratch}-shm")):
            leftover.unlink(missing_ok=True)
        shutil.copyfile(aside, scratch)
        os.chmod(scratch, 0o600)
        _migrate_copy(scratch, url, cipher, make_engine, seed)
        if not _sole_client(path, cipher):
            raise StorageError(translate("Upgrade", "elle a été ouverte ailleurs pendant la mise à "
                                                    "jour ; relancez l'application"))
        check = _connect(path, cipher)
        try:
            changed = _last_journal_id(check) != last
        finally:
            check.close()
        if changed:
            raise StorageError(translate("Upgrade", "elle a été modifiée pendant la mise à jour ; "
                                                    "relancez l'application"))
        os.replace(scratch, path)
    except Exception as error:
        raise _failed(where, revision, _reason(error), str(aside)) from None
    finally:
        for leftover in (scratch, Path(f"{scratch}-wal"), Path(f"{scratch}-shm")):
            leftover.unlink(missing_ok=True)
    return Upgraded(revision, str(aside))


# --------------------------------------------------------------------------- PostgreSQL


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def copy_server_tables(engine: Engine, target_schema: str) -> tuple[str, dict[str, int]]:
    """Copy every table of the base's schema into a new schema named ``target_schema`` (with a
    number after it if taken), in one transaction; return its name and the rows per table."""
    copied: dict[str, int] = {}
    with engine.begin() as connection:
        connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        source_schema = str(connection.execute(text("SELECT current_schema()")).scalar_one())
        taken = set(connection.execute(text("SELECT nspname FROM pg_namespace")).scalars())
        base, number = target_schema, 1
        while target_schema in taken:  # an upgrade that failed the same second left its own
            number += 1
            target_schema = f"{base}_{number}"
        names = inspect(connection).get_table_names(schema=source_schema)
        connection.exec_driver_sql(f"CREATE SCHEMA {_quoted(target_schema)}")
        for name in sorted(names):
            connection.exec_driver_sql(
                f"CREATE TABLE {_quoted(target_schema)}.{_quoted(name)} AS TABLE "
                f"{_quoted(source_schema)}.{_quoted(name)}")
            copied[name] = int(connection.exec_driver_sql(
                f"SELECT count(*) FROM {_quoted(target_schema)}.{_quoted(name)}").scalar_one())
    return target_schema, copied


def upgrade_server(engine: Engine, url: URL, revision: str, seed: Seed,
                   now: dt.datetime | None = None) -> Upgraded:
    """Copy the PostgreSQL base's tables aside, then migrate it in one transaction."""
    where = describe(url)
    stamp = _stamp(now or dt.datetime.now()).replace("-", "_")
    aside = f"{SERVER_ASIDE}_{_short(revision)}_{stamp}"
    try:
        aside, _copied = copy_server_tables(engine, aside)
    except Exception as error:
        raise _failed(where, revision, _no_copy(error), None) from None
    kept = translate("Upgrade", "schéma « {schema} » de la même base").format(schema=aside)
    try:
        schema.upgrade(engine, then=seed)
    except Exception as error:
        raise _failed(where, revision, _reason(error), kept) from None
    return Upgraded(revision, kept)
