"""earned media version

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-10 10:00:00

Advocacy's programme owns the earned media rates; analytics projects them from its programme.updated events and
keeps the programme version they came from, so an older event delivered late does not overwrite a newer rate.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('org_settings') as batch:
        batch.add_column(sa.Column('earned_media_version', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('org_settings') as batch:
        batch.drop_column('earned_media_version')
