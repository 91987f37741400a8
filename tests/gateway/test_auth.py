"""The gateway checks the bearer token before anything is forwarded; a few paths are public."""

import time

import pytest

from tests.gateway.conftest import Gateway, assert_problem, mint, signing_key, unsigned_token

PROTECTED = "/curriculum/v1/echo/x"


async def test_valid_token_is_forwarded(gateway: Gateway) -> None:
    response = await gateway.http.get(PROTECTED, headers=gateway.auth())
    assert response.status_code == 200
    assert len(gateway.upstreams.seen["curriculum"]) == 1


async def test_missing_token(gateway: Gateway) -> None:
    response = await gateway.http.get(PROTECTED)
    assert_problem(response, 401, "bearer token")
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert gateway.upstreams.seen["curriculum"] == []


@pytest.mark.parametrize("authorization", ["Basic dXNlcjpwYXNz", "Bearer not-a-jwt", "Bearer "])
async def test_malformed_authorization(gateway: Gateway, authorization: str) -> None:
    assert_problem(await gateway.http.get(PROTECTED, headers={"Authorization": authorization}), 401)


@pytest.mark.parametrize(("claims", "why"), [
    ({"exp": int(time.time()) - 3600, "iat": int(time.time()) - 7200}, "expired"),
    ({"aud": "someone-else"}, "wrong audience"),
    ({"iss": "http://evil.test"}, "wrong issuer"),
])
async def test_unacceptable_claims(gateway: Gateway, claims: dict[str, object], why: str) -> None:
    response = await gateway.http.get(PROTECTED, headers=gateway.auth(**claims))
    assert_problem(response, 401, "not acceptable")
    assert gateway.upstreams.seen["curriculum"] == [], why


async def test_token_signed_by_an_unknown_key(gateway: Gateway) -> None:
    stranger = signing_key("key-1")  # same kid, other key: the signature must not verify
    response = await gateway.http.get(PROTECTED, headers={"Authorization": f"Bearer {mint(stranger)}"})
    assert_problem(response, 401, "signature")
    unknown = signing_key("key-unknown")
    response = await gateway.http.get(PROTECTED, headers={"Authorization": f"Bearer {mint(unknown)}"})
    assert_problem(response, 401, "unknown key")
    assert gateway.upstreams.seen["curriculum"] == []


async def test_alg_none_is_refused(gateway: Gateway) -> None:
    response = await gateway.http.get(PROTECTED, headers={"Authorization": f"Bearer {unsigned_token('key-1')}"})
    assert_problem(response, 401)
    assert gateway.upstreams.seen["curriculum"] == []


async def test_rotated_key_is_fetched_on_unknown_kid(gateway: Gateway, monkeypatch: pytest.MonkeyPatch) -> None:
    assert (await gateway.http.get(PROTECTED, headers=gateway.auth())).status_code == 200
    fetches = gateway.upstreams.jwks_fetches
    # identity rotates: a new key is published and signs from now on
    rotated = signing_key("key-2")
    gateway.upstreams.published.append(rotated)
    # kit's JWKSCache re-fetches at most every 10 s of wall-clock time; lift that instead of sleeping.
    monkeypatch.setattr("kit.auth.REFETCH_MIN_INTERVAL", 0.0)
    response = await gateway.http.get(PROTECTED, headers={"Authorization": f"Bearer {mint(rotated)}"})
    assert response.status_code == 200
    assert gateway.upstreams.jwks_fetches == fetches + 1
    # known kids are served from the cache
    assert (await gateway.http.get(PROTECTED, headers=gateway.auth())).status_code == 200
    assert gateway.upstreams.jwks_fetches == fetches + 1


async def test_token_endpoint_is_public(gateway: Gateway) -> None:
    basic = {"Authorization": "Basic Y2xpZW50OnNlY3JldA=="}
    response = await gateway.http.post("/identity/v1/oauth/token", headers=basic,
                                       data={"grant_type": "client_credentials"})
    assert response.status_code == 200
    assert response.json()["access_token"] == "issued"
    seen = gateway.upstreams.last("identity")
    assert seen["headers"]["authorization"] == basic["Authorization"]
    assert seen["body"] == b"grant_type=client_credentials"


async def test_jwks_is_public(gateway: Gateway) -> None:
    response = await gateway.http.get("/identity/.well-known/jwks.json")
    assert response.status_code == 200
    assert [key["kid"] for key in response.json()["keys"]] == ["key-1"]


async def test_short_links_are_public(gateway: Gateway) -> None:
    response = await gateway.http.get("/advocacy/r/Ab3dE")
    assert response.status_code == 307
    assert response.headers["location"] == "https://www.linkedin.com/feed/Ab3dE"  # elsewhere: left alone


@pytest.mark.parametrize(("method", "path"), [
    ("GET", "/advocacy/m/share/tok.sig"), ("POST", "/advocacy/m/share/tok.sig"),
    ("GET", "/advocacy/m/leave/tok.sig"), ("POST", "/advocacy/m/leave/tok.sig"),
])
async def test_digest_mail_links_are_public(gateway: Gateway, method: str, path: str) -> None:
    """A mail's links carry their own signed token: a mail client's one-click POST (RFC 8058) has no bearer."""
    response = await gateway.http.request(method, path, content="List-Unsubscribe=One-Click")
    # Forwarded without a token to the (fake) service, which has no such page: its 404, not the gateway's.
    assert response.status_code == 404 and "on this gateway" not in response.json()["detail"], response.text


