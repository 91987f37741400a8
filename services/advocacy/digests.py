"""Digests: which posts each ambassador is offered, the message made of them, and its delivery.

A run writes one `DigestMessage` per ambassador to the delivery outbox table in the run's transaction. The
delivery worker sends due messages through a `DigestTransport` (files in embedded mode, SMTP in production);
a failure leaves the message in the table with a later `next_attempt_at` (capped exponential backoff), so a
digest is retried until it is sent and never lost.
"""

import asyncio
import html
import json
import logging
import random
import re
import smtplib
import ssl
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Protocol

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.db import Database
from kit.directory import OrgRules
from kit.ids import new_id, utcnow
from kit.locale import choose_locale
from services.advocacy import guardrails
from services.advocacy import repositories as repo
from services.advocacy.models import Ambassador, DigestMessage, Post, Topic, directory
from services.advocacy.schemas import DigestItem, DigestPreview, Network
from services.advocacy.service import audience_topic_ids, local_now, programme, served_locale, variant_text
from services.advocacy.settings import AdvocacySettings

log = logging.getLogger("netwise.advocacy.digests")
MAX_ITEMS = 10

# The digest's own words; post texts come from the posts' locale variants.
PHRASES: dict[str, dict[str, str]] = {
    "en": {"subject": "Suggestions to share this week", "intro": "Here is what you could share if you like. "
           "Sharing is voluntary: pick what fits you, or skip it.", "empty": "Nothing new to share this week.",
           "share": "Share"},
    "sv": {"subject": "Förslag att dela den här veckan", "intro": "Här är inlägg du kan dela om du vill. "
           "Det är frivilligt: välj det som passar dig, eller hoppa över.", "empty": "Inget nytt att dela i veckan.",
           "share": "Dela"},
    "nb": {"subject": "Forslag til deling denne uken", "intro": "Her er innlegg du kan dele om du vil. "
           "Det er frivillig: velg det som passer deg, eller la være.", "empty": "Ingenting nytt å dele denne uken.",
           "share": "Del"},
    "da": {"subject": "Forslag til deling i denne uge", "intro": "Her er opslag, du kan dele, hvis du har lyst. "
           "Det er frivilligt: vælg det, der passer dig, eller spring over.", "empty": "Intet nyt at dele i denne uge.",
           "share": "Del"},
    "nl": {"subject": "Suggesties om deze week te delen", "intro": "Dit kun je delen als je wilt. "
           "Delen is vrijwillig: kies wat bij je past, of sla het over.",
           "empty": "Deze week niets nieuws om te delen.",
           "share": "Delen"},
}


def _phrases(locale: str) -> tuple[str, dict[str, str]]:
    chosen = choose_locale(list(PHRASES), preferred=locale, accept_language=None, default="en")
    return chosen, PHRASES[chosen]


# -- selection -----------------------------------------------------------------------------------

async def select_posts(session: AsyncSession, rules: OrgRules, ambassador: Ambassador,
                       at: datetime | None = None) -> list[tuple[Post, Topic]]:
    """Live posts on the ambassador's topics and networks, not shared by them yet, shareable by them now."""
    at = at or utcnow()
    org_id, person_id = ambassador.org_id, ambassador.person_id
    topics = await repo.topics(session, org_id)
    shared = await repo.shared_post_ids(session, org_id, person_id)
    certifications = await repo.valid_certifications(session, org_id, person_id, at)
    networks = {a["network"] for a in ambassador.networks}
    audience = await audience_topic_ids(session, org_id, person_id, topics)
    rules_now = await programme(session, org_id)
    chosen = []
    for post in await repo.shareable_posts(session, org_id, at):
        topic = topics[post.topic_id]
        if post.id in shared or topic.on_hold:
            continue
        # The allow-list may have changed since approval: a mail never carries a link sharing would refuse.
        if guardrails.link_domains(guardrails.GuardrailContext(
                programme=rules_now, topic=topic, link=post.link, title=post.title,
                variants=[(Network(v["network"]), v["text"]) for v in post.variants])):
            continue
        if ambassador.topic_ids and topic.id not in ambassador.topic_ids:
            continue
        if topic.sensitive and topic.certification_key not in certifications:
            continue
        if not networks & {v["network"] for v in post.variants}:
            continue
        if topic.id not in audience:
            continue
        chosen.append((post, topic))
    return chosen[:MAX_ITEMS]


# -- composition ---------------------------------------------------------------------------------

@dataclass
class Composed:
    locale: str
    items: list[DigestItem]
    subject: str
    text: str
    html: str
    chat: dict[str, Any]


