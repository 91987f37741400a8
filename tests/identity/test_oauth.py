import base64
import time

import httpx
import pytest
from fastapi import FastAPI
from joserfc import jwt
from joserfc.jwk import ECKey

from kit.events import CloudEvent
from services.identity import keys
from tests.identity.conftest import Tenant, make_tenant

GRANT = {"grant_type": "client_credentials"}


async def client_token(client: httpx.AsyncClient, tenant: Tenant, **form: str) -> httpx.Response:
    return await client.post("/v1/oauth/token", data={
        **GRANT, "client_id": tenant.client_id, "client_secret": tenant.client_secret, **form})


async def test_client_credentials_grant_gives_a_bearer_token(client: httpx.AsyncClient, tenant: Tenant) -> None:
    response = await client_token(client, tenant)
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == 3600
    assert body["scope"] == "people:read people:write"
    me = await client.get("/v1/people", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200


async def test_http_basic_client_authentication(client: httpx.AsyncClient, tenant: Tenant) -> None:
    basic = base64.b64encode(f"{tenant.client_id}:{tenant.client_secret}".encode()).decode()
    response = await client.post("/v1/oauth/token", data={**GRANT, "scope": "people:read"},
                                 headers={"Authorization": f"Basic {basic}"})
    assert response.status_code == 200 and response.json()["scope"] == "people:read"


async def test_token_errors_follow_rfc6749(client: httpx.AsyncClient, tenant: Tenant) -> None:
    wrong = await client.post("/v1/oauth/token", data={**GRANT, "client_id": tenant.client_id,
                                                       "client_secret": "nope"})
    assert wrong.status_code == 401 and wrong.json()["error"] == "invalid_client"
    missing = await client.post("/v1/oauth/token", data={"client_id": tenant.client_id})
    assert missing.status_code == 400 and missing.json()["error"] == "invalid_request"
    grant = await client_token(client, tenant, grant_type="password")
    assert grant.status_code == 400 and grant.json()["error"] == "unsupported_grant_type"
    scope = await client_token(client, tenant, scope="people:read time:write")
    assert scope.status_code == 400 and scope.json()["error"] == "invalid_scope"
    assert "time:write" in scope.json()["error_description"]
    basic = await client.post("/v1/oauth/token", data=GRANT, headers={"Authorization": "Basic !!!"})
    assert basic.status_code == 401 and basic.headers["www-authenticate"].startswith("Basic")


async def test_revoked_client_gets_no_token(client: httpx.AsyncClient, tenant: Tenant) -> None:
    assert (await client.delete(f"/v1/clients/{tenant.client_id}", headers=tenant.admin)).status_code == 204
    response = await client_token(client, tenant)
    assert response.status_code == 401 and response.json()["error"] == "invalid_client"


async def test_client_secret_is_shown_once_and_listed_never(client: httpx.AsyncClient, tenant: Tenant) -> None:
    created = await client.post("/v1/clients", json={"name": "Canvas", "scopes": ["catalog:read"]},
                                headers=tenant.admin)
    assert created.status_code == 201 and len(created.json()["client_secret"]) >= 40
    listed = await client.get("/v1/clients", headers=tenant.admin)
    assert all("client_secret" not in c for c in listed.json()["items"])
    fetched = await client.get(f"/v1/clients/{created.json()['id']}", headers=tenant.admin)
    assert "client_secret" not in fetched.json()
    bad = await client.post("/v1/clients", json={"name": "X", "scopes": ["root"]}, headers=tenant.admin)
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "scopes[0]"


def forged(claims: dict[str, object], key: ECKey | None = None, kid: str = "unknown") -> str:
    key = key or ECKey.generate_key("P-256")
    return jwt.encode({"alg": "ES256", "kid": kid}, claims, key)


def base_claims(tenant: Tenant, **over: object) -> dict[str, object]:
    now = int(time.time())
    return {"iss": "http://127.0.0.1:8001", "aud": "netwise", "sub": tenant.admin_id, "org": tenant.org_id,
            "client_id": "x", "roles": ["admin"], "scope": "", "iat": now, "exp": now + 60, **over}


@pytest.mark.parametrize("case", ["expired", "wrong_audience", "wrong_issuer", "unknown_key", "alg_none",
                                  "garbage", "wrong_scheme"])
async def test_bad_tokens_are_401_problems(client: httpx.AsyncClient, app: FastAPI, case: str) -> None:
    tenant = await make_tenant(app)
    async with app.state.db.transaction() as session:
        current = await keys.ensure_keys(session)
    signing_key = ECKey.import_key(current.private_jwk)
    now = int(time.time())
    header = "Bearer "
    if case == "expired":
        header += forged(base_claims(tenant, iat=now - 7200, exp=now - 3600), signing_key, current.kid)
    elif case == "wrong_audience":
        header += forged(base_claims(tenant, aud="someone-else"), signing_key, current.kid)
    elif case == "wrong_issuer":
        header += forged(base_claims(tenant, iss="https://evil.example"), signing_key, current.kid)
    elif case == "unknown_key":
        header += forged(base_claims(tenant))
    elif case == "alg_none":
        segments = [base64.urlsafe_b64encode(part).rstrip(b"=").decode() for part in (
            b'{"alg":"none","kid":"' + current.kid.encode() + b'"}',
            httpx.Request("GET", "/", json=base_claims(tenant)).content)]
        header += ".".join(segments) + "."
    elif case == "garbage":
        header += "not.a.jwt"
    else:
        header = f"Token {forged(base_claims(tenant), signing_key, current.kid)}"
    response = await client.get("/v1/people", headers={"Authorization": header})
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["title"] == "Unauthorized" and response.json()["detail"]


async def test_rotation_publishes_next_key_first_and_keeps_old_tokens_valid(
        client: httpx.AsyncClient, app: FastAPI, tenant: Tenant, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.state.verifier.key_source, "ttl", 0.0)  # no wait for the JWKS cache
    old_token = (await client_token(client, tenant)).json()["access_token"]
    jwks_before = {k["kid"] for k in (await client.get("/.well-known/jwks.json")).json()["keys"]}
    async with app.state.db.transaction() as session:
        with pytest.raises(keys.KeyNotPublishedLongEnough):
            await keys.rotate(session, token_ttl_seconds=3600, publish_seconds=3600)
    async with app.state.db.transaction() as session:
        promoted = await keys.rotate(session, token_ttl_seconds=3600, publish_seconds=0)
    assert promoted.kid in jwks_before  # the new signing key was already published
    jwks_after = {k["kid"] for k in (await client.get("/.well-known/jwks.json")).json()["keys"]}
    assert jwks_before < jwks_after  # the old key stays while its tokens live; a new next key appears
    assert all("d" not in k for k in (await client.get("/.well-known/jwks.json")).json()["keys"])
    new_token = (await client_token(client, tenant)).json()["access_token"]
    assert jwt.decode(new_token, _jwks_keyset(await client.get("/.well-known/jwks.json")),
                      algorithms=["ES256"]).header["kid"] == promoted.kid
    for token in (old_token, new_token):
        assert (await client.get("/v1/people", headers={"Authorization": f"Bearer {token}"})).status_code == 200


def _jwks_keyset(response: httpx.Response):  # type: ignore[no-untyped-def]
    from joserfc.jwk import KeySet

    return KeySet.import_key_set(response.json())


async def test_jwks_is_rendered_once_per_cache_window(client: httpx.AsyncClient, app: FastAPI,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The most asked-for URL reads no database between reloads, and a rotation shows after the window."""
    local_keys = app.state.verifier.key_source
    monkeypatch.setattr(local_keys, "ttl", 3600.0)
    first = await client.get("/.well-known/jwks.json")
    async with app.state.db.transaction() as session:
        await keys.rotate(session, token_ttl_seconds=3600, publish_seconds=0)
    assert (await client.get("/.well-known/jwks.json")).content == first.content
    monkeypatch.setattr(local_keys, "ttl", 0.0)
    after = await client.get("/.well-known/jwks.json")
    assert after.headers["content-type"] == "application/json"
    assert {k["kid"] for k in first.json()["keys"]} < {k["kid"] for k in after.json()["keys"]}


async def test_revoked_client_token_can_no_longer_create_people(client: httpx.AsyncClient, app: FastAPI,
                                                                 tenant: Tenant) -> None:
    emitted: list[CloudEvent] = []
    app.state.outbox.listeners.append(emitted.append)
    try:
        token = {"Authorization": f"Bearer {(await client_token(client, tenant)).json()['access_token']}"}
        person = {"name": "Nils Ny", "job_function": "sales"}
        created = await client.post("/v1/people", headers=token, json={**person, "email": "nils@example.com"})
        assert created.status_code == 201
        assert (await client.delete(f"/v1/clients/{tenant.client_id}", headers=tenant.admin)).status_code == 204
        refused = await client.post("/v1/people", headers=token, json={**person, "email": "nils2@example.com"})
        assert refused.status_code == 401
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.json()["detail"] == "the token is no longer valid: its client is revoked"
        assert 'error="invalid_token"' in refused.headers["www-authenticate"]
        # The other services learn of it from identity's event, versioned like a person's.
        revoked = [e for e in emitted if e.type == "netwise.identity.client.revoked"]
        assert len(revoked) == 1 and revoked[0].org == tenant.org_id
        assert revoked[0].data["id"] == tenant.client_id
        assert revoked[0].data["status"] == "revoked" and revoked[0].data["version"] == 2
        assert "secret_hash" not in revoked[0].data
        # Revoking again changes nothing and says nothing.
        assert (await client.delete(f"/v1/clients/{tenant.client_id}", headers=tenant.admin)).status_code == 204
        assert len([e for e in emitted if e.type == "netwise.identity.client.revoked"]) == 1
    finally:
        app.state.outbox.listeners.remove(emitted.append)


async def test_deactivated_person_token_is_refused_at_once(client: httpx.AsyncClient, tenant: Tenant) -> None:
    assert (await client.get("/v1/me", headers=tenant.learner)).status_code == 200
    assert (await client.delete(f"/v1/people/{tenant.learner_id}", headers=tenant.admin)).status_code == 204
    refused = await client.get("/v1/me", headers=tenant.learner)
    assert refused.status_code == 401
    assert refused.json()["detail"] == "the token is no longer valid: its person is deactivated"
    assert (await client.get("/v1/me", headers=tenant.admin)).status_code == 200
