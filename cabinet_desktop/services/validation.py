"""Checking and converting user input field by field, with French messages naming the field."""

from __future__ import annotations

import datetime as dt
import enum
import re
from decimal import Decimal, InvalidOperation
from typing import Any, NoReturn, Protocol

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Numeric, String, Text, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Mapper, Session

from cabinet_desktop.domain.entities.base import ClassificationType, UTCDateTime
from cabinet_desktop.domain.entities.indicators import Indicator
from cabinet_desktop.domain.enums import Classification, LabelledEnum, Periodicity
from cabinet_desktop.domain.errors import ValidationError
from cabinet_desktop.domain.rules import PERIOD_KINDS, parse_period
from cabinet_desktop.formatting import format_number
from cabinet_desktop.i18n import translate


class Described(Protocol):
    """What validation reads of a kind's description (``services.catalog.Kind`` fits it)."""

    @property
    def label(self) -> str: ...

    @property
    def mapper(self) -> Mapper[Any]: ...

    def field_label(self, name: str) -> str: ...

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
#: A telephone number: digits, spaces, « + ( ) - . » (several numbers separated by « / »).
PHONE = re.compile(r"^\+?[0-9 ().\-]+$")
#: Longest free text (a column without its own length): 50,000 characters, about twenty pages.
#: PostgreSQL's search index refuses a record whose words pass 1 MiB; SQLite would store it:
#: the same limit here keeps both backends alike.
MAX_TEXT_LENGTH = 50_000


def fail(kind_label: str, field_label: str, problem: str, field: str | None = None) -> NoReturn:
    """Raise the standard message: « Mission — Échéance : date invalide « 31/02/2026 ». »"""
    raise ValidationError(translate("Validation", "{kind} — {field} : {problem}")
                          .format(kind=kind_label,
                                    field=field_label, problem=problem), field=field)


def parse_date(value: Any) -> dt.date:
    """A date from a ``date``, ``27/11/2026`` or ``2026-11-27``; ``ValueError`` otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def parse_number(value: Any) -> Decimal:
    """A number from ``1 234 567,5``, ``1234567.5`` or a numeric value; ``ValueError`` otherwise."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float | Decimal):
        number = Decimal(str(value))
    else:
        text = str(value).strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
        if text.count(",") == 1 and "." in text and text.rindex(",") > text.rindex("."):
            text = text.replace(".", "")  # « 1.234.567,50 »: dots group the thousands
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValueError(value) from None
    if not number.is_finite():
        raise ValueError(value)
    return number


