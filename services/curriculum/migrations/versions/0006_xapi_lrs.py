"""xapi lrs

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 11:49:16

The organisation's xAPI Learning Record Store: the credentials LMSs use, statements (as stored, with the columns
the queries filter on, and the agents and activities each names), attachments by hash, the State, Activity
Profile and Agent Profile documents, and the activities' definitions.
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import kit.db

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('xapi_activities',
    sa.Column('org_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('activity_id', sqlmodel.sql.sqltypes.AutoString(length=1100), nullable=False),
    sa.Column('definition', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('org_id', 'activity_id')
    )
    op.create_table('xapi_attachments',
    sa.Column('org_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('sha2', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('content_type', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('org_id', 'sha2')
    )
    op.create_table('xapi_credentials',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('org_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('secret_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('scopes', sa.JSON(), nullable=False),
    sa.Column('last_version', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
    sa.Column('created_at', kit.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', kit.db.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    with op.batch_alter_table('xapi_credentials', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_xapi_credentials_org_id'), ['org_id'], unique=False)

    op.create_table('xapi_documents',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('org_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('scope', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('document_id', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('content_type', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('etag', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('updated', kit.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('org_id', 'kind', 'scope', 'document_id', name='uq_xapi_documents_key')
    )
    op.create_table('xapi_statements',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('org_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('statement_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('body', sa.JSON(), nullable=False),
    sa.Column('verb_id', sqlmodel.sql.sqltypes.AutoString(length=1100), nullable=False),
    sa.Column('registration', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('stored', kit.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('voided', sa.Boolean(), nullable=False),
    sa.Column('object_ref', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('voids', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('attachment_hashes', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('org_id', 'statement_id', name='uq_xapi_statements_org_statement')
    )
    with op.batch_alter_table('xapi_statements', schema=None) as batch_op:
        batch_op.create_index('ix_xapi_statements_org_stored', ['org_id', 'voided', 'stored'], unique=False)
        batch_op.create_index(batch_op.f('ix_xapi_statements_registration'), ['registration'], unique=False)
        batch_op.create_index(batch_op.f('ix_xapi_statements_verb_id'), ['verb_id'], unique=False)

    op.create_table('xapi_statement_refs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('org_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(length=1100), nullable=False),
    sa.Column('direct', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['seq'], ['xapi_statements.seq'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('xapi_statement_refs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_xapi_statement_refs_seq'), ['seq'], unique=False)
        batch_op.create_index('ix_xapi_statement_refs_value', ['org_id', 'kind', 'value'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('xapi_statement_refs', schema=None) as batch_op:
        batch_op.drop_index('ix_xapi_statement_refs_value')
        batch_op.drop_index(batch_op.f('ix_xapi_statement_refs_seq'))

    op.drop_table('xapi_statement_refs')
    with op.batch_alter_table('xapi_statements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_xapi_statements_verb_id'))
        batch_op.drop_index(batch_op.f('ix_xapi_statements_registration'))
        batch_op.drop_index('ix_xapi_statements_org_stored')

    op.drop_table('xapi_statements')
    op.drop_table('xapi_documents')
    with op.batch_alter_table('xapi_credentials', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_xapi_credentials_org_id'))

    op.drop_table('xapi_credentials')
    op.drop_table('xapi_attachments')
    op.drop_table('xapi_activities')
