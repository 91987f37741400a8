"""Time caps set by leaders, and their status per cap (aggregated) and per person (your own)."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlmodel import select

from kit.auth import Authenticated, Principal
from kit.db import SessionDep
from kit.etag import created, matched, tagged
from kit.inputs import Day
from kit.pagination import Listing, Page, PagerDep, columns_of, page_of
from kit.privacy import Suppression, suppress_small_groups
from kit.problems import FieldError, Forbidden, NotFound
from kit.tenancy import of_org_where, owned
from services.analytics import caps
from services.analytics.deps import CAP_SETTERS, ORG_WIDE, CapSetter, RoleHolder
from services.analytics.models import Cap, directory
from services.analytics.periods import period_bounds, today_in
from services.analytics.schemas import (
    CapConsent,
    CapCreate,
    CapPublic,
    CapStatus,
    CapUpdate,
    PersonCapStatus,
    Usage,
)

router = APIRouter(prefix="/v1/caps", tags=["caps"])
_CAPS = Listing(lambda: select(*columns_of(Cap, CapPublic)).where(*of_org_where(Cap)), Cap.id)


async def _cap_for_setter(session: SessionDep, principal: Principal, cap_id: str) -> Cap:
    cap = await owned(session, Cap, principal.org, cap_id, "cap")
    await caps.check_cap_scope(session, principal, cap.scope, cap.scope_id)
    return cap


@router.get("", response_model=Page[CapPublic], summary="List the organisation's caps")
async def list_caps(principal: Authenticated, session: SessionDep, pager: PagerDep) -> Page[CapPublic]:
    rows, cursor = await pager.listed(session, _CAPS, (), {"org_id": principal.org})
    return page_of(CapPublic, rows, cursor)


@router.post("", response_model=CapPublic, status_code=201, summary="Set a cap on time")
async def create_cap(body: CapCreate, principal: CapSetter, session: SessionDep, response: Response) -> CapPublic:
    cap = created(response, await caps.create_cap(session, principal, body), "/v1/caps")
    return CapPublic.model_validate(cap)


@router.get("/status/me", response_model=list[PersonCapStatus], summary="Your status against every cap on you")
async def my_cap_status(principal: RoleHolder, session: SessionDep,
                        on: Annotated[Day | None, Query(alias="date")] = None) -> list[PersonCapStatus]:
    rules = await directory.rules(session, principal.org)
    me = await directory.person(session, principal.org, principal.subject)
    if me is None:
        return []
    today = today_in(rules.timezone)
    day = on or today
    out = []
    for cap, units in await caps.caps_for_person(session, principal.org, me):
        start, end = period_bounds(cap.period, day, cap.window_days)
        used = await caps.cap_usage(session, cap, units, start, end, {me.id})
        subject = me.id if cap.per_person else "*"
        out.append(PersonCapStatus(cap=CapPublic.model_validate(cap), period_start=start, period_end=end,
                                   **caps.usage(used.get(subject, 0), cap.limit_minutes, start, end, today,
                                                   cap.period == "rolling")))
    return out


@router.get("/{cap_id}", response_model=CapPublic, summary="Get a cap")
async def get_cap(cap_id: str, principal: Authenticated, session: SessionDep, response: Response) -> CapPublic:
    cap = tagged(response, await owned(session, Cap, principal.org, cap_id, "cap"))
    return CapPublic.model_validate(cap)


@router.patch("/{cap_id}", response_model=CapPublic, summary="Change a cap's name, limit, thresholds or hardness")
async def update_cap(cap_id: str, body: CapUpdate, principal: CapSetter, session: SessionDep, request: Request,
                     response: Response) -> CapPublic:
    cap = matched(request, await _cap_for_setter(session, principal, cap_id))
    cap = tagged(response, await caps.update_cap(session, cap, body))
    return CapPublic.model_validate(cap)


@router.delete("/{cap_id}", status_code=204, response_class=Response, summary="Remove a cap")
async def delete_cap(cap_id: str, principal: CapSetter, session: SessionDep, request: Request) -> Response:
    cap = matched(request, await _cap_for_setter(session, principal, cap_id))
    await caps.delete_cap(session, cap)
    return Response(status_code=204)


PERSON_CAP_PRIVACY = """Who sees what:

- **A cap on a unit, a job function or the organisation**: admins and analysts, and managers for the units they
  manage, see aggregates only; a scope with fewer people than the organisation's minimum group size is
  suppressed.
- **A cap on one person** (`scope` `person`): its status is that person's own data.
  - The person always sees it, in `person`.
  - The leader who set the cap sees it only while the person consents (`status_shared_with_setter`, which only
    the person sets with `PUT /v1/caps/{cap_id}/consent`; off by default). Without consent: 403, saying so.
  - Admins and analysts who did not set it get the aggregate form, always suppressed: one person is never a
    group.
  - Anyone else, another manager included, gets 404: the status is not theirs to know.
