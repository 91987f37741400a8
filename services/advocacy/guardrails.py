"""Guardrails: small named checks run on submit and on share; every violation is reported, not just the first.

Each rule takes a `GuardrailContext` and returns the violations it finds. `SUBMIT_RULES` run when a post enters
review, `SHARE_RULES` when an ambassador shares it (then only for the chosen network).
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from kit.problems import FieldError, Unprocessable
from kit.urls import LINK_IN_TEXT, LinkError, on_domains, parse_web_link
from services.advocacy.models import Programme, Topic
from services.advocacy.networks import NETWORKS, post_length
from services.advocacy.schemas import HOLD_GUIDANCE, Network


@dataclass(frozen=True)
class Violation:
    rule: str
    network: Network | None
    message: str


@dataclass
class GuardrailContext:
    programme: Programme
    topic: Topic
    link: str
    title: str
    variants: list[tuple[Network, str]]  # (network, text) of the variants under check
    local_time: datetime | None = None  # the organisation's local time, on share
    shares_today: int = 0  # the person's shares so far today (organisation's calendar day), on share
    certifications: set[str] = field(default_factory=set)  # the sharer's valid certification keys, on share


Rule = Callable[[GuardrailContext], list[Violation]]


def character_limit(ctx: GuardrailContext) -> list[Violation]:
    found = []
    for network, text in ctx.variants:
        limit, length = NETWORKS[network].limit, post_length(network, text, ctx.link)
        if length > limit:
            how = " (links count as 23)" if network is Network.x else ""
            found.append(Violation("character_limit", network,
                                   f"{length} characters with the link{how}; {network.value} allows {limit}"))
    return found


def disclosure(ctx: GuardrailContext) -> list[Violation]:
    wanted = ctx.programme.disclosure_text
    if not wanted:
        return []
    required = set(ctx.programme.disclosure_networks)
    return [Violation("disclosure", network, f"must contain the disclosure {wanted!r}")
            for network, text in ctx.variants if network in required and wanted.lower() not in text.lower()]


def banned_terms(ctx: GuardrailContext) -> list[Violation]:
    found = []
    for network, text in [(None, ctx.title), *ctx.variants]:
        for term in ctx.programme.banned_terms:
            if re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE):
                where = "the title" if network is None else "the text"
                found.append(Violation("banned_terms", network, f"{where} contains the banned term {term!r}"))
    return found


def link_domains(ctx: GuardrailContext) -> list[Violation]:
    """Every link, in the post and in its texts, read as a browser reads it (WHATWG): its host must be on the
    allow-list, and a link with userinfo (`user@host`) or one a browser cannot read is refused whatever the list."""
    allowed = ctx.programme.allowed_link_domains
    found = []
    links = [(None, ctx.link), *[(n, url) for n, text in ctx.variants for url in LINK_IN_TEXT.findall(text)]]
    for network, url in links:
        try:
            host = parse_web_link(url).host
        except LinkError as problem:
            found.append(Violation("link_domains", network, f"the link {url[:200]!r} {problem}"))
            continue
        if allowed and not on_domains(host, allowed):
            found.append(Violation("link_domains", network,
                                   f"the link to {host!r} is not on an allowed domain ({', '.join(allowed)})"))
    return found


def sharing_hours(ctx: GuardrailContext) -> list[Violation]:
    start, end = ctx.programme.sharing_start_hour, ctx.programme.sharing_end_hour
    if ctx.local_time is None or start <= ctx.local_time.hour < end:
        return []
    return [Violation("sharing_hours", _only_network(ctx),
                      f"sharing is open {start:02d}:00-{end:02d}:00 ({ctx.local_time.tzname()}); "
                      f"it is {ctx.local_time:%H:%M} now")]


def daily_share_limit(ctx: GuardrailContext) -> list[Violation]:
    limit = ctx.programme.daily_share_limit
    if ctx.local_time is None or ctx.shares_today < limit:
        return []
    return [Violation("daily_share_limit", _only_network(ctx),
                      f"you have shared {ctx.shares_today} times today; the limit is {limit} a day")]


def topic_hold(ctx: GuardrailContext) -> list[Violation]:
    if not ctx.topic.on_hold:
        return []
    return [Violation("topic_hold", _only_network(ctx),
                      f"the topic {ctx.topic.name!r} is on hold: {ctx.topic.hold_guidance or HOLD_GUIDANCE}")]


def sensitive_certification(ctx: GuardrailContext) -> list[Violation]:
    key = ctx.topic.certification_key
    if not ctx.topic.sensitive or key in ctx.certifications:
        return []
    return [Violation("sensitive_certification", _only_network(ctx),
                      f"the topic {ctx.topic.name!r} is sensitive: sharing needs the certification {key!r}")]


def _only_network(ctx: GuardrailContext) -> Network | None:
    return ctx.variants[0][0] if len(ctx.variants) == 1 else None


SUBMIT_RULES: tuple[Rule, ...] = (character_limit, disclosure, banned_terms, link_domains)
SHARE_RULES: tuple[Rule, ...] = (*SUBMIT_RULES, sharing_hours, daily_share_limit, topic_hold,
                                 sensitive_certification)


def check(ctx: GuardrailContext, rules: tuple[Rule, ...]) -> list[Violation]:
    return [violation for rule in rules for violation in rule(ctx)]


def enforce(ctx: GuardrailContext, rules: tuple[Rule, ...]) -> None:
    """Raises a 422 listing every violation; `field` names the rule and, where it applies, the network."""
    violations = check(ctx, rules)
    if violations:
        raise Unprocessable(
            f"{len(violations)} guardrail(s) failed: " + "; ".join(v.message for v in violations[:5]),
            title="Guardrails failed",
            errors=[FieldError(field=f"{v.rule}.{v.network.value}" if v.network else v.rule, message=v.message)
                    for v in violations])
