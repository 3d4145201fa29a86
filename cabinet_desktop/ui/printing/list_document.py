"""What a printed list and a printed record sheet hold, read through the services.

A list prints the rows its pane's filters select (every page of them, not only those loaded
in the table), with the columns the table shows in their order and their texts as the table
writes them; the last row counts the records and sums the columns that add up. A record's
sheet is its detail panel, followed by its journal history for the roles that may read it.
Everything here is plain strings built off the GUI thread; ``paged.py`` lays them out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt

from cabinet_desktop.domain.enums import Classification
from cabinet_desktop.formatting import format_datetime, format_number
from cabinet_desktop.i18n import translate
from cabinet_desktop.services import listing
from cabinet_desktop.services.listing import ListQuery
from cabinet_desktop.services.permissions import Action, allowed
from cabinet_desktop.services.rows import Record
from cabinet_desktop.services.tasks import TaskState
from cabinet_desktop.ui.panes.columns import Column, columns_of
from cabinet_desktop.ui.panes.details import STYLE, record_html
from cabinet_desktop.ui.workspace import Workspace

#: rows read per service call while a list is gathered for printing
CHUNK = 500
#: the columns whose values add up in the totals row (counts of people, contacts, agreements)
SUMMED = frozenset({"participants", "contact_count", "agreement_count"})
#: the journal entries a sheet prints at most (the newest)
HISTORY_LIMIT = 200


@dataclass(frozen=True)
class PrintedList:
    """A list as it prints: heading, columns (header, right-aligned?), rows and totals."""

    title: str
    subtitle: str
    headers: tuple[str, ...]
    right: tuple[bool, ...]
    rows: tuple[tuple[str, ...], ...]
    totals: tuple[str, ...]
    widths: tuple[int, ...] = ()  # percentages of the page, as the table shares its width
    marking: str = ""  # the highest classification among the rows (« SECRET »), if any


def read_list(workspace: Workspace, kind: str, title: str, columns: Sequence[Column],
              query: ListQuery, subtitle: str, state: TaskState,
              widths: Sequence[int] = ()) -> PrintedList:
    """Every row ``query`` selects, chunk by chunk (progress reported, cancellable)."""
    database, actor = workspace.database, workspace.actor
    rows: list[tuple[str, ...]] = []
    sums = dict.fromkeys((c.key for c in columns if c.key in SUMMED), 0.0)
    offset, total = 0, -1
    highest = Classification.UNCLASSIFIED
    while total < 0 or offset < total:
        state.report(translate("Printing", "Lecture des lignes… {done} sur {total}")
                     .format(done=format_number(offset), total=format_number(max(total, 0))),
                     offset, max(total, 0))
        page = listing.page(database, actor, kind, query.with_slice(offset, CHUNK),
                            with_total=total < 0)
        if total < 0:
            total = page.total
        if not page.rows:
            break
        for record in page.rows:
            rows.append(tuple(c.text(record) for c in columns))
            level = record.get("classification")
            if level is not None:
                highest = max(highest, Classification(int(level)))
            for key in sums:
                value = record.get(key)
                if isinstance(value, int | float) and not isinstance(value, bool):
                    sums[key] += value
        offset += len(page.rows)
    count = translate("Printing", "Total : {count} enregistrement(s)").format(
        count=format_number(len(rows)))
    totals = tuple(count if index == 0 else
                   format_number(sums[c.key]) if c.key in sums else ""
                   for index, c in enumerate(columns))
    return PrintedList(title, subtitle, tuple(c.title for c in columns),
                       tuple(bool(c.align & Qt.AlignmentFlag.AlignRight) for c in columns),
                       tuple(rows), totals, _shares(widths), highest.marking)


def _shares(widths: Sequence[int]) -> tuple[int, ...]:
    total = sum(widths)
    return tuple(max(1, round(100 * width / total)) for width in widths) if total else ()


def printed_on() -> str:
    return translate("Printing", "Imprimé le {date}").format(
        date=format_datetime(dt.datetime.now().astimezone()))


def list_html(printed: PrintedList) -> str:
    """The list as one HTML table whose header row repeats on every page."""
    def cells(values: Sequence[str], tag: str) -> str:
        return "".join(f"<{tag}{' align=right' if right else ''}>{escape(value)}</{tag}>"
                       for value, right in zip(values, printed.right, strict=True))

    widths = printed.widths or (0,) * len(printed.headers)
    head = "".join(f"<th{f' width={width}%' if width else ''}"
                   f"{' align=right' if right else ''}>{escape(value)}</th>"
                   for value, right, width in zip(printed.headers, printed.right, widths,
                                                  strict=True))
    body = "".join(f"<tr>{cells(row, 'td')}</tr>" for row in printed.rows)
    totals = f"<tr class=total>{cells(printed.totals, 'td')}</tr>"
    return (
        "<html><head><style>"
        "body { font-size: 8pt; } h1 { font-size: 13pt; color: #1d3557; margin: 0; }"
        "p.sub { color: #5b6776; margin-top: 2px; }"
        "th { background: #e8edf3; color: #2c3e50; text-align: left; font-weight: bold; }"
        "td, th { border: 0.5px solid #c9d3de; padding: 2px 4px; }"
        "tr.total td { font-weight: bold; background: #f3f5f8; }"
        "</style></head><body>"
        f"<h1>{escape(printed.title)}</h1><p class=sub>{escape(printed.subtitle)}</p>"
        "<table width=100% cellspacing=0 cellpadding=2 border=0.5>"
        f"<thead><tr>{head}</tr></thead>{body}{totals}"
        "</table></body></html>")


def read_sheet(workspace: Workspace, kind: str, record_id: int,
               state: TaskState) -> tuple[str, str]:
    """A record's sheet (its detail, then its journal history when the role may read it) and
    its classification's marking."""
    database, actor = workspace.database, workspace.actor
    state.report(translate("Printing", "Lecture de la fiche…"), 0, 2)
    record = listing.detail(database, actor, kind, record_id)
    body = _on_paper(record_html(record))
    start, end = body.index("<body>") + len("<body>"), body.rindex("</body>")
    history = ""
    if allowed(actor, Action.READ, "audit") and record.reference:
        state.report(translate("Printing", "Lecture de l'historique…"), 1, 2)
        page = listing.page(database, actor, "audit", ListQuery(
            text=record.reference, filters={"entity": kind}, limit=HISTORY_LIMIT))
        history = _history_html([r for r in page.rows if r.get("reference") ==
                                 record.reference])
    level = record.get("classification")
    marking = Classification(int(level)).marking if level is not None else ""
    return (f"<html><head><style>{STYLE} body {{ font-size: 9pt; }}</style></head><body>"
            f"{body[start:end]}{history}</body></html>", marking)


