"""Accounts: first administrator, sign-in, lock-out, password policy and rehash, administration."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import select

from cabinet_desktop.demo.accounts import create_demo_accounts
from cabinet_desktop.domain.entities import AuditEntry, Setting, User
from cabinet_desktop.domain.enums import AuditAction, Classification, Role
from cabinet_desktop.domain.errors import (
    AuthenticationError,
    PermissionDenied,
    ValidationError,
)
from cabinet_desktop.services import accounts, authentication, passwords, sign_in_reads
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.store.database import Database

ADMIN_PASSWORD = "Baobab sous la pluie 7"
GOOD_PASSWORD = "Le fleuve Mouhoun en crue"


@pytest.fixture
def admin(database: Database) -> Actor:
    return accounts.create_first_admin(database, "Admin", ADMIN_PASSWORD, "Awa Traoré")


def _journal(database: Database, action: AuditAction) -> list[Any]:
    """The journal entries of ``action`` (plain rows: user_id, entity, reference, changes)."""
    with database.reading() as session:
        return list(session.execute(
            select(AuditEntry.user_id, AuditEntry.entity, AuditEntry.reference,
                   AuditEntry.changes).where(AuditEntry.action == action)
            .order_by(AuditEntry.id)).all())


def _set_demo(database: Database, value: bool) -> None:
    with database.writing() as session:
        row = session.get(Setting, "is_demo")
        assert row is not None
        row.value = json.dumps(value)


# --------------------------------------------------------------------------- password policy


@pytest.mark.parametrize("password", ["court", "onze-carac.", "x" * 11])
def test_policy_refuses_short_passwords(password: str) -> None:
    with pytest.raises(ValidationError, match="au moins 12 caractères") as caught:
        passwords.check_policy(password)
    assert caught.value.field == "password"


@pytest.mark.parametrize("password", ["AZERTY123456", "motdepasse2026", "MotDePasse!!2026",
                                      "Soleil123456", "123456789azerty", "password123456",
                                      "Ouagadougou2026", "azertyuiop123", "qwertyuiop123"])
def test_policy_refuses_common_passwords_whatever_the_case(password: str) -> None:
    with pytest.raises(ValidationError, match="plus courants"):
        passwords.check_policy(password)


def test_policy_accepts_a_long_uncommon_passphrase() -> None:
    passwords.check_policy(GOOD_PASSWORD)
    assert passwords.policy_problem("le karité et la mangue") is None


def test_policy_refuses_login_inside_password_and_too_few_characters() -> None:
    assert "identifiant" in (passwords.policy_problem("awa.traore-1975!", "awa.traore") or "")
    assert "différents" in (passwords.policy_problem("abababababab") or "")


def test_common_list_is_shipped_with_french_words() -> None:
    words = passwords.common_passwords()
    assert len(words) > 19_000
    assert {"motdepasse", "azerty123456", "soleil", "123456", "password"} <= words


def test_production_parameters_are_argon2id_defaults() -> None:
    production = passwords.PasswordHasher()
    stored = production.hash("un mot de passe")
    assert stored.startswith("$argon2id$")
    assert "m=65536,t=3,p=4" in stored


def test_rehash_at_login_when_parameters_change(database: Database, admin: Actor) -> None:
    with database.reading() as session:
        before = session.scalars(select(User.password_hash).where(User.id == admin.user_id)).one()
    assert not passwords.needs_rehash(before)
    passwords.configure_hasher(time_cost=2, memory_cost=16, parallelism=1)
    try:
        assert passwords.needs_rehash(before)
        authentication.login(database, "admin", ADMIN_PASSWORD)
        with database.reading() as session:
            after = session.scalars(select(User.password_hash)
                                    .where(User.id == admin.user_id)).one()
        assert after != before and "m=16,t=2,p=1" in after
        assert not passwords.needs_rehash(after)
        entry = _journal(database, AuditAction.LOGIN)[-1]
        assert "password_hash" in json.loads(entry.changes)
    finally:
        passwords.configure_hasher(time_cost=1, memory_cost=8, parallelism=1)
    # The rehashed password still opens the account with the old parameters' hasher.
    assert authentication.login(database, "admin", ADMIN_PASSWORD).user_id == admin.user_id


# --------------------------------------------------------------------------- first start, sign-in


def test_first_start_creates_the_administrator_once(database: Database) -> None:
    assert not sign_in_reads.has_accounts(database)
    with pytest.raises(ValidationError, match="au moins 12"):
        accounts.create_first_admin(database, "admin", "admin")
    actor = accounts.create_first_admin(database, "Admin", ADMIN_PASSWORD, "Awa Traoré")
    assert sign_in_reads.has_accounts(database)
    assert (actor.role, actor.clearance, actor.display_name) == (
        Role.ADMIN, Classification.SECRET, "Awa Traoré")
    with pytest.raises(PermissionDenied, match="déjà des comptes"):
        accounts.create_first_admin(database, "other", ADMIN_PASSWORD)


def test_login_returns_the_actor_and_is_journaled(database: Database, admin: Actor) -> None:
    signed = authentication.authenticate(database, "  ADMIN ", ADMIN_PASSWORD)
    assert signed.actor == admin
    assert not signed.must_change_password
    entry = _journal(database, AuditAction.LOGIN)[-1]
    assert (entry.user_id, entry.reference) == (admin.user_id, "admin")
    assert accounts.current_account(database, admin).last_login_at is not None


def test_failure_message_does_not_reveal_whether_the_login_exists(database: Database,
                                                                  admin: Actor) -> None:
    with pytest.raises(AuthenticationError) as wrong_password:
        authentication.login(database, "admin", "pas le bon mot de passe")
    with pytest.raises(AuthenticationError) as unknown_login:
        authentication.login(database, "personne", "pas le bon mot de passe")
    assert wrong_password.value.message == unknown_login.value.message
    assert wrong_password.value.message == "Identifiant ou mot de passe incorrect."
    failures = _journal(database, AuditAction.LOGIN_FAILED)
    assert [e.reference for e in failures] == ["admin", "personne"]
    assert "Baobab" not in "".join(e.changes for e in failures)


def test_growing_delay_then_temporary_lock(database: Database, admin: Actor) -> None:
    start = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)
    for attempt in range(1, authentication.FREE_ATTEMPTS):
        with pytest.raises(AuthenticationError) as caught:
            authentication.authenticate(database, "admin", f"mauvais {attempt}", now=start)
        assert caught.value.retry_after == 0
    with pytest.raises(AuthenticationError) as caught:
        authentication.authenticate(database, "admin", "mauvais 3", now=start)
    assert caught.value.retry_after == pytest.approx(5)
    assert "nouvel essai possible dans 5 secondes" in caught.value.message
    # Even the right password is refused while the account waits.
    with pytest.raises(AuthenticationError, match="Trop de tentatives"):
        authentication.authenticate(database, "admin", ADMIN_PASSWORD,
                              now=start + dt.timedelta(seconds=4))
    later = start + dt.timedelta(seconds=6)
    with pytest.raises(AuthenticationError) as caught:
        authentication.authenticate(database, "admin", "mauvais 4", now=later)
    assert caught.value.retry_after == pytest.approx(10)
    delays = [authentication.delay_after(n) for n in range(1, 14)]
    assert delays == sorted(delays) and delays[-1] == authentication.MAX_LOCK_SECONDS
    signed = authentication.authenticate(database, "admin", ADMIN_PASSWORD,
                                   now=later + dt.timedelta(seconds=11))
    assert signed.actor.user_id == admin.user_id
    assert accounts.current_account(database, admin).failed_logins == 0


def test_unknown_logins_lock_out_like_real_ones(database: Database, admin: Actor) -> None:
    start = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)
    real: list[str] = []
    ghost: list[str] = []
    for _ in range(authentication.FREE_ATTEMPTS + 1):
        for login_name, messages in (("admin", real), ("fantome", ghost)):
            with pytest.raises(AuthenticationError) as caught:
                authentication.authenticate(database, login_name, "mauvais", now=start)
            messages.append(caught.value.message)
    assert real == ghost


def test_inactive_account_cannot_sign_in(database: Database, admin: Actor) -> None:
    user = accounts.create_user(database, admin, "ct.kabore", GOOD_PASSWORD, Role.ADVISER,
                                Classification.CONFIDENTIAL, "Issa Kaboré").account
    accounts.set_active(database, admin, user.id, user.version, False)
    with pytest.raises(AuthenticationError, match="désactivé"):
        authentication.login(database, "ct.kabore", GOOD_PASSWORD)
    with pytest.raises(AuthenticationError, match=r"^Identifiant ou mot de passe incorrect\.$"):
        authentication.login(database, "ct.kabore", "mauvais mot de passe")
    archive = _journal(database, AuditAction.ARCHIVE)[-1]
    assert (archive.entity, archive.reference) == ("user", "ct.kabore")


# --------------------------------------------------------------------------- passwords


def test_user_changes_own_password(database: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="actuel") as caught:
        authentication.change_password(database, admin, "faux", GOOD_PASSWORD)
    assert caught.value.field == "current_password"
    with pytest.raises(ValidationError, match="plus courants") as caught:
        authentication.change_password(database, admin, ADMIN_PASSWORD, "Azerty123456")
    assert caught.value.field == "new_password"
    authentication.change_password(database, admin, ADMIN_PASSWORD, GOOD_PASSWORD)
    assert authentication.login(database, "admin", GOOD_PASSWORD) == admin
    with pytest.raises(AuthenticationError):
        authentication.login(database, "admin", ADMIN_PASSWORD)


def test_reset_by_administrator_forces_a_change(database: Database, admin: Actor) -> None:
    created = accounts.create_user(database, admin, "sec.zongo", GOOD_PASSWORD,
                                   "secretariat", 1, "Mariam Zongo").account
    assert created.must_change_password
    first = authentication.authenticate(database, "sec.zongo", GOOD_PASSWORD)
    assert first.must_change_password
    secretary = first.actor
    authentication.change_password(database, secretary, GOOD_PASSWORD, "Une autre phrase longue")
    assert not authentication.authenticate(database, "sec.zongo",
                                     "Une autre phrase longue").must_change_password
    with pytest.raises(PermissionDenied):
        accounts.reset_password(database, secretary, admin.user_id or 0, "Prise de pouvoir 99")
    for _ in range(authentication.FREE_ATTEMPTS):
        with pytest.raises(AuthenticationError):
            authentication.login(database, "sec.zongo", "oublié")
    row = accounts.reset_password(database, admin, created.id, "Réinitialisé le 27/11").account
    assert row.must_change_password and row.failed_logins == 0 and row.locked_until is None
    assert authentication.authenticate(database, "sec.zongo", "Réinitialisé le 27/11"
                                 ).must_change_password
    entries = _journal(database, AuditAction.UPDATE)
    assert any("réinitialisé" in e.changes for e in entries)


# --------------------------------------------------------------------------- administration


def test_administration_is_for_administrators_only(database: Database, admin: Actor) -> None:
    accounts.create_user(database, admin, "lecteur1", GOOD_PASSWORD, Role.READER, 0)
    reader = authentication.login(database, "lecteur1", GOOD_PASSWORD)
    for call in (lambda: accounts.list_users(database, reader),
                 lambda: accounts.create_user(database, reader, "x.y", GOOD_PASSWORD,
                                              Role.ADMIN, 3),
                 lambda: accounts.update_user(database, reader, reader.user_id or 0, 1,
                                              clearance=3)):
        with pytest.raises(PermissionDenied):
            call()
    assert [u.login for u in accounts.list_users(database, admin)] == ["admin", "lecteur1"]


def test_role_and_clearance_changes_are_journaled(database: Database, admin: Actor) -> None:
    user = accounts.create_user(database, admin, "ct.ouedraogo", GOOD_PASSWORD, Role.ADVISER,
                                Classification.RESTRICTED).account
    changed = accounts.update_user(database, admin, user.id, user.version,
                                   role=Role.DEPUTY_DIRECTOR,
                                   clearance=Classification.SECRET).account
    assert (changed.role, changed.clearance) == (Role.DEPUTY_DIRECTOR, Classification.SECRET)
    entry = _journal(database, AuditAction.UPDATE)[-1]
    assert json.loads(entry.changes) == {"role": ["adviser", "deputy_director"],
                                         "clearance": [1, 3]}
    with pytest.raises(ValidationError, match="Rôle"):
        accounts.update_user(database, admin, user.id, changed.version, role="ministre")


def test_last_administrator_stays(database: Database, admin: Actor) -> None:
    row = accounts.get_user(database, admin, admin.user_id or 0)
    with pytest.raises(ValidationError, match="dernier administrateur"):
        accounts.update_user(database, admin, row.id, row.version, role=Role.READER)
    with pytest.raises(ValidationError, match="dernier administrateur"):
        accounts.set_active(database, admin, row.id, row.version, False)


def test_duplicate_and_malformed_logins(database: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="déjà pris"):
        accounts.create_user(database, admin, "ADMIN", GOOD_PASSWORD, Role.READER, 0)
    with pytest.raises(ValidationError, match="Identifiant"):
        accounts.create_user(database, admin, "a b", GOOD_PASSWORD, Role.READER, 0)


# --------------------------------------------------------------------------- demo accounts


def test_demo_accounts_only_in_a_demo_database(database: Database) -> None:
    assert sign_in_reads.demo_accounts(database) == []
    created = create_demo_accounts(database)
    assert {a.role for a in created} == set(Role)
    # Not a demo database: the published passwords do not open it, nor are they shown.
    with pytest.raises(AuthenticationError, match=r"^Identifiant ou mot de passe incorrect\.$"):
        authentication.login(database, "dc", "dc-demo-2026")
    assert sign_in_reads.demo_accounts(database) == []
    _set_demo(database, True)
    shown = sign_in_reads.demo_accounts(database)
    assert [(a.login, a.password) for a in shown][:2] == [("admin", "admin-demo-2026"),
                                                          ("dc", "dc-demo-2026")]
    for account in shown:
        actor = authentication.login(database, account.login, account.password)
        assert (actor.role, actor.clearance) == (account.role, account.clearance)
    assert create_demo_accounts(database) == created  # idempotent


def test_no_demo_accounts_beside_real_ones(database: Database, admin: Actor) -> None:
    with pytest.raises(PermissionDenied, match="comptes réels"):
        create_demo_accounts(database)


# --------------------------------------------------------------------------- command line


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from cabinet_desktop.cli import main

    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_runs_as_a_named_user(tmp_path: Any, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = str(tmp_path / "cli.sqlite3")
    for name in ("CABINET_USER", "CABINET_PASSWORD", "CABINET_ADMIN_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    code, out, _ = _cli(capsys, "--database", path, "init")
    assert code == 0 and "l'administrateur sera créé au premier démarrage" in out
    monkeypatch.setenv("CABINET_ADMIN_PASSWORD", ADMIN_PASSWORD)
    code, out, _ = _cli(capsys, "--database", path, "init", "--admin-login", "chef")
    assert code == 0 and "Compte administrateur « chef » créé" in out
    # Without a user, nothing but init runs.
    code, _, err = _cli(capsys, "--database", path, "info")
    assert code == 2 and "indiquez --user" in err
    monkeypatch.setenv("CABINET_PASSWORD", "mauvais mot de passe")
    code, _, err = _cli(capsys, "--database", path, "--user", "chef", "info")
    assert code == 77 and "Identifiant ou mot de passe incorrect." in err
    monkeypatch.setenv("CABINET_PASSWORD", ADMIN_PASSWORD)
    code, out, _ = _cli(capsys, "--database", path, "--user", "chef", "info")
    assert code == 0 and "Dossiers" in out
    # The administrator creates a reader, who must change the password first.
    monkeypatch.setenv("CABINET_NEW_PASSWORD", GOOD_PASSWORD)
    code, out, _ = _cli(capsys, "--database", path, "--user", "chef", "users", "create",
                        "lecteur.a", "--role", "reader", "--clearance", "1",
                        "--name", "Adama Sanou")
    assert code == 0 and "Lecteur" in out
    monkeypatch.setenv("CABINET_PASSWORD", GOOD_PASSWORD)
    code, _, err = _cli(capsys, "--database", path, "--user", "lecteur.a", "info")
    assert code == 77 and "changer votre mot de passe" in err
    monkeypatch.setenv("CABINET_NEW_PASSWORD", "Le nouveau mot de passe du lecteur")
    assert _cli(capsys, "--database", path, "--user", "lecteur.a", "password")[0] == 0
    monkeypatch.setenv("CABINET_PASSWORD", "Le nouveau mot de passe du lecteur")
    assert _cli(capsys, "--database", path, "--user", "lecteur.a", "info")[0] == 0
    # A reader may neither verify the journal nor manage accounts.
    code, _, err = _cli(capsys, "--database", path, "--user", "lecteur.a", "audit", "verify")
    assert code == 77 and "journal d'audit" in err
    code, _, err = _cli(capsys, "--database", path, "--user", "lecteur.a", "users", "list")
    assert code == 77
    monkeypatch.setenv("CABINET_PASSWORD", ADMIN_PASSWORD)
    code, out, _ = _cli(capsys, "--database", path, "--user", "chef", "users", "list")
    assert code == 0 and "lecteur.a" in out and "Diffusion restreinte" in out
    code, out, _ = _cli(capsys, "--database", path, "--user", "chef", "users", "deactivate",
                        "lecteur.a")
    assert code == 0 and "désactivé" in out


def test_cli_prints_the_permission_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _cli(capsys, "permissions", "--markdown")
    assert code == 0 and out.startswith("# Permissions by role")


def test_demo_generation_brings_one_account_per_role(database: Database) -> None:
    from cabinet_desktop import demo

    demo.generate(database, "small")
    shown = sign_in_reads.demo_accounts(database)
    assert {a.role for a in shown} == set(Role)
    director = authentication.login(database, "dc", "dc-demo-2026")
    assert director.display_name == "Abdoulaye OUÉDRAOGO"
    assert authentication.login(database, "lecteur", "lecteur-demo-2026").clearance == 0


def test_signing_in_is_not_an_edit_of_the_account(database: Database, admin: Actor) -> None:
    before = accounts.get_user(database, admin, admin.user_id or 0)
    authentication.login(database, "admin", ADMIN_PASSWORD)
    with pytest.raises(AuthenticationError):
        authentication.login(database, "admin", "mauvais mot de passe")
    after = accounts.get_user(database, admin, admin.user_id or 0)
    assert after.version == before.version and after.failed_logins == 1
    # An administrator's edit based on the version read before the sign-ins goes through.
    accounts.update_user(database, admin, after.id, before.version,
                         clearance=Classification.CONFIDENTIAL)


def test_cli_demo_needs_no_user_on_an_empty_database(tmp_path: Any,
                                                      capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CABINET_USER", "CABINET_PASSWORD", "CABINET_ADMIN_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    empty = str(tmp_path / "demo.sqlite3")
    code, out, _ = _cli(capsys, "--database", empty, "demo")
    assert code == 0 and "Compte de démonstration : dc / dc-demo-2026" in out
    monkeypatch.setenv("CABINET_PASSWORD", "dc-demo-2026")
    assert _cli(capsys, "--database", empty, "--user", "dc", "info")[0] == 0
    # A database with a real administrator: only that administrator may fill it.
    real = str(tmp_path / "reelle.sqlite3")
    monkeypatch.setenv("CABINET_ADMIN_PASSWORD", ADMIN_PASSWORD)
    assert _cli(capsys, "--database", real, "init")[0] == 0
    monkeypatch.delenv("CABINET_PASSWORD")
    code, _, err = _cli(capsys, "--database", real, "demo")
    assert code == 2 and "indiquez --user" in err
    monkeypatch.setenv("CABINET_PASSWORD", ADMIN_PASSWORD)
    code, out, _ = _cli(capsys, "--database", real, "--user", "admin", "demo")
    assert code == 0 and "Compte de démonstration" not in out
