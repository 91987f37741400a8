"""webhooks' queries: every one is scoped by organisation, so another tenant's id is simply not found."""

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import col, or_, select
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.expression import SelectOfScalar

from kit.problems import NotFound
from services.webhooks.models import Attempt, Delivery, Endpoint, SigningSecret


async def endpoint(session: AsyncSession, org_id: str, endpoint_id: str) -> Endpoint:
    found = await session.get(Endpoint, endpoint_id)
    if found is None or found.org_id != org_id:
        raise NotFound(f"no endpoint {endpoint_id} in this organisation")
    return found


async def delivery(session: AsyncSession, endpoint: Endpoint, delivery_id: str) -> Delivery:
    found = await session.get(Delivery, delivery_id)
    if found is None or found.endpoint_id != endpoint.id:
        raise NotFound(f"no delivery {delivery_id} for endpoint {endpoint.id}")
    return found


def endpoints_of(org_id: str) -> SelectOfScalar[Endpoint]:
    return select(Endpoint).where(Endpoint.org_id == org_id)


async def endpoints_hearing(session: AsyncSession, org_id: str, event_type: str) -> list[Endpoint]:
    rows = (await session.exec(endpoints_of(org_id))).all()
    return [row for row in rows if event_type in row.event_types]


async def signing_secrets(session: AsyncSession, endpoint_ids: set[str], now: datetime) -> dict[str, list[str]]:
    """Each endpoint's secrets that still sign at `now`, newest first."""
    signing = or_(col(SigningSecret.expires_at).is_(None), col(SigningSecret.expires_at) > now)
    query = select(SigningSecret).where(col(SigningSecret.endpoint_id).in_(endpoint_ids), signing)
    by_endpoint: dict[str, list[str]] = {endpoint_id: [] for endpoint_id in endpoint_ids}
    for row in sorted((await session.exec(query)).all(), key=lambda s: s.created_at, reverse=True):
        by_endpoint[row.endpoint_id].append(row.secret)
    return by_endpoint


async def attempts(session: AsyncSession, delivery: Delivery) -> Sequence[Attempt]:
    query = select(Attempt).where(Attempt.delivery_id == delivery.id).order_by(col(Attempt.id))
    return (await session.exec(query)).all()
