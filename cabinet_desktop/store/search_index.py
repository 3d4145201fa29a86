"""The global search index: one row per searchable record, kept current by database triggers.

Each indexed kind contributes a *reference*, a *title* and a *body* (free text) plus the
record's classification and archived flag, so that clearance and archiving are filtered in SQL.

* **SQLite**: an FTS5 table ``search_fts`` tokenized with ``unicode61 remove_diacritics 2``
  (accent- and case-insensitive), with one-, two- and three-letter prefix indexes. The rowid
  encodes the record's id, classification, archived flag and kind, so the search filters and
  groups hits without reading any stored text, and ranks each kind in its own top-N query
  (that is what keeps a two-letter prefix fast on 100,000 dossiers).
* **PostgreSQL**: a plain table ``search_entries`` with a generated ``tsvector`` over text
  folded by ``search_fold()`` (a built-in ``translate``/``lower``, no extension needed) and a
  GIN index. See migration ``0002_search_index`` for why ``unaccent`` is not used.

Triggers on every indexed table update the index in the same transaction as the save, so
generic saves, workflow steps, imports and bulk inserts of the demo generator all keep it
current. :func:`rebuild` refills it from the tables (after a migration or a restore).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text

#: Accented Latin letters and the plain lower-case letter each folds to (same on both backends).
#: Separators become spaces so PostgreSQL's parser sees ``DOS-2026-0001`` as three words (it
#: would otherwise read ``-2026`` as a signed number, an e-mail or a host name as one token).
_ACCENTED = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝŸýÿ-./@_:+"
_PLAIN = "aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooooouuuuuuuuyyyy       "
assert len(_ACCENTED) == len(_PLAIN)
_FOLD_TABLE = str.maketrans(_ACCENTED, _PLAIN)

#: Index tables and objects start with this prefix (Alembic autogenerate ignores them).
PREFIX = "search_"


def fold(value: str) -> str:
    """Accent-stripped, lower-cased text, exactly as PostgreSQL's ``search_fold()`` does it."""
    return value.translate(_FOLD_TABLE).lower().replace("œ", "oe").replace("æ", "ae")


#: As :data:`_FOLD_TABLE`, and the ligatures to their first letter (one character each).
_ALIGNED_TABLE = str.maketrans(_ACCENTED + "œŒæÆ", _PLAIN + "ooaa")


def fold_aligned(value: str) -> str:
    """:func:`fold` keeping one character per character of ``value`` (``œ`` gives ``o``), so
    that a position in the result is the same position in ``value``."""
    folded = value.translate(_ALIGNED_TABLE).lower()
    if len(folded) == len(value) and "Σ" not in value:
        return folded
    # A letter whose lower case is longer (« İ »), or the capital sigma, whose lower case
    # depends on its neighbours in a string: character by character.
    return "".join(fold(char)[0] for char in value)


@dataclass(frozen=True, slots=True)
class Source:
    """How one table feeds the index. Expressions use ``{r}`` for the row (``NEW``, alias…)."""

    kind: str
    table: str
    number: int
    title: str
    body: tuple[str, ...]
    watched: tuple[str, ...]
    classification: str = "0"
    archived: str = "{r}.archived"

    def title_sql(self, row: str) -> str:
        return self.title.format(r=row)

    def body_sql(self, row: str) -> str:
        parts = [f"COALESCE({row}.{column}, '')" for column in self.body]
        return " || ' ' || ".join(parts) if parts else "''"

    def classification_sql(self, row: str) -> str:
        return self.classification.format(r=row)

    def archived_sql(self, row: str, dialect: str) -> str:
        if self.archived == "false":
            return "0" if dialect == "sqlite" else "false"
        return self.archived.format(r=row)


SOURCES: tuple[Source, ...] = (
    Source("mission", "missions", 1, "{r}.title", ("description", "expected_result"),
           ("reference", "title", "description", "expected_result", "archived")),
    Source("dossier", "dossiers", 2, "{r}.object", ("summary", "avis_text", "origin_structure"),
           ("reference", "object", "summary", "avis_text", "origin_structure", "classification",
            "archived"),
           classification="{r}.classification"),
    Source("partner", "partners", 3,
           "{r}.name || CASE WHEN {r}.acronym <> '' THEN ' (' || {r}.acronym || ')' ELSE '' END",
           ("country", "notes"),
           ("reference", "name", "acronym", "country", "notes", "archived")),
    Source("indicator", "indicators", 4, "{r}.name", ("definition", "responsible_structure"),
           ("reference", "name", "definition", "responsible_structure", "archived")),
    Source("consultation", "consultations", 5, "{r}.title", ("findings",),
           ("reference", "title", "findings", "archived")),
    Source("briefing_note", "briefing_notes", 6, "{r}.object", ("free_text",),
           ("reference", "object", "free_text", "classification"),
           classification="{r}.classification", archived="false"),
)

