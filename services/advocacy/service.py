"""advocacy's rules. Functions flush but never commit: the request's session commits or rolls back."""

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import update
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from contracts.events import advocacy as events
from kit.db import apply_changes, save
from kit.directory import OrgRules
from kit.events import Outbox
from kit.ids import new_id, utcnow
from kit.locale import choose_locale
from kit.problems import Conflict, FieldError, Forbidden, NotFound, Unprocessable
from services.advocacy import guardrails
from services.advocacy import repositories as repo
from services.advocacy.models import (
    Ambassador,
    DigestMessage,
    FlaggedConversation,
    Post,
    Programme,
    Share,
    Topic,
    directory,
)
from services.advocacy.networks import NETWORKS, new_code, share_url, tagged_url, with_link
from services.advocacy.schemas import (
    WEEKDAYS,
    AmbassadorUpdate,
    ConversationCreate,
    ConversationUpdate,
    Eligibility,
    Network,
    OptIn,
    PostCreate,
    PostStatus,
    PostUpdate,
    ProgrammeUpdate,
    SharePublic,
    TopicCreate,
    TopicHold,
    TopicUpdate,
)

EDITOR_ROLES = frozenset({"editor"})
# Who sees posts of every topic whatever its audience: those who write them and those who answer for them.
AUDIENCE_EXEMPT_ROLES = frozenset({"editor", "comms"})
PAST = {"submit": "submitted", "approve": "approved", "reject": "rejected", "publish": "published",
        "withdraw": "withdrawn"}



def _touch(row: Any) -> None:
    row.version += 1
    row.updated_at = utcnow()


# -- calendar ------------------------------------------------------------------------------------

def local_now(rules: OrgRules, at: datetime | None = None) -> datetime:
    return (at or utcnow()).astimezone(ZoneInfo(rules.timezone))


def local_day_start(rules: OrgRules, at: datetime | None = None) -> datetime:
    """Midnight of the organisation's current day, as an aware datetime (compare with UTC columns)."""
    local = local_now(rules, at)
    return datetime.combine(local.date(), time(0), tzinfo=local.tzinfo)


# -- programme -----------------------------------------------------------------------------------

async def programme(session: AsyncSession, org_id: str) -> Programme:
    """The organisation's programme, or the defaults (version 0) until someone saves settings."""
    return await repo.programme(session, org_id) or Programme(org_id=org_id, version=0)


async def save_programme(session: AsyncSession, outbox: Outbox, org_id: str, data: ProgrammeUpdate) -> Programme:
    """Saves the settings; a change is announced so analytics values shares with the same rates."""
    values = data.model_dump(mode="json")
    stored = await repo.programme(session, org_id)
    if stored is None:
        stored = Programme(org_id=org_id, **values)
        session.add(stored)
    elif apply_changes(stored, values):
        _touch(stored)
    else:
        return stored
    await session.flush()
    await outbox.emit(session, type=events.PROGRAMME_UPDATED, org=org_id, subject=org_id, data={
        "earned_media_cpm_minor": stored.earned_media_cpm_minor,
        "earned_media_cpc_minor": stored.earned_media_cpc_minor, "version": stored.version,
        "updated_at": stored.updated_at.isoformat()})
    return stored


# -- ambassadors ---------------------------------------------------------------------------------

async def eligibility(session: AsyncSession, org_id: str, person_id: str) -> Eligibility:
    """Whether the person may opt in, from the local projection of curriculum's events."""
    rules = await programme(session, org_id)
    certifications = await repo.valid_certifications(session, org_id, person_id)
    missing_policies = await repo.unacknowledged_policies(session, org_id, person_id)
    acknowledged = missing_policies == []
    reasons = []
    if rules.required_certification and rules.required_certification not in certifications:
        reasons.append(f"complete the training that gives the certification {rules.required_certification!r}")
    if rules.require_policy_acknowledgement and not acknowledged:
        reasons.append("no social media policy has been published yet" if missing_policies is None else
                       "acknowledge the current social media policy: " + ", ".join(missing_policies))
    person = await directory.person(session, org_id, person_id)
    if person is not None and person.status != "active":
        reasons.append("your account is deactivated")
    return Eligibility(eligible=not reasons, reasons=reasons, certifications=sorted(certifications),
                       policy_acknowledged=acknowledged)


