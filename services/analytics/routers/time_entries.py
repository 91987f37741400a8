"""Time entries (single, bulk, CSV), timers and locked periods."""

import hashlib
import json
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import bindparam
from sqlmodel import col, select

from kit.app import OutboxDep
from kit.auth import Principal
from kit.db import SessionDep
from kit.etag import matched, set_etag, tagged
from kit.idempotency import idempotent
from kit.inputs import Day
from kit.pagination import Listing, Page, PagerDep
from kit.problems import FieldError, Forbidden, NotFound
from kit.tenancy import of_org_where, org_filters, owned
from kit.uploads import CsvText, csv_body
from services.analytics import repositories as repo
from services.analytics import time_entries
from services.analytics.deps import RoleHolder, Steward, TimeWriter
from services.analytics.drafts import field_in_body
from services.analytics.models import LockedPeriod, TimeEntry, directory, idempotency_keys
from services.analytics.schemas import (
    BulkCreated,
    BulkTimeEntries,
    ImportReport,
    LockCreate,
    LockPublic,
    TimeEntryCreate,
    TimeEntryPublic,
    TimeEntryUpdate,
    TimerPublic,
    TimerStart,
)

router = APIRouter(tags=["time"])

# Said on every route that writes time: a locked month is one rule with one answer, whatever the route.
LOCKED = (" A date in a locked month (see `/v1/locked-periods`) is refused with 409 and the problem type "
          "`https://netwise.dev/problems/period-locked`, naming each entry concerned; nothing is written.")


def public_entry(entry: TimeEntry | dict[str, Any], categories: dict[str, str]) -> TimeEntryPublic:
    values = entry if isinstance(entry, dict) else entry.model_dump()
    activity = values.get("activity")
    # Only the public fields: the organisation, the rate and the report keys stay inside.
    return TimeEntryPublic(**{k: values[k] for k in TimeEntryPublic.model_fields if k in values},
                           date=values["work_date"], category=categories.get(activity) if activity else None)


async def _categories(session: SessionDep, org_id: str) -> dict[str, str]:
    return repo.categories(await repo.settings_of(session, org_id))


def _entries_query(*given: str) -> Any:
    """The organisation's time entries, of `:person_id` and from `:date_from` to `:date_to` as `given`."""
    query = select(TimeEntry).where(*of_org_where(TimeEntry, *(("person_id",) if "person_id" in given else ())))
    if "date_from" in given:
        query = query.where(col(TimeEntry.work_date) >= bindparam("date_from"))
    if "date_to" in given:
        query = query.where(col(TimeEntry.work_date) <= bindparam("date_to"))
    return query


_ENTRIES = Listing(_entries_query, TimeEntry.id)


async def _own_entry(session: SessionDep, principal: Principal, entry_id: str) -> TimeEntry:
    """A person sees only their own entries; someone else's id is as unknown as another tenant's."""
    entry = await owned(session, TimeEntry, principal.org, entry_id, "time entry")
    if not principal.is_client and entry.person_id != principal.subject:
        raise NotFound(f"no time entry {entry_id} of yours")
    return entry


@router.post("/v1/time-entries", response_model=TimeEntryPublic, status_code=201, summary="Record time",
             description=LOCKED.strip())
async def create_time_entry(body: TimeEntryCreate, principal: TimeWriter, session: SessionDep, outbox: OutboxDep,
                            request: Request) -> JSONResponse:
    rules = await directory.rules(session, principal.org)

    async def produce() -> TimeEntryPublic:
        rows = await time_entries.record_entries(session, outbox, principal, rules, [body], field_in_body(None))
        return public_entry(rows[0], await _categories(session, principal.org))

    response = await idempotent(session, idempotency_keys, request, principal, body, produce, status_code=201)
    created = json.loads(bytes(response.body))
    response.headers["Location"] = f"/v1/time-entries/{created['id']}"
    set_etag(response, created["version"])
    return response


@router.post("/v1/time-entries/bulk", response_model=BulkCreated, status_code=201,
             summary="Record up to 1000 entries at once; all or nothing",
             description="Any bad entry means none is written; `errors` name each one as `entries[i].field`. "
             "Send an `Idempotency-Key` to retry safely." + LOCKED)
