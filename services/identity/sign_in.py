"""People sign in with the account their organisation already has.

identity is an OAuth 2.1 authorization server for first-party SPAs (public clients: exact redirect URIs, PKCE
S256) that federates to the organisation's OpenID provider: authorize → the provider (state, nonce, PKCE) →
callback (the ID token checked) → the person → a one-time code → tokens (a short access token and a rotating
refresh token; a refresh token used twice revokes its whole family). An app that holds the provider's ID token
exchanges it for a netwise token (RFC 8693) under the same checks.

Errors are OAuthError (RFC 6749 §5.2 / §4.1.2.1): the routers answer them as the protocol says, never a 500.
"""

import secrets
import time
import warnings
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from fastapi.responses import JSONResponse
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from sqlmodel import col, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.db import remove, save
from kit.events import Outbox
from kit.ids import new_id, utcnow
from kit.problems import Unprocessable
from services.identity import keys, service
from services.identity import repositories as repo
from services.identity.group_mappings import follow_groups, maps_groups
from services.identity.models import (
    AppClient,
    AuthorizationCode,
    IdentityProvider,
    Organisation,
    Person,
    PersonLogin,
    RefreshToken,
    SignInRequest,
)
from services.identity.schemas import (
    IdentifyBy,
    IdentityProviderPublic,
    IdentityProviderSet,
    JobFunction,
    PersonCreate,
    PersonStatus,
    Role,
    SignInTokens,
)
from services.identity.settings import IdentitySettings

with warnings.catch_warnings():  # Authlib nudges towards the httpx2 fork; this project standardises on httpx
    warnings.simplefilter("ignore", DeprecationWarning)
    from authlib.integrations.httpx_client import AsyncOAuth2Client

CODE_TTL = timedelta(seconds=60)
ID_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:id_token"
ACCESS_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token"
TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange"
SIGNING_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"]
PROVIDER_CACHE_SECONDS = 300.0
# What fetching a provider's document can raise: no answer, a bad answer, or a URL httpx will not send.
FETCH_ERRORS = (httpx.HTTPError, httpx.InvalidURL, ValueError)


# Token responses and errors of the OAuth endpoints are never cached (RFC 6749 5.1).
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


class OAuthError(Exception):
    """An OAuth error response: `error` from the protocol's registry, and a description for the developer."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.error = error
        self.description = description
        self.status = status

    def response(self, headers: dict[str, str] | None = None) -> JSONResponse:
        """The RFC 6749 error body, never cached; `headers` adds e.g. a `WWW-Authenticate` challenge."""
        return JSONResponse({"error": self.error, "error_description": self.description}, status_code=self.status,
                            headers={**NO_STORE, **(headers or {})})


def callback_url(settings: IdentitySettings) -> str:
    """Where the provider sends people back: identity's public URL (its issuer) + the callback path."""
    return f"{settings.issuer.rstrip('/')}/v1/oauth/callback"


# -- the organisation's provider --------------------------------------------------------------------------------

class Providers:
    """The providers' discovery documents and signing keys, fetched over HTTPS and kept a few minutes."""

    def __init__(self, timeout: float = 10.0) -> None:
        self.timeout = timeout
        self._cache: dict[str, tuple[float, Any]] = {}

    async def _get(self, url: str) -> Any:
        cached = self._cache.get(url)
        if cached is not None and time.monotonic() - cached[0] < PROVIDER_CACHE_SECONDS:
            return cached[1]
        async with httpx.AsyncClient(timeout=self.timeout) as http:
            response = await http.get(url, headers={"Accept": "application/json"})
        response.raise_for_status()
        value = response.json()
        self._cache[url] = (time.monotonic(), value)
        return value

    async def discovery(self, issuer: str) -> dict[str, Any]:
        document = await self._get(f"{issuer.rstrip('/')}/.well-known/openid-configuration")
        if not isinstance(document, dict) or document.get("issuer") != issuer:
            raise ValueError(f"its discovery document names another issuer ({document.get('issuer')!r})"
                             if isinstance(document, dict) else "its discovery document is not a JSON object")
        for endpoint in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
            if not isinstance(document.get(endpoint), str):
                raise ValueError(f"its discovery document has no {endpoint}")
        return document

    async def keys(self, jwks_uri: str) -> KeySet:
        return KeySet.import_key_set(await self._get(jwks_uri))

    def forget(self, url: str) -> None:
        self._cache.pop(url, None)