async def _check_topics(session: AsyncSession, org_id: str, topic_ids: list[str]) -> list[str]:
    known = await repo.topics(session, org_id)
    unknown = [t for t in topic_ids if t not in known]
    if unknown:
        raise Unprocessable(errors=[FieldError(field="topic_ids", message=f"no topic {t} in this organisation")
                                    for t in unknown], detail="topic_ids: unknown topics")
    return list(dict.fromkeys(topic_ids))


async def opt_in(session: AsyncSession, outbox: Outbox, org_id: str, person_id: str,
                 data: OptIn) -> tuple[Ambassador, bool]:
    """Records consent (time and acknowledged policy version); returns the ambassador and whether it is new."""
    if not data.consent:
        raise Unprocessable.field("consent", "must be true: joining is voluntary and needs your explicit consent")
    verdict = await eligibility(session, org_id, person_id)
    if not verdict.eligible:
        raise Forbidden("you cannot join the ambassador programme yet: " + "; ".join(verdict.reasons),
                        errors=[FieldError(field="eligibility", message=r) for r in verdict.reasons])
    topic_ids = await _check_topics(session, org_id, data.topic_ids)
    now = utcnow()
    values: dict[str, Any] = {
        "status": "active", "consented_at": now, "left_at": None,
        "policy_version": await repo.latest_acknowledged_version(session, org_id, person_id),
        "networks": [a.model_dump(mode="json") for a in data.networks], "topic_ids": topic_ids,
        "digest_day": WEEKDAYS.index(data.digest_day), "digest_channel": data.digest_channel.value,
        "leaderboard_opt_in": data.leaderboard_opt_in}
    ambassador = await repo.ambassador(session, org_id, person_id)
    created = ambassador is None
    if ambassador is None:
        ambassador = Ambassador(org_id=org_id, person_id=person_id, **values)
        session.add(ambassador)
    elif ambassador.status == "active":
        raise Conflict("you are already an ambassador; change your preferences with PATCH /v1/ambassadors/me")
    else:
        apply_changes(ambassador, values)
        _touch(ambassador)
    await session.flush()
    await outbox.emit(session, type=events.AMBASSADOR_ENROLLED, org=org_id, subject=person_id, data={
        "person_id": person_id, "enrolled_at": now.isoformat(),
        "networks": [a["network"] for a in ambassador.networks]})
    return ambassador, created


async def update_preferences(session: AsyncSession, ambassador: Ambassador, data: AmbassadorUpdate) -> Ambassador:
    changes = data.model_dump(exclude_unset=True, mode="json")
    for name in ("networks", "topic_ids", "digest_day", "digest_channel", "leaderboard_opt_in"):
        if name in changes and changes[name] is None:
            raise Unprocessable.field(name, "may not be null")
    if "topic_ids" in changes:
        changes["topic_ids"] = await _check_topics(session, ambassador.org_id, changes["topic_ids"])
    if "networks" in changes and len({a["network"] for a in changes["networks"]}) != len(changes["networks"]):
        raise Unprocessable.field("networks", "list each network once")
    if "digest_day" in changes:
        changes["digest_day"] = WEEKDAYS.index(changes["digest_day"])
    if apply_changes(ambassador, changes):
        _touch(ambassador)
        await session.flush()
    return ambassador


