"""Account changes apply at the user's next service call, not at the next sign-in.

A user signs in (the :class:`Actor` the window keeps), then an administrator deactivates the
account, lowers its clearance or changes its role. The same, unchanged ``Actor`` is used for
the next calls: the services must refuse, hide or allow according to the account as it is now.
"""

# The lambdas below are called at once, inside the loop that defines them.
# ruff: noqa: B023

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from cabinet_desktop.domain.enums import Classification, Role
from cabinet_desktop.domain.errors import (
    AuthenticationError,
    CabinetError,
    NotFoundError,
    PermissionDenied,
)
from cabinet_desktop.services import (
    accounts,
    authentication,
    dashboard,
    dossiers,
    indicators,
    listing,
    records,
    search,
    session_guard,
    settings,
)
from cabinet_desktop.services.actor import Actor, system_actor
from cabinet_desktop.services.listing import ListQuery
from cabinet_desktop.services.maintenance import database_info
from cabinet_desktop.store.database import Database
from tests.test_permissions import valid_values

PASSWORD = "Phrase de passe des tests"
TODAY = dt.date(2026, 11, 27)
WORD = "Zanzibar"
DEACTIVATED = "Votre compte a été désactivé par l'administrateur : la session est terminée."


class Cabinet:
    """Records of every kind, dossiers at every classification, and three signed-in users."""

    def __init__(self, database: Database) -> None:
        self.database = database
        system = system_actor("tests")
        self.ids: dict[str, int] = {}
        for kind in ["partner", "indicator", "mission", "contact", "measurement"]:
            self.ids[kind] = records.create(database, system, kind,
                                            valid_values(kind, self.ids)).record.id
        #: classification → (dossier id, reference); every dossier mentions WORD.
        self.dossiers: dict[Classification, tuple[int, str]] = {}
        for level in Classification:
            record = records.create(database, system, "dossier", {
                **valid_values("dossier", {}), "object": f"Projet {WORD} {level.label}",
                "classification": level}).record
            self.dossiers[level] = (record.id, str(record.reference))
        self.ids["dossier"] = self.dossiers[Classification.UNCLASSIFIED][0]
        self.attachments = {level: dossiers.attach(database, system, dossier_id, "note.pdf",
                                                   b"%PDF-1.4 " + level.name.encode(),
                                                   level).record.id
                            for level, (dossier_id, _) in self.dossiers.items()}
        records.update(database, system, "mission", self.ids["mission"],
                       self.version("mission", self.ids["mission"]),
                       {"dossier_ids": [d for d, _ in self.dossiers.values()]})
        self.admin = accounts.create_first_admin(database, "root", PASSWORD)
        self.director = self.user("dc", Role.DIRECTOR, Classification.SECRET)
        self.second_admin = self.user("admin2", Role.ADMIN, Classification.SECRET)

    def user(self, login: str, role: Role, clearance: Classification) -> Actor:
        """A new account, signed in: the Actor its window would keep."""
        accounts.create_user(self.database, self.admin, login, PASSWORD, role, clearance)
        return authentication.login(self.database, login, PASSWORD)

    def version(self, kind: str, record_id: int) -> int:
        return int(records.get(self.database, system_actor("tests"), kind, record_id)["version"])

    def change(self, actor: Actor, **values: Any) -> None:
        """What the administrator does in the Users pane while ``actor`` works."""
        assert actor.user_id is not None
        row = accounts.get_user(self.database, self.admin, actor.user_id)
        accounts.update_user(self.database, self.admin, row.id, row.version, **values)


@pytest.fixture
def cabinet(database: Database) -> Cabinet:
    return Cabinet(database)


@pytest.fixture
def told() -> Iterator[list[Actor]]:
    """The actors the deactivation listeners were told about."""
    seen: list[Actor] = []
    stop = session_guard.watch_deactivation(seen.append)
    yield seen
    stop()


