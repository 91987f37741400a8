"""Learning time recorded elsewhere: curriculum's LRS tells of each xAPI statement's duration for a mapped activity
(`learning_time.recorded`), and it becomes a time entry on channel `training`, activity `learning` (an
investment by default), source `xapi`, on the statement's day in the organisation's time zone.

Once per statement: a `LearningRecord` keyed by the statement id remembers it, so a second event about the same
statement (a redelivery has the inbox already) adds nothing. A voided statement (`learning_time.voided`) takes its
entry away. The entry is a fact the LMS reported, not a plan, so hard caps do not refuse it (caps' thresholds are
still announced); but the rules every entry keeps hold: a locked month takes none and keeps what it has, a day holds
at most 1440 minutes (the entry gets what is left), and days before 2000 or past tomorrow take none.
"""

from datetime import timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from contracts.events import curriculum
from kit.db import remove
from kit.events import CloudEvent, EventHandler, Outbox
from kit.problems import Conflict
from services.analytics import caps
from services.analytics import repositories as repo
from services.analytics.drafts import Draft
from services.analytics.models import LearningRecord, TimeEntry, directory
from services.analytics.periods import EARLIEST, month_start, today_in
from services.analytics.schemas import Activity, Channel, Source
from services.analytics.time_entries import MAX_DAY_MINUTES, insert_entries

NOTE_LENGTH = 500


async def _room(session: AsyncSession, org_id: str, draft: Draft) -> int:
    """The minutes of the draft the rules let in: all, what is left of its day, or none."""
    timezone = (await directory.rules(session, org_id)).timezone
    if not EARLIEST <= draft.work_date <= today_in(timezone) + timedelta(days=1):
        return 0
    if await repo.locked_months(session, org_id, [month_start(draft.work_date)]):
        return 0
    used = (await repo.day_totals(session, org_id, {(draft.person_id, draft.work_date)})).get(
        (draft.person_id, draft.work_date), 0)
    return max(0, min(draft.minutes, MAX_DAY_MINUTES - used))


def handlers(outbox: Outbox) -> dict[str, EventHandler]:
    async def recorded(session: AsyncSession, event: CloudEvent, d: curriculum.LearningTimeRecorded) -> None:
        if await session.get(LearningRecord, (event.org, d.statement_id)) is not None:
            return  # counted already, or voided before its time arrived
        person = (await repo.people_by_id(session, event.org, [d.person_id])).get(d.person_id)
        if person is None:
            # identity's event about them is still on its way here: the relay delivers this again later.
            raise Conflict(f"person {d.person_id} is not known here yet")
        record = LearningRecord(org_id=event.org, statement_id=d.statement_id)
        draft = Draft(0, d.person_id, person.org_unit_id, person.job_function, d.day, d.minutes, Channel.training,
                      Activity.learning, f"xAPI: {d.activity_id}"[:NOTE_LENGTH], Source.xapi)
        draft.minutes = await _room(session, event.org, draft)
        if draft.minutes > 0:
            windows = await caps.cap_windows(session, event.org, [draft])
            [row] = await insert_entries(session, event.org, [draft])
            record.time_entry_id = row["id"]
            await caps.announce_thresholds(session, outbox, windows)
        session.add(record)
        await session.flush()

    async def voided(session: AsyncSession, event: CloudEvent, d: curriculum.LearningTimeVoided) -> None:
        record = await session.get(LearningRecord, (event.org, d.statement_id))
        if record is None:
            record = LearningRecord(org_id=event.org, statement_id=d.statement_id)
        elif record.voided:
            return
        record.voided = True
        entry = await session.get(TimeEntry, record.time_entry_id) if record.time_entry_id else None
        if entry is not None and not await repo.locked_months(session, event.org, [month_start(entry.work_date)]):
            await remove(session, entry)
            record.time_entry_id = None
        session.add(record)
        await session.flush()

    return {curriculum.LEARNING_TIME_RECORDED: recorded, curriculum.LEARNING_TIME_VOIDED: voided}
