"""sign-in failures of unknown logins kept in the base

Revision ID: 0008_sign_in_failures
Revises: 0007_journal_ids_never_reused
Create Date: 2026-12-03

A login that names no account was counted in the memory of one process: the third failure of an
existing login answered « Trop de tentatives infructueuses… » while an unknown one never did
(each command-line call, each restart and each other PC started again from zero), which told an
attacker which logins exist. The counts now live in the base, shared by every client, keyed by
the normalised login.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008_sign_in_failures'
down_revision = '0007_journal_ids_never_reused'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sign_in_failures',
    sa.Column('login', sa.String(length=64), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_failure_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('login', name=op.f('pk_sign_in_failures'))
    )
    op.create_index(op.f('ix_sign_in_failures_last_failure_at'), 'sign_in_failures',
                    ['last_failure_at'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_sign_in_failures_last_failure_at'), table_name='sign_in_failures')
    op.drop_table('sign_in_failures')
