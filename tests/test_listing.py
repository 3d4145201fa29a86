"""Lists in SQL: paging, sorting, filtering, clearance, joined columns — on both backends."""

from __future__ import annotations

import datetime as dt

import pytest

from cabinet_desktop.domain.enums import (
    Classification,
    DossierState,
    IndicatorStatus,
    MissionStatus,
    PartnerCategory,
    Role,
)
from cabinet_desktop.domain.errors import NotFoundError, PermissionDenied
from cabinet_desktop.services import listing, records
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.listing import ListQuery
from cabinet_desktop.store.database import Database

TODAY = dt.date.today()


def actor(clearance: Classification, role: Role = Role.ADVISER) -> Actor:
    return Actor(user_id=None, login="ct", display_name="Conseiller", role=role,
                 clearance=clearance)


@pytest.fixture
def cabinet(database: Database, system: Actor) -> Database:
    """A small cabinet: two persons, four missions, five dossiers of every classification."""
    awa = records.create(database, system, "person",
                         {"first_name": "Awa", "last_name": "Traoré"}).record
    issa = records.create(database, system, "person",
                          {"first_name": "Issa", "last_name": "Compaoré"}).record
    missions = [
        ("Préparer le conseil des ministres", MissionStatus.IN_PROGRESS, -5, awa.id),
        ("Suivre la réforme fiscale", MissionStatus.TODO, 10, issa.id),
        ("Rapport annuel de performance", MissionStatus.DONE, -30, awa.id),
        ("Atelier régional de concertation", MissionStatus.ON_HOLD, -1, None),
    ]
    for title, status, days, person in missions:
        records.create(database, system, "mission", {
            "title": title, "attribution_id": 1, "origin": "minister_instruction",
            "status": status, "start_date": TODAY - dt.timedelta(days=60),
            "due_date": TODAY + dt.timedelta(days=days), "assignee_id": person})
    dossiers = [
        ("Projet de décret portant statut", Classification.UNCLASSIFIED, -3),
        ("Convention AFD eau potable", Classification.RESTRICTED, 4),
        ("Budget de la défense", Classification.CONFIDENTIAL, -10),
        ("Dossier sécurité d'État", Classification.SECRET, 2),
        ("Zèbre administratif", Classification.UNCLASSIFIED, 20),
    ]
    for index, (title, level, days) in enumerate(dossiers):
        records.create(database, system, "dossier", {
            "object": title, "received_date": TODAY - dt.timedelta(days=30 - index),
            "avis_due_date": TODAY + dt.timedelta(days=days), "classification": level,
            "instructor_id": awa.id if index % 2 == 0 else issa.id})
    return database


def test_page_sorts_in_sql_and_joins_display_columns(cabinet: Database, system: Actor) -> None:
    result = listing.page(cabinet, system, "mission",
                          ListQuery(sort="title", descending=False))
    titles = [row["title"] for row in result.rows]
    assert titles == sorted(titles)
    assert result.total == 4
    by_title = {row["title"]: row for row in result.rows}
    assert by_title["Suivre la réforme fiscale"]["assignee_name"] == "Issa Compaoré"
    assert by_title["Atelier régional de concertation"]["assignee_name"] == ""
    assert by_title["Préparer le conseil des ministres"]["attribution_code"] == "A01"
    assert by_title["Préparer le conseil des ministres"]["overdue"] is True
    assert by_title["Rapport annuel de performance"]["overdue"] is False  # achevée
    descending = listing.page(cabinet, system, "mission", ListQuery(sort="title",
                                                                    descending=True))
    assert [row["title"] for row in descending.rows] == titles[::-1]
    by_name = listing.page(cabinet, system, "mission", ListQuery(sort="assignee_name"))
    assert [row["assignee_name"] for row in by_name.rows] == [
        "Awa Traoré", "Awa Traoré", "Issa Compaoré", ""]


def test_paging_slices_without_overlap(cabinet: Database, system: Actor) -> None:
    query = ListQuery(sort="reference")
    first = listing.page(cabinet, system, "dossier", query.with_slice(0, 2))
    second = listing.page(cabinet, system, "dossier", query.with_slice(2, 2))
    last = listing.page(cabinet, system, "dossier", query.with_slice(4, 2), with_total=False)
    references = [r.reference for r in (*first.rows, *second.rows, *last.rows)]
    assert references == sorted(references) and len(set(references)) == 5
    assert first.total == 5 and last.total == -1 and last.offset == 4


