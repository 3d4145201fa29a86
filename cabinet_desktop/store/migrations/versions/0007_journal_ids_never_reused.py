"""journal ids never reused: AUTOINCREMENT on SQLite's audit_entries

Revision ID: 0007_journal_ids_never_reused
Revises: 0006_search_per_kind
Create Date: 2026-12-03

SQLite gives a new row the largest id plus one: after the newest journal entries were cut, the
next entries took their numbers again, and an old printout naming « entrée n° 1042 » pointed at
a different entry. With ``AUTOINCREMENT`` SQLite remembers the largest id ever used
(``sqlite_sequence``); the table is rebuilt with it, and the sequence starts past both the
largest id present and the one the journal's head names (an entry cut before this migration
keeps its number too). PostgreSQL's sequence never goes back; it is moved past the head's
entry likewise.
"""

from __future__ import annotations

from alembic import op

revision = '0007_journal_ids_never_reused'
down_revision = '0006_search_per_kind'
branch_labels = None
depends_on = None


def _rebuild(autoincrement: bool) -> None:
    with op.batch_alter_table("audit_entries", recreate="always",
                              table_kwargs={"sqlite_autoincrement": autoincrement}):
        pass


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        used = bind.exec_driver_sql(
            "SELECT greatest(coalesce((SELECT max(id) FROM audit_entries), 0), "
            "coalesce((SELECT max(last_id) FROM audit_head), 0))").scalar_one()
        if used:
            bind.exec_driver_sql("SELECT setval(pg_get_serial_sequence('audit_entries', 'id'), "
                                 f"greatest({int(used)}, (SELECT last_value FROM "
                                 "audit_entries_id_seq)))")
        return
    _rebuild(autoincrement=True)
    op.execute("INSERT INTO audit_entries (id, at, actor, action, entity, reference, changes, "
               "prev_hash, hash) SELECT 0, '2000-01-01 00:00:00', '', 'system', '', '', '{}', "
               "'', 'sequence-seed' WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence "
               "WHERE name = 'audit_entries')")
    op.execute("DELETE FROM audit_entries WHERE hash = 'sequence-seed'")
    op.execute("UPDATE sqlite_sequence SET seq = max(seq, "
               "coalesce((SELECT max(last_id) FROM audit_head), 0), "
               "coalesce((SELECT max(id) FROM audit_entries), 0)) "
               "WHERE name = 'audit_entries'")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _rebuild(autoincrement=False)
