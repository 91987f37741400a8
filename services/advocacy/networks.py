"""What advocacy knows about each social network: text limits, how links count, and its share dialog."""

import re
import secrets
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from services.advocacy.schemas import Network

URL_PATTERN = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
X_LINK_LENGTH = 23  # X shortens every link to t.co, which counts 23 characters whatever the URL


@dataclass(frozen=True)
class NetworkRules:
    limit: int
    prefills_text: bool  # whether its share dialog can carry our text (Meta's policy forbids it on Facebook)


NETWORKS: dict[Network, NetworkRules] = {
    Network.x: NetworkRules(280, True),
    Network.linkedin: NetworkRules(3000, False),
    Network.facebook: NetworkRules(63206, False),
    Network.instagram: NetworkRules(2200, False),
    Network.threads: NetworkRules(500, True),
    Network.bluesky: NetworkRules(300, True),
    Network.mastodon: NetworkRules(500, True),
}


def post_length(network: Network, text: str, link: str) -> int:
    """Characters the network counts for `text` followed by the link: on X every URL counts as 23."""
    full = f"{text} {link}"
    if network is Network.x:
        return len(URL_PATTERN.sub("x" * X_LINK_LENGTH, full))
    return len(full)


def with_link(text: str, link: str) -> str:
    """The text to post: the link appended unless the text already contains it."""
    return text if link in text else f"{text.rstrip()} {link}"


def share_url(network: Network, link: str, text: str, handle: str | None = None) -> str | None:
    """The network's share dialog for `link`, pre-filled with `text` only where the network allows it."""
    q = lambda value: quote(value, safe="")  # noqa: E731
    match network:
        case Network.linkedin:
            return f"https://www.linkedin.com/sharing/share-offsite/?url={q(link)}"
        case Network.x:
            return f"https://x.com/intent/post?text={q(text)}&url={q(link)}"
        case Network.facebook:
            return f"https://www.facebook.com/sharer/sharer.php?u={q(link)}"
        case Network.threads:
            return f"https://www.threads.net/intent/post?text={q(with_link(text, link))}"
        case Network.bluesky:
            return f"https://bsky.app/intent/compose?text={q(with_link(text, link))}"
        case Network.mastodon:
            instance = _mastodon_instance(handle)
            return f"https://{instance}/share?text={q(with_link(text, link))}" if instance else None
        case _:
            return None  # Instagram has no web share dialog: the text is offered to copy


def _mastodon_instance(handle: str | None) -> str | None:
    """`@name@instance.social` -> `instance.social`; Mastodon has no central share page."""
    if not handle:
        return None
    parts = handle.lstrip("@").split("@")
    host = parts[1] if len(parts) == 2 else ""
    return host if re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", host.lower()) else None


def tagged_url(link: str, *, network: str, campaign: str, share_id: str) -> str:
    """The link with UTM parameters merged into its query (ours win over any UTM it already had)."""
    parts = urlsplit(link)
    utm = {"utm_source": network, "utm_medium": "employee_advocacy", "utm_campaign": campaign,
           "utm_content": share_id}
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in utm]
    return urlunsplit(parts._replace(query=urlencode([*query, *utm.items()])))


def new_code() -> str:
    """A short-link code: 12 URL-safe characters, 72 random bits, not guessable."""
    return secrets.token_urlsafe(9)


CODE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{8,64}$")

# Link previews and crawlers fetch a shared link without a person behind them; they never count as a click.
BOT_MARKERS = ("bot", "crawler", "spider", "slurp", "preview", "facebookexternalhit", "facebookcatalog",
               "whatsapp", "telegrambot", "discordbot", "slackbot", "linkedinbot", "twitterbot", "skypeuripreview",
               "embedly", "quora link preview", "pinterest", "redditbot", "applebot", "bingpreview", "vkshare",
               "curl/", "wget/", "python-requests", "python-httpx", "go-http-client", "headlesschrome", "okhttp")


_ANY_BOT_MARKER = re.compile("|".join(map(re.escape, BOT_MARKERS)))  # one search in C, not one per marker


def is_bot(user_agent: str) -> bool:
    """Known bots, link-preview fetchers and command-line clients; an empty User-Agent is no browser either."""
    agent = user_agent.lower().strip()
    return not agent or _ANY_BOT_MARKER.search(agent) is not None