def test_filters_text_status_person_dates_overdue(cabinet: Database, system: Actor) -> None:
    def titles(**kwargs: object) -> set[str]:
        page = listing.page(cabinet, system, "mission", ListQuery(**kwargs))  # type: ignore[arg-type]
        assert page.total == len(page.rows)
        return {row["title"] for row in page.rows}

    assert titles(text="réforme") == {"Suivre la réforme fiscale"}
    assert titles(text="SUIVRE") == {"Suivre la réforme fiscale"}
    assert titles(text="rapport annuel") == {"Rapport annuel de performance"}
    assert titles(text="100%") == set()
    assert titles(filters={"status": MissionStatus.DONE}) == {"Rapport annuel de performance"}
    awa = listing.people(cabinet, system)[0]
    assert awa[1] == "Issa Compaoré"  # sorted by last name
    assert titles(filters={"assignee_id": awa[0]}) == {"Suivre la réforme fiscale"}
    assert titles(overdue_only=True) == {"Préparer le conseil des ministres",
                                         "Atelier régional de concertation"}
    assert titles(date_from=TODAY, date_to=TODAY + dt.timedelta(days=30)) == {
        "Suivre la réforme fiscale"}
    assert listing.count(cabinet, system, "mission", ListQuery(overdue_only=True)) == 2


def test_clearance_limits_lists_counts_and_details(cabinet: Database) -> None:
    restricted = actor(Classification.RESTRICTED)
    page = listing.page(cabinet, restricted, "dossier", ListQuery(sort="object"))
    assert [row["object"] for row in page.rows] == [
        "Convention AFD eau potable", "Projet de décret portant statut", "Zèbre administratif"]
    assert page.total == 3
    assert listing.count(cabinet, restricted, "dossier") == 3
    assert listing.count(cabinet, actor(Classification.SECRET), "dossier") == 5
    assert listing.count(cabinet, actor(Classification.UNCLASSIFIED), "dossier",
                         ListQuery(text="défense")) == 0
    secret = listing.page(cabinet, actor(Classification.SECRET), "dossier",
                          ListQuery(text="sécurité")).rows[0]
    with pytest.raises(NotFoundError, match="introuvable"):
        listing.detail(cabinet, restricted, "dossier", secret.id)


def test_dossier_sort_and_overdue(cabinet: Database, system: Actor) -> None:
    page = listing.page(cabinet, system, "dossier", ListQuery(sort="avis_due_date",
                                                              descending=True))
    dues = [row["avis_due_date"] for row in page.rows]
    assert dues == sorted(dues, reverse=True)
    overdue = listing.page(cabinet, system, "dossier", ListQuery(overdue_only=True))
    assert {row["object"] for row in overdue.rows} == {"Projet de décret portant statut",
                                                       "Budget de la défense"}
    assert all(row["state"] is DossierState.RECEIVED for row in page.rows)
    only_secret = listing.page(cabinet, system, "dossier",
                               ListQuery(filters={"classification": Classification.SECRET}))
    assert [row["object"] for row in only_secret.rows] == ["Dossier sécurité d'État"]


def test_archived_rows_hidden_unless_asked(cabinet: Database, system: Actor) -> None:
    first = listing.page(cabinet, system, "mission", ListQuery(sort="title")).rows[0]
    records.set_archived(cabinet, system, "mission", first.id, first.version, True)
    assert listing.count(cabinet, system, "mission") == 3
    assert listing.count(cabinet, system, "mission", ListQuery(include_archived=True)) == 4


def test_details_carry_related_items(cabinet: Database, system: Actor) -> None:
    partner = records.create(cabinet, system, "partner", {
        "name": "Agence française de développement", "acronym": "AFD",
        "category": PartnerCategory.BILATERAL_TFP}).record
    records.create(cabinet, system, "contact", {"partner_id": partner.id, "name": "M. Dupont"})
    records.create(cabinet, system, "agreement", {
        "partner_id": partner.id, "title": "Convention eau", "kind": "financing",
        "amount_committed": "1500000000"})
    dossier = listing.page(cabinet, system, "dossier", ListQuery(text="AFD")).rows[0]
    mission = listing.page(cabinet, system, "mission", ListQuery(text="fiscale")).rows[0]
    records.update(cabinet, system, "mission", mission.id, mission.version,
                   {"dossier_ids": [dossier.id], "partner_ids": [partner.id]})
    full = listing.detail(cabinet, system, "mission", mission.id)
    assert [d["object"] for d in full.related["dossiers"]] == ["Convention AFD eau potable"]
    assert [p["acronym"] for p in full.related["partners"]] == ["AFD"]
    assert full["assignee_name"] == "Issa Compaoré"
    assert full["attribution_label"].startswith("A01 — ")
    partner_full = listing.detail(cabinet, system, "partner", partner.id)
    assert [c["name"] for c in partner_full.related["contacts"]] == ["M. Dupont"]
    assert partner_full.related["agreements"][0]["title"] == "Convention eau"
    partners = listing.page(cabinet, system, "partner", ListQuery()).rows
    assert partners[0]["contact_count"] == 1 and partners[0]["agreement_count"] == 1
    assert listing.count(cabinet, system, "partner",
                         ListQuery(filters={"category": PartnerCategory.NGO})) == 0


