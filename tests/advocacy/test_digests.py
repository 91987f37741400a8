"""7. Digests: selection per ambassador, preview, an organisation-wide run, delivery retried until sent."""

import email
import email.policy
import re
from pathlib import Path
from urllib.parse import quote

import httpx
from fastapi import FastAPI
from sqlmodel import select

from services.advocacy import digests
from services.advocacy.models import DigestMessage
from tests.advocacy.conftest import Tenant, certify, join, make_tenant, make_topic, published_post, set_programme, share


async def _preview(client: httpx.AsyncClient, headers: dict[str, str], person_id: str | None = None) -> httpx.Response:
    return await client.get("/v1/digests/preview", params={"person_id": person_id} if person_id else {},
                            headers=headers)


async def test_selection_follows_topics_networks_shares_holds_and_certification(client: httpx.AsyncClient,
                                                                                 tenant: Tenant) -> None:
    stores = await make_topic(client, tenant, "stores")
    careers = await make_topic(client, tenant, "careers")
    privacy = await make_topic(client, tenant, "privacy", sensitive=True, certification_key="sensitive-topics")
    crisis = await make_topic(client, tenant, "crisis")
    low = await published_post(client, tenant, stores["id"], priority=2, title="Low")
    high = await published_post(client, tenant, stores["id"], priority=5, title="High")
    newest_low = await published_post(client, tenant, stores["id"], priority=2, title="Newest low")
    await published_post(client, tenant, careers["id"], title="Not my topic")
    sensitive = await published_post(client, tenant, privacy["id"], title="Sensitive")
    await published_post(client, tenant, crisis["id"], title="Held")
    await published_post(client, tenant, stores["id"], title="Only Instagram",
                         variants=[{"network": "instagram", "locale": "en", "text": "Bergen"}])
    await client.post(f"/v1/topics/{crisis['id']}/hold", headers=tenant.comms)
    await join(client, tenant.amb, topic_ids=[stores["id"], privacy["id"], crisis["id"]])
    shared = await published_post(client, tenant, stores["id"], title="Already shared")
    assert (await share(client, tenant.amb, shared["id"])).status_code == 201

    preview = await _preview(client, tenant.amb)
    assert preview.status_code == 200
    assert [i["title"] for i in preview.json()["items"]] == ["High", "Newest low", "Low"]
    assert preview.json()["items"][0]["texts"]["linkedin"].startswith("Our new store")
    assert "High" in preview.json()["text"] and "<li>" in preview.json()["html"]
    assert [i["post_id"] for i in preview.json()["chat"]["items"]] == [high["id"], newest_low["id"], low["id"]]

    await certify(client, tenant, "amb", "sensitive-topics")
    items = (await _preview(client, tenant.amb)).json()["items"]
    assert [i["title"] for i in items] == ["High", "Sensitive", "Newest low", "Low"]  # priority 3 before 2
    assert items[1]["post_id"] == sensitive["id"]


async def test_preview_of_someone_else_is_for_editors(client: httpx.AsyncClient, tenant: Tenant) -> None:
    await join(client, tenant.amb)
    assert (await _preview(client, tenant.editor, tenant.ids["amb"])).status_code == 200
    assert (await _preview(client, tenant.learner, tenant.ids["amb"])).status_code == 404
    assert (await _preview(client, tenant.learner)).status_code == 404  # not an ambassador


