"""report keys

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 14:10:00

Time entries carry an integer key for each dimension a report groups or filters by (dimension_keys), and a
narrow covering index of those keys, so reports and cap usage hash integers instead of strings; the covering
index of the string columns goes, and a person's days carry their minutes for the daily check. On PostgreSQL
time_entries becomes hash-partitioned by person_key: a report's per-person step (needed to count people for small-group
suppression) then runs partition by partition on small hash tables instead of one that outgrows the caches.
A partitioned table's unique keys must hold the partition key, so its primary key there is (id, person_key);
ids stay unique as UUIDv7 values made by the service.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PARTITIONS = 16
# key column: (kind, value column); the same as services.analytics.dimensions.KEYED, frozen for this revision.
KEYED = {
    'org_key': ('org', 'org_id'),
    'person_key': ('person', 'person_id'),
    'unit_key': ('unit', 'org_unit_id'),
    'job_function_key': ('job_function', 'job_function'),
    'channel_key': ('channel', 'channel'),
    'activity_key': ('activity', 'activity'),
}
REPORT_INCLUDE = ['person_key', 'unit_key', 'job_function_key', 'channel_key', 'activity_key', 'minutes',
                  'hourly_minor']
ORG_DATE_INCLUDE = ['person_id', 'org_unit_id', 'job_function', 'channel', 'activity', 'minutes', 'hourly_minor']


def _backfill() -> None:
    """Keys for the values already written (plain SQL that PostgreSQL and SQLite both run)."""
    values = " UNION ".join(f"SELECT DISTINCT '{kind}', {column} FROM time_entries WHERE {column} IS NOT NULL"
                            for kind, column in KEYED.values())
    op.execute(f"INSERT INTO dimension_keys (kind, value) {values}")
    op.execute("UPDATE time_entries SET " + ", ".join(
        f"{key} = (SELECT d.key FROM dimension_keys AS d WHERE d.kind = '{kind}' AND d.value = time_entries.{column})"
        for key, (kind, column) in KEYED.items()))


def _entry_indexes(revision: str) -> None:
    """The indexes of time_entries at `revision` (0003 or 0004), but the report index."""
    if revision == '0003':
        op.create_index('ix_time_entries_org_date', 'time_entries', ['org_id', 'work_date'],
                        postgresql_include=ORG_DATE_INCLUDE)
    op.create_index('ix_time_entries_org_person_date', 'time_entries', ['org_id', 'person_id', 'work_date'],
                    postgresql_include=['minutes'] if revision == '0004' else None)


def _rebuild_postgres(partitioned: bool) -> None:
    """time_entries again with the same columns and rows, partitioned by person or not, then its keys."""
    op.execute("ALTER TABLE time_entries RENAME TO time_entries_before")
    op.execute("CREATE TABLE time_entries (LIKE time_entries_before INCLUDING DEFAULTS)"
               + (" PARTITION BY HASH (person_key)" if partitioned else ""))
    for i in range(PARTITIONS if partitioned else 0):
        op.execute(f"CREATE TABLE time_entries_p{i:02} PARTITION OF time_entries "
                   f"FOR VALUES WITH (MODULUS {PARTITIONS}, REMAINDER {i})")
    op.execute("INSERT INTO time_entries SELECT * FROM time_entries_before")
    op.execute("DROP TABLE time_entries_before")
    op.create_primary_key('time_entries_pkey', 'time_entries', ['id', 'person_key'] if partitioned else ['id'])
    _entry_indexes('0004' if partitioned else '0003')


def upgrade() -> None:
    op.create_table('dimension_keys',
                    sa.Column('key', sa.Integer(), autoincrement=True, nullable=False),
                    sa.Column('kind', sa.String(length=16), nullable=False),
                    sa.Column('value', sa.String(length=64), nullable=False),
                    sa.PrimaryKeyConstraint('key'),
                    sa.UniqueConstraint('kind', 'value', name='uq_dimension_keys_kind_value'))
    with op.batch_alter_table('time_entries', schema=None) as batch_op:
        for key in KEYED:
            batch_op.add_column(sa.Column(key, sa.Integer(), nullable=True))
    _backfill()
    with op.batch_alter_table('time_entries', schema=None) as batch_op:
        batch_op.alter_column('org_key', existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column('person_key', existing_type=sa.Integer(), nullable=False)
    if op.get_bind().dialect.name == 'postgresql':
        _rebuild_postgres(partitioned=True)
    else:
        op.drop_index('ix_time_entries_org_date', table_name='time_entries')
    op.create_index('ix_time_entries_report', 'time_entries', ['org_key', 'work_date'],
                    postgresql_include=REPORT_INCLUDE)


def downgrade() -> None:
    op.drop_index('ix_time_entries_report', table_name='time_entries')
    if op.get_bind().dialect.name == 'postgresql':
        _rebuild_postgres(partitioned=False)
    else:
        op.create_index('ix_time_entries_org_date', 'time_entries', ['org_id', 'work_date'])
    with op.batch_alter_table('time_entries', schema=None) as batch_op:
        for key in reversed(KEYED):
            batch_op.drop_column(key)
    op.drop_table('dimension_keys')
