"""person days with keys

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 17:30:00

The daily 1440-minute check probes a person's day with the person's key, which prunes the probe to that person's
partition on PostgreSQL. The index of a person's days now carries the key beside the minutes, so the probe reads
the index alone instead of fetching every entry of the day from the table (a bulk write of 1000 entries makes
about a thousand such probes). SQLite has no included columns: nothing changes there.
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = 'ix_time_entries_org_person_date'
COLUMNS = ['org_id', 'person_id', 'work_date']


def _rebuild(include: list[str]) -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.drop_index(INDEX, table_name='time_entries')
    op.create_index(INDEX, 'time_entries', COLUMNS, postgresql_include=include)


def upgrade() -> None:
    _rebuild(['minutes', 'person_key'])


def downgrade() -> None:
    _rebuild(['minutes'])
