"""Sort keys of the person names the lists show, kept by database triggers.

A list sorted by a joined person's name (the dossiers' *Conseiller*, the missions'
*Responsable*, the briefing notes' *Signataire*) cannot walk an index: the name lives in
``persons``. Each such table therefore carries a denormalized key (``dossiers.instructor_sort``,
``missions.assignee_sort``, ``briefing_notes.author_sort``) indexed with the id, so the sorted
page reads 200 index entries instead of sorting every row.

The key is the shown name ``First Last`` *folded* the way the global search folds text
(:func:`cabinet_desktop.store.search_index.fold`: lower case, French and Latin-1 accents
removed, ``œ``/``æ`` spelled out, hyphens and other separators read as spaces), so the order
is case- and accent-insensitive: ``Éric`` sorts beside ``Eric``, not after ``Zoé``. It is
``NULL`` when there is no person or the person's name is empty, so those rows come last.
PostgreSQL stores it with the ``"C"`` collation: plain byte order on folded text, the same
order as SQLite whatever the server's locale.

Triggers keep it in the saving transaction, whatever writes the row:

* **SQLite**: the view ``name_sort_keys(id, key)`` computes each person's key (SQLite has no
  ``translate()``: nested ``replace()`` calls); ``AFTER INSERT`` and ``AFTER UPDATE OF
  <person id>`` triggers on each table read it, and ``AFTER UPDATE OF first_name, last_name``
  on ``persons`` rewrites every row of the renamed person.
* **PostgreSQL**: the immutable SQL function ``name_sort_key(first, last)``, a ``BEFORE
  INSERT OR UPDATE OF <person id>`` PL/pgSQL trigger per table and an ``AFTER UPDATE`` one on
  ``persons``.

The columns are not mapped by the ORM (see ``domain.entities``): the application never reads
or writes them, only lists sort on them. :func:`fill` recomputes every key (after a migration
or a bulk load without triggers).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from cabinet_desktop.store.search_index import _ACCENTED, _PLAIN, fold

#: Object names start with this prefix.
PREFIX = "name_sort_"

#: Ligatures folded by ``search_fold`` after ``translate``, both cases (SQLite's ``lower()``
#: only knows ASCII).
_LIGATURES = (("Œ", "oe"), ("œ", "oe"), ("Æ", "ae"), ("æ", "ae"))


@dataclass(frozen=True, slots=True)
class NameKey:
    """A table whose rows show a person's name, and the column keeping its sort key."""

    table: str
    column: str
    person_id: str


KEYS: tuple[NameKey, ...] = (
    NameKey("missions", "assignee_sort", "assignee_id"),
    NameKey("dossiers", "instructor_sort", "instructor_id"),
    NameKey("briefing_notes", "author_sort", "author_id"),
)


def name_key(first_name: str | None, last_name: str | None) -> str | None:
    """The sort key of a person's name, exactly as the database computes it."""
    key = fold(f"{first_name or ''} {last_name or ''}").strip(" ")
    return key or None


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _name_sql(first_name: str, last_name: str) -> str:
    return f"(COALESCE({first_name}, '') || ' ' || COALESCE({last_name}, ''))"


#: Replacements per nesting level of SQLite's key: its parser overflows near 30 nested calls.
_SQLITE_STAGE = 15


def _sqlite_keys_view() -> str:
    """``name_sort_keys(id, key)``: every person's key, as nested ``replace()`` stages.

    SQLite has no ``translate()``; each derived table applies a few replacements so that no
    expression nests deeper than the parser allows. The planner flattens the stages: reading
    one person's key by id is one primary-key lookup.
    """
    pairs = [*zip(_ACCENTED, _PLAIN, strict=True), *_LIGATURES]
    expr = _name_sql("first_name", "last_name")
    source = "persons"
    for level, start in enumerate(range(0, len(pairs), _SQLITE_STAGE)):
        for accented, plain in pairs[start:start + _SQLITE_STAGE]:
            expr = f"replace({expr}, {_quote(accented)}, {_quote(plain)})"
        source = f"(SELECT id, {expr} AS v{level} FROM {source})"
        expr = f"v{level}"
    return (f"CREATE VIEW {PREFIX}keys AS SELECT id, NULLIF(trim(lower({expr}), ' '), '') AS key "
            f"FROM {source}")


def _sqlite_key_of(person_id: str) -> str:
    return f"(SELECT key FROM {PREFIX}keys WHERE id = {person_id})"


