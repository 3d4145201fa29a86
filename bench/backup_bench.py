"""Backup and restore of the 100,000-dossier SQLite base, beside the raw library's floor.

Usage::

    .venv/bin/python bench/backup_bench.py [--database PATH]

The database is ``CABINET_BENCH_DATABASE`` or the user data directory's (``--database``
overrides; ``bench/bench_database.py``),
a ``large`` demo database built there once when missing. It prints, best of three:

* **backup** — ``services.backups.make_backup`` (snapshot through the online backup API,
  manifest, read-back check: integrity, foreign keys, the journal's chain recomputed) beside
  the floor: the bare ``sqlite3.Connection.backup`` of the same file plus its
  ``PRAGMA integrity_check`` (the least a checked copy costs);
* **restore** — ``services.backups.restore_backup`` into a new file (inspection, copy,
  journaling, verification, publication) beside the bare ``sqlite3`` backup of the backup file.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_database import large_database

from cabinet_desktop.services import backups
from cabinet_desktop.services.actor import system_actor
from cabinet_desktop.store.database import Database, open_database

ROUNDS = 3


def _database(path: Path | None) -> Database:
    return open_database(str(large_database(path)), create=False)


def _best(action: Callable[[int], object]) -> float:
    times = []
    for number in range(ROUNDS):
        started = time.perf_counter()
        action(number)
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path)
    args = parser.parse_args()
    database = _database(args.database)
    source = Path(str(database.url.database))
    work = Path(tempfile.mkdtemp(prefix="cabinet-backup-bench-"))
    admin = system_actor("bench")  # an administrator's rights
    try:
        def raw_backup(number: int) -> None:
            target = work / f"raw-{number}.sqlite3"
            with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
                src.backup(dst)
                assert dst.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

        def product_backup(number: int) -> None:
            backups.make_backup(database, admin, work / f"b-{number}.cabinet-backup")

        floor = _best(raw_backup)
        product = _best(product_backup)
        backup_file = work / "b-0.cabinet-backup"

        def raw_restore(number: int) -> None:
            with sqlite3.connect(backup_file) as src, \
                    sqlite3.connect(work / f"raw-r-{number}.sqlite3") as dst:
                src.backup(dst)

        def product_restore(number: int) -> None:
            backups.restore_backup(backup_file, str(work / f"r-{number}.sqlite3"), None)

        restore_floor = _best(raw_restore)
        restore = _best(product_restore)
        size = source.stat().st_size / 1e6
        print(f"Base : {source} ({size:.0f} Mo)")
        print(f"{'Mesure':<34} {'produit':>10} {'plancher':>10}  rapport")
        print(f"{'Sauvegarde vérifiée':<34} {product:>9.2f}s {floor:>9.2f}s  "
              f"{product / floor:.2f}×")
        print(f"{'Restauration dans un fichier neuf':<34} {restore:>9.2f}s "
              f"{restore_floor:>9.2f}s  {restore / restore_floor:.2f}×")
    finally:
        database.close()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
