"""Bearer JWT verification against identity's JWKS, and the role and scope checks built on it."""

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Annotated, Any, Protocol

import httpx2
from fastapi import Depends, Request
from fastapi.openapi.models import OAuthFlowAuthorizationCode, OAuthFlowClientCredentials, OAuthFlows
from fastapi.security import HTTPBearer, OAuth2
from joserfc import jws, jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from kit.problems import Forbidden, ServiceUnavailable, Unauthorized
from kit.recent import Recent

SIGNING_ALGORITHMS = ["ES256"]
REFETCH_MIN_INTERVAL = 10.0  # an unknown kid may not make us hammer identity


@dataclass(frozen=True)
class Principal:
    """Who is calling: a person (roles) or an integration client (scopes), always inside one org."""

    org: str
    subject: str
    roles: frozenset[str] = field(default_factory=frozenset)
    scopes: frozenset[str] = field(default_factory=frozenset)
    kind: str = "person"  # "person" or "client"
    token_id: str | None = None
    client_id: str | None = None  # the OAuth client the token was issued to (for a client: itself)

    @property
    def is_client(self) -> bool:
        return self.kind == "client"

    def has_any(self, roles: Iterable[str] = (), scopes: Iterable[str] = ()) -> bool:
        return bool(self.roles & set(roles)) or bool(self.scopes & set(scopes))


class KeySource(Protocol):
    async def keys(self, refresh: bool = False) -> KeySet: ...


class JWKSCache:
    """Keys fetched from a JWKS URL, kept for `ttl` seconds and re-fetched when a token names an unknown kid."""

    def __init__(self, url: str, ttl: float = 300, client: httpx2.AsyncClient | None = None) -> None:
        self.url = url
        self.ttl = ttl
        self._client = client
        self._keys: KeySet | None = None
        self._fetched_at = 0.0
        self._lock = asyncio.Lock()

    async def keys(self, refresh: bool = False) -> KeySet:
        age = time.monotonic() - self._fetched_at
        stale = self._keys is None or age > self.ttl or (refresh and age > REFETCH_MIN_INTERVAL)
        if stale:
            async with self._lock:
                age = time.monotonic() - self._fetched_at
                if self._keys is None or age > self.ttl or (refresh and age > REFETCH_MIN_INTERVAL):
                    await self._fetch()
        assert self._keys is not None
        return self._keys

    async def _fetch(self) -> None:
        try:
            if self._client is not None:
                response = await self._client.get(self.url, timeout=5)
            else:
                async with httpx2.AsyncClient(timeout=5) as client:
                    response = await client.get(self.url)
            response.raise_for_status()
            self._keys = KeySet.import_key_set(response.json())
            self._fetched_at = time.monotonic()
        except (httpx2.HTTPError, ValueError, JoseError) as exc:
            if self._keys is None:
                # Nobody's token can be checked: that is an outage, not the caller's fault.
                raise ServiceUnavailable(f"signing keys are not available from {self.url}: {exc}") from exc
            # Keep serving with the keys we have; identity being briefly down must not log everyone out.


class StaticKeys:
    """A fixed key set: identity verifies its own tokens this way, and tests use it."""

    def __init__(self, loader: Callable[[], Awaitable[KeySet]]) -> None:
        self._loader = loader

    async def keys(self, refresh: bool = False) -> KeySet:
        return await self._loader()


MayAct = Callable[[str, str, str], Awaitable[bool]]
"""`may_act(kind, org, id)`: False when the person ("person") is deactivated or the client ("client") revoked;
True when active or not known (a projection that has not heard of them yet cannot refuse them)."""

# RFC 6750 §3.1: the client learns that this token, not its request, is the problem.
INVALID_TOKEN = {"WWW-Authenticate": 'Bearer realm="netwise", error="invalid_token"'}


class StatusCheck:
    """Refuses a still-valid token whose person is deactivated or whose client is revoked.

    Each person's and client's standing is read through `may_act` at most once per `ttl` seconds (a few: that
    is how late another replica may notice a change), so a request costs no query beyond this cache; `forget`
    drops an entry at once when this process hears of the change.
    """

    def __init__(self, may_act: MayAct, ttl: float = 5.0) -> None:
        self._may_act = may_act
        self._standing: Recent[tuple[str, str, str], bool] = Recent(ttl)

    async def check(self, principal: Principal) -> None:
        if principal.kind == "person" and not await self._active("person", principal.org, principal.subject):
            raise Unauthorized("the token is no longer valid: its person is deactivated", headers=INVALID_TOKEN)
        if principal.client_id and not await self._active("client", principal.org, principal.client_id):
            raise Unauthorized("the token is no longer valid: its client is revoked", headers=INVALID_TOKEN)

    async def _active(self, kind: str, org: str, subject: str) -> bool:
        return await self._standing.get((kind, org, subject), lambda: self._may_act(kind, org, subject))

    def forget(self, kind: str, org: str, subject: str) -> None:
        self._standing.forget((kind, org, subject))


