"""``cabinet-desktop backup`` and ``restore``: what they print, ask and refuse."""

from __future__ import annotations

from pathlib import Path

import pytest

from cabinet_desktop.cli import main
from cabinet_desktop.services.backups import inspect_backup

ADMIN_PASSWORD = "Baobab sous la pluie 7"


@pytest.fixture
def signed_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CABINET_ADMIN_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("CABINET_USER", "admin")
    monkeypatch.setenv("CABINET_PASSWORD", ADMIN_PASSWORD)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_backup_then_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             signed_in: None) -> None:
    base = tmp_path / "cabinet.sqlite3"
    assert run(capsys, "--database", str(base), "init")[0] == 0
    assert run(capsys, "--database", str(base), "demo")[0] == 0
    out_file = tmp_path / "sauvegarde.cabinet-backup"
    code, out, _ = run(capsys, "--database", str(base), "backup", "--out", str(out_file))
    assert code == 0 and "Sauvegarde écrite et vérifiée" in out
    manifest = inspect_backup(out_file)
    assert manifest.journal_last_hash in out
    code, _, err = run(capsys, "--database", str(base), "restore", str(out_file))
    assert code == 2 and "--yes" in err  # not confirmed: nothing done
    assert not list(tmp_path.glob("*.before-restore-*"))
    code, out, _ = run(capsys, "--database", str(base), "restore", str(out_file), "--yes")
    assert code == 0
    assert "Sauvegarde du " in out and manifest.journal_last_hash in out
    assert "Dossiers" in out and "L'ancienne base est gardée" in out
    assert len(list(tmp_path.glob("cabinet.sqlite3.before-restore-*"))) == 1
    code, out, _ = run(capsys, "--database", str(base), "audit", "verify", "--expect",
                       manifest.journal_last_hash)
    assert code == 0 and "présente" in out


def test_restore_of_a_foreign_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0 pas une sauvegarde")
    code, _, err = run(capsys, "--database", str(tmp_path / "c.sqlite3"), "restore", str(path),
                       "--yes")
    assert code == 65 and "n'est pas une sauvegarde" in err
    assert not (tmp_path / "c.sqlite3").exists()
