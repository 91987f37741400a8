"""earned media in minor units

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-10 10:00:00

The programme's CPM and CPC were floats in major units; they become integers in minor units of the
organisation's currency (earned_media_cpm_minor, earned_media_cpc_minor), the one earned media setting that
analytics uses too. Existing values are converted with the currency's ISO 4217 minor unit and rounded half up;
each converted programme's version grows by one, so its ETag changes. Analytics takes the values over from the
programme.updated event sent the next time the programme is saved.
"""
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# ISO 4217 currencies whose minor unit is not 2 decimals (frozen for this revision).
EXPONENTS = {**dict.fromkeys(('BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI',
                              'VND', 'VUV', 'XAF', 'XOF', 'XPF'), 0),
             **dict.fromkeys(('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'), 3),
             'CLF': 4, 'UYW': 4}

programmes = sa.table('programmes', sa.column('org_id', sa.String), sa.column('cpm', sa.Float),
                      sa.column('cpc', sa.Float), sa.column('earned_media_cpm_minor', sa.Integer),
                      sa.column('earned_media_cpc_minor', sa.Integer), sa.column('version', sa.Integer))
organisations = sa.table('dir_organisations', sa.column('id', sa.String), sa.column('currency', sa.String))


def _convert(amount: float | None, scale: int, to_minor: bool) -> float | int:
    if amount is None:
        return 0
    if to_minor:  # str() keeps 6.5 as 6.5, not 6.4999...
        return int((Decimal(str(amount)) * 10 ** scale).quantize(Decimal(1), ROUND_HALF_UP))
    return float(Decimal(int(amount)) / 10 ** scale)


def _move(old: tuple[str, str], new: tuple[str, str], new_type: sa.types.TypeEngine, to_minor: bool) -> None:
    with op.batch_alter_table('programmes') as batch:
        for name in new:
            batch.add_column(sa.Column(name, new_type, nullable=False, server_default='0'))
    conn = op.get_bind()
    currencies = dict(conn.execute(sa.select(organisations.c.id, organisations.c.currency)).all())
    rows = conn.execute(sa.select(programmes.c.org_id, programmes.c[old[0]], programmes.c[old[1]],
                                  programmes.c.version)).all()
    for org_id, first, second, version in rows:
        scale = EXPONENTS.get(str(currencies.get(org_id) or '').upper(), 2)
        values = {new[0]: _convert(first, scale, to_minor), new[1]: _convert(second, scale, to_minor)}
        changed = any(values.values())
        conn.execute(sa.update(programmes).where(programmes.c.org_id == org_id)
                     .values(**values, version=version + 1 if changed else version))
    with op.batch_alter_table('programmes') as batch:
        for name in old:
            batch.drop_column(name)
        for name in new:
            batch.alter_column(name, server_default=None)


def upgrade() -> None:
    _move(('cpm', 'cpc'), ('earned_media_cpm_minor', 'earned_media_cpc_minor'), sa.Integer(), to_minor=True)


def downgrade() -> None:
    _move(('earned_media_cpm_minor', 'earned_media_cpc_minor'), ('cpm', 'cpc'), sa.Float(), to_minor=False)
