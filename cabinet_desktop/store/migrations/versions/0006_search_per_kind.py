"""search index: kind ranges of rowids and a one-letter prefix index (SQLite)

Revision ID: 0006_search_per_kind
Revises: 0005_name_sort_keys
Create Date: 2026-11-29

The global search now ranks each kind in its own top-N query instead of sorting every match
(`store/search_index.py`), so the FTS5 ``MATCH`` is evaluated once per kind. Two changes keep
that cheap on SQLite:

* the rowid also carries the kind in its high bits (``kind * 2**40 + id * 64 + …``; the low
  bits are unchanged), so each kind's query reads only its own rowid range of the matches:
  about a fifth off most short prefixes on 100,000 dossiers;
* a one-letter prefix index (``prefix = '1 2 3'``): a one-letter word, as in « plan d » on the
  way to « plan d'action », otherwise merges the position lists of every term starting with
  that letter, once per kind (« plan d »: 428 ms, 41 ms with it), for about a fifth more index
  (61 to 74 MB of index there).

The index is dropped, re-installed from ``store/search_index.py`` (triggers included) and
refilled. PostgreSQL's index already serves any prefix: nothing changes there.
"""

from __future__ import annotations

from alembic import op

from cabinet_desktop.store import search_index

revision = '0006_search_per_kind'
down_revision = '0005_name_sort_keys'
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    search_index.uninstall(connection)
    search_index.install(connection)


def downgrade() -> None:
    """The previous revision's queries read the low bits of the rowid, which are unchanged."""
