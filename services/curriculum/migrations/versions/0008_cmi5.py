"""cmi5

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 15:00:00

cmi5 launches of modules from other LMSs: one row per AU session (the learner's pages, the LMS's LRS endpoint and
the token fetched for it, the launch data, and the statements on their way there).
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import kit.db

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('cmi5_sessions',
    sa.Column('token_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('org_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('person_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('module_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('platform_origin', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('endpoint', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column('auth_token', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column('actor', sa.JSON(), nullable=False),
    sa.Column('registration', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('activity_id', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column('session_id', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('context_template', sa.JSON(), nullable=False),
    sa.Column('launch_mode', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('move_on', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('mastery_score', sa.Float(), nullable=True),
    sa.Column('return_url', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('initialized_at', kit.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('completed', sa.Boolean(), nullable=False),
    sa.Column('judged', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
    sa.Column('terminated_at', kit.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('pending', sa.JSON(), nullable=False),
    sa.Column('next_attempt_at', kit.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_error', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('expires_at', kit.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['module_id'], ['modules.id'], ),
    sa.PrimaryKeyConstraint('token_hash')
    )
    with op.batch_alter_table('cmi5_sessions', schema=None) as batch_op:
        batch_op.create_index('ix_cmi5_sessions_registration', ['registration', 'activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cmi5_sessions_next_attempt_at'), ['next_attempt_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('cmi5_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cmi5_sessions_next_attempt_at'))
        batch_op.drop_index('ix_cmi5_sessions_registration')
    op.drop_table('cmi5_sessions')
