"""sign-in through the organisation's identity provider

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 23:55:00

Each organisation's OpenID provider, the accounts linked to people, the first-party SPA clients, and the state
of the authorization code flow: sign-in requests in flight, one-time codes and rotating refresh tokens.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import kit.db

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'identity_providers',
        sa.Column('org_id', sa.String(36), sa.ForeignKey('organisations.id'), primary_key=True),
        sa.Column('issuer', sa.String(500), nullable=False),
        sa.Column('client_id', sa.String(255), nullable=False),
        sa.Column('client_secret', sa.String(500), nullable=False),
        sa.Column('scopes', sa.JSON(), nullable=False),
        sa.Column('identify_by', sa.String(16), nullable=False),
        sa.Column('allowed_domains', sa.JSON(), nullable=False),
        sa.Column('group_claim', sa.String(100), nullable=False),
        sa.Column('group_roles', sa.JSON(), nullable=False),
        sa.Column('group_units', sa.JSON(), nullable=False),
        sa.Column('create_unknown', sa.Boolean(), nullable=False),
        sa.Column('updated_at', kit.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
    )
    op.create_table(
        'person_logins',
        sa.Column('issuer', sa.String(500), primary_key=True),
        sa.Column('subject', sa.String(255), primary_key=True),
        sa.Column('org_id', sa.String(36), sa.ForeignKey('organisations.id'), nullable=False),
        sa.Column('person_id', sa.String(36), sa.ForeignKey('people.id'), nullable=False, index=True),
        sa.Column('linked_at', kit.db.UTCDateTime(timezone=True), nullable=False),
    )
    op.create_table(
        'app_clients',
        sa.Column('id', sa.String(64), primary_key=True),
        sa.Column('name', sa.String(200), nullable=False),
        sa.Column('redirect_uris', sa.JSON(), nullable=False),
        sa.Column('created_at', kit.db.UTCDateTime(timezone=True), nullable=False),
    )
    op.create_table(
        'sign_in_requests',
        sa.Column('state', sa.String(64), primary_key=True),
        sa.Column('org_id', sa.String(36), nullable=False),
        sa.Column('client_id', sa.String(64), nullable=False),
        sa.Column('redirect_uri', sa.String(2000), nullable=False),
        sa.Column('code_challenge', sa.String(128), nullable=False),
        sa.Column('client_state', sa.String(500), nullable=True),
        sa.Column('nonce', sa.String(64), nullable=False),
        sa.Column('provider_verifier', sa.String(128), nullable=False),
        sa.Column('expires_at', kit.db.UTCDateTime(timezone=True), nullable=False),
    )
    op.create_table(
        'authorization_codes',
        sa.Column('code_hash', sa.String(64), primary_key=True),
        sa.Column('org_id', sa.String(36), nullable=False),
        sa.Column('person_id', sa.String(36), nullable=False),
        sa.Column('client_id', sa.String(64), nullable=False),
        sa.Column('redirect_uri', sa.String(2000), nullable=False),
        sa.Column('code_challenge', sa.String(128), nullable=False),
        sa.Column('expires_at', kit.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column('used_at', kit.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column('family_id', sa.String(36), nullable=True),
    )
    op.create_table(
        'refresh_tokens',
        sa.Column('token_hash', sa.String(64), primary_key=True),
        sa.Column('family_id', sa.String(36), nullable=False, index=True),
        sa.Column('org_id', sa.String(36), nullable=False),
        sa.Column('person_id', sa.String(36), nullable=False, index=True),
        sa.Column('client_id', sa.String(64), nullable=False),
        sa.Column('created_at', kit.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column('expires_at', kit.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column('used_at', kit.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column('revoked_at', kit.db.UTCDateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    for table in ('refresh_tokens', 'authorization_codes', 'sign_in_requests', 'app_clients', 'person_logins',
                  'identity_providers'):
        op.drop_table(table)
