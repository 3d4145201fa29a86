"""Every service called as every role: allowed or denied exactly as ``PERMISSIONS`` says.

Each case runs the real service on a database holding one record of each kind, as a user of
each role cleared for everything, and checks that the call is refused with
:class:`PermissionDenied` exactly when the permission table (or, for dossier workflow steps,
``domain.rules.TRANSITIONS``) denies it. ``docs/permissions.md`` is generated from the same
table; a test checks that the committed file is up to date.
"""

# The lambdas below are called at once, inside the loop that defines them.
# ruff: noqa: B023

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cabinet_desktop.domain.enums import CircuitStep, Classification, DossierState, Role
from cabinet_desktop.domain.errors import PermissionDenied
from cabinet_desktop.domain.rules import TRANSITIONS
from cabinet_desktop.services import (
    accounts,
    authentication,
    circuit,
    dashboard,
    dossiers,
    indicators,
    listing,
    permissions,
    records,
    search,
    settings,
)
from cabinet_desktop.services.actor import Actor, system_actor
from cabinet_desktop.services.listing import ListQuery
from cabinet_desktop.services.permissions import PERMISSIONS, Action
from cabinet_desktop.store.database import Database
from cabinet_desktop.store.listing import listed_kinds

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 27)
PASSWORD = "Phrase de passe des tests"


_serial = itertools.count(1)


def valid_values(kind: str, parents: dict[str, int]) -> dict[str, Any]:
    """Values a user may create a record of ``kind`` with (unique where the schema wants it)."""
    year = 1990 + next(_serial) % 100
    values: dict[str, dict[str, Any]] = {
        "mission": {"title": "Préparer le conseil de cabinet", "attribution_id": 1,
                    "origin": "minister_instruction", "start_date": TODAY,
                    "due_date": TODAY + dt.timedelta(days=30)},
        "dossier": {"object": "Projet de décret", "received_date": TODAY,
                    "origin_structure": "Secrétariat général"},
        "partner": {"name": "Agence française de développement", "category": "ministry"},
        "contact": {"partner_id": parents.get("partner"), "name": "Aminata Sawadogo"},
        "agreement": {"partner_id": parents.get("partner"), "title": "Convention eau potable",
                      "kind": "financing", "status": "negotiation"},
        "interaction": {"partner_id": parents.get("partner"), "date": TODAY,
                        "kind": "meeting"},
        "indicator": {"name": "Taux d'exécution du budget", "level": "output",
                      "periodicity": "quarterly", "direction": "increase"},
        "indicator_target": {"indicator_id": parents.get("indicator"), "year": year,
                             "value": 80.0},
        "measurement": {"indicator_id": parents.get("indicator"), "period": f"{year}-T3",
                        "value": 55.0},
        "consultation": {"title": "Enquête de satisfaction", "date": TODAY, "public": "users",
                         "method": "survey"},
        "briefing_note": {"note_date": TODAY, "object": "Point hebdomadaire"},
        "person": {"first_name": "Issa", "last_name": "Kaboré"},
    }
    return dict(values[kind])


#: What an update changes, per kind (any editable field will do).
UPDATES: dict[str, dict[str, Any]] = {
    "mission": {"title": "Titre revu"}, "dossier": {"object": "Objet revu"},
    "partner": {"name": "Nom revu"}, "contact": {"name": "Nom revu"},
    "agreement": {"title": "Intitulé revu"}, "interaction": {"summary": "Compte rendu"},
    "indicator": {"name": "Nom revu"}, "indicator_target": {"value": 90.0},
    "measurement": {"value": 60.0}, "consultation": {"title": "Titre revu"},
    "briefing_note": {"object": "Objet revu"}, "person": {"last_name": "Nom revu"},
    "attachment": {"filename": "renomme.pdf"},
}

RECORD_KINDS = list(UPDATES)


@pytest.fixture
def world(database: Database) -> dict[str, Any]:
    """One record of each kind, made by the system, and one user per role (cleared for all)."""
    system = system_actor("tests")
    ids: dict[str, int] = {}
    for kind in ["partner", "indicator", "mission", "dossier", "contact", "agreement",
                 "interaction", "indicator_target", "measurement", "consultation",
                 "briefing_note", "person"]:
        ids[kind] = records.create(database, system, kind, valid_values(kind, ids)).record.id
    ids["attachment"] = dossiers.attach(database, system, ids["dossier"], "note.pdf",
                                        b"%PDF-1.4 test").record.id
    admin = accounts.create_first_admin(database, "root", PASSWORD)
    actors = {Role.ADMIN: admin}
    for role in Role:
        if role is not Role.ADMIN:
            row = accounts.create_user(database, admin, role.value, PASSWORD, role,
                                       Classification.SECRET).account
            actors[role] = authentication.login(database, row.login, PASSWORD)
    return {"ids": ids, "actors": actors, "system": system}