async def compose(session: AsyncSession, rules: OrgRules, ambassador: Ambassador, app_link: str,
                  at: datetime | None = None) -> Composed:
    person = await directory.person(session, ambassador.org_id, ambassador.person_id)
    preferred = (person.locale if person is not None else None) or rules.default_locale
    networks = [Network(a["network"]) for a in ambassador.networks]
    items = []
    for post, topic in await select_posts(session, rules, ambassador, at):
        locale = served_locale(post, rules, preferred, None)
        texts = {}
        for network in networks:
            found = variant_text(post, network, locale)
            if found is not None:
                texts[network.value] = found[0]
        items.append(DigestItem(post_id=post.id, title=post.title, topic=topic.name, link=post.link,
                                priority=post.priority, published_at=post.published_at,
                                networks=[Network(n) for n in texts], texts=texts))
    locale, words = _phrases(preferred)
    name = person.name if person is not None else ""
    share_link = f"{app_link.rstrip('/')}/v1/posts/{{id}}/shares"
    lines = [f"{name},".lstrip(","), "", words["intro"], ""]
    for item in items:
        lines += [f"* {item.title} ({item.topic})", f"  {item.link}"]
        lines += [f"  [{network}] {text}" for network, text in item.texts.items()]
        lines.append("")
    if not items:
        lines.append(words["empty"])
    text = "\n".join(lines).strip() + "\n"
    body = "".join(
        f"<li><a href=\"{html.escape(i.link)}\">{html.escape(i.title)}</a> <small>{html.escape(i.topic)}</small>"
        + "".join(f"<p><b>{html.escape(n)}</b>: {html.escape(t)}</p>" for n, t in i.texts.items()) + "</li>"
        for i in items)
    page = (f"<!doctype html><html lang=\"{html.escape(locale)}\"><body><p>{html.escape(name)},</p>"
            f"<p>{html.escape(words['intro'])}</p>"
            + (f"<ul>{body}</ul>" if items else f"<p>{html.escape(words['empty'])}</p>") + "</body></html>")
    chat = {"text": f"{words['subject']}: {len(items)}", "locale": locale, "items": [
        {"post_id": i.post_id, "title": i.title, "url": i.link, "networks": list(i.texts),
         "action": {"label": words["share"], "api": share_link.format(id=i.post_id)}} for i in items]}
    return Composed(locale, items, words["subject"], text, page, chat)


def preview(ambassador: Ambassador, composed: Composed) -> DigestPreview:
    return DigestPreview(person_id=ambassador.person_id, locale=composed.locale, items=composed.items,
                         subject=composed.subject, text=composed.text, html=composed.html, chat=composed.chat)


# -- runs ----------------------------------------------------------------------------------------

async def write_messages(session: AsyncSession, rules: OrgRules, ambassadors: list[Ambassador], app_link: str,
                         at: datetime | None = None) -> tuple[str, int, int]:
    """One message per ambassador with something new, in the caller's transaction: (run id, written, skipped)."""
    run_id, written, skipped = new_id(), 0, 0
    today = local_now(rules, at).date().isoformat()
    for ambassador in ambassadors:
        person = await directory.person(session, ambassador.org_id, ambassador.person_id)
        if ambassador.status != "active" or ambassador.digest_channel == "none" or \
                (person is not None and person.status != "active"):
            skipped += 1
            continue
        composed = await compose(session, rules, ambassador, app_link, at)
        ambassador.last_digest_on = today
        if not composed.items:
            skipped += 1
            continue
        session.add(DigestMessage(
            org_id=ambassador.org_id, run_id=run_id, person_id=ambassador.person_id,
            channel=ambassador.digest_channel, recipient=person.email if person is not None else "",
            locale=composed.locale, subject=composed.subject, text=composed.text, html=composed.html,
            chat=composed.chat, post_ids=[i.post_id for i in composed.items]))
        written += 1
    await session.flush()
    return run_id, written, skipped


async def run_for_organisation(session: AsyncSession, org_id: str, app_link: str) -> tuple[str, int, int]:
    rules = await directory.rules(session, org_id)
    return await write_messages(session, rules, list(await repo.active_ambassadors(session, org_id)), app_link)


