"""Every service write returns one kind of result (``Saved``): the change set to broadcast, the
record or account as saved, and the journal entry it appended; on both backends."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select

from cabinet_desktop.domain.entities import AuditEntry
from cabinet_desktop.domain.enums import Classification, DossierState, Role
from cabinet_desktop.services import (
    accounts,
    authentication,
    dossiers,
    indicators,
    records,
    settings,
)
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.rows import Saved
from cabinet_desktop.store.database import Database
from tests import factories

ADMIN_PASSWORD = "Baobab sous la pluie 7"
PASSWORD = "Le fleuve Mouhoun en crue"


def entry_of(database: Database, saved: Saved) -> tuple[str, int | None]:
    assert saved.journal_id is not None
    with database.reading() as session:
        row = session.execute(select(AuditEntry.entity, AuditEntry.entity_id)
                              .where(AuditEntry.id == saved.journal_id)).one()
    return row.entity, row.entity_id


def test_record_writes_return_saved_with_their_journal_entry(database: Database,
                                                             system: Actor) -> None:
    dc = factories.make_user(database, "dc", Role.DIRECTOR)
    created = records.create(database, dc, "mission", {
        "title": "Suivre le budget", "attribution_id": factories.attribution_id(database),
        "origin": "minister_instruction", "start_date": dt.date(2026, 1, 5),
        "due_date": dt.date(2026, 3, 1)})
    mission = created.saved
    updated = records.update(database, dc, "mission", mission.id, mission.version,
                             {"progress": 20})
    unchanged = records.update(database, dc, "mission", updated.saved.id,
                               updated.saved.version, {"progress": 20})
    archived = records.set_archived(database, dc, "mission", mission.id, updated.saved.version)
    dossier = factories.dossier(database, dc)
    step = dossiers.advance(database, dc, dossier.id, dossier.version, DossierState.UNDER_REVIEW)
    attached = dossiers.attach(database, dc, dossier.id, "note.pdf", b"%PDF-1.4")
    indicator = records.create(database, dc, "indicator", {
        "name": "Taux", "level": "Résultat", "unit": "%", "direction": "increase"}).saved
    measurement = records.create(database, dc, "measurement", {
        "indicator_id": indicator.id, "period": "2026", "value": 10}).saved
    validated = indicators.validate_measurement(database, dc, measurement.id,
                                                measurement.version)
    removed = records.remove(database, dc, "measurement", measurement.id,
                             validated.saved.version)
    expected: list[tuple[Saved, str, int]] = [
        (created, "mission", mission.id), (updated, "mission", mission.id),
        (archived, "mission", mission.id), (step, "dossier", dossier.id),
        (attached, "attachment", attached.saved.id),
        (validated, "measurement", measurement.id), (removed, "measurement", measurement.id)]
    for saved, kind, record_id in expected:
        assert isinstance(saved, Saved)
        assert saved.changes.concerns(kind) and record_id in saved.changes.ids[kind]
        assert entry_of(database, saved) == (kind, record_id)
    assert removed.record is None
    assert unchanged.journal_id is None and unchanged.saved.version == updated.saved.version


def test_account_and_settings_writes_return_saved(database: Database) -> None:
    admin = accounts.create_first_admin(database, "admin", ADMIN_PASSWORD, "Awa Traoré")
    created = accounts.create_user(database, admin, "ct.kabore", PASSWORD, Role.ADVISER,
                                   Classification.SECRET, "Moussa Kaboré")
    account = created.account
    assert account is not None and account.login == "ct.kabore"
    changed = accounts.update_user(database, admin, account.id, account.version,
                                   role=Role.DIRECTOR)
    assert changed.account is not None and changed.account.role is Role.DIRECTOR
    same = accounts.update_user(database, admin, account.id, changed.account.version,
                                role=Role.DIRECTOR)
    reset = accounts.reset_password(database, admin, account.id, PASSWORD + " bis")
    assert reset.account is not None
    deactivated = accounts.set_active(database, admin, account.id, reset.account.version, False)
    own = authentication.change_password(database, admin, ADMIN_PASSWORD, PASSWORD)
    for saved in (created, changed, reset, deactivated):
        assert saved.changes.concerns("user") and account.id in saved.changes.ids["user"]
        assert entry_of(database, saved) == ("user", account.id)
    assert entry_of(database, own) == ("user", admin.user_id)
    assert same.journal_id is None and not same.changes.kinds
    writes: list[Callable[[], Saved]] = [
        lambda: settings.save_settings(database, admin, {"city": "Bobo-Dioulasso"}),
        lambda: settings.set_motto(database, admin, "Unité – Progrès – Justice",
                                   dt.date(2026, 6, 1))]
    for write in writes:
        saved = write()
        assert saved.changes.concerns("setting") and saved.record is None
        assert entry_of(database, saved) == ("setting", None)
        assert write().changes.kinds == frozenset()  # saved again unchanged: nothing to tell
