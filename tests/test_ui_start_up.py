"""Start-up: the first screen (dashboard) loads only what it shows; the start-up GC pause.

A fresh interpreter opens the window the way ``run_gui`` does after sign-in and reports which
modules were loaded: the list panes, the search service, charts, Alembic, the exports and the
demo generator must wait until the user asks for them. No timing is asserted here (that is
``bench/run.py``'s job).
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from cabinet_desktop.services.actor import system_actor
from cabinet_desktop.store.database import Database
from tests.ui_support import fill_cabinet

pytestmark = pytest.mark.gui

START = """
import json, sys
from cabinet_desktop.ui.app import start_up
with start_up():
    from PySide6.QtCore import QSettings
    from cabinet_desktop.store.database import open_database
    from cabinet_desktop.ui.app import make_application, open_window
    from cabinet_desktop.domain.enums import Classification, Role
    from cabinet_desktop.services.actor import Actor
    director = Actor(user_id=None, login="dc", display_name="Aminata Ouédraogo",
                     role=Role.DIRECTOR, clearance=Classification.SECRET)
    app = make_application()
    db = open_database(sys.argv[1], create=False)
window = open_window(db, director, QSettings(sys.argv[2], QSettings.Format.IniFormat))
dashboard = window.panes["dashboard"]
while dashboard.loading:  # its queries run on a worker: the filled dashboard is what counts
    app.processEvents()
    __import__("time").sleep(0.001)
app.processEvents()
print(json.dumps({
    "current": window.current_kind(),
    "modules": sorted(sys.modules),
    "lines": {card.objectName(): card.tree.topLevelItemCount() for card in dashboard.cards()},
    "overdue": dashboard.overdue.tree.topLevelItemCount(),
    "gc_enabled": __import__("gc").isenabled(),
}))
"""

#: Loaded on demand only: opening a list pane, searching, charts, migrations, exports, demo.
NOT_AT_START = (
    "cabinet_desktop.ui.panes.list_pane", "cabinet_desktop.ui.panes.table_model",
    "cabinet_desktop.ui.panes.chart",
    "cabinet_desktop.services.listing", "cabinet_desktop.services.search",
    "cabinet_desktop.services.records", "cabinet_desktop.demo",
    "cabinet_desktop.ui.panes.users_pane", "cabinet_desktop.ui.panes.settings_pane",
    "cabinet_desktop.ui.dialogs.password_dialog", "cabinet_desktop.services.accounts",
    "cabinet_desktop.services.authentication",
    "PySide6.QtCharts", "alembic", "reportlab", "openpyxl", "psycopg", "psycopg2",
)


def test_first_screen_loads_only_what_it_shows(sqlite_database: Database,
                                               tmp_path: Path) -> None:
    fill_cabinet(sqlite_database, system_actor("tests"))
    path = str(sqlite_database.url.database)
    sqlite_database.close()
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]))
    out = subprocess.run([sys.executable, "-c", START, path, str(tmp_path / "s.ini")],
                         env=env, capture_output=True, text=True, check=True, cwd=root)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["current"] == "dashboard"
    assert report["overdue"] >= 1  # the dashboard is filled, not a skeleton
    loaded = set(report["modules"])
    assert "cabinet_desktop.ui.panes.dashboard" in loaded
    early = sorted(name for name in loaded
                   if any(name == m or name.startswith(m + ".") for m in NOT_AT_START))
    assert early == [], out.stdout
    assert report["gc_enabled"] is True


SIGN_IN_FIRST = """
import json, sys
from cabinet_desktop.ui.app import start_up
from cabinet_desktop.ui.workspace import Workspace
with start_up():
    from cabinet_desktop.store.database import open_database
    from cabinet_desktop.ui.app import make_application
    from cabinet_desktop.ui.signin.login_dialog import LoginDialog
    app = make_application()
    db = open_database(sys.argv[1], create=False)
    dialog = LoginDialog(db)
    dialog.show()
app.processEvents()
shown = {"orm": "sqlalchemy.orm" in sys.modules,
         "mappings": "cabinet_desktop.domain.entities" in sys.modules,
         "demo_rows": dialog.demo_table.rowCount() if dialog.demo_table is not None else 0}