async def opt_out(session: AsyncSession, outbox: Outbox, ambassador: Ambassador) -> Ambassador:
    """Leaves the programme: no more digests, and past shares stay only in aggregates (under a pseudonym)."""
    if ambassador.status != "active":
        return ambassador
    now = utcnow()
    person_id = ambassador.person_id
    ambassador.status, ambassador.left_at = "left", now
    _touch(ambassador)
    pseudonym = new_id()
    await session.execute(update(Share).where(col(Share.org_id) == ambassador.org_id,
                                              col(Share.person_id) == person_id).values(person_id=pseudonym))
    await session.execute(update(DigestMessage).where(
        col(DigestMessage.org_id) == ambassador.org_id, col(DigestMessage.person_id) == person_id,
        col(DigestMessage.sent_at).is_(None))
        .values(sent_at=now, last_error="not sent: the ambassador left the programme"))
    await session.flush()
    await outbox.emit(session, type=events.AMBASSADOR_LEFT, org=ambassador.org_id, subject=person_id,
                      data={"person_id": person_id, "left_at": now.isoformat()})
    return ambassador


async def active_ambassador(session: AsyncSession, org_id: str, person_id: str) -> Ambassador:
    """The caller as an active ambassador, or a 403 saying why they cannot act as one."""
    ambassador = await repo.ambassador(session, org_id, person_id)
    if ambassador is None:
        raise Forbidden("only ambassadors can share: join the programme first (POST /v1/ambassadors/me)")
    if ambassador.status != "active":
        raise Forbidden("you left the ambassador programme; join again to share",
                        errors=[FieldError(field="ambassador", message="opted out")])
    return ambassador


# -- topics --------------------------------------------------------------------------------------

async def create_topic(session: AsyncSession, org_id: str, data: TopicCreate) -> Topic:
    if await repo.topic_by_slug(session, org_id, data.slug) is not None:
        raise Conflict(f"a topic with slug {data.slug!r} exists",
                       errors=[FieldError(field="slug", message="is already taken")])
    topic = Topic(org_id=org_id, **data.model_dump(mode="json"))
    return await save(session, topic)


async def update_topic(session: AsyncSession, topic: Topic, data: TopicUpdate) -> Topic:
    changes = data.model_dump(exclude_unset=True, mode="json")
    for name in ("name", "audience_org_unit_ids", "audience_job_functions", "sensitive"):
        if name in changes and changes[name] is None:
            raise Unprocessable.field(name, "may not be null")
    sensitive = changes.get("sensitive", topic.sensitive)
    if sensitive and not changes.get("certification_key", topic.certification_key):
        raise Unprocessable.field("certification_key", "a sensitive topic names the certification needed to share it")
    if apply_changes(topic, changes):
        _touch(topic)
        await session.flush()
    return topic


async def hold_topic(session: AsyncSession, topic: Topic, person_id: str, data: TopicHold | None) -> Topic:
    """Crisis mode: nobody can share the topic's posts until it is released."""
    if data is not None or not topic.on_hold:
        apply_changes(topic, {"on_hold": True, "hold_guidance": (data or TopicHold()).guidance, "held_at": utcnow(),
                       "held_by": person_id})
        _touch(topic)
        await session.flush()
    return topic


async def release_topic(session: AsyncSession, topic: Topic) -> Topic:
    if apply_changes(topic, {"on_hold": False, "hold_guidance": None, "held_at": None, "held_by": None}):
        _touch(topic)
        await session.flush()
    return topic


# -- posts ---------------------------------------------------------------------------------------

def effective_status(post: Post, at: datetime | None = None) -> PostStatus:
    """A published post past its window reads as expired; the row is not rewritten for that."""
    if post.status == PostStatus.published and post.expires_at is not None and post.expires_at <= (at or utcnow()):
        return PostStatus.expired
    return PostStatus(post.status)


def is_live(post: Post, at: datetime | None = None) -> bool:
    at = at or utcnow()
    return effective_status(post, at) == PostStatus.published and (post.starts_at is None or post.starts_at <= at)


def can_edit(post: Post, person_id: str, roles: frozenset[str]) -> bool:
    return bool(roles & EDITOR_ROLES) or post.author_id == person_id


def can_read(post: Post, person_id: str, roles: frozenset[str]) -> bool:
    return can_edit(post, person_id, roles) or is_live(post)


