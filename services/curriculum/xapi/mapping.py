"""What the LRS's statements count for in netwise: the organisation maps activity IRIs to its modules and tracks,
and a statement about a mapped activity by one of its people completes the module or track through the normal
path (progress.py, source `xapi`) and reports its duration as learning time (an event analytics records).

Which statements count:
- **completion**: verb `completed` or `passed`, or a result with `completion: true` or `success: true`; never
  verb `failed` nor a result with `success: false`. Quiz and prerequisite checks are the LMS's business, as for
  completions an LMS reports over the REST API.
- **time**: the statement's `result.duration`, rounded to the nearest whole minute (half up; under 30 s is
  nothing), from statements that close an attempt: verb `completed`, `passed` or `failed`, or a result with
  completion or success. A cmi5 statement (the cmi5 context category) counts only from `terminated`, whose
  duration is the whole session: cmi5's other durations lie inside it. So time is not counted twice.
- **who**: an Agent (not a Group) who is an active person of the organisation, named as learners.py says (by
  `mbox`, an `account` on netwise, an LTI account netwise knows, or an account name that is their e-mail).
  Anyone else's statements are stored and count for nothing.

Statements count once: the LRS stores a statement id once (a re-sent one changes nothing), and the event carries
the statement id that analytics records it under. Voiding a statement takes its learning time back (analytics
removes the entry); a completion, once made, stands, as every completion in netwise does.

The statements of one request are counted together: one query for the mappings of the whole batch, one for the
people it names (one more for LTI accounts), so a batch of 100 costs a few queries, not hundreds.
"""

import re
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from contracts.events import curriculum as events
from kit.db import among, save
from kit.events import Outbox
from kit.ids import utcnow
from kit.problems import Conflict, FieldError, Unprocessable
from services.curriculum import progress
from services.curriculum import repositories as repo
from services.curriculum.models import (
    Module,
    Track,
    XapiMapping,
    XapiStatement,
    directory,
)
from services.curriculum.schemas import XapiMappingCreate
from services.curriculum.xapi import learners
from services.curriculum.xapi.statements import key
from services.curriculum.xapi.validation import VOIDED, parse_timestamp

SOURCE = "xapi"
COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
PASSED = "http://adlnet.gov/expapi/verbs/passed"
FAILED = "http://adlnet.gov/expapi/verbs/failed"
TERMINATED = "http://adlnet.gov/expapi/verbs/terminated"
CMI5_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5"
# Years and months have no fixed length; a duration that long is no day's learning anyway.
SECONDS = {"Y": 365 * 86400, "W": 7 * 86400, "D": 86400, "H": 3600, "S": 1}
_PART = re.compile(r"(\d+(?:[.,]\d+)?)([YMWDHS])")


# -- the admin's mappings ------------------------------------------------------------------------------------

async def create(session: AsyncSession, org_id: str, body: XapiMappingCreate) -> XapiMapping:
    """Maps an activity to one module or one track of the organisation's; an activity is mapped once."""
    if (body.module_id is None) == (body.track_id is None):
        rule = "give module_id or track_id, not both" if body.module_id else "give module_id or track_id"
        raise Unprocessable(f"module_id, track_id: {rule}", errors=[
            FieldError(field=name, message=rule) for name in ("module_id", "track_id")])
    if body.module_id is not None:
        await repo.module(session, org_id, body.module_id, field="module_id")
    else:
        await repo.track(session, org_id, body.track_id or "", field="track_id")
    activity_key = key(body.activity_id)
    existing = (await session.exec(select(XapiMapping).where(
        XapiMapping.org_id == org_id, XapiMapping.activity_key == activity_key))).first()
    if existing is not None:
        raise Conflict(f"activity_id: {body.activity_id} is already mapped (mapping {existing.id}); delete that "
                       "mapping first to map it elsewhere")
    return await save(session, XapiMapping(org_id=org_id, activity_id=body.activity_id, activity_key=activity_key,
                                           module_id=body.module_id, track_id=body.track_id))


# -- what a statement says -----------------------------------------------------------------------------------

def completes(statement: dict[str, Any]) -> bool:
    verb, result = statement["verb"]["id"], statement.get("result", {})
    if verb == FAILED or result.get("success") is False:
        return False
    return verb in (COMPLETED, PASSED) or result.get("completion") is True or result.get("success") is True


def _cmi5(statement: dict[str, Any]) -> bool:
    categories = statement.get("context", {}).get("contextActivities", {}).get("category", [])
    return any(activity.get("id") == CMI5_CATEGORY for activity in categories)