async def test_other_mail_paths_are_not_public(gateway: Gateway) -> None:
    assert_problem(await gateway.http.get("/advocacy/m/other/tok.sig"), 404)  # not forwarded at all
    assert_problem(await gateway.http.put("/advocacy/m/leave/tok.sig"), 401)  # only its page and its POST


@pytest.mark.parametrize(("method", "path"), [
    ("GET", "/curriculum/lti/jwks.json"), ("GET", "/curriculum/lti/login"), ("POST", "/curriculum/lti/login"),
    ("POST", "/curriculum/lti/launch"), ("GET", "/curriculum/lti/learn/tok/modules/m1"),
    ("POST", "/curriculum/lti/learn/tok/modules/m1/quiz"), ("GET", "/curriculum/lti/canvas.json"),
    ("GET", "/curriculum/lti/register/signed.link"),
])
async def test_lti_endpoints_are_public(gateway: Gateway, method: str, path: str) -> None:
    """An LMS posts its launch and a learner's browser follows the pages in its iframe: neither has a bearer."""
    response = await gateway.http.request(method, path)
    assert response.status_code == 404 and "on this gateway" not in response.json()["detail"], response.text


@pytest.mark.parametrize("path", ["/curriculum/lti/other", "/curriculum/lti/learn/tok", "/curriculum/lti//login",
                                  "/curriculum/lti/learn//modules/m1", "/curriculum/lti/register",
                                  "/curriculum/lti/register/a/b"])
async def test_other_lti_paths_are_not_forwarded(gateway: Gateway, path: str) -> None:
    assert_problem(await gateway.http.get(path), 404)
    assert gateway.upstreams.seen["curriculum"] == []


@pytest.mark.parametrize(("method", "path"), [
    ("GET", "/curriculum/cmi5/au/m1"), ("GET", "/curriculum/cmi5/learn/tok/modules/m1"),
    ("POST", "/curriculum/cmi5/learn/tok/modules/m1/quiz"), ("POST", "/curriculum/cmi5/learn/tok/exit"),
])
async def test_cmi5_au_and_its_pages_are_public(gateway: Gateway, method: str, path: str) -> None:
    """An LMS opens the AU in the learner's browser with cmi5's launch parameters, no bearer; curriculum checks the
    launch with the LMS."""
    response = await gateway.http.request(method, path)
    assert response.status_code == 404 and "on this gateway" not in response.json()["detail"], response.text


@pytest.mark.parametrize("path", ["/curriculum/cmi5/other", "/curriculum/cmi5/au", "/curriculum/cmi5/au/m1/x",
                                  "/curriculum/cmi5/learn/tok", "/curriculum/cmi5/learn//exit"])
async def test_other_cmi5_paths_are_not_forwarded(gateway: Gateway, path: str) -> None:
    assert_problem(await gateway.http.get(path), 404)
    assert gateway.upstreams.seen["curriculum"] == []


@pytest.mark.parametrize(("method", "path"), [
    ("GET", "/curriculum/xapi/about"), ("POST", "/curriculum/xapi/statements"), ("PUT", "/curriculum/xapi/statements"),
    ("GET", "/curriculum/xapi/statements"), ("DELETE", "/curriculum/xapi/activities/state"),
    ("GET", "/curriculum/xapi//agents/profile"),
])
async def test_xapi_endpoints_are_forwarded_without_a_token(gateway: Gateway, method: str, path: str) -> None:
    """An LMS sends its LRS credentials by HTTP Basic: curriculum checks them, the gateway wants no bearer."""
    response = await gateway.http.request(method, path, headers={"Authorization": "Basic a2V5OnNlY3JldA=="})
    # Forwarded to the (fake) service, which has no such resource: its 404, not the gateway's.
    assert response.status_code == 404 and "on this gateway" not in response.json()["detail"], response.text


async def test_head_is_forwarded(gateway: Gateway) -> None:
    """xAPI clients ask HEAD of every GET resource; the gateway passes it on like any method."""
    response = await gateway.http.head("/curriculum/v1/echo/x", headers=gateway.auth())
    assert response.status_code == 200 and response.content == b""
    assert gateway.upstreams.last("curriculum")["method"] == "HEAD"


@pytest.mark.parametrize("path", ["/curriculum/xapi", "/curriculum/xapi/", "/curriculum/xapi/../v1/modules"])
async def test_other_xapi_paths_are_not_forwarded(gateway: Gateway, path: str) -> None:
    response = await gateway.http.get(path)
    assert response.status_code in (401, 404), response.text
    assert gateway.upstreams.seen["curriculum"] == []


@pytest.mark.parametrize(("method", "path"), [
    ("GET", "/identity/v1/oauth/token"),
    ("POST", "/advocacy/r/Ab3dE"),
    ("GET", "/identity/v1/echo/x"),
    ("GET", "/advocacy/v1/echo/x"),
])
async def test_public_is_exact(gateway: Gateway, method: str, path: str) -> None:
    assert_problem(await gateway.http.request(method, path), 401)


@pytest.mark.parametrize("path", ["/healthz", "/readyz", "/metrics", "/openapi.json", "/docs"])
async def test_gateway_endpoints_are_public(gateway: Gateway, path: str) -> None:
    assert (await gateway.http.get(path)).status_code == 200