class TokenVerifier:
    def __init__(self, keys: KeySource, *, issuer: str, audience: str, status: StatusCheck | None = None) -> None:
        self.key_source = keys
        self.issuer = issuer
        self.audience = audience
        self.status = status  # None: signature and claims only (the gateway; services check standing too)
        self._claims = jwt.JWTClaimsRegistry(
            leeway=30,
            exp={"essential": True},
            iat={"essential": True},
            sub={"essential": True},
            org={"essential": True},
            aud={"essential": True, "value": audience},
            iss={"essential": True, "value": issuer},
        )
        self._verified: dict[str, tuple[Principal, float]] = {}  # token -> (principal, remembered until)

    # A verified token is remembered for at most this long (and never past its expiry): a signature check costs
    # more than the rest of a cached read. It adds no exposure: a key withdrawn from the JWKS is only noticed
    # when the JWKS cache (longer than this) is reloaded anyway. Standing (deactivation) is checked every time.
    REMEMBER_SECONDS = 60.0
    MAX_REMEMBERED = 10_000

    async def verify(self, token: str) -> Principal:
        now = time.time()
        remembered = self._verified.get(token)
        if remembered is not None and remembered[1] > now:
            principal = remembered[0]
        else:
            principal, expires_at = await self._verify_signature_and_claims(token)
            if len(self._verified) >= self.MAX_REMEMBERED:
                self._verified = {k: v for k, v in self._verified.items() if v[1] > now}
                if len(self._verified) >= self.MAX_REMEMBERED:
                    self._verified.clear()
            self._verified[token] = (principal, min(expires_at, now + self.REMEMBER_SECONDS))
        if self.status is not None:
            await self.status.check(principal)
        return principal

    async def _verify_signature_and_claims(self, token: str) -> tuple[Principal, float]:
        try:
            header = jws.extract_compact(token.encode()).protected
        except (JoseError, ValueError, UnicodeError) as exc:
            raise Unauthorized("the bearer token is not a well-formed JWT") from exc
        if header.get("alg") not in SIGNING_ALGORITHMS:
            raise Unauthorized(f"token algorithm {header.get('alg')!r} is not accepted")
        kid = header.get("kid")
        if not isinstance(kid, str):
            raise Unauthorized("the token names no signing key (kid)")
        keys = await self.key_source.keys()
        if not _has_kid(keys, kid):
            keys = await self.key_source.keys(refresh=True)
            if not _has_kid(keys, kid):
                raise Unauthorized("the token is signed by an unknown key")
        try:
            decoded = jwt.decode(token, keys, algorithms=SIGNING_ALGORITHMS)
        except (JoseError, ValueError) as exc:
            raise Unauthorized("the token signature is not valid") from exc
        try:
            self._claims.validate(decoded.claims)
        except JoseError as exc:
            raise Unauthorized(f"the token is not acceptable: {exc.description or exc.error}") from exc
        return principal_from_claims(decoded.claims), float(decoded.claims["exp"])


def _has_kid(keys: KeySet, kid: str) -> bool:
    return any(key.kid == kid for key in keys.keys)


def principal_from_claims(claims: dict[str, Any]) -> Principal:
    scope = claims.get("scope") or ""
    roles = claims.get("roles") or []
    if not isinstance(scope, str) or not isinstance(roles, list):
        raise Unauthorized("the token's scope or roles claim has the wrong type")
    return Principal(
        org=str(claims["org"]),
        subject=str(claims["sub"]),
        roles=frozenset(str(r) for r in roles),
        scopes=frozenset(scope.split()),
        kind="client" if claims.get("client_id") == claims.get("sub") else "person",
        token_id=claims.get("jti"),
        client_id=str(claims["client_id"]) if claims.get("client_id") else None,
    )


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("send a bearer token: Authorization: Bearer <token>")
    return token.strip()


