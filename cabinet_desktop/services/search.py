"""Global search (Ctrl+K): one query across every kind of record, ranked and grouped by kind.

Matching is accent- and case-insensitive and prefix-based (``secu`` finds ``Sécurité``); the
query's words are extracted and quoted, so quotes, ``*``, ``-``, ``:`` or parentheses typed by
the user are never read as search syntax. Records above the actor's clearance are filtered in
SQL and never returned.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cabinet_desktop.i18n import translate
from cabinet_desktop.services import permissions, session_guard
from cabinet_desktop.services.actor import Actor
from cabinet_desktop.services.permissions import Action
from cabinet_desktop.store import search_index
from cabinet_desktop.store.database import Database

#: Kinds the search covers, in the order groups are listed when their scores tie.
SEARCHED_KINDS: tuple[str, ...] = tuple(source.kind for source in search_index.SOURCES)

_GROUP_LABELS = {
    "mission": "Missions",
    "dossier": "Dossiers",
    "partner": "Partenaires",
    "indicator": "Indicateurs",
    "consultation": "Consultations",
    "briefing_note": "Notes au Ministre",
}

SNIPPET_LENGTH = 110


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One record found: enough to show it in a list and open it in its pane."""

    kind: str
    id: int
    reference: str
    title: str
    snippet: str
    score: float
    exact: bool


@dataclass(frozen=True, slots=True)
class SearchGroup:
    """The results of one kind, best first."""

    kind: str
    label: str
    results: tuple[SearchResult, ...]


@dataclass(frozen=True, slots=True)
class SearchResults:
    """Every group for one query, the group holding the best result first."""

    query: str
    groups: tuple[SearchGroup, ...]

    @property
    def results(self) -> tuple[SearchResult, ...]:
        """All results in display order (group by group)."""
        return tuple(result for group in self.groups for result in group.results)

    def __len__(self) -> int:
        return sum(len(group.results) for group in self.groups)


def group_label(kind: str) -> str:
    """The French heading of a group of results."""
    return translate("Search", _GROUP_LABELS[kind])


def search(database: Database, actor: Actor, query: str, per_kind: int = 8,
           kinds: Iterable[str] | None = None, include_archived: bool = False) -> SearchResults:
    """Records matching ``query`` that ``actor`` may read, at most ``per_kind`` of each kind.

    Ranking: a record whose reference is exactly the query comes first, then by relevance
    (reference, then title, then text). Archived records are left out unless asked for.
    """
    words = search_index.terms(query)
    if sum(len(word) for word in words) < 2:
        return SearchResults(query, ())
    with session_guard.reading(database, actor) as (session, actor):
        wanted = [k for k in (kinds or SEARCHED_KINDS) if k in search_index.SOURCE_BY_KIND
                  and permissions.allowed(actor, Action.READ, k)]
        if not wanted:
            return SearchResults(query, ())
        hits = search_index.find(session.connection(), query, int(actor.clearance), wanted,
                                 per_kind=per_kind, include_archived=include_archived)
    grouped: dict[str, list[SearchResult]] = {}
    for hit in hits:  # best first: the dict keeps groups in the order of their best hit
        grouped.setdefault(hit.kind, []).append(SearchResult(
            kind=hit.kind, id=hit.record_id, reference=hit.reference, title=hit.title,
            snippet=snippet(hit.body, words), score=hit.score, exact=hit.exact))
    groups = tuple(SearchGroup(kind, group_label(kind), tuple(results))
                   for kind, results in grouped.items())
    return SearchResults(query, groups)


def snippet(body: str, words: list[str], length: int = SNIPPET_LENGTH) -> str:
    """A short extract of ``body`` around the first word of the query found in it."""
    text = " ".join(body.split())
    if not text:
        return ""
    folded = search_index.fold_aligned(text)  # positions match the original's
    positions = [folded.find(word) for word in words]
    found = [p for p in positions if p >= 0]
    start = max(0, min(found) - length // 3) if found else 0
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 15 else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + length // 2 else end
    extract = text[start:end].strip()
    return ("…" if start > 0 else "") + extract + ("…" if end < len(text) else "")


def rebuild_index(database: Database) -> int:
    """Refill the search index from the tables (after a migration or a restore)."""
    with database.writing() as session:
        return search_index.rebuild(session.connection())
