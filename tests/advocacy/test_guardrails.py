"""4. Guardrails: one test per rule, run on submit and on share; every violation is named in one 422."""

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from services.advocacy import service
from tests.advocacy.conftest import LINK, Tenant, certify, join, make_topic, published_post, set_programme, share


async def submit(client: httpx.AsyncClient, tenant: Tenant, topic_id: str, texts: list[dict[str, str]],
                 link: str = LINK, title: str = "Store news") -> httpx.Response:
    """A suggestion by an employee: it enters review, so the submit guardrails run."""
    return await client.post("/v1/posts", json={"topic_id": topic_id, "link": link, "title": title,
                                                "variants": texts}, headers=tenant.learner)


def fields(response: httpx.Response) -> set[str]:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return {e["field"] for e in response.json()["errors"]}


def text(network: str, body: str) -> dict[str, str]:
    return {"network": network, "locale": "en", "text": body}


async def test_character_limit_counts_links_as_23_on_x(client: httpx.AsyncClient, tenant: Tenant) -> None:
    topic = await make_topic(client, tenant)
    long_url = "https://www.fjordline.example/" + "a" * 120
    # 150 letters + a 150-character URL: 300 raw, but X counts 150 + 1 + 23 (+ 1 + 23 for the post link).
    fits = await submit(client, tenant, topic["id"], [text("x", "b" * 150 + " " + long_url)])
    assert fits.status_code == 201, fits.text
    too_long = await submit(client, tenant, topic["id"], [text("x", "b" * 257), text("bluesky", "c" * 290),
                                                          text("linkedin", "d" * 2000)])
    assert fields(too_long) == {"character_limit.x", "character_limit.bluesky"}
    assert "allows 280" in too_long.json()["errors"][0]["message"]


async def test_disclosure_is_required_where_the_organisation_says(client: httpx.AsyncClient,
                                                                  tenant: Tenant) -> None:
    await set_programme(client, tenant, disclosure_text="#employee", disclosure_networks=["linkedin", "x"])
    topic = await make_topic(client, tenant)
    response = await submit(client, tenant, topic["id"], [text("linkedin", "Great news"),
                                                          text("x", "Great news #Employee"),
                                                          text("facebook", "Great news")])
    assert fields(response) == {"disclosure.linkedin"}


async def test_banned_terms_are_refused_in_title_and_texts(client: httpx.AsyncClient, tenant: Tenant) -> None:
    await set_programme(client, tenant, banned_terms=["guaranteed", "cheapest"])
    topic = await make_topic(client, tenant)
    response = await submit(client, tenant, topic["id"], [text("linkedin", "Guaranteed the best prices"),
                                                          text("x", "Not guaranteedly banned")],
                            title="The cheapest shop")
    assert fields(response) == {"banned_terms", "banned_terms.linkedin"}


async def test_links_must_be_on_allowed_domains(client: httpx.AsyncClient, tenant: Tenant) -> None:
    await set_programme(client, tenant, allowed_link_domains=["fjordline.example"])
    topic = await make_topic(client, tenant)
    ok = await submit(client, tenant, topic["id"], [text("linkedin", "See https://shop.fjordline.example/sale")])
    assert ok.status_code == 201, ok.text
    response = await submit(client, tenant, topic["id"], [text("x", "Also https://fjordline.example.evil.test/x")],
                            link="https://bit.ly/abc")
    assert fields(response) == {"link_domains", "link_domains.x"}


async def _ready_to_share(client: httpx.AsyncClient, tenant: Tenant, **topic: Any) -> dict[str, Any]:
    assert (await join(client, tenant.amb)).status_code == 201
    return await published_post(client, tenant, (await make_topic(client, tenant, **topic))["id"])


