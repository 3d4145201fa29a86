"""The rotating log file in the user's data directory."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import tempfile
from pathlib import Path

from cabinet_desktop.store.locations import data_dir

LOG_NAME = "cabinet-desktop.log"


def log_path() -> Path:
    """Where the log file goes (the temporary directory if the data directory is unusable)."""
    directory = data_dir() / "logs"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        return directory / LOG_NAME
    except OSError:
        return Path(tempfile.gettempdir()) / LOG_NAME


def configure_logging(level: int = logging.INFO) -> Path:
    """Send the application's log records to the rotating file; return its path."""
    path = log_path()
    root = logging.getLogger("cabinet_desktop")
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3,
                                                       encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(level)
    return path


def log_exception() -> Path:
    """Log the exception being handled with its traceback; return the log file's path."""
    path = configure_logging()
    logging.getLogger("cabinet_desktop").error("unexpected error", exc_info=sys.exc_info())
    return path