async def test_run_writes_one_message_per_ambassador_and_none_after_leaving(
        client: httpx.AsyncClient, tenant: Tenant, app: FastAPI, tmp_path: Path) -> None:
    topic = await make_topic(client, tenant)
    await published_post(client, tenant, topic["id"])
    await join(client, tenant.amb)
    await join(client, tenant.amb2, digest_channel="chat")
    await join(client, tenant.amb3, digest_channel="none")
    await join(client, tenant.learner)
    await client.post("/v1/ambassadors/me/leave", headers=tenant.learner)
    assert (await client.post("/v1/digests/runs", headers=tenant.amb)).status_code == 403
    run = await client.post("/v1/digests/runs", headers=tenant.editor)
    assert run.status_code == 201 and run.json()["messages"] == 2 and run.json()["skipped"] == 1

    async with app.state.db.transaction() as session:
        messages = (await session.exec(select(DigestMessage).where(DigestMessage.org_id == tenant.org_id))).all()
    assert sorted((m.person_id, m.channel) for m in messages) == sorted(
        [(tenant.ids["amb"], "email"), (tenant.ids["amb2"], "chat")])

    transport = digests.FileTransport(tmp_path, "netwise <digest@fjordline.example>")
    assert await digests.deliver_due(app.state.db, transport) >= 2
    mail = [p for p in (tmp_path / tenant.org_id).iterdir() if p.suffix == ".eml"]
    parsed = email.message_from_bytes(mail[0].read_bytes())
    assert parsed["To"] == f"amb@{tenant.org_id[-8:]}.example"
    assert parsed["Content-Language"] == "sv"  # the organisation's default locale, sv-SE
    assert {part.get_content_type() for part in parsed.walk()} >= {"text/plain", "text/html"}
    assert len([p for p in (tmp_path / tenant.org_id).iterdir() if p.suffix == ".json"]) == 1


