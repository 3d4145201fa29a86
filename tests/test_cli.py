"""The command line: commands, exit codes and French one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from cabinet_desktop.cli import main
from cabinet_desktop.store.database import open_database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


ADMIN_PASSWORD = "Baobab sous la pluie 7"


@pytest.fixture
def signed_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands run as the administrator ``admin`` (created by ``init`` on a new database)."""
    monkeypatch.setenv("CABINET_ADMIN_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("CABINET_USER", "admin")
    monkeypatch.setenv("CABINET_PASSWORD", ADMIN_PASSWORD)


def test_init_then_info(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                        signed_in: None) -> None:
    path = tmp_path / "cabinet.sqlite3"
    code, out, _ = run(capsys, "--database", str(path), "init")
    assert code == 0 and "Base prête" in out and path.exists()
    code, out, _ = run(capsys, "--database", str(path), "info")
    assert code == 0
    import sqlite3

    assert str(path) in out and f"SQLite {sqlite3.sqlite_version}" in out
    from cabinet_desktop.store.schema import head_revision

    assert head_revision() in out
    assert "Attributions" in out and "13" in out
    assert "Dossiers" in out


def test_info_on_postgresql(database, capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
                            signed_in: None) -> None:
    url = database.url.render_as_string(hide_password=False)
    assert run(capsys, "--database", url, "init")[0] == 0
    code, out, _ = run(capsys, "--database", url, "info")
    assert code == 0
    assert database.backend in out and "Missions" in out


def test_audit_verify(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                      signed_in: None) -> None:
    from cabinet_desktop.services.actor import system_actor
    from tests import factories

    path = tmp_path / "c.sqlite3"
    database = open_database(str(path))
    from cabinet_desktop.services.accounts import create_first_admin

    create_first_admin(database, "admin", ADMIN_PASSWORD)
    factories.mission(database, system_actor())
    factories.mission(database, system_actor(), title="Deuxième")
    code, out, _ = run(capsys, "--database", str(path), "audit", "verify")
    # The administrator's creation, two missions and the command's own sign-in.
    assert code == 0 and "4 entrées vérifiées" in out
    with database.writing() as session:
        session.execute(text("UPDATE audit_entries SET actor = 'intrus' WHERE id = 1"))
    database.close()
    code, _, err = run(capsys, "--database", str(path), "audit", "verify")
    assert code == 3 and "Journal altéré" in err and "n° 1" in err


@pytest.mark.parametrize(("argv", "code", "fragment"), [
    (["--database", "postgresql://", "info"], 69, "Adresse PostgreSQL incomplète"),
    (["--database", "mysql://x@y/z", "info"], 69, "non pris en charge"),
    (["--database", "postgresql://nobody@127.0.0.1:1/x", "info"], 69, "Impossible de joindre"),
    (["frobnicate"], 2, "choix invalide"),
    (["info", "--bogus"], 2, "arguments non reconnus"),
    (["audit"], 2, "arguments obligatoires manquants"),
])
def test_bad_arguments(capsys: pytest.CaptureFixture[str], argv: list[str], code: int,
                       fragment: str) -> None:
    result, out, err = run(capsys, *argv)
    assert result == code
    assert fragment in err
    assert "Traceback" not in err + out
    assert len(err.strip().splitlines()) == 1


def test_not_a_database_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "rapport.xlsx"
    path.write_bytes(b"PK\x03\x04 pas une base")
    code, _, err = run(capsys, "--database", str(path), "init")
    assert code == 69 and "n'est pas une base Cabinet Desktop" in err
    assert path.read_bytes() == b"PK\x03\x04 pas une base"


def test_info_on_missing_file_creates_nothing(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "absent.sqlite3"
    code, _, err = run(capsys, "--database", str(path), "info")
    assert code == 69 and "n'existe pas" in err and not path.exists()


def test_newer_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "future.sqlite3"
    database = open_database(str(path))
    with database.writing() as session:
        session.execute(text("UPDATE alembic_version SET version_num = 'abc_future'"))
    database.close()
    before = path.read_bytes()
    code, _, err = run(capsys, "--database", str(path), "info")
    assert code == 69 and "version plus récente" in err
    assert path.read_bytes() == before


def test_unwritable_data_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    monkeypatch.setenv("CABINET_DATA_DIR", str(blocker / "données"))
    code, _, err = run(capsys, "init")
    assert code == 69 and "Impossible de créer le dossier de données" in err


def test_environment_variable_selects_database(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "env.sqlite3"
    monkeypatch.setenv("CABINET_DATABASE_URL", str(path))
    code, out, _ = run(capsys, "init")
    assert code == 0 and str(path) in out


def test_real_process_module_entry(tmp_path: Path) -> None:
    """``python -m cabinet_desktop`` in a real process: French error, exit code, no traceback."""
    env = {**os.environ, "CABINET_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "cabinet_desktop", "--database",
                             str(tmp_path), "info"], capture_output=True, text=True, env=env,
                            timeout=120, check=False)
    assert result.returncode == 69
    assert result.stderr.startswith("Erreur : ") and "est un dossier" in result.stderr
    assert "Traceback" not in result.stderr
    help_result = subprocess.run([sys.executable, "-m", "cabinet_desktop", "--help"],
                                 capture_output=True, text=True, env=env, timeout=120,
                                 check=False)
    assert help_result.returncode == 0 and "utilisation :" in help_result.stdout
