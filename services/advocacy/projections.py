"""advocacy's projection of curriculum: certifications and policy acknowledgements, fed by events.

Eligibility and sensitive-topic checks read these tables, so no request ever calls curriculum. The inbox makes
redelivery harmless; the handlers are also written to be idempotent on their own (upserts by natural key).
"""

from datetime import datetime

from sqlmodel.ext.asyncio.session import AsyncSession

from contracts.events import curriculum
from kit.events import CloudEvent, EventHandler
from kit.problems import Unprocessable
from services.advocacy.models import Certification, PolicyAcknowledgement, PolicyVersion, directory


def _time(value: object) -> datetime | None:
    return datetime.fromisoformat(str(value).replace("Z", "+00:00")) if value else None


async def on_certification_issued(session: AsyncSession, event: CloudEvent) -> None:
    d = event.data
    found = await session.get(Certification, str(d["id"]))
    issued_at, expires_at = _time(d["issued_at"]), _time(d.get("expires_at"))
    assert issued_at is not None
    if found is None:
        session.add(Certification(id=str(d["id"]), org_id=event.org, person_id=str(d["person_id"]),
                                  certification_key=str(d["certification_key"]), issued_at=issued_at,
                                  expires_at=expires_at))
    elif found.org_id == event.org and found.expired_at is None:  # a late "issued" never revives an expiry
        found.issued_at, found.expires_at = issued_at, expires_at


async def on_certification_expired(session: AsyncSession, event: CloudEvent) -> None:
    d = event.data
    found = await session.get(Certification, str(d["id"]))
    expired_at = _time(d["expired_at"])
    assert expired_at is not None
    if found is None:  # expired before we heard it was issued: remember it as expired
        session.add(Certification(id=str(d["id"]), org_id=event.org, person_id=str(d["person_id"]),
                                  certification_key=str(d["certification_key"]), issued_at=expired_at,
                                  expires_at=expired_at, expired_at=expired_at))
    elif found.org_id == event.org:
        found.expired_at = expired_at


async def on_policy_published(session: AsyncSession, event: CloudEvent) -> None:
    d = event.data
    key = (event.org, str(d["policy_id"]), int(d["major"]))
    found = await session.get(PolicyVersion, key)
    published_at = _time(d["published_at"])
    assert published_at is not None
    version, required = str(d["version"]), bool(d["requires_acknowledgement"])
    if found is None:
        session.add(PolicyVersion(org_id=key[0], policy_id=key[1], major=key[2], version=version,
                                  requires_acknowledgement=required, published_at=published_at))
    else:
        found.version, found.requires_acknowledgement, found.published_at = version, required, published_at


async def on_policy_acknowledged(session: AsyncSession, event: CloudEvent) -> None:
    d = event.data
    key = (event.org, str(d["person_id"]), str(d["policy_id"]), int(d["major"]))
    acknowledged_at = _time(d["acknowledged_at"])
    assert acknowledged_at is not None
    found = await session.get(PolicyAcknowledgement, key)
    if found is None:
        session.add(PolicyAcknowledgement(org_id=key[0], person_id=key[1], policy_id=key[2], major=key[3],
                                          version=str(d["version"]), acknowledged_at=acknowledged_at))
    elif acknowledged_at >= found.acknowledged_at:
        found.version, found.acknowledged_at = str(d["version"]), acknowledged_at


def _refusing_bad_data(handler: EventHandler) -> EventHandler:
    """An event whose data lacks a field or has a wrong type is a 422 for the sender, not a crash here."""

    async def handle(session: AsyncSession, event: CloudEvent) -> None:
        try:
            await handler(session, event)
        except (KeyError, ValueError, TypeError, AssertionError) as exc:
            raise Unprocessable.field("data", f"is not a valid {event.type} payload ({exc!r})") from exc

    return handle


def handlers() -> dict[str, EventHandler]:
    """Everything advocacy consumes: identity's directory and curriculum's certifications and policies."""
    return {
        **directory.handlers(),
        curriculum.CERTIFICATION_ISSUED: _refusing_bad_data(on_certification_issued),
        curriculum.CERTIFICATION_EXPIRED: _refusing_bad_data(on_certification_expired),
        curriculum.POLICY_PUBLISHED: _refusing_bad_data(on_policy_published),
        curriculum.POLICY_ACKNOWLEDGED: _refusing_bad_data(on_policy_acknowledged),
    }