SOURCE_BY_KIND = {source.kind: source for source in SOURCES}


#: A kind's entries have rowids from ``number * KIND_SPAN`` (ids up to 2**34 fit below).
KIND_SPAN = 1 << 40


def _rowid(source: Source, row: str) -> str:
    """``kind * 2**40 + id * 64 + classification * 16 + archived * 8 + kind`` (SQLite).

    The kind in the high bits makes each kind one rowid range, which FTS5 seeks to; the low
    bits let a query filter on clearance, archiving and kind from the rowid alone.
    """
    return (f"({source.number * KIND_SPAN} + {row}.id * 64 + "
            f"({source.classification_sql(row)}) * 16 + "
            f"({source.archived_sql(row, 'sqlite')}) * 8 + {source.number})")


# --------------------------------------------------------------------------- DDL


def _sqlite_values(source: Source, row: str) -> str:
    return (f"{_rowid(source, row)}, {row}.reference, "
            f"{source.title_sql(row)}, {source.body_sql(row)}, '{source.kind}', {row}.id, "
            f"{source.classification_sql(row)}, {source.archived_sql(row, 'sqlite')}")


_SQLITE_COLUMNS = "rowid, reference, title, body, kind, record_id, classification, archived"


def _sqlite_ddl() -> list[str]:
    statements = [
        "CREATE VIRTUAL TABLE search_fts USING fts5(reference, title, body, kind UNINDEXED, "
        "record_id UNINDEXED, classification UNINDEXED, archived UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
    ]
    for s in SOURCES:
        key_old = _rowid(s, "OLD")
        insert_new = (f"INSERT INTO search_fts ({_SQLITE_COLUMNS}) "
                      f"VALUES ({_sqlite_values(s, 'NEW')});")
        statements += [
            f"CREATE TRIGGER search_{s.table}_ai AFTER INSERT ON {s.table} BEGIN {insert_new} END",
            f"CREATE TRIGGER search_{s.table}_au AFTER UPDATE OF {', '.join(s.watched)} "
            f"ON {s.table} BEGIN DELETE FROM search_fts WHERE rowid = {key_old}; {insert_new} END",
            f"CREATE TRIGGER search_{s.table}_ad AFTER DELETE ON {s.table} BEGIN "
            f"DELETE FROM search_fts WHERE rowid = {key_old}; END",
        ]
    return statements


def _postgresql_ddl() -> list[str]:
    replace_from, replace_to = _ACCENTED, _PLAIN
    statements = [
        # Immutable, so it can feed a generated column and an index; no extension required.
        "CREATE FUNCTION search_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE "
        "PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $fold$ SELECT replace(replace(replace("
        f"replace(lower(translate(value, '{replace_from}', '{replace_to}')), 'œ', 'oe'), "
        "'æ', 'ae'), 'Œ', 'oe'), 'Æ', 'ae') $fold$",
        "CREATE TABLE search_entries ("
        " kind varchar(16) NOT NULL, record_id integer NOT NULL,"
        " reference varchar(24) NOT NULL DEFAULT '', title text NOT NULL DEFAULT '',"
        " body text NOT NULL DEFAULT '', classification integer NOT NULL DEFAULT 0,"
        " archived boolean NOT NULL DEFAULT false,"
        " document tsvector GENERATED ALWAYS AS ("
        "  setweight(to_tsvector('simple', search_fold(reference)), 'A') ||"
        "  setweight(to_tsvector('simple', search_fold(title)), 'B') ||"
        "  setweight(to_tsvector('simple', search_fold(body)), 'C')) STORED,"
        " CONSTRAINT pk_search_entries PRIMARY KEY (kind, record_id))",
        "CREATE INDEX search_entries_document ON search_entries USING gin (document)",
        "CREATE INDEX search_entries_reference ON search_entries (reference)",
    ]
    for s in SOURCES:
        values = (f"'{s.kind}', NEW.id, NEW.reference, {s.title_sql('NEW')}, {s.body_sql('NEW')}, "
                  f"{s.classification_sql('NEW')}, {s.archived_sql('NEW', 'postgresql')}")
        statements += [
            f"CREATE FUNCTION search_index_{s.table}() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
            "BEGIN\n"
            "  IF TG_OP = 'DELETE' THEN\n"
            f"    DELETE FROM search_entries WHERE kind = '{s.kind}' AND record_id = OLD.id;\n"
            "    RETURN OLD;\n"
            "  END IF;\n"
            "  INSERT INTO search_entries (kind, record_id, reference, title, body,"
            " classification, archived)\n"
            f"  VALUES ({values})\n"
            "  ON CONFLICT (kind, record_id) DO UPDATE SET reference = EXCLUDED.reference,"
            " title = EXCLUDED.title, body = EXCLUDED.body,"
            " classification = EXCLUDED.classification, archived = EXCLUDED.archived;\n"
            "  RETURN NEW;\n"
            "END\n$body$",
            f"CREATE TRIGGER search_{s.table} AFTER INSERT OR DELETE OR UPDATE OF "
            f"{', '.join(s.watched)} ON {s.table} FOR EACH ROW "
            f"EXECUTE FUNCTION search_index_{s.table}()",
        ]
    return statements


