"""global search index kept current by triggers

Revision ID: 0002_search_index
Revises: 0001_initial
Create Date: 2026-11-28

SQLite gets an FTS5 table (``unicode61 remove_diacritics 2``: accent- and case-insensitive,
with prefix indexes) fed by ``AFTER INSERT/UPDATE OF/DELETE`` triggers on every indexed table.

PostgreSQL gets a plain ``search_entries`` table with a generated ``tsvector`` (``simple``
configuration, weights A/B/C for reference/title/body) and a GIN index, fed by PL/pgSQL
triggers. Why not ``unaccent``: it is a contrib extension. It happens to be installable on the
development machine (the test user is a superuser), but an office server may lack the contrib
package, and the application's role there is normally not allowed to ``CREATE EXTENSION``; a
migration that fails on the customer's server is the worst outcome. Its function is also only
``STABLE``, so it cannot feed a generated column or an index without an immutable wrapper.
Instead the migration defines ``search_fold(text)``, an ``IMMUTABLE`` SQL function built on
``translate()`` and ``lower()`` that strips the accents of French (and other Latin-1) letters;
Python's :func:`cabinet_desktop.store.search_index.fold` applies the very same table to queries.

Triggers rather than SQLAlchemy session events: they run in the saving transaction whatever
writes the row (generic services, workflow steps, Excel import, the demo generator's bulk
inserts, a database administrator's manual fix), so the index cannot drift. The DDL lives in
``store/search_index.py`` next to the query code and ``rebuild()``, so both always agree; a
later change to the index ships as a new revision that re-installs it.
"""

from __future__ import annotations

from alembic import op

from cabinet_desktop.store import search_index

revision = '0002_search_index'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    search_index.install(op.get_bind())


def downgrade() -> None:
    search_index.uninstall(op.get_bind())
