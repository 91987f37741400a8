"""Endpoints through the API: what an admin may subscribe, and what bad input and other tenants get."""

import asyncio
import ipaddress
import socket
from collections.abc import Iterator

import httpx
import pytest
from fastapi import FastAPI

from services.webhooks import targets
from tests.webhooks.conftest import Tenant

COMPLETED = "netwise.curriculum.module.completed"


@pytest.fixture
def guarded(app: FastAPI) -> Iterator[None]:
    """The SSRF guard as outside embedded mode."""
    settings = app.state.settings
    settings.allow_private_targets = False
    yield
    settings.allow_private_targets = None


async def create(http: httpx.AsyncClient, tenant: Tenant, **body: object) -> httpx.Response:
    return await http.post("/v1/endpoints", headers=tenant.admin,
                           json={"url": "https://93.184.216.34/hooks", "event_types": [COMPLETED], **body})


def problem_fields(response: httpx.Response) -> list[tuple[str, str]]:
    assert response.headers["content-type"] == "application/problem+json", response.text
    return [(error["field"], error["message"]) for error in response.json()["errors"]]


async def test_the_catalogue_is_every_event_of_the_contract(client: httpx.AsyncClient, tenant: Tenant) -> None:
    listed = {kind["name"]: kind for kind in (await client.get("/v1/event-types", headers=tenant.admin)).json()}
    assert {"netwise.identity.person.created", COMPLETED, "netwise.webhooks.endpoint.disabled"} <= set(listed)
    assert listed["netwise.identity.person.created"]["personal_fields"] == ["email", "id", "manager_id", "name"]
    assert listed[COMPLETED]["personal_fields"] == ["person_id"]


async def test_bad_input_names_the_field_and_changes_nothing(client: httpx.AsyncClient, tenant: Tenant) -> None:
    unknown = await create(client, tenant, event_types=[COMPLETED, "netwise.nothing.happened"])
    assert unknown.status_code == 422
    assert problem_fields(unknown) == [("event_types[1]", "netwise.nothing.happened is not an event type; "
                                                          "GET /v1/event-types lists them")]
    no_types = await create(client, tenant, event_types=[])
    assert [field for field, _ in problem_fields(no_types)] == ["event_types"]
    not_a_url = await create(client, tenant, url="ftp://example.org/x")
    assert problem_fields(not_a_url) == [("url", "must be an absolute https:// URL")]
    assert (await client.get("/v1/endpoints", headers=tenant.admin)).json()["items"] == []


@pytest.mark.usefixtures("guarded")
@pytest.mark.parametrize("url", ["https://127.0.0.1/hook", "https://10.1.2.3/hook", "https://169.254.169.254/meta",
                                 "https://[::1]/hook", "https://[::ffff:192.168.0.1]/hook", "https://localhost/hook"])
async def test_private_targets_are_refused_outside_embedded_mode(client: httpx.AsyncClient, tenant: Tenant,
                                                                 url: str) -> None:
    refused = await create(client, tenant, url=url)
    assert refused.status_code == 422
    [(field, message)] = problem_fields(refused)
    assert field == "url" and "loopback, private or reserved address" in message


@pytest.mark.usefixtures("guarded")
async def test_plain_http_is_refused_outside_embedded_mode(client: httpx.AsyncClient, tenant: Tenant) -> None:
    refused = await create(client, tenant, url="http://93.184.216.34/hooks")
    assert problem_fields(refused) == [("url", "must use https (plain http is allowed in embedded mode only)")]


async def test_a_target_resolving_inside_at_send_time_is_refused() -> None:
    with pytest.raises(targets.TargetRefused, match=r"resolves to 127\.0\.0\.1"):
        await targets.check("https://127.0.0.1:8443/x", private_allowed=False)
    await targets.check("https://93.184.216.34/x", private_allowed=False)  # a public address passes


async def test_only_admins_of_the_organisation_see_its_endpoints(client: httpx.AsyncClient, tenant: Tenant,
                                                                 other_tenant: Tenant) -> None:
    created = (await create(client, tenant)).json()
    assert (await client.get("/v1/endpoints", headers=tenant.learner)).status_code == 403
    assert (await create(client, tenant.__class__(tenant.org_id, tenant.learner, tenant.learner))).status_code == 403
    for path in (f"/v1/endpoints/{created['id']}", f"/v1/endpoints/{created['id']}/deliveries"):
        assert (await client.get(path, headers=other_tenant.admin)).status_code == 404
    assert (await client.patch(f"/v1/endpoints/{created['id']}", headers=other_tenant.admin,
                               json={"status": "disabled"})).status_code == 404
    assert (await client.get("/v1/endpoints", headers=other_tenant.admin)).json()["items"] == []
    shown = (await client.get(f"/v1/endpoints/{created['id']}", headers=tenant.admin)).json()
    assert "secret" not in shown and shown["url"] == "https://93.184.216.34/hooks"


async def test_changes_honour_if_match(client: httpx.AsyncClient, tenant: Tenant) -> None:
    created = await create(client, tenant)
    path = f"/v1/endpoints/{created.json()['id']}"
    stale = created.headers["etag"]
    changed = await client.patch(path, headers=tenant.admin | {"If-Match": stale}, json={"description": "BI"})
    assert changed.status_code == 200 and changed.json()["description"] == "BI"
    refused = await client.patch(path, headers=tenant.admin | {"If-Match": stale}, json={"description": "LMS"})
    assert refused.status_code == 412
    assert (await client.delete(path, headers=tenant.admin | {"If-Match": changed.headers["etag"]})).status_code == 204
    assert (await client.get(path, headers=tenant.admin)).status_code == 404


def test_an_attempt_connects_to_the_address_that_was_checked() -> None:
    by_name = targets.pinned("https://hooks.example.com/in?x=1", ipaddress.ip_address("93.184.216.34"))
    assert by_name == targets.Target("https://93.184.216.34/in?x=1",
                                     {"host": "hooks.example.com", "connection": "close"},
                                     {"sni_hostname": "hooks.example.com"})
    v6 = targets.pinned("https://hooks.example.com:8443/in", ipaddress.ip_address("2606:2800:220:1::1"))
    assert (v6.url, v6.headers["host"]) == ("https://[2606:2800:220:1::1]:8443/in", "hooks.example.com:8443")
    literal = targets.pinned("https://93.184.216.34/in", ipaddress.ip_address("93.184.216.34"))
    assert literal == targets.Target("https://93.184.216.34/in", {"host": "93.184.216.34"}, {})


async def test_a_name_is_checked_on_what_it_resolves_to_at_send_time(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = {"public.example": "93.184.216.34", "rebound.example": "10.0.0.7"}

    async def resolve(host: str, port: int, **_: object) -> list[tuple[object, ...]]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (answers[host], port))]

    monkeypatch.setattr(asyncio.get_running_loop(), "getaddrinfo", resolve)
    target = await targets.check("https://public.example/hook", private_allowed=False)
    assert (target.url, target.headers["host"]) == ("https://93.184.216.34/hook", "public.example")
    with pytest.raises(targets.TargetRefused, match=r"resolves to 10\.0\.0\.7"):
        await targets.check("https://rebound.example/hook", private_allowed=False)