dialog.use_demo_account(0)  # then « Se connecter », which loads the accounts service
dialog.accept()
print(json.dumps(dict(shown, signed=dialog.signed.actor.login if dialog.signed else None)))
"""


def test_sign_in_dialog_shows_before_the_orm_loads(sqlite_database: Database) -> None:
    """The first screen of every start asks nothing of SQLAlchemy's ORM or the mappings."""
    import json as json_module

    from cabinet_desktop.demo.accounts import create_demo_accounts
    from cabinet_desktop.domain.entities import Setting
    from cabinet_desktop.services import sign_in_reads

    create_demo_accounts(sqlite_database)
    with sqlite_database.writing() as session:
        row = session.get(Setting, "is_demo")
        assert row is not None
        row.value = json_module.dumps(True)
    path = str(sqlite_database.url.database)
    sqlite_database.close()
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]))
    out = subprocess.run([sys.executable, "-c", SIGN_IN_FIRST, path], env=env,
                         capture_output=True, text=True, check=True, cwd=root)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["orm"] is False and report["mappings"] is False, report
    assert report["demo_rows"] == len(sign_in_reads.DEMO_ACCOUNTS)
    assert report["signed"] == sign_in_reads.DEMO_ACCOUNTS[0][0]  # sign-in itself still works


def test_start_up_pauses_collection_and_restores_it() -> None:
    from cabinet_desktop.ui.app import start_up

    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    with start_up():
        assert not gc.isenabled()
        kept: list[list[int]] = [[] for _ in range(100)]  # start-up objects: frozen at the end
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(kept)
    gc.disable()
    try:
        with start_up():
            pass
        assert not gc.isenabled()  # a caller's choice is left as it was
    finally:
        gc.enable()


def test_start_up_restores_collection_after_an_error() -> None:
    from cabinet_desktop.ui.app import start_up

    with pytest.raises(RuntimeError), start_up():
        raise RuntimeError("échec au démarrage")
    assert gc.isenabled()


def test_session_lock_watches_activity_once_the_window_has_painted(
        qtbot: Any, sqlite_database: Database, tmp_path: Path) -> None:
    from cabinet_desktop.ui.app import make_application
    from cabinet_desktop.ui.shell.main_window import MainWindow
    from cabinet_desktop.ui.workspace import Workspace
    from tests.ui_support import DIRECTOR, ini_settings

    make_application()
    window = MainWindow(Workspace(sqlite_database, DIRECTOR), ini_settings(tmp_path))
    qtbot.addWidget(window)
    lock = window.session.lock
    assert not lock._watching  # not during the first paint (it would slow it down)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: lock._watching)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.locked


def test_window_code_loads_ahead_without_the_list_panes() -> None:
    """What run_gui loads behind the sign-in dialog: sign-in and the window's code, not the
    list panes."""
    code = ("import json, sys\n"
            "from cabinet_desktop.ui.app import WINDOW_MODULES, load_window_code\n"
            "before = [m for m in WINDOW_MODULES if m in sys.modules]\n"
            "load_window_code()\n"
            "print(json.dumps({'before': before, 'modules': sorted(sys.modules)}))\n")
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=root, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["before"] == []
    loaded = set(report["modules"])
    assert {"cabinet_desktop.ui.shell.main_window", "cabinet_desktop.ui.panes.dashboard",
            "cabinet_desktop.services.authentication"} <= loaded
    not_ahead = [m for m in NOT_AT_START if m != "cabinet_desktop.services.authentication"]
    assert not any(name == m or name.startswith(m + ".") for name in loaded
                   for m in not_ahead), "a list pane or an export loaded ahead"


def test_list_pane_code_loads_after_the_first_screen(qtbot, sqlite_database: Database,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path, monkeypatch) -> None:
    """open_window schedules the list panes' code behind the first screen, not inside it."""
    from PySide6.QtCore import QSettings

    from cabinet_desktop.ui import app as app_module
    from tests.ui_support import DIRECTOR

    scheduled: list[tuple[int, Any]] = []
    monkeypatch.setattr(app_module.QTimer, "singleShot",
                        lambda delay, slot: scheduled.append((delay, slot)))
    window = app_module.open_window(sqlite_database, DIRECTOR,
                                    QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert (app_module.PANES_PRELOAD_DELAY_MS, app_module.load_pane_code) in scheduled
    assert app_module.PANES_PRELOAD_DELAY_MS >= 1000  # the first screen is measured before it
