"""name sort keys: indexed, trigger-kept sort keys of the persons' names the lists show

Revision ID: 0005_name_sort_keys
Revises: 0004_list_indexes
Create Date: 2026-11-29

Sorting 100,000 dossiers by their *Conseiller* sorted every joined row for each page (the
name lives in ``persons``; 120-200 ms on SQLite). ``dossiers.instructor_sort``,
``missions.assignee_sort`` and ``briefing_notes.author_sort`` now hold the name folded for
sorting (lower case, no accents; ``NULL`` without a person), indexed with the id and kept by
triggers (``store/sort_keys.py``, which holds the DDL). PostgreSQL stores them with the
``"C"`` collation, the byte order SQLite uses. On SQLite, ``ANALYZE`` refreshes the planner's
statistics with the new indexes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cabinet_desktop.store import sort_keys

revision = '0005_name_sort_keys'
down_revision = '0004_list_indexes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    key_type = sa.Text().with_variant(sa.Text(collation="C"), "postgresql")
    for key in sort_keys.KEYS:
        op.add_column(key.table, sa.Column(key.column, key_type, nullable=True))
    # Filled before indexing: one index build instead of 100,000 index updates.
    sort_keys.install(op.get_bind())
    for key in sort_keys.KEYS:
        op.create_index(f"ix_{key.table}_{key.column}", key.table, [key.column, "id"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ANALYZE")


def downgrade() -> None:
    for key in sort_keys.KEYS:
        op.drop_index(f"ix_{key.table}_{key.column}", table_name=key.table)
    sort_keys.uninstall(op.get_bind())
    for key in sort_keys.KEYS:
        op.drop_column(key.table, key.column)
