"""What is read before anyone signs in, without SQLAlchemy's ORM.

Whether accounts exist, whether the database is a demo and which demo accounts it holds, whether
it holds any record: the sign-in dialog needs these before it shows. They are Core statements
over lightweight table clauses (``sqlalchemy.table``), so the first screen appears before the ORM
and the mappings load (about 0.15 s); those load behind the dialog while the user types.
``tests/test_sign_in_reads.py`` checks the clauses against the mapped tables.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, column, exists, or_, select, table, true

from cabinet_desktop.domain.enums import Classification, Role
from cabinet_desktop.store.database import Database

log = logging.getLogger(__name__)

LOGIN_MAX_LENGTH = 40  # the journal keeps references of 40 characters

#: Demo accounts (login → role, clearance, display name, password): created only in a database
#: created as a demo, and their passwords are shown by the login dialog of such a database only.
DEMO_ACCOUNTS: tuple[tuple[str, Role, Classification, str, str], ...] = (
    ("admin", Role.ADMIN, Classification.RESTRICTED, "Administrateur (démo)",
     "admin-demo-2026"),
    ("dc", Role.DIRECTOR, Classification.SECRET, "Directeur de cabinet (démo)", "dc-demo-2026"),
    ("dca", Role.DEPUTY_DIRECTOR, Classification.SECRET, "Directeur adjoint (démo)",
     "dca-demo-2026"),
    ("ct", Role.ADVISER, Classification.CONFIDENTIAL, "Conseiller technique (démo)",
     "ct-demo-2026"),
    ("secretariat", Role.SECRETARIAT, Classification.RESTRICTED, "Secrétariat (démo)",
     "secretariat-demo-2026"),
    ("lecteur", Role.READER, Classification.UNCLASSIFIED, "Lecteur (démo)",
     "lecteur-demo-2026"),
)


@dataclass(frozen=True, slots=True)
class DemoAccount:
    login: str
    role: Role
    clearance: Classification
    password: str


#: The columns read here, by table (checked against the mappings by the tests).
USERS = table("users", column("id"), column("login"), column("is_demo"), column("active"))
SETTINGS = table("settings", column("key"), column("value"))
MISSIONS = table("missions", column("id"))
DOSSIERS = table("dossiers", column("id"))


def demo_flag() -> Select[Any]:
    """The stored ``is_demo`` setting (JSON text, no row when never set)."""
    return select(SETTINGS.c.value).where(SETTINGS.c.key == "is_demo")


def is_demo_value(stored: str | None) -> bool:
    """Whether the stored value of :func:`demo_flag` marks a demo database.

    A value that is not JSON (a hand-edited or damaged row) does not: the sign-in dialog then
    shows no demo passwords, and it still opens.
    """
    if stored is None:
        return False
    try:
        return bool(json.loads(stored))
    except ValueError:
        log.warning("setting is_demo is not JSON: taken as false")
        return False


def has_accounts(database: Database) -> bool:
    """Whether any account exists (``False`` on first start: the administrator must be made)."""
    with database.reading_core() as connection:
        return bool(connection.scalar(select(exists().select_from(USERS))))


def is_demo(database: Database) -> bool:
    """Whether the database was created as a demonstration database."""
    with database.reading_core() as connection:
        return is_demo_value(connection.scalar(demo_flag()))


def demo_accounts(database: Database) -> list[DemoAccount]:
    """The demo accounts the login dialog may show (none unless the database is a demo)."""
    with database.reading_core() as connection:
        if not is_demo_value(connection.scalar(demo_flag())):
            return []
        present = set(connection.scalars(
            select(USERS.c.login).where(USERS.c.is_demo == true(), USERS.c.active == true())))
    return [DemoAccount(login_name, role, clearance, password)
            for login_name, role, clearance, _name, password in DEMO_ACCOUNTS
            if login_name in present]


def has_records(database: Database) -> bool:
    """Whether the database holds any mission or dossier (an empty demo is filled at start)."""
    with database.reading_core() as connection:
        return bool(connection.scalar(select(or_(exists().select_from(MISSIONS),
                                                 exists().select_from(DOSSIERS)))))

