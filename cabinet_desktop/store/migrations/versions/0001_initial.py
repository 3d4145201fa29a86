"""initial schema

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-27 17:11:30.957522
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

#: Tables whose created_by/updated_by columns refer to users: the persons/users cycle means
#: PostgreSQL gets those keys after every table exists (SQLite declares them inline).
TRACKED_TABLES = ['agreements', 'attachments', 'briefing_notes', 'consultations', 'contacts', 'dossiers', 'indicator_targets', 'indicators', 'interactions', 'measurements', 'missions', 'mottos', 'partners', 'persons', 'settings', 'users']


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attributions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('label', sa.String(length=600), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attributions')),
    sa.UniqueConstraint('code', name=op.f('uq_attributions_code'))
    )
    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_id', sa.Integer(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    op.create_table('consultations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('public', sa.Enum('users', 'staff', name='consultationpublic', native_enum=False, length=32), nullable=False),
    sa.Column('method', sa.Enum('survey', 'workshop', 'focus_group', 'suggestion_box', name='consultationmethod', native_enum=False, length=32), nullable=False),
    sa.Column('participants', sa.Integer(), nullable=False),
    sa.Column('satisfaction', sa.Float(), nullable=True),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('reference', sa.String(length=24), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_consultations_created_by_id_users'), use_alter=True),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_consultations_updated_by_id_users'), use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultations')),
    sa.UniqueConstraint('reference', name=op.f('uq_consultations_reference'))
    )
    with op.batch_alter_table('consultations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consultations_archived'), ['archived'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultations_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultations_public'), ['public'], unique=False)

    op.create_table('indicators',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('definition', sa.Text(), nullable=False),
    sa.Column('unit', sa.String(length=40), nullable=False),
    sa.Column('level', sa.Enum('input', 'activity', 'output', 'outcome', 'impact', name='indicatorlevel', native_enum=False, length=32), nullable=False),
    sa.Column('periodicity', sa.Enum('monthly', 'quarterly', 'half_yearly', 'yearly', name='periodicity', native_enum=False, length=32), nullable=False),
    sa.Column('direction', sa.Enum('increase', 'decrease', name='direction', native_enum=False, length=32), nullable=False),
    sa.Column('baseline_value', sa.Float(), nullable=True),
    sa.Column('baseline_date', sa.Date(), nullable=True),
    sa.Column('data_source', sa.String(length=300), nullable=False),
    sa.Column('responsible_structure', sa.String(length=200), nullable=False),
    sa.Column('reference', sa.String(length=24), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_indicators_created_by_id_users'), use_alter=True),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_indicators_updated_by_id_users'), use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicators')),
    sa.UniqueConstraint('reference', name=op.f('uq_indicators_reference'))
    )
    with op.batch_alter_table('indicators', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicators_archived'), ['archived'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicators_level'), ['level'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicators_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicators_responsible_structure'), ['responsible_structure'], unique=False)

    op.create_table('mottos',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=200), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_mottos_created_by_id_users'), use_alter=True),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_mottos_updated_by_id_users'), use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mottos')),
    sa.UniqueConstraint('effective_date', name=op.f('uq_mottos_effective_date'))
    )
    op.create_table('partners',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('acronym', sa.String(length=40), nullable=False),
    sa.Column('category', sa.Enum('ministry', 'private_sector', 'civil_society', 'users', 'bilateral_tfp', 'multilateral_tfp', 'ngo', 'local_authority', 'other', name='partnercategory', native_enum=False, length=32), nullable=False),
    sa.Column('scope', sa.Enum('national', 'regional', 'international', name='scope', native_enum=False, length=32), nullable=False),
    sa.Column('country', sa.String(length=80), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('website', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('reference', sa.String(length=24), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_partners_created_by_id_users'), use_alter=True),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_partners_updated_by_id_users'), use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partners')),
    sa.UniqueConstraint('reference', name=op.f('uq_partners_reference'))
    )
    with op.batch_alter_table('partners', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partners_acronym'), ['acronym'], unique=False)
        batch_op.create_index(batch_op.f('ix_partners_archived'), ['archived'], unique=False)
        batch_op.create_index(batch_op.f('ix_partners_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_partners_country'), ['country'], unique=False)
        batch_op.create_index(batch_op.f('ix_partners_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_partners_scope'), ['scope'], unique=False)

    op.create_table('persons',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('civility', sa.String(length=16), nullable=False),
    sa.Column('first_name', sa.String(length=120), nullable=False),
    sa.Column('last_name', sa.String(length=120), nullable=False),
    sa.Column('function', sa.String(length=120), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_persons_created_by_id_users'), use_alter=True),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_persons_updated_by_id_users'), use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persons'))
    )
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_persons_last_name'), ['last_name'], unique=False)

    op.create_table('reference_counters',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'year', name=op.f('pk_reference_counters'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_settings_created_by_id_users'), use_alter=True),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_settings_updated_by_id_users'), use_alter=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('agreements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.Enum('financing', 'protocol', 'memorandum', 'framework', 'other', name='agreementkind', native_enum=False, length=32), nullable=False),
    sa.Column('signature_date', sa.Date(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('amount_committed', sa.Numeric(precision=18, scale=2), nullable=False),
    sa.Column('amount_disbursed', sa.Numeric(precision=18, scale=2), nullable=False),
    sa.Column('currency', sa.Enum('XOF', 'EUR', 'USD', name='currency', native_enum=False, length=32), nullable=False),
    sa.Column('exchange_rate', sa.Numeric(precision=18, scale=6), nullable=False),
    sa.Column('rate_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('negotiation', 'signed', 'active', 'suspended', 'completed', name='agreementstatus', native_enum=False, length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_agreements_created_by_id_users'), use_alter=True),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_agreements_partner_id_partners'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_agreements_updated_by_id_users'), use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreements'))
    )
    with op.batch_alter_table('agreements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreements_end_date'), ['end_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreements_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreements_status'), ['status'], unique=False)

    op.create_table('briefing_notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('note_date', sa.Date(), nullable=False),
    sa.Column('object', sa.String(length=400), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('classification', sa.Integer(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('sections', sa.Text(), nullable=False),
    sa.Column('free_text', sa.Text(), nullable=False),
    sa.Column('recipients', sa.Text(), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('pdf_sha256', sa.String(length=64), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=True),
    sa.Column('reference', sa.String(length=24), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['author_id'], ['persons.id'], name=op.f('fk_briefing_notes_author_id_persons')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_briefing_notes_created_by_id_users'), use_alter=True),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_briefing_notes_updated_by_id_users'), use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_briefing_notes')),
    sa.UniqueConstraint('reference', name=op.f('uq_briefing_notes_reference'))
    )
    with op.batch_alter_table('briefing_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_briefing_notes_classification'), ['classification'], unique=False)
        batch_op.create_index(batch_op.f('ix_briefing_notes_note_date'), ['note_date'], unique=False)

    op.create_table('contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('function', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_contacts_created_by_id_users'), use_alter=True),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_contacts_partner_id_partners'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_contacts_updated_by_id_users'), use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contacts'))
    )
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contacts_partner_id'), ['partner_id'], unique=False)

    op.create_table('dossiers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('object', sa.String(length=400), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('origin_structure', sa.String(length=200), nullable=False),
    sa.Column('received_date', sa.Date(), nullable=False),
    sa.Column('avis_due_date', sa.Date(), nullable=True),
    sa.Column('sensitive', sa.Boolean(), nullable=False),
    sa.Column('classification', sa.Integer(), nullable=False),
    sa.Column('instructor_id', sa.Integer(), nullable=True),
    sa.Column('state', sa.Enum('received', 'under_review', 'avis_proposed', 'avis_validated', 'sent_to_minister', 'closed', 'filed_without_action', name='dossierstate', native_enum=False, length=32), nullable=False),
    sa.Column('avis_kind', sa.Enum('favorable', 'favorable_with_reservations', 'unfavorable', 'not_applicable', name='aviskind', native_enum=False, length=32), nullable=True),
    sa.Column('avis_text', sa.Text(), nullable=False),
    sa.Column('avis_author_id', sa.Integer(), nullable=True),
    sa.Column('avis_date', sa.Date(), nullable=True),
    sa.Column('reference', sa.String(length=24), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['avis_author_id'], ['persons.id'], name=op.f('fk_dossiers_avis_author_id_persons')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_dossiers_created_by_id_users'), use_alter=True),
    sa.ForeignKeyConstraint(['instructor_id'], ['persons.id'], name=op.f('fk_dossiers_instructor_id_persons')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_dossiers_updated_by_id_users'), use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossiers')),
    sa.UniqueConstraint('reference', name=op.f('uq_dossiers_reference'))
    )
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossiers_archived'), ['archived'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossiers_avis_due_date'), ['avis_due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossiers_avis_kind'), ['avis_kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossiers_classification'), ['classification'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossiers_instructor_id'), ['instructor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossiers_object'), ['object'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossiers_origin_structure'), ['origin_structure'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossiers_received_date'), ['received_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossiers_state'), ['state'], unique=False)
        batch_op.create_index('ix_dossiers_state_due', ['state', 'avis_due_date'], unique=False)

    op.create_table('indicator_targets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_indicator_targets_created_by_id_users'), use_alter=True),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicators.id'], name=op.f('fk_indicator_targets_indicator_id_indicators'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_indicator_targets_updated_by_id_users'), use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_targets')),
    sa.UniqueConstraint('indicator_id', 'year', name=op.f('uq_indicator_targets_indicator_id_year'))
    )
    op.create_table('interactions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('meeting', 'consultation', 'letter', 'mission', 'workshop', name='interactionkind', native_enum=False, length=32), nullable=False),
    sa.Column('participants', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_interactions_created_by_id_users'), use_alter=True),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_interactions_partner_id_partners'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_interactions_updated_by_id_users'), use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interactions'))
    )
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interactions_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_interactions_partner_id'), ['partner_id'], unique=False)

    op.create_table('missions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('attribution_id', sa.Integer(), nullable=False),
    sa.Column('origin', sa.Enum('minister_instruction', 'government_programme', 'council_of_ministers', 'cabinet_initiative', 'other', name='missionorigin', native_enum=False, length=32), nullable=False),
    sa.Column('instruction_date', sa.Date(), nullable=True),
    sa.Column('instruction_authority', sa.String(length=200), nullable=False),
    sa.Column('expected_result', sa.Text(), nullable=False),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('priority', sa.Enum('high', 'normal', 'low', name='priority', native_enum=False, length=32), nullable=False),
    sa.Column('status', sa.Enum('todo', 'in_progress', 'on_hold', 'done', 'cancelled', name='missionstatus', native_enum=False, length=32), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('completed_date', sa.Date(), nullable=True),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=24), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('progress >= 0 AND progress <= 100', name=op.f('ck_missions_progress_range')),
    sa.ForeignKeyConstraint(['assignee_id'], ['persons.id'], name=op.f('fk_missions_assignee_id_persons')),
    sa.ForeignKeyConstraint(['attribution_id'], ['attributions.id'], name=op.f('fk_missions_attribution_id_attributions')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_missions_created_by_id_users'), use_alter=True),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_missions_updated_by_id_users'), use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_missions')),
    sa.UniqueConstraint('reference', name=op.f('uq_missions_reference'))
    )
    with op.batch_alter_table('missions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_missions_archived'), ['archived'], unique=False)
        batch_op.create_index(batch_op.f('ix_missions_assignee_id'), ['assignee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_missions_attribution_id'), ['attribution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_missions_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_missions_origin'), ['origin'], unique=False)
        batch_op.create_index(batch_op.f('ix_missions_priority'), ['priority'], unique=False)
        batch_op.create_index(batch_op.f('ix_missions_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_missions_title'), ['title'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('login', sa.String(length=64), nullable=False),
    sa.Column('password_hash', sa.String(length=256), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.Enum('admin', 'director', 'deputy_director', 'adviser', 'secretariat', 'reader', name='role', native_enum=False, length=32), nullable=False),
    sa.Column('clearance', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('is_demo', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_users_created_by_id_users'), use_alter=True),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_users_person_id_persons')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_users_updated_by_id_users'), use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('login', name=op.f('uq_users_login'))
    )
    op.create_table('attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=120), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('classification', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_attachments_created_by_id_users'), use_alter=True),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_attachments_dossier_id_dossiers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_attachments_updated_by_id_users'), use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_classification'), ['classification'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachments_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('audit_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.Column('action', sa.Enum('create', 'update', 'delete', 'archive', 'restore', 'workflow', 'access_denied', 'login', 'login_failed', 'system', name='auditaction', native_enum=False, length=32), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('reference', sa.String(length=40), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_audit_entries_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entries')),
    sa.UniqueConstraint('hash', name=op.f('uq_audit_entries_hash'))
    )
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entries_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entries_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entries_entity'), ['entity'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entries_reference'), ['reference'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entries_user_id'), ['user_id'], unique=False)

    op.create_table('consultation_missions',
    sa.Column('consultation_id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultations.id'], name=op.f('fk_consultation_missions_consultation_id_consultations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mission_id'], ['missions.id'], name=op.f('fk_consultation_missions_mission_id_missions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('consultation_id', 'mission_id', name=op.f('pk_consultation_missions'))
    )
    with op.batch_alter_table('consultation_missions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consultation_missions_mission_id'), ['mission_id'], unique=False)

    op.create_table('dossier_steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('from_state', sa.Enum('received', 'under_review', 'avis_proposed', 'avis_validated', 'sent_to_minister', 'closed', 'filed_without_action', name='dossierstate', native_enum=False, length=32), nullable=True),
    sa.Column('to_state', sa.Enum('received', 'under_review', 'avis_proposed', 'avis_validated', 'sent_to_minister', 'closed', 'filed_without_action', name='dossierstate', native_enum=False, length=32), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_dossier_steps_dossier_id_dossiers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_dossier_steps_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_steps'))
    )
    with op.batch_alter_table('dossier_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_steps_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('interaction_missions',
    sa.Column('interaction_id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['interaction_id'], ['interactions.id'], name=op.f('fk_interaction_missions_interaction_id_interactions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mission_id'], ['missions.id'], name=op.f('fk_interaction_missions_mission_id_missions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('interaction_id', 'mission_id', name=op.f('pk_interaction_missions'))
    )
    with op.batch_alter_table('interaction_missions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interaction_missions_mission_id'), ['mission_id'], unique=False)

    op.create_table('measurements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('validated', sa.Boolean(), nullable=False),
    sa.Column('validated_by_id', sa.Integer(), nullable=True),
    sa.Column('validated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_measurements_created_by_id_users'), use_alter=True),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicators.id'], name=op.f('fk_measurements_indicator_id_indicators'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_measurements_updated_by_id_users'), use_alter=True),
    sa.ForeignKeyConstraint(['validated_by_id'], ['users.id'], name=op.f('fk_measurements_validated_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measurements')),
    sa.UniqueConstraint('indicator_id', 'period', name=op.f('uq_measurements_indicator_id_period'))
    )
    with op.batch_alter_table('measurements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measurements_period'), ['period'], unique=False)
        batch_op.create_index(batch_op.f('ix_measurements_validated'), ['validated'], unique=False)

    op.create_table('mission_dossiers',
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_mission_dossiers_dossier_id_dossiers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mission_id'], ['missions.id'], name=op.f('fk_mission_dossiers_mission_id_missions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mission_id', 'dossier_id', name=op.f('pk_mission_dossiers'))
    )
    with op.batch_alter_table('mission_dossiers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mission_dossiers_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('mission_indicators',
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicators.id'], name=op.f('fk_mission_indicators_indicator_id_indicators'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mission_id'], ['missions.id'], name=op.f('fk_mission_indicators_mission_id_missions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mission_id', 'indicator_id', name=op.f('pk_mission_indicators'))
    )
    with op.batch_alter_table('mission_indicators', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mission_indicators_indicator_id'), ['indicator_id'], unique=False)

    op.create_table('mission_partners',
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['mission_id'], ['missions.id'], name=op.f('fk_mission_partners_mission_id_missions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_mission_partners_partner_id_partners'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mission_id', 'partner_id', name=op.f('pk_mission_partners'))
    )
    with op.batch_alter_table('mission_partners', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mission_partners_partner_id'), ['partner_id'], unique=False)

    if op.get_bind().dialect.name != "sqlite":
        for table in TRACKED_TABLES:
            for column in ("created_by_id", "updated_by_id"):
                op.create_foreign_key(op.f(f"fk_{table}_{column}_users"), table, "users",
                                      [column], ["id"])


def downgrade() -> None:
    with op.batch_alter_table('mission_partners', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mission_partners_partner_id'))

    op.drop_table('mission_partners')
    with op.batch_alter_table('mission_indicators', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mission_indicators_indicator_id'))

    op.drop_table('mission_indicators')
    with op.batch_alter_table('mission_dossiers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mission_dossiers_dossier_id'))

    op.drop_table('mission_dossiers')
    with op.batch_alter_table('measurements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measurements_validated'))
        batch_op.drop_index(batch_op.f('ix_measurements_period'))

    op.drop_table('measurements')
    with op.batch_alter_table('interaction_missions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interaction_missions_mission_id'))

    op.drop_table('interaction_missions')
    with op.batch_alter_table('dossier_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_steps_dossier_id'))

    op.drop_table('dossier_steps')
    with op.batch_alter_table('consultation_missions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consultation_missions_mission_id'))

    op.drop_table('consultation_missions')
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entries_user_id'))
        batch_op.drop_index(batch_op.f('ix_audit_entries_reference'))
        batch_op.drop_index(batch_op.f('ix_audit_entries_entity'))
        batch_op.drop_index(batch_op.f('ix_audit_entries_at'))
        batch_op.drop_index(batch_op.f('ix_audit_entries_action'))

    op.drop_table('audit_entries')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_dossier_id'))
        batch_op.drop_index(batch_op.f('ix_attachments_classification'))

    op.drop_table('attachments')
    op.drop_table('users')
    with op.batch_alter_table('missions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_missions_title'))
        batch_op.drop_index(batch_op.f('ix_missions_status'))
        batch_op.drop_index(batch_op.f('ix_missions_priority'))
        batch_op.drop_index(batch_op.f('ix_missions_origin'))
        batch_op.drop_index(batch_op.f('ix_missions_due_date'))
        batch_op.drop_index(batch_op.f('ix_missions_attribution_id'))
        batch_op.drop_index(batch_op.f('ix_missions_assignee_id'))
        batch_op.drop_index(batch_op.f('ix_missions_archived'))

    op.drop_table('missions')
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interactions_partner_id'))
        batch_op.drop_index(batch_op.f('ix_interactions_date'))

    op.drop_table('interactions')
    op.drop_table('indicator_targets')
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.drop_index('ix_dossiers_state_due')
        batch_op.drop_index(batch_op.f('ix_dossiers_state'))
        batch_op.drop_index(batch_op.f('ix_dossiers_received_date'))
        batch_op.drop_index(batch_op.f('ix_dossiers_origin_structure'))
        batch_op.drop_index(batch_op.f('ix_dossiers_object'))
        batch_op.drop_index(batch_op.f('ix_dossiers_instructor_id'))
        batch_op.drop_index(batch_op.f('ix_dossiers_classification'))
        batch_op.drop_index(batch_op.f('ix_dossiers_avis_kind'))
        batch_op.drop_index(batch_op.f('ix_dossiers_avis_due_date'))
        batch_op.drop_index(batch_op.f('ix_dossiers_archived'))

    op.drop_table('dossiers')
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contacts_partner_id'))

    op.drop_table('contacts')
    with op.batch_alter_table('briefing_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_briefing_notes_note_date'))
        batch_op.drop_index(batch_op.f('ix_briefing_notes_classification'))

    op.drop_table('briefing_notes')
    with op.batch_alter_table('agreements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreements_status'))
        batch_op.drop_index(batch_op.f('ix_agreements_partner_id'))
        batch_op.drop_index(batch_op.f('ix_agreements_end_date'))

    op.drop_table('agreements')
    op.drop_table('settings')
    op.drop_table('reference_counters')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_persons_last_name'))

    op.drop_table('persons')
    with op.batch_alter_table('partners', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partners_scope'))
        batch_op.drop_index(batch_op.f('ix_partners_name'))
        batch_op.drop_index(batch_op.f('ix_partners_country'))
        batch_op.drop_index(batch_op.f('ix_partners_category'))
        batch_op.drop_index(batch_op.f('ix_partners_archived'))
        batch_op.drop_index(batch_op.f('ix_partners_acronym'))

    op.drop_table('partners')
    op.drop_table('mottos')
    with op.batch_alter_table('indicators', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicators_responsible_structure'))
        batch_op.drop_index(batch_op.f('ix_indicators_name'))
        batch_op.drop_index(batch_op.f('ix_indicators_level'))
        batch_op.drop_index(batch_op.f('ix_indicators_archived'))

    op.drop_table('indicators')
    with op.batch_alter_table('consultations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consultations_public'))
        batch_op.drop_index(batch_op.f('ix_consultations_date'))
        batch_op.drop_index(batch_op.f('ix_consultations_archived'))

    op.drop_table('consultations')
    op.drop_table('audit_head')
    op.drop_table('attributions')
