"""Signing keys and rotation, and minting access tokens (RFC 9068 JWT profile)."""

import asyncio
import json
import time
from datetime import timedelta
from typing import Any

from joserfc.jwk import ECKey, KeySet
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.auth import SIGNING_ALGORITHMS
from kit.db import Database
from kit.ids import new_id, utcnow
from services.identity import tokens
from services.identity.models import SigningKey

NEXT, CURRENT, RETIRING = "next", "current", "retiring"


def _generate(state: str) -> SigningKey:
    kid = new_id()
    key = ECKey.generate_key("P-256", parameters={"kid": kid, "use": "sig", "alg": SIGNING_ALGORITHMS[0]})
    return SigningKey(kid=kid, state=state, private_jwk=key.as_dict(private=True))


async def published_keys(session: AsyncSession) -> list[SigningKey]:
    """Keys verifiers must know: current, next, and retiring ones until their last token has expired."""
    now = utcnow()
    rows = (await session.exec(select(SigningKey).order_by(col(SigningKey.created_at)))).all()
    return [k for k in rows if k.state != RETIRING or (k.retire_at is not None and k.retire_at > now)]


async def ensure_keys(session: AsyncSession) -> SigningKey:
    """A fresh database gets a current and a next key; returns the current one."""
    keys = await published_keys(session)
    current = next((k for k in keys if k.state == CURRENT), None)
    if current is None:
        current = _generate(CURRENT)
        session.add(current)
    if not any(k.state == NEXT for k in keys):
        session.add(_generate(NEXT))
    await session.flush()
    return current


class KeyNotPublishedLongEnough(Exception):
    pass


async def rotate(session: AsyncSession, *, token_ttl_seconds: int, publish_seconds: int,
                 force: bool = False) -> SigningKey:
    """The published next key starts signing; the old one stays published until its tokens expire.

    The next key must have been in the JWKS for `publish_seconds` (the verifiers' cache time) first.
    """
    await ensure_keys(session)
    keys = await published_keys(session)
    current = next(k for k in keys if k.state == CURRENT)
    upcoming = next(k for k in keys if k.state == NEXT)
    published_for = (utcnow() - upcoming.created_at).total_seconds()
    if published_for < publish_seconds and not force:
        raise KeyNotPublishedLongEnough(
            f"the next key {upcoming.kid} has been published for {published_for:.0f}s; verifiers may cache the "
            f"JWKS for {publish_seconds}s, so wait {publish_seconds - published_for:.0f}s or force the rotation")
    current.state = RETIRING
    current.retire_at = utcnow() + timedelta(seconds=token_ttl_seconds)
    upcoming.state = CURRENT
    session.add_all([current, upcoming, _generate(NEXT)])
    await session.flush()
    return upcoming


def public_jwks(keys: list[SigningKey]) -> dict[str, Any]:
    return {"keys": [ECKey.import_key(k.private_jwk).as_dict(private=False) for k in keys]}


class LocalKeys:
    """identity's published keys from its database, reloaded at most every few seconds.

    identity verifies its own tokens with them, and serves them as the JWKS document, rendered once per load:
    the JWKS is the most asked-for URL of the platform, and a rotation (another process) shows within `ttl`.
    """

    def __init__(self, db: Database, ttl: float = 5.0) -> None:
        self.db = db
        self.ttl = ttl
        self._keys: KeySet | None = None
        self._document = b""
        self._loaded_at = 0.0
        self._lock = asyncio.Lock()

    async def _load(self, refresh: bool) -> KeySet:
        async with self._lock:
            if self._keys is None or refresh or time.monotonic() - self._loaded_at > self.ttl:
                async with self.db.transaction() as session:
                    published = await published_keys(session)
                    if not any(k.state == CURRENT for k in published):
                        await ensure_keys(session)
                        published = await published_keys(session)
                document = public_jwks(published)
                self._keys = KeySet.import_key_set(document)  # type: ignore[arg-type]
                self._document = json.dumps(document, separators=(",", ":")).encode()
                self._loaded_at = time.monotonic()
            return self._keys

    async def keys(self, refresh: bool = False) -> KeySet:
        return await self._load(refresh)

    async def document(self) -> bytes:
        """The JWKS as served: JSON bytes, current and next keys first created if the database has none."""
        await self._load(refresh=False)
        return self._document


async def mint(
    session: AsyncSession,
    *,
    issuer: str,
    audience: str,
    subject: str,
    org: str,
    client_id: str,
    ttl_seconds: int,
    roles: list[str] | None = None,
    scopes: list[str] | None = None,
) -> str:
    signing = await ensure_keys(session)
    return tokens.sign(signing.private_jwk, issuer=issuer, audience=audience, subject=subject, org=org,
                       client_id=client_id, ttl_seconds=ttl_seconds, roles=roles, scopes=scopes)
