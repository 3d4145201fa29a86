"""An unreachable backup folder is a French message naming it; nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from cabinet_desktop.domain.errors import StorageError
from cabinet_desktop.services import accounts, backups
from cabinet_desktop.store.database import Database


def test_unreachable_backup_folder_is_named_and_nothing_is_written(
        database: Database, tmp_path: Path) -> None:
    admin = accounts.create_first_admin(database, "admin", "Baobab sous la pluie 7", "Awa")
    blocker = tmp_path / "pas-un-dossier"
    blocker.write_text("x")
    backups.save_backup_settings(database, admin, str(blocker / "usb"), 7, 4, 12)
    with pytest.raises(StorageError) as caught:
        backups.backup_if_due(database, admin)
    assert f"Le dossier des sauvegardes « {blocker / 'usb'} » est inaccessible" in (
        caught.value.message)
    assert "clé USB" in caught.value.message
    assert blocker.read_text() == "x"
    assert not [p for p in tmp_path.rglob("*") if "cabinet-backup" in p.name]


def test_a_cancelled_backup_leaves_no_file(database: Database, tmp_path: Path) -> None:
    from cabinet_desktop.services.tasks import Cancelled, TaskState

    admin = accounts.create_first_admin(database, "admin", "Baobab sous la pluie 7", "Awa")
    state = TaskState(lambda _step, _done, _total: state.cancel())  # « Annuler » at once
    target = tmp_path / "usb" / "annulee.cabinet-backup"
    with pytest.raises(Cancelled):
        backups.make_backup(database, admin, target, state)
    assert list(target.parent.iterdir()) == []