def service_calls(database: Database, cabinet: Cabinet,
                  actor: Actor) -> dict[str, Callable[[], Any]]:
    """One call of each kind of service the window (or the command line) makes for a user."""
    ids = cabinet.ids
    dossier_id, reference = cabinet.dossiers[Classification.UNCLASSIFIED]
    attachment_id = cabinet.attachments[Classification.UNCLASSIFIED]

    def version(kind: str) -> int:
        return cabinet.version(kind, ids[kind])

    return {
        "list page": lambda: listing.page(database, actor, "mission", ListQuery()),
        "list count": lambda: listing.count(database, actor, "dossier"),
        "journal page": lambda: listing.page(database, actor, "audit", ListQuery()),
        "detail": lambda: listing.detail(database, actor, "mission", ids["mission"]),
        "record by id": lambda: records.get(database, actor, "dossier", dossier_id),
        "record by reference": lambda: records.get_by_reference(database, actor, "dossier",
                                                                 reference),
        "search": lambda: search.search(database, actor, WORD),
        "dashboard": lambda: dashboard.dashboard(database, actor, today=TODAY),
        "create": lambda: records.create(database, actor, "mission",
                                         valid_values("mission", ids)),
        "update": lambda: records.update(database, actor, "mission", ids["mission"],
                                         version("mission"), {"title": "Titre revu"}),
        "archive": lambda: records.set_archived(database, actor, "partner", ids["partner"],
                                                version("partner"), True),
        "delete": lambda: records.remove(database, actor, "contact", ids["contact"],
                                         version("contact")),
        "workflow step": lambda: dossiers.advance(database, actor, dossier_id,
                                                  version("dossier"), "under_review"),
        "workflow history": lambda: dossiers.history(database, actor, dossier_id),
        "attach": lambda: dossiers.attach(database, actor, dossier_id, "autre.pdf", b"%PDF"),
        "attachments": lambda: dossiers.attachments(database, actor, dossier_id),
        "attachment content": lambda: dossiers.attachment_content(database, actor,
                                                                   attachment_id),
        "indicator state": lambda: indicators.current_state(database, actor, ids["indicator"]),
        "validate measurement": lambda: indicators.validate_measurement(
            database, actor, ids["measurement"], version("measurement")),
        "own account": lambda: accounts.current_account(database, actor),
        "own password": lambda: authentication.change_password(database, actor, PASSWORD,
                                                         "Une toute autre phrase 2027"),
        "info counts": lambda: database_info(database, actor=actor),
    }


ADMIN_CALLS: dict[str, Callable[[Database, Cabinet, Actor], Any]] = {
    "list users": lambda db, _c, actor: accounts.list_users(db, actor),
    "get user": lambda db, c, actor: accounts.get_user(db, actor, c.director.user_id),
    "create user": lambda db, _c, actor: accounts.create_user(db, actor, "nouveau", PASSWORD,
                                                               Role.READER, 0),
    "update user": lambda db, c, actor: accounts.update_user(
        db, actor, c.director.user_id,
        accounts.get_user(db, c.admin, c.director.user_id).version, clearance=1),
    "reset password": lambda db, c, actor: accounts.reset_password(
        db, actor, c.director.user_id, "Nouvelle phrase 2026"),
    "settings": lambda db, _c, actor: settings.save_settings(db, actor,
                                                             {"inactivity_minutes": 15}),
    "motto": lambda db, _c, actor: settings.set_motto(db, actor, "Unité – Progrès – Justice",
                                                      TODAY),
}


def test_the_calls_go_through_while_the_account_is_active(database: Database,
                                                          cabinet: Cabinet) -> None:
    for name, call in service_calls(database, cabinet, cabinet.director).items():
        call()  # nothing refused: the refusals below come from the deactivation
        assert name
    for call in ADMIN_CALLS.values():
        call(database, cabinet, cabinet.second_admin)


def test_a_deactivated_user_is_refused_at_the_next_call_of_every_service(
        database: Database, cabinet: Cabinet, told: list[Actor]) -> None:
    director = cabinet.director
    cabinet.change(director, active=False)
    went_through: list[str] = []
    for name, call in service_calls(database, cabinet, director).items():
        try:
            call()
        except AuthenticationError as error:
            assert error.message == DEACTIVATED, name
            assert error.exit_code == 77
        else:
            went_through.append(name)
    assert went_through == []
    assert told and {actor.user_id for actor in told} == {director.user_id}


def test_a_deactivated_administrator_loses_account_and_settings_administration(
        database: Database, cabinet: Cabinet) -> None:
    cabinet.change(cabinet.second_admin, active=False)
    for name, call in ADMIN_CALLS.items():
        with pytest.raises(AuthenticationError, match="désactivé"):
            call(database, cabinet, cabinet.second_admin)
        assert name


def test_a_refused_call_changes_nothing(database: Database, cabinet: Cabinet) -> None:
    director = cabinet.director
    cabinet.change(director, active=False)
    before = listing.count(database, system_actor("tests"), "mission")
    with pytest.raises(AuthenticationError):
        records.create(database, director, "mission", valid_values("mission", cabinet.ids))
    assert listing.count(database, system_actor("tests"), "mission") == before
    # Reactivated, the same session works again (the window has ended it meanwhile).
    cabinet.change(director, active=True)
    assert records.create(database, director, "mission",
                          valid_values("mission", cabinet.ids)).record.id


