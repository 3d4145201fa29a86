"""Where the database lives: the user's data directory, a file path or a server URL."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from cabinet_desktop.domain.errors import StorageError
from cabinet_desktop.i18n import translate

APP_NAME = "CabinetDesktop"
ENV_DATABASE_URL = "CABINET_DATABASE_URL"
ENV_DATA_DIR = "CABINET_DATA_DIR"


def data_dir() -> Path:
    """The user's data directory (``CABINET_DATA_DIR`` overrides the platform's default)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path(demo: bool = False) -> Path:
    """The embedded SQLite file: ``cabinet.sqlite3``, or ``demo.sqlite3`` for the demonstration."""
    return data_dir() / ("demo.sqlite3" if demo else "cabinet.sqlite3")


def resolve_url(value: str | None = None, demo: bool = False) -> URL:
    """The database URL from ``--database``, ``CABINET_DATABASE_URL`` or the default file.

    A plain path means a SQLite file; ``postgresql://`` URLs use the psycopg 3 driver.
    """
    text = (value or os.environ.get(ENV_DATABASE_URL) or "").strip()
    if not text:
        return sqlite_url(default_database_path(demo))
    if "://" not in text:
        return sqlite_url(Path(text).expanduser())
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):
        raise StorageError(translate(
            "Store",
            "Adresse de base de données invalide : « {url} ». Indiquez un chemin de fichier ou "
            "une adresse de la forme postgresql://utilisateur@serveur:5432/base.")
            .format(url=text)) from None
    backend = url.get_backend_name()
    if backend == "postgresql":
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        if not url.database:
            raise StorageError(translate(
                "Store", "Adresse PostgreSQL incomplète : « {url} » ne nomme pas de base.")
                .format(url=url.render_as_string(hide_password=True)))
        return url
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise StorageError(translate(
                "Store", "Adresse SQLite incomplète : « {url} » ne nomme pas de fichier.")
                .format(url=text))
        return url
    raise StorageError(translate(
        "Store",
        "Type de base de données non pris en charge : « {backend} » (attendu : fichier SQLite ou "
        "postgresql://).").format(backend=backend))


def sqlite_url(path: Path) -> URL:
    """The SQLAlchemy URL of a SQLite file."""
    return URL.create("sqlite+pysqlite", database=str(path))


def describe(url: URL) -> str:
    """What the status bar and messages call the database (file path, or server and base)."""
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    return f"{url.database} @ {host}{port}"
