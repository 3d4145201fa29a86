"""Builds the demonstration rows and writes them with bulk Core inserts in one transaction.

Every value comes from one seeded :class:`random.Random` and from dates relative to ``today``,
so a given seed and day always give the same references, titles and figures. Rows are plain
dicts inserted a few thousand at a time (``session.execute(insert(table), rows)``); ids are
reserved up front (:func:`reserve_ids`) so that child rows and links are built without reading
anything back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import Any, TypeVar, cast

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from cabinet_desktop.demo import catalogue as cat
from cabinet_desktop.demo import office_hours as office
from cabinet_desktop.domain import entities as e
from cabinet_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    AvisKind,
    Classification,
    ConsultationMethod,
    Currency,
    Direction,
    DossierState,
    IndicatorLevel,
    InteractionKind,
    MissionOrigin,
    MissionStatus,
    PartnerCategory,
    Periodicity,
    Priority,
    Scope,
)
from cabinet_desktop.domain.references import FORMATS
from cabinet_desktop.domain.rules import periods_of
from cabinet_desktop.i18n import translate
from cabinet_desktop.services.tasks import TaskState
from cabinet_desktop.store.references import allocate_numbers

Row = dict[str, Any]
T = TypeVar("T")
#: « la » before a vowel, as a structure's name put after « de la {structure} » may give
_ELISION = re.compile(r"\bla ([AEIOUÉÈÊaeiouéèê])")
_BEFORE_VOWEL = tuple(f"la {vowel}" for vowel in "AEIOUÉÈÊaeiouéèê")
#: office minutes in an average calendar day (ten hours, five days out of seven)
_OFFICE_MINUTES_A_DAY = office.DAY_MINUTES * 5 // 7
BATCH = 5000
EUR_RATE = Decimal("655.957")  # fixed parity of the CFA franc


@dataclass(frozen=True, slots=True)
class Scale:
    """How much of everything a demo size holds."""

    persons: int
    missions: int
    dossiers: int
    partners: int
    indicators: int
    consultations: int
    attachments: int
    history_years: int  # dossiers, missions and interactions go back this many years
    measurement_years: int  # indicators are measured since this many years


SCALES: dict[str, Scale] = {
    "small": Scale(persons=8, missions=120, dossiers=300, partners=60, indicators=40,
                   consultations=12, attachments=24, history_years=2,
                   measurement_years=3),
    "large": Scale(persons=40, missions=10_000, dossiers=100_000, partners=2_000,
                   indicators=500, consultations=200, attachments=0, history_years=7,
                   measurement_years=7),
}

_MAIN_PATH = (DossierState.RECEIVED, DossierState.UNDER_REVIEW, DossierState.AVIS_PROPOSED,
              DossierState.AVIS_VALIDATED, DossierState.SENT_TO_MINISTER, DossierState.CLOSED)
_AVIS_GIVEN = frozenset(_MAIN_PATH[2:])
#: The open steps each demo account has work at: to impute (DC, DCA), avis to give (each
#: conseiller), avis to validate (DC, DCA), to transmit (secretariat).
_AT_EACH_STEP = (DossierState.RECEIVED, DossierState.UNDER_REVIEW, DossierState.AVIS_PROPOSED,
                 DossierState.UNDER_REVIEW, DossierState.AVIS_VALIDATED)


def table_of(model: type[e.Base]) -> Table:
    """The Core table of a mapped entity."""
    return cast(Table, model.__table__)


def reserve_ids(session: Session, table: Table, count: int) -> list[int]:
    """``count`` primary keys for new rows of ``table``, taken inside the current transaction.

    PostgreSQL draws them from the table's sequence (so later ordinary inserts never collide);
    SQLite continues after the highest id, which is safe because a SQLite write transaction
    holds the database lock.
    """
    if count == 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(
            text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, "
                 ":count)"),
            {"table": table.name, "count": count}).scalars()
        return sorted(int(v) for v in rows)
    start = int(session.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1
    return list(range(start, start + count))


def ascii_slug(value: str) -> str:
    """``Aminata TRAORÉ`` → ``aminata.traore`` (for e-mail addresses)."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return ".".join(part for part in "".join(
        c.lower() if c.isalnum() else " " for c in plain).split())


