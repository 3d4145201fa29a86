"""Backups in one portable format for both backends: written, checked, inspected, restored.

A backup is a SQLite file of the application's schema (encrypted with SQLCipher, same key,
when the database is) holding every row plus a small manifest table, ``cabinet_backup``: when
it was made, from where, at which schema revision, the row counts, and the journal's latest
entry (id, date and hash: the anchor ``audit verify --expect`` checks). It is made

* from SQLite through SQLite's online backup API inside one read transaction (a consistent
  snapshot; other clients keep reading and writing meanwhile, WAL lets them);
* from PostgreSQL by the application itself: the schema created by the migrations, then every
  table copied in primary-key order, in chunks, inside one ``REPEATABLE READ`` transaction.

Every backup is checked after writing (``integrity_check``, foreign keys, the journal's chain
recomputed and compared with the manifest) before it appears under its name: it is written to
a hidden file beside it first, so a killed backup leaves no half-made file under that name.

Restoring makes the restored base aside, checks it, and only then puts it in place: on SQLite by
an atomic rename (the current file kept as ``….before-restore-DATE``), on PostgreSQL in one
transaction (a failure or a kill leaves the server base as it was).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from cabinet_desktop import __version__
from cabinet_desktop.domain.errors import StorageError
from cabinet_desktop.i18n import translate
from cabinet_desktop.store import schema, search_index, table_copy
from cabinet_desktop.store.audit_chain import verify_chain
from cabinet_desktop.store.database import (
    Database,
    busy_error,
    create_database_engine,
    private_new_file,
    publish_file,
)
from cabinet_desktop.store.encryption import (
    SQLITE_HEADER,
    Cipher,
    cipher_for,
    file_header,
    passphrase_required,
    sqlcipher,
)
from cabinet_desktop.store.identity import BACKUP_TABLE, Kind, connect_read_only, sqlite_kind
from cabinet_desktop.store.locations import describe, sqlite_url

#: File name ending of backups (a SQLite file, not meant to be opened as a base).
BACKUP_SUFFIX = ".cabinet-backup"
#: Pages copied per step of SQLite's backup API (progress is reported between steps).
PAGES_PER_STEP = 1024

Report = Callable[[str, int, int], None]


def _noop(_step: str, _done: int, _total: int) -> None:
    pass


class BackupError(StorageError):
    """A backup that cannot be written, read, trusted or restored."""

    exit_code = 65


@dataclass(frozen=True, slots=True)
class Manifest:
    """What a backup holds, read from its ``cabinet_backup`` table."""

    created_at: dt.datetime
    app_version: str
    schema_revision: str
    source_backend: str
    source: str
    encrypted: bool
    journal_entries: int
    journal_last_id: int
    journal_last_hash: str
    journal_last_at: dt.datetime | None
    counts: tuple[tuple[str, int], ...]

    def rows(self) -> list[tuple[str, str]]:
        """The manifest as ``(key, JSON value)`` rows."""
        values: dict[str, Any] = {
            "created_at": self.created_at.isoformat(), "app_version": self.app_version,
            "schema_revision": self.schema_revision, "source_backend": self.source_backend,
            "source": self.source, "encrypted": self.encrypted,
            "journal_entries": self.journal_entries, "journal_last_id": self.journal_last_id,
            "journal_last_hash": self.journal_last_hash,
            "journal_last_at": self.journal_last_at.isoformat() if self.journal_last_at else None,
            "counts": dict(self.counts)}
        return [(key, json.dumps(value, ensure_ascii=False)) for key, value in values.items()]

    @classmethod
    def from_rows(cls, rows: dict[str, str]) -> Manifest:
        values = {key: json.loads(value) for key, value in rows.items()}
        last_at = values.get("journal_last_at")
        return cls(created_at=dt.datetime.fromisoformat(values["created_at"]),
                   app_version=values["app_version"], schema_revision=values["schema_revision"],
                   source_backend=values["source_backend"], source=values["source"],
                   encrypted=bool(values["encrypted"]),
                   journal_entries=int(values["journal_entries"]),
                   journal_last_id=int(values["journal_last_id"]),
                   journal_last_hash=values["journal_last_hash"],
                   journal_last_at=dt.datetime.fromisoformat(last_at) if last_at else None,
                   counts=tuple((k, int(v)) for k, v in values["counts"].items()))

    def count(self, table: str) -> int:
        return dict(self.counts).get(table, 0)


# --------------------------------------------------------------------------- files


def _module(cipher: Cipher | None) -> ModuleType:
    return sqlcipher() if cipher is not None else sqlite3


def file_engine(path: Path, cipher: Cipher | None = None, read_only: bool = False) -> Engine:
    """An engine on a backup file (rollback journal, no WAL; read-only when asked)."""
    module = _module(cipher)

    def connect() -> Any:
        if read_only:
            connection = connect_read_only(path, module, cipher)
        else:
            connection = module.connect(str(path), check_same_thread=False)
            if cipher is not None:
                cipher.apply(connection)
        connection.isolation_level = None
        connection.execute("PRAGMA foreign_keys = ON")
        return connection

    engine = create_engine(sqlite_url(path), creator=connect, poolclass=NullPool,
                           hide_parameters=True, module=module)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def backup_cipher(path: Path, passphrase: str | None) -> Cipher | None:
    """The key of the backup at ``path``: ``None`` for a plain one; an encrypted one needs its
    ``passphrase`` (that of the base it was made from)."""
    header = file_header(path)
    if header == SQLITE_HEADER:
        return None
    if passphrase is None:
        if len(header) == len(SQLITE_HEADER) and path.stat().st_size % 512 == 0:
            raise passphrase_required(path)
        raise not_a_backup(path)
    return cipher_for(path, passphrase)


def not_a_backup(path: Path) -> BackupError:
    return BackupError(translate(
        "Backup", "Le fichier « {path} » n'est pas une sauvegarde Cabinet Desktop.")
        .format(path=path))


def damaged(path: Path, reason: str) -> BackupError:
    return BackupError(translate(
        "Backup", "La sauvegarde « {path} » est endommagée ({reason}) : elle ne peut pas servir "
                  "à une restauration.").format(path=path, reason=reason))


# --------------------------------------------------------------------------- writing


def write_backup(database: Database, target: Path, report: Report = _noop,
                 now: dt.datetime | None = None) -> Manifest:
    """Write a checked backup of ``database`` to ``target`` (which must not exist)."""
    if target.exists():
        raise BackupError(translate("Backup", "Le fichier « {path} » existe déjà : choisissez un "
                                              "autre nom.").format(path=target))
    scratch = target.with_name(f".{target.name}.writing-{os.getpid()}")
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        scratch.unlink(missing_ok=True)
        private_new_file(scratch)
    except OSError as error:
        raise BackupError(translate(
            "Backup", "Le dossier des sauvegardes « {path} » est inaccessible ({reason}) : "
                      "branchez la clé USB ou le partage, ou choisissez un autre dossier.")
            .format(path=target.parent, reason=error.strerror or error)) from None
    cipher = database.cipher
    try:
        if database.is_sqlite:
            _copy_sqlite(database, scratch, report)
        else:
            _copy_server(database, scratch, report)
        manifest = _write_manifest(database, scratch, cipher, now or dt.datetime.now(dt.UTC))
        report(translate("Backup", "Vérification de la sauvegarde"), 0, 1)
        checked = check_backup(scratch, cipher)
        report(translate("Backup", "Vérification de la sauvegarde"), 1, 1)
    except BaseException:
        scratch.unlink(missing_ok=True)
        Path(f"{scratch}-journal").unlink(missing_ok=True)
        raise
    if not publish_file(scratch, target):
        raise BackupError(translate("Backup", "Le fichier « {path} » existe déjà : choisissez un "
                                              "autre nom.").format(path=target))
    if checked != manifest:  # what was read back is not what was written
        target.unlink(missing_ok=True)
        raise damaged(target, translate("Backup", "manifeste relu différent"))
    return manifest


def _copy_sqlite(database: Database, scratch: Path, report: Report) -> None:
    """SQLite's online backup API, inside one read transaction of the source (a snapshot)."""
    step = translate("Backup", "Copie de la base")
    raw = database.engine.raw_connection()
    try:
        source: Any = raw.driver_connection
        target = _module(database.cipher).connect(str(scratch))
        try:
            if database.cipher is not None:
                database.cipher.apply(target)
            source.execute("BEGIN")
            try:
                source.execute("SELECT count(*) FROM sqlite_master").fetchone()
                source.backup(target, pages=PAGES_PER_STEP,
                              progress=lambda _status, remaining, total:
                              report(step, total - remaining, total))
            finally:
                source.execute("ROLLBACK")
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise busy_error() from None
        raise
    finally:
        raw.close()


