"""cap status consent

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-14 10:00:00

A person-scoped cap's status is the person's own data: the leader who set the cap sees it only when the person
consents. The flag is the person's to set; existing caps start without consent.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('caps', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status_shared_with_setter', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('caps', schema=None) as batch_op:
        batch_op.drop_column('status_shared_with_setter')
