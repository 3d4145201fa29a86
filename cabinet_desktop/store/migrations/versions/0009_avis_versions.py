"""circuit actions: avis versions, the minister's decision, what each step did

Revision ID: 0009_avis_versions
Revises: 0008_sign_in_failures
Create Date: 2026-12-06

The circuit's actions (imputer, proposer l'avis, valider, transmettre, enregistrer la décision
du Ministre, clore, classer sans suite) each leave a step in ``dossier_steps``; the step now
says what it did (``action``), since recording the minister's decision leaves the state
unchanged. Each version of an avis (as proposed, as amended at validation) is kept with who
wrote it in ``avis_versions``. The minister's decision and its date are columns of the dossier.
Existing rows keep their values; their steps have no ``action`` and read by their states.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009_avis_versions'
down_revision = '0008_sign_in_failures'
branch_labels = None
depends_on = None

_STEPS = ('register', 'impute', 'propose', 'send_back', 'validate', 'transmit', 'decide',
          'close', 'file')
_AVIS = ('favorable', 'favorable_with_reservations', 'unfavorable', 'not_applicable')
_DECISIONS = ('agreed', 'agreed_with_changes', 'refused', 'deferred', 'noted')


def upgrade() -> None:
    op.create_table('avis_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('step', sa.Enum(*_STEPS, name='circuitstep', native_enum=False, length=32),
              nullable=False),
    sa.Column('kind', sa.Enum(*_AVIS, name='aviskind', native_enum=False, length=32),
              nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'],
                            name=op.f('fk_avis_versions_dossier_id_dossiers'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_avis_versions_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_avis_versions'))
    )
    with op.batch_alter_table('avis_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_avis_versions_dossier_id'), ['dossier_id'],
                              unique=False)
    with op.batch_alter_table('dossier_steps', schema=None) as batch_op:
        batch_op.add_column(sa.Column('action', sa.Enum(*_STEPS, name='circuitstep',
                                                        native_enum=False, length=32),
                                      nullable=True))
    # plain ADD COLUMN: a batch would rebuild dossiers under the name-sort triggers naming it
    op.add_column('dossiers', sa.Column('minister_decision',
                                        sa.Enum(*_DECISIONS, name='ministerdecision',
                                                native_enum=False, length=32), nullable=True))
    op.add_column('dossiers', sa.Column('minister_decision_date', sa.Date(), nullable=True))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35 and later, PostgreSQL): a batch rebuild of ``dossiers``
    # would trip over the name-sort triggers of ``persons`` that name it (migration 0005).
    for table, column in (('dossiers', 'minister_decision_date'),
                          ('dossiers', 'minister_decision'), ('dossier_steps', 'action')):
        op.execute(f'ALTER TABLE {table} DROP COLUMN {column}')
    op.drop_index(op.f('ix_avis_versions_dossier_id'), table_name='avis_versions')
    op.drop_table('avis_versions')