def coerce(kind: Described, name: str, value: Any) -> Any:
    """Convert ``value`` to the Python type of ``kind.name``, or raise a named ValidationError."""
    label = kind.field_label(name)
    column = kind.mapper.columns[name]
    column_type = column.type
    if value is None or (isinstance(value, str) and not value.strip()):
        if not column.nullable and column.default is None:
            fail(kind.label, label, translate("Validation", "ce champ est obligatoire."), name)
        if isinstance(column_type, String | Text) and not column.nullable:
            return ""
        return None if column.nullable else column.default.arg  # type: ignore[union-attr]
    if isinstance(column_type, ClassificationType):
        if isinstance(value, Classification):
            return value
        try:
            return Classification(int(value))
        except (TypeError, ValueError):
            for level in Classification:
                if str(value).strip().casefold() == level.label.casefold():
                    return level
        allowed = ", ".join(level.label for level in Classification)
        fail(kind.label, label, translate("Validation", "« {value} » n'est pas une classification "
                                                        "(valeurs "
                                                        "admises : {allowed}).").format(value=value,
                                          allowed=allowed), name)
    if isinstance(column_type, SAEnum) and column_type.enum_class is not None:
        enum_cls: type[enum.Enum] = column_type.enum_class
        if isinstance(value, enum_cls):
            return value
        found = None
        if issubclass(enum_cls, LabelledEnum):
            found = enum_cls.from_label(str(value))
        if found is None:
            allowed = ", ".join(getattr(m, "label", m.value) for m in enum_cls)
            fail(kind.label, label, translate("Validation",
                                              "« {value} » n'est pas une valeur admise "
                                              "({allowed}).")
                                              .format(value=value, allowed=allowed), name)
        return found
    if isinstance(column_type, UTCDateTime | DateTime):
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            return value
        fail(kind.label, label, translate("Validation", "date et heure invalides « {value} ».")
             .format(value=value), name)
    if isinstance(column_type, Date):
        try:
            return parse_date(value)
        except ValueError:
            fail(kind.label, label, translate("Validation", "date invalide « {value} » "
                                                            "(attendu : JJ/MM/AAAA).")
                 .format(value=value), name)
    if isinstance(column_type, Boolean):
        if isinstance(value, bool):
            return value
        text = str(value).strip().casefold()
        if text in ("oui", "vrai", "1", "true", "yes", "o", "x"):
            return True
        if text in ("non", "faux", "0", "false", "no", "n"):
            return False
        fail(kind.label, label, translate("Validation", "« {value} » : répondez oui ou non.")
             .format(value=value), name)
    if isinstance(column_type, Integer | Float | Numeric):
        try:
            number = parse_number(value)
        except ValueError:
            fail(kind.label, label, translate("Validation", "nombre invalide « {value} ».")
                 .format(value=value), name)
        if isinstance(column_type, Integer):
            if number != number.to_integral_value():
                fail(kind.label, label, translate("Validation", "un nombre entier est attendu (« "
                                                                "{value} "
                                                                "»).").format(value=value), name)
            return int(number)
        if isinstance(column_type, Float):
            return float(number)
        return number
    if isinstance(column_type, String | Text):
        text = str(value).strip()
        if "\x00" in text:  # PostgreSQL cannot store it; SQLite would cut the text there
            fail(kind.label, label, translate("Validation", "caractère nul interdit (position "
                                                            "{position}).")
                 .format(position=text.index("\x00") + 1), name)
        length = getattr(column_type, "length", None) or MAX_TEXT_LENGTH
        if len(text) > length:
            fail(kind.label, label, translate("Validation", "{count} caractères au plus (ici "
                                                            "{actual}).")
                                              .format(count=format_number(length),
                                                      actual=format_number(len(text))), name)
        return text
    return value


# --------------------------------------------------------------------------- per-kind rules


def _label(kind: Described, field: str) -> tuple[str, str]:
    return kind.label, kind.field_label(field)


def _before(values: dict[str, Any], kind: Described, first: str, second: str) -> None:
    start, end = values.get(first), values.get(second)
    if start is not None and end is not None and end < start:
        kind_label, end_label = _label(kind, second)
        _, start_label = _label(kind, first)
        fail(kind_label, end_label, translate("Validation", "ne peut précéder « {other} » ({end} "
                                                            "< {start}).").format(other=start_label,
                                              end=end.strftime("%d/%m/%Y"),
                                              start=start.strftime("%d/%m/%Y")), second)


def _range(values: dict[str, Any], kind: Described, field: str, low: float,
           high: float) -> None:
    value = values.get(field)
    if value is not None and not low <= value <= high:
        kind_label, label = _label(kind, field)
        fail(kind_label, label, translate("Validation", "doit être compris entre {low} et {high} "
                                                        "(ici {value}).")
                                          .format(low=low, high=high, value=value), field)


def mission_rules(values: dict[str, Any], name: Described) -> None:
    _range(values, name, "progress", 0, 100)
    _before(values, name, "start_date", "due_date")
    _before(values, name, "start_date", "completed_date")


def dossier_rules(values: dict[str, Any], name: Described) -> None:
    _before(values, name, "received_date", "avis_due_date")


def contact_rules(values: dict[str, Any], name: Described) -> None:
    email = values.get("email")
    if email and not EMAIL.match(email):
        kind_label, label = _label(name, "email")
        fail(kind_label, label, translate("Validation", "adresse invalide « {value} » "
                                                        "(exemple : prenom.nom@domaine.bf).")
             .format(value=email),
             "email")
    phone = values.get("phone")
    if phone:
        for number in re.split(r"[/;]", phone):
            digits = sum(char.isdigit() for char in number)
            if not PHONE.match(number.strip()) or not 8 <= digits <= 15:
                kind_label, label = _label(name, "phone")
                fail(kind_label, label, translate("Validation", "numéro invalide « {value} » "
                                                                "(8 à 15 chiffres, exemple : "
                                                                "+226 70 12 34 56).")
                     .format(value=number.strip()), "phone")