def install(connection: Connection) -> None:
    """Create the index, its triggers and fill it from the existing rows."""
    statements = _sqlite_ddl() if connection.dialect.name == "sqlite" else _postgresql_ddl()
    for statement in statements:
        connection.exec_driver_sql(statement)
    rebuild(connection)


def uninstall(connection: Connection) -> None:
    """Drop the index and its triggers (downgrade)."""
    if connection.dialect.name == "sqlite":
        for s in SOURCES:
            for suffix in ("ai", "au", "ad"):
                connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_{s.table}_{suffix}")
        connection.exec_driver_sql("DROP TABLE IF EXISTS search_fts")
        return
    for s in SOURCES:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_{s.table} ON {s.table}")
        connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS search_index_{s.table}()")
    connection.exec_driver_sql("DROP TABLE IF EXISTS search_entries")
    connection.exec_driver_sql("DROP FUNCTION IF EXISTS search_fold(text)")


def rebuild(connection: Connection) -> int:
    """Refill the index from every indexed table; returns the number of entries."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("DELETE FROM search_fts")
        for s in SOURCES:
            connection.exec_driver_sql(
                f"INSERT INTO search_fts ({_SQLITE_COLUMNS}) "
                f"SELECT {_sqlite_values(s, 'r')} FROM {s.table} AS r")
        connection.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
        count = connection.exec_driver_sql("SELECT count(*) FROM search_fts").scalar_one()
        return int(count)
    connection.exec_driver_sql("DELETE FROM search_entries")
    for s in SOURCES:
        connection.exec_driver_sql(
            "INSERT INTO search_entries (kind, record_id, reference, title, body, "
            f"classification, archived) SELECT '{s.kind}', r.id, r.reference, {s.title_sql('r')}, "
            f"{s.body_sql('r')}, {s.classification_sql('r')}, "
            f"{s.archived_sql('r', 'postgresql')} FROM {s.table} AS r")
    return int(connection.exec_driver_sql("SELECT count(*) FROM search_entries").scalar_one())


# --------------------------------------------------------------------------- querying


@dataclass(frozen=True, slots=True)
class Hit:
    """One matching index entry, best first (``exact`` when the reference is the query)."""

    kind: str
    record_id: int
    reference: str
    title: str
    body: str
    exact: bool
    score: float


_TOKEN = re.compile(r"[^\W_]+")


def terms(query: str) -> list[str]:
    """The words of a user's query, folded; punctuation and operators are dropped."""
    return _TOKEN.findall(fold(query))[:12]


def _fts5_query(words: Sequence[str]) -> str:
    # Every word quoted (no FTS5 operator can survive) and prefix-matched.
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)


def _tsquery(words: Sequence[str]) -> str:
    return " & ".join("'" + w.replace("'", "''").replace("\\", "\\\\") + "':*" for w in words)


_KIND_ORDER = {source.kind: position for position, source in enumerate(SOURCES)}


def find(connection: Connection, query: str, clearance: int, kinds: Sequence[str],
         per_kind: int = 8, include_archived: bool = False) -> list[Hit]:
    """Best hits for ``query`` among ``kinds``, at most ``per_kind`` of each, best first.

    Every kind with matches keeps its best ``per_kind``, however many another kind has. Rows
    above ``clearance`` never leave the database. An exact reference match ranks first; equal
    scores are ordered by kind (as in :data:`SOURCES`), then by record id.
    """
    words = terms(query)
    if not words or not kinds:
        return []
    exact = query.strip().upper()
    if connection.dialect.name == "sqlite":
        hits = _find_sqlite(connection, words, exact, int(clearance), kinds, per_kind,
                            include_archived)
    else:
        hits = _find_postgresql(connection, words, exact, int(clearance), kinds, per_kind,
                                include_archived)
    hits.sort(key=lambda h: (not h.exact, -h.score, _KIND_ORDER[h.kind], h.record_id))
    return hits