async def bulk_create_time_entries(body: BulkTimeEntries, principal: TimeWriter, session: SessionDep,
                                   outbox: OutboxDep, request: Request) -> JSONResponse:
    rules = await directory.rules(session, principal.org)

    async def produce() -> dict[str, Any]:
        rows = await time_entries.record_entries(session, outbox, principal, rules, body.entries,
                                            field_in_body("entries"))
        return BulkCreated(created=len(rows), ids=[r["id"] for r in rows]).model_dump()

    # The body's digest stands for the body: kit compares fingerprints, and 1000 entries need not be re-encoded.
    digest = hashlib.sha256(body.model_dump_json().encode()).hexdigest()
    return await idempotent(session, idempotency_keys, request, principal, {"entries_sha256": digest}, produce,
                            status_code=201)


@router.post(
    "/v1/time-entries/import", response_model=ImportReport, status_code=201,
    summary="Import entries from CSV; any bad row means nothing is written",
    description="Columns: date, minutes (required); channel, activity, note; integrations add person_id or email. "
    "Every bad row is reported with its line number." + LOCKED,
    openapi_extra=csv_body("date,minutes,channel,activity,note,email\n"
                           "2026-11-02,25,linkedin,content_creation,Post about the Bergen route,"
                           "ingrid.dahl@fjordline.example\n"
                           "2026-11-02,40,facebook,customer_service,,ola.nordmann@fjordline.example\n"),
)
async def import_time_entries(principal: TimeWriter, session: SessionDep, outbox: OutboxDep,
                              text: CsvText) -> ImportReport:
    rules = await directory.rules(session, principal.org)
    return await time_entries.import_entries(session, outbox, principal, rules, text)


@router.get("/v1/time-entries", response_model=Page[TimeEntryPublic],
            summary="List time entries: your own, or, for an integration, anyone's in its organisation")
async def list_time_entries(
    principal: TimeWriter,
    session: SessionDep,
    pager: PagerDep,
    person_id: Annotated[str | None, Query(max_length=36, description="`me` or your id; integrations: any.")]
    = None,
    date_from: Annotated[Day | None, Query(alias="from")] = None,
    date_to: Annotated[Day | None, Query(alias="to")] = None,
) -> Page[TimeEntryPublic]:
    if not principal.is_client:
        if person_id not in (None, "me", principal.subject):
            raise Forbidden("you can list only your own time entries; managers see aggregates in /v1/reports",
                            errors=[FieldError(field="person_id", message="must be `me` or your own id")])
        person_id = principal.subject
    shape, values = org_filters(principal.org, person_id=person_id, date_from=date_from, date_to=date_to)
    rows, cursor = await pager.listed(session, _ENTRIES, shape, values)
    categories = await _categories(session, principal.org)
    return Page(items=[public_entry(e, categories) for e in rows], next_cursor=cursor)


@router.get("/v1/time-entries/{entry_id}", response_model=TimeEntryPublic, summary="Get one of your entries")
async def get_time_entry(entry_id: str, principal: TimeWriter, session: SessionDep,
                         response: Response) -> TimeEntryPublic:
    entry = tagged(response, await _own_entry(session, principal, entry_id))
    return public_entry(entry, await _categories(session, principal.org))


@router.patch("/v1/time-entries/{entry_id}", response_model=TimeEntryPublic,
              summary="Change one of your entries while its month is open", description=LOCKED.strip())
async def update_time_entry(entry_id: str, body: TimeEntryUpdate, principal: TimeWriter, session: SessionDep,
                            outbox: OutboxDep, request: Request, response: Response) -> TimeEntryPublic:
    entry = matched(request, await _own_entry(session, principal, entry_id))
    rules = await directory.rules(session, principal.org)
    entry = tagged(response, await time_entries.update_entry(session, outbox, principal, rules, entry, body))
    return public_entry(entry, await _categories(session, principal.org))


