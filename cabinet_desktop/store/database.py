"""Opening a database: engine set-up for SQLite and PostgreSQL, sessions, start-up checks."""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from cabinet_desktop.domain.errors import BusyError, StorageError
from cabinet_desktop.formatting import format_number
from cabinet_desktop.i18n import translate
from cabinet_desktop.store import schema, upgrade
from cabinet_desktop.store.encryption import (
    Cipher,
    cipher_for,
    passphrase_required,
    sqlcipher,
    wrong_passphrase,
)
from cabinet_desktop.store.identity import Kind, server_kind, sqlite_kind
from cabinet_desktop.store.locations import describe, resolve_url

if TYPE_CHECKING:  # the ORM loads at the first session, not before: see reading_core()
    from sqlalchemy.orm import Session, sessionmaker

SQLITE_HEADER = b"SQLite format 3\x00"
#: How long a write waits for another client's lock before « La base est occupée… » (both
#: backends: SQLite's busy timeout, PostgreSQL's ``lock_timeout``).
BUSY_TIMEOUT_MS = 15_000
#: Files the application creates (database, its WAL and SHM, logs, backups): owner only.
PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700

# Money columns are NUMERIC; SQLite stores them as text-faithful decimals through SQLAlchemy,
# which warns once about it. The values round-trip exactly at the scale the columns declare.
warnings.filterwarnings("ignore", message=r".*does \*not\* support Decimal objects natively.*")


@dataclass
class Database:
    """An open database: the engine, and sessions for reading and for writing.

    On SQLite every write transaction of this process takes one lock and begins with
    ``BEGIN IMMEDIATE``, so writes go through one connection at a time (the SQLite bundled
    with Python 3.11 has a WAL bug with concurrent writers) and two processes queue on the
    busy timeout instead of deadlocking.
    """

    url: URL
    engine: Engine
    encrypted: bool = False
    #: The key of an encrypted SQLite file (backups of it are encrypted with it too).
    cipher: Cipher | None = field(default=None, repr=False)
    _write_lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    _session_makers: tuple[sessionmaker[Session], sessionmaker[Session]] | None = field(
        default=None, repr=False)

    def _makers(self) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
        """Session factories for reading and for writing, made (and the ORM imported) once."""
        if self._session_makers is None:
            from sqlalchemy.orm import sessionmaker

            write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
            self._session_makers = (sessionmaker(self.engine, expire_on_commit=False),
                                    sessionmaker(write_engine, expire_on_commit=False))
        return self._session_makers

    @property
    def backend(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.url.get_backend_name()

    @property
    def is_sqlite(self) -> bool:
        return self.backend == "sqlite"

    @property
    def location(self) -> str:
        """The file path or ``base @ server`` shown to the user."""
        return describe(self.url)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for one read-only operation; rolled back at the end."""
        with self._makers()[0]() as session, session.begin():
            yield session
            session.rollback()

    @contextmanager
    def reading_core(self) -> Iterator[Connection]:
        """A Core connection for one read-only operation; rolled back at the end.

        For what runs before sign-in (``services/sign_in_reads.py``): no ORM session, so the
        first screen does not wait for SQLAlchemy's ORM and the mappings to load.
        """
        with self.engine.connect() as connection:
            yield connection
            connection.rollback()

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session for one all-or-nothing write operation, committed at the end."""
        lock = self._write_lock if self.is_sqlite else None
        if lock is not None:
            lock.acquire()
        try:
            with self._makers()[1]() as session, session.begin():
                yield session
        finally:
            if lock is not None:
                lock.release()

    def sqlite_version(self) -> str | None:
        """The SQLite library version in use (``None`` on PostgreSQL)."""
        return sqlite3.sqlite_version if self.is_sqlite else None

    def server_version(self) -> str:
        """The database engine's version string."""
        if self.is_sqlite:
            return f"SQLite {sqlite3.sqlite_version}"
        with self.engine.connect() as conn:
            return str(conn.execute(text("SHOW server_version")).scalar_one())

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_engine(url: URL, cipher: Cipher | None = None) -> Engine:
    options: dict[str, Any] = {}
    if cipher is not None:
        options["module"] = sqlcipher()  # same DB-API as sqlite3, with SQLCipher inside
    engine = create_engine(url, poolclass=NullPool if url.database == ":memory:" else None,
                           connect_args={"timeout": BUSY_TIMEOUT_MS / 1000,
                                         "check_same_thread": False},
                           hide_parameters=True, **options)

    if cipher is not None:
        @event.listens_for(engine, "connect")
        def _key(dbapi_connection: Any, _record: Any) -> None:
            cipher.apply(dbapi_connection)  # must come before any other statement

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take BEGIN out of the driver's hands (SQLAlchemy's documented pysqlite fix) so that
        # every transaction really begins, DDL included.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())

    return engine


