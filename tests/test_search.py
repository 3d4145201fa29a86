"""Global search on both backends: accents, prefixes, ranking, grouping, upkeep, clearance."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select, text

from cabinet_desktop.domain.entities import Attribution, Dossier
from cabinet_desktop.domain.enums import Classification, Role
from cabinet_desktop.services import records
from cabinet_desktop.services.actor import Actor, system_actor
from cabinet_desktop.services.rows import Record
from cabinet_desktop.services.search import rebuild_index, search, snippet
from cabinet_desktop.store import schema
from cabinet_desktop.store.database import Database, open_database
from cabinet_desktop.store.search_index import (
    KIND_SPAN,
    SOURCE_BY_KIND,
    fold,
    fold_aligned,
    terms,
)
from tests.conftest import older_schema


def _attribution(database: Database) -> int:
    with database.reading() as session:
        return int(session.scalar(select(Attribution.id).where(Attribution.code == "A12")) or 0)


def _create(database: Database, actor: Actor, kind: str, **values: Any) -> Record:
    return records.create(database, actor, kind, values).record


def _mission(database: Database, actor: Actor, title: str, **values: Any) -> Record:
    return _create(database, actor, "mission", title=title, attribution_id=_attribution(database),
                   origin="cabinet_initiative", start_date=dt.date(2026, 1, 5), **values)


def _dossier(database: Database, actor: Actor, object_: str, **values: Any) -> Record:
    return _create(database, actor, "dossier", object=object_,
                   received_date=dt.date(2026, 11, 2), **values)


def _reader(clearance: Classification) -> Actor:
    return Actor(user_id=None, login="lecteur", display_name="Lecteur", role=Role.READER,
                 clearance=clearance)


def _refs(results: Any) -> list[str]:
    return [r.reference for r in results.results]


def test_fold_and_terms_drop_accents_case_and_operators() -> None:
    assert fold("Sécurité ŒUVRE Économie") == "securite oeuvre economie"
    assert terms('"sécu*" -AND: (NEAR) DOS-2026-0001') == [
        "secu", "and", "near", "dos", "2026", "0001"]


def test_aligned_fold_keeps_one_character_per_character() -> None:
    for value in ("Sécurité de l'Œuvre", "Cæsar à İzmir", "ΣΟΦΙΑΣ", "", "DOS-2026-0001"):
        folded = fold_aligned(value)
        assert folded == "".join(fold(char)[0] for char in value), value
        assert len(folded) == len(value)
    assert fold_aligned("Œuvre ÉTÉ") == "ouvre ete"


def test_accent_and_case_insensitive_both_ways(database: Database, system: Actor) -> None:
    mission = _mission(database, system, "Renforcer la Sécurité des données")
    plain = _mission(database, system, "Plan de securite routiere")
    for query in ("securite", "SÉCURITÉ", "Sécurite"):
        found = search(database, system, query)
        assert sorted(_refs(found)) == sorted([mission.reference, plain.reference]), query


def test_prefix_match_and_every_word_required(database: Database, system: Actor) -> None:
    mission = _mission(database, system, "Réforme de la fiscalité locale")
    _mission(database, system, "Réforme du code minier")
    assert _refs(search(database, system, "fisc")) == [mission.reference]
    assert _refs(search(database, system, "réf fisc")) == [mission.reference]
    assert _refs(search(database, system, "fiscalite minier")) == []


def test_searches_every_kind_and_groups_by_kind(database: Database, system: Actor) -> None:
    mission = _mission(database, system, "Atelier national sur la santé")
    dossier = _dossier(database, system, "Projet de décret",
                       summary="Organisation des centres de santé de district")
    partner = _create(database, system, "partner", name="Organisation mondiale de la santé",
                      acronym="OMS", category="multilateral_tfp")
    indicator = _create(database, system, "indicator", name="Taux de couverture santé",
                        level="outcome")
    consultation = _create(database, system, "consultation", title="Enquête santé des usagers",
                           date=dt.date(2026, 3, 1), public="users", method="survey")
    note = _create(database, system, "briefing_note", object="Point santé hebdomadaire",
                   note_date=dt.date(2026, 11, 27))
    found = search(database, system, "sante")
    kinds = {group.kind: [r.reference for r in group.results] for group in found.groups}
    assert kinds == {"mission": [mission.reference], "dossier": [dossier.reference],
                     "partner": [partner.reference], "indicator": [indicator.reference],
                     "consultation": [consultation.reference], "briefing_note": [note.reference]}
    labels = {group.kind: group.label for group in found.groups}
    assert labels["partner"] == "Partenaires" and labels["briefing_note"] == "Notes au Ministre"
    # The acronym is searchable too, and shows in the partner's title.
    oms = search(database, system, "oms").results
    assert [(r.kind, r.title) for r in oms] == [
        ("partner", "Organisation mondiale de la santé (OMS)")]


def test_ranking_exact_reference_first_then_title_before_text(database: Database,
                                                               system: Actor) -> None:
    in_text = _mission(database, system, "Suivi budgétaire",
                       description="Coordonner avec la direction de l'eau potable")
    in_title = _mission(database, system, "Accès à l'eau potable en milieu rural")
    found = search(database, system, "eau potable")
    assert _refs(found) == [in_title.reference, in_text.reference]
    # Typing a reference puts that record first, whatever kind it is.
    _mission(database, system, f"Relance du {in_text.reference}")
    first = search(database, system, in_text.reference.lower()).results[0]
    assert (first.reference, first.exact) == (in_text.reference, True)


def test_groups_are_ordered_by_their_best_hit(database: Database, system: Actor) -> None:
    dossier = _dossier(database, system, "Budget programme 2027")
    _mission(database, system, "Réunion", description="budget du ministère à présenter")
    found = search(database, system, dossier.reference)
    assert found.groups[0].kind == "dossier"
    found = search(database, system, "budget programme")
    assert [g.kind for g in found.groups] == ["dossier"]


def test_per_kind_limit(database: Database, system: Actor) -> None:
    for i in range(5):
        _mission(database, system, f"Audit des régies numéro {i}")
    found = search(database, system, "audit", per_kind=3)
    assert len(found.groups) == 1 and len(found.groups[0].results) == 3


def _bulk_dossiers(database: Database, count: int, object_: str) -> None:
    """``count`` dossiers DOS-2020-0001… in one insert, as the demo generator does."""
    with database.writing() as session:
        session.execute(insert(Dossier), [
            {"reference": f"DOS-2020-{i:04d}", "object": f"{object_} {i}", "summary": "",
             "origin_structure": "", "avis_text": "", "received_date": dt.date(2020, 1, 1),
             "sensitive": False, "classification": 0, "state": "received", "archived": False,
             "version": 1, "created_at": dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
             "updated_at": dt.datetime(2020, 1, 1, tzinfo=dt.UTC)} for i in range(1, count + 1)])


def test_every_kind_with_matches_keeps_its_best_when_one_kind_dominates(
        database: Database, system: Actor) -> None:
    # 450 dossiers match « se » in their title: every one of them outranks every mission and
    # partner below, and there are more of them than a « best few hundred overall » keeps.
    _bulk_dossiers(database, 450, "Sécurité alimentaire")
    strongest = _dossier(database, system, "Sécurité : plan de sécurité")
    hidden = _dossier(database, system, "Sécurité, sécurité, sécurité",
                      classification=Classification.CONFIDENTIAL)
    in_text = _mission(database, system, "Revue des dépenses",
                       description="Vérifier les dépenses de sécurité du cabinet")
    in_title = _mission(database, system, "Sécurité des données du cabinet")
    _mission(database, system, "Atelier budgétaire")  # no match
    partner = _create(database, system, "partner", name="Agence nationale",
                      category="multilateral_tfp", notes="Appui à la sécurité routière")

    found = search(database, system, "se", per_kind=2)
    groups = {group.kind: [r.reference for r in group.results] for group in found.groups}
    assert groups == {
        "dossier": [hidden.reference, strongest.reference],
        "mission": [in_title.reference, in_text.reference],
        "partner": [partner.reference],
    }
    assert found.groups[0].kind == "dossier"  # the group holding the best hit comes first
    # The best of a kind is its best among what the actor may read: the confidential dossier
    # is left out in SQL and the next ones take its place (equal scores: by record order).
    low = search(database, _reader(Classification.RESTRICTED), "se", per_kind=2)
    groups = {group.kind: [r.reference for r in group.results] for group in low.groups}
    assert groups == {
        "dossier": [strongest.reference, "DOS-2020-0001"],
        "mission": [in_title.reference, in_text.reference],
        "partner": [partner.reference],
    }
    # Limiting the kinds searched limits the groups, not what each one keeps.
    only = search(database, system, "se", per_kind=1, kinds=["mission", "partner"])
    assert [(g.kind, [r.reference for r in g.results]) for g in only.groups] == [
        ("mission", [in_title.reference]), ("partner", [partner.reference])]


def test_a_one_letter_word_is_a_prefix_too(database: Database, system: Actor) -> None:
    action = _mission(database, system, "Plan d'action numérique")
    relance = _mission(database, system, "Plan de relance")
    _mission(database, system, "Plan pour l'emploi")
    assert sorted(_refs(search(database, system, "plan d"))) == sorted(
        [action.reference, relance.reference])
    assert _refs(search(database, system, "plan d a")) == [action.reference]
    assert _refs(search(database, system, "plan d'a")) == [action.reference]


def test_upgrade_to_per_kind_ranges_keeps_the_index(backend: str, tmp_path: Path,
                                                      request: pytest.FixtureRequest) -> None:
    now = dt.datetime(2026, 1, 1)
    with older_schema("0005_name_sort_keys", backend, tmp_path, request) as (url, conn):
        conn.execute(text(
            "INSERT INTO missions (reference, title, description, attribution_id, origin,"
            " instruction_authority, expected_result, priority, status, progress,"
            " archived, version, created_at, updated_at) VALUES ('MIS-2019-0001',"
            " 'Plan d''action numérique', '', 1, 'minister_instruction', '', '', 'normal',"
            " 'todo', 0, false, 1, :now, :now)"), {"now": now})
    database = open_database(url)  # upgrades to the head revision
    try:
        with database.reading() as session:
            assert schema.current_revision(session.connection()) == schema.HEAD_REVISION
            if backend == "sqlite":
                ddl = session.execute(text(
                    "SELECT sql FROM sqlite_master WHERE name = 'search_fts'")).scalar_one()
                assert "prefix = '1 2 3'" in ddl
                # Each kind's entries form one rowid range; the low bits are as before.
                rowid = session.execute(text("SELECT rowid FROM search_fts")).scalar_one()
                number = SOURCE_BY_KIND["mission"].number
                assert (rowid // KIND_SPAN, rowid % 64) == (number, number)
        assert _refs(search(database, system_actor("tests"), "plan d")) == ["MIS-2019-0001"]
        # The triggers were re-installed with the table: a new record is found at once.
        mission = _mission(database, system_actor("tests"), "Plan de déploiement")
        assert sorted(_refs(search(database, system_actor("tests"), "plan d"))) == [
            "MIS-2019-0001", mission.reference]
    finally:
        database.close()


def test_index_follows_update_archive_and_delete(database: Database, system: Actor) -> None:
    mission = _mission(database, system, "Concertation avec les syndicats")
    saved = records.update(database, system, "mission", mission.id, mission.version,
                           {"title": "Dialogue social avec les centrales"})
    assert _refs(search(database, system, "syndicats")) == []
    assert _refs(search(database, system, "centrales")) == [mission.reference]
    archived = records.set_archived(database, system, "mission", mission.id,
                                    saved.record.version)
    assert _refs(search(database, system, "centrales")) == []
    assert _refs(search(database, system, "centrales", include_archived=True)) == [
        mission.reference]
    records.set_archived(database, system, "mission", mission.id, archived.record.version,
                         archived=False)
    assert _refs(search(database, system, "centrales")) == [mission.reference]

    indicator = _create(database, system, "indicator", name="Taux de dialogue", level="impact")
    assert sorted(_refs(search(database, system, "dialogue"))) == sorted(
        [indicator.reference, mission.reference])
    # Deletion (not allowed by the permission table for indicators) happens directly in SQL:
    # the trigger drops the entry in the same transaction.
    with database.writing() as session:
        session.execute(text("DELETE FROM indicators WHERE id = :id"), {"id": indicator.id})
    assert _refs(search(database, system, "dialogue")) == [mission.reference]


def test_index_covers_avis_text_and_bulk_inserts(database: Database, system: Actor) -> None:
    dossier = _dossier(database, system, "Convention de financement")
    with database.writing() as session:
        row = session.get(Dossier, dossier.id)
        assert row is not None
        row.avis_text = "Avis favorable sous réserve de l'accord du Trésor"
    assert _refs(search(database, system, "tresor")) == [dossier.reference]
    with database.writing() as session:  # a bulk insert, as the demo generator does
        session.execute(insert(Dossier), [
            {"reference": f"DOS-2020-{i:04d}", "object": f"Dossier importé {i}",
             "summary": "Électrification rurale", "origin_structure": "", "avis_text": "",
             "received_date": dt.date(2020, 1, 1), "sensitive": False, "classification": 0,
             "state": "received", "archived": False, "version": 1,
             "created_at": dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
             "updated_at": dt.datetime(2020, 1, 1, tzinfo=dt.UTC)} for i in range(1, 4)])
    assert sorted(_refs(search(database, system, "electrification"))) == [
        "DOS-2020-0001", "DOS-2020-0002", "DOS-2020-0003"]


def test_clearance_filters_in_sql(database: Database, system: Actor) -> None:
    public = _dossier(database, system, "Marché public de fournitures")
    secret = _dossier(database, system, "Marché de défense",
                      classification=Classification.CONFIDENTIAL)
    note = _create(database, system, "briefing_note", object="Marché sensible",
                   note_date=dt.date(2026, 11, 27), classification=Classification.SECRET)
    low = _reader(Classification.RESTRICTED)
    assert _refs(search(database, low, "marche")) == [public.reference]
    assert search(database, low, secret.reference).results == ()
    cleared = _reader(Classification.CONFIDENTIAL)
    assert sorted(_refs(search(database, cleared, "marche"))) == sorted(
        [public.reference, secret.reference])
    assert note.reference in _refs(search(database, system, "marche"))


def test_reclassifying_a_dossier_updates_the_index(database: Database, system: Actor) -> None:
    dossier = _dossier(database, system, "Contentieux fiscal")
    records.update(database, system, "dossier", dossier.id, dossier.version,
                   {"classification": Classification.SECRET})
    assert search(database, _reader(Classification.CONFIDENTIAL), "contentieux").results == ()


@pytest.mark.parametrize("query", [
    '"', "'", "*", "-", ":", "\"sécu", "sécu\"*", "a:b", "NEAR(a b)", "title:x", "x OR",
    "AND", "-(", "^", "'; DROP TABLE missions; --", "\\", "%_", "((", "l'état", "«santé»",
    "   ", "", "é", "🙂 santé",
])
def test_nasty_input_never_breaks_the_query(database: Database, system: Actor,
                                            query: str) -> None:
    _mission(database, system, "Sécurité de l'état civil et santé")
    found = search(database, system, query)
    assert all(r.kind == "mission" for r in found.results)


def test_rebuild_index_restores_a_dropped_index(database: Database, system: Actor) -> None:
    mission = _mission(database, system, "Gouvernance numérique")
    table = "search_fts" if database.is_sqlite else "search_entries"
    with database.writing() as session:
        session.execute(text(f"DELETE FROM {table}"))
    assert _refs(search(database, system, "numerique")) == []
    assert rebuild_index(database) == 1
    assert _refs(search(database, system, "numerique")) == [mission.reference]


def test_snippet_centres_on_the_match() -> None:
    body = ("Le cabinet a reçu de nombreux courriers. " * 4
            + "La Sécurité alimentaire reste la priorité du ministère pour cette campagne.")
    extract = snippet(body, ["securite"], length=60)
    assert "Sécurité" in extract and extract.startswith("…")
    assert snippet("", ["x"]) == ""
    assert snippet("Court texte", ["absent"]) == "Court texte"
