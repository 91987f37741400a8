"""lti

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 09:50:46

LTI 1.3: the LMSs an organisation registers, netwise's tool key, pending logins, the LMS users known as people,
the short sessions a launch opens for the learner pages, the courses whose rosters are enrolled in a track, and
the scores on their way to LMS gradebooks.
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import kit.db

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('lti_platforms',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('org_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('issuer', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('client_id', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('deployment_ids', sa.JSON(), nullable=False),
    sa.Column('auth_login_url', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column('auth_token_url', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('jwks_url', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('jwks', sa.JSON(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', kit.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kit.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('issuer', 'client_id', name='uq_lti_platforms_issuer_client')
    )
    with op.batch_alter_table('lti_platforms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lti_platforms_org_id'), ['org_id'], unique=False)

    op.create_table('lti_tool_keys',
    sa.Column('kid', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('private_jwk', sa.JSON(), nullable=False),
    sa.Column('created_at', kit.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('kid')
    )
    op.create_table('lti_courses',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('org_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('platform_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('context_id', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('track_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('memberships_url', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column('next_sync_at', kit.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('last_synced_at', kit.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_error', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.ForeignKeyConstraint(['platform_id'], ['lti_platforms.id'], ),
    sa.ForeignKeyConstraint(['track_id'], ['tracks.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('platform_id', 'context_id', 'track_id', name='uq_lti_courses_placement')
    )
    with op.batch_alter_table('lti_courses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lti_courses_next_sync_at'), ['next_sync_at'], unique=False)

    op.create_table('lti_logins',
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('nonce', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('platform_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('expires_at', kit.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['platform_id'], ['lti_platforms.id'], ),
    sa.PrimaryKeyConstraint('state')
    )
    with op.batch_alter_table('lti_logins', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lti_logins_expires_at'), ['expires_at'], unique=False)

    op.create_table('lti_scores',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('org_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('platform_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('lineitem', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column('lms_user', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('score_given', sa.Integer(), nullable=False),
    sa.Column('score_maximum', sa.Integer(), nullable=False),
    sa.Column('activity_progress', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('grading_progress', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('timestamp', kit.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', kit.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('delivered_at', kit.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_error', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.ForeignKeyConstraint(['platform_id'], ['lti_platforms.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('lti_scores', schema=None) as batch_op:
        batch_op.create_index('ix_lti_scores_due', ['delivered_at', 'next_attempt_at'], unique=False)

    op.create_table('lti_sessions',
    sa.Column('token_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('org_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('person_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('platform_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('platform_origin', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('deployment_id', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('lms_user', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('context_id', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True),
    sa.Column('resource_link_id', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True),
    sa.Column('module_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('track_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('ags_lineitem', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('deep_link_return_url', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('deep_link_data', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('deep_link_multiple', sa.Boolean(), nullable=False),
    sa.Column('expires_at', kit.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['platform_id'], ['lti_platforms.id'], ),
    sa.PrimaryKeyConstraint('token_hash')
    )
    with op.batch_alter_table('lti_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lti_sessions_expires_at'), ['expires_at'], unique=False)

    op.create_table('lti_users',
    sa.Column('platform_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('sub', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('person_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.ForeignKeyConstraint(['platform_id'], ['lti_platforms.id'], ),
    sa.PrimaryKeyConstraint('platform_id', 'sub')
    )


def downgrade() -> None:
    op.drop_table('lti_users')
    with op.batch_alter_table('lti_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lti_sessions_expires_at'))

    op.drop_table('lti_sessions')
    with op.batch_alter_table('lti_scores', schema=None) as batch_op:
        batch_op.drop_index('ix_lti_scores_due')

    op.drop_table('lti_scores')
    with op.batch_alter_table('lti_logins', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lti_logins_expires_at'))

    op.drop_table('lti_logins')
    with op.batch_alter_table('lti_courses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lti_courses_next_sync_at'))

    op.drop_table('lti_courses')
    op.drop_table('lti_tool_keys')
    with op.batch_alter_table('lti_platforms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lti_platforms_org_id'))

    op.drop_table('lti_platforms')