def tiny_pdf(title: str, lines: Sequence[str]) -> bytes:
    """A valid one-page PDF showing ``title`` and ``lines`` in Helvetica."""
    def escape(value: str) -> str:
        return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = [f"BT /F1 14 Tf 72 770 Td ({escape(title)}) Tj ET"]
    for index, line in enumerate(lines):
        ops.append(f"BT /F1 11 Tf 72 {740 - 16 * index} Td ({escape(line)}) Tj ET")
    stream = "\n".join(ops).encode("cp1252", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R "
        b">> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


def periods_between(periodicity: Periodicity, first_year: int,
                    today: dt.date) -> list[tuple[str, dt.date]]:
    """Every period of ``periodicity`` from ``first_year`` that ended before ``today``."""
    return [(label, end) for label, end in periods_of(periodicity, first_year, today)
            if end < today]


class _Placeholders(dict[str, Any]):
    """The values of a title template, drawn only for the placeholders it uses, in order."""

    def __init__(self, rng: random.Random, choices: dict[str, Sequence[str]],
                 phrases: Sequence[tuple[str, str]], year: int) -> None:
        super().__init__(year=year, previous_year=year - 1)
        self.rng, self.choices, self.phrases = rng, choices, phrases
        self.partner: str | None = None  # the acronym of the partner named, if any

    def __missing__(self, key: str) -> Any:
        rng = self.rng
        if key == "partner":
            phrase, self.partner = rng.choice(self.phrases)
            return phrase
        if key == "amount":  # billions of FCFA, by halves: « 12 », « 7,5 »
            halves = rng.randint(4, 120)
            return f"{halves // 2}" + (",5" if halves % 2 else "")
        if key == "number":
            return f"{rng.randint(1, 480):03d}"
        if key == "count":
            return rng.randint(3, 40)
        if key == "day":
            return rng.randint(1, 28)
        return rng.choice(self.choices[key])


class Builder:
    """Generates and inserts one demo database's worth of rows."""

    def __init__(self, session: Session, scale: Scale, state: TaskState, today: dt.date,
                 seed: int) -> None:
        self.session = session
        self.scale = scale
        self.state = state
        self.today = today
        self.rng = random.Random(seed)
        self.first_year = today.year - scale.history_years
        self.history_start = dt.date(self.first_year, 1, 1)
        self.measure_year = today.year - scale.measurement_years
        # Nothing is stamped after "now": the end of the last working day up to ``today``, or
        # the present moment when generating during the current working day.
        self.now = office.last_office_moment(
            today, dt.datetime.now(dt.UTC).replace(second=0, microsecond=0))
        self.counts: dict[str, int] = {}
        self.feminine_structures = [s for s in cat.STRUCTURES if s.startswith(
            ("Direction", "Inspection", "Cour", "Autorité", "Primature", "Présidence"))]
        #: structures a dossier may concern (never its sender): directions of the ministry
        self.subject_structures = [s for s in self.feminine_structures
                                   if s.startswith(("Direction", "Inspection"))]
        self.seen_objects: set[str] = set()
        self.choices: dict[str, Sequence[str]] = {
            "region": cat.REGIONS, "town": cat.TOWNS, "programme": cat.PROGRAMMES,
            "structure": self.feminine_structures, "subject": self.subject_structures,
            "topic": cat.DOSSIER_TOPICS, "beneficiaries": cat.DOSSIER_BENEFICIARIES,
            "committee": cat.DOSSIER_COMMITTEES, "measures": cat.DOSSIER_MEASURES,
            "chapter": cat.DOSSIER_CHAPTERS, "company": cat.COMPANIES, "ppp": cat.DOSSIER_PPP,
            "ministry": cat.DOSSIER_MINISTRIES, "campaign": cat.DOSSIER_CAMPAIGNS,
            "survey": cat.DOSSIER_SURVEYS, "quarter": cat.QUARTERS, "month": cat.MONTHS}
        self.seen_titles: set[str] = set()
        #: (phrase, acronym) of the partners a title may name, once the partners are made
        self.partner_phrases: list[tuple[str, str]] = list(cat.PARTNER_PHRASES)

    # ------------------------------------------------------------------ helpers

    def moment(self, day: dt.date, hour_from: int = 8, hour_to: int = 18) -> dt.datetime:
        """An office-hours timestamp (UTC, which is Ouagadougou's time) on ``day``, or on the
        Friday before when ``day`` is a week-end; never later than half an hour before now."""
        minutes = self.rng.randint(hour_from * 60, hour_to * 60 - 1)
        at = dt.datetime.combine(office.working_day_on_or_before(day),
                                 dt.time(minutes // 60, minutes % 60), dt.UTC)
        return min(at, self.now - dt.timedelta(minutes=30))

    def tracked(self, created: dt.datetime, updated: dt.datetime | None = None) -> Row:
        """The bookkeeping columns every tracked row needs in a Core insert."""
        return {"version": 1, "created_at": created, "updated_at": updated or created,
                "created_by_id": None, "updated_by_id": None}

    def recent_day(self, start: dt.date, skew: float = 2.0) -> dt.date:
        """A day between ``start`` and today, more often recent than old."""
        span = max((self.today - start).days, 0)
        day = office.working_day_on_or_before(
            self.today - dt.timedelta(days=int(span * self.rng.random() ** skew)))
        return day if day >= start else office.working_day_on_or_after(start)

    def fill(self, template: str, year: int) -> tuple[str, str | None]:
        """``template`` filled at random; with the acronym of the partner it names, if any."""
        values = _Placeholders(self.rng, self.choices, self.partner_phrases, year)
        text = template.format_map(values)
        if any(article in text for article in _BEFORE_VOWEL):  # « l'Inspection… »
            text = _ELISION.sub(r"l'\1", text)
        if values.partner is None:  # a fixed title may name one (« assemblées de la BAD »)
            values.partner = next((acronym for phrase, acronym in self.partner_phrases
                                   if phrase in text), None)
        return text, values.partner

    @staticmethod
    def distinct(seen: set[str], draw: Callable[[], tuple[str, T]],
                 tries: int = 4) -> tuple[str, T]:
        """A title (and what came with it) not drawn before, if one comes within ``tries``."""
        for _ in range(tries):
            text, extra = draw()
            if text not in seen:
                break
        seen.add(text)
        return text, extra

    def dossier_object(self, year: int) -> tuple[str, str]:
        """A dossier's object and a sender that deals with its subject."""
        template, senders = self.rng.choice(cat.DOSSIER_SUBJECTS)
        return self.fill(template, year)[0], self.rng.choice(senders)

    def insert(self, table: Table, rows: list[Row], label: str) -> None:
        """Insert ``rows`` in batches, reporting progress (and honouring cancellation)."""
        total = len(rows)
        self.state.report(label, 0, total)
        for start in range(0, total, BATCH):
            self.session.execute(insert(table), rows[start:start + BATCH])
            self.state.report(label, min(start + BATCH, total), total)
        self.counts[label] = self.counts.get(label, 0) + total

    def number(self, kind: str, rows: list[Row], year_of: str | None) -> None:
        """Give ``rows`` (already in date order) their references, one block per year."""
        fmt = FORMATS[kind]
        if year_of is None:
            numbers = allocate_numbers(self.session, kind, None, len(rows))
            for row, n in zip(rows, numbers, strict=True):
                row["reference"] = fmt.format(n)
            return
        by_year: dict[int, list[Row]] = defaultdict(list)
        for row in rows:
            by_year[row[year_of].year].append(row)
        for year in sorted(by_year):
            block = by_year[year]
            numbers = allocate_numbers(self.session, kind, year, len(block))
            for row, n in zip(block, numbers, strict=True):
                row["reference"] = fmt.format(n, year)

    def give_ids(self, table: Table, rows: list[Row]) -> None:
        for row, new_id in zip(rows, reserve_ids(self.session, table, len(rows)), strict=True):
            row["id"] = new_id

    # ------------------------------------------------------------------ people

    def persons(self) -> None:
        rng = self.rng
        people = list(cat.CABINET)
        used = {(first, last) for _, first, last, _ in people}
        functions = cat.EXTRA_FUNCTIONS
        while len(people) < self.scale.persons:
            function = functions[len(people) % len(functions)]
            feminine = "Conseillère" in function or "Chargée" in function or rng.random() < 0.3
            first = rng.choice(cat.FEMALE_FIRST_NAMES if feminine else cat.MALE_FIRST_NAMES)
            last = rng.choice(cat.LAST_NAMES)
            if (first, last) in used:
                continue
            used.add((first, last))
            people.append(("Mme" if feminine else "M.", first, last, function))
        created = self.moment(self.history_start)
        rows: list[Row] = []
        for civility, first, last, function in people[:self.scale.persons]:
            rows.append({
                "civility": civility, "first_name": first, "last_name": last,
                "function": function,
                "phone": f"+226 {rng.choice((70, 71, 72, 76, 78, 65, 66))} "
                         f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                "email": f"{ascii_slug(first + ' ' + last)}@{cat.MINISTRY_DOMAIN}",
                "active": True, **self.tracked(created)})
        self.give_ids(table_of(e.Person), rows)
        self.insert(table_of(e.Person), rows, translate("Demo", "Personnes"))
        self.person_names = {r["id"]: f"{r['civility']} {r['first_name']} {r['last_name']}"
                             for r in rows}
        ids = [r["id"] for r in rows]
        self.leaders = ids[:2]
        self.advisers = [r["id"] for r in rows
                         if r["function"].startswith(("Conseiller", "Conseillère"))]
        self.workers = [r["id"] for r in rows
                        if not r["function"].startswith(("Secrétaire", "Chargé du courrier"))]

    # ------------------------------------------------------------------ partners

    def partners(self) -> None:
        rng = self.rng
        specs = list(cat.PARTNERS)
        names = {s[0] for s in specs}
        generators = list(cat.GENERATED_PARTNERS.items())
        attempt = 0
        while len(specs) < self.scale.partners:
            category, patterns = generators[attempt % len(generators)]
            attempt += 1
            name = rng.choice(patterns).format(
                last=rng.choice(cat.LAST_NAMES).title(), town=rng.choice(cat.TOWNS),
                region=rng.choice(cat.REGIONS), country=rng.choice(cat.DONOR_COUNTRIES),
                org=rng.choice(cat.MULTILATERAL_SHORT))
            if name in names:
                name = f"{name} — antenne n° {attempt}"
            names.add(name)
            scope = (Scope.INTERNATIONAL if category in (PartnerCategory.BILATERAL_TFP,
                                                         PartnerCategory.MULTILATERAL_TFP)
                     else Scope.NATIONAL)
            specs.append((name, "", category, scope, "Burkina Faso", ""))
        if len(specs) > self.scale.partners:  # keep every category: take them in turn
            queues: dict[PartnerCategory, list[int]] = defaultdict(list)
            for position, spec in enumerate(specs):
                queues[spec[2]].append(position)
            kept: list[int] = []
            while len(kept) < self.scale.partners:
                for queue in queues.values():
                    if queue and len(kept) < self.scale.partners:
                        kept.append(queue.pop(0))
            specs = [specs[position] for position in sorted(kept)]
        created = self.moment(self.history_start)
        rows: list[Row] = []
        for name, acronym, category, scope, country, domain in specs:
            headquarters = cat.HEADQUARTERS.get(acronym or name)
            rows.append({
                "name": name, "acronym": acronym, "category": category.value,
                "scope": scope.value, "country": country,
                "address": cat.ABROAD.get(acronym, "Ouagadougou, Burkina Faso"),
                "website": f"https://www.{domain}" if domain else "",
                "notes": f"Bureau de Ouagadougou ; siège : {headquarters}." if headquarters
                else "", "archived": False, **self.tracked(created)})
        self.number("partner", rows, None)
        self.give_ids(table_of(e.Partner), rows)
        self.insert(table_of(e.Partner), rows, translate("Demo", "Partenaires"))
        self.partner_rows = rows
        present = {row["acronym"] for row in rows}
        self.partner_phrases = [(phrase, acronym) for phrase, acronym in cat.PARTNER_PHRASES
                                if acronym in present]

    def partner_details(self) -> None:
        """Contacts, agreements and interactions of every partner."""
        rng = self.rng
        contacts: list[Row] = []
        agreements: list[Row] = []
        interactions: list[Row] = []
        self.interaction_links: list[Row] = []
        ending_soon = 0
        cabinet_names = [self.person_names[i] for i in self.workers]
        for index, partner in enumerate(self.partner_rows):
            category = PartnerCategory(partner["category"])
            domain = partner["website"].removeprefix("https://www.") or "gmail.com"
            people: list[str] = []
            for _ in range(rng.randint(1, 3)):
                feminine = rng.random() < 0.4
                first = rng.choice(cat.FEMALE_FIRST_NAMES if feminine else cat.MALE_FIRST_NAMES)
                last = rng.choice(cat.LAST_NAMES)
                function = rng.choice(cat.CONTACT_FUNCTIONS[category])
                people.append(f"{'Mme' if feminine else 'M.'} {first} {last} ({function})")
                contacts.append({
                    "partner_id": partner["id"], "name": f"{first} {last}",
                    "function": function,
                    "phone": f"+226 {rng.choice((25, 70, 76, 78))} {rng.randint(10, 99)} "
                             f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
                    "email": f"{ascii_slug(first + ' ' + last)}@{domain}",
                    **self.tracked(partner["created_at"])})
            donor = category in (PartnerCategory.BILATERAL_TFP, PartnerCategory.MULTILATERAL_TFP)
            for _ in range(rng.randint(1, 4) if donor else rng.choice((0, 0, 1, 1, 2))):
                agreements.append(self.agreement(partner["id"], donor,
                                                  force_ending=index % 7 == 0))
                ending_soon += agreements[-1]["end_date"] is not None and 0 <= (
                    agreements[-1]["end_date"] - self.today).days <= 90
            for number in range(rng.randint(2, 8)):
                day = (office.working_day_on_or_before(
                    self.today - dt.timedelta(days=rng.randint(0, 13))) if number == 0
                       and index % 3 == 0 else self.recent_day(self.history_start, 2.5))
                kind = rng.choice(list(InteractionKind))
                at = self.moment(day)
                interactions.append({
                    "partner_id": partner["id"], "date": day, "kind": kind.value,
                    "participants": f"Cabinet : {', '.join(rng.sample(cabinet_names, 2))} ; "
                                    f"{partner['acronym'] or 'partenaire'} : {rng.choice(people)}",
                    "summary": rng.choice(cat.INTERACTION_SUMMARIES), **self.tracked(at)})
        self.insert(table_of(e.Contact), contacts, translate("Demo", "Contacts"))
        self.insert(table_of(e.Agreement), agreements,
                    translate("Demo", "Conventions"))
        self.give_ids(table_of(e.Interaction), interactions)
        self.insert(table_of(e.Interaction), interactions,
                    translate("Demo", "Échanges"))
        self.interaction_rows = interactions

    def agreement(self, partner_id: int, donor: bool, force_ending: bool) -> Row:
        rng = self.rng
        if force_ending:
            end = self.today + dt.timedelta(days=rng.randint(5, 89))
            start = end - dt.timedelta(days=365 * rng.randint(2, 4))
        else:
            start = self.today - dt.timedelta(days=rng.randint(-120, 365 * 6))
            end = start + dt.timedelta(days=365 * rng.randint(1, 5))
        signature = start - dt.timedelta(days=rng.randint(5, 60))
        if start > self.today:
            status = rng.choice((AgreementStatus.NEGOTIATION, AgreementStatus.SIGNED))
        elif end < self.today:
            status = AgreementStatus.COMPLETED
        else:
            status = AgreementStatus.SUSPENDED if rng.random() < 0.08 else AgreementStatus.ACTIVE
        if status is AgreementStatus.NEGOTIATION:
            signature_date: dt.date | None = None
        else:
            signature_date = min(signature, self.today)
        if donor:
            kind = rng.choice((AgreementKind.FINANCING, AgreementKind.FINANCING,
                               AgreementKind.FRAMEWORK, AgreementKind.PROTOCOL))
            currency = rng.choices((Currency.XOF, Currency.EUR, Currency.USD), (6, 3, 1))[0]
            amount = {Currency.XOF: rng.randint(2, 120) * 250_000_000,
                      Currency.EUR: rng.randint(2, 80) * 500_000,
                      Currency.USD: rng.randint(5, 150) * 1_000_000}[currency]
        else:
            kind = rng.choice((AgreementKind.PROTOCOL, AgreementKind.MEMORANDUM,
                               AgreementKind.OTHER))
            currency = Currency.XOF
            amount = rng.choice((0, rng.randint(1, 40) * 25_000_000))
        elapsed = 0.0 if start > self.today else min(
            1.0, (self.today - start).days / max((end - start).days, 1))
        share = {AgreementStatus.COMPLETED: rng.uniform(0.85, 1.0),
                 AgreementStatus.NEGOTIATION: 0.0, AgreementStatus.SIGNED: 0.0}.get(
            status, elapsed * rng.uniform(0.5, 1.0))
        committed = Decimal(amount).quantize(Decimal("0.01"))
        rate = {Currency.XOF: Decimal(1), Currency.EUR: EUR_RATE,
                Currency.USD: Decimal(rng.randint(560_000, 625_000)) / 1000}[currency]
        title = rng.choice(cat.AGREEMENT_TITLES).format(
            programme=rng.choice(cat.PROGRAMMES), start=start.year, end=end.year)
        return {
            "partner_id": partner_id, "title": title, "kind": kind.value,
            "signature_date": signature_date, "start_date": start, "end_date": end,
            "amount_committed": committed,
            "amount_disbursed": (committed * Decimal(str(round(share, 4)))).quantize(
                Decimal("0.01")),
            "currency": currency.value, "exchange_rate": rate,
            "rate_date": signature_date if currency is not Currency.XOF else None,
            "status": status.value,
            **self.tracked(self.moment(min(signature, self.today)))}

    # ------------------------------------------------------------------ indicators

    def indicators(self) -> None:
        rng = self.rng
        models = list(cat.INDICATORS)
        upgrade = {Periodicity.YEARLY: Periodicity.HALF_YEARLY,
                   Periodicity.HALF_YEARLY: Periodicity.QUARTERLY,
                   Periodicity.QUARTERLY: Periodicity.MONTHLY,
                   Periodicity.MONTHLY: Periodicity.MONTHLY}
        specs: list[tuple[str, IndicatorLevel, str, Direction, Periodicity, float, float, str,
                          str]] = list(models)
        variant = 0
        while len(specs) < self.scale.indicators:
            name, level, unit, direction, periodicity, base, goal, source, _ = models[
                variant % len(models)]
            region = cat.REGIONS[(variant // len(models)) % len(cat.REGIONS)]
            factor = rng.uniform(0.85, 1.15)
            specs.append((f"{name} — région du {region}", level, unit, direction,
                          upgrade[periodicity], base * factor, goal * factor, source,
                          f"Direction régionale ({region})"))
            variant += 1
        specs = specs[:self.scale.indicators]
        base_year = self.measure_year - 1
        horizon = self.today.year + 2
        created = self.moment(self.history_start)
        rows: list[Row] = []
        for name, level, unit, direction, periodicity, base, _goal, source, owner in specs:
            digits = 0 if unit not in ("%", "% du PIB", "points", "jours", "milliards FCFA") else 1
            rows.append({
                "name": name, "level": level.value, "unit": unit,
                "definition": translate("Demo", "Indicateur de niveau « {level} », suivi à une "
                                                "périodicité {periodicity} ; unité : {unit}.")
                                        .format(level=level.label.lower(),
                                        periodicity=periodicity.label.lower(), unit=unit),
                "periodicity": periodicity.value, "direction": direction.value,
                "baseline_value": round(base, digits),
                "baseline_date": dt.date(base_year, 12, 31), "data_source": source,
                "responsible_structure": owner, "archived": False, **self.tracked(created)})
        self.number("indicator", rows, None)
        self.give_ids(table_of(e.Indicator), rows)
        self.insert(table_of(e.Indicator), rows,
                    translate("Demo", "Indicateurs"))
        self.indicator_rows = rows
        # Targets and measurements.
        targets: list[Row] = []
        measurements: list[Row] = []
        classes = ["green", "amber", "red"]
        for index, row in enumerate(rows):
            base, goal = float(row["baseline_value"]), float(specs[index][6])
            digits = 0 if row["unit"] not in ("%", "% du PIB", "points", "jours",
                                              "milliards FCFA") else 1

            def target(year: int, base: float = base, goal: float = goal,
                       digits: int = digits) -> float:
                return round(base + (goal - base) * (year - base_year) / (horizon - base_year),
                             digits)

            for year in range(self.measure_year, horizon + 1):
                targets.append({"indicator_id": row["id"], "year": year, "value": target(year),
                                **self.tracked(created)})
            klass = classes[index % 3] if index < 3 else rng.choices(classes, (45, 30, 25))[0]
            performance = {"green": rng.uniform(1.0, 1.12), "amber": rng.uniform(0.66, 0.9),
                           "red": rng.uniform(0.05, 0.5)}[klass]
            periods = periods_between(Periodicity(row["periodicity"]), self.measure_year,
                                      self.today)
            # a few indicators wait for the figure of their last period: the secretariat's
            # « mesures à saisir »
            if index % 6 == 5 and periods and (self.today - periods[-1][1]).days <= 120:
                periods = periods[:-1]
            provisional = rng.choice((0, 0, 1, 2)) if index >= 2 else 1 + index
            for position, (period, end) in enumerate(periods):
                year_target = target(end.year)
                drift = performance + rng.uniform(-0.06, 0.06)
                if klass == "green":  # reached is reached: at the target or better
                    drift = max(drift, 1.0)
                value = round(base + drift * (year_target - base), digits)
                if value < 0:
                    value = 0.0
                validated = position < len(periods) - provisional
                at = self.moment(min(end + dt.timedelta(days=rng.randint(5, 25)), self.today))
                checked = max(at, self.moment(
                    min(at.date() + dt.timedelta(days=rng.randint(2, 20)), self.today)))
                measurements.append({
                    "indicator_id": row["id"], "period": period, "value": value,
                    "source": row["data_source"],
                    "comment": rng.choice(cat.MEASUREMENT_COMMENTS) if validated
                    else "Donnée provisoire, en attente de validation.",
                    "validated": validated, "validated_by_id": None,
                    "validated_at": checked if validated else None,
                    **self.tracked(at, checked if validated else at)})
        self.insert(table_of(e.IndicatorTarget), targets,
                    translate("Demo", "Cibles"))
        self.insert(table_of(e.Measurement), measurements,
                    translate("Demo", "Mesures"))

    # ------------------------------------------------------------------ missions

    def missions(self) -> None:
        rng = self.rng
        attributions = list(self.session.execute(
            select(e.Attribution.id, e.Attribution.code).order_by(e.Attribution.position)))
        origins = list(MissionOrigin)
        weights = {"A02": 3, "A10": 3, "A12": 3, "A13": 4, "A01": 2, "A03": 2, "A08": 2}
        rows: list[Row] = []
        for index in range(self.scale.missions):
            if index < len(attributions):
                attribution_id, code = attributions[index]
            else:
                attribution_id, code = rng.choices(
                    attributions, [weights.get(a.code, 1) for a in attributions])[0]
            if index < len(origins):
                origin = origins[index]
            elif code == "A13":
                origin = MissionOrigin.MINISTER_INSTRUCTION
            else:
                origin = rng.choices(origins, (35, 20, 15, 22, 8))[0]
            rows.append(self.mission(index, attribution_id, code, origin))
        rows.sort(key=lambda r: (r["start_date"], r["title"]))
        self.number("mission", rows, "start_date")
        self.give_ids(table_of(e.Mission), rows)
        #: the partner (acronym) a mission's title names, by mission id
        self.mission_partner = {row["id"]: row.pop("_partner") for row in rows}
        self.insert(table_of(e.Mission), rows, translate("Demo", "Missions"))
        self.mission_rows = rows

    def mission(self, index: int, attribution_id: int, code: str, origin: MissionOrigin) -> Row:
        rng, today = self.rng, self.today
        duration = rng.choice((7, 10, 14, 21, 30, 45, 60, 90, 120))
        forced = index if index < 12 else None  # the first missions cover every case
        status: MissionStatus
        if forced in (0, 1, 2):  # overdue
            status = (MissionStatus.IN_PROGRESS, MissionStatus.TODO, MissionStatus.ON_HOLD)[forced]
            due = today - dt.timedelta(days=rng.randint(1, 40))
            start = due - dt.timedelta(days=duration)
        elif forced in (3, 4, 5):  # due within a week
            status = (MissionStatus.IN_PROGRESS, MissionStatus.TODO, MissionStatus.IN_PROGRESS)[
                forced - 3]
            due = today + dt.timedelta(days=rng.randint(0, 7))
            start = due - dt.timedelta(days=duration)
        elif forced in (6, 7, 8, 9):  # achieved on time, late; cancelled
            status = MissionStatus.CANCELLED if forced == 9 else MissionStatus.DONE
            due = today - dt.timedelta(days=rng.randint(10, 120))
            start = due - dt.timedelta(days=duration)
        elif forced in (10, 11):  # starts soon
            status = MissionStatus.TODO
            start = today + dt.timedelta(days=rng.randint(1, 15))
            due = start + dt.timedelta(days=duration)
        else:
            start = (today - dt.timedelta(days=rng.randint(0, 75)) if rng.random() < 0.45
                     else self.recent_day(self.history_start, 1.3))
            if rng.random() < 0.05:
                start = today + dt.timedelta(days=rng.randint(1, 20))
            due = start + dt.timedelta(days=duration)
            if start > today:
                status = MissionStatus.TODO
            elif due < today - dt.timedelta(days=60):
                status = rng.choices(list(MissionStatus), (0, 3, 1, 88, 8))[0]
            elif due < today:
                status = rng.choices(list(MissionStatus), (5, 20, 5, 65, 5))[0]
            else:
                status = rng.choices(list(MissionStatus), (20, 55, 8, 12, 5))[0]
        completed: dt.date | None = None
        if status is MissionStatus.DONE:
            late = forced == 7 or (forced is None and rng.random() < 0.3)
            delta = rng.randint(1, 30) if late else -rng.randint(0, duration // 2)
            completed = min(max(due + dt.timedelta(days=delta), start), today)
            if due >= today:  # achieved ahead of time
                completed = start + dt.timedelta(days=rng.randint(0, (today - start).days))
            progress = 100
        elif status is MissionStatus.CANCELLED:
            progress = rng.randrange(0, 65, 5)
        elif status is MissionStatus.TODO:
            progress = 0
        elif status is MissionStatus.ON_HOLD:
            progress = rng.randrange(10, 75, 5)
        else:
            elapsed = (today - start).days / max((due - start).days, 1)
            progress = int(min(95, max(5, round(elapsed * 80 + rng.uniform(-15, 15)))) // 5 * 5)
        year = max(start.year, due.year)
        title, partner = self.distinct(self.seen_titles, lambda: self.fill(
            rng.choice(cat.MISSION_TITLES[code]), year), tries=8)
        # the demo conseiller technique has missions late and due this week
        assignee = self.advisers[0] if forced in (0, 3) and self.advisers else rng.choice(
            self.workers)
        instructed = origin is MissionOrigin.MINISTER_INSTRUCTION
        created = self.moment(min(start, today))
        updated = self.moment(min(completed or today, today)) if start <= today else created
        return {
            "title": title, "description": rng.choice(cat.MISSION_DESCRIPTIONS),
            "attribution_id": attribution_id, "origin": origin.value,
            "instruction_date": start - dt.timedelta(days=rng.randint(0, 5)) if instructed
            else None,
            "instruction_authority": rng.choice(cat.INSTRUCTION_AUTHORITIES) if instructed
            else "",
            "expected_result": rng.choice(cat.EXPECTED_RESULTS),
            "assignee_id": assignee, "_partner": partner,
            "priority": rng.choices(list(Priority), (25, 55, 20))[0].value,
            "status": status.value, "start_date": start, "due_date": due,
            "completed_date": completed, "progress": progress, "archived": False,
            **self.tracked(created, max(created, updated))}

    # ------------------------------------------------------------------ dossiers

    def dossier_state(self, index: int, age: int) -> DossierState:
        states = list(DossierState)
        if index < len(states):
            return states[index]
        if index < len(states) + len(_AT_EACH_STEP) * 5:  # work at each step for each role
            return _AT_EACH_STEP[(index - len(states)) % len(_AT_EACH_STEP)]
        rng = self.rng
        if age < 15:
            return rng.choices(states, (30, 38, 18, 7, 4, 0, 3))[0]
        if age < 60:
            return rng.choices(states, (4, 22, 18, 14, 14, 22, 6))[0]
        return rng.choices(states, (0.5, 1.5, 1, 0.5, 1.5, 85, 10))[0]

    def dossiers(self) -> None:
        rng, today = self.rng, self.today
        classifications = list(Classification)
        rows: list[Row] = []
        paths: list[list[DossierState]] = []
        for index in range(self.scale.dossiers):
            received = self.recent_day(self.history_start, 1.3 if self.scale.dossiers > 1000
                                       else 2.2)
            if index < 40:  # a lively present: the newest dossiers are open
                received = office.working_day_on_or_before(
                    today - dt.timedelta(days=rng.randint(0, 25)))
            state = self.dossier_state(index, (today - received).days)
            path = self.dossier_path(state, rework=index in (2, 4) or rng.random() < 0.1)
            forced = len(DossierState) <= index < 40
            if index < 8:
                classification = classifications[index % 4]
            elif forced:  # within every demo account's clearance
                classification = rng.choices(classifications[:2], (70, 30))[0]
            else:
                classification = rng.choices(classifications, (60, 25, 12, 3))[0]
            obj, structure = self.distinct(self.seen_objects,
                                           partial(self.dossier_object, received.year))
            instructor = None
            if DossierState.UNDER_REVIEW in path:
                instructor = (self.advisers[index % len(self.advisers)]
                              if forced and self.advisers
                              else rng.choice(self.advisers or self.leaders))
            rows.append({
                "object": obj[:400], "summary": rng.choice(cat.DOSSIER_SUMMARIES),
                "origin_structure": structure, "received_date": received,
                "avis_due_date": office.working_day_on_or_after(
                    received + dt.timedelta(days=rng.randint(7, 30))),
                "sensitive": (rng.random() < 0.8) if classification >= 2 else rng.random() < 0.08,
                "classification": int(classification), "instructor_id": instructor,
                "state": state.value, "avis_kind": None, "avis_text": "",
                "avis_author_id": None, "avis_date": None, "archived": False})
            paths.append(path)
        order = sorted(range(len(rows)), key=lambda i: (rows[i]["received_date"], i))
        rows = [rows[i] for i in order]
        paths = [paths[i] for i in order]
        self.number("dossier", rows, "received_date")
        self.give_ids(table_of(e.Dossier), rows)
        # Dossiers and their steps go in together, batch by batch, so that the hundreds of
        # thousands of steps of a large database are never all in memory at once.
        label, steps_label = translate("Demo", "Dossiers"), translate("Demo", "Étapes de circuit")
        self.state.report(label, 0, len(rows))
        written = 0
        for start in range(0, len(rows), BATCH):
            batch = rows[start:start + BATCH]
            steps = [step for row, path in zip(batch, paths[start:start + BATCH], strict=True)
                     for step in self.dossier_steps(row, path)]
            self.session.execute(insert(table_of(e.Dossier)), batch)
            self.session.execute(insert(table_of(e.DossierStep)), steps)
            written += len(steps)
            self.state.report(label, start + len(batch), len(rows))
        self.counts[label] = len(rows)
        self.counts[steps_label] = written
        self.dossier_rows = rows

    def dossier_path(self, state: DossierState, rework: bool) -> list[DossierState]:
        """The states a dossier went through to reach ``state`` (workflow-consistent)."""
        if state is DossierState.FILED_WITHOUT_ACTION:
            before = self.rng.choices(_MAIN_PATH[:5], (35, 35, 15, 8, 7))[0]
            path = list(_MAIN_PATH[:_MAIN_PATH.index(before) + 1])
        else:
            path = list(_MAIN_PATH[:_MAIN_PATH.index(state) + 1])
        if rework and DossierState.AVIS_PROPOSED in path:
            at = path.index(DossierState.AVIS_PROPOSED) + 1
            path[at:at] = [DossierState.UNDER_REVIEW, DossierState.AVIS_PROPOSED]
        if state is DossierState.FILED_WITHOUT_ACTION:
            path.append(state)
        return path

    def dossier_steps(self, row: Row, path: list[DossierState]) -> list[Row]:
        rng = self.rng
        received = row["received_date"]
        first = self.moment(received, 8, 12)
        # Later steps are drawn in office minutes (Monday to Friday, 08:00–18:00), in order,
        # a minute apart at least, and never after now.
        start = office.office_index(first)
        available = max(office.office_index(self.now) - start - len(path), 1)
        span = min(available, int(rng.uniform(3, 45) * _OFFICE_MINUTES_A_DAY
                                  * max(1, len(path) - 1) / 4))
        offsets = sorted(rng.randint(0, span) for _ in range(len(path) - 1))
        moments = [first] + [office.from_office_index(start + o + i + 1)
                             for i, o in enumerate(offsets)]
        steps: list[Row] = []
        previous: DossierState | None = None
        avis_at: dt.datetime | None = None
        for state, at in zip(path, moments, strict=True):
            if previous is DossierState.AVIS_PROPOSED and state is DossierState.UNDER_REVIEW:
                comment = rng.choice(cat.REWORK_COMMENTS)
            elif state is DossierState.FILED_WITHOUT_ACTION:
                comment = rng.choice(cat.FILING_COMMENTS)
            elif state is DossierState.UNDER_REVIEW and row["instructor_id"] is not None:
                comment = cat.IMPUTATION_COMMENT.format(
                    name=self.person_names[row["instructor_id"]],
                    due=row["avis_due_date"].strftime("%d/%m/%Y"))
            else:
                comment = cat.STEP_COMMENTS[state.value]
            if state is DossierState.AVIS_PROPOSED:
                avis_at = at
            steps.append({"dossier_id": row["id"],
                          "from_state": previous.value if previous else None,
                          "to_state": state.value, "at": at, "user_id": None,
                          "comment": comment})
            previous = state
        if avis_at is not None:
            kind = rng.choices(list(AvisKind), (45, 30, 15, 10))[0]
            if row["instructor_id"] is None:
                row["instructor_id"] = rng.choice(self.advisers or self.leaders)
            row.update(avis_kind=kind.value, avis_text=rng.choice(cat.AVIS_TEXTS[kind]),
                       avis_author_id=row["instructor_id"], avis_date=avis_at.date())
        row.update(self.tracked(moments[0], moments[-1]))
        return steps

    def attachments(self) -> None:
        rng = self.rng
        count = min(self.scale.attachments, len(self.dossier_rows))
        rows: list[Row] = []
        for dossier in rng.sample(self.dossier_rows, count):
            title, extension = rng.choice(cat.ATTACHMENT_NAMES)
            reference = dossier["reference"]
            if extension == "pdf":
                content = tiny_pdf(f"{title} — {reference}", [
                    dossier["object"][:90], f"Structure : {dossier['origin_structure'][:80]}",
                    f"Reçu le {dossier['received_date']:%d/%m/%Y}"])
                media = "application/pdf"
            elif extension == "csv":
                lines = ["Rubrique;Montant (FCFA)"] + [
                    f"{label};{rng.randint(5, 900) * 1_000_000}"
                    for label in ("Personnel", "Fonctionnement", "Investissement", "Transferts")]
                content = ("\r\n".join(lines) + "\r\n").encode("utf-8")
                media = "text/csv"
            else:
                content = (f"{title}\n{reference} — {dossier['object']}\n\n"
                           f"{rng.choice(cat.DOSSIER_SUMMARIES)}\n").encode()
                media = "text/plain; charset=utf-8"
            rows.append({
                "dossier_id": dossier["id"], "filename": f"{title} {reference}.{extension}",
                "media_type": media, "size": len(content),
                "sha256": hashlib.sha256(content).hexdigest(),
                "classification": rng.randint(0, dossier["classification"]),
                "content": content, **self.tracked(dossier["created_at"])})
        self.insert(table_of(e.Attachment), rows,
                    translate("Demo", "Pièces jointes"))

    # ------------------------------------------------------------------ consultations

    def consultations(self) -> None:
        rng = self.rng
        rows: list[Row] = []
        models = cat.CONSULTATIONS
        for index in range(self.scale.consultations):
            title, public, method = models[index % len(models)]
            day = self.recent_day(self.history_start, 1.2)
            participants = {ConsultationMethod.SURVEY: rng.randint(150, 1200),
                            ConsultationMethod.WORKSHOP: rng.randint(25, 80),
                            ConsultationMethod.FOCUS_GROUP: rng.randint(8, 15),
                            ConsultationMethod.SUGGESTION_BOX: rng.randint(30, 400)}[method]
            town = rng.choice(cat.TOWNS[:12])
            rows.append({
                "title": f"{title} ({town}, {day.year})", "date": day, "public": public.value,
                "method": method.value, "participants": participants,
                "satisfaction": round(rng.uniform(45, 88), 1),
                "findings": rng.choice(cat.CONSULTATION_FINDINGS), "archived": False,
                **self.tracked(self.moment(day))})
        rows.sort(key=lambda r: (r["date"], r["title"]))
        self.number("consultation", rows, "date")
        self.give_ids(table_of(e.Consultation), rows)
        self.insert(table_of(e.Consultation), rows,
                    translate("Demo", "Consultations"))
        self.consultation_rows = rows

    # ------------------------------------------------------------------ links

    def links(self) -> None:
        rng = self.rng
        missions = self.mission_rows
        by_code: dict[int, list[Row]] = defaultdict(list)
        for mission in missions:
            by_code[mission["attribution_id"]].append(mission)
        codes: dict[str, int] = {
            code: id_ for code, id_ in self.session.execute(
                select(e.Attribution.code, e.Attribution.id))}
        dossier_ids = [d["id"] for d in self.dossier_rows]
        partner_ids = [p["id"] for p in self.partner_rows]
        partner_by_acronym = {p["acronym"]: p["id"] for p in self.partner_rows if p["acronym"]}
        indicator_ids = [i["id"] for i in self.indicator_rows]
        mission_dossiers: set[tuple[int, int]] = set()
        mission_partners: set[tuple[int, int]] = set()
        mission_indicators: set[tuple[int, int]] = set()
        code_of = {i: c for c, i in codes.items()}
        for mission in missions:
            code = code_of[mission["attribution_id"]]
            m = mission["id"]
            if code == "A12" or rng.random() < 0.2:
                for d in rng.sample(dossier_ids, rng.randint(1, 3)):
                    mission_dossiers.add((m, d))
            named = self.mission_partner.get(m)
            if named is not None:  # a mission linked to the partner its title names
                mission_partners.add((m, partner_by_acronym[named]))
            elif code == "A10" or rng.random() < 0.15:
                for p in rng.sample(partner_ids, rng.randint(1, 2)):
                    mission_partners.add((m, p))
            if code in ("A03", "A08", "A09") or rng.random() < 0.1:
                for i in rng.sample(indicator_ids, rng.randint(1, 3)):
                    mission_indicators.add((m, i))
        follow_ups = by_code[codes["A10"]] or missions
        interaction_missions = {
            (row["id"], rng.choice(follow_ups)["id"])
            for row in self.interaction_rows if rng.random() < 0.15}
        consultation_follow_ups = by_code[codes["A05"]] + by_code[codes["A08"]] or missions
        consultation_missions = {
            (row["id"], mission["id"]) for row in self.consultation_rows
            for mission in rng.sample(consultation_follow_ups,
                                      min(2, len(consultation_follow_ups)))}
        label = translate("Demo", "Liens entre enregistrements")
        self.insert(e.mission_dossiers, self.pairs(mission_dossiers, "mission_id", "dossier_id"),
                    label)
        self.insert(e.mission_partners, self.pairs(mission_partners, "mission_id", "partner_id"),
                    label)
        self.insert(e.mission_indicators,
                    self.pairs(mission_indicators, "mission_id", "indicator_id"), label)
        self.insert(e.interaction_missions,
                    self.pairs(interaction_missions, "interaction_id", "mission_id"), label)
        self.insert(e.consultation_missions,
                    self.pairs(consultation_missions, "consultation_id", "mission_id"), label)

    @staticmethod
    def pairs(values: Iterable[tuple[int, int]], first: str, second: str) -> list[Row]:
        return [{first: a, second: b} for a, b in sorted(values)]

    # ------------------------------------------------------------------ all

    def run(self) -> dict[str, int]:
        """Generate everything; return the number of rows written per French label."""
        self.persons()
        self.partners()
        self.indicators()
        self.missions()
        self.dossiers()
        self.attachments()
        self.partner_details()
        self.consultations()
        self.links()
        return self.counts
