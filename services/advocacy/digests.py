"""Digests: which posts each ambassador is offered, the message made of them, and its delivery.

A run writes one `DigestMessage` per ambassador to the delivery outbox table in the run's transaction. The
delivery worker sends due messages through a `DigestTransport` (files in embedded mode, SMTP in production);
a failure leaves the message in the table with a later `next_attempt_at` (capped exponential backoff), so a
digest is retried until it is sent and never lost.
"""

import asyncio
import json
import logging
import random
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Protocol

import jinja2
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.db import Database
from kit.directory import OrgRules
from kit.ids import new_id, utcnow
from kit.locale import choose_locale
from kit.mail import FileMailer, SmtpMailer
from services.advocacy import guardrails
from services.advocacy import repositories as repo
from services.advocacy.mail_links import MailLink, MailLinks
from services.advocacy.models import Ambassador, DigestMessage, Post, Topic, directory
from services.advocacy.schemas import DigestItem, DigestPreview, Network
from services.advocacy.service import audience_topic_ids, local_now, programme, served_locale, variant_text
from services.advocacy.settings import AdvocacySettings

log = logging.getLogger("netwise.advocacy.digests")
MAX_ITEMS = 10

# The digest's own words, one table per language beside the code (translators edit the file); post texts come
# from the posts' locale variants.
PHRASES: dict[str, dict[str, str]] = json.loads(
    (Path(__file__).parent / "templates" / "digest-words.json").read_text(encoding="utf-8"))
NETWORK_NAMES = {"linkedin": "LinkedIn", "x": "X", "facebook": "Facebook", "instagram": "Instagram",
                 "threads": "Threads", "bluesky": "Bluesky", "mastodon": "Mastodon"}

# Jinja2 escapes every value in the HTML part; the text part is plain text and is not escaped.
_HTML = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string("""\
<!doctype html>
<html lang="{{ locale }}"><head><meta charset="utf-8"><title>{{ words.subject }}</title></head>
<body>
{% if name %}<p>{{ name }},</p>{% endif %}
<p>{{ words.intro }}</p>
{% if items %}<ul>
{% for item in items %}<li><h3>{{ item.title }} <small>{{ item.topic }}</small></h3>
{% for network, text in item.texts.items() %}<p>{{ text }}<br>
<a href="{{ item.share_links[network] }}">{{ words.share_on.format(network=network_names[network]) }}</a></p>
{% endfor %}</li>
{% endfor %}</ul>
{% else %}<p>{{ words.empty }}</p>
{% endif %}<hr>
<p><small>{{ words.why }} <a href="{{ unsubscribe_url }}">{{ words.leave }}</a></small></p>
</body></html>
""")
_TEXT = jinja2.Environment(autoescape=False, undefined=jinja2.StrictUndefined,  # a text/plain part
                           keep_trailing_newline=True).from_string("""\
{% if name %}{{ name }},

{% endif %}{{ words.intro }}

{% for item in items %}* {{ item.title }} ({{ item.topic }})
{% for network, text in item.texts.items() %}  [{{ network_names[network] }}] {{ text }}
  {{ words.share_on.format(network=network_names[network]) }}: {{ item.share_links[network] }}
{% endfor %}
{% else %}{{ words.empty }}

{% endfor %}--
{{ words.why }}
{{ words.leave }}: {{ unsubscribe_url }}
""")


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
    unsubscribe_url: str


