"""Sign-in for SPAs through the organisation's identity provider (OAuth 2.1 authorization code with PKCE).

The protocol endpoints answer as OAuth says (RFC 6749 §4.1.2.1 and §5.2, RFC 7009, RFC 8414), not problem+json:
an unknown client or redirect URI is shown, never redirected to; every other authorize error goes back to the
SPA's redirect URI with `error`, `state` and `iss`.
"""

from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Response
from fastapi.responses import RedirectResponse

from kit.app import OutboxDep
from kit.auth import Authenticated
from kit.db import SessionDep
from services.identity import sign_in
from services.identity.deps import ProvidersDep, SettingsDep
from services.identity.schemas import OAuthError

router = APIRouter(tags=["sign-in"])
NO_STORE = sign_in.NO_STORE


@router.get("/v1/oauth/authorize", status_code=302, response_class=RedirectResponse,
            summary="Sign a person in: to their organisation's identity provider, then back to the app with a code",
            responses={302: {"description": "To the provider, or back to `redirect_uri` with `error`"},
                       400: {"model": OAuthError, "description": "Unknown client or redirect URI (not redirected)"}})
async def authorize(
    session: SessionDep, settings: SettingsDep, providers: ProvidersDep,
    client_id: Annotated[str | None, Query(max_length=64)] = None,
    redirect_uri: Annotated[str | None, Query(max_length=2000)] = None,
    response_type: Annotated[str | None, Query(max_length=20)] = None,
    code_challenge: Annotated[str | None, Query(max_length=128)] = None,
    code_challenge_method: Annotated[str | None, Query(max_length=10)] = None,
    state: Annotated[str | None, Query(max_length=500)] = None,
    org: Annotated[str | None, Query(max_length=63, description="The organisation's slug")] = None,
    login_hint: Annotated[str | None, Query(max_length=320, description="An e-mail: its domain chooses the "
                                            "organisation when `org` is absent; passed on to the provider")] = None,
    scope: Annotated[str | None, Query(max_length=500)] = None,
) -> Response:
    try:
        await sign_in.registered_client(session, client_id, redirect_uri)
    except sign_in.OAuthError as exc:
        return exc.response()
    assert redirect_uri is not None
    try:
        url = await sign_in.start_sign_in(session, providers, settings, sign_in.AuthorizeRequest(
            client_id, redirect_uri, response_type, code_challenge, code_challenge_method, state, org, login_hint))
    except sign_in.OAuthError as exc:
        back = sign_in.Finished(redirect_uri, {"error": exc.error, "error_description": exc.description,
                                               "iss": settings.issuer, **({"state": state} if state else {})})
        return RedirectResponse(back.location, status_code=302, headers=NO_STORE)
    return RedirectResponse(url, status_code=302, headers=NO_STORE)


@router.get("/v1/oauth/callback", status_code=302, response_class=RedirectResponse,
            summary="Where the identity provider sends the person back (register it at the provider)",
            responses={302: {"description": "Back to the app with `code`, or with `error`"},
                       400: {"model": OAuthError, "description": "Unknown or expired sign-in"}})
async def callback(
    session: SessionDep, outbox: OutboxDep, settings: SettingsDep, providers: ProvidersDep,
    state: Annotated[str | None, Query(max_length=64)] = None,
    code: Annotated[str | None, Query(max_length=4000)] = None,
    error: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    try:
        pending = await sign_in.pending_sign_in(session, state)
    except sign_in.OAuthError as exc:
        return exc.response()
    finished = await sign_in.finish_sign_in(session, outbox, providers, settings, pending, code, error)
    return RedirectResponse(finished.location, status_code=302, headers=NO_STORE)


@router.post("/v1/oauth/revoke", status_code=200, response_class=Response,
             responses={200: {"description": "Revoked, or nothing to revoke (no body)", "content": {}}},
             openapi_extra={"requestBody": {"content": {"application/x-www-form-urlencoded": {"example": {
                 "token": "Tq8…", "token_type_hint": "refresh_token", "client_id": "app_5f0c7a522f4e4d0e9a571f1c"}}}}},
             summary="Revoke a refresh token, and its sign-in (RFC 7009)",
             description="Form body: `token`, optional `token_type_hint`, `client_id`. Always 200, so nobody can "
             "probe which tokens exist.")
async def revoke_token(session: SessionDep, token: Annotated[str | None, Form(max_length=200)] = None,
                       client_id: Annotated[str | None, Form(max_length=64)] = None,
                       token_type_hint: Annotated[str | None, Form(max_length=50)] = None) -> Response:
    await sign_in.revoke(session, token=token, client_id=client_id)
    return Response(status_code=200, headers=NO_STORE)


@router.post("/v1/me/sign-out", status_code=204, response_class=Response,
             summary="Sign out everywhere: every refresh token of mine stops working")
async def sign_out(principal: Authenticated, session: SessionDep) -> Response:
    await sign_in.sign_out_everywhere(session, principal.org, principal.subject)
    return Response(status_code=204)


@router.get("/.well-known/oauth-authorization-server", summary="Authorization server metadata (RFC 8414)")
async def metadata(settings: SettingsDep) -> dict[str, Any]:
    base = settings.issuer.rstrip("/")
    return {
        "issuer": settings.issuer,
        "authorization_endpoint": f"{base}/v1/oauth/authorize",
        "token_endpoint": f"{base}/v1/oauth/token",
        "revocation_endpoint": f"{base}/v1/oauth/revoke",
        "jwks_uri": f"{base}/.well-known/jwks.json",
        "response_types_supported": ["code"],
        "grant_types_supported": ["authorization_code", "refresh_token", "client_credentials",
                                  sign_in.TOKEN_EXCHANGE],
        "code_challenge_methods_supported": ["S256"],
        "token_endpoint_auth_methods_supported": ["none", "client_secret_basic", "client_secret_post"],
        "revocation_endpoint_auth_methods_supported": ["none"],
        "authorization_response_iss_parameter_supported": True,
    }