def _find_postgresql(connection: Connection, words: Sequence[str], exact: str, clearance: int,
                     kinds: Sequence[str], per_kind: int, include_archived: bool) -> list[Hit]:
    # The same choice as SQLite's per-kind queries, made by one window over the matches (no
    # large PostgreSQL database is benchmarked).
    kind_list = ", ".join(f"'{SOURCE_BY_KIND[k].kind}'" for k in kinds)
    archived = "" if include_archived else "AND NOT e.archived"
    sql = (
        "SELECT kind, record_id, reference, title, body, exact, score FROM ("
        " SELECT e.kind, e.record_id, e.reference, e.title, e.body,"
        "  (e.reference = :exact) AS exact, ts_rank(e.document, q.query) AS score,"
        "  row_number() OVER (PARTITION BY e.kind ORDER BY (e.reference = :exact) DESC,"
        "   ts_rank(e.document, q.query) DESC, e.record_id) AS rn"
        " FROM search_entries AS e, (SELECT to_tsquery('simple', :match) AS query) AS q"
        " WHERE e.document @@ q.query AND e.classification <= :clearance"
        f" AND e.kind IN ({kind_list}) {archived}) AS ranked"
        " WHERE rn <= :per_kind")
    params = {"clearance": clearance, "exact": exact, "per_kind": per_kind,
              "match": _tsquery(words)}
    return [Hit(str(r.kind), int(r.record_id), str(r.reference), str(r.title), str(r.body),
                bool(r.exact), float(r.score)) for r in connection.execute(text(sql), params)]


def _find_sqlite(connection: Connection, words: Sequence[str], exact: str, clearance: int,
                 kinds: Sequence[str], per_kind: int, include_archived: bool) -> list[Hit]:
    numbers = [SOURCE_BY_KIND[k].number for k in kinds]
    # Filters read only the rowid: no stored text is fetched for the thousands of rows a short
    # prefix matches, only for the few kept.
    rowid_filter = ("(rowid / 16) % 4 <= :clearance"
                    + ("" if include_archived else " AND (rowid / 8) % 2 = 0"))
    params: dict[str, object] = {"match": _fts5_query(words), "clearance": clearance,
                                 "per_kind": per_kind}
    # One top-N query per kind: SQLite keeps the best ``per_kind`` in a small heap instead of
    # sorting every match (a two-letter prefix matches 60,000 rows: a window function over
    # them all cost 40-60 ms more), and a kind with few matches keeps its best ones whatever
    # another kind has. Each reads only its kind's rowid range of the matches, and computes
    # bm25 for those alone.
    best = " UNION ALL ".join(
        "SELECT * FROM (SELECT rowid AS rid, -bm25(search_fts, 10.0, 4.0, 1.0) AS score"
        f" FROM search_fts WHERE search_fts MATCH :match AND rowid >= {number * KIND_SPAN}"
        f" AND rowid < {(number + 1) * KIND_SPAN} AND {rowid_filter}"
        " ORDER BY score DESC, rid LIMIT :per_kind)" for number in numbers)
    # CROSS JOIN keeps the few kept rows as the outer loop: each reads its text by rowid.
    sql = (f"WITH best AS ({best})"
           " SELECT f.kind, f.record_id, f.reference, f.title, f.body, b.score"
           " FROM best AS b CROSS JOIN search_fts AS f ON f.rowid = b.rid")
    hits = [Hit(str(r.kind), int(r.record_id), str(r.reference), str(r.title), str(r.body),
                r.reference == exact, float(r.score))
            for r in connection.execute(text(sql), params)]
    if any(char.isdigit() for char in exact):
        # A reference typed in full comes first even when its kind's quota is full.
        kind_filter = ", ".join(str(number) for number in numbers)
        found = connection.execute(text(
            "SELECT kind, record_id, reference, title, body FROM search_fts "
            f"WHERE search_fts MATCH :match AND rowid % 8 IN ({kind_filter}) AND {rowid_filter}"
            " AND reference = :exact LIMIT 5"),
            {"match": 'reference : "' + " ".join(words) + '"', "clearance": clearance,
             "exact": exact})
        top = [Hit(str(r.kind), int(r.record_id), str(r.reference), str(r.title), str(r.body),
                   True, float("inf")) for r in found]
        keys = {(h.kind, h.record_id) for h in top}
        hits = top + [h for h in hits if (h.kind, h.record_id) not in keys]
    return hits
