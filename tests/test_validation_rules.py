"""The services refuse bad input even when no form checked it first, on both backends: amounts
typed the French way, the rate of a foreign currency, dates in order, email and phone, a
measurement's period against its indicator's periodicity; and a follow-up mission's proposal."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from cabinet_desktop.domain.enums import Classification, Role
from cabinet_desktop.domain.errors import NotFoundError, ValidationError
from cabinet_desktop.services import forms, records
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.follow_up import follow_up_values
from cabinet_desktop.services.validation import parse_number
from cabinet_desktop.store.database import Database
from tests import factories


def _partner(database: Database, actor: Actor) -> int:
    return records.create(database, actor, "partner", {
        "name": "Agence française de développement", "category": "bilateral_tfp"}).saved.id


def test_amounts_typed_the_french_way() -> None:
    assert parse_number("1 234 567,50") == Decimal("1234567.50")
    assert parse_number("1\u202f234\u202f567,50") == Decimal("1234567.50")
    assert parse_number("1.234.567,50") == Decimal("1234567.50")
    assert parse_number("655,957") == Decimal("655.957")
    with pytest.raises(ValueError):
        parse_number("1,2,3")


def test_an_agreement_in_a_foreign_currency_needs_its_rate(database: Database,
                                                           system: Actor) -> None:
    partner = _partner(database, system)
    base = {"partner_id": partner, "title": "Appui budgétaire", "kind": "financing",
            "amount_committed": "1 234 567,50"}
    fcfa = records.create(database, system, "agreement", base).saved
    assert fcfa["currency"].value == "XOF" and fcfa["amount_committed"] == Decimal("1234567.50")
    with pytest.raises(ValidationError, match="taux du jour") as caught:
        records.create(database, system, "agreement", {**base, "currency": "EUR"})
    assert caught.value.field == "exchange_rate"
    with pytest.raises(ValidationError, match="date du taux") as caught:
        records.create(database, system, "agreement", {**base, "currency": "Euro",
                                                       "exchange_rate": "655,957"})
    assert caught.value.field == "rate_date"
    with pytest.raises(ValidationError, match="positif") as caught:
        records.create(database, system, "agreement", {**base, "currency": "USD",
                                                       "exchange_rate": "-600",
                                                       "rate_date": "02/01/2027"})
    euros = records.create(database, system, "agreement", {
        **base, "currency": "EUR", "exchange_rate": "655,957", "rate_date": "02/01/2027"}).saved
    assert euros["exchange_rate"] == Decimal("655.957")
    # switching an agreement to dollars later asks for the dollar's rate too
    with pytest.raises(ValidationError, match="taux du jour"):
        records.update(database, system, "agreement", fcfa.id, fcfa.version,
                       {"currency": "USD"})
    with pytest.raises(ValidationError, match="négatif") as caught:
        records.create(database, system, "agreement", {**base, "amount_disbursed": "-1"})
    assert caught.value.field == "amount_disbursed"
    with pytest.raises(ValidationError, match="ne peut précéder") as caught:
        records.create(database, system, "agreement", {**base, "signature_date": "10/05/2027",
                                                       "end_date": "31/12/2026"})
    assert caught.value.field == "end_date"


def test_contacts_email_and_phone(database: Database, system: Actor) -> None:
    partner = _partner(database, system)
    base = {"partner_id": partner, "name": "Mariam Ouédraogo"}
    with pytest.raises(ValidationError, match="Courriel : adresse invalide") as caught:
        records.create(database, system, "contact", {**base, "email": "mariam.afd.fr"})
    assert caught.value.field == "email"
    with pytest.raises(ValidationError, match="Téléphone : numéro invalide") as caught:
        records.create(database, system, "contact", {**base, "phone": "70 12"})
    assert caught.value.field == "phone"
    with pytest.raises(ValidationError, match="numéro invalide « appeler le matin »"):
        records.create(database, system, "contact", {**base, "phone": "appeler le matin"})
    saved = records.create(database, system, "contact", {
        **base, "email": "m.ouedraogo@afd.fr", "phone": "+226 70 12 34 56 / 25 30 00 00"})
    assert saved.saved["phone"] == "+226 70 12 34 56 / 25 30 00 00"
    with pytest.raises(ValidationError, match="numéro invalide"):
        records.create(database, system, "person", {"last_name": "Sawadogo",
                                                    "phone": "12345"})


def test_a_measurements_period_matches_its_indicator(database: Database,
                                                     system: Actor) -> None:
    monthly = records.create(database, system, "indicator", {
        "name": "Dossiers reçus", "level": "output", "periodicity": "Mensuelle"}).saved
    with pytest.raises(ValidationError, match=r"mensuelle.*« 2026-07 »") as caught:
        records.create(database, system, "measurement", {"indicator_id": monthly.id,
                                                         "period": "2026-T3", "value": 12})
    assert caught.value.field == "period"
    first = records.create(database, system, "measurement", {
        "indicator_id": monthly.id, "period": "2026-07", "value": 12}).saved
    with pytest.raises(ValidationError, match="existe déjà") as caught:
        records.create(database, system, "measurement", {"indicator_id": monthly.id,
                                                         "period": "2026-07", "value": 13})
    assert caught.value.field == "period"
    with pytest.raises(ValidationError, match="mensuelle"):
        records.update(database, system, "measurement", first.id, first.version,
                       {"period": "2026"})
    yearly = records.create(database, system, "indicator", {
        "name": "Taux de satisfaction", "level": "outcome"}).saved  # yearly by default
    records.create(database, system, "measurement", {"indicator_id": yearly.id,
                                                     "period": "2026", "value": 71})


def test_the_forms_check_is_the_services_own() -> None:
    """What a form checks before saving is the services' validation, without the database."""
    with pytest.raises(ValidationError, match="entre 0 et 100") as caught:
        forms.check("mission", {"title": "Mission", "attribution_id": 1,
                                "origin": "minister_instruction", "progress": "140"})
    assert caught.value.field == "progress"
    with pytest.raises(ValidationError, match="ne peut précéder") as caught:
        forms.check("dossier", {"object": "Objet", "received_date": "10/12/2026",
                                "avis_due_date": "01/12/2026"})
    assert caught.value.field == "avis_due_date"
    forms.check("agreement", {"title": "Convention", "kind": "financing",
                              "currency": "XOF", "exchange_rate": None})
    assert forms.applies("agreement", "exchange_rate", {"currency": "EUR"})
    assert not forms.applies("agreement", "rate_date", {"currency": "XOF"})


