"""People sign in through their organisation's OpenID provider, a real one (panva's oidc-provider, run with Node
from tests/oidc), from an SPA through the gateway: authorization code with PKCE, refresh rotation and reuse,
revocation, token exchange, group mappings, and every way a sign-in must fail."""

import base64
import hashlib
import json
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from gateway.app import create_app as create_gateway
from gateway.settings import GatewaySettings
from services.identity import sign_in
from services.identity.app import MIGRATIONS, create_app
from services.identity.models import Organisation
from services.identity.settings import IdentitySettings
from services.identity.sign_in import AsyncOAuth2Client
from tests.databases import migrated_database
from tests.identity.conftest import Tenant, make_tenant
from tests.support import free_port, node_server, serving

SPA = "http://127.0.0.1:5173/signed-in"  # the SPA's redirect URI: never served, the test reads the redirect
IDP_CLIENT, IDP_SECRET = "netwise-at-acme", "a-secret-the-provider-shares-with-netwise"


@asynccontextmanager
async def openid_provider(callbacks: list[str], accounts: dict[str, dict[str, object]]) -> AsyncIterator[str]:
    clients = [{"client_id": IDP_CLIENT, "client_secret": IDP_SECRET, "redirect_uris": callbacks}]
    async with node_server("provider.mjs", free_port(), {"ACCOUNTS": json.dumps(accounts),
                                                         "CLIENTS": json.dumps(clients)}) as issuer:
        yield issuer


@dataclass
class World:
    gateway: str
    issuer: str  # the provider's
    tenant: Tenant
    slug: str
    app_id: str
    identity: object

    def url(self, path: str) -> str:
        return f"{self.gateway}/identity{path}"


ACCOUNTS = {
    "lea-sub": {"email": "LEA@{domain}", "email_verified": True, "name": "Lea Learner", "groups": ["ambassadors"]},
    "unverified-sub": {"email": "lea@{domain}", "email_verified": False, "name": "Lea"},
    "stranger-sub": {"email": "stranger@{domain}", "email_verified": True, "name": "Stan Stranger"},
    "dora-sub": {"email": "dora@{domain}", "email_verified": True, "name": "Dora"},
}


@pytest.fixture(scope="module")
async def world(module_tmp: Path) -> AsyncIterator[World]:
    identity_port, gateway_port = free_port(), free_port()
    gateway = f"http://127.0.0.1:{gateway_port}"
    public_identity = f"{gateway}/identity"  # identity's issuer: its public URL, through the gateway
    async with migrated_database("sqlite", MIGRATIONS, module_tmp) as url:
        identity = create_app(IdentitySettings(database_url=url, issuer=public_identity, log_level="WARNING"))
        tenant = await make_tenant(identity)
        async with identity.state.db.transaction() as session:
            slug = (await session.get(Organisation, tenant.org_id)).slug  # type: ignore[union-attr]
            app = await sign_in.register_app(session, name="Intranet", redirect_uris=[SPA])
        domain = f"{slug}.example"
        accounts = {sub: {k: v.format(domain=domain) if isinstance(v, str) else v for k, v in claims.items()}
                    for sub, claims in ACCOUNTS.items()}
        gateway_app = create_gateway(GatewaySettings(
            identity_url=f"http://127.0.0.1:{identity_port}", issuer=public_identity,
            jwks_url=f"http://127.0.0.1:{identity_port}/.well-known/jwks.json", public_url=gateway,
            log_level="WARNING"))
        async with openid_provider([f"{public_identity}/v1/oauth/callback"], accounts) as issuer, \
                serving(identity, identity_port), serving(gateway_app, gateway_port):
            world = World(gateway, issuer, tenant, slug, app.id, identity)
            async with httpx.AsyncClient() as http:
                response = await http.put(world.url("/v1/identity-provider"), headers=tenant.admin, json={
                    "issuer": issuer, "client_id": IDP_CLIENT, "client_secret": IDP_SECRET,
                    "scopes": ["openid", "email", "profile", "groups"], "group_roles": {"ambassadors": ["ambassador"]},
                    "allowed_domains": [domain]})
                assert response.status_code == 200, response.text
            yield world


def pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