async def set_provider(session: AsyncSession, providers: Providers, settings: IdentitySettings, org_id: str,
                       data: IdentityProviderSet) -> IdentityProvider:
    """Saves the organisation's provider once its discovery document answers for that issuer."""
    issuer = data.issuer
    if urlsplit(issuer).scheme != "https" and settings.mode != "embedded":
        raise Unprocessable.field("issuer", "must be an https URL")
    try:
        await providers.discovery(issuer)
    except FETCH_ERRORS as exc:
        raise Unprocessable.field("issuer", f"no OpenID provider answers at {issuer}/.well-known/"
                                  f"openid-configuration ({exc})") from exc
    for unit_id in set(data.group_units.values()):
        await repo.org_unit(session, org_id, unit_id, field="group_units")
    provider = await session.get(IdentityProvider, org_id)
    if provider is None:
        if data.client_secret is None:
            raise Unprocessable.field("client_secret", "is required for a new provider")
        provider = IdentityProvider(org_id=org_id, issuer=issuer, client_id=data.client_id,
                                    client_secret=data.client_secret, version=0)
    values = data.model_dump(exclude={"client_secret"})
    values["scopes"] = sorted(set(data.scopes) | {"openid"})
    for name, value in values.items():
        setattr(provider, name, value)
    if data.client_secret is not None:
        provider.client_secret = data.client_secret
    provider.updated_at = utcnow()
    provider.version += 1
    return await save(session, provider)


async def remove_provider(session: AsyncSession, provider: IdentityProvider) -> None:
    await remove(session, provider)


def public_provider(provider: IdentityProvider, settings: IdentitySettings) -> IdentityProviderPublic:
    return IdentityProviderPublic(**provider.model_dump(exclude={"client_secret", "org_id"}),
                                  client_secret_set=bool(provider.client_secret), callback_url=callback_url(settings))


async def register_app(session: AsyncSession, *, name: str, redirect_uris: list[str]) -> AppClient:
    """A first-party SPA (an operator's task): its client_id, and the exact URIs people may be sent back to."""
    if not redirect_uris:
        raise Unprocessable.field("redirect_uris", "at least one is needed")
    for uri in redirect_uris:
        parts = urlsplit(uri)
        local = parts.hostname in ("localhost", "127.0.0.1", "::1")
        if parts.scheme not in ("https", "http") or (parts.scheme == "http" and not local) or parts.fragment:
            raise Unprocessable.field("redirect_uris", f"{uri} must be an https URL without a fragment (http only "
                                      "for localhost)")
    app = AppClient(id=f"app_{secrets.token_hex(12)}", name=name, redirect_uris=redirect_uris)
    return await save(session, app)


# -- authorize → provider → callback → code ---------------------------------------------------------------------

@dataclass
class AuthorizeRequest:
    client_id: str | None
    redirect_uri: str | None
    response_type: str | None
    code_challenge: str | None
    code_challenge_method: str | None
    state: str | None
    org: str | None
    login_hint: str | None


async def registered_client(session: AsyncSession, client_id: str | None, redirect_uri: str | None) -> AppClient:
    """The SPA and its exactly registered redirect URI; otherwise the error is shown, never redirected to."""
    client = await session.get(AppClient, client_id) if client_id else None
    if client is None:
        raise OAuthError("invalid_client", "unknown client_id")
    if redirect_uri not in client.redirect_uris:
        raise OAuthError("invalid_request", "redirect_uri is not one this client registered")
    return client


