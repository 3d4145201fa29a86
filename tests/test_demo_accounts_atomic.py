"""The demo's accounts come in the demo load's transaction; ``init`` repairs an older load
that has data and no account."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from cabinet_desktop import cli, demo
from cabinet_desktop.domain.entities import Dossier, DossierStep, User
from cabinet_desktop.domain.enums import Role
from cabinet_desktop.services import authentication, sign_in_reads
from cabinet_desktop.store.database import Database, open_database
from tests.test_faults import KILLED, check_consistent, run_killed, url_of


def _counts(database: Database) -> tuple[int, int]:
    with database.reading() as session:
        return (int(session.scalar(select(func.count()).select_from(Dossier)) or 0),
                int(session.scalar(select(func.count()).select_from(User)) or 0))


@pytest.mark.parametrize("point", ["commit", "after_commit"])
def test_a_demo_load_killed_at_its_commit_has_accounts_or_nothing(
        database: Database, point: str) -> None:
    url = url_of(database)
    database.close()
    assert run_killed("demo", point, url) == KILLED
    reopened = check_consistent(url)
    try:
        dossiers, users = _counts(reopened)
        if point == "commit":  # died before the commit: nothing was written
            assert (dossiers, users) == (0, 0)
        else:
            assert dossiers > 0
            assert {a.role for a in sign_in_reads.demo_accounts(reopened)} == set(Role)
            assert authentication.login(reopened, "dc", "dc-demo-2026").role is Role.DIRECTOR
    finally:
        reopened.close()


def test_init_gives_a_demo_without_accounts_its_accounts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import cabinet_desktop.demo as demo_package

    path = str(tmp_path / "demo.sqlite3")
    database = open_database(path)
    # A load from before accounts came with it: data, no account.
    monkeypatch.setattr(demo_package, "has_real_accounts", lambda _session: True)
    demo.generate(database, "small")
    monkeypatch.undo()
    assert _counts(database)[1] == 0 and not sign_in_reads.demo_accounts(database)
    database.close()
    for name in ("CABINET_USER", "CABINET_PASSWORD", "CABINET_ADMIN_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    assert cli.main(["--database", path, "init"]) == 0
    assert "6 comptes de démonstration créés" in capsys.readouterr().out
    database = open_database(path, create=False)
    try:
        assert {a.role for a in sign_in_reads.demo_accounts(database)} == set(Role)
        with database.reading() as session:  # the history is signed by the demo accounts
            assert session.scalar(select(func.count()).select_from(DossierStep)
                                  .where(DossierStep.user_id.is_(None))) == 0
        assert cli.main(["--database", path, "init"]) == 0  # once only
        assert "comptes de démonstration" not in capsys.readouterr().out
    finally:
        database.close()