def _postgresql_engine(url: URL) -> Engine:
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5,
                         hide_parameters=True,
                         connect_args={"connect_timeout": 5,
                                       "application_name": "cabinet-desktop",
                                       "options": f"-c lock_timeout={BUSY_TIMEOUT_MS}"})


def is_busy(error: BaseException) -> bool:
    """Whether ``error`` (a driver's exception) says another client holds the lock too long."""
    if getattr(error, "sqlstate", None) == "55P03":  # PostgreSQL: lock_not_available
        return True
    message = str(error).lower()
    return isinstance(error, sqlite3.OperationalError | _sqlcipher_operational_error()) and (
        "database is locked" in message or "database table is locked" in message
        or "database is busy" in message)


def _sqlcipher_operational_error() -> type[BaseException]:
    module = sys.modules.get("sqlcipher3")
    return getattr(module, "OperationalError", sqlite3.OperationalError)


def busy_error() -> BusyError:
    """« La base est occupée… »: another client held its lock past the wait."""
    return BusyError(translate(
        "Store", "La base est occupée par un autre poste (ou une autre fenêtre) depuis plus de "
                 "{seconds} secondes : rien n'a été modifié, réessayez dans un instant.")
        .format(seconds=format_number(BUSY_TIMEOUT_MS / 1000)))


def create_database_engine(url: URL, cipher: Cipher | None = None) -> Engine:
    """An engine configured for the backend of ``url`` (SQLCipher-keyed with ``cipher``).

    SQL parameters never appear in its error messages (``hide_parameters``: a failed save of a
    secret dossier must not write its text into a log or a dialog), and a lock held by another
    client past :data:`BUSY_TIMEOUT_MS` raises :class:`BusyError`.
    """
    if url.get_backend_name() == "sqlite":
        engine = _sqlite_engine(url, cipher)
    else:
        engine = _postgresql_engine(url)

    @event.listens_for(engine, "handle_error")
    def _busy(context: Any) -> None:
        if is_busy(context.original_exception):
            raise busy_error() from None
        scrub_server_detail(context.original_exception, context.sqlalchemy_exception)

    return engine


def scrub_server_detail(original: BaseException, wrapped: BaseException | None) -> None:
    """Keep only the server's primary message in a driver error and its SQLAlchemy wrapper.

    PostgreSQL adds details quoting the data (« DETAIL: Failing row contains (…, Dossier
    secret…) », « Key (object)=(…) already exists »): they would reach the log file and the
    error dialog. SQLite's messages name columns and constraints only.
    """
    primary = getattr(getattr(original, "diag", None), "message_primary", None)
    if not primary or str(original) == primary:
        return
    original.args = (primary,)
    if wrapped is not None and wrapped.args:
        kind = type(original)
        wrapped.args = (f"({kind.__module__}.{kind.__name__}) {primary}", *wrapped.args[1:])


def not_cabinet(where: object) -> StorageError:
    """« … n'est pas une base Cabinet Desktop »: a file or base left exactly as it was."""
    if isinstance(where, Path):
        return StorageError(translate(
            "Store", "Le fichier « {path} » n'est pas une base Cabinet Desktop : il n'a pas été "
                     "modifié.").format(path=where))
    return StorageError(translate(
        "Store", "La base « {where} » n'est pas une base Cabinet Desktop (elle contient d'autres "
                 "tables) : elle n'a pas été modifiée.").format(where=where))


def is_a_backup(where: object) -> StorageError:
    """A backup given where a database was expected: it is restored, never opened."""
    return StorageError(translate(
        "Store", "« {where} » est une sauvegarde de Cabinet Desktop, pas une base : restaurez-la "
                 "avec « cabinet-desktop restore {where} ». Elle n'a pas été modifiée.")
        .format(where=where))


def make_private_dir(directory: Path) -> None:
    """Create ``directory`` (and its parents) readable by its owner only, if missing."""
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    except OSError as error:
        raise StorageError(translate(
            "Store", "Impossible de créer le dossier de données « {path} » : {reason}.")
            .format(path=directory, reason=error.strerror or error)) from None


