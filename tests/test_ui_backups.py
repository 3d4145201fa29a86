"""The window's backup entries, driven as a user does: Fichier › Sauvegarder… and Restaurer une
sauvegarde…, Outils › Sauvegardes… and Vérifier le journal d'audit, the automatic backup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from cabinet_desktop.services import accounts, backups
from cabinet_desktop.services.actor import Actor, system_actor
from cabinet_desktop.store.database import Database, open_database
from cabinet_desktop.ui.app import make_application
from cabinet_desktop.ui.backups.restore_dialog import RestorePreviewDialog
from cabinet_desktop.ui.shell.main_window import MainWindow
from cabinet_desktop.ui.workspace import Workspace
from tests import factories
from tests.test_journal_integrity import cut_tail
from tests.ui_support import DIRECTOR, fill_cabinet, ini_settings

pytestmark = pytest.mark.gui
SHOTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"
ADMIN_PASSWORD = "Baobab sous la pluie 7"


@pytest.fixture
def admin(database: Database, tmp_path: Path) -> Actor:
    fill_cabinet(database, system_actor("tests"))
    actor = accounts.create_first_admin(database, "admin", ADMIN_PASSWORD, "Awa Traoré")
    folder = tmp_path / "sauvegardes"
    folder.mkdir()
    backups.save_backup_settings(database, actor, str(folder), 7, 4, 12)
    return actor


def _window(qtbot: Any, database: Database, actor: Actor, tmp_path: Path) -> MainWindow:
    make_application()
    window = MainWindow(Workspace(database, actor), ini_settings(tmp_path))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.resize(max(widget.width(), 200), max(widget.height(), 100))
    assert widget.grab().save(str(SHOTS / name))


def _missions(database: Database, actor: Actor) -> int:
    from cabinet_desktop.services.maintenance import database_info

    return dict(database_info(database, actor=actor).counts)["Missions"]


def test_only_administrators_see_the_backup_entries(qtbot: Any, database: Database,
                                                     admin: Actor, tmp_path: Path) -> None:
    window = _window(qtbot, database, admin, tmp_path)
    entries = [window.backups.backup_action, window.backups.restore_action,
               window.backups.settings_action]
    assert all(action.isVisible() for action in entries)
    texts = [action.text() for action in window.file_menu.actions()]
    assert texts.index("&Sauvegarder…") < texts.index("&Quitter")
    director = _window(qtbot, database, DIRECTOR, tmp_path / "dc")
    assert not any(action.isVisible() for action in (director.backups.backup_action,
                                                     director.backups.restore_action,
                                                     director.backups.settings_action))


def test_backup_from_the_file_menu(qtbot: Any, database: Database, admin: Actor,
                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, database, admin, tmp_path)
    target = tmp_path / "clé" / "cabinet-du-jour"
    target.parent.mkdir()
    offered: list[str] = []

    def choose(_parent: Any, _title: str, proposed: str, _filter: str) -> tuple[str, str]:
        offered.append(proposed)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    window.backups.backup_action.trigger()
    qtbot.waitUntil(lambda: window.backups.last_dialog is not None, timeout=30000)
    box = window.backups.last_dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "backupDoneBox"
    written = target.with_name("cabinet-du-jour.cabinet-backup")
    manifest = backups.inspect_backup(written)
    assert str(written) in box.text() and manifest.journal_last_hash in box.text()
    assert "Taille : " in box.text() and "Ko" in box.text()
    assert offered and offered[0].startswith(str(tmp_path / "sauvegardes"))
    _shot(box, "backup-done.png")
    box.accept()


def test_restore_shows_the_backup_then_replaces_the_base_and_closes(
        qtbot: Any, database: Database, admin: Actor, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    saved = backups.make_backup(database, admin, tmp_path / "avant.cabinet-backup")
    missions = _missions(database, admin)
    factories.mission(database, system_actor("tests"), title="Après la sauvegarde")
    window = _window(qtbot, database, admin, tmp_path)
    qtbot.waitUntil(lambda: not window.panes["dashboard"].loading, timeout=10000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_args: (str(saved.path), ""))
    seen: dict[str, str] = {}

    def confirm() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, RestorePreviewDialog) and w.isVisible())
        seen["hash"] = dialog.fields["hash"].text()
        seen["counts"] = "\n".join(dialog.counts.item(r, 0).text() + " "
                                   + dialog.counts.item(r, 1).text()
                                   for r in range(dialog.counts.rowCount()))
        _shot(dialog, "restore-preview.png")
        dialog.restore_button.click()

    QTimer.singleShot(300, confirm)
    assert window.backups.restore() is True
    assert seen["hash"] == saved.manifest.journal_last_hash
    assert f"Missions {missions}" in seen["counts"]
    box = window.backups.last_dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "restoreDoneBox"
    assert "doit redémarrer" in box.text() and "gardée de côté" in box.text()
    _shot(box, "restore-done.png")
    box.accept()
    qtbot.waitUntil(lambda: not window.isVisible())
    reopened = open_database(database.url, create=False)
    try:
        assert _missions(reopened, admin) == missions  # the mission made after is gone
    finally:
        reopened.close()


def test_a_cancelled_restore_changes_nothing(qtbot: Any, database: Database,
                                             admin: Actor, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    saved = backups.make_backup(database, admin, tmp_path / "avant.cabinet-backup")
    factories.mission(database, system_actor("tests"), title="Après la sauvegarde")
    missions = _missions(database, admin)
    window = _window(qtbot, database, admin, tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(saved.path), ""))
    monkeypatch.setattr(RestorePreviewDialog, "exec", lambda self: 0)
    assert window.backups.restore() is False
    assert window.isVisible() and _missions(database, admin) == missions


def test_a_foreign_file_is_refused_before_anything_changes(
        qtbot: Any, database: Database, admin: Actor, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    foreign = tmp_path / "photo.cabinet-backup"
    foreign.write_bytes(b"pas une sauvegarde")
    window = _window(qtbot, database, admin, tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(foreign), ""))
    assert window.backups.restore() is False
    box = window.backups.last_dialog
    assert isinstance(box, QMessageBox) and "n'est pas une sauvegarde" in box.text()
    assert _missions(database, admin) > 0


def test_verify_journal_shows_each_backup_anchor(qtbot: Any, database: Database,
                                                 admin: Actor, tmp_path: Path) -> None:
    folder = tmp_path / "sauvegardes"
    first = backups.make_backup(database, admin, folder / "a.cabinet-backup")
    for number in range(3):
        factories.mission(database, system_actor("tests"), title=f"Mission {number}")
    last = backups.make_backup(database, admin, folder / "b.cabinet-backup")
    window = _window(qtbot, database, admin, tmp_path)
    window.verify_action.trigger()
    qtbot.waitUntil(lambda: window.backups.last_dialog is not None, timeout=20000)
    dialog = window.backups.last_dialog
    assert dialog is not None and dialog.objectName() == "journalCheckDialog"
    states = [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())]
    assert len(states) == 2 and all(s.startswith("présente") for s in states)
    assert "y sont toutes" in dialog.summary.text()
    dialog.close()
    # A forger cuts the newest entries and moves the head back: the chain alone says nothing.
    cut_tail(database, keep=first.manifest.journal_entries + 1)
    window.backups.last_dialog = None
    window.verify_action.trigger()
    qtbot.waitUntil(lambda: window.backups.last_dialog is not None, timeout=20000)
    dialog = window.backups.last_dialog
    states = [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())]
    assert states[0].startswith("présente") and states[1] == "ABSENTE"
    assert dialog.table.item(1, 0).text() == last.path.name
    assert "Journal coupé ou réécrit" in dialog.summary.text()
    assert "1 des 2 empreintes de sauvegarde n'y sont plus" in dialog.summary.text()
    _shot(dialog, "journal-anchors.png")


def test_backup_settings_dialog(qtbot: Any, database: Database, admin: Actor,
                                tmp_path: Path) -> None:
    window = _window(qtbot, database, admin, tmp_path)
    dialog = window.backups.open_settings()
    assert dialog.folder.text() == str(tmp_path / "sauvegardes")
    dialog.folder.setText(str(tmp_path / "absent"))
    dialog.accept()
    assert dialog.isVisible() and "n'existe pas" in dialog.error.text()
    _shot(dialog, "backup-settings.png")
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog.folder.setText(str(usb))
    dialog.daily.setValue(10)
    dialog.monthly.setValue(24)
    dialog.accept()
    assert not dialog.isVisible()
    saved = backups.backup_settings(database)
    assert (saved.folder, saved.keep_daily, saved.keep_monthly) == (usb, 10, 24)


def test_automatic_backup_after_the_window_opens(qtbot: Any, database: Database,
                                                 admin: Actor, tmp_path: Path) -> None:
    window = _window(qtbot, database, admin, tmp_path)
    task = window.backups.automatic_backup()
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    assert "Sauvegarde automatique du jour faite" in window.statusBar().currentMessage()
    assert len(backups.automatic_backups(tmp_path / "sauvegardes")) == 1
    again = window.backups.automatic_backup()  # the day has its backup: nothing more
    qtbot.waitUntil(lambda: again.done, timeout=30000)
    assert len(backups.automatic_backups(tmp_path / "sauvegardes")) == 1


def test_unreachable_backup_folder_is_a_clear_warning(qtbot: Any, database: Database,
                                                      admin: Actor, tmp_path: Path) -> None:
    blocker = tmp_path / "pas-un-dossier"
    blocker.write_text("x")
    backups.save_backup_settings(database, admin, str(blocker / "usb"), 7, 4, 12)
    window = _window(qtbot, database, admin, tmp_path)
    task = window.backups.automatic_backup()
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    box = window.backups.last_dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "automaticBackupWarning"
    assert str(blocker / "usb") in box.text() and "clé USB" in box.text()
    assert "ÉCHEC" in window.statusBar().currentMessage()
    _shot(box, "automatic-backup-warning.png")


def test_a_cancelled_backup_says_so(qtbot: Any, database: Database, admin: Actor,
                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cabinet_desktop.services.tasks import Cancelled

    def cancelled(*_args: Any) -> Any:
        raise Cancelled()

    window = _window(qtbot, database, admin, tmp_path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(tmp_path / "x.cabinet-backup"), ""))
    monkeypatch.setattr(backups, "make_backup", cancelled)
    task = window.backups.backup()
    assert task is not None
    qtbot.waitUntil(lambda: task.done)
    assert "Opération annulée" in window.statusBar().currentMessage()
    assert window.backups.last_dialog is None


def test_restore_into_an_encrypted_base_asks_its_passphrase(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    pytest.importorskip("sqlcipher3")  # as tests/test_encryption.py
    passphrase = "Une phrase secrète assez longue"
    path = tmp_path / "chiffree.sqlite3"
    database = open_database(str(path), passphrase=passphrase)
    try:
        admin = accounts.create_first_admin(database, "admin", ADMIN_PASSWORD, "Awa Traoré")
        saved = backups.make_backup(database, admin, tmp_path / "chiffree.cabinet-backup")
        factories.mission(database, system_actor("tests"), title="Après la sauvegarde")
        window = _window(qtbot, database, admin, tmp_path)
        asked: list[str] = []

        def give(_parent: Any, _title: str, label: str, _echo: Any) -> tuple[str, bool]:
            asked.append(label)
            return passphrase, True

        monkeypatch.setattr(QInputDialog, "getText", give)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(saved.path), ""))
        monkeypatch.setattr(RestorePreviewDialog, "exec", lambda self: 1)
        assert window.backups.restore() is True
        assert asked == ["Phrase secrète de la base chiffrée :"]
        window.backups.last_dialog.accept()  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: not window.isVisible())
    finally:
        database.close()
    reopened = open_database(str(path), passphrase=passphrase, create=False)
    try:
        assert _missions(reopened, admin) == 0
    finally:
        reopened.close()
