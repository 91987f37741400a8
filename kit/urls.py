"""URLs read the way browsers read them (the WHATWG URL Standard, through the ada parser).

A check on a URL must see the host a browser will open: backslashes count as slashes, the host is
percent-decoded, lower-cased and turned into IDNA (punycode), and `user:pass@` is split off. Python's `urlsplit`
reads `https://evil.example\\@good.example/` as a link to good.example, a browser opens evil.example.
"""

import re
from dataclasses import dataclass

from ada_url import URL

# Links in free text: any http(s) scheme followed by what a browser would still take as a URL
# (`https:\\evil.example` and `https:evil.example` open evil.example too).
LINK_IN_TEXT = re.compile(r"\bhttps?:[^\s<>\"']+", re.IGNORECASE)
# The authority as a lenient, non-WHATWG parser reads it (it stops only at / ? #): an `@` in it is userinfo there.
_LENIENT_AUTHORITY = re.compile(r"^[a-z][a-z0-9+.-]*:[/\\]*([^/?#]*)", re.IGNORECASE)


@dataclass(frozen=True)
class WebLink:
    href: str  # the WHATWG serialisation: what a browser will request
    host: str  # lower-case ASCII (IDNA), no trailing dot; an IPv6 address keeps its brackets


class LinkError(ValueError):
    """A URL a person must fix; the message says what is wrong with it."""


def parse_web_link(url: str) -> WebLink:
    """An http(s) URL with a host and no userinfo, read as a browser reads it; else a LinkError."""
    try:
        parsed = URL(url)
    except ValueError:
        raise LinkError("is not a valid URL") from None
    if parsed.protocol not in ("http:", "https:"):
        raise LinkError("must be an http(s) URL")
    # Userinfo is refused outright, in the WHATWG reading and in any lenient one: `user@` exists only to make a
    # link look as if it went somewhere else.
    lenient = _LENIENT_AUTHORITY.match(url.strip())
    if parsed.username or parsed.password or (lenient is not None and "@" in lenient.group(1)):
        raise LinkError("must not contain a user name or password (user@host)")
    host = parsed.hostname.rstrip(".")
    if not host:
        raise LinkError("has no host")
    return WebLink(href=parsed.href, host=host)


def on_domains(host: str, domains: list[str]) -> bool:
    """Whether `host` is one of `domains` or a subdomain of one (domains in ASCII, compared case-insensitively)."""
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in (d.lower().rstrip(".") for d in domains))
