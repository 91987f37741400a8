"""The ambassador programme through the gateway, as `netwise up` runs it: an ambassador certified in curriculum
(learned by advocacy from curriculum's events), an approved post, digest, share, click, statistics, hold."""

from pathlib import Path

import httpx
import pytest

from kit.ids import new_id
from tests.e2e.flows import bearer, certify, eventually, lms, ok, settle
from tests.e2e.platform import running_platform

pytestmark = pytest.mark.e2e
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
EDITOR, SECOND_EDITOR = "linnea.strom@fjordline.example", "daan.smit@fjordline.example"
AMBASSADOR, COMMS = "nora.solberg@fjordline.example", "ida.pedersen@fjordline.example"
CERTIFICATION = "social-media-ambassador"
JOIN = {"consent": True, "networks": [{"network": "linkedin", "followers": 800}]}


def test_ambassador_flow_through_the_gateway(tmp_path: Path) -> None:
    with running_platform(tmp_path / "var") as platform, \
            httpx.Client(base_url=platform.gateway, timeout=20) as api:
        admin = {"Authorization": f"Bearer {platform.admin_token}"}
        editor, second, ambassador, comms = (bearer(platform, e) for e in (EDITOR, SECOND_EDITOR, AMBASSADOR, COMMS))
        settle(platform)  # the demo organisation has reached every service's directory
        programme = api.get("/advocacy/v1/programme", headers=admin)
        assert ok(programme)["currency"] == "SEK"
        ok(api.put("/advocacy/v1/programme", headers={**admin, "If-Match": programme.headers["etag"]},
                   json={"required_certification": CERTIFICATION, "earned_media_cpm_minor": 9000,
                         "earned_media_cpc_minor": 500}))

        # An editor drafts, another editor approves, the first publishes.
        topic = ok(api.post("/advocacy/v1/topics", headers=editor, json={
            "slug": f"bergen-{new_id()[-6:]}", "name": "Bergen store opening"}), 201)
        post = ok(api.post("/advocacy/v1/posts", headers=editor, json={
            "topic_id": topic["id"], "link": "https://www.fjordline.example/bergen", "title": "Bergen opens",
            "priority": 5, "variants": [
                {"network": "linkedin", "locale": "sv-SE", "text": "Vår nya butik i Bergen öppnar! #employee"},
                {"network": "x", "locale": "sv-SE", "text": "Ny butik i Bergen #employee"}]}), 201)
        ok(api.post(f"/advocacy/v1/posts/{post['id']}/submit", headers=editor))
        assert api.post(f"/advocacy/v1/posts/{post['id']}/approve", headers=editor).status_code == 403
        ok(api.post(f"/advocacy/v1/posts/{post['id']}/approve", headers=second))
        assert ok(api.post(f"/advocacy/v1/posts/{post['id']}/publish", headers=editor))["status"] == "published"

        # Nora (not in the demo programme) may not join until she holds the certification.
        assert api.post("/advocacy/v1/ambassadors/me", headers=ambassador, json=JOIN).status_code == 403
        eligibility = ok(api.get("/advocacy/v1/ambassadors/me/eligibility", headers=ambassador))
        assert eligibility["eligible"] is False and CERTIFICATION not in eligibility["certifications"]

        # She is enrolled by the LMS and completes the track in curriculum; advocacy hears of it by event.
        certification = certify(api, lms(platform, api), AMBASSADOR, ambassador, editor, CERTIFICATION)
        eligible = eventually(lambda: (e := ok(api.get("/advocacy/v1/ambassadors/me/eligibility",
                                                         headers=ambassador)))["eligible"] and e)
        assert eligible, "advocacy never learned of the certification curriculum issued"
        assert CERTIFICATION in eligible["certifications"]
        joined = ok(api.post("/advocacy/v1/ambassadors/me", headers=ambassador,
                             json={**JOIN, "topic_ids": [topic["id"]]}), 201)
        assert joined["person_id"] == certification["person_id"]

        digest = ok(api.get("/advocacy/v1/digests/preview", headers=ambassador))
        assert [i["post_id"] for i in digest["items"]] == [post["id"]]

        shared = ok(api.post(f"/advocacy/v1/posts/{post['id']}/shares", headers=ambassador,
                             json={"network": "linkedin"}), 201)
        assert shared["share_url"].startswith("https://www.linkedin.com/sharing/share-offsite/?url=")
        assert shared["short_url"].startswith(f"{platform.gateway}/advocacy/r/")
        for _ in range(2):
            followed = api.get(shared["short_url"], headers={"User-Agent": BROWSER})
            assert followed.status_code == 302
            assert followed.headers["location"] == shared["tracked_url"]
            assert "utm_source=linkedin" in followed.headers["location"]

        mine = ok(api.get("/advocacy/v1/stats/me", headers=ambassador))
        assert mine["totals"]["shares"] == 1 and mine["totals"]["clicks"] == 1
        assert mine["totals"]["potential_reach"] == 800 and mine["totals"]["currency"] == "SEK"
        assert mine["totals"]["earned_media_value_minor"] == 800 * 9000 // 1000 + 500
        aggregate = ok(api.get("/advocacy/v1/stats/posts", headers=editor))
        assert aggregate["suppression"]["suppressed_groups"] >= 1  # one sharer is below the group size

        # Crisis: the comms team holds the topic, and sharing is refused with the guidance.
        ok(api.post(f"/advocacy/v1/topics/{topic['id']}/hold", headers=comms))
        refused = api.post(f"/advocacy/v1/posts/{post['id']}/shares", headers=ambassador, json={"network": "x"})
        assert refused.status_code == 422
        assert "do not engage, flag it to the comms team" in refused.text
        assert api.get("/advocacy/r/not-a-real-code", headers={"User-Agent": BROWSER}).status_code == 404