async def start_sign_in(session: AsyncSession, providers: Providers, settings: IdentitySettings,
                        request: AuthorizeRequest) -> str:
    """The provider's authorization URL for this request; OAuthError for the SPA's redirect URI otherwise."""
    if request.response_type != "code":
        raise OAuthError("unsupported_response_type", "response_type must be code")
    if not request.code_challenge or request.code_challenge_method != "S256":
        raise OAuthError("invalid_request", "PKCE is required: code_challenge with code_challenge_method=S256")
    if not 43 <= len(request.code_challenge) <= 128:
        raise OAuthError("invalid_request", "code_challenge must be 43 to 128 characters")
    org = await _organisation_of(session, request.org, request.login_hint)
    provider = await session.get(IdentityProvider, org.id)
    if provider is None:
        raise OAuthError("access_denied", f"{org.slug} has no identity provider to sign in with yet")
    try:
        discovery = await providers.discovery(provider.issuer)
    except FETCH_ERRORS as exc:
        raise OAuthError("temporarily_unavailable", f"the organisation's identity provider does not answer "
                         f"({type(exc).__name__})") from exc
    state, nonce, verifier = secrets.token_urlsafe(32), secrets.token_urlsafe(32), secrets.token_urlsafe(64)
    assert request.client_id is not None and request.redirect_uri is not None
    session.add(SignInRequest(state=state, org_id=org.id, client_id=request.client_id,
                              redirect_uri=request.redirect_uri, code_challenge=request.code_challenge,
                              client_state=request.state, nonce=nonce, provider_verifier=verifier,
                              expires_at=utcnow() + timedelta(seconds=settings.sign_in_timeout_seconds)))
    await session.flush()
    client = AsyncOAuth2Client(provider.client_id, scope=" ".join(provider.scopes),
                               redirect_uri=callback_url(settings), code_challenge_method="S256")
    extra = {"login_hint": request.login_hint} if request.login_hint else {}
    url, _ = client.create_authorization_url(discovery["authorization_endpoint"], state=state, nonce=nonce,
                                             code_verifier=verifier, **extra)
    return str(url)


async def _organisation_of(session: AsyncSession, slug: str | None, login_hint: str | None) -> Organisation:
    if slug:
        org = await repo.organisation_by_slug(session, slug)
        if org is None:
            raise OAuthError("invalid_request", f"no organisation {slug!r}")
        return org
    domain = (login_hint or "").rpartition("@")[2].lower()
    if domain:
        providers = (await session.exec(select(IdentityProvider))).all()
        matches = [p.org_id for p in providers if domain in p.allowed_domains]
        if len(matches) == 1:
            return await repo.organisation(session, matches[0])
    raise OAuthError("invalid_request", "say which organisation: org=<slug>, or a login_hint whose e-mail domain "
                     "one organisation's provider allows")


@dataclass
class Finished:
    redirect_uri: str
    params: dict[str, str]

    @property
    def location(self) -> str:
        separator = "&" if urlsplit(self.redirect_uri).query else "?"
        return f"{self.redirect_uri}{separator}{urlencode(self.params)}"


async def pending_sign_in(session: AsyncSession, state: str | None) -> SignInRequest:
    pending = await session.get(SignInRequest, state) if state else None
    if pending is None or pending.expires_at <= utcnow():
        raise OAuthError("invalid_request", "unknown or expired sign-in (state); start again from the app")
    return pending


async def finish_sign_in(session: AsyncSession, outbox: Outbox, providers: Providers, settings: IdentitySettings,
                         pending: SignInRequest, code: str | None, error: str | None) -> Finished:
    """The provider came back: the person it vouches for gets a one-time code for the SPA."""
    await session.delete(pending)  # one use, whatever happens next
    reply = {"iss": settings.issuer, **({"state": pending.client_state} if pending.client_state else {})}
    try:
        if error or not code:
            raise OAuthError("access_denied", f"the identity provider refused: {error or 'no code'}")
        provider = await session.get(IdentityProvider, pending.org_id)
        if provider is None:
            raise OAuthError("access_denied", "the organisation no longer has an identity provider")
        id_token = await _redeem_at_provider(providers, settings, provider, code, pending.provider_verifier)
        person = await _person_for(session, outbox, providers, provider, id_token, nonce=pending.nonce)
    except OAuthError as exc:
        return Finished(pending.redirect_uri, {"error": exc.error, "error_description": exc.description, **reply})
    one_time = secrets.token_urlsafe(32)
    session.add(AuthorizationCode(code_hash=service.hash_secret(one_time), org_id=person.org_id, person_id=person.id,
                                  client_id=pending.client_id, redirect_uri=pending.redirect_uri,
                                  code_challenge=pending.code_challenge, expires_at=utcnow() + CODE_TTL))
    await session.flush()
    return Finished(pending.redirect_uri, {"code": one_time, **reply})


