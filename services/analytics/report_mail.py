"""The leadership report by mail: leaders and managers opt in, and get last month's report (page and PDF) once
each month, in their language, showing what their role lets them read (managers: their own units)."""

import logging
from datetime import date, datetime, timedelta
from email.message import EmailMessage

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.auth import Principal
from kit.db import Database, save
from kit.ids import utcnow
from kit.mail import Mailer
from kit.problems import Forbidden
from services.analytics import findings, leadership, linked
from services.analytics import repositories as repo
from services.analytics.models import ReportMailing, ReportSubscription, directory
from services.analytics.periods import month_start, today_in

log = logging.getLogger("netwise.analytics.report_mail")
READERS = frozenset({"manager", "analyst", "admin"})  # who may read the report, so who may ask for it by mail
TRENDS = 2  # months before the reported one, for the trend


async def subscription(session: AsyncSession, principal: Principal) -> ReportSubscription | None:
    return await session.get(ReportSubscription, (principal.org, principal.subject))


async def subscribe(session: AsyncSession, principal: Principal) -> ReportSubscription:
    if principal.is_client or not principal.has_any(READERS):
        raise Forbidden("the leadership report is mailed to people who may read it: roles manager, analyst or admin")
    found = await subscription(session, principal)
    if found is None:
        found = ReportSubscription(org_id=principal.org, person_id=principal.subject)
        await save(session, found)
    return found


async def unsubscribe(session: AsyncSession, principal: Principal) -> None:
    found = await subscription(session, principal)
    if found is not None:
        await session.delete(found)


def _email(report_html: str, pdf: bytes, report: linked.LinkedReport, organisation: str, recipient: str,
           sender: str, period_start: date) -> EmailMessage:
    words = findings.language(report.locale).words
    email = EmailMessage()
    email["From"] = sender
    email["To"] = recipient
    email["Subject"] = f"{words['title']} · {organisation} · {period_start:%Y-%m}"
    email.set_content("\n".join(f"- {finding.text}" for finding in report.findings) or words["none"])
    email.add_alternative(report_html, subtype="html")
    email.add_attachment(pdf, maintype="application", subtype="pdf",
                         filename=f"leadership-{period_start:%Y-%m}.pdf")
    email["Content-Language"] = report.locale
    return email


async def mail_due(database: Database, mailer: Mailer, sender: str, now: datetime | None = None) -> int:
    """Mails last month's report to every subscriber who has not had it; returns how many went out. The mailing
    is recorded in the transaction that sends it: a failure sends nothing now, and that person's mail is tried
    again next pass without holding up the others'."""
    now = now or utcnow()
    async with database.transaction() as session:
        subscribers = (await session.exec(select(ReportSubscription))).all()
    sent = 0
    for sub in subscribers:
        try:
            async with database.transaction() as session:
                sent += await _mail_one(session, mailer, sender, sub, now)
        except Exception:
            log.exception("the leadership report for %s could not be mailed; next pass tries again", sub.person_id)
    return sent


async def _mail_one(session: AsyncSession, mailer: Mailer, sender: str, sub: ReportSubscription,
                    now: datetime) -> int:
    rules = await directory.rules(session, sub.org_id)
    period_start = month_start(month_start(today_in(rules.timezone, now)) - timedelta(days=1))
    if await session.get(ReportMailing, (sub.org_id, sub.person_id, period_start)) is not None:
        return 0
    person = await directory.person(session, sub.org_id, sub.person_id)
    principal = Principal(org=sub.org_id, subject=sub.person_id,
                          roles=frozenset(person.roles) if person is not None else frozenset())
    if person is None or person.status != "active" or not principal.has_any(READERS):
        return 0  # no longer someone who may read it: nothing is sent until they may again
    settings = await repo.settings_of(session, sub.org_id)
    locale = await linked.reader_locale(session, principal, None)
    report = await linked.linked_view(session, principal, rules, settings,
                                      linked.Ask("month", period_start, TRENDS, locale), now)
    organisation = await linked.organisation_name(session, sub.org_id)
    page = leadership.html(report, organisation)
    session.add(ReportMailing(org_id=sub.org_id, person_id=sub.person_id, period_start=period_start, sent_at=now))
    await session.flush()
    await mailer.send(_email(page, leadership.pdf(page), report, organisation, person.email, sender, period_start),
                      folder=sub.org_id, name=f"leadership-{period_start:%Y-%m}-{sub.person_id}")
    return 1


async def mailings(session: AsyncSession, principal: Principal) -> list[date]:
    query = select(col(ReportMailing.period_start)).where(col(ReportMailing.org_id) == principal.org,
                                                          col(ReportMailing.person_id) == principal.subject)
    return sorted((await session.exec(query)).all())
