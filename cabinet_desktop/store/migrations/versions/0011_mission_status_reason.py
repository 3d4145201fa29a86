"""why a mission was cancelled or put on hold

Revision ID: 0011_mission_status_reason
Revises: 0010_reminders_seen
Create Date: 2026-12-06

« Annulée » (and « En attente ») now come with their reason, kept on the mission beside its
status so the detail and the register of the minister's instructions show it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011_mission_status_reason'
down_revision = '0010_reminders_seen'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN: a batch would rebuild missions, which the persons' name-sort
    # triggers name (SQLite then refuses the rename)
    op.add_column('missions', sa.Column('status_reason', sa.Text(), nullable=False,
                                        server_default=''))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35 and later, PostgreSQL): a batch rebuild of ``missions``
    # would trip over the name-sort triggers of ``persons`` that name it (migration 0005).
    op.execute('ALTER TABLE missions DROP COLUMN status_reason')