async def compose(session: AsyncSession, rules: OrgRules, ambassador: Ambassador, links: MailLinks,
                  at: datetime | None = None) -> Composed:
    """The mail: each text with a signed link that makes a tracked share (never the raw destination), and a
    signed link to leave the programme."""
    person = await directory.person(session, ambassador.org_id, ambassador.person_id)
    preferred = (person.locale if person is not None else None) or rules.default_locale
    networks = [Network(a["network"]) for a in ambassador.networks]
    org, person_id = ambassador.org_id, ambassador.person_id
    items = []
    for post, topic in await select_posts(session, rules, ambassador, at):
        locale = served_locale(post, rules, preferred, None)
        texts = {}
        for network in networks:
            found = variant_text(post, network, locale)
            if found is not None:  # the share's short link replaces the post's link: keep the text without it
                texts[network.value] = found[0].replace(post.link, "").strip()
        items.append(DigestItem(post_id=post.id, title=post.title, topic=topic.name, link=post.link,
                                priority=post.priority, published_at=post.published_at,
                                networks=[Network(n) for n in texts], texts=texts,
                                share_links={n: links.url(MailLink("share", org, person_id, post.id, n), at)
                                             for n in texts}))
    locale, words = _phrases(preferred)
    unsubscribe_url = links.url(MailLink("leave", org, person_id), at)
    values = {"locale": locale, "words": words, "name": person.name if person is not None else "", "items": items,
              "network_names": NETWORK_NAMES, "unsubscribe_url": unsubscribe_url}
    share_api = f"{links.base}/v1/posts/{{id}}/shares"
    chat = {"text": f"{words['subject']}: {len(items)}", "locale": locale, "unsubscribe_url": unsubscribe_url,
            "items": [{"post_id": i.post_id, "title": i.title, "networks": list(i.texts),
                       "share_links": i.share_links,
                       "action": {"label": words["share"], "api": share_api.format(id=i.post_id)}} for i in items]}
    return Composed(locale, items, words["subject"], _TEXT.render(values), _HTML.render(values), chat,
                    unsubscribe_url)


def preview(ambassador: Ambassador, composed: Composed) -> DigestPreview:
    return DigestPreview(person_id=ambassador.person_id, locale=composed.locale, items=composed.items,
                         subject=composed.subject, text=composed.text, html=composed.html, chat=composed.chat,
                         unsubscribe_url=composed.unsubscribe_url)


# -- runs ----------------------------------------------------------------------------------------

async def write_messages(session: AsyncSession, rules: OrgRules, ambassadors: list[Ambassador], links: MailLinks,
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
        composed = await compose(session, rules, ambassador, links, at)
        ambassador.last_digest_on = today
        if not composed.items:
            skipped += 1
            continue
        session.add(DigestMessage(
            org_id=ambassador.org_id, run_id=run_id, person_id=ambassador.person_id,
            channel=ambassador.digest_channel, recipient=person.email if person is not None else "",
            locale=composed.locale, subject=composed.subject, text=composed.text, html=composed.html,
            chat=composed.chat, post_ids=[i.post_id for i in composed.items],
            unsubscribe_url=composed.unsubscribe_url))
        written += 1
    await session.flush()
    return run_id, written, skipped


async def run_for_organisation(session: AsyncSession, org_id: str, links: MailLinks) -> tuple[str, int, int]:
    rules = await directory.rules(session, org_id)
    return await write_messages(session, rules, list(await repo.active_ambassadors(session, org_id)), links)


async def run_weekly(db: Database, links: MailLinks, at: datetime | None = None) -> int:
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
                written += (await write_messages(session, rules, todays, links, at))[1]
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
        self.mailer = FileMailer(directory)

    async def send(self, message: DigestMessage) -> None:
        if message.channel != "chat":
            await self.mailer.send(email_message(message, self.sender), folder=message.org_id, name=message.id)
            return
        folder = self.directory / message.org_id
        await asyncio.to_thread(folder.mkdir, parents=True, exist_ok=True)
        payload = json.dumps({"to": message.person_id, **message.chat}, ensure_ascii=False, indent=2)
        await asyncio.to_thread((folder / f"{message.id}.json").write_text, payload, "utf-8")


class SmtpTransport:
    """Production: every digest is mailed (kit.mail's SMTP mailer), chat ones too."""

    def __init__(self, settings: AdvocacySettings) -> None:
        self.settings = settings
        self.mailer = SmtpMailer(settings)

    async def send(self, message: DigestMessage) -> None:
        await self.mailer.send(email_message(message, self.settings.smtp_from))


def email_message(message: DigestMessage, sender: str) -> EmailMessage:
    """Plain text and HTML alternatives; a chat digest without a chat transport is mailed as well."""
    email = EmailMessage()
    email["From"] = sender
    email["To"] = message.recipient
    email["Subject"] = message.subject
    email["Message-ID"] = f"<{message.id}@netwise.advocacy>"
    if message.unsubscribe_url:  # RFC 2369 and RFC 8058: mail clients offer one-click leaving
        email["List-Unsubscribe"] = f"<{message.unsubscribe_url}>"
        email["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    email.set_content(message.text)  # multipart/alternative: the text part first, the HTML part preferred
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