async def sign_in_as(world: World, account: str, *, redirect_uri: str = SPA, state: str = "spa-state",
                     challenge: str | None = None, **extra: str) -> httpx.URL:
    """Follows the redirects as a browser does, from the SPA's authorize link to where netwise sends it back."""
    params = {"response_type": "code", "client_id": world.app_id, "redirect_uri": redirect_uri, "state": state,
              "code_challenge": challenge or pkce()[1], "code_challenge_method": "S256", "org": world.slug,
              "login_hint": account, **extra}
    async with httpx.AsyncClient() as browser:
        response = await browser.get(world.url("/v1/oauth/authorize"), params=params)
        for _ in range(12):
            if response.status_code not in (302, 303):
                raise AssertionError(f"{response.status_code} at {response.url}: {response.text[:500]}")
            location = response.headers["location"]
            if location.startswith(redirect_uri):
                return httpx.URL(location)
            response = await browser.get(httpx.URL(str(response.url)).join(location))
    raise AssertionError("the sign-in never came back to the SPA")


def query(url: httpx.URL) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(str(url)).query).items()}


async def token(world: World, **form: str) -> httpx.Response:
    async with httpx.AsyncClient() as http:
        return await http.post(world.url("/v1/oauth/token"), data=form)


async def signed_in(world: World, account: str = "lea-sub") -> dict[str, str]:
    verifier, challenge = pkce()
    back = await sign_in_as(world, account, challenge=challenge)
    response = await token(world, grant_type="authorization_code", code=query(back)["code"], redirect_uri=SPA,
                           client_id=world.app_id, code_verifier=verifier)
    assert response.status_code == 200, response.text
    return dict(response.json())


async def me(world: World, access_token: str) -> httpx.Response:
    async with httpx.AsyncClient() as http:
        return await http.get(world.url("/v1/me"), headers={"Authorization": f"Bearer {access_token}"})


async def test_a_person_signs_in_from_an_spa_and_calls_the_api_through_the_gateway(world: World) -> None:
    verifier, challenge = pkce()
    back = await sign_in_as(world, "lea-sub", challenge=challenge)
    params = query(back)
    assert params["state"] == "spa-state" and params["iss"] == world.url("") and "code" in params

    response = await token(world, grant_type="authorization_code", code=params["code"], redirect_uri=SPA,
                           client_id=world.app_id, code_verifier=verifier)
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    tokens = response.json()
    assert tokens["token_type"] == "Bearer" and tokens["expires_in"] == 900 and tokens["refresh_token"]

    person = await me(world, tokens["access_token"])
    assert person.status_code == 200, person.text
    assert person.json()["id"] == world.tenant.learner_id
    # The provider's group `ambassadors` is mapped to the ambassador role, given at sign-in.
    assert sorted(person.json()["roles"]) == ["ambassador", "learner"]

    # The code was for one use: a second use is refused, and what the first gave stops working.
    again = await token(world, grant_type="authorization_code", code=params["code"], redirect_uri=SPA,
                        client_id=world.app_id, code_verifier=verifier)
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"
    spent = await token(world, grant_type="refresh_token", refresh_token=tokens["refresh_token"],
                        client_id=world.app_id)
    assert spent.json()["error"] == "invalid_grant"


async def test_refresh_tokens_rotate_and_a_reused_one_revokes_its_sign_in(world: World) -> None:
    first = await signed_in(world)
    second = (await token(world, grant_type="refresh_token", refresh_token=first["refresh_token"],
                          client_id=world.app_id)).json()
    assert second["refresh_token"] != first["refresh_token"]
    assert (await me(world, second["access_token"])).status_code == 200
    third = (await token(world, grant_type="refresh_token", refresh_token=second["refresh_token"],
                         client_id=world.app_id)).json()

    # The first is spent; someone sending it again means it leaked: the whole family is revoked.
    reuse = await token(world, grant_type="refresh_token", refresh_token=first["refresh_token"],
                        client_id=world.app_id)
    assert reuse.status_code == 400 and reuse.json()["error"] == "invalid_grant"
    latest = await token(world, grant_type="refresh_token", refresh_token=third["refresh_token"],
                         client_id=world.app_id)
    assert latest.status_code == 400 and latest.json()["error"] == "invalid_grant"

    # Another sign-in is untouched by that, and ends by revocation (RFC 7009).
    other = await signed_in(world)
    async with httpx.AsyncClient() as http:
        revoked = await http.post(world.url("/v1/oauth/revoke"), data={"token": other["refresh_token"],
                                                                        "client_id": world.app_id})
    assert revoked.status_code == 200
    after = await token(world, grant_type="refresh_token", refresh_token=other["refresh_token"],
                        client_id=world.app_id)
    assert after.json()["error"] == "invalid_grant"

    # Signing out everywhere ends every sign-in of the person at once.
    first, second = await signed_in(world), await signed_in(world)
    async with httpx.AsyncClient() as http:
        out = await http.post(world.url("/v1/me/sign-out"),
                              headers={"Authorization": f"Bearer {first['access_token']}"})
    assert out.status_code == 204
    for tokens in (first, second):
        ended = await token(world, grant_type="refresh_token", refresh_token=tokens["refresh_token"],
                            client_id=world.app_id)
        assert ended.json()["error"] == "invalid_grant"