def _on_paper(html: str) -> str:
    """The detail panel without what only a screen can do: « + ajouter » lines and the
    attachments' « enregistrer · retirer » go, links to other records stay as plain text."""
    html = re.sub(r"<p class='add'>.*?</p>", "", html, flags=re.S)
    html = re.sub(r"(?: · )?<a href='(?:save|remove)-attachment:[^']*'>.*?</a>", "", html,
                  flags=re.S)
    return re.sub(r"<a href='[^']*'>(.*?)</a>", r"\1", html, flags=re.S)


def _history_html(entries: Sequence[Record]) -> str:
    columns = columns_of("audit")
    shown = [c for c in columns if c.key in ("at", "actor", "action", "changes")]
    head = "".join(f"<th>{escape(c.title)}</th>" for c in shown)
    rows = "".join("<tr>" + "".join(f"<td>{escape(c.text(e))}</td>" for c in shown) + "</tr>"
                   for e in entries)
    title = escape(translate("Printing", "Historique"))
    if not rows:
        empty = escape(translate("Printing", "Aucune entrée au journal."))
        return f"<h3>{title}</h3><p class='empty'>{empty}</p>"
    return (f"<h3>{title}</h3><table class='list' width='100%' cellspacing='0' "
            f"cellpadding='3'><thead><tr>{head}</tr></thead>{rows}</table>")