async def _redeem_at_provider(providers: Providers, settings: IdentitySettings, provider: IdentityProvider,
                              code: str, verifier: str) -> str:
    discovery = await providers.discovery(provider.issuer)
    async with AsyncOAuth2Client(provider.client_id, provider.client_secret, redirect_uri=callback_url(settings),
                                 timeout=10) as client:
        try:
            token = await client.fetch_token(discovery["token_endpoint"], code=code, code_verifier=verifier,
                                             grant_type="authorization_code")
        except Exception as exc:  # Authlib raises its OAuthError or httpx's; either way the provider said no
            raise OAuthError("access_denied", f"the identity provider did not accept the code ({exc})") from exc
    id_token = token.get("id_token")
    if not isinstance(id_token, str):
        raise OAuthError("access_denied", "the identity provider sent no ID token")
    return id_token


async def verified_claims(providers: Providers, provider: IdentityProvider, id_token: str, *,
                          nonce: str | None) -> dict[str, Any]:
    """The ID token's claims once its signature (the provider's keys), `iss`, `aud`, `exp` and `nonce` hold."""
    try:
        discovery = await providers.discovery(provider.issuer)
        key_set = await providers.keys(discovery["jwks_uri"])
        try:
            token = jwt.decode(id_token, key_set, algorithms=SIGNING_ALGORITHMS)
        except JoseError:  # the provider may have rotated its keys since they were fetched
            providers.forget(discovery["jwks_uri"])
            token = jwt.decode(id_token, await providers.keys(discovery["jwks_uri"]), algorithms=SIGNING_ALGORITHMS)
        rules: dict[str, Any] = {"iss": {"essential": True, "value": provider.issuer},
                                 "aud": {"essential": True, "value": provider.client_id},
                                 "exp": {"essential": True}, "sub": {"essential": True}}
        if nonce is not None:
            rules["nonce"] = {"essential": True, "value": nonce}
        jwt.JWTClaimsRegistry(leeway=60, **rules).validate(token.claims)
    except (JoseError, ValueError) as exc:
        raise OAuthError("access_denied" if nonce is not None else "invalid_grant",
                         f"the ID token does not hold: {exc}") from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise OAuthError("temporarily_unavailable", "the identity provider's keys cannot be fetched") from exc
    claims = dict(token.claims)
    azp = claims.get("azp")
    if isinstance(claims.get("aud"), list) and len(claims["aud"]) > 1 and azp != provider.client_id:
        raise OAuthError("access_denied", "the ID token was issued to another party (azp)")
    return claims


async def _person_for(session: AsyncSession, outbox: Outbox, providers: Providers, provider: IdentityProvider,
                      id_token: str, *, nonce: str | None) -> Person:
    claims = await verified_claims(providers, provider, id_token, nonce=nonce)
    person = await _match(session, outbox, provider, claims)
    if person.status != PersonStatus.active:
        raise OAuthError("access_denied", "this person is deactivated")
    return await _apply_groups(session, outbox, provider, person, claims)


