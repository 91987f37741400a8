"""Signed links in a digest mail: share a post, or leave the programme, without signing in.

A token is `<payload>.<signature>`, both base64url: the payload is JSON naming the purpose, organisation, person
(and post and network for a share) and an expiry; the signature is an HMAC-SHA256 of the payload with
`mail_link_secret`. Anyone holding the mail can use its links, as with any unsubscribe link; nothing else can.
"""

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from kit.ids import utcnow
from services.advocacy.settings import AdvocacySettings


@dataclass(frozen=True)
class MailLink:
    purpose: str  # "share" | "leave"
    org: str
    person: str
    post: str = ""
    network: str = ""


class BadToken(ValueError):
    """Forged, damaged or expired."""


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class MailLinks:
    """Makes and reads the signed links of one service base URL."""

    base: str
    secret: str
    share_days: int = 30
    leave_days: int = 180

    @classmethod
    def of(cls, settings: AdvocacySettings, base: str) -> "MailLinks":
        return cls(base.rstrip("/"), settings.mail_link_secret.get_secret_value(), settings.mail_share_link_days,
                   settings.mail_leave_link_days)

    def _sign(self, payload: bytes) -> str:
        return _b64(hmac.new(self.secret.encode(), payload, hashlib.sha256).digest())

    def token(self, link: MailLink, at: datetime | None = None) -> str:
        days = self.leave_days if link.purpose == "leave" else self.share_days
        body: dict[str, Any] = {"p": link.purpose, "o": link.org, "u": link.person,
                                "exp": int(((at or utcnow()) + timedelta(days=days)).timestamp())}
        if link.post:
            body |= {"post": link.post, "n": link.network}
        payload = json.dumps(body, separators=(",", ":")).encode()
        return f"{_b64(payload)}.{self._sign(payload)}"

    def url(self, link: MailLink, at: datetime | None = None) -> str:
        return f"{self.base}/m/{link.purpose}/{self.token(link, at)}"

    def read(self, token: str, purpose: str) -> MailLink:
        try:
            encoded, signature = token.split(".")
            payload = _unb64(encoded)
            valid = hmac.compare_digest(self._sign(payload), signature)
            body = json.loads(payload) if valid else {}
        except (ValueError, UnicodeDecodeError):
            raise BadToken("the link is damaged") from None
        if not valid or body.get("p") != purpose:
            raise BadToken("the link is not valid")
        if int(body.get("exp", 0)) < utcnow().timestamp():
            raise BadToken("the link has expired")
        return MailLink(purpose, str(body["o"]), str(body["u"]), str(body.get("post", "")), str(body.get("n", "")))