def in_audience(topic: Topic, person: Any, units: set[str]) -> bool:
    """An empty audience is everyone; otherwise the person's unit (in `units`, the audience subtrees) or job
    function matches."""
    if not topic.audience_org_unit_ids and not topic.audience_job_functions:
        return True
    return person is not None and (person.org_unit_id in units or person.job_function
                                   in topic.audience_job_functions)


async def audience_topic_ids(session: AsyncSession, org_id: str, person_id: str,
                             topics: dict[str, Topic] | None = None) -> set[str]:
    """The topics whose audience includes the person (a unit's audience includes its sub-units)."""
    topics = topics if topics is not None else await repo.topics(session, org_id)
    person = await directory.person(session, org_id, person_id)
    chosen = set()
    for topic in topics.values():
        units: set[str] = set()
        if person is not None and person.job_function not in topic.audience_job_functions:
            for unit in topic.audience_org_unit_ids:
                units |= await directory.unit_subtree(session, org_id, unit)
        if in_audience(topic, person, units):
            chosen.add(topic.id)
    return chosen


async def may_see(session: AsyncSession, post: Post, person_id: str, roles: frozenset[str]) -> bool:
    """Readable, and in the topic's audience unless the reader is exempt or wrote the post."""
    if not can_read(post, person_id, roles):
        return False
    if roles & AUDIENCE_EXEMPT_ROLES or post.author_id == person_id:
        return True
    return post.topic_id in await audience_topic_ids(session, post.org_id, person_id,
                                                     {post.topic_id: await repo.topic(session, post.org_id,
                                                                                      post.topic_id)})


def served_locale(post: Post, rules: OrgRules, preferred: str | None, accept_language: str | None) -> str:
    locales = list(dict.fromkeys(v["locale"] for v in post.variants))
    return choose_locale(locales, preferred=preferred, accept_language=accept_language,
                         default=rules.default_locale)


def variant_text(post: Post, network: Network, locale: str) -> tuple[str, str] | None:
    """(text, locale) of the post's variant for `network`, in `locale` or the nearest one it has."""
    options = {v["locale"]: v["text"] for v in post.variants if v["network"] == network.value}
    if not options:
        return None
    chosen = choose_locale(list(options), preferred=locale, accept_language=None, default=locale)
    return options[chosen], chosen


async def _submit_checks(session: AsyncSession, post: Post) -> None:
    if not post.variants:
        raise Unprocessable.field("variants", "add a text for at least one network before review")
    topic = await repo.topic(session, post.org_id, post.topic_id, field="topic_id")
    guardrails.enforce(guardrails.GuardrailContext(
        programme=await programme(session, post.org_id), topic=topic, link=post.link, title=post.title,
        variants=[(Network(v["network"]), v["text"]) for v in post.variants]), guardrails.SUBMIT_RULES)


def _check_window(post: Post) -> None:
    if post.starts_at and post.expires_at and post.expires_at <= post.starts_at:
        raise Unprocessable.field("expires_at", "must be after starts_at")


async def create_post(session: AsyncSession, org_id: str, author_id: str, roles: frozenset[str],
                      data: PostCreate) -> Post:
    """Editors start a draft; anyone else's post is a suggestion that goes straight into review."""
    await repo.topic(session, org_id, data.topic_id, field="topic_id")
    post = Post(org_id=org_id, author_id=author_id, **data.model_dump(mode="json", exclude={"starts_at",
                                                                                          "expires_at"}),
                starts_at=data.starts_at, expires_at=data.expires_at)
    if not roles & EDITOR_ROLES:
        await _submit_checks(session, post)
        post.status, post.submitted_at = PostStatus.in_review, utcnow()
    return await save(session, post)


