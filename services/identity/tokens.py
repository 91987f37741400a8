"""An access token's claims and signature (RFC 9068 JWT profile). Only joserfc: `netwise token` mints with it
without loading the app (see keys.py for the keys themselves)."""

import secrets
import time
from typing import Any

from joserfc import jwt
from joserfc.jwk import ECKey

PERSON_CLIENT_ID = "netwise-cli"  # the client a locally minted person token names (people sign in through an IdP)


def sign(private_jwk: dict[str, Any], *, issuer: str, audience: str, subject: str, org: str, client_id: str,
         ttl_seconds: int, roles: list[str] | None = None, scopes: list[str] | None = None) -> str:
    """A token signed with this key; its `alg` and `kid` are the key's own (set when keys.py made it)."""
    now = int(time.time())
    claims = {
        "iss": issuer, "aud": audience, "sub": subject, "org": org, "client_id": client_id,
        "roles": roles or [], "scope": " ".join(scopes or []),
        "iat": now, "exp": now + ttl_seconds, "jti": secrets.token_urlsafe(16),
    }
    header = {"alg": private_jwk["alg"], "kid": private_jwk["kid"], "typ": "at+jwt"}
    return jwt.encode(header, claims, ECKey.import_key(private_jwk))
