"""Tokens for service tests: a signing key of the test's own, served to the app as its key source."""

import time
import uuid

from joserfc import jwt
from joserfc.jwk import ECKey, KeySet

from kit.auth import StaticKeys

ISSUER = "http://127.0.0.1:8001"
AUDIENCE = "netwise"


class TestIssuer:
    """Mints tokens the way identity does; pass `key_source` to a service's create_app."""

    def __init__(self) -> None:
        self.kid = uuid.uuid4().hex
        self.key = ECKey.generate_key("P-256", parameters={"kid": self.kid, "use": "sig", "alg": "ES256"})
        keyset = KeySet([self.key])

        async def load() -> KeySet:
            return keyset

        self.key_source = StaticKeys(load)

    def token(self, *, org: str, subject: str, roles: list[str] | None = None, scopes: list[str] | None = None,
              client: bool = False, ttl: int = 600) -> str:
        now = int(time.time())
        claims = {"iss": ISSUER, "aud": AUDIENCE, "sub": subject, "org": org,
                  "client_id": subject if client else "netwise-cli", "roles": roles or [],
                  "scope": " ".join(scopes or []), "iat": now, "exp": now + ttl, "jti": uuid.uuid4().hex}
        return jwt.encode({"alg": "ES256", "kid": self.kid, "typ": "at+jwt"}, claims, self.key)

    def headers(self, **kwargs: object) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(**kwargs)}"}  # type: ignore[arg-type]