def _copy_server(database: Database, scratch: Path, report: Report) -> None:
    """PostgreSQL: the schema made by the migrations, then every table copied in chunks."""
    step = translate("Backup", "Copie de la base")
    engine = create_database_engine(sqlite_url(scratch))
    try:
        schema.upgrade(engine)
        with engine.begin() as target, database.engine.connect() as source:
            source = source.execution_options(isolation_level="REPEATABLE READ")
            with source.begin():
                search_index.uninstall(target)
                table_copy.copy_tables(source, target,
                                       lambda done, total: report(step, done, total))
                search_index.install(target)
            target.exec_driver_sql("ANALYZE")
    finally:
        engine.dispose()
    connection = sqlite3.connect(scratch)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()


def _write_manifest(database: Database, path: Path, cipher: Cipher | None,
                    now: dt.datetime) -> Manifest:
    engine = file_engine(path, cipher)
    try:
        with engine.begin() as connection:
            chain = verify_chain(Session(bind=connection))
            if not chain.ok:
                raise damaged(path, chain.problem_text)
            manifest = Manifest(
                created_at=now, app_version=__version__,
                schema_revision=str(schema.current_revision(connection)),
                source_backend=database.backend, source=database.location,
                encrypted=cipher is not None, journal_entries=chain.checked,
                journal_last_id=chain.last_id, journal_last_hash=chain.last_hash,
                journal_last_at=chain.last_at,
                counts=tuple(table_copy.count_rows(connection).items()))
            connection.exec_driver_sql(f"CREATE TABLE {BACKUP_TABLE} (key TEXT PRIMARY KEY, "
                                       "value TEXT NOT NULL)")
            connection.execute(text(f"INSERT INTO {BACKUP_TABLE} (key, value) VALUES (:k, :v)"),
                               [{"k": k, "v": v} for k, v in manifest.rows()])
    finally:
        engine.dispose()
    return manifest