"""


def _status_frame(cap: Cap, start: date, end: date, in_scope: int, suppression: Suppression) -> CapStatus:
    return CapStatus(cap=CapPublic.model_validate(cap), period_start=start, period_end=end, people_in_scope=in_scope,
                     people_with_time=None, pooled=None, people_over_limit=None, people_at_threshold={},
                     average_used_minutes=None, suppression=suppression)


async def _person_cap_status(session: SessionDep, principal: Principal, cap: Cap, start: date, end: date,
                             today: date, min_group_size: int) -> CapStatus:
    """A person-scoped cap: the person's figures for the person and the consenting setter; see PERSON_CAP_PRIVACY."""
    me = principal.subject
    if me != cap.scope_id and me == cap.created_by and not cap.status_shared_with_setter:
        raise Forbidden("this cap is on one person: you set it, but its status is theirs, and you see it only when "
                        "they consent (they set status_shared_with_setter with PUT /v1/caps/{cap_id}/consent)",
                        errors=[FieldError(field="cap_id", message="needs the consent of the person the cap is on")])
    if me not in (cap.scope_id, cap.created_by):
        if principal.is_client or not principal.has_any(ORG_WIDE):
            raise NotFound(f"no cap {cap.id}")
        # One person is never a group, whatever the minimum: the aggregate form is always suppressed.
        return _status_frame(cap, start, end, 1, Suppression(min_group_size=min_group_size, suppressed_groups=1))
    person_id = cap.scope_id or ""
    used = (await caps.cap_usage(session, cap, None, start, end, {person_id})).get(
        person_id if cap.per_person else "*", 0)
    status = _status_frame(cap, start, end, 1, Suppression(min_group_size=min_group_size, suppressed_groups=0))
    status.person = Usage(**caps.usage(used, cap.limit_minutes, start, end, today, cap.period == "rolling"))
    status.people_with_time, status.average_used_minutes = int(used > 0), used
    status.people_over_limit = int(used > cap.limit_minutes)
    status.people_at_threshold = {str(t): int(used * 100 >= t * cap.limit_minutes) for t in cap.thresholds}
    return status


@router.put("/{cap_id}/consent", response_model=CapPublic,
            summary="Let the leader who set a cap on you see your status against it, or stop letting them",
            description="Only the person a person-scoped cap is on sets this; for anyone else the cap is not "
            "found. Off by default.\n\n" + PERSON_CAP_PRIVACY)
async def set_cap_consent(cap_id: str, body: CapConsent, principal: RoleHolder, session: SessionDep,
                          response: Response) -> CapPublic:
    cap = await owned(session, Cap, principal.org, cap_id, "cap")
    cap = tagged(response, await caps.set_consent(session, principal, cap, body.status_shared_with_setter))
    return CapPublic.model_validate(cap)


@router.get("/{cap_id}/status", response_model=CapStatus,
            summary="A cap's status in the period containing `date` (default today), aggregated over its scope",
            description=PERSON_CAP_PRIVACY)
async def cap_status(cap_id: str, principal: RoleHolder, session: SessionDep,
                     on: Annotated[Day | None, Query(alias="date")] = None) -> CapStatus:
    cap = await owned(session, Cap, principal.org, cap_id, "cap")
    rules = await directory.rules(session, principal.org)
    today = today_in(rules.timezone)
    start, end = period_bounds(cap.period, on or today, cap.window_days)
    if cap.scope == "person":
        return await _person_cap_status(session, principal, cap, start, end, today, rules.min_group_size)
    if not principal.has_any(CAP_SETTERS):
        raise Forbidden(f"this needs role {', '.join(sorted(CAP_SETTERS))}; your own status is at /v1/caps/status/me")
    await caps.check_cap_scope(session, principal, cap.scope, cap.scope_id)
    units = await caps.cap_scope_units(session, cap)
    in_scope = await caps.people_in_cap_scope(session, cap, units)
    totals = await caps.cap_totals(session, cap, units, start, end)
    rolling = cap.period == "rolling"
    shown, suppression = suppress_small_groups([in_scope], lambda people: people, rules.min_group_size)
    status = _status_frame(cap, start, end, in_scope, suppression)
    if not shown:  # fewer people than the minimum group: their figures would point at individuals
        return status
    status.average_used_minutes = sum(totals) // in_scope if in_scope else 0
    if cap.per_person:
        status.people_with_time = len(totals)
        status.people_over_limit = sum(1 for u in totals if u > cap.limit_minutes)
        status.people_at_threshold = {str(t): sum(1 for u in totals if u * 100 >= t * cap.limit_minutes)
                                      for t in cap.thresholds}
    else:
        pooled = totals[0]
        status.pooled = Usage(**caps.usage(pooled, cap.limit_minutes, start, end, today, rolling))
        status.people_at_threshold = {str(t): int(pooled * 100 >= t * cap.limit_minutes) for t in cap.thresholds}
    return status
