"""The social media policy: versions (major.minor), acknowledgements per major version, and who has not."""

from collections import Counter
from datetime import datetime

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from contracts.events import curriculum as events
from kit.events import Outbox
from kit.ids import utcnow
from kit.privacy import suppress_small_groups
from kit.problems import Unprocessable
from services.curriculum import repositories as repo
from services.curriculum.models import Policy, PolicyAcknowledgement, PolicyVersion, directory
from services.curriculum.schemas import (
    AcknowledgementReport,
    PolicyCreate,
    PolicyVersionCreate,
    UnitAcknowledgement,
    VersionChange,
)


def version_of(major: int, minor: int) -> str:
    return f"{major}.{minor}"


async def _publish(session: AsyncSession, outbox: Outbox, policy: Policy, data: PolicyCreate,
                   change_summary: str | None, requires_acknowledgement: bool) -> PolicyVersion:
    now = utcnow()
    version = PolicyVersion(org_id=policy.org_id, policy_id=policy.id, major=policy.major, minor=policy.minor,
                            content=data.model_dump(mode="json")["content"],
                            default_locale=data.default_locale or next(iter(data.content)),
                            change_summary=change_summary, published_at=now)
    session.add(version)
    await session.flush()
    await outbox.emit(session, type=events.POLICY_PUBLISHED, org=policy.org_id, subject=policy.id, data={
        "policy_id": policy.id, "version": version_of(policy.major, policy.minor), "major": policy.major,
        "requires_acknowledgement": requires_acknowledgement, "published_at": now.isoformat()})
    return version


async def create_policy(session: AsyncSession, outbox: Outbox, org_id: str,
                        data: PolicyCreate) -> tuple[Policy, PolicyVersion]:
    policy = Policy(org_id=org_id, major=1, minor=0)
    session.add(policy)
    await session.flush()
    return policy, await _publish(session, outbox, policy, data, None, True)


async def publish_version(session: AsyncSession, outbox: Outbox, policy: Policy,
                          data: PolicyVersionCreate) -> PolicyVersion:
    """A major version asks everyone to acknowledge again; a minor one keeps their acknowledgement."""
    if data.change == VersionChange.major:
        policy.major, policy.minor = policy.major + 1, 0
    else:
        policy.minor += 1
    policy.revision += 1
    policy.updated_at = utcnow()
    session.add(policy)
    await session.flush()
    return await _publish(session, outbox, policy, data, data.change_summary, data.change == VersionChange.major)


async def acknowledgement(session: AsyncSession, policy: Policy, person_id: str) -> PolicyAcknowledgement | None:
    query = select(PolicyAcknowledgement).where(
        PolicyAcknowledgement.org_id == policy.org_id, PolicyAcknowledgement.policy_id == policy.id,
        PolicyAcknowledgement.person_id == person_id, PolicyAcknowledgement.major == policy.major)
    return (await session.exec(query)).first()


async def acknowledge(session: AsyncSession, outbox: Outbox, policy: Policy, person_id: str,
                      version: str) -> tuple[PolicyAcknowledgement, bool]:
    """Acknowledges the current version; acknowledging a major version twice is a no-op."""
    current = version_of(policy.major, policy.minor)
    if version != current:
        raise Unprocessable.field("version", f"is not the current version {current}; read that one first")
    existing = await acknowledgement(session, policy, person_id)
    if existing is not None:
        return existing, False
    ack = PolicyAcknowledgement(org_id=policy.org_id, policy_id=policy.id, person_id=person_id, major=policy.major,
                                minor=policy.minor, acknowledged_at=utcnow())
    session.add(ack)
    await session.flush()
    await outbox.emit(session, type=events.POLICY_ACKNOWLEDGED, org=policy.org_id, subject=person_id, data={
        "person_id": person_id, "policy_id": policy.id, "version": current, "major": policy.major,
        "acknowledged_at": ack.acknowledged_at.isoformat()})
    return ack, True


async def acknowledgement_report(session: AsyncSession, policy: Policy,
                                 units: set[str] | None) -> AcknowledgementReport:
    """Active people by unit, acknowledged or not (this major version); `units` limits it for managers."""
    acknowledged = set((await session.exec(select(PolicyAcknowledgement.person_id).where(
        PolicyAcknowledgement.policy_id == policy.id, PolicyAcknowledgement.major == policy.major))).all())
    people: Counter[str | None] = Counter()
    acked: Counter[str | None] = Counter()
    for person in await repo.active_people(session, policy.org_id):
        if units is not None and person.org_unit_id not in units:
            continue
        people[person.org_unit_id] += 1
        acked[person.org_unit_id] += person.id in acknowledged
    names = await repo.unit_names(session, policy.org_id)
    groups = [UnitAcknowledgement(org_unit_id=unit, unit_name=names.get(unit or "", "No unit"), people=count,
                                  acknowledged=acked[unit], not_acknowledged=count - acked[unit])
              for unit, count in sorted(people.items(), key=lambda item: names.get(item[0] or "", ""))]
    rules = await directory.rules(session, policy.org_id)
    kept, suppression = suppress_small_groups(groups, lambda g: g.people, rules.min_group_size)
    return AcknowledgementReport(policy_id=policy.id, version=version_of(policy.major, policy.minor), units=kept,
                                 **suppression.model_dump())


def acknowledged_at(ack: PolicyAcknowledgement | None) -> datetime | None:
    return ack.acknowledged_at if ack is not None else None
