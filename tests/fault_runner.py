"""Run one operation in a process that kills itself (SIGKILL, as a power cut or « kill -9 »
would) at a chosen point; ``tests/test_faults.py`` then checks what it left behind.

``python tests/fault_runner.py OPERATION POINT DATABASE_URL [EXTRA]``

OPERATION: ``save`` (a mission created), ``demo`` (the small demo loaded), ``backup`` (to
EXTRA), ``restore`` (the backup EXTRA into the base), ``migrate`` (opening an older base).
POINT: ``stmt:N`` (before the N-th SQL
statement of the operation), ``commit`` (just before the database commits), ``after_commit``,
or ``hook:NAME`` (at a named step of backups and restores, see ``HOOKS``). Exit status 0 means
the operation finished without reaching the point.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

ADMIN = "admin"


def die(*_args: Any, **_kwargs: Any) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


class Trap:
    """Where to die, armed only while the operation runs."""

    def __init__(self, point: str) -> None:
        self.point = point
        self.armed = False
        self.statements = 0
        if point.startswith("stmt:"):
            self.limit = int(point.split(":", 1)[1])
            event.listen(Engine, "before_cursor_execute", self._statement)
        elif point == "commit":
            event.listen(Engine, "commit", self._commit)
        elif point == "after_commit":
            from sqlalchemy.orm import Session

            event.listen(Session, "after_commit", self._commit)

    def _statement(self, *_args: Any) -> None:
        if self.armed:
            self.statements += 1
            if self.statements >= self.limit:
                die()

    def _commit(self, *_args: Any) -> None:
        if self.armed:
            die()

    def hook(self, name: str) -> bool:
        return self.armed and self.point == f"hook:{name}"


def _patch(module: Any, name: str, trap: Trap, hook: str, before: bool = True) -> None:
    """Die before (or after) ``module.name`` runs when ``hook`` is the chosen point."""
    original = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if before and trap.hook(hook):
            die()
        result = original(*args, **kwargs)
        if not before and trap.hook(hook):
            die()
        return result

    setattr(module, name, wrapper)


def main(operation: str, point: str, url: str, extra: str = "") -> int:
    from cabinet_desktop.services import backups, passwords
    from cabinet_desktop.services.actor import system_actor
    from cabinet_desktop.store import backup as store_backup
    from cabinet_desktop.store.database import open_database

    passwords.configure_hasher(time_cost=1, memory_cost=8, parallelism=1)
    trap = Trap(point)
    system = system_actor("fautes")
    if operation == "migrate":
        trap.armed = True
        open_database(url).close()
        return 0
    if operation == "restore":
        _patch(store_backup, "restored_copy", trap, "copied", before=False)
        _patch(store_backup, "swap_in", trap, "before_swap")
        _patch(store_backup.os, "replace", trap, "aside_kept")
        _patch(store_backup, "drop_cabinet_objects", trap, "dropped", before=False)
        trap.armed = True
        backups.restore_backup(Path(extra), url, system, replace=True)
        return 0
    database = open_database(url, create=False)
    if operation == "save":
        from tests import factories

        trap.armed = True
        factories.mission(database, system, title="Pendant la panne")
    elif operation == "demo":
        from cabinet_desktop import demo

        trap.armed = True
        demo.generate(database, "small")
    elif operation == "backup":
        from cabinet_desktop.services.tasks import TaskState

        _patch(store_backup, "publish_file", trap, "before_publish")
        _patch(store_backup, "check_backup", trap, "checked", before=False)
        state = TaskState(lambda _step, done, total: die()
                          if trap.hook("copying") and done > 0 else None)
        trap.armed = True
        backups.make_backup(database, system, Path(extra), state)
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