def test_indicator_latest_value_and_status(cabinet: Database, system: Actor) -> None:
    indicator = records.create(cabinet, system, "indicator", {
        "name": "Taux d'exécution du budget", "level": "outcome", "unit": "%",
        "baseline_value": 50, "direction": "increase", "periodicity": "quarterly"}).record
    records.create(cabinet, system, "indicator_target", {
        "indicator_id": indicator.id, "year": 2026, "value": 90})
    for period, value in (("2026-T1", 60), ("2026-T2", 88)):
        records.create(cabinet, system, "measurement", {
            "indicator_id": indicator.id, "period": period, "value": value})
    row = listing.page(cabinet, system, "indicator", ListQuery()).rows[0]
    assert row["latest_period"] == "2026-T2" and row["latest_value"] == 88
    assert row["target_value"] == 90
    # 88 for a target of 90: 95 % of the way, on track but not reached
    assert row["indicator_status"] is IndicatorStatus.AMBER
    full = listing.detail(cabinet, system, "indicator", indicator.id)
    assert [m["period"] for m in full.related["measurements"]] == ["2026-T1", "2026-T2"]
    assert full["indicator_status"] is IndicatorStatus.AMBER
    records.create(cabinet, system, "measurement", {
        "indicator_id": indicator.id, "period": "2026-T3", "value": 90})
    row = listing.page(cabinet, system, "indicator", ListQuery()).rows[0]
    assert row["indicator_status"] is IndicatorStatus.GREEN  # the target itself: reached
    assert listing.detail(cabinet, system, "indicator",
                          indicator.id)["indicator_status"] is IndicatorStatus.GREEN


def test_journal_lists_newest_first_and_needs_permission(cabinet: Database,
                                                        system: Actor) -> None:
    page = listing.page(cabinet, system, "audit", ListQuery(limit=3))
    assert len(page.rows) == 3 and page.total >= 11
    ids = [row.id for row in page.rows]
    assert ids == sorted(ids, reverse=True)
    assert listing.count(cabinet, system, "audit", ListQuery(text="dossier")) >= 5
    with pytest.raises(PermissionDenied):
        listing.page(cabinet, actor(Classification.SECRET, Role.ADVISER), "audit", ListQuery())


def test_unknown_sort_or_filter_is_refused(cabinet: Database, system: Actor) -> None:
    with pytest.raises(KeyError):
        listing.page(cabinet, system, "mission", ListQuery(sort="nope"))
    with pytest.raises(KeyError):
        listing.page(cabinet, system, "mission", ListQuery(filters={"nope": 1}))
    assert "assignee_name" in listing.sortable_columns("mission")


@pytest.mark.parametrize("descending", [False, True])
def test_empty_values_sort_last_either_way_on_both_backends(cabinet: Database, system: Actor,
                                                           descending: bool) -> None:
    rows = listing.page(cabinet, system, "mission",
                        ListQuery(sort="assignee_id", descending=descending)).rows
    assignees = [r["assignee_id"] for r in rows]
    assert assignees[-1] is None and rows[-1]["title"] == "Atelier régional de concertation"
    present = [a for a in assignees if a is not None]
    assert present == sorted(present, reverse=descending)


@pytest.mark.parametrize(("kind", "sort", "descending"), [
    ("mission", "assignee_id", False), ("mission", "assignee_id", True),
    ("mission", "due_date", True), ("dossier", "object", False), ("dossier", None, False),
    ("dossier", "avis_kind", True), ("mission", "assignee_name", False),
    ("mission", "assignee_name", True)])
def test_slices_read_from_the_end_match_the_same_rows_from_the_start(
        cabinet: Database, system: Actor, kind: str, sort: str | None,
        descending: bool) -> None:
    query = ListQuery(sort=sort, descending=descending)
    everything = [r.id for r in listing.page(cabinet, system, kind, query).rows]
    total = len(everything)
    for start in range(total):
        for size in (1, 2, total):
            end = min(start + size, total)
            tail = listing.page(cabinet, system, kind,
                                query.with_slice(total - end, end - start, from_end=True),
                                with_total=False).rows
            assert [r.id for r in tail] == everything[start:end]


def test_journal_names_the_records_an_entry_refers_to(cabinet: Database, system: Actor) -> None:
    """A journal entry shows « Responsable : Awa Traoré », not the person's id."""
    from cabinet_desktop.services.journal_changes import journal_changes

    mission = listing.page(cabinet, system, "mission", ListQuery(text="conseil")).rows[0]
    issa = next(pid for pid, name in listing.people(cabinet, system) if name == "Issa Compaoré")
    records.update(cabinet, system, "mission", mission.id, mission.version,
                   {"assignee_id": issa})
    entry = listing.page(cabinet, system, "audit", ListQuery(limit=1)).rows[0]
    assert entry.get("entity") == "mission"
    # the journal pane's list and detail panel both read this page's record
    assert ("Responsable", "Awa Traoré", "Issa Compaoré") in journal_changes(entry)
    created = listing.page(cabinet, system, "audit",
                           ListQuery(text="dossier", limit=1, sort="at")).rows[0]
    shown = dict((field, after) for field, _before, after in journal_changes(created))
    assert shown.get("Conseiller instructeur") in ("Awa Traoré", "Issa Compaoré")
    assert "Version" not in shown and "id" not in shown