def _postgresql_key_function() -> str:
    name = _name_sql("first_name", "last_name")
    fold_sql = f"lower(translate({name}, {_quote(_ACCENTED)}, {_quote(_PLAIN)}))"
    for ligature, spelled in _LIGATURES:
        fold_sql = f"replace({fold_sql}, {_quote(ligature)}, {_quote(spelled)})"
    return ("CREATE FUNCTION name_sort_key(first_name text, last_name text) RETURNS text "
            "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $key$ SELECT NULLIF(trim("
            f"{fold_sql}, ' '), '') $key$")


def _sqlite_ddl() -> list[str]:
    statements = [_sqlite_keys_view()]
    for k in KEYS:
        refresh = (f"UPDATE {k.table} SET {k.column} = {_sqlite_key_of('NEW.' + k.person_id)} "
                   "WHERE id = NEW.id;")
        statements += [
            f"CREATE TRIGGER {PREFIX}{k.table}_ai AFTER INSERT ON {k.table} "
            f"WHEN NEW.{k.person_id} IS NOT NULL OR NEW.{k.column} IS NOT NULL "
            f"BEGIN {refresh} END",
            f"CREATE TRIGGER {PREFIX}{k.table}_au AFTER UPDATE OF {k.person_id} ON {k.table} "
            f"BEGIN {refresh} END",
        ]
    renamed = " ".join(f"UPDATE {k.table} SET {k.column} = {_sqlite_key_of('NEW.id')} "
                       f"WHERE {k.person_id} = NEW.id;" for k in KEYS)
    statements.append(f"CREATE TRIGGER {PREFIX}persons_au AFTER UPDATE OF first_name, last_name "
                      f"ON persons BEGIN {renamed} END")
    return statements


def _postgresql_ddl() -> list[str]:
    statements = [_postgresql_key_function()]
    for k in KEYS:
        statements += [
            f"CREATE FUNCTION {PREFIX}{k.table}() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
            "BEGIN\n"
            f"  NEW.{k.column} := (SELECT name_sort_key(p.first_name, p.last_name)"
            f" FROM persons AS p WHERE p.id = NEW.{k.person_id});\n"
            "  RETURN NEW;\n"
            "END\n$body$",
            f"CREATE TRIGGER {PREFIX}{k.table} BEFORE INSERT OR UPDATE OF {k.person_id} "
            f"ON {k.table} FOR EACH ROW EXECUTE FUNCTION {PREFIX}{k.table}()",
        ]
    renamed = "".join(
        f"  UPDATE {k.table} SET {k.column} = name_sort_key(NEW.first_name, NEW.last_name)"
        f" WHERE {k.person_id} = NEW.id;\n" for k in KEYS)
    statements += [
        f"CREATE FUNCTION {PREFIX}persons() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
        "BEGIN\n"
        "  IF name_sort_key(NEW.first_name, NEW.last_name)"
        " IS DISTINCT FROM name_sort_key(OLD.first_name, OLD.last_name) THEN\n"
        f"{renamed}"
        "  END IF;\n"
        "  RETURN NEW;\n"
        "END\n$body$",
        f"CREATE TRIGGER {PREFIX}persons AFTER UPDATE OF first_name, last_name ON persons "
        f"FOR EACH ROW EXECUTE FUNCTION {PREFIX}persons()",
    ]
    return statements


def install(connection: Connection) -> None:
    """Create the triggers (and PostgreSQL's functions), then fill every key."""
    statements = _sqlite_ddl() if connection.dialect.name == "sqlite" else _postgresql_ddl()
    for statement in statements:
        connection.exec_driver_sql(statement)
    fill(connection)


def uninstall(connection: Connection) -> None:
    """Drop the triggers and functions; the columns and their values stay."""
    if connection.dialect.name == "sqlite":
        for k in KEYS:
            for suffix in ("ai", "au"):
                connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {PREFIX}{k.table}_{suffix}")
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {PREFIX}persons_au")
        connection.exec_driver_sql(f"DROP VIEW IF EXISTS {PREFIX}keys")
        return
    connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {PREFIX}persons ON persons")
    connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {PREFIX}persons()")
    for k in KEYS:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {PREFIX}{k.table} ON {k.table}")
        connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {PREFIX}{k.table}()")
    connection.exec_driver_sql("DROP FUNCTION IF EXISTS name_sort_key(text, text)")


def fill(connection: Connection) -> None:
    """Recompute every key from ``persons`` (one ``UPDATE`` per table)."""
    sqlite = connection.dialect.name == "sqlite"
    for k in KEYS:
        person_id = f"{k.table}.{k.person_id}"
        key = (_sqlite_key_of(person_id) if sqlite else
               f"(SELECT name_sort_key(p.first_name, p.last_name) FROM persons AS p "
               f"WHERE p.id = {person_id})")
        connection.exec_driver_sql(f"UPDATE {k.table} SET {k.column} = {key}")
