"""digest unsubscribe link

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-10 11:00:00

Each digest message keeps its signed one-click link to leave the programme, sent as List-Unsubscribe (RFC 8058).
Messages written before have none and are sent without the header.
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('digest_messages') as batch:
        batch.add_column(sa.Column('unsubscribe_url', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False,
                                   server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('digest_messages') as batch:
        batch.drop_column('unsubscribe_url')