async def _match(session: AsyncSession, outbox: Outbox, provider: IdentityProvider, claims: dict[str, Any]) -> Person:
    subject = str(claims["sub"])
    if provider.identify_by == IdentifyBy.subject:
        login = await session.get(PersonLogin, (provider.issuer, subject))
        if login is not None and login.org_id == provider.org_id:
            return await repo.person(session, provider.org_id, login.person_id)
    email = claims.get("email")
    if not isinstance(email, str) or claims.get("email_verified") is not True:
        raise OAuthError("access_denied", "the identity provider vouches for no verified e-mail address")
    email = email.lower()
    if provider.allowed_domains and email.rpartition("@")[2] not in provider.allowed_domains:
        raise OAuthError("access_denied", f"{email} is not of a domain this organisation allows")
    person = await repo.person_by_email(session, provider.org_id, email)
    if person is None:
        if not provider.create_unknown:
            raise OAuthError("access_denied", f"{email} is not a person of this organisation")
        name = claims.get("name") if isinstance(claims.get("name"), str) else email.partition("@")[0]
        person = await service.create_person(session, outbox, provider.org_id, PersonCreate(
            email=email, name=str(name)[:200], job_function=JobFunction.other, roles=[Role.learner]))
    if provider.identify_by == IdentifyBy.subject:
        session.add(PersonLogin(issuer=provider.issuer, subject=subject, org_id=provider.org_id, person_id=person.id))
        await session.flush()
    return person


async def _apply_groups(session: AsyncSession, outbox: Outbox, provider: IdentityProvider, person: Person,
                        claims: dict[str, Any]) -> Person:
    """Mapped roles and unit follow the provider's groups at each sign-in."""
    if not maps_groups(provider):
        return person
    raw = claims.get(provider.group_claim, [])
    return await follow_groups(session, outbox, provider, person,
                               {str(g) for g in raw} if isinstance(raw, list) else set())


# -- tokens -----------------------------------------------------------------------------------------------------

async def redeem_code(session: AsyncSession, settings: IdentitySettings, *, code: str | None, client_id: str | None,
                      redirect_uri: str | None, code_verifier: str | None) -> SignInTokens:
    if not (code and client_id and redirect_uri and code_verifier):
        raise OAuthError("invalid_request", "code, client_id, redirect_uri and code_verifier are required")
    if await session.get(AppClient, client_id) is None:
        raise OAuthError("invalid_client", "unknown client_id", status=401)
    grant = await session.get(AuthorizationCode, service.hash_secret(code), with_for_update=True)
    if grant is None or grant.client_id != client_id:
        raise OAuthError("invalid_grant", "unknown code")
    if grant.used_at is not None:
        # A code used twice was stolen or replayed: what it gave is taken back too (RFC 9700 §4.2.1).
        if grant.family_id is not None:
            await revoke_family(session, grant.family_id)
        raise OAuthError("invalid_grant", "the code was already used")
    if grant.expires_at <= utcnow():
        raise OAuthError("invalid_grant", "the code expired")
    if grant.redirect_uri != redirect_uri:
        raise OAuthError("invalid_grant", "redirect_uri differs from the authorization request's")
    if create_s256_code_challenge(code_verifier) != grant.code_challenge:
        raise OAuthError("invalid_grant", "code_verifier does not match the code_challenge")
    person = await _active_person(session, grant.org_id, grant.person_id)
    grant.used_at = utcnow()
    grant.family_id = new_id()
    session.add(grant)
    return await _tokens(session, settings, person, client_id, family_id=grant.family_id)


async def refresh(session: AsyncSession, settings: IdentitySettings, *, refresh_token: str | None,
                  client_id: str | None) -> SignInTokens:
    if not (refresh_token and client_id):
        raise OAuthError("invalid_request", "refresh_token and client_id are required")
    token = await session.get(RefreshToken, service.hash_secret(refresh_token), with_for_update=True)
    if token is None or token.client_id != client_id or token.revoked_at is not None:
        raise OAuthError("invalid_grant", "unknown or revoked refresh token")
    if token.used_at is not None:
        await revoke_family(session, token.family_id)  # reuse: someone else holds a copy
        raise OAuthError("invalid_grant", "the refresh token was already used; every token of this sign-in is "
                         "revoked")
    if token.expires_at <= utcnow():
        raise OAuthError("invalid_grant", "the refresh token expired; sign in again")
    token.used_at = utcnow()
    session.add(token)
    try:
        person = await _active_person(session, token.org_id, token.person_id)
    except OAuthError:
        await revoke_family(session, token.family_id)
        raise
    return await _tokens(session, settings, person, client_id, family_id=token.family_id)