class FlakyTarget:
    """Fails the first `failures` sends, then records what it delivers."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.sent: list[str] = []

    async def send(self, message: DigestMessage) -> None:
        if self.failures:
            self.failures -= 1
            raise ConnectionRefusedError("smtp.fjordline.example:587 refused the connection")
        self.sent.append(message.person_id)


async def test_failed_delivery_is_retried_and_never_lost(client: httpx.AsyncClient, tenant: Tenant,
                                                         app: FastAPI) -> None:
    db = app.state.db
    await digests.deliver_due(db, FlakyTarget(0))  # drain what earlier tests left
    topic = await make_topic(client, tenant)
    await published_post(client, tenant, topic["id"])
    await join(client, tenant.amb)
    await client.post("/v1/digests/runs", headers=tenant.editor)
    target = FlakyTarget(1)
    assert await digests.deliver_due(db, target) == 0
    async with db.transaction() as session:
        [message] = (await session.exec(select(DigestMessage).where(DigestMessage.org_id == tenant.org_id))).all()
        assert message.sent_at is None and message.attempts == 1 and "refused" in (message.last_error or "")
        message.next_attempt_at = message.created_at  # the backoff has passed
    assert await digests.deliver_due(db, target) == 1
    assert target.sent == [tenant.ids["amb"]]
    async with db.transaction() as session:
        stored = await session.get(DigestMessage, message.id)
        assert stored is not None and stored.sent_at is not None and stored.attempts == 2


async def test_a_post_whose_links_left_the_allow_list_is_not_mailed(client: httpx.AsyncClient,
                                                                    tenant: Tenant) -> None:
    """The allow-list is read as a browser reads links (WHATWG) when the digest is made, not only at approval."""
    topic = await make_topic(client, tenant)
    ok = await published_post(client, tenant, topic["id"], title="Ours")
    await published_post(client, tenant, topic["id"], title="Theirs", variants=[
        {"network": "linkedin", "locale": "en", "text": "Read https:\\\\partner.example/news"}])
    await join(client, tenant.amb)
    assert {i["title"] for i in (await _preview(client, tenant.amb)).json()["items"]} == {"Ours", "Theirs"}
    await set_programme(client, tenant, allowed_link_domains=["fjordline.example"])
    preview = (await _preview(client, tenant.amb)).json()
    assert [i["post_id"] for i in preview["items"]] == [ok["id"]]
    assert "partner.example" not in preview["text"] and "partner.example" not in preview["html"]


async def test_the_mail_carries_share_links_a_one_click_leave_and_both_parts(
        client: httpx.AsyncClient, app: FastAPI, tmp_path: Path) -> None:
    """Tracked share links instead of the raw destination; List-Unsubscribe with RFC 8058 one-click; HTML (escaped)
    and text parts; the ambassador's language throughout."""
    tenant = await make_tenant(client, locale_of={"amb": "nb-NO"})
    topic = await make_topic(client, tenant)
    post = await published_post(client, tenant, topic["id"], title="<b>Bergen</b> & more", variants=[
        {"network": "linkedin", "locale": "sv-SE", "text": "Vi öppnar i Bergen!"},
        {"network": "linkedin", "locale": "nb-NO", "text": "Vi åpner i Bergen! <script>x</script>"},
        {"network": "x", "locale": "nb-NO", "text": "Ny butikk i Bergen"}])
    await join(client, tenant.amb)
    await client.post("/v1/digests/runs", headers=tenant.editor)
    await digests.deliver_due(app.state.db, digests.FileTransport(tmp_path, "netwise <d@fjordline.example>"))
    [eml] = [p for p in (tmp_path / tenant.org_id).iterdir() if p.suffix == ".eml"]
    mail = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert mail.get_content_type() == "multipart/alternative"
    text = mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    page = mail.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert mail["Content-Language"] == "nb"
    # Norwegian texts and words, no Swedish fallback.
    assert "Vi åpner i Bergen!" in text and "Vi öppnar" not in text and "Del på LinkedIn" in text
    assert "<script>" not in page and "&lt;script&gt;" in page and "&lt;b&gt;Bergen&lt;/b&gt; &amp; more" in page
    # No raw destination: each network's link is a signed share link of this service.
    assert "fjordline.example/news" not in text and "fjordline.example/news" not in page
    share_links = re.findall(r"http://testserver/m/share/[\w.-]+", text)
    assert len(share_links) == 2 and all(link in page for link in share_links)
    leave = re.fullmatch(r"<(http://testserver/m/leave/[\w.-]+)>", mail["List-Unsubscribe"])
    assert leave and mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click" and leave[1] in text

    # A share link: its page changes nothing (mail scanners fetch links), its button makes a tracked share.
    linkedin = share_links[0].removeprefix("http://testserver")
    page_only = await client.get(linkedin)
    assert page_only.status_code == 200 and "Del på LinkedIn" in page_only.text and "<form" in page_only.text
    assert (await client.get("/v1/shares", headers=tenant.amb)).json()["items"] == []
    shared = await client.post(linkedin)
    assert shared.status_code == 303, shared.text
    assert shared.headers["location"].startswith("https://www.linkedin.com/sharing/share-offsite/?url=")
    [made] = (await client.get("/v1/shares", headers=tenant.amb)).json()["items"]
    assert made["post_id"] == post["id"] and made["network"] == "linkedin"
    assert quote(made["short_url"], safe="") in shared.headers["location"]  # the tracked short link, not the raw
    forged = linkedin[:-3] + ("AAA" if not linkedin.endswith("AAA") else "BBB")
    assert (await client.post(forged)).status_code == 404

    # One-click leave: a POST without a login, as a mail client sends it; again changes nothing.
    one_click = leave[1].removeprefix("http://testserver")
    confirm = await client.get(one_click)
    assert confirm.status_code == 200 and "<form" in confirm.text
    assert (await client.get("/v1/ambassadors/me", headers=tenant.amb)).json()["status"] == "active"
    for _ in range(2):
        left = await client.post(one_click, content="List-Unsubscribe=One-Click",
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert left.status_code == 200 and "forlatt ambassadørprogrammet" in left.text
    assert (await client.get("/v1/ambassadors/me", headers=tenant.amb)).json()["status"] == "left"
    assert (await client.post(linkedin)).status_code == 403  # no more sharing once left


async def test_an_editors_preview_of_someone_elses_digest_has_inert_links(client: httpx.AsyncClient,
                                                                         tenant: Tenant) -> None:
    """The links act for the person without a login: an editor previewing them must not be able to use them."""
    await published_post(client, tenant, (await make_topic(client, tenant))["id"])
    await join(client, tenant.amb)
    own = (await _preview(client, tenant.amb)).json()
    theirs = (await _preview(client, tenant.editor, tenant.ids["amb"])).json()
    for preview, works in ((theirs, False), (own, True)):
        share_link = preview["items"][0]["share_links"]["linkedin"].removeprefix("http://testserver")
        leave_link = preview["unsubscribe_url"].removeprefix("http://testserver")
        assert ((await client.get(share_link)).status_code == 200) is works
        assert ((await client.get(leave_link)).status_code == 200) is works
    assert (await client.post(theirs["unsubscribe_url"].removeprefix("http://testserver"))).status_code == 404
    assert (await client.get("/v1/ambassadors/me", headers=tenant.amb)).json()["status"] == "active"
