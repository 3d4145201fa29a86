"""The reads made before sign-in, in Core without the mappings, agree with the mappings."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import Table
from sqlalchemy.sql.expression import TableClause

from cabinet_desktop.demo.accounts import create_demo_accounts
from cabinet_desktop.domain.entities import Base, Dossier, Setting
from cabinet_desktop.services import sign_in_reads
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.store.database import Database
from tests.factories import dossier


@pytest.mark.parametrize("clause", [sign_in_reads.USERS, sign_in_reads.SETTINGS,
                                    sign_in_reads.MISSIONS, sign_in_reads.DOSSIERS])
def test_table_clauses_name_mapped_columns(clause: TableClause) -> None:
    mapped = Base.metadata.tables[clause.name]
    assert isinstance(mapped, Table)
    assert {column.name for column in clause.columns} <= set(mapped.columns.keys())


def _mark_demo(database: Database, value: object) -> None:
    with database.writing() as session:
        row = session.get(Setting, "is_demo")
        if row is None:
            session.add(Setting(key="is_demo", value=json.dumps(value)))
        else:
            row.value = json.dumps(value)


def test_demo_flag_and_accounts(database: Database) -> None:
    assert not sign_in_reads.is_demo(database)
    create_demo_accounts(database)
    assert sign_in_reads.has_accounts(database)
    assert sign_in_reads.demo_accounts(database) == []  # not a demo: passwords never shown
    _mark_demo(database, True)
    assert sign_in_reads.is_demo(database)
    shown = sign_in_reads.demo_accounts(database)
    assert [a.login for a in shown] == [row[0] for row in sign_in_reads.DEMO_ACCOUNTS]
    _mark_demo(database, False)
    assert not sign_in_reads.is_demo(database)


def test_has_records(database: Database, system: Actor) -> None:
    assert not sign_in_reads.has_records(database)
    dossier(database, system)
    assert sign_in_reads.has_records(database)
    with database.reading() as session:
        assert session.query(Dossier).count() == 1


def test_a_damaged_demo_flag_shows_no_demo_passwords(database: Database) -> None:
    """A hand-edited ``is_demo`` row that is not JSON: sign-in still works, as a real base."""
    create_demo_accounts(database)
    with database.writing() as session:
        row = session.get(Setting, "is_demo")
        if row is None:
            session.add(Setting(key="is_demo", value="{oui"))
        else:
            row.value = "{oui"
    assert not sign_in_reads.is_demo(database)
    assert sign_in_reads.demo_accounts(database) == []
    assert sign_in_reads.has_accounts(database)
