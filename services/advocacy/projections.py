"""advocacy's projection of curriculum: certifications and policy acknowledgements, fed by events.

Eligibility and sensitive-topic checks read these tables, so no request ever calls curriculum. The inbox makes
redelivery harmless; the handlers are also written to be idempotent on their own (upserts by natural key).
"""

from sqlmodel.ext.asyncio.session import AsyncSession

from contracts.events import curriculum
from kit.events import CloudEvent, EventHandler
from services.advocacy.models import Certification, PolicyAcknowledgement, PolicyVersion, directory


async def on_certification_issued(session: AsyncSession, event: CloudEvent,
                                  d: curriculum.CertificationIssued) -> None:
    found = await session.get(Certification, d.id)
    if found is None:
        session.add(Certification(id=d.id, org_id=event.org, person_id=d.person_id,
                                  certification_key=d.certification_key, issued_at=d.issued_at,
                                  expires_at=d.expires_at))
    elif found.org_id == event.org and found.expired_at is None:  # a late "issued" never revives an expiry
        found.issued_at, found.expires_at = d.issued_at, d.expires_at


async def on_certification_expired(session: AsyncSession, event: CloudEvent,
                                   d: curriculum.CertificationExpired) -> None:
    found = await session.get(Certification, d.id)
    if found is None:  # expired before we heard it was issued: remember it as expired
        session.add(Certification(id=d.id, org_id=event.org, person_id=d.person_id,
                                  certification_key=d.certification_key, issued_at=d.expired_at,
                                  expires_at=d.expired_at, expired_at=d.expired_at))
    elif found.org_id == event.org:
        found.expired_at = d.expired_at


async def on_policy_published(session: AsyncSession, event: CloudEvent, d: curriculum.PolicyPublished) -> None:
    key = (event.org, d.policy_id, d.major)
    found = await session.get(PolicyVersion, key)
    if found is None:
        session.add(PolicyVersion(org_id=event.org, policy_id=d.policy_id, major=d.major, version=d.version,
                                  requires_acknowledgement=d.requires_acknowledgement, published_at=d.published_at))
    else:
        found.version, found.requires_acknowledgement = d.version, d.requires_acknowledgement
        found.published_at = d.published_at


async def on_policy_acknowledged(session: AsyncSession, event: CloudEvent,
                                 d: curriculum.PolicyAcknowledged) -> None:
    key = (event.org, d.person_id, d.policy_id, d.major)
    found = await session.get(PolicyAcknowledgement, key)
    if found is None:
        session.add(PolicyAcknowledgement(org_id=event.org, person_id=d.person_id, policy_id=d.policy_id,
                                          major=d.major, version=d.version, acknowledged_at=d.acknowledged_at))
    elif d.acknowledged_at >= found.acknowledged_at:
        found.version, found.acknowledged_at = d.version, d.acknowledged_at


def handlers() -> dict[str, EventHandler]:
    """Everything advocacy consumes: identity's directory and curriculum's certifications and policies."""
    return {
        **directory.handlers(),
        curriculum.CERTIFICATION_ISSUED: on_certification_issued,
        curriculum.CERTIFICATION_EXPIRED: on_certification_expired,
        curriculum.POLICY_PUBLISHED: on_policy_published,
        curriculum.POLICY_ACKNOWLEDGED: on_policy_acknowledged,
    }
