"""lti create people

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 10:20:00

An LMS registration may create the people it launches whom netwise does not know yet.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('lti_platforms', schema=None) as batch_op:
        batch_op.add_column(sa.Column('create_people', sa.Boolean(), server_default='0', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('lti_platforms', schema=None) as batch_op:
        batch_op.drop_column('create_people')