async def exchange(session: AsyncSession, outbox: Outbox, providers: Providers, settings: IdentitySettings, *,
                   client_id: str | None, subject_token: str | None, subject_token_type: str | None,
                   org: str | None) -> SignInTokens:
    """RFC 8693: the provider's ID token, held by a registered app, for a netwise access token."""
    if not (client_id and subject_token):
        raise OAuthError("invalid_request", "client_id and subject_token are required")
    if subject_token_type != ID_TOKEN_TYPE:
        raise OAuthError("invalid_request", f"subject_token_type must be {ID_TOKEN_TYPE}")
    if await session.get(AppClient, client_id) is None:
        raise OAuthError("invalid_client", "unknown client_id", status=401)
    try:
        organisation = await _organisation_of(session, org, None)
    except OAuthError as exc:
        raise OAuthError("invalid_request", "org=<slug> names the organisation whose provider issued the token") \
            from exc
    provider = await session.get(IdentityProvider, organisation.id)
    if provider is None:
        raise OAuthError("invalid_grant", f"{organisation.slug} has no identity provider")
    try:
        person = await _person_for(session, outbox, providers, provider, subject_token, nonce=None)
    except OAuthError as exc:
        raise OAuthError("invalid_grant", exc.description) from exc
    tokens = await _tokens(session, settings, person, client_id, family_id=None)
    tokens.issued_token_type = ACCESS_TOKEN_TYPE
    return tokens


async def revoke(session: AsyncSession, *, token: str | None, client_id: str | None) -> None:
    """RFC 7009: a refresh token (and the sign-in it belongs to) stops working; anything else is ignored."""
    found = await session.get(RefreshToken, service.hash_secret(token)) if token else None
    if found is not None and found.client_id == client_id:
        await revoke_family(session, found.family_id)


async def sign_out_everywhere(session: AsyncSession, org_id: str, person_id: str) -> None:
    await _revoke_where(session, col(RefreshToken.person_id) == person_id, col(RefreshToken.org_id) == org_id)


async def revoke_family(session: AsyncSession, family_id: str) -> None:
    await _revoke_where(session, col(RefreshToken.family_id) == family_id)


async def _revoke_where(session: AsyncSession, *conditions: Any) -> None:
    """Ends every refresh token still live that meets `conditions`."""
    await session.exec(update(RefreshToken).where(*conditions, col(RefreshToken.revoked_at).is_(None))
                       .values(revoked_at=utcnow()))
    await session.flush()


async def _active_person(session: AsyncSession, org_id: str, person_id: str) -> Person:
    person = await session.get(Person, person_id)
    if person is None or person.org_id != org_id or person.status != PersonStatus.active:
        raise OAuthError("invalid_grant", "this person may no longer sign in")
    return person


async def _tokens(session: AsyncSession, settings: IdentitySettings, person: Person, client_id: str, *,
                  family_id: str | None) -> SignInTokens:
    access = await keys.mint(session, issuer=settings.issuer, audience=settings.audience, subject=person.id,
                             org=person.org_id, client_id=client_id, roles=list(person.roles),
                             ttl_seconds=settings.sign_in_token_ttl_seconds)
    refresh_token = None
    if family_id is not None:
        refresh_token = secrets.token_urlsafe(32)
        session.add(RefreshToken(token_hash=service.hash_secret(refresh_token), family_id=family_id,
                                 org_id=person.org_id, person_id=person.id, client_id=client_id,
                                 expires_at=utcnow() + timedelta(days=settings.refresh_token_ttl_days)))
        await session.flush()
    return SignInTokens(access_token=access, expires_in=settings.sign_in_token_ttl_seconds,
                        refresh_token=refresh_token)

