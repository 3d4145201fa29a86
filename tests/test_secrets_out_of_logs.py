"""Secrets kept out of logs and error messages; private files; rotated logs."""

from __future__ import annotations

import logging
import stat
import sys
import traceback
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc

from cabinet_desktop.domain.entities import Dossier
from cabinet_desktop.domain.enums import Classification
from cabinet_desktop.store import logs
from cabinet_desktop.store.database import Database

SECRET = "Opération Harmattan : déploiement à Dori le 14 mars"


def failed_secret_save(database: Database) -> BaseException:
    """A save of a secret dossier that the database refuses (a required date missing)."""
    try:
        with database.writing() as session:
            session.add(Dossier(reference="DOS-2026-0999", object=SECRET, summary=SECRET,
                                classification=Classification.SECRET, received_date=None))
            session.flush()
    except sa_exc.DBAPIError as error:
        return error
    raise AssertionError("the save should have failed")


def test_failed_save_of_a_secret_dossier_says_nothing_of_it(database: Database) -> None:
    error = failed_secret_save(database)
    shown = "".join(traceback.format_exception(error))  # what the error dialog shows
    assert "received_date" in shown  # the column is named: the problem stays findable
    assert SECRET not in shown and "Harmattan" not in shown
    assert "[SQL parameters hidden due to hide_parameters=True]" in str(error)


def test_log_of_the_failure_holds_no_secret_and_is_private(database: Database,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "logs" / "cabinet-desktop.log"
    path.parent.mkdir()
    handler = logs.make_handler(path)
    logger = logging.getLogger("cabinet_desktop.tests.secrets")
    logger.addHandler(handler)
    try:
        error = failed_secret_save(database)
        try:
            raise RuntimeError("save failed") from error
        except RuntimeError:
            logger.error("unexpected error", exc_info=sys.exc_info())
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = path.read_text(encoding="utf-8")
    assert "unexpected error" in text and "IntegrityError" in text
    assert "Harmattan" not in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_redacting_formatter_drops_lines_quoting_data() -> None:
    formatter = logs.RedactingFormatter()
    message = "null value\nDETAIL:  Failing row contains (1, " + SECRET + ")"
    try:
        raise ValueError(message)
    except ValueError:
        text = formatter.formatException(sys.exc_info())
    assert "null value" in text and "Harmattan" not in text


def test_logs_rotate_and_every_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "cabinet-desktop.log"
    handler = logs.make_handler(path, max_bytes=2000, backups=2)
    logger = logging.getLogger("cabinet_desktop.tests.rotation")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        for number in range(200):
            logger.info("ligne %d %s", number, "x" * 50)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["cabinet-desktop.log", "cabinet-desktop.log.1", "cabinet-desktop.log.2"]
    for name in files:
        assert (tmp_path / name).stat().st_size <= 2100
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600


def test_data_folder_and_log_folder_are_private(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CABINET_DATA_DIR", str(tmp_path / "CabinetDesktop"))
    path = logs.log_path()
    assert path.parent == tmp_path / "CabinetDesktop" / "logs"
    for folder in (path.parent, path.parent.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
