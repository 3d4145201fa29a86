"""Sign-in counts in the base: unknown logins lock out like real ones, across clients and
restarts, and the table stays small."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from cabinet_desktop.domain.entities import SignInFailures
from cabinet_desktop.domain.errors import AuthenticationError
from cabinet_desktop.services import accounts, authentication, sign_in_counters
from cabinet_desktop.store.database import Database, open_database
from tests.conftest import older_schema

ADMIN_PASSWORD = "Baobab sous la pluie 7"
START = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def second_client(database: Database) -> Iterator[Database]:
    """Another client of the same base (another process or PC), with its own connections."""
    other = open_database(database.url, create=False)
    yield other
    other.close()


def _refusal(database: Database, login: str, password: str,
             now: dt.datetime = START) -> AuthenticationError:
    with pytest.raises(AuthenticationError) as caught:
        authentication.authenticate(database, login, password, now=now)
    return caught.value


def _answers(clients: list[Database], login: str, rounds: int,
             now: dt.datetime = START) -> list[tuple[str, float | None]]:
    """The messages and waits of ``rounds`` wrong attempts, made by each client in turn."""
    out = []
    for number in range(rounds):
        error = _refusal(clients[number % len(clients)], login, f"mauvais {number}", now)
        out.append((error.message, error.retry_after))
    return out


def test_an_unknown_login_gets_the_same_answers_and_delays_as_a_real_one(
        database: Database) -> None:
    accounts.create_first_admin(database, "admin", ADMIN_PASSWORD, "Awa Traoré")
    real = _answers([database], "admin", 5)
    ghost = _answers([database], "Fantome ", 5)  # normalised like a real login
    assert real == ghost
    assert real[0][0] == "Identifiant ou mot de passe incorrect."
    assert "Trop de tentatives infructueuses" in real[2][0] and real[2][1] == pytest.approx(5)
    # While waiting, even the right password (or any password) gets the same refusal.
    later = START + dt.timedelta(seconds=1)
    assert (_refusal(database, "admin", ADMIN_PASSWORD, later).message
            == _refusal(database, "fantome", "nimporte", later).message)


def test_two_clients_share_the_counts(database: Database, second_client: Database) -> None:
    accounts.create_first_admin(database, "admin", ADMIN_PASSWORD, "Awa Traoré")
    real = _answers([database, second_client], "admin", 4)
    ghost = _answers([second_client, database], "fantome", 4)
    assert real == ghost
    assert [wait for _, wait in ghost] == [0, 0, pytest.approx(5), pytest.approx(5)]


def test_the_counts_survive_a_restart(database: Database) -> None:
    for number in range(3):
        _refusal(database, "fantome", f"mauvais {number}")
    database.close()
    reopened = open_database(database.url, create=False)
    try:
        error = _refusal(reopened, "fantome", "encore", START + dt.timedelta(seconds=2))
        assert "Trop de tentatives" in error.message and error.retry_after == pytest.approx(3)
    finally:
        reopened.close()


def test_a_count_quiet_for_a_day_starts_again_for_real_and_unknown_logins(
        database: Database) -> None:
    accounts.create_first_admin(database, "admin", ADMIN_PASSWORD, "Awa Traoré")
    for login in ("admin", "fantome"):
        _answers([database], login, 3)
    next_day = START + sign_in_counters.COUNT_LIFETIME + dt.timedelta(minutes=1)
    assert (_answers([database], "admin", 3, next_day)
            == _answers([database], "fantome", 3, next_day))
    assert "Trop de tentatives" not in _refusal(database, "inconnu2", "x", next_day).message


def test_old_counts_are_pruned_and_the_table_is_capped(
        database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    for number in range(5):
        _refusal(database, f"ancien{number}", "mauvais")
    _refusal(database, "nouveau", "mauvais", START + dt.timedelta(days=2))
    with database.reading() as session:
        assert session.scalars(select(SignInFailures.login)).all() == ["nouveau"]
    monkeypatch.setattr(sign_in_counters, "CAPACITY", 3)
    later = START + dt.timedelta(days=2)
    for number in range(5):
        _refusal(database, f"essai{number}", "mauvais", later + dt.timedelta(seconds=number))
    with database.reading() as session:
        kept = set(session.scalars(select(SignInFailures.login)))
        assert session.scalar(select(func.count()).select_from(SignInFailures)) == 3
    assert kept == {"essai2", "essai3", "essai4"}


def test_a_successful_sign_in_clears_the_count(database: Database) -> None:
    accounts.create_first_admin(database, "admin", ADMIN_PASSWORD, "Awa Traoré")
    _refusal(database, "admin", "mauvais")
    authentication.authenticate(database, "admin", ADMIN_PASSWORD, now=START)
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(SignInFailures)) == 0


def test_upgrade_to_0008_adds_the_shared_counts(backend: str, tmp_path: Path,
                                                request: pytest.FixtureRequest) -> None:
    with older_schema("0007_journal_ids_never_reused", backend, tmp_path, request) as (url, _):
        pass
    database = open_database(url)
    try:
        with database.reading() as session:
            assert session.execute(text("SELECT count(*) FROM sign_in_failures")).scalar() == 0
        for number in range(3):
            error = _refusal(database, "fantome", f"mauvais {number}")
        assert "Trop de tentatives" in error.message
    finally:
        database.close()