@router.delete("/v1/time-entries/{entry_id}", status_code=204, response_class=Response,
               summary="Delete one of your entries while its month is open", description=LOCKED.strip())
async def delete_time_entry(entry_id: str, principal: TimeWriter, session: SessionDep,
                            request: Request) -> Response:
    entry = matched(request, await _own_entry(session, principal, entry_id))
    await time_entries.delete_entry(session, principal, entry)
    return Response(status_code=204)


# -- timers -------------------------------------------------------------------------------------------

def _timer_public(timer: Any) -> TimerPublic:
    return TimerPublic(id=timer.id, person_id=timer.person_id, channel=timer.channel, activity=timer.activity,
                       note=timer.note, started_at=timer.started_at,
                       elapsed_minutes=time_entries.elapsed_minutes(timer))


@router.get("/v1/timer", response_model=TimerPublic, summary="Your running timer")
async def get_timer(principal: RoleHolder, session: SessionDep) -> TimerPublic:
    timer = await time_entries.running_timer(session, principal)
    if timer is None:
        raise NotFound("no timer is running")
    return _timer_public(timer)


@router.post("/v1/timer/start", response_model=TimerPublic, status_code=201,
             summary="Start a timer (one per person)")
async def start_timer(body: TimerStart, principal: RoleHolder, session: SessionDep) -> TimerPublic:
    return _timer_public(await time_entries.start_timer(session, principal, body))


@router.post("/v1/timer/stop", response_model=TimeEntryPublic, status_code=201,
             summary="Stop your timer: records its time rounded to whole minutes (at least one)",
             description=LOCKED.strip() + " The timer keeps running: discard it with `DELETE /v1/timer`.")
async def stop_timer(principal: RoleHolder, session: SessionDep, outbox: OutboxDep,
                     response: Response) -> TimeEntryPublic:
    timer = await time_entries.running_timer(session, principal)
    if timer is None:
        raise NotFound("no timer is running")
    rules = await directory.rules(session, principal.org)
    row = await time_entries.stop_timer(session, outbox, principal, rules, timer)
    response.headers["Location"] = f"/v1/time-entries/{row['id']}"
    return public_entry(row, await _categories(session, principal.org))


@router.delete("/v1/timer", status_code=204, response_class=Response, summary="Discard your timer unrecorded")
async def discard_timer(principal: RoleHolder, session: SessionDep) -> Response:
    timer = await time_entries.running_timer(session, principal)
    if timer is None:
        raise NotFound("no timer is running")
    await time_entries.delete_timer(session, timer)
    return Response(status_code=204)


# -- locked periods -----------------------------------------------------------------------------------

def _month(value: str) -> date:
    year, month = value.split("-")
    return date(int(year), int(month), 1)


_LOCKS = Listing(lambda: select(LockedPeriod).where(*of_org_where(LockedPeriod)), col(LockedPeriod.month),
                 after=date.fromisoformat)


def _lock_public(lock: LockedPeriod) -> LockPublic:
    return LockPublic(month=f"{lock.month:%Y-%m}", locked_by=lock.locked_by, locked_at=lock.locked_at)


@router.get("/v1/locked-periods", response_model=Page[LockPublic], summary="Months closed for changes")
async def list_locked_periods(principal: TimeWriter, session: SessionDep, pager: PagerDep) -> Page[LockPublic]:
    return await pager.presented(session, _LOCKS, (), {"org_id": principal.org}, _lock_public)


@router.post("/v1/locked-periods", response_model=LockPublic, status_code=201,
             summary="Lock a month: its entries can no longer be created, changed or deleted")
async def lock_period(body: LockCreate, principal: Steward, session: SessionDep) -> LockPublic:
    return _lock_public(await time_entries.lock_month(session, principal, _month(body.month)))


@router.delete("/v1/locked-periods/{month}", status_code=204, response_class=Response,
               summary="Reopen a locked month")
async def unlock_period(month: Annotated[str, Path(pattern=r"^20\d{2}-(0[1-9]|1[0-2])$")], principal: Steward,
                        session: SessionDep) -> Response:
    await time_entries.unlock_month(session, principal, _month(month))
    return Response(status_code=204)
