"""The rotating log file in the user's data directory, readable by its owner only.

The folder is created 0700 and every log file 0600 (the current one and each rotated one):
a log line may name a record. SQL parameters never reach it (engines hide them, and the
server's details quoting data are dropped: ``store.database.scrub_server_detail``); lines of
a traceback that still carry them are left out by :class:`RedactingFormatter`.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import re
import sys
import tempfile
from io import TextIOWrapper
from pathlib import Path
from typing import Any

from cabinet_desktop.store.locations import data_dir

LOG_NAME = "cabinet-desktop.log"
LOG_MAX_BYTES = 2_000_000
LOG_BACKUPS = 3
PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700

#: Fragments of driver messages that quote data: dropped from formatted tracebacks.
_QUOTING_DATA = re.compile(r"^\s*(DETAIL:|\[parameters:|Failing row contains).*$", re.MULTILINE)


def _private_dir(directory: Path) -> None:
    if not directory.exists():
        directory.parent.mkdir(parents=True, exist_ok=True)
        directory.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)


def log_path() -> Path:
    """Where the log file goes (the temporary directory if the data directory is unusable)."""
    directory = data_dir() / "logs"
    try:
        _private_dir(data_dir())
        _private_dir(directory)
        return directory / LOG_NAME
    except OSError:
        return Path(tempfile.gettempdir()) / LOG_NAME


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler whose files are created 0600."""

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT,
                     PRIVATE_FILE_MODE)
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, PRIVATE_FILE_MODE)  # an older file made before
        return os.fdopen(fd, "a", encoding=self.encoding or "utf-8", errors=self.errors)


class RedactingFormatter(logging.Formatter):
    """Leaves out the lines of a traceback that quote data (driver details, SQL parameters)."""

    def formatException(self, ei: Any) -> str:
        return _QUOTING_DATA.sub("[…]", super().formatException(ei))


def make_handler(path: Path, max_bytes: int = LOG_MAX_BYTES,
                 backups: int = LOG_BACKUPS) -> logging.Handler:
    """The private, rotating, redacting handler writing to ``path``."""
    handler = PrivateRotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups,
                                         encoding="utf-8")
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler


def configure_logging(level: int = logging.INFO) -> Path:
    """Send the application's log records to the rotating file; return its path."""
    path = log_path()
    root = logging.getLogger("cabinet_desktop")
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(make_handler(path))
        root.setLevel(level)
    return path


def log_exception() -> Path:
    """Log the exception being handled with its traceback; return the log file's path."""
    path = configure_logging()
    logging.getLogger("cabinet_desktop").error("unexpected error", exc_info=sys.exc_info())
    return path