async def run_weekly(db: Database, app_link: str, at: datetime | None = None) -> int:
    """Writes the digests of every ambassador whose weekly day it is in their organisation and who has none yet."""
    at = at or utcnow()
    written = 0
    async with db.transaction() as session:
        due = (await session.exec(select(Ambassador).where(Ambassador.status == "active",
                                                           Ambassador.digest_channel != "none"))).all()
        by_org: dict[str, list[Ambassador]] = {}
        for ambassador in due:
            by_org.setdefault(ambassador.org_id, []).append(ambassador)
        for org_id, ambassadors in by_org.items():
            rules = await directory.rules(session, org_id)
            today = local_now(rules, at)
            todays = [a for a in ambassadors if a.digest_day == today.weekday()
                      and a.last_digest_on != today.date().isoformat()]
            if todays:
                written += (await write_messages(session, rules, todays, app_link, at))[1]
    return written


# -- delivery ------------------------------------------------------------------------------------

class DigestTransport(Protocol):
    async def send(self, message: DigestMessage) -> None:
        """Delivers the message or raises."""


class FileTransport:
    """Embedded mode: each message becomes files under `directory` (.eml for e-mail, .json for chat)."""

    def __init__(self, directory: str | Path, sender: str) -> None:
        self.directory = Path(directory)
        self.sender = sender

    async def send(self, message: DigestMessage) -> None:
        folder = self.directory / message.org_id
        await asyncio.to_thread(folder.mkdir, parents=True, exist_ok=True)
        if message.channel == "chat":
            payload = json.dumps({"to": message.person_id, **message.chat}, ensure_ascii=False, indent=2)
            await asyncio.to_thread((folder / f"{message.id}.json").write_text, payload, "utf-8")
        else:
            email = email_message(message, self.sender)
            await asyncio.to_thread((folder / f"{message.id}.eml").write_bytes, email.as_bytes())


class SmtpTransport:
    """Production: standard-library smtplib, run in a thread so the event loop never blocks on the network."""

    def __init__(self, settings: AdvocacySettings) -> None:
        self.settings = settings

    async def send(self, message: DigestMessage) -> None:
        await asyncio.to_thread(self._send, email_message(message, self.settings.smtp_from))

    def _send(self, email: EmailMessage) -> None:
        s = self.settings
        with smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.smtp_timeout_seconds) as smtp:
            if s.smtp_starttls:
                smtp.starttls(context=ssl.create_default_context())
            if s.smtp_user:
                smtp.login(s.smtp_user, s.smtp_password.get_secret_value())
            smtp.send_message(email)


def email_message(message: DigestMessage, sender: str) -> EmailMessage:
    """Plain text and HTML alternatives; a chat digest without a chat transport is mailed as well."""
    email = EmailMessage()
    email["From"] = sender
    email["To"] = message.recipient
    email["Subject"] = message.subject
    email["Message-ID"] = f"<{message.id}@netwise.advocacy>"
    email.set_content(message.text)
    email.add_alternative(message.html, subtype="html")
    email["Content-Language"] = message.locale  # after the body: setting content clears Content-* headers
    return email


def transport_for(settings: AdvocacySettings) -> DigestTransport:
    if settings.transport_kind() == "smtp":
        return SmtpTransport(settings)
    return FileTransport(settings.mail_dir, settings.smtp_from)


async def deliver_due(db: Database, transport: DigestTransport, *, max_backoff: float = 3600.0,
                      batch: int = 50) -> int:
    """Sends due messages; a failure is recorded and retried later. Returns how many were sent."""
    async with db.transaction() as session:
        now = utcnow()
        query = (select(DigestMessage).where(col(DigestMessage.sent_at).is_(None),
                                             DigestMessage.next_attempt_at <= now)
                 .order_by(col(DigestMessage.next_attempt_at), col(DigestMessage.id)).limit(batch))
        if session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        due = list((await session.exec(query)).all())
        for message in due:  # a lease: another worker leaves them alone while we send
            message.next_attempt_at = now + timedelta(minutes=5)
    sent = 0
    for message in due:
        try:
            await transport.send(message)
            values: dict[str, Any] = {"sent_at": utcnow(), "last_error": None}
            sent += 1
        except Exception as exc:  # any failure of the target: keep the message and try again later
            delay = min(max_backoff, 2 ** min(message.attempts, 20)) * random.uniform(0.5, 1.0)
            values = {"next_attempt_at": utcnow() + timedelta(seconds=delay),
                      "last_error": re.sub(r"\s+", " ", f"{type(exc).__name__}: {exc}")[:1000]}
            log.warning("digest %s not delivered (attempt %d): %s", message.id, message.attempts + 1,
                        values["last_error"])
        async with db.transaction() as session:
            stored = await session.get(DigestMessage, message.id)
            if stored is not None and stored.sent_at is None:
                stored.attempts += 1
                for name, value in values.items():
                    setattr(stored, name, value)
    return sent