def test_a_lowered_clearance_hides_records_at_the_next_call(database: Database,
                                                            cabinet: Cabinet) -> None:
    director = cabinet.director  # cleared secret at sign-in, and keeps that Actor
    everything = {d for d, _ in cabinet.dossiers.values()}
    assert {r.id for r in listing.page(database, director, "dossier", ListQuery()).rows} == \
        everything
    cabinet.change(director, clearance=Classification.RESTRICTED)
    assert director.clearance is Classification.SECRET  # the snapshot is unchanged
    cleared = {d for level, (d, _) in cabinet.dossiers.items()
               if level <= Classification.RESTRICTED}
    query = ListQuery(text=WORD)
    assert {r.id for r in listing.page(database, director, "dossier", query).rows} == cleared
    assert listing.count(database, director, "dossier", query) == len(cleared)
    assert {r.id for r in search.search(database, director, WORD, per_kind=50).results
            if r.kind == "dossier"} == cleared
    mission = listing.detail(database, director, "mission", cabinet.ids["mission"])
    assert {d.id for d in mission.related["dossiers"]} == cleared
    board = dashboard.dashboard(database, director, today=TODAY)
    assert board.awaiting_avis is not None
    assert {item.id for item in board.awaiting_avis.items} == cleared
    counts = dict(database_info(database, actor=director).counts)
    assert counts["Dossiers"] == len(cleared)
    for level, (dossier_id, reference) in cabinet.dossiers.items():
        above = level > Classification.RESTRICTED
        for call in (lambda: records.get(database, director, "dossier", dossier_id),
                     lambda: records.get_by_reference(database, director, "dossier", reference),
                     lambda: listing.detail(database, director, "dossier", dossier_id),
                     lambda: dossiers.attachments(database, director, dossier_id),
                     lambda: dossiers.attachment_content(database, director,
                                                         cabinet.attachments[level])):
            try:
                call()
            except NotFoundError as error:  # hidden records answer as missing ones
                assert above, error.message
                assert "introuvable" in error.message or "Aucun" in error.message
            else:
                assert not above, (level, reference)
    # Nor may the user classify a new record above the new clearance.
    with pytest.raises(PermissionDenied, match="au-dessus de votre habilitation"):
        records.create(database, director, "dossier",
                       {**valid_values("dossier", {}), "classification": 3})


def test_a_raised_clearance_shows_records_at_the_next_call(database: Database,
                                                           cabinet: Cabinet) -> None:
    adviser = cabinet.user("ct", Role.ADVISER, Classification.UNCLASSIFIED)
    assert listing.count(database, adviser, "dossier") == 1
    cabinet.change(adviser, clearance=Classification.SECRET)
    assert listing.count(database, adviser, "dossier") == len(Classification)


def test_a_demoted_role_loses_write_permission_at_once(database: Database,
                                                       cabinet: Cabinet) -> None:
    director = cabinet.director
    ids = cabinet.ids
    dossier_id, _ = cabinet.dossiers[Classification.UNCLASSIFIED]
    assert records.create(database, director, "mission", valid_values("mission", ids))
    cabinet.change(director, role=Role.READER)
    writes: dict[str, Callable[[], Any]] = {
        "create": lambda: records.create(database, director, "mission",
                                         valid_values("mission", ids)),
        "update": lambda: records.update(database, director, "mission", ids["mission"],
                                         cabinet.version("mission", ids["mission"]),
                                         {"title": "Titre revu"}),
        "archive": lambda: records.set_archived(database, director, "partner", ids["partner"],
                                                cabinet.version("partner", ids["partner"]),
                                                True),
        "workflow step": lambda: dossiers.advance(database, director, dossier_id,
                                                  cabinet.version("dossier", dossier_id),
                                                  "under_review"),
        "attach": lambda: dossiers.attach(database, director, dossier_id, "x.pdf", b"%PDF"),
        "validate": lambda: indicators.validate_measurement(
            database, director, ids["measurement"],
            cabinet.version("measurement", ids["measurement"])),
    }
    for name, call in writes.items():
        with pytest.raises(PermissionDenied, match="Lecteur"):
            call()
        assert name
    # Reading is still allowed to a reader; the journal is not.
    assert listing.count(database, director, "mission") >= 1
    with pytest.raises(PermissionDenied):
        listing.page(database, director, "audit", ListQuery())
    # And a dashboard built for a reader: no section the role may not read.
    assert dashboard.dashboard(database, director, today=TODAY).overdue_missions is not None


def test_a_demoted_administrator_loses_administration_at_once(database: Database,
                                                              cabinet: Cabinet) -> None:
    second = cabinet.second_admin
    cabinet.change(second, role=Role.READER)
    for name, call in ADMIN_CALLS.items():
        with pytest.raises(PermissionDenied):
            call(database, cabinet, second)
        assert name


def test_a_promoted_role_gains_permission_at_once(database: Database, cabinet: Cabinet) -> None:
    reader = cabinet.user("lecteur", Role.READER, Classification.SECRET)
    with pytest.raises(PermissionDenied):
        records.create(database, reader, "mission", valid_values("mission", cabinet.ids))
    cabinet.change(reader, role=Role.ADVISER)
    assert records.create(database, reader, "mission",
                          valid_values("mission", cabinet.ids)).record.id