def website_rules(values: dict[str, Any], name: Described) -> None:
    site = values.get("website")
    if site and (" " in site or "." not in site):
        kind_label, label = _label(name, "website")
        fail(kind_label, label, translate("Validation", "adresse invalide « {value} ».")
             .format(value=site),
             "website")


def needs_rate(currency: Any) -> bool:
    """Whether an amount in ``currency`` needs the exchange rate of its date (not FCFA)."""
    code = str(getattr(currency, "value", currency) or "XOF")
    return code != "XOF"


def agreement_rules(values: dict[str, Any], name: Described) -> None:
    _before(values, name, "start_date", "end_date")
    _before(values, name, "signature_date", "end_date")
    for field in ("amount_committed", "amount_disbursed"):
        value = values.get(field)
        if value is not None and value < 0:
            kind_label, label = _label(name, field)
            fail(kind_label, label, translate("Validation", "un montant ne peut être négatif "
                                                            "(ici {value}).")
                 .format(value=format_number(value)), field)
        _range(values, name, field, 0, 10**15)
    rate = values.get("exchange_rate")
    if rate is not None and rate <= 0:
        kind_label, label = _label(name, "exchange_rate")
        fail(kind_label, label, translate("Validation", "doit être positif (ici {value}).")
             .format(value=rate), "exchange_rate")
    currency = values.get("currency")
    if needs_rate(currency):
        code = str(getattr(currency, "value", currency))
        if rate is None or rate == 1:
            kind_label, label = _label(name, "exchange_rate")
            fail(kind_label, label, translate("Validation", "indiquez le taux du jour : combien "
                                                            "de FCFA pour 1 {currency} (exemple "
                                                            ": 655,957 pour l'euro).")
                 .format(currency=code), "exchange_rate")
        if values.get("rate_date") is None:
            kind_label, label = _label(name, "rate_date")
            fail(kind_label, label, translate("Validation", "la date du taux est obligatoire "
                                                            "pour un montant en {currency}.")
                 .format(currency=code), "rate_date")


#: An example period of each kind (``parse_period``'s letter).
_PERIOD_EXAMPLES = {"M": "2026-07", "T": "2026-T3", "S": "2026-S1", "A": "2026"}


def period_problem(period: str, periodicity: Any) -> str | None:
    """Why ``period`` does not fit an indicator of ``periodicity`` (``None`` when it does)."""
    code = str(getattr(periodicity, "value", periodicity) or "yearly")
    expected = PERIOD_KINDS[Periodicity(code)][0]
    example = _PERIOD_EXAMPLES[expected]
    try:
        _year, letter, _index = parse_period(period)
    except ValueError:
        return None  # said by measurement_rules
    if letter == expected:
        return None
    label = getattr(periodicity, "label", code)
    return translate("Validation", "« {value} » ne correspond pas à la périodicité de "
                                   "l'indicateur ({periodicity}) : saisissez par exemple "
                                   "« {example} ».").format(value=period, periodicity=str(label)
                                                            .lower(), example=example)


def measurement_period_fits(session: Session, values: dict[str, Any], name: Described) -> None:
    """A measurement's period matches its indicator's periodicity (« 2026-T3 » for a
    quarterly one); the same period twice is refused by the unique check that follows."""
    period, indicator_id = values.get("period"), values.get("indicator_id")
    if not period or indicator_id is None:
        return
    periodicity = session.scalar(select(Indicator.periodicity)
                                 .where(Indicator.id == indicator_id))
    problem = period_problem(str(period), periodicity) if periodicity is not None else None
    if problem is not None:
        kind_label, label = _label(name, "period")
        fail(kind_label, label, problem, "period")


def target_rules(values: dict[str, Any], name: Described) -> None:
    _range(values, name, "year", 1990, 2100)


def measurement_rules(values: dict[str, Any], name: Described) -> None:
    period = values.get("period")
    if period is not None:
        try:
            parse_period(period)
        except ValueError:
            kind_label, label = _label(name, "period")
            fail(kind_label, label, translate("Validation",
                                              "période invalide « {value} » (exemples : 2026, "
                                              "2026-S1, 2026-T3, 2026-07).")
                                              .format(value=period),
                 "period")
        values["period"] = period.strip().upper()


def consultation_rules(values: dict[str, Any], name: Described) -> None:
    _range(values, name, "satisfaction", 0, 100)
    _range(values, name, "participants", 0, 10**7)
