"""The ambassador programme through the gateway, as `netwise up` runs it: publish, digest, share, click, hold."""

import asyncio
import base64
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from kit.ids import new_id
from tests.e2e.platform import Platform, running_platform

pytestmark = pytest.mark.e2e
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
EDITOR, SECOND_EDITOR = "linnea.strom@fjordline.example", "daan.smit@fjordline.example"
AMBASSADOR, COMMS = "nora.solberg@fjordline.example", "ida.pedersen@fjordline.example"


def bearer(platform: Platform, email: str) -> dict[str, str]:
    minted = platform.cli("token", "--email", email)
    assert minted.returncode == 0, minted.stderr
    return {"Authorization": f"Bearer {minted.stdout.strip()}"}


async def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, f"{response.request.method} {response.request.url}: {response.text}"
    return response.json()


async def test_ambassador_flow_through_the_gateway(tmp_path: Path) -> None:
    with running_platform(tmp_path / "var") as platform:
        admin = {"Authorization": f"Bearer {platform.admin_token}"}
        editor, second, ambassador, comms = (bearer(platform, e) for e in (EDITOR, SECOND_EDITOR, AMBASSADOR, COMMS))
        async with httpx.AsyncClient(base_url=platform.gateway, timeout=10) as api:
            # identity's events reach advocacy shortly after start-up: wait for the organisation's rules.
            for _ in range(100):
                if (await api.get("/advocacy/v1/programme", headers=admin)).json().get("currency") == "SEK":
                    break
                await asyncio.sleep(0.2)
            nora = (await ok(await api.get("/identity/v1/people", params={"email": AMBASSADOR},
                                            headers=admin)))["items"][0]
            programme = await api.get("/advocacy/v1/programme", headers=admin)
            await ok(await api.put("/advocacy/v1/programme", headers={**admin, "If-Match": programme.headers["etag"]},
                                   json={"required_certification": "social-media-ambassador", "cpm": 90, "cpc": 5}))

            # An editor drafts, another editor approves, the first publishes.
            topic = await ok(await api.post("/advocacy/v1/topics", headers=editor, json={
                "slug": f"bergen-{new_id()[-6:]}", "name": "Bergen store opening"}), 201)
            post = await ok(await api.post("/advocacy/v1/posts", headers=editor, json={
                "topic_id": topic["id"], "link": "https://www.fjordline.example/bergen", "title": "Bergen opens",
                "priority": 5, "variants": [
                    {"network": "linkedin", "locale": "sv-SE", "text": "Vår nya butik i Bergen öppnar! #employee"},
                    {"network": "x", "locale": "sv-SE", "text": "Ny butik i Bergen #employee"}]}), 201)
            await ok(await api.post(f"/advocacy/v1/posts/{post['id']}/submit", headers=editor))
            assert (await api.post(f"/advocacy/v1/posts/{post['id']}/approve", headers=editor)).status_code == 403
            await ok(await api.post(f"/advocacy/v1/posts/{post['id']}/approve", headers=second))
            assert (await ok(await api.post(f"/advocacy/v1/posts/{post['id']}/publish",
                                            headers=editor)))["status"] == "published"

            # Nora (not in the demo programme) is certified by curriculum: its event, delivered as its relay would.
            assert (await api.post("/advocacy/v1/ambassadors/me", headers=ambassador, json={
                "consent": True, "networks": [{"network": "linkedin", "followers": 800}]})).status_code == 403
            certificate = {"specversion": "1.0", "id": new_id(), "source": "/netwise/curriculum",
                           "type": "netwise.curriculum.certification.issued", "org": org_of(platform.admin_token),
                           "time": datetime.now(UTC).isoformat(), "subject": nora["id"], "data": {
                               "id": new_id(), "person_id": nora["id"], "track_id": new_id(),
                               "certification_key": "social-media-ambassador",
                               "issued_at": datetime.now(UTC).isoformat(),
                               "expires_at": (datetime.now(UTC) + timedelta(days=365)).isoformat()}}
            async with httpx.AsyncClient(base_url=platform.url("advocacy"), timeout=10) as internal:
                delivered = await internal.post("/internal/events", json=certificate,
                                                headers={"Authorization": "Bearer embedded-internal-token"})
                assert delivered.status_code == 204
            await ok(await api.post("/advocacy/v1/ambassadors/me", headers=ambassador, json={
                "consent": True, "networks": [{"network": "linkedin", "followers": 800}],
                "topic_ids": [topic["id"]]}), 201)

            digest = await ok(await api.get("/advocacy/v1/digests/preview", headers=ambassador))
            assert [i["post_id"] for i in digest["items"]] == [post["id"]]

            shared = await ok(await api.post(f"/advocacy/v1/posts/{post['id']}/shares", headers=ambassador,
                                             json={"network": "linkedin"}), 201)
            assert shared["share_url"].startswith("https://www.linkedin.com/sharing/share-offsite/?url=")
            assert shared["short_url"].startswith(f"{platform.gateway}/advocacy/r/")
            for _ in range(2):
                followed = await api.get(shared["short_url"], headers={"User-Agent": BROWSER})
                assert followed.status_code == 302
                assert followed.headers["location"] == shared["tracked_url"]
                assert "utm_source=linkedin" in followed.headers["location"]

            mine = await ok(await api.get("/advocacy/v1/stats/me", headers=ambassador))
            assert mine["totals"]["shares"] == 1 and mine["totals"]["clicks"] == 1
            assert mine["totals"]["potential_reach"] == 800 and mine["totals"]["currency"] == "SEK"
            assert mine["totals"]["earned_media_value"] == round(800 / 1000 * 90 + 5, 2)
            aggregate = await ok(await api.get("/advocacy/v1/stats/posts", headers=editor))
            assert aggregate["suppression"]["suppressed_groups"] >= 1  # one sharer is below the group size

            # Crisis: the comms team holds the topic, and sharing is refused with the guidance.
            await ok(await api.post(f"/advocacy/v1/topics/{topic['id']}/hold", headers=comms))
            refused = await api.post(f"/advocacy/v1/posts/{post['id']}/shares", headers=ambassador,
                                     json={"network": "x"})
            assert refused.status_code == 422
            assert "do not engage, flag it to the comms team" in refused.text
            assert (await api.get("/advocacy/r/not-a-real-code", headers={"User-Agent": BROWSER})).status_code \
                == 404


def org_of(token: str) -> str:
    """The tenant id is the token's `org` claim."""
    payload = token.split(".")[1]
    return str(json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))["org"])