async def update_post(session: AsyncSession, post: Post, data: PostUpdate) -> Post:
    if post.status not in (PostStatus.draft, PostStatus.in_review):
        raise Conflict(f"a post that is {post.status} cannot be edited; withdraw it and suggest a new one")
    changes = data.model_dump(exclude_unset=True, mode="json", exclude={"starts_at", "expires_at"})
    for name in ("topic_id", "link", "title", "variants", "priority"):
        if name in changes and changes[name] is None:
            raise Unprocessable.field(name, "may not be null")
    if "starts_at" in data.model_fields_set:
        changes["starts_at"] = data.starts_at
    if "expires_at" in data.model_fields_set:
        changes["expires_at"] = data.expires_at
    if "topic_id" in changes:
        await repo.topic(session, post.org_id, changes["topic_id"], field="topic_id")
    if apply_changes(post, changes):
        _check_window(post)
        if post.status == PostStatus.in_review:
            await _submit_checks(session, post)
        _touch(post)
        await session.flush()
    return post


def require_editor_for(action: str, roles: frozenset[str]) -> None:
    """Only an editor moves a post through review; anyone may submit their own (can_edit decides)."""
    if action != "submit" and not roles & EDITOR_ROLES:
        raise Forbidden(f"only an editor can {action} a post")


async def transition(session: AsyncSession, outbox: Outbox, post: Post, action: str, person_id: str,
                     roles: frozenset[str], note: str | None = None) -> Post:
    """The review workflow: draft → in_review → approved → published → expired/withdrawn."""
    status = effective_status(post)
    now = utcnow()
    allowed_from = {"submit": {PostStatus.draft}, "approve": {PostStatus.in_review},
                    "reject": {PostStatus.in_review}, "publish": {PostStatus.approved},
                    "withdraw": {PostStatus.draft, PostStatus.in_review, PostStatus.approved, PostStatus.published}}
    require_editor_for(action, roles)
    if action == "submit" and not can_edit(post, person_id, roles):
        raise Forbidden("only the author or an editor can submit this post")
    if status not in allowed_from[action]:
        raise Conflict(f"a post that is {status.value} cannot be {PAST[action]}")
    if action == "submit":
        await _submit_checks(session, post)
        post.status, post.submitted_at = PostStatus.in_review, now
    elif action == "approve":
        if post.author_id == person_id:
            raise Forbidden("the approver must not be the author: ask another editor to approve")
        await _submit_checks(session, post)
        post.status, post.approver_id, post.approved_at = PostStatus.approved, person_id, now
    elif action == "reject":
        post.status, post.review_note = PostStatus.draft, note
    elif action == "publish":
        post.status, post.published_at = PostStatus.published, now
    else:
        post.status, post.withdrawn_at = PostStatus.withdrawn, now
    if note is not None:
        post.review_note = note
    _touch(post)
    await session.flush()
    if action == "publish":
        await outbox.emit(session, type=events.POST_PUBLISHED, org=post.org_id, subject=post.id, data={
            "id": post.id, "topic_id": post.topic_id, "title": post.title, "published_at": now.isoformat()})
    return post


# -- shares --------------------------------------------------------------------------------------

@dataclass
class ShareOffer:
    """What an ambassador gets back: the share, and what to paste or open on the network."""

    share: Share
    short_url: str
    share_url: str | None
    text: str | None
    prefilled: bool
    locale: str


async def share_post(session: AsyncSession, outbox: Outbox, rules: OrgRules, post: Post, person_id: str,
                     network: Network, locale: str, short_link_base: str) -> ShareOffer:
    ambassador = await active_ambassador(session, post.org_id, person_id)
    if not is_live(post):
        raise Unprocessable.field("post", f"is {effective_status(post).value}, not open for sharing")
    variant = variant_text(post, network, locale)
    if variant is None:
        raise Unprocessable.field("network", f"this post has no text for {network.value}")
    text, text_locale = variant
    topic = await repo.topic(session, post.org_id, post.topic_id)
    now = utcnow()
    guardrails.enforce(guardrails.GuardrailContext(
        programme=await programme(session, post.org_id), topic=topic, link=post.link, title=post.title,
        variants=[(network, text)], local_time=local_now(rules, now),
        shares_today=await repo.shares_since(session, post.org_id, person_id, local_day_start(rules, now)),
        certifications=await repo.valid_certifications(session, post.org_id, person_id, now),
    ), guardrails.SHARE_RULES)

    account = next((a for a in ambassador.networks if a["network"] == network.value), {})
    share = await record_share(session, outbox, post, topic, person_id, network,
                               int(account.get("followers") or 0), now)
    return offer(share, post.link, text, text_locale, short_link_base, account.get("handle"))


