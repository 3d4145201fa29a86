"""the moment each account last saw its reminders

Revision ID: 0010_reminders_seen
Revises: 0009_avis_versions
Create Date: 2026-12-06

Reminders without a mail server: at sign-in (and each new day for a window left open) the
window lists what became due or late since the user last saw them. The moment is kept per
account, in the base, so it follows the user from one PC to another.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010_reminders_seen'
down_revision = '0009_avis_versions'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('users') as batch:
        batch.add_column(sa.Column('reminders_seen_at', sa.DateTime(timezone=True),
                                   nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('users') as batch:
        batch.drop_column('reminders_seen_at')
