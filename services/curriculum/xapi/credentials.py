"""Who may use an organisation's LRS: the keys and secrets its admins make for LMSs and content (sent by HTTP
Basic, as every LMS's xAPI settings ask for), and netwise access tokens with scope xapi:read or xapi:write.

Either way the caller is one organisation, and every statement and document it reads or writes is that
organisation's. The secret is shown once; only its SHA-256 is kept (it is 32 random bytes, so a slow hash adds
nothing), and it is compared in constant time.
"""

import base64
import binascii
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.auth import TokenVerifier
from kit.db import save
from kit.ids import utcnow
from kit.problems import Forbidden, Unauthorized
from services.curriculum.models import XapiCredential

READ, WRITE = "xapi:read", "xapi:write"
CREDENTIALS: Table = XapiCredential.__table__  # type: ignore[attr-defined]
REALM = 'Basic realm="netwise xAPI", charset="UTF-8"'


@dataclass(frozen=True)
class LrsClient:
    """A caller of the LRS: its organisation, what it may do, and the authority its statements carry."""

    org_id: str
    may_write: bool
    authority: dict[str, Any]
    credential_id: str | None = None  # None for a bearer token
    last_version: str | None = None


async def remember_version(session: AsyncSession, client: LrsClient, version: str) -> None:
    """Keeps the xAPI version a credential speaks. A request that omits the version header is refused (400) in
    that version: an LMS set up for 1.0.3 reads a 1.0.3 answer, one set up for 2.0 a 2.0.0 one."""
    if client.credential_id is None or client.last_version == version:
        return
    credential = await session.get(XapiCredential, client.credential_id)
    if credential is not None:
        credential.last_version = version
        await save(session, credential)


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


async def create(session: AsyncSession, org_id: str, name: str, write: bool) -> tuple[XapiCredential, str]:
    """A new credential and its secret (returned here once; only its hash is stored)."""
    secret = secrets.token_urlsafe(32)
    credential = XapiCredential(org_id=org_id, key=secrets.token_hex(10), secret_hash=_hash(secret), name=name,
                                scopes=[READ, WRITE] if write else [READ])
    return await save(session, credential), secret


async def revoke(session: AsyncSession, credential: XapiCredential) -> XapiCredential:
    if credential.revoked_at is None:
        credential.revoked_at = utcnow()
    return await save(session, credential)


def _refused(detail: str) -> Unauthorized:
    return Unauthorized(detail, headers={"WWW-Authenticate": REALM})


async def authenticate(session: AsyncSession, header: str, verifier: TokenVerifier, base: str) -> LrsClient:
    """The caller from `Authorization`: Basic key:secret of an unrevoked credential, or a netwise bearer token."""
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "basic":
        return await _basic(session, value.strip(), base)
    if scheme.lower() == "bearer" and value.strip():
        principal = await verifier.verify(value.strip())
        if not principal.scopes & {READ, WRITE} and "admin" not in principal.roles:
            raise Forbidden("the token needs scope xapi:read or xapi:write for the LRS")
        return LrsClient(principal.org, WRITE in principal.scopes or "admin" in principal.roles,
                         {"objectType": "Agent", "account": {"homePage": base, "name": principal.subject}})
    raise _refused("send the LRS credentials: Authorization: Basic base64(key:secret), or a bearer token")


async def _basic(session: AsyncSession, encoded: str, base: str) -> LrsClient:
    try:
        key, colon, secret = base64.b64decode(encoded, validate=True).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError):
        raise _refused("the Basic credentials are not base64 of key:secret") from None
    if not colon:
        raise _refused("the Basic credentials are not base64 of key:secret")
    # The columns, not the ORM object: this runs on every request, and nothing here changes the credential.
    credential = (await session.execute(select(
        CREDENTIALS.c.id, CREDENTIALS.c.org_id, CREDENTIALS.c.key, CREDENTIALS.c.secret_hash, CREDENTIALS.c.name,
        CREDENTIALS.c.scopes, CREDENTIALS.c.last_version, CREDENTIALS.c.revoked_at
    ).where(CREDENTIALS.c.key == key))).first()
    if credential is None or credential.revoked_at is not None or \
            not hmac.compare_digest(credential.secret_hash, _hash(secret)):
        raise _refused("unknown or revoked LRS credentials")
    return LrsClient(credential.org_id, WRITE in credential.scopes,
                     {"objectType": "Agent", "name": credential.name,
                      "account": {"homePage": base, "name": credential.key}}, credential.id, credential.last_version)
