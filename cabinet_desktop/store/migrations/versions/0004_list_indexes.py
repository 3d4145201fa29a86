"""list indexes: no index on archived flags, covering count index, planner statistics

Revision ID: 0004_list_indexes
Revises: 0003_search_rowid
Create Date: 2026-11-28

The single-column ``archived`` indexes never narrow a query (nearly every row is not
archived), yet SQLite's planner, without statistics, chose them over the index that gives a
list its order and sorted 100,000 dossiers for every page. They are dropped. Dossier counts
within a clearance read ``(classification, archived)`` alone. On SQLite, ``ANALYZE`` records
the statistics the planner uses to choose between the remaining indexes.
"""

from __future__ import annotations

from alembic import op

revision = '0004_list_indexes'
down_revision = '0003_search_rowid'
branch_labels = None
depends_on = None

ARCHIVABLE = ("consultations", "dossiers", "indicators", "missions", "partners")


def upgrade() -> None:
    for table in ARCHIVABLE:
        op.drop_index(f"ix_{table}_archived", table_name=table)
    op.create_index("ix_dossiers_classification_archived", "dossiers",
                    ["classification", "archived"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ANALYZE")


def downgrade() -> None:
    op.drop_index("ix_dossiers_classification_archived", table_name="dossiers")
    for table in ARCHIVABLE:
        op.create_index(f"ix_{table}_archived", table, ["archived"])
