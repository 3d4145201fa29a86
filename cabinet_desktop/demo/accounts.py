"""One account per role in a demo database, each standing for a member of the demo cabinet."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from cabinet_desktop.domain.entities import DossierStep, Measurement, Person, User
from cabinet_desktop.domain.enums import DossierState, Role
from cabinet_desktop.domain.errors import (
    PermissionDenied,
)
from cabinet_desktop.i18n import translate
from cabinet_desktop.services.account_records import new_user, system_author
from cabinet_desktop.services.sign_in_reads import (
    DEMO_ACCOUNTS,
    DemoAccount,
    demo_flag,
    is_demo_value,
)
from cabinet_desktop.store.database import Database


def create_demo_accounts(database: Database) -> list[DemoAccount]:
    """Create one account per role in a demo database (idempotent); returns them.

    Refused when the database holds real (non-demo) accounts: published passwords must never
    open a real database. Demo accounts can sign in only while the database is marked as a demo.
    The accounts and the history they sign are written in one transaction.
    """
    with database.writing() as session:
        if has_real_accounts(session):
            raise PermissionDenied(translate("Accounts",
                                             "Cette base a des comptes réels : les comptes de "
                                             "démonstration n'y sont pas créés."))
        return add_demo_accounts(session)


def has_real_accounts(session: Session) -> bool:
    """Whether the base has an account that is not a demo one."""
    return bool(session.scalar(select(func.count()).select_from(User)
                               .where(User.is_demo.is_(False))))


def add_demo_accounts(session: Session) -> list[DemoAccount]:
    """Add the missing demo accounts in the caller's transaction and sign the demo history
    with them (the caller checked :func:`has_real_accounts`)."""
    system = system_author()
    created: list[DemoAccount] = []
    existing = set(session.scalars(select(User.login)))
    for login_name, role, clearance, _name, password in DEMO_ACCOUNTS:
        if login_name not in existing:
            new_user(session, system, login_name, password, role, clearance, "",
                     must_change=False, person_id=_demo_person(session, role), is_demo=True)
        created.append(DemoAccount(login_name, role, clearance, password))
    _sign_demo_history(session, {account.role: account.login for account in created})
    return created


#: Which demo account took each workflow step, so every step of the history shows a name.
_STEP_ROLES = {
    DossierState.RECEIVED: Role.SECRETARIAT,
    DossierState.AVIS_PROPOSED: Role.ADVISER,
    DossierState.SENT_TO_MINISTER: Role.SECRETARIAT,
    DossierState.CLOSED: Role.SECRETARIAT,
}
#: The steps only the DC or the DCA takes (imputing, returning for rework, validating an avis,
#: filing): shared between them, the DC one dossier, the DCA the next.
_LEADER_STEPS = (DossierState.UNDER_REVIEW, DossierState.AVIS_VALIDATED,
                 DossierState.FILED_WITHOUT_ACTION)


def _sign_demo_history(session: Session, logins: dict[Role, str]) -> None:
    """Attribute the generated workflow steps and validations to the demo accounts."""
    rows = session.execute(select(User.login, User.id)
                           .where(User.login.in_(list(logins.values()))))
    ids = {login: user_id for login, user_id in rows}
    for state, role in _STEP_ROLES.items():
        user_id = ids.get(logins.get(role, ""))
        if user_id is None:
            continue
        session.execute(update(DossierStep)
                        .where(DossierStep.to_state == state, DossierStep.user_id.is_(None))
                        .values(user_id=user_id))
    director = ids.get(logins.get(Role.DIRECTOR, ""))
    deputy = ids.get(logins.get(Role.DEPUTY_DIRECTOR, "")) or director
    if director is None or deputy is None:
        return
    for parity, user_id in ((0, director), (1, deputy)):
        session.execute(update(DossierStep)
                        .where(DossierStep.to_state.in_(_LEADER_STEPS),
                               DossierStep.user_id.is_(None),
                               DossierStep.dossier_id % 2 == parity)
                        .values(user_id=user_id))
        session.execute(update(Measurement)
                        .where(Measurement.validated.is_(True),
                               Measurement.validated_by_id.is_(None),
                               Measurement.indicator_id % 2 == parity)
                        .values(validated_by_id=user_id))


def repair_demo_accounts(database: Database) -> list[DemoAccount]:
    """Give a demo base that has data but no account its demo accounts (one transaction).

    A demo loaded before demo accounts came with the load has none; nothing is done (``[]``)
    when the base is not a demo or has any account.
    """
    with database.writing() as session:
        if not _database_is_demo(session) or session.scalar(
                select(func.count()).select_from(User)):
            return []
        return add_demo_accounts(session)


def _database_is_demo(session: Session) -> bool:
    return is_demo_value(session.scalar(demo_flag()))


#: How a demo account finds its person among the demo cabinet's members (by function).
_DEMO_FUNCTIONS = {Role.DIRECTOR: ("Directeur de cabinet", "Directrice de cabinet"),
                   Role.DEPUTY_DIRECTOR: ("Directeur adjoint", "Directrice adjointe"),
                   Role.ADVISER: ("Conseiller technique", "Conseillère technique"),
                   Role.SECRETARIAT: ("Secrétaire",)}


def _demo_person(session: Session, role: Role) -> int | None:
    """The demo cabinet member an account of ``role`` stands for (none for admin, reader)."""
    for prefix in _DEMO_FUNCTIONS.get(role, ()):
        person_id = session.scalar(select(Person.id).where(Person.function.startswith(prefix))
                                   .order_by(Person.id).limit(1))
        if person_id is not None:
            return int(person_id)
    return None