def outcome(call: Callable[[], Any]) -> bool:
    """``True`` if the call went through, ``False`` if it was refused for lack of permission."""
    try:
        call()
    except PermissionDenied:
        return False
    return True


def version_of(database: Database, kind: str, record_id: int) -> int:
    return int(records.get(database, system_actor("tests"), kind, record_id)["version"])


def expected(role: Role, action: Action, kind: str) -> bool:
    return role in PERMISSIONS[kind][action]


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_record_services_follow_the_table(database: Database, world: dict[str, Any],
                                          role: Role) -> None:
    actor: Actor = world["actors"][role]
    ids: dict[str, int] = world["ids"]
    mismatches: list[str] = []

    def check(action: Action, kind: str, call: Callable[[], Any]) -> None:
        got, want = outcome(call), expected(role, action, kind)
        if got != want:
            mismatches.append(f"{role.value} {action.value} {kind}: "
                              f"{'allowed' if got else 'denied'}, table says "
                              f"{'allowed' if want else 'denied'}")

    for kind in RECORD_KINDS:
        record_id = ids[kind]
        check(Action.READ, kind, lambda: records.get(database, actor, kind, record_id))
        if kind in listed_kinds():
            check(Action.READ, kind, lambda: listing.page(database, actor, kind, ListQuery()))
            check(Action.READ, kind, lambda: listing.count(database, actor, kind))
        if kind == "attachment":
            check(Action.READ, kind,
                  lambda: dossiers.attachments(database, actor, ids["dossier"]))
            check(Action.CREATE, kind, lambda: dossiers.attach(
                database, actor, ids["dossier"], "autre.pdf", b"%PDF-1.4 autre"))
        else:
            check(Action.CREATE, kind, lambda: records.create(
                database, actor, kind, valid_values(kind, ids)))
        check(Action.UPDATE, kind, lambda: records.update(
            database, actor, kind, record_id, version_of(database, kind, record_id),
            UPDATES[kind]))
        if records.kind(kind).archivable:
            check(Action.ARCHIVE, kind, lambda: records.set_archived(
                database, actor, kind, record_id, version_of(database, kind, record_id), True))
            records.set_archived(database, world["system"], kind, record_id,
                                 version_of(database, kind, record_id), False)
    # Deletion last: it removes the records the other checks use.
    for kind in RECORD_KINDS:
        if kind in ("person",):  # referenced by nothing here, but persons are archived
            continue
        spare = (dossiers.attach(database, world["system"], ids["dossier"], "x.pdf",
                                 b"x").record.id if kind == "attachment" else
                 records.create(database, world["system"], kind,
                                valid_values(kind, ids)).record.id)
        check(Action.DELETE, kind, lambda: records.remove(
            database, actor, kind, spare, version_of(database, kind, spare)))
    check(Action.VALIDATE, "measurement", lambda: indicators.validate_measurement(
        database, actor, ids["measurement"], version_of(database, "measurement",
                                                        ids["measurement"])))
    assert mismatches == []


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_accounts_settings_and_search_follow_the_table(database: Database,
                                                        world: dict[str, Any],
                                                        role: Role) -> None:
    actor: Actor = world["actors"][role]
    admin_row = accounts.list_users(database, world["actors"][Role.ADMIN])[0]
    calls: list[tuple[Action, str, Callable[[], Any]]] = [
        (Action.READ, "user", lambda: accounts.list_users(database, actor)),
        (Action.READ, "user", lambda: accounts.get_user(database, actor, admin_row.id)),
        (Action.CREATE, "user", lambda: accounts.create_user(
            database, actor, f"nouveau.{role.value}", PASSWORD, Role.READER, 0)),
        (Action.UPDATE, "user", lambda: accounts.update_user(
            database, actor, admin_row.id, admin_row.version, clearance=3)),
        (Action.UPDATE, "user", lambda: accounts.reset_password(
            database, actor, world["actors"][Role.READER].user_id, "Nouvelle phrase 2026")),
        (Action.ARCHIVE, "user", lambda: accounts.set_active(
            database, actor, world["actors"][Role.READER].user_id,
            accounts.get_user(database, system_actor("t"),
                              world["actors"][Role.READER].user_id).version, True)),
        (Action.UPDATE, "setting", lambda: settings.save_settings(
            database, actor, {"inactivity_minutes": 15})),
    ]
    mismatches = [f"{role.value} {action.value} {kind}" for action, kind, call in calls
                  if outcome(call) != expected(role, action, kind)]
    assert mismatches == []
    # Search never refuses: it searches the kinds the role may read, and only those.
    hits = search.search(database, actor, "Projet")
    assert len(hits) > 0
    assert all(permissions.allowed(actor, Action.READ, h.kind) for h in hits.results)
    # The dashboard never refuses either: a section the role may not read is left out.
    board = dashboard.dashboard(database, actor, today=TODAY)
    for section, kind in ((board.overdue_missions, "mission"),
                          (board.awaiting_avis, "dossier"),
                          (board.indicators_off_target, "indicator"),
                          (board.recent_interactions, "interaction")):
        assert (section is not None) is permissions.allowed(actor, Action.READ, kind)


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_workflow_steps_follow_the_transition_table(database: Database,
                                                    world: dict[str, Any],
                                                    role: Role) -> None:
    """Each circuit step, taken by each role on a dossier brought to its state: allowed
    exactly to the transition's roles (a conseiller's « Proposer l'avis » only on a dossier
    imputed to him: these accounts have none), and offered exactly when allowed."""
    actor: Actor = world["actors"][role]
    system = world["system"]
    mismatches: list[str] = []
    for transition in TRANSITIONS:
        dossier = records.create(database, system, "dossier",
                                 valid_values("dossier", {})).record
        for step in _path_to(transition.source):
            dossier = _take(database, system, dossier, step, world["ids"]["person"])
        got = outcome(lambda: _take(database, actor, dossier, transition.step,
                                    world["ids"]["person"]))
        expected = role in transition.roles and not (transition.imputed_only
                                                     and role is Role.ADVISER)
        if got != expected:
            mismatches.append(f"{role.value}: {transition.source} {transition.step}")
        assert (transition.step in circuit.offered(actor, dossier)) == expected
    assert mismatches == []