def timed(statement: dict[str, Any]) -> bool:
    """Whether the statement's duration is learning time (see the module's docstring)."""
    verb, result = statement["verb"]["id"], statement.get("result", {})
    if "duration" not in result:
        return False
    if _cmi5(statement):
        return verb == TERMINATED
    return verb in (COMPLETED, PASSED, FAILED) or "completion" in result or "success" in result


def minutes(duration: str) -> int:
    """An ISO 8601 duration (as validated by the LRS) in whole minutes, rounded half up."""
    date_part, _, time_part = duration.removeprefix("P").partition("T")
    seconds = Decimal(0)
    for part, is_time in ((date_part, False), (time_part, True)):
        for number, unit in _PART.findall(part):
            length = 60 if unit == "M" and is_time else 30 * 86400 if unit == "M" else SECONDS[unit]
            seconds += Decimal(number.replace(",", ".")) * length
    return int((seconds + 30) // 60)


def _about_activity(statement: dict[str, Any]) -> bool:
    return statement["object"].get("objectType", "Activity") == "Activity" and \
        statement["actor"].get("objectType", "Agent") == "Agent"


# -- counting a stored batch -------------------------------------------------------------------------------------

async def count(session: AsyncSession, outbox: Outbox, org_id: str, stored: list[dict[str, Any]],
                base: str) -> None:
    """Counts the statements just stored (in the same transaction: a failure here stores nothing)."""
    candidates = [s for s in stored if _about_activity(s) and (completes(s) or timed(s))]
    mappings: dict[str, XapiMapping] = {}
    if candidates:
        keys = {key(s["object"]["id"]) for s in candidates}
        mappings = {m.activity_key: m for m in (await session.exec(select(XapiMapping).where(
            XapiMapping.org_id == org_id, among(session, col(XapiMapping.activity_key), keys)))).all()}
        candidates = [s for s in candidates if key(s["object"]["id"]) in mappings]
    if candidates:
        people = await learners.people_named(session, org_id, [s["actor"] for s in candidates], base)
        zone: ZoneInfo | None = None
        for statement in candidates:
            person_id = people.find(statement["actor"])
            if person_id is None:
                continue
            mapping = mappings[key(statement["object"]["id"])]
            at = min(parse_timestamp(statement["timestamp"]), utcnow())
            if completes(statement):
                await _complete(session, outbox, org_id, person_id, mapping, at)
            spent = minutes(statement["result"]["duration"]) if timed(statement) else 0
            if spent > 0:
                zone = zone or await _zone(session, org_id)
                await outbox.emit(session, type=events.LEARNING_TIME_RECORDED, org=org_id, subject=person_id,
                                  data=events.LearningTimeRecorded(
                                      person_id=person_id, statement_id=statement["id"],
                                      activity_id=statement["object"]["id"], module_id=mapping.module_id,
                                      track_id=mapping.track_id, day=at.astimezone(zone).date(),
                                      minutes=spent).model_dump(mode="json"))
    await _voided(session, outbox, org_id, stored)


async def _zone(session: AsyncSession, org_id: str) -> ZoneInfo:
    try:
        return ZoneInfo((await directory.rules(session, org_id)).timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


async def _complete(session: AsyncSession, outbox: Outbox, org_id: str, person_id: str, mapping: XapiMapping,
                    at: datetime) -> None:
    """The normal completion; a module or track no longer published takes none (the statement is still stored)."""
    if mapping.module_id is not None:
        module = await session.get(Module, mapping.module_id)
        if module is not None and module.org_id == org_id and module.version > 0 and module.status == "published":
            await progress.complete_module(session, outbox, org_id, person_id, module, source=SOURCE,
                                           completed_at=at, checked=False)
        return
    track = await session.get(Track, mapping.track_id)
    if track is not None and track.org_id == org_id and track.status == "published":
        await progress.complete_track_externally(session, outbox, org_id, person_id, track, at, source=SOURCE)


async def _voided(session: AsyncSession, outbox: Outbox, org_id: str, stored: list[dict[str, Any]]) -> None:
    """A voided statement's learning time no longer counts: analytics removes what it recorded for it."""
    targets = [s["object"]["id"].lower() for s in stored
               if s["verb"]["id"] == VOIDED and s["object"].get("objectType") == "StatementRef"]
    if not targets:
        return
    rows = (await session.exec(select(XapiStatement).where(
        XapiStatement.org_id == org_id, col(XapiStatement.statement_id).in_(targets),
        col(XapiStatement.voided).is_(True)))).all()
    for row in rows:
        if timed(row.body):
            await outbox.emit(session, type=events.LEARNING_TIME_VOIDED, org=org_id, subject=row.statement_id,
                              data=events.LearningTimeVoided(statement_id=row.statement_id).model_dump(mode="json"))
