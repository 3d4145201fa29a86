"""Display of values: dates ``27/11/2026``, numbers ``1 234 567,5``, ``FCFA`` amounts.

Every cell, label and detail panel — and the PDF notes, Excel workbooks and command line —
format through these helpers, so the whole product writes numbers and dates one way.
Thousands are separated by a narrow no-break space (U+202F), as French typography wants, and a
no-break space precedes units. An interface started in English (``i18n.interface_language``)
writes ``1,234,567.5`` and ``87%``; dates are day/month/year in both (British English).
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

from cabinet_desktop.i18n import QT_TRANSLATE_NOOP, interface_language, translate

THIN = "\u202f"
NBSP = "\xa0"



def format_date(value: dt.date | dt.datetime | None) -> str:
    """``27/11/2026`` (empty for no date)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    return value.strftime("%d/%m/%Y")


_MONTHS = (
    QT_TRANSLATE_NOOP("Format", "janvier"), QT_TRANSLATE_NOOP("Format", "février"),
    QT_TRANSLATE_NOOP("Format", "mars"), QT_TRANSLATE_NOOP("Format", "avril"),
    QT_TRANSLATE_NOOP("Format", "mai"), QT_TRANSLATE_NOOP("Format", "juin"),
    QT_TRANSLATE_NOOP("Format", "juillet"), QT_TRANSLATE_NOOP("Format", "août"),
    QT_TRANSLATE_NOOP("Format", "septembre"), QT_TRANSLATE_NOOP("Format", "octobre"),
    QT_TRANSLATE_NOOP("Format", "novembre"), QT_TRANSLATE_NOOP("Format", "décembre"),
)


def format_long_date(value: dt.date) -> str:
    """``3 décembre 2026``, ``1er novembre 2026`` (letters and notes); no-break spaces inside."""
    month = translate("Format", _MONTHS[value.month - 1])
    day = str(value.day)
    if value.day == 1 and interface_language() != "en":
        day = "1er"
    return f"{day}{NBSP}{month}{NBSP}{value.year}"


def format_datetime(value: dt.datetime | None) -> str:
    """``27/11/2026 14:05`` in local time (empty for none)."""
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo else value
    return local.strftime("%d/%m/%Y %H:%M")


def format_number(value: float | int | Decimal | None, decimals: int | None = None) -> str:
    """``1 234 567,5``: grouped thousands, comma decimals, trailing zeros dropped.

    ``decimals`` fixes the number of decimals (``None``: up to two, as needed).
    """
    if value is None:
        return ""
    number = Decimal(str(value))
    places = 2 if decimals is None else decimals
    text = f"{number:,.{places}f}"
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    if interface_language() == "en":
        return text
    return text.replace(",", THIN).replace(".", ",")


def format_amount(value: float | int | Decimal | None, currency: str = "XOF") -> str:
    """``1 500 000 000 FCFA`` (``EUR``/``USD`` amounts keep two decimals)."""
    if value is None:
        return ""
    if currency in ("XOF", "FCFA"):
        return f"{format_number(value, 0)}{NBSP}FCFA"
    symbol = {"EUR": "€", "USD": "$ US"}.get(currency, currency)
    return f"{format_number(value, 2)}{NBSP}{symbol}"


def format_percent(value: float | int | None, decimals: int = 0) -> str:
    """``87 %`` for ``87`` (a value already in percent)."""
    if value is None:
        return ""
    space = "" if interface_language() == "en" else NBSP
    return f"{format_number(value, decimals)}{space}%"


def unit_suffix(unit: str | None) -> str:
    """What follows a number of ``unit``: `` %`` (``%`` in English), `` contribuables``."""
    if not unit:
        return ""
    if unit == "%" and interface_language() == "en":
        return "%"
    return f"{NBSP}{unit}"


def format_size(size: int | None) -> str:
    """``12,5 Ko`` / ``3,1 Mo`` for a byte count."""
    if size is None:
        return ""
    units = ("B", "KB", "MB") if interface_language() == "en" else ("o", "Ko", "Mo")
    if size < 1024:
        return f"{size}{NBSP}{units[0]}"
    if size < 1024 * 1024:
        return f"{format_number(size / 1024, 1)}{NBSP}{units[1]}"
    return f"{format_number(size / 1024 / 1024, 1)}{NBSP}{units[2]}"


def format_value(value: Any) -> str:
    """Any field value as the user reads it (enum labels, Oui/Non, French dates and numbers)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("Format", "Oui") if value else translate("Format", "Non")
    label = getattr(value, "label", None)
    if isinstance(value, enum.Enum) and isinstance(label, str):
        return label
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, int | float | Decimal):
        return format_number(value)
    return str(value)


#: Excel number formats of the exchange workbooks. A workbook stores them locale-free; Excel
#: and LibreOffice show them with the reader's separators: ``27/11/2026``, ``1 234 567,50``.
EXCEL_DATE_FORMAT = "dd/mm/yyyy"
EXCEL_DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
EXCEL_INTEGER_FORMAT = "#,##0"
EXCEL_AMOUNT_FORMAT = "#,##0.00"
EXCEL_NUMBER_FORMAT = "General"