def _check_sqlite_file(path: Path, create: bool, encrypted: bool = False) -> bool:
    """Refuse, before touching anything, a path that is not a usable SQLite database.

    Returns whether the file must be created. With ``encrypted`` (a passphrase was given) a
    file that is not plain SQLite is accepted: whether the passphrase opens it is found out
    when it is read.
    """
    if path.exists():
        if path.is_dir():
            raise StorageError(translate("Store",
                                         "« {path} » est un dossier, pas une base de données.")
                                         .format(path=path))
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
        except OSError as error:
            raise StorageError(translate("Store", "Impossible de lire « {path} » : {reason}.")
                               .format(path=path, reason=error.strerror or error)) from None
        if not header:
            raise not_cabinet(path)  # 0 bytes: never a database of ours
        if header != SQLITE_HEADER and not encrypted:
            if len(header) == len(SQLITE_HEADER) and path.stat().st_size % 512 == 0:
                raise passphrase_required(path)  # page-sized: most likely a SQLCipher file
            raise not_cabinet(path)
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise StorageError(translate(
                "Store", "La base « {path} » n'est pas accessible en écriture : vérifiez les "
                         "droits sur le fichier et son dossier.").format(path=path))
        return False
    if not create:
        raise StorageError(translate("Store", "La base « {path} » n'existe pas.").format(path=path))
    make_private_dir(path.parent)
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise StorageError(translate(
            "Store", "Le dossier de données « {path} » n'est pas accessible en écriture.")
            .format(path=path.parent))
    return True


def _check_sqlite_kind(path: Path, cipher: Cipher | None) -> None:
    """Refuse a SQLite file that is not a Cabinet Desktop database, reading it read-only."""
    module = sqlcipher() if cipher is not None else sqlite3
    try:
        kind = sqlite_kind(path, module, cipher)
    except module.DatabaseError as error:
        if cipher is not None:
            raise wrong_passphrase(str(path)) from None
        if "locked" in str(error) or "busy" in str(error):
            raise busy_error() from None
        raise not_cabinet(path) from None
    if kind is Kind.BACKUP:
        raise is_a_backup(path)
    if kind is not Kind.CABINET:
        raise not_cabinet(path)