async def test_wrong_verifier_unknown_redirect_and_a_refusal_by_netwise(world: World) -> None:
    _, challenge = pkce()
    back = await sign_in_as(world, "lea-sub", challenge=challenge)
    wrong = await token(world, grant_type="authorization_code", code=query(back)["code"], redirect_uri=SPA,
                        client_id=world.app_id, code_verifier=pkce()[0])
    assert wrong.status_code == 400 and wrong.json()["error"] == "invalid_grant"
    assert "code_verifier" in wrong.json()["error_description"]

    # An unregistered redirect URI is shown an error, never redirected to.
    async with httpx.AsyncClient() as browser:
        response = await browser.get(world.url("/v1/oauth/authorize"), params={
            "response_type": "code", "client_id": world.app_id, "redirect_uri": "https://evil.example/cb",
            "code_challenge": challenge, "code_challenge_method": "S256", "org": world.slug})
    assert response.status_code == 400 and "location" not in response.headers
    assert response.json()["error"] == "invalid_request"

    # No PKCE: back to the SPA with the error.
    async with httpx.AsyncClient() as browser:
        response = await browser.get(world.url("/v1/oauth/authorize"), params={
            "response_type": "code", "client_id": world.app_id, "redirect_uri": SPA, "state": "s1",
            "org": world.slug})
    refused = query(httpx.URL(response.headers["location"]))
    assert refused["error"] == "invalid_request" and refused["state"] == "s1"

    # The provider vouches, but for an address it has not verified, or for someone not in the directory.
    for account in ("unverified-sub", "stranger-sub"):
        back = await sign_in_as(world, account)
        assert query(back)["error"] == "access_denied", query(back)
        assert "code" not in query(back)


async def test_a_deactivated_person_can_neither_sign_in_nor_refresh(world: World) -> None:
    async with httpx.AsyncClient() as http:
        dora = await http.post(world.url("/v1/people"), headers=world.tenant.admin, json={
            "email": f"dora@{world.slug}.example", "name": "Dora", "job_function": "sales"})
        assert dora.status_code == 201
        tokens = await signed_in(world, "dora-sub")
        assert (await me(world, tokens["access_token"])).json()["id"] == dora.json()["id"]
        gone = await http.delete(world.url(f"/v1/people/{dora.json()['id']}"), headers=world.tenant.admin)
        assert gone.status_code == 204
    refused = await token(world, grant_type="refresh_token", refresh_token=tokens["refresh_token"],
                          client_id=world.app_id)
    assert refused.status_code == 400 and refused.json()["error"] == "invalid_grant"
    back = await sign_in_as(world, "dora-sub")
    assert query(back)["error"] == "access_denied" and "deactivated" in query(back)["error_description"]


async def provider_id_token(world: World, account: str) -> str:
    """An ID token as an app gets it that signs in at the provider itself (the provider's code flow, run by hand,
    with netwise's client at the provider)."""
    callback = f"{world.gateway}/identity/v1/oauth/callback"
    async with AsyncOAuth2Client(IDP_CLIENT, IDP_SECRET, redirect_uri=callback, scope="openid email",
                                 code_challenge_method="S256") as oauth, httpx.AsyncClient() as browser:
        verifier = secrets.token_urlsafe(48)
        url, _ = oauth.create_authorization_url(f"{world.issuer}/auth", nonce=secrets.token_urlsafe(8),
                                                code_verifier=verifier, login_hint=account)
        response = await browser.get(url)
        while not response.headers["location"].startswith(callback):
            response = await browser.get(httpx.URL(str(response.url)).join(response.headers["location"]))
        code = query(httpx.URL(response.headers["location"]))["code"]
        return str((await oauth.fetch_token(f"{world.issuer}/token", code=code, code_verifier=verifier))["id_token"])


