"""Two clients (two ``Database`` objects on one base) save the same record, on both backends:
the second save is refused with who saved, when, the record as saved and the changed fields;
never a silent lost update."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cabinet_desktop.domain.enums import Role
from cabinet_desktop.domain.errors import ConflictError
from cabinet_desktop.services import dossiers, records
from cabinet_desktop.services.rows import Record
from cabinet_desktop.store.database import Database, open_database
from tests import factories


@pytest.fixture
def second_client(database: Database) -> Iterator[Database]:
    """Another workstation on the same base."""
    other = open_database(database.url.render_as_string(hide_password=False))
    yield other
    other.close()


def test_second_save_gets_the_conflict_with_the_first_savers_name_and_fields(
        database: Database, second_client: Database) -> None:
    awa = factories.make_user(database, "aouedraogo", Role.ADVISER)
    issa = factories.make_user(database, "isawadogo", Role.DIRECTOR, first_name="Issa",
                               last_name="Sawadogo")
    mission = factories.mission(database, awa)
    read_by_awa = records.get(database, awa, "mission", mission.id)
    read_by_issa = records.get(second_client, issa, "mission", mission.id)

    first = records.update(second_client, issa, "mission", mission.id, read_by_issa.version,
                           {"progress": 80, "title": "Conseil de cabinet du 12 décembre"})
    with pytest.raises(ConflictError) as caught:
        records.update(database, awa, "mission", mission.id, read_by_awa.version,
                       {"title": "Titre d'Awa", "description": "Awa"},
                       based_on=dict(read_by_awa.values))
    conflict = caught.value
    assert "Issa Sawadogo" in conflict.message and "n'ont pas été enregistrées" in conflict.message
    assert conflict.saved_by == "Issa Sawadogo" and conflict.saved_at is not None
    assert conflict.fields == ("progress", "title")
    assert isinstance(conflict.current, Record)
    assert conflict.current.version == first.saved.version
    assert conflict.current["title"] == "Conseil de cabinet du 12 décembre"
    # Without the values read, the journal tells the same fields.
    with pytest.raises(ConflictError) as from_journal:
        records.update(database, awa, "mission", mission.id, read_by_awa.version,
                       {"title": "Titre d'Awa"})
    assert from_journal.value.fields == ("progress", "title")
    # Nothing of Awa's edit was written; saving over the version shown now works.
    now = records.get(database, awa, "mission", mission.id)
    assert now["title"] == "Conseil de cabinet du 12 décembre" and now["progress"] == 80
    merged = records.update(database, awa, "mission", mission.id, conflict.current.version,
                            {"description": "Awa"})
    assert merged.saved["progress"] == 80 and merged.saved["description"] == "Awa"


def test_two_clients_racing_on_a_workflow_step(database: Database,
                                              second_client: Database) -> None:
    sec = factories.make_user(database, "sec", Role.SECRETARIAT)
    ct = factories.make_user(database, "ct", Role.ADVISER, first_name="Moussa",
                             last_name="Kaboré")
    dossier = factories.dossier(database, sec)
    records.update(second_client, ct, "dossier", dossier.id, dossier.version,
                   {"object": "Objet revu par Moussa"})
    with pytest.raises(ConflictError) as caught:
        dossiers.advance(database, sec, dossier.id, dossier.version, "under_review")
    assert caught.value.saved_by == "Moussa Kaboré" and caught.value.fields == ("object",)
