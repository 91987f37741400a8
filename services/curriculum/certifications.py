"""Certifications: their status, renewals assigned ahead of expiry, and expiry events.

Functions flush but never commit: the request's session commits or rolls back.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import col, select

from contracts.events import curriculum as events
from kit.db import Database
from kit.events import Outbox
from services.curriculum.assignments import assign
from services.curriculum.models import (
    Certification,
    Track,
    directory,
)
from services.curriculum.schemas import (
    AssignmentSource,
)
from services.curriculum.settings import CurriculumSettings


def certification_status(certification: Certification, now: datetime) -> str:
    if certification.superseded_at is not None:
        return "superseded"
    expired = certification.expired_at is not None or certification.expires_at <= now
    return "expired" if expired else "active"


@dataclass
class DueWork:
    renewals_assigned: int = 0
    certifications_expired: int = 0


async def run_due_work(db: Database, outbox: Outbox, settings: CurriculumSettings, now: datetime) -> DueWork:
    """Renewal assignments ahead of expiry and expiry events; running it twice changes nothing."""
    report = DueWork()
    async with db.transaction() as session:
        window = now + timedelta(days=settings.renewal_days_before_expiry)
        due = (await session.exec(select(Certification).where(
            col(Certification.superseded_at).is_(None), col(Certification.renewal_assigned_at).is_(None),
            col(Certification.expired_at).is_(None), Certification.expires_at <= window))).all()
        for certification in due:
            certification.renewal_assigned_at = now
            session.add(certification)
            person = await directory.person(session, certification.org_id, certification.person_id)
            track = await session.get(Track, certification.track_id)
            if person is None or person.status != "active" or track is None or track.status != "published":
                continue
            _, created = await assign(session, outbox, org_id=certification.org_id, person_id=person.id,
                                      source=AssignmentSource.renewal, dedupe_key=f"renewal:{certification.id}",
                                      track_id=track.id, due_at=certification.expires_at)
            report.renewals_assigned += created
        expired = (await session.exec(select(Certification).where(
            col(Certification.superseded_at).is_(None), col(Certification.expired_at).is_(None),
            Certification.expires_at <= now))).all()
        for certification in expired:
            certification.expired_at = certification.expires_at
            session.add(certification)
            await outbox.emit(session, type=events.CERTIFICATION_EXPIRED, org=certification.org_id,
                              subject=certification.person_id, data={
                                  "id": certification.id, "person_id": certification.person_id,
                                  "track_id": certification.track_id,
                                  "certification_key": certification.certification_key,
                                  "expired_at": certification.expires_at.isoformat()})
            report.certifications_expired += 1
    return report
