"""indexes of the « À traiter » work lists

Revision ID: 0012_work_list_indexes
Revises: 0011_mission_status_reason
Create Date: 2026-12-06

A conseiller's « dossiers imputés en attente de mon avis » read every dossier ever imputed to
him through the instructor index (thousands on a 100,000-dossier base) to keep those awaiting
his avis; instructor, state and due date together find them at once, late ones counted in the
same index. The DC's « instructions du Ministre à échéance » seek the open ones by due date
alike, not every instruction ever given.
"""

from __future__ import annotations

from alembic import op

revision = '0012_work_list_indexes'
down_revision = '0011_mission_status_reason'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_dossiers_instructor_state', 'dossiers',
                    ['instructor_id', 'state', 'avis_due_date'], unique=False)
    op.create_index('ix_missions_origin_status_due', 'missions',
                    ['origin', 'status', 'due_date'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_missions_origin_status_due', table_name='missions')
    op.drop_index('ix_dossiers_instructor_state', table_name='dossiers')
