"""directory provisioning (SCIM)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 00:15:00

People carry the directory's id for them (`externalId`) and its `userName` when that is not the e-mail; the directory's groups are kept with their members.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import kit.db

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('external_id', sa.String(255), nullable=True))
        batch_op.add_column(sa.Column('user_name', sa.String(320), nullable=True))
        batch_op.add_column(sa.Column('directory_removed_at', kit.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_unique_constraint('uq_people_org_external_id', ['org_id', 'external_id'])
    op.create_table(
        'directory_groups',
        sa.Column('id', sa.String(36), primary_key=True),
        sa.Column('org_id', sa.String(36), sa.ForeignKey('organisations.id'), nullable=False, index=True),
        sa.Column('display_name', sa.String(255), nullable=False),
        sa.Column('external_id', sa.String(255), nullable=True),
        sa.Column('members', sa.JSON(), nullable=False),
        sa.Column('created_at', kit.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column('updated_at', kit.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.UniqueConstraint('org_id', 'display_name', name='uq_directory_groups_org_name'),
    )


def downgrade() -> None:
    op.drop_table('directory_groups')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_constraint('uq_people_org_external_id', type_='unique')
        batch_op.drop_column('directory_removed_at')
        batch_op.drop_column('user_name')
        batch_op.drop_column('external_id')