def _take(database: Database, actor: Actor, dossier: Any, step: CircuitStep,
          adviser_id: int) -> Any:
    """Take ``step`` on ``dossier`` with valid input (imputed to the person ``adviser_id``);
    returns the dossier as saved."""
    due = TODAY + dt.timedelta(days=9)
    calls: dict[CircuitStep, Callable[..., Any]] = {
        CircuitStep.IMPUTE: lambda *a: circuit.impute(*a, adviser_id, due),
        CircuitStep.PROPOSE: lambda *a: circuit.propose_avis(*a, "favorable", "Avis favorable"),
        CircuitStep.VALIDATE: lambda *a: circuit.validate_avis(*a),
        CircuitStep.SEND_BACK: lambda *a: circuit.send_back(*a, "À reprendre"),
        CircuitStep.TRANSMIT: lambda *a: circuit.transmit(*a),
        CircuitStep.DECIDE: lambda *a: circuit.record_decision(*a, "agreed", TODAY),
        CircuitStep.CLOSE: lambda *a: circuit.close(*a),
        CircuitStep.FILE: lambda *a: circuit.file_without_action(*a, "Hors compétence"),
    }
    version = int(records.get(database, system_actor("tests"), "dossier", dossier.id).version)
    return calls[step](database, actor, dossier.id, version).record


_MAIN_PATH = ((DossierState.UNDER_REVIEW, CircuitStep.IMPUTE),
              (DossierState.AVIS_PROPOSED, CircuitStep.PROPOSE),
              (DossierState.AVIS_VALIDATED, CircuitStep.VALIDATE),
              (DossierState.SENT_TO_MINISTER, CircuitStep.TRANSMIT))


def _path_to(state: DossierState) -> list[CircuitStep]:
    """The steps bringing a new dossier to ``state`` (a transmitted one with its decision)."""
    steps: list[CircuitStep] = []
    for reached, step in _MAIN_PATH if state is not DossierState.RECEIVED else ():
        steps.append(step)
        if reached is state:
            break
    if state is DossierState.SENT_TO_MINISTER:
        steps.append(CircuitStep.DECIDE)
    return steps


def test_every_kind_and_action_is_in_the_table() -> None:
    for kind, action in itertools.product(PERMISSIONS, Action):
        assert isinstance(PERMISSIONS[kind][action], frozenset)
    assert set(RECORD_KINDS) <= set(PERMISSIONS)


def test_docs_permissions_is_generated_from_the_table() -> None:
    committed = (ROOT / "docs" / "permissions.md").read_text(encoding="utf-8")
    assert committed == permissions.markdown(), (
        "docs/permissions.md is stale: run `python -m cabinet_desktop permissions --markdown "
        "> docs/permissions.md`")
