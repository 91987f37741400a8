"""Competence self-assessment: a person's own ratings, and gap aggregates that never show a small group."""

from collections import defaultdict

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.ids import utcnow
from kit.privacy import suppress_small_groups
from services.curriculum import repositories as repo
from services.curriculum.models import SelfAssessment, directory
from services.curriculum.schemas import CompetencyGap, GapGrouping, GapReport, SelfAssessmentIn

LOW_LEVEL = 2  # a self-rating of 1 or 2 is a gap worth training for


async def rate(session: AsyncSession, org_id: str, person_id: str, data: SelfAssessmentIn) -> list[SelfAssessment]:
    existing = {a.competency: a for a in await ratings(session, org_id, person_id)}
    now = utcnow()
    for competency, level in data.ratings.items():
        row = existing.get(competency) or SelfAssessment(org_id=org_id, person_id=person_id, competency=competency,
                                                         level=level)
        row.level, row.assessed_at = level, now
        session.add(row)
    await session.flush()
    return list(await ratings(session, org_id, person_id))


async def ratings(session: AsyncSession, org_id: str, person_id: str) -> list[SelfAssessment]:
    query = select(SelfAssessment).where(SelfAssessment.org_id == org_id, SelfAssessment.person_id == person_id)
    return list((await session.exec(query.order_by(SelfAssessment.competency))).all())


async def gaps(session: AsyncSession, org_id: str, group_by: GapGrouping, units: set[str] | None) -> GapReport:
    """Per group and competency: how many rated, the mean, and how many rated themselves low."""
    people = {p.id: p for p in await repo.active_people(session, org_id)
              if units is None or p.org_unit_id in units}
    rows = (await session.exec(select(SelfAssessment).where(SelfAssessment.org_id == org_id))).all()
    levels: dict[tuple[str, str], list[int]] = defaultdict(list)
    for row in rows:
        person = people.get(row.person_id)
        if person is None:
            continue
        group = person.org_unit_id if group_by == GapGrouping.org_unit else person.job_function
        levels[(group or "", row.competency)].append(row.level)
    names = await repo.unit_names(session, org_id) if group_by == GapGrouping.org_unit else {}
    groups = [CompetencyGap(group=group, group_name=names.get(group, group or "No unit"), competency=competency,
                            people=len(values), average_level=round(sum(values) / len(values), 2),
                            below_target=sum(1 for v in values if v <= LOW_LEVEL))
              for (group, competency), values in sorted(levels.items())]
    rules = await directory.rules(session, org_id)
    kept, suppression = suppress_small_groups(groups, lambda g: g.people, rules.min_group_size)
    return GapReport(group_by=group_by, gaps=kept, **suppression.model_dump())