async def test_sharing_hours_in_the_organisations_time_zone(client: httpx.AsyncClient, tenant: Tenant,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    post = await _ready_to_share(client, tenant)
    # A fixed clock: 10:30 in Stockholm today (the wall clock could cross an hour between the lines below).
    stockholm = datetime.now(ZoneInfo("Europe/Stockholm")).replace(hour=10, minute=30, second=0, microsecond=0)
    monkeypatch.setattr(service, "utcnow", lambda: stockholm.astimezone(UTC))
    hour = 10
    start, end = hour + 1, 24
    await set_programme(client, tenant, sharing_start_hour=start, sharing_end_hour=end)
    response = await share(client, tenant.amb, post["id"])
    assert fields(response) == {"sharing_hours.linkedin"}
    await set_programme(client, tenant, sharing_start_hour=hour, sharing_end_hour=hour + 1)
    assert (await share(client, tenant.amb, post["id"])).status_code == 201


async def test_daily_share_limit_per_person(client: httpx.AsyncClient, tenant: Tenant) -> None:
    post = await _ready_to_share(client, tenant)
    await set_programme(client, tenant, daily_share_limit=2)
    assert (await share(client, tenant.amb, post["id"], "linkedin")).status_code == 201
    assert (await share(client, tenant.amb, post["id"], "x")).status_code == 201
    response = await share(client, tenant.amb, post["id"], "facebook")
    assert fields(response) == {"daily_share_limit.facebook"}
    assert "limit is 2 a day" in response.json()["errors"][0]["message"]


async def test_topic_hold_refuses_sharing_with_guidance(client: httpx.AsyncClient, tenant: Tenant) -> None:
    post = await _ready_to_share(client, tenant)
    assert (await client.post(f"/v1/topics/{post['topic_id']}/hold", headers=tenant.comms)).status_code == 200
    response = await share(client, tenant.amb, post["id"])
    assert fields(response) == {"topic_hold.linkedin"}
    assert "do not engage, flag it to the comms team" in response.json()["errors"][0]["message"]


async def test_sensitive_topic_needs_the_certification(client: httpx.AsyncClient, tenant: Tenant) -> None:
    post = await _ready_to_share(client, tenant, slug="privacy", sensitive=True,
                                 certification_key="sensitive-topics")
    response = await share(client, tenant.amb, post["id"])
    assert fields(response) == {"sensitive_certification.linkedin"}
    await certify(client, tenant, "amb", "sensitive-topics")
    assert (await share(client, tenant.amb, post["id"])).status_code == 201


async def test_every_violation_is_reported_together_on_share(client: httpx.AsyncClient, tenant: Tenant) -> None:
    post = await _ready_to_share(client, tenant, slug="privacy", sensitive=True, certification_key="sensitive")
    # Rules changed after publication still apply when sharing.
    await set_programme(client, tenant, banned_terms=["Bergen"], allowed_link_domains=["example.org"])
    await client.post(f"/v1/topics/{post['topic_id']}/hold", headers=tenant.comms)
    response = await share(client, tenant.amb, post["id"], "x")
    assert fields(response) == {"banned_terms", "banned_terms.x", "link_domains", "topic_hold.x",
                                "sensitive_certification.x"}


# Links read as a browser reads them (WHATWG): what the allow-list sees is the host a click opens.
REFUSED_LINKS = [
    "https://evil.example\\@www.fjordline.example/",  # a browser opens evil.example (backslash ends the host)
    "https://www.fjordline.example\\@evil.example/",  # userinfo to a lenient parser: refused outright
    "https://www.fjordline.example@evil.example/",  # userinfo
    "https://user:secret@www.fjordline.example/",  # userinfo on an allowed host is refused too
    "https://@www.fjordline.example/",  # empty userinfo
    "https:\\\\evil.example/",  # backslashes as slashes
    "https://fjordline.example%2eevil.example/",  # percent-encoded dot: the host is fjordline.example.evil.example
    "https://fjörd.example/",  # IDNA: xn--fjrd-6qa.example is not fjordline.example
]
ACCEPTED_LINKS = [
    "https://WWW.FJORDLINE.EXAMPLE/Sale",  # hosts are case-insensitive
    "https://www.fjordline.example./sale",  # a trailing dot is the same host
    "https://%77ww.fjordline.example/",  # percent-encoded letters decode to www
    "https://xn--shp-0na.fjordline.example/",  # a punycode subdomain of an allowed domain
    "https://shöp.fjordline.example/",  # the same, in Unicode
]


async def test_the_allow_list_reads_links_as_browsers_do(client: httpx.AsyncClient, tenant: Tenant) -> None:
    await set_programme(client, tenant, allowed_link_domains=["fjordline.example"])
    topic = await make_topic(client, tenant)
    for url in REFUSED_LINKS:
        in_text = await submit(client, tenant, topic["id"], [text("linkedin", f"Read more: {url} today")])
        assert fields(in_text) == {"link_domains.linkedin"}, url
        as_link = await submit(client, tenant, topic["id"], [text("linkedin", "Hello")], link=url)
        if "@" in url:  # userinfo is refused by the link's own rule, whatever the allow-list says
            assert fields(as_link) == {"link"}, url
            assert "user name or password" in as_link.json()["errors"][0]["message"]
        else:
            assert fields(as_link) == {"link_domains"}, url
    for url in ACCEPTED_LINKS:
        ok = await submit(client, tenant, topic["id"], [text("linkedin", f"Read more: {url} today")], link=url)
        assert ok.status_code == 201, (url, ok.text)


async def test_a_disguised_link_never_reaches_approval_or_sharing(client: httpx.AsyncClient, tenant: Tenant) -> None:
    """The trial's case: a backslash before `@` passed the check, approval and publishing."""
    await set_programme(client, tenant, allowed_link_domains=["fjordline.example"])
    topic = await make_topic(client, tenant)
    disguised = "https://evil.example\\@www.fjordline.example/"
    draft = await client.post("/v1/posts", json={"topic_id": topic["id"], "link": "https://www.fjordline.example/",
                                                 "title": "News", "variants": [text("x", f"Look {disguised}")]},
                              headers=tenant.editor)
    assert draft.status_code == 201, draft.text
    assert fields(await client.post(f"/v1/posts/{draft.json()['id']}/submit", headers=tenant.editor)) == {
        "link_domains.x"}
    # A userinfo link is refused even where the organisation keeps no allow-list.
    await set_programme(client, tenant)
    userinfo = await submit(client, tenant, topic["id"], [text("x", "Look https://a@www.fjordline.example/")])
    assert fields(userinfo) == {"link_domains.x"}
    assert "user name or password" in userinfo.json()["errors"][0]["message"]
