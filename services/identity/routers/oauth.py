"""The OAuth 2.0 token endpoint (every grant) and the JWKS. Errors here follow RFC 6749 §5.2."""

import base64
import binascii
from typing import Annotated, Any
from urllib.parse import unquote

from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, Response

from kit.app import OutboxDep
from kit.db import SessionDep
from kit.inputs import NUL, checks_nul_itself, nul_fields
from services.identity import keys, service, sign_in
from services.identity.deps import ProvidersDep, SettingsDep
from services.identity.schemas import JWKSet, OAuthError, SignInTokens, TokenResponse

router = APIRouter(tags=["oauth"])
PERSON_GRANTS = ("authorization_code", "refresh_token", sign_in.TOKEN_EXCHANGE)
NO_STORE = sign_in.NO_STORE


def _error(status: int, error: str, description: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return sign_in.OAuthError(error, description, status).response(headers)


def _basic_credentials(request: Request) -> tuple[str, str] | None:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        client_id, sep, secret = base64.b64decode(value, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return ("", "")
    # RFC 6749 §2.3.1: both parts are form-urlencoded before base64.
    return (unquote(client_id), unquote(secret)) if sep else ("", "")


@router.post(
    "/v1/oauth/token",
    response_model=TokenResponse | SignInTokens,
    summary="Get an access token: client credentials, authorization code + PKCE, refresh token, token exchange",
    description="Form body by `grant_type`:\n\n"
    "- `client_credentials` (integrations): optional `scope`; client authentication by HTTP Basic or "
    "`client_id` + `client_secret`.\n"
    "- `authorization_code` (SPAs, after `/v1/oauth/authorize`): `code`, `redirect_uri`, `client_id`, "
    "`code_verifier`. Gives an access token and a refresh token.\n"
    "- `refresh_token`: `refresh_token`, `client_id`. Gives a new pair; the one sent is spent, and sending a spent "
    "one again revokes every token of that sign-in.\n"
    f"- `{sign_in.TOKEN_EXCHANGE}` (RFC 8693): `client_id`, `subject_token` (the organisation's provider's ID "
    f"token), `subject_token_type={sign_in.ID_TOKEN_TYPE}`, `org` (the organisation's slug).",
    openapi_extra={"requestBody": {"content": {"application/x-www-form-urlencoded": {"examples": {
        "client_credentials": {"summary": "An integration", "value": {
            "grant_type": "client_credentials", "scope": "catalog:read enrolments:write"}},
        "authorization_code": {"summary": "An SPA, back from signing in", "value": {
            "grant_type": "authorization_code", "code": "kLq2…", "redirect_uri": "https://intranet.fjordline.example/",
            "client_id": "app_5f0c7a522f4e4d0e9a571f1c", "code_verifier": "dBjftJeZ4CVP…"}},
        "refresh_token": {"summary": "An SPA, renewing its tokens", "value": {
            "grant_type": "refresh_token", "refresh_token": "Tq8…", "client_id": "app_5f0c7a522f4e4d0e9a571f1c"}},
    }}}}},
    responses={400: {"model": OAuthError, "description": "RFC 6749 error"},
               401: {"model": OAuthError, "description": "Client authentication failed"}},
)
@checks_nul_itself  # a NUL is a malformed request in OAuth's terms: invalid_request, not problem+json
async def token(
    request: Request,
    session: SessionDep,
    outbox: OutboxDep,
    settings: SettingsDep,
    providers: ProvidersDep,
    grant_type: Annotated[str | None, Form()] = None,
    scope: Annotated[str | None, Form()] = None,
    client_id: Annotated[str | None, Form()] = None,
    client_secret: Annotated[str | None, Form()] = None,
    code: Annotated[str | None, Form()] = None,
    redirect_uri: Annotated[str | None, Form()] = None,
    code_verifier: Annotated[str | None, Form()] = None,
    refresh_token: Annotated[str | None, Form()] = None,
    subject_token: Annotated[str | None, Form()] = None,
    subject_token_type: Annotated[str | None, Form()] = None,
    org: Annotated[str | None, Form()] = None,
) -> Any:
    basic = _basic_credentials(request)
    form = {"grant_type": grant_type, "scope": scope, "client_id": client_id, "client_secret": client_secret,
            "code": code, "redirect_uri": redirect_uri, "code_verifier": code_verifier,
            "refresh_token": refresh_token, "subject_token": subject_token, "subject_token_type": subject_token_type,
            "org": org}
    malformed = nul_fields(((k, v) for k, v in form.items() if v is not None), "body")
    if basic is not None and NUL in "".join(basic):
        malformed.append("Authorization")
    if malformed:
        return _error(400, "invalid_request", f"{', '.join(malformed)} must not contain the NUL character")
    if basic is not None and (client_id or client_secret):
        return _error(400, "invalid_request", "use one client authentication method, not both")
    if grant_type is None:
        return _error(400, "invalid_request", "grant_type is missing")
    if grant_type in PERSON_GRANTS:
        if basic is not None or client_secret:
            return _error(400, "invalid_request", "apps that sign people in are public clients: send client_id "
                          "only, no secret")
        try:
            if grant_type == "authorization_code":
                tokens = await sign_in.redeem_code(session, settings, code=code, client_id=client_id,
                                                   redirect_uri=redirect_uri, code_verifier=code_verifier)
            elif grant_type == "refresh_token":
                tokens = await sign_in.refresh(session, settings, refresh_token=refresh_token, client_id=client_id)
            else:
                tokens = await sign_in.exchange(session, outbox, providers, settings,
                                                client_id=client_id, subject_token=subject_token,
                                                subject_token_type=subject_token_type, org=org)
        except sign_in.OAuthError as exc:
            return exc.response()
        return JSONResponse(tokens.model_dump(exclude_none=True), headers=NO_STORE)
    if grant_type != "client_credentials":
        return _error(400, "unsupported_grant_type", f"grant_type must be one of client_credentials, "
                      f"{', '.join(PERSON_GRANTS)}")
    cid, secret = basic if basic is not None else (client_id or "", client_secret or "")
    client = await service.authenticate_client(session, cid, secret) if cid and secret else None
    if client is None:
        challenge = {"WWW-Authenticate": 'Basic realm="netwise"'} if basic is not None else None
        return _error(401, "invalid_client", "unknown client, wrong secret or revoked client", challenge)
    requested = set((scope or "").split())
    if requested - set(client.scopes):
        extra = " ".join(sorted(requested - set(client.scopes)))
        return _error(400, "invalid_scope", f"the client may not ask for: {extra}")
    granted = sorted(requested or set(client.scopes))
    access_token = await keys.mint(
        session, issuer=settings.issuer, audience=settings.audience, subject=client.id, org=client.org_id,
        client_id=client.id, scopes=granted, ttl_seconds=settings.client_token_ttl_seconds)
    body = TokenResponse(access_token=access_token, expires_in=settings.client_token_ttl_seconds,
                         scope=" ".join(granted))
    return JSONResponse(body.model_dump(), headers=NO_STORE)


@router.get("/.well-known/jwks.json", response_model=JWKSet, summary="Public keys that verify netwise tokens")
async def jwks(request: Request) -> Response:
    local_keys: keys.LocalKeys = request.app.state.verifier.key_source
    return Response(await local_keys.document(), media_type="application/json",
                    headers={"Cache-Control": "public, max-age=60"})