async def record_share(session: AsyncSession, outbox: Outbox, post: Post, topic: Topic, person_id: str,
                       network: Network, potential_reach: int, at: datetime) -> Share:
    """Stores the share with its short-link code and tagged target, and announces it."""
    share = Share(id=new_id(), org_id=post.org_id, post_id=post.id, topic_id=post.topic_id, person_id=person_id,
                  network=network.value, code=new_code(), target_url="", potential_reach=potential_reach,
                  created_at=at)
    share.target_url = tagged_url(post.link, network=network.value, campaign=topic.slug, share_id=share.id)
    session.add(share)
    await session.flush()
    await outbox.emit(session, type=events.SHARE_CREATED, org=post.org_id, subject=share.id, data={
        "id": share.id, "person_id": person_id, "post_id": post.id, "topic_id": post.topic_id,
        "network": network.value, "created_at": at.isoformat(), "potential_reach": potential_reach})
    return share


def offer(share: Share, post_link: str, text: str, locale: str, short_link_base: str,
          handle: str | None = None) -> ShareOffer:
    """The short link replaces the post's link in the text; the share dialog gets the short link."""
    short = f"{short_link_base.rstrip('/')}/{share.code}"
    bare = text.replace(post_link, "").strip()
    network = Network(share.network)
    prefills = NETWORKS[network].prefills_text
    return ShareOffer(share=share, short_url=short, share_url=share_url(network, short, bare, handle),
                      text=with_link(bare, short), prefilled=prefills, locale=locale)


async def confirm_share(session: AsyncSession, share: Share) -> Share:
    if share.confirmed_at is None:
        share.confirmed_at = utcnow()
        await session.flush()
    return share


# -- flagged conversations -----------------------------------------------------------------------

async def flag_conversation(session: AsyncSession, outbox: Outbox, org_id: str, person_id: str,
                            data: ConversationCreate) -> FlaggedConversation:
    flagged = FlaggedConversation(org_id=org_id, reported_by=person_id, url=data.url, note=data.note,
                                  network=data.network.value if data.network else None)
    session.add(flagged)
    await session.flush()
    await outbox.emit(session, type=events.CONVERSATION_FLAGGED, org=org_id, subject=flagged.id, data={
        "id": flagged.id, "reported_by": person_id, "url": flagged.url,
        "created_at": flagged.created_at.isoformat()})
    return flagged


async def triage(session: AsyncSession, flagged: FlaggedConversation, person_id: str,
                 data: ConversationUpdate) -> FlaggedConversation:
    changes: dict[str, Any] = {"status": data.status.value, "handled_by": person_id}
    if "comms_note" in data.model_fields_set:
        changes["comms_note"] = data.comms_note
    if apply_changes(flagged, changes):
        _touch(flagged)
        await session.flush()
    return flagged


def not_found_unless(condition: bool, message: str) -> None:
    if not condition:
        raise NotFound(message)


def day_window(rules: OrgRules, from_date: Any, to_date: Any) -> tuple[datetime | None, datetime | None]:
    """Local calendar dates (inclusive) as a UTC half-open interval."""
    zone = ZoneInfo(rules.timezone)
    start = datetime.combine(from_date, time(0), tzinfo=zone) if from_date else None
    end = datetime.combine(to_date, time(0), tzinfo=zone) + timedelta(days=1) if to_date else None
    return start, end


def share_public(offer: ShareOffer, post: Post) -> SharePublic:
    s = offer.share
    return SharePublic(id=s.id, post_id=s.post_id, topic_id=s.topic_id, network=Network(s.network),
                       short_url=offer.short_url, tracked_url=s.target_url, share_url=offer.share_url,
                       text=offer.text, prefilled=offer.prefilled, locale=offer.locale,
                       potential_reach=s.potential_reach, created_at=s.created_at, confirmed_at=s.confirmed_at)