# The ways to hold a token, declared in the OpenAPI document (and Swagger UI's Authorize) by kit.contract: a
# person's token pasted as a bearer token or got by signing in, and an integration client's from client credentials.
# They only describe the `Authorization` header, which `bearer_token` reads: they are no dependencies, whose solving
# on every request cost a tenth of a list's CPU.
TOKEN_URL = "/identity/v1/oauth/token"  # as the gateway serves it; the docs are read through the gateway
AUTHORIZE_URL = "/identity/v1/oauth/authorize"
person_token = HTTPBearer(
    scheme_name="bearer", bearerFormat="JWT", auto_error=False,
    description="A person's access token (JWT). In the embedded mode `netwise token --email …` mints one.")
client_token = OAuth2(
    scheme_name="oauth2", auto_error=False,
    flows=OAuthFlows(clientCredentials=OAuthFlowClientCredentials(tokenUrl=TOKEN_URL, scopes={})),
    description="An integration client's token: client credentials exchanged at the token endpoint.")
sign_in_token = OAuth2(
    scheme_name="signIn", auto_error=False,
    flows=OAuthFlows(authorizationCode=OAuthFlowAuthorizationCode(
        authorizationUrl=AUTHORIZE_URL, tokenUrl=TOKEN_URL, refreshUrl=TOKEN_URL, scopes={})),
    description="A person signed in through their organisation's identity provider: the authorization code flow "
    "with PKCE (S256) of a registered app, no client secret. Add `login_hint` (an e-mail) or `org` to the "
    "authorization request; the token's roles are the person's.")


TOKEN_SCHEMES = (person_token, sign_in_token, client_token)


async def current_principal(request: Request) -> Principal:
    return await principal_of(request)


PRINCIPAL = "netwise.principal"  # where principal_of keeps the request's verified principal (in its ASGI scope)


async def principal_of(request: Request) -> Principal:
    """The caller, verified once per request. For a dependency of a route whose access is declared already
    (`require`, `Authenticated`): as a plain call it spares FastAPI solving current_principal's own dependencies
    again beneath it (FastAPI's cache spares the call, not the solving)."""
    principal: Principal | None = request.scope.get(PRINCIPAL)
    if principal is None:
        verifier: TokenVerifier = request.app.state.verifier
        principal = request.scope[PRINCIPAL] = await verifier.verify(bearer_token(request))
    return principal


Authenticated = Annotated[Principal, Depends(current_principal)]


async def person_only(principal: Authenticated) -> Principal:
    """A person's token, whatever their roles; an integration client's is refused."""
    if principal.is_client:
        raise Forbidden("this needs a person's token, not an integration client's")
    return principal


Person = Annotated[Principal, Depends(person_only)]


@dataclass(frozen=True)
class Access:
    """Who may call an operation: a person with any of `roles`, or a client with any of `scopes`."""

    roles: frozenset[str]
    scopes: frozenset[str]

    async def principal(self, request: Request) -> Principal:
        """The caller, if this access lets them through; else 403 naming what it needs."""
        principal = await principal_of(request)
        if not principal.has_any(self.roles, self.scopes):
            wanted = " or ".join(
                part for part in (
                    f"role {', '.join(sorted(self.roles))}" if self.roles else "",
                    f"scope {', '.join(sorted(self.scopes))}" if self.scopes else "",
                ) if part
            )
            raise Forbidden(f"this needs {wanted}")
        return principal


def required_access(call: Any) -> Access | None:
    """The access a dependency made by `require` checks; None for any other callable."""
    access = getattr(call, "access", None)
    return access if isinstance(access, Access) else None


def access_of(alias: Any) -> Access:
    """The access an alias `Annotated[Principal, require(...)]` checks, for code that runs without FastAPI's
    solving (a shortcut): `access_of(Editor).principal(request)`."""
    for metadata in getattr(alias, "__metadata__", ()):
        access = required_access(getattr(metadata, "dependency", None))
        if access is not None:
            return access
    raise TypeError(f"{alias!r} is no alias of a `require(...)` dependency")


def require(*, roles: Iterable[str] = (), scopes: Iterable[str] = ()) -> Any:
    """A dependency that lets through a person with any of `roles` or a client with any of `scopes`."""
    access = Access(frozenset(roles), frozenset(scopes))

    # The principal by a plain call, not a dependency beneath this one: one level less of FastAPI's solving.
    async def check(request: Request) -> Principal:
        return await access.principal(request)

    check.access = access  # type: ignore[attr-defined]  # read by the OpenAPI document
    return Depends(check)