def test_a_follow_up_mission_starts_from_its_dossier_or_mission(database: Database,
                                                                system: Actor) -> None:
    instructor = records.create(database, system, "person", {
        "first_name": "Issa", "last_name": "Compaoré"}).saved
    dossier = factories.dossier(database, system, instructor_id=instructor.id,
                                avis_due_date=dt.date(2026, 12, 15))
    proposed = follow_up_values(database, system, "dossier", dossier.id)
    assert proposed["title"].startswith(f"Suivi du dossier {dossier.reference} : Projet de")
    assert proposed["assignee_id"] == instructor.id
    assert proposed["due_date"] == dt.date(2026, 12, 15)
    assert proposed["dossier_ids"] == [dossier.id]
    created = records.create(database, system, "mission", {
        **proposed, "attribution_id": factories.attribution_id(database)}).saved
    assert created["dossier_ids"] == (dossier.id,)  # linked in the same save
    again = follow_up_values(database, system, "mission", created.id)
    assert again["title"].startswith("Suivi : Suivi du dossier")
    assert again["attribution_id"] == created["attribution_id"]
    assert again["dossier_ids"] == [dossier.id]
    long = factories.dossier(database, system, object="O" * 400)
    assert len(follow_up_values(database, system, "dossier", long.id)["title"]) == 300


def test_a_follow_up_of_a_dossier_above_ones_clearance_is_introuvable(
        database: Database, system: Actor) -> None:
    secret = factories.dossier(database, system, classification=Classification.SECRET)
    reader = factories.make_user(database, "ct", Role.ADVISER,
                                 clearance=Classification.RESTRICTED)
    with pytest.raises(NotFoundError, match="introuvable"):
        follow_up_values(database, reader, "dossier", secret.id)
