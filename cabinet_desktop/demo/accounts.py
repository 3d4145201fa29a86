"""One account per role in a demo database, each standing for a member of the demo cabinet."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cabinet_desktop.domain.entities import Person, User
from cabinet_desktop.domain.enums import Role
from cabinet_desktop.domain.errors import (
    PermissionDenied,
)
from cabinet_desktop.i18n import translate
from cabinet_desktop.services.account_records import new_user, system_author
from cabinet_desktop.services.sign_in_reads import (
    DEMO_ACCOUNTS,
    DemoAccount,
)
from cabinet_desktop.store.database import Database


def create_demo_accounts(database: Database) -> list[DemoAccount]:
    """Create one account per role in a demo database (idempotent); returns them.

    Refused when the database holds real (non-demo) accounts: published passwords must never
    open a real database. Demo accounts can sign in only while the database is marked as a demo.
    """
    system = system_author()
    created: list[DemoAccount] = []
    with database.writing() as session:
        real = session.scalar(select(func.count()).select_from(User)
                              .where(User.is_demo.is_(False)))
        if real:
            raise PermissionDenied(translate("Accounts",
                                             "Cette base a des comptes réels : les comptes de "
                                             "démonstration n'y sont pas créés."))
        existing = set(session.scalars(select(User.login)))
        for login_name, role, clearance, _name, password in DEMO_ACCOUNTS:
            if login_name not in existing:
                new_user(session, system, login_name, password, role, clearance, "",
                          must_change=False, person_id=_demo_person(session, role),
                          is_demo=True)
            created.append(DemoAccount(login_name, role, clearance, password))
    return created


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