# --------------------------------------------------------------------------- checking


def read_manifest(connection: Connection) -> Manifest:
    rows = connection.execute(text(f"SELECT key, value FROM {BACKUP_TABLE}")).all()
    return Manifest.from_rows({str(k): str(v) for k, v in rows})


def check_backup(path: Path, cipher: Cipher | None) -> Manifest:
    """Check a backup file (read-only): integrity, foreign keys, the journal against the
    manifest. Returns its manifest; raises :class:`BackupError` naming what is wrong."""
    engine = file_engine(path, cipher, read_only=True)
    try:
        with engine.connect() as connection:
            problems = [r[0] for r in connection.exec_driver_sql("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise damaged(path, "; ".join(problems[:3]))
            if connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                raise damaged(path, translate("Backup", "références brisées"))
            manifest = read_manifest(connection)
            chain = verify_chain(Session(bind=connection))
            if not chain.ok:
                raise damaged(path, translate("Backup", "journal altéré : {problem}")
                              .format(problem=chain.problem_text))
            if chain.last_hash != manifest.journal_last_hash:
                raise damaged(path, translate("Backup", "le journal ne finit pas sur l'empreinte "
                                                        "du manifeste"))
            connection.rollback()
    except BackupError:
        raise
    except Exception as error:  # unreadable file: a truncated copy, a wrong passphrase
        reason = str(getattr(error, "orig", error)).splitlines()[0]
        raise damaged(path, reason) from None
    finally:
        engine.dispose()
    return manifest


def inspect_backup(path: Path, passphrase: str | None = None) -> Manifest:
    """What the backup at ``path`` holds (date, counts, journal hash), checked, nothing written.

    Raises :class:`BackupError` for a missing, foreign, damaged or too recent file.
    """
    if not path.is_file():
        raise BackupError(translate("Backup", "La sauvegarde « {path} » n'existe pas.")
                          .format(path=path))
    cipher = backup_cipher(path, passphrase)
    try:
        kind = sqlite_kind(path, _module(cipher), cipher)
    except Exception as error:
        if cipher is None:  # a SQLite header over unreadable pages: a truncated copy
            raise damaged(path, str(error).splitlines()[0]) from None
        if cipher is not None:
            raise BackupError(translate(
                "Backup", "Phrase secrète incorrecte pour la sauvegarde « {path} » (ou fichier "
                          "endommagé).").format(path=path)) from None
        raise not_a_backup(path) from None
    if kind is not Kind.BACKUP:
        raise not_a_backup(path)
    manifest = check_backup(path, cipher)
    if not schema.is_known(manifest.schema_revision):
        raise BackupError(translate(
            "Backup", "La sauvegarde « {path} » vient d'une version plus récente de Cabinet "
                      "Desktop (schéma {revision}) : mettez l'application à jour pour la "
                      "restaurer.").format(path=path, revision=manifest.schema_revision))
    return manifest


# --------------------------------------------------------------------------- restoring


def restored_copy(backup: Path, scratch: Path, cipher: Cipher | None) -> None:
    """Copy a backup to ``scratch`` as a base: the backup API, then the manifest dropped."""
    private_new_file(scratch)
    module = _module(cipher)
    source = connect_read_only(backup, module, cipher)
    try:
        target = module.connect(str(scratch))
        try:
            if cipher is not None:
                cipher.apply(target)
            source.backup(target)
            target.execute(f"DROP TABLE {BACKUP_TABLE}")
            target.commit()
        finally:
            target.close()
    finally:
        source.close()


def close_for_swap(path: Path) -> None:
    """Checkpoint the SQLite file at ``path`` and make sure nobody else has it open."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.DatabaseError:
        pass  # encrypted: its WAL is checkpointed by its last client closing
    finally:
        connection.close()
    if Path(f"{path}-wal").exists():
        raise StorageError(translate(
            "Backup", "La base « {path} » est ouverte sur un autre poste ou dans une autre "
                      "fenêtre : fermez-les avant de restaurer. Rien n'a été modifié.")
            .format(path=path))


def swap_in(scratch: Path, target: Path, now: dt.datetime) -> Path | None:
    """Put the restored ``scratch`` in place of ``target`` in one rename.

    The current file is first linked (or copied) as ``<name>.before-restore-<date>``, so at every
    instant ``target`` is either the old base or the new one. Returns the kept-aside path.
    """
    if not target.exists():
        publish_file(scratch, target)
        return None
    close_for_swap(target)
    stamp = f"{target.name}.before-restore-{now:%Y%m%d-%H%M%S}"
    aside = target.with_name(stamp)
    number = 1
    while aside.exists():  # a restore killed earlier the same second left its own
        number += 1
        aside = target.with_name(f"{stamp}-{number}")
    try:
        os.link(target, aside)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links
        import shutil

        shutil.copy2(target, aside)
    os.replace(scratch, target)
    return aside


def drop_cabinet_objects(connection: Connection) -> None:
    """PostgreSQL: drop every table, view, function and type of the base's schema (inside the
    caller's transaction; only for a base already known to be a Cabinet Desktop one)."""
    for (name,) in connection.exec_driver_sql(
            "SELECT viewname FROM pg_views WHERE schemaname = current_schema()").all():
        connection.exec_driver_sql(f'DROP VIEW IF EXISTS "{name}" CASCADE')
    for (name,) in connection.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").all():
        connection.exec_driver_sql(f'DROP TABLE IF EXISTS "{name}" CASCADE')
    for (signature,) in connection.exec_driver_sql(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n "
            "ON n.oid = p.pronamespace WHERE n.nspname = current_schema()").all():
        connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {signature} CASCADE")
    for (name,) in connection.exec_driver_sql(
            "SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
            "WHERE n.nspname = current_schema() AND t.typtype = 'e'").all():
        connection.exec_driver_sql(f'DROP TYPE IF EXISTS "{name}" CASCADE')


def restore_into_server(source: Database, target_url: URL, replace: bool,
                        after_copy: Callable[[Session], None], report: Report = _noop) -> None:
    """Copy the restored base ``source`` (SQLite, at the schema's head) into the PostgreSQL base
    at ``target_url`` in one transaction: all of it or, on any failure or kill, nothing."""
    from alembic import command

    from cabinet_desktop.store.database import not_cabinet
    from cabinet_desktop.store.identity import server_kind

    step = translate("Backup", "Copie dans la base du serveur")
    engine = create_database_engine(target_url)
    try:
        with engine.begin() as connection:
            kind = server_kind(connection)
            if kind in (Kind.FOREIGN, Kind.BACKUP):
                raise not_cabinet(describe(target_url))
            if kind is Kind.CABINET:
                if not replace:
                    raise StorageError(translate(
                        "Backup", "La base « {where} » n'est pas vide : confirmez son "
                                  "remplacement (--yes). Rien n'a été modifié.")
                        .format(where=describe(target_url)))
                drop_cabinet_objects(connection)
            command.upgrade(schema.alembic_config(connection), "head")
            search_index.uninstall(connection)
            with source.engine.connect() as reading:
                table_copy.copy_tables(reading, connection,
                                       lambda done, total: report(step, done, total))
            search_index.install(connection)
            table_copy.reset_sequences(connection)
            session = Session(bind=connection)
            after_copy(session)
            session.flush()
            chain = verify_chain(session)
            if not chain.ok:
                raise StorageError(translate(
                    "Backup", "Le journal de la base restaurée ne se vérifie pas ({problem}) : "
                              "rien n'a été modifié.").format(problem=chain.problem_text))
            session.close()
    finally:
        engine.dispose()


def default_backup_name(stem: str, now: dt.datetime) -> str:
    """``cabinet-2026-12-03-074512.cabinet-backup``."""
    return f"{stem}-{now:%Y-%m-%d-%H%M%S}{BACKUP_SUFFIX}"


def free_backup_path(folder: Path, stem: str, now: dt.datetime) -> Path:
    """A dated backup path in ``folder`` that no file has yet (``…-2`` for a second backup
    within the same second)."""
    path = folder / default_backup_name(stem, now)
    number = 1
    while path.exists():
        number += 1
        path = folder / default_backup_name(f"{stem}", now).replace(
            BACKUP_SUFFIX, f"-{number}{BACKUP_SUFFIX}")
    return path
