"""Encryption at rest with SQLCipher: nothing readable in the file, clean refusals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cabinet_desktop.domain.errors import StorageError
from cabinet_desktop.services import accounts, authentication, records, search
from cabinet_desktop.services.actor import system_actor
from cabinet_desktop.store.database import open_database
from cabinet_desktop.store.encryption import (
    SQLITE_HEADER,
    PassphraseRequired,
    WrongPassphrase,
    derive_key,
)

pytest.importorskip("sqlcipher3")

#: Quotes, a semicolon, accents and SQL: none of it may reach SQL text.
PASSPHRASE = "l'« été » \"chaud\"; DROP TABLE users; --"
SECRET_TEXT = "Projet confidentiel Tamarinier"
ADMIN_PASSWORD = "Baobab sous la pluie 7"


def _files(path: Path) -> bytes:
    """The database file with its WAL and shared-memory files, as a thief would copy them."""
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"))
                    if p.exists())


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "chiffree.sqlite3"
    database = open_database(str(path), passphrase=PASSPHRASE)
    assert database.encrypted
    records.create(database, system_actor("tests"), "dossier", {
        "object": SECRET_TEXT, "received_date": dt.date(2026, 11, 2), "classification": 2})
    accounts.create_first_admin(database, "admin", ADMIN_PASSWORD)
    database.close()
    return path


def test_file_is_not_plain_sqlite_and_holds_nothing_readable(encrypted: Path) -> None:
    data = encrypted.read_bytes()
    assert not data.startswith(SQLITE_HEADER)
    everything = _files(encrypted)
    for needle in (SECRET_TEXT, "Tamarinier", "dossiers", "CREATE TABLE", "admin"):
        assert needle.encode() not in everything, needle


def test_the_passphrase_opens_it_with_every_service(encrypted: Path) -> None:
    database = open_database(str(encrypted), passphrase=PASSPHRASE)
    try:
        system = system_actor("tests")
        found = search.search(database, system, "Tamarinier")
        assert [r.title for r in found.results] == [SECRET_TEXT]
        dossier = records.get(database, system, "dossier", found.results[0].id)
        assert dossier["object"] == SECRET_TEXT
        assert authentication.login(database, "admin", ADMIN_PASSWORD).login == "admin"
    finally:
        database.close()


def test_wrong_passphrase_is_a_clean_refusal(encrypted: Path) -> None:
    before = _files(encrypted)
    for wrong in ("mauvaise phrase secrète", PASSPHRASE + " ", PASSPHRASE.replace("'", "’")):
        with pytest.raises(WrongPassphrase) as caught:
            open_database(str(encrypted), passphrase=wrong)
        assert caught.value.exit_code == 77
        assert caught.value.message.startswith("Phrase secrète incorrecte")
    assert _files(encrypted) == before


def test_without_passphrase_the_file_is_refused_untouched(encrypted: Path) -> None:
    before = _files(encrypted)
    with pytest.raises(PassphraseRequired, match="indiquez sa phrase secrète"):
        open_database(str(encrypted))
    assert _files(encrypted) == before


def test_plain_database_refuses_a_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "clair.sqlite3"
    open_database(str(path)).close()
    with pytest.raises(StorageError, match="n'est pas chiffrée"):
        open_database(str(path), passphrase=PASSPHRASE)


def test_short_passphrase_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "courte.sqlite3"
    with pytest.raises(StorageError, match="12 caractères au moins"):
        open_database(str(path), passphrase="court")
    assert not path.exists()


def test_key_derivation_depends_on_passphrase_and_salt() -> None:
    salt = bytes(range(16))
    key = derive_key(PASSPHRASE, salt)
    assert len(key) == 32 and key == derive_key(PASSPHRASE, salt)
    assert key != derive_key(PASSPHRASE, bytes(16)) and key != derive_key("autre", salt)


def test_cli_creates_and_opens_an_encrypted_database(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from cabinet_desktop.cli import main

    path = str(tmp_path / "cli.sqlite3")
    monkeypatch.setenv("CABINET_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CABINET_ADMIN_PASSWORD", ADMIN_PASSWORD)
    assert main(["--database", path, "init", "--encrypt"]) == 0
    assert not Path(path).read_bytes().startswith(SQLITE_HEADER)
    monkeypatch.setenv("CABINET_USER", "admin")
    monkeypatch.setenv("CABINET_PASSWORD", ADMIN_PASSWORD)
    capsys.readouterr()
    assert main(["--database", path, "info"]) == 0
    assert "Comptes utilisateurs" in capsys.readouterr().out
    monkeypatch.setenv("CABINET_PASSPHRASE", "pas la bonne phrase")
    code = main(["--database", path, "info"])
    err = capsys.readouterr().err
    assert code == 77 and err.startswith("Erreur : Phrase secrète incorrecte")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    monkeypatch.delenv("CABINET_PASSPHRASE")
    code = main(["--database", path, "info"])
    err = capsys.readouterr().err
    assert code == 69 and "phrase secrète" in err and len(err.strip().splitlines()) == 1


# --------------------------------------------------------------------------- window start-up


@pytest.mark.gui
def test_start_up_asks_the_passphrase_until_it_is_right(qtbot, encrypted: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from cabinet_desktop.ui.app import make_application
    from cabinet_desktop.ui.signin.login_dialog import PassphraseDialog, open_database_gui

    make_application()
    typed = ["pas la bonne phrase", PASSPHRASE]
    errors: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog) or not dialog.isVisible():
            QTimer.singleShot(20, answer)
            return
        if dialog.error.isVisible():
            errors.append(dialog.error.text())
        dialog.field.setText(typed.pop(0))  # QTest types ASCII only; the passphrase is not
        ok = dialog.findChild(QDialogButtonBox).button(  # type: ignore[union-attr]
            QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        if typed:  # the dialog comes back after a wrong passphrase
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    database = open_database_gui(str(encrypted), demo=False)
    assert database is not None and database.encrypted
    assert len(errors) == 1 and errors[0].startswith("Phrase secrète incorrecte")
    database.close()


@pytest.mark.gui
def test_first_start_can_create_an_encrypted_database(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from cabinet_desktop.ui.app import make_application
    from cabinet_desktop.ui.signin.login_dialog import PassphraseDialog, open_database_gui

    make_application()
    path = tmp_path / "neuve.sqlite3"

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog) or not dialog.isVisible():
            QTimer.singleShot(20, answer)
            return
        assert dialog.encrypt.isChecked()  # encryption is the default
        qtbot.keyClicks(dialog.field, "Une phrase secrete assez longue")
        qtbot.keyClicks(dialog.confirm, "Une phrase secrete assez longue")
        ok = dialog.findChild(QDialogButtonBox).button(  # type: ignore[union-attr]
            QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    database = open_database_gui(str(path), demo=False, new_file=True)
    assert database is not None and database.encrypted
    database.close()
    assert not path.read_bytes().startswith(SQLITE_HEADER)
