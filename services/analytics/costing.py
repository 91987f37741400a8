"""Each entry's hourly rate, resolved when the entry or a rate is written, so reports sum instead of joining rates.

The rule: a person's own rate valid on the entry's day, else the rate of the job function copied onto the entry,
else none (the entry is uncosted). A rate is valid from `effective_from` up to, not including, `effective_to`.
"""

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlmodel import col
from sqlmodel import select as select_rows
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.auth import Principal
from kit.db import remove, save
from kit.problems import Conflict, FieldError, Unprocessable
from services.analytics.models import AdSpend, CostRate, TimeEntry, directory
from services.analytics.schemas import AdSpendCreate, CostRateCreate, RateSubject

Span = tuple[date, date | None, int]  # effective_from, effective_to (exclusive), hourly_minor


@dataclass
class RateBook:
    """An organisation's rates in memory: a batch of entries resolves its rates with one query."""

    spans: dict[tuple[str, str], list[Span]] = field(default_factory=dict)
    starts: dict[tuple[str, str], list[date]] = field(default_factory=dict)  # each subject's effective_from, sorted

    @classmethod
    def of(cls, rates: Iterable[Any]) -> "RateBook":
        """From rows or objects with subject_kind, subject, effective_from, effective_to and hourly_minor."""
        book = cls()
        for r in rates:
            book.spans.setdefault((r.subject_kind, r.subject), []).append(
                (r.effective_from, r.effective_to, r.hourly_minor))
        for subject, spans in book.spans.items():
            spans.sort(key=lambda s: s[0])
            book.starts[subject] = [s[0] for s in spans]
        return book

    def _valid(self, kind: str, subject: str | None, day: date) -> int | None:
        spans = self.spans.get((kind, subject or "")) if subject else None
        if not spans:
            return None
        i = bisect_right(self.starts[(kind, subject or "")], day) - 1
        if i < 0:
            return None
        _, until, hourly = spans[i]
        return hourly if until is None or until > day else None

    def hourly(self, person_id: str, job_function: str | None, day: date) -> int | None:
        found = self._valid("person", person_id, day)
        return found if found is not None else self._valid("job_function", job_function, day)


async def rate_book(session: AsyncSession, org_id: str) -> RateBook:
    r = CostRate.__table__  # type: ignore[attr-defined]
    rows = (await session.execute(select(r.c.subject_kind, r.c.subject, r.c.effective_from, r.c.effective_to,
                                         r.c.hourly_minor).where(r.c.org_id == org_id))).all()
    return RateBook.of(rows)


def _rate_on_entry_day(kind: str, subject: Any) -> Any:
    """The hourly rate of one subject valid on the entry's day, as a correlated scalar subquery."""
    t, r = TimeEntry.__table__, CostRate.__table__  # type: ignore[attr-defined]
    return (select(r.c.hourly_minor)
            .where(r.c.org_id == t.c.org_id, r.c.subject_kind == kind, r.c.subject == subject,
                   r.c.effective_from <= t.c.work_date,
                   or_(r.c.effective_to.is_(None), r.c.effective_to > t.c.work_date))
            .order_by(r.c.effective_from.desc()).limit(1).scalar_subquery())


async def recost_entries(session: AsyncSession, org_id: str, kind: str, subject: str, starts_on: date,
                         ends_before: date | None) -> None:
    """After a rate of `subject` valid over [starts_on, ends_before) changed: re-resolve the entries it covers.

    One UPDATE in the caller's transaction; days outside the span keep their rates, so they are left alone.
    """
    t = TimeEntry.__table__  # type: ignore[attr-defined]
    covered = t.c.person_id == subject if kind == "person" else t.c.job_function == subject
    where = [t.c.org_id == org_id, covered, t.c.work_date >= starts_on]
    if ends_before is not None:
        where.append(t.c.work_date < ends_before)
    resolved = func.coalesce(_rate_on_entry_day("person", t.c.person_id),
                             _rate_on_entry_day("job_function", t.c.job_function))
    await session.execute(update(t).where(and_(*where)).values(hourly_minor=resolved))


# -- cost rates ------------------------------------------------------------------------------------

async def add_rate(session: AsyncSession, principal: Principal, body: CostRateCreate) -> CostRate:
    """A rate from a day on, in the organisation's currency."""
    if body.subject_kind == RateSubject.person and await directory.person(session, principal.org, body.subject) \
            is None:
        raise Unprocessable.field("subject", f"no person {body.subject} in this organisation")
    clash = (await session.exec(select_rows(CostRate).where(
        CostRate.org_id == principal.org, CostRate.subject_kind == body.subject_kind,
        CostRate.subject == body.subject, CostRate.effective_from == body.effective_from))).first()
    if clash is not None:
        raise Conflict("a rate for this subject already starts on that day; delete it first to correct it",
                       errors=[FieldError(field="effective_from", message="already has a rate for this subject")])
    currency = (await directory.rules(session, principal.org)).currency
    rate = CostRate(org_id=principal.org, subject_kind=body.subject_kind, subject=body.subject,
                    effective_from=body.effective_from, hourly_minor=body.hourly_minor, currency=currency,
                    created_by=principal.subject)
    session.add(rate)
    await session.flush()
    await _chain_rates(session, principal.org, rate.subject_kind, rate.subject)
    await recost_entries(session, rate.org_id, rate.subject_kind, rate.subject, rate.effective_from,
                         rate.effective_to)
    return rate


async def remove_rate(session: AsyncSession, rate: CostRate) -> None:
    """The days the rate covered fall back to the previous rate of the subject, the job function's, or none."""
    covered = rate.effective_from, rate.effective_to
    await remove(session, rate)
    await _chain_rates(session, rate.org_id, rate.subject_kind, rate.subject)
    await recost_entries(session, rate.org_id, rate.subject_kind, rate.subject, *covered)


async def _chain_rates(session: AsyncSession, org_id: str, kind: str, subject: str) -> None:
    """Each rate ends where the next one of the same subject starts, so no day has two rates."""
    rates = (await session.exec(select_rows(CostRate).where(
        CostRate.org_id == org_id, CostRate.subject_kind == kind, CostRate.subject == subject)
        .order_by(col(CostRate.effective_from)))).all()
    for i, current in enumerate(rates):  # (no rate left after deleting the last one is fine too)
        end = rates[i + 1].effective_from if i + 1 < len(rates) else None
        if current.effective_to != end:
            current.effective_to = end
            session.add(current)
    await session.flush()


# -- advertising spend -----------------------------------------------------------------------------

async def add_ad_spend(session: AsyncSession, principal: Principal, body: AdSpendCreate) -> AdSpend:
    """Spend in the organisation's currency."""
    rules = await directory.rules(session, principal.org)
    spend = AdSpend(org_id=principal.org, currency=rules.currency, **body.model_dump())
    return await save(session, spend)


async def remove_ad_spend(session: AsyncSession, spend: AdSpend) -> None:
    await remove(session, spend)