async def test_an_app_holding_the_providers_id_token_exchanges_it(world: World) -> None:
    """RFC 8693: an app that signed in at the provider itself (here: the provider's code flow, run by hand)."""
    id_token = await provider_id_token(world, "stranger-sub")

    # Stan is not in the directory: no token, and nothing created.
    refused = await token(world, grant_type=sign_in.TOKEN_EXCHANGE, client_id=world.app_id, org=world.slug,
                          subject_token=id_token, subject_token_type=sign_in.ID_TOKEN_TYPE)
    assert refused.status_code == 400 and refused.json()["error"] == "invalid_grant"
    async with httpx.AsyncClient() as http:
        added = await http.post(world.url("/v1/people"), headers=world.tenant.admin, json={
            "email": f"stranger@{world.slug}.example", "name": "Stan", "job_function": "product"})
        assert added.status_code == 201
    exchanged = await token(world, grant_type=sign_in.TOKEN_EXCHANGE, client_id=world.app_id, org=world.slug,
                            subject_token=id_token, subject_token_type=sign_in.ID_TOKEN_TYPE)
    assert exchanged.status_code == 200, exchanged.text
    assert exchanged.json()["issued_token_type"] == sign_in.ACCESS_TOKEN_TYPE
    assert (await me(world, exchanged.json()["access_token"])).json()["id"] == added.json()["id"]

    # A forged token (its signature broken) is refused the same way.
    header, payload, signature = id_token.split(".")
    forged = await token(world, grant_type=sign_in.TOKEN_EXCHANGE, client_id=world.app_id, org=world.slug,
                         subject_token=f"{header}.{payload}.{signature[::-1]}",
                         subject_token_type=sign_in.ID_TOKEN_TYPE)
    assert forged.status_code == 400 and forged.json()["error"] == "invalid_grant"


async def test_the_provider_is_checked_before_it_is_saved_and_its_secret_never_shown(world: World) -> None:
    async with httpx.AsyncClient() as http:
        wrong = await http.put(world.url("/v1/identity-provider"), headers=world.tenant.admin, json={
            "issuer": f"{world.issuer}/not-an-issuer", "client_id": IDP_CLIENT, "client_secret": IDP_SECRET})
        assert wrong.status_code == 422
        assert wrong.json()["errors"][0]["field"] == "issuer"
        broken = await http.put(world.url("/v1/identity-provider"), headers=world.tenant.admin, json={
            "issuer": "http://[", "client_id": IDP_CLIENT})  # schemathesis found it: a 500 before
        assert broken.status_code == 422
        assert [e["field"] for e in broken.json()["errors"]] == ["issuer"]
        shown = await http.get(world.url("/v1/identity-provider"), headers=world.tenant.admin)
        assert shown.status_code == 200
        assert shown.json()["issuer"] == world.issuer and shown.json()["client_secret_set"] is True
        assert IDP_SECRET not in shown.text and "client_secret\"" not in shown.text
        assert shown.json()["callback_url"] == world.url("/v1/oauth/callback")
        learner = await http.get(world.url("/v1/identity-provider"), headers=world.tenant.learner)
        assert learner.status_code == 403
        metadata = await http.get(world.url("/.well-known/oauth-authorization-server"))
        assert metadata.json()["issuer"] == world.url("")
        assert metadata.json()["code_challenge_methods_supported"] == ["S256"]


async def test_a_token_of_one_organisations_provider_gets_nothing_in_another(world: World) -> None:
    """Kyst uses the same provider with a client of its own: Acme's ID token (issued to Acme's client) is no
    key to Kyst, neither by exchange nor by naming Kyst at sign-in."""
    identity = world.identity
    other = await make_tenant(identity)  # type: ignore[arg-type]
    async with identity.state.db.transaction() as session:  # type: ignore[attr-defined]
        other_slug = (await session.get(Organisation, other.org_id)).slug  # type: ignore[union-attr]
    async with httpx.AsyncClient() as http:
        connected = await http.put(world.url("/v1/identity-provider"), headers=other.admin, json={
            "issuer": world.issuer, "client_id": "kyst-client", "client_secret": "kyst-secret-kyst-secret"})
        assert connected.status_code == 200, connected.text
    id_token = await provider_id_token(world, "lea-sub")
    refused = await token(world, grant_type=sign_in.TOKEN_EXCHANGE, client_id=world.app_id, org=other_slug,
                          subject_token=id_token, subject_token_type=sign_in.ID_TOKEN_TYPE)
    assert refused.status_code == 400 and refused.json()["error"] == "invalid_grant"
    assert "aud" in refused.json()["error_description"]
    accepted = await token(world, grant_type=sign_in.TOKEN_EXCHANGE, client_id=world.app_id, org=world.slug,
                           subject_token=id_token, subject_token_type=sign_in.ID_TOKEN_TYPE)
    assert accepted.status_code == 200, accepted.text