def private_new_file(path: Path) -> None:
    """Create ``path`` empty, readable and writable by its owner only (fails if it exists)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))


def publish_file(source: Path, target: Path) -> bool:
    """Move the finished ``source`` to ``target`` unless ``target`` appeared meanwhile.

    A hard link then unlink: ``target`` is whole or absent at every instant, and an existing
    ``target`` is never replaced. Returns ``False`` (``source`` removed) when it existed.
    """
    try:
        os.link(source, target)
    except FileExistsError:
        source.unlink(missing_ok=True)
        return False
    except OSError:  # a file system without hard links (FAT on a USB drive)
        if target.exists():
            source.unlink(missing_ok=True)
            return False
        os.replace(source, target)
        return True
    source.unlink()
    return True


def _create_sqlite_database(url: URL, cipher: Cipher | None) -> None:
    """Create, migrate and seed a new database beside ``url``'s file, then move it in place.

    The file appears whole: killed half-way, the process leaves a hidden ``.creating`` file
    and no half-made database under the user's name.
    """
    path = Path(str(url.database))
    scratch = path.with_name(f".{path.name}.creating-{os.getpid()}")
    scratch.unlink(missing_ok=True)
    private_new_file(scratch)
    engine = create_database_engine(url.set(database=str(scratch)), cipher)
    try:
        schema.upgrade(engine, then=seed_in_transaction)
    except BaseException:
        engine.dispose()
        scratch.unlink(missing_ok=True)
        raise
    engine.dispose()  # the last connection checkpoints and removes the WAL
    for side in ("-wal", "-shm"):
        Path(f"{scratch}{side}").unlink(missing_ok=True)
    publish_file(scratch, path)


def _connection_error(url: URL, error: Exception) -> StorageError:
    where = describe(url)
    if url.get_backend_name() == "sqlite":
        return StorageError(translate("Store", "La base « {where} » est illisible : {reason}.")
                            .format(where=where, reason=str(getattr(error, "orig", error))))
    reason = str(getattr(error, "orig", error)).strip().splitlines()[0]
    return StorageError(translate(
        "Store", "Impossible de joindre le serveur de base de données « {where} » : {reason}")
        .format(where=where, reason=reason))


def open_database(value: str | URL | None = None, *, demo: bool = False, create: bool = True,
                  migrate: bool = True, passphrase: str | None = None,
                  backup_before_upgrade: bool = True) -> Database:
    """Open (and on first use create and migrate) the database named by ``value``.

    ``value`` is a path, a URL, or ``None`` for ``CABINET_DATABASE_URL`` or the default file.
    Raises :class:`StorageError` with a French message, having modified nothing, when the
    location is malformed or unreachable, the file is not a database, the directory is not
    writable, or the schema is newer than this application.

    With ``passphrase``, the SQLite file is encrypted with SQLCipher (``store.encryption``): a
    new file is created encrypted, an existing one must have been. A file that is not plain
    SQLite opened without passphrase raises :class:`PassphraseRequired`; a wrong passphrase
    raises :class:`WrongPassphrase`.

    A base made by an older version is upgraded through a copy kept aside first
    (``store/upgrade.py``); ``backup_before_upgrade=False`` migrates in place, for a base that
    is itself a scratch copy (a restore). A failed upgrade raises :class:`UpgradeFailed`, the
    base left as it was.
    """
    url = value if isinstance(value, URL) else resolve_url(value, demo=demo)
    cipher: Cipher | None = None
    if url.get_backend_name() == "sqlite":
        path = Path(str(url.database))
        new = _check_sqlite_file(path, create, encrypted=passphrase is not None)
        if passphrase is not None:
            cipher = cipher_for(path, passphrase)
        if new:
            try:
                _create_sqlite_database(url, cipher)
            except sa_exc.DBAPIError as error:
                raise _connection_error(url, error) from None
        _check_sqlite_kind(path, cipher)
    elif passphrase is not None:
        raise StorageError(translate("Store",
                                     "Le chiffrement par phrase secrète concerne les bases SQLite "
                                     "; une base PostgreSQL se protège sur son serveur."))
    engine = create_database_engine(url, cipher)
    try:
        with engine.connect() as conn:
            if url.get_backend_name() != "sqlite":
                _check_server_kind(url, server_kind(conn), create)
            revision = schema.current_revision(conn)
    except sa_exc.DBAPIError as error:
        engine.dispose()
        if cipher is not None and "not a database" in str(getattr(error, "orig", error)):
            raise wrong_passphrase(describe(url)) from None
        raise _connection_error(url, error) from None
    except StorageError:
        engine.dispose()
        raise
    if revision is not None and not schema.is_known(revision):
        engine.dispose()
        raise StorageError(translate(
            "Store", "La base « {where} » a été créée par une version plus récente de Cabinet "
                     "Desktop (schéma {revision}) : mettez l'application à jour avant de l'ouvrir.")
            .format(where=describe(url), revision=revision))
    if migrate and revision != schema.HEAD_REVISION:
        engine = _upgrade(url, engine, cipher, revision, backup_before_upgrade)
    return Database(url, engine, encrypted=cipher is not None, cipher=cipher)


def _upgrade(url: URL, engine: Engine, cipher: Cipher | None, revision: str | None,
             keep_copy: bool) -> Engine:
    """Bring the base to the newest schema; return the engine to use on it afterwards.

    A new (empty) server base is simply migrated. A base made by an older version is first
    copied aside, then upgraded through ``store/upgrade.py``; when that fails the base is left
    as it was and :class:`~cabinet_desktop.store.upgrade.UpgradeFailed` says so.
    """
    try:
        if revision is None:
            schema.upgrade(engine, then=seed_in_transaction)
            return engine
        if url.get_backend_name() == "sqlite":
            engine.dispose()  # the upgrade checks that nobody has the file open, us included
            upgrade.upgrade_sqlite(url, cipher, revision, create_database_engine,
                                   seed_in_transaction, keep_copy=keep_copy)
            return create_database_engine(url, cipher)
        upgrade.upgrade_server(engine, url, revision, seed_in_transaction)
        return engine
    except sa_exc.DBAPIError as error:
        engine.dispose()
        raise _connection_error(url, error) from None
    except BaseException:
        engine.dispose()
        raise


def seed_in_transaction(connection: Connection) -> None:
    """Seed the reference data inside the migration's transaction on ``connection``."""
    # Deferred: the seed loads the ORM mappings, which the sign-in dialog does without.
    from sqlalchemy.orm import Session

    from cabinet_desktop.store.seed import seed_reference_data

    with Session(bind=connection) as session:
        seed_reference_data(session)
        session.flush()


def _check_server_kind(url: URL, kind: Kind, create: bool) -> None:
    """An empty server database is filled only when asked (``create``); a foreign one never."""
    if kind is Kind.CABINET or (kind is Kind.EMPTY and create):
        return
    if kind is Kind.EMPTY:
        raise StorageError(translate(
            "Store", "La base « {where} » est vide : créez-la avec « cabinet-desktop --database "
                     "… init ».").format(where=describe(url)))
    if kind is Kind.BACKUP:
        raise is_a_backup(describe(url))
    raise not_cabinet(describe(url))