def test_the_journal_names_the_user_with_the_current_role(database: Database,
                                                          cabinet: Cabinet) -> None:
    adviser = cabinet.user("ct", Role.ADVISER, Classification.SECRET)
    cabinet.change(adviser, role=Role.SECRETARIAT)
    records.create(database, adviser, "contact", valid_values("contact", cabinet.ids))
    newest = listing.page(database, cabinet.admin, "audit",
                          ListQuery(filters={"entity": "contact"})).rows[0]
    assert newest["actor"] == f"{adviser.display_name} ({Role.SECRETARIAT.label})"


def test_actors_without_an_account_are_taken_as_they_are(database: Database,
                                                         cabinet: Cabinet) -> None:
    reader = Actor(user_id=None, login="lecteur", display_name="Lecteur", role=Role.READER,
                   clearance=Classification.UNCLASSIFIED)
    assert listing.count(database, reader, "dossier") == 1
    with pytest.raises(PermissionDenied):
        records.create(database, reader, "mission", valid_values("mission", cabinet.ids))
    with database.reading() as session:
        assert session_guard.current(session, reader) is reader
        system = system_actor("tests")
        assert session_guard.current(session, system) is system
        # An unchanged account gives back the same snapshot (no copy per call).
        assert session_guard.current(session, cabinet.director) is cabinet.director


@pytest.fixture
def users_lookups(database: Database) -> Iterator[list[str]]:
    """The SQL statements that read the ``users`` table, as the services run them."""
    seen: list[str] = []

    def watch(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "FROM users" in statement:
            seen.append(statement)

    event.listen(database.engine, "before_cursor_execute", watch)
    yield seen
    event.remove(database.engine, "before_cursor_execute", watch)


def test_one_account_lookup_per_call_and_none_per_row(database: Database, cabinet: Cabinet,
                                                      users_lookups: list[str]) -> None:
    director = cabinet.director
    dossier_id, _ = cabinet.dossiers[Classification.UNCLASSIFIED]
    calls: dict[str, Callable[[], Any]] = {
        "page": lambda: listing.page(database, director, "dossier",
                                     ListQuery(limit=200)),
        "count": lambda: listing.count(database, director, "mission"),
        "detail": lambda: listing.detail(database, director, "mission",
                                         cabinet.ids["mission"]),
        "record": lambda: records.get(database, director, "dossier", dossier_id),
        "search": lambda: search.search(database, director, WORD),
        "dashboard": lambda: dashboard.dashboard(database, director, today=TODAY),
    }
    for name, call in calls.items():
        users_lookups.clear()
        call()
        assert len(users_lookups) == 1, (name, users_lookups)
        assert "users.id =" in users_lookups[0], name


def test_the_command_line_prints_one_french_line(database: Database, cabinet: Cabinet,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path) -> None:
    """A command whose user is deactivated between sign-in and the call: one line, code 77."""
    from cabinet_desktop import cli, cli_accounts

    director = cabinet.director
    cabinet.change(director, active=False)
    monkeypatch.setattr(cli_accounts, "sign_in", lambda _args, _database: director)
    monkeypatch.setattr(cli, "_open", lambda _args, create=True: database)
    code = cli.main(["--database", str(tmp_path / "ignored.sqlite3"), "info"])
    err = capsys.readouterr().err
    assert code == 77
    assert err.strip().splitlines() == [f"Erreur : {DEACTIVATED}"]


def test_a_broken_listener_does_not_hide_the_refusal(database: Database,
                                                     cabinet: Cabinet) -> None:
    def broken(_actor: Actor) -> None:
        raise RuntimeError("listener")

    stop = session_guard.watch_deactivation(broken)
    try:
        cabinet.change(cabinet.director, active=False)
        with pytest.raises(CabinetError, match="désactivé"):
            listing.count(database, cabinet.director, "mission")
    finally:
        stop()


def test_rights_listeners_hear_of_a_changed_role_or_clearance(database: Database,
                                                              cabinet: Cabinet) -> None:
    heard: list[tuple[Actor, Actor]] = []
    stop = session_guard.watch_rights(lambda held, now: heard.append((held, now)))
    try:
        director = cabinet.director
        listing.count(database, director, "mission")
        assert heard == []  # unchanged: nobody is told
        cabinet.change(director, clearance=Classification.RESTRICTED)
        listing.count(database, director, "mission")
        assert len(heard) == 1
        held, now = heard[0]
        assert held == director
        assert now.user_id == director.user_id and now.clearance is Classification.RESTRICTED
        assert now.role is director.role
    finally:
        stop()
    listing.count(database, director, "mission")
    assert len(heard) == 1  # stopped watching
