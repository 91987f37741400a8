"""Through the gateway: an LMS enrols a demo person, who passes a quiz, completes a track and is certified;
a platform change plus republish gives them a refresher; curriculum's events reach a subscriber."""

import uuid
from pathlib import Path

import httpx
import pytest

from tests.e2e.flows import bearer, complete_track, enrol, eventually, lms, ok, query, track_certifying
from tests.e2e.platform import Platform, running_platform

pytestmark = pytest.mark.e2e
LEARNER = "johan.berg@fjordline.example"
EDITOR = "linnea.strom@fjordline.example"


def received_from_curriculum(platform: Platform, subscriber: str) -> set[str]:
    return {row[0] for row in query(platform, subscriber,
                                    "SELECT type FROM inbox WHERE source = '/netwise/curriculum'")}


def test_enrol_certify_refresh_and_deliver(tmp_path: Path) -> None:
    with running_platform(tmp_path) as platform, httpx.Client(base_url=platform.gateway, timeout=20) as http:
        integration = lms(platform, http)
        editor, learner = bearer(platform, EDITOR), bearer(platform, LEARNER)

        track = track_certifying(http, integration, "sensitive-topics")
        [module_id] = track["module_ids"]
        key = str(uuid.uuid4())
        enrolled = enrol(http, integration, track["id"], LEARNER, idempotency_key=key)
        assert enrolled.json()["source"] in ("lms", "rule")
        again = http.post("/curriculum/v1/enrolments", json={"track_id": track["id"], "email": LEARNER},
                          headers={**integration, "Idempotency-Key": key})
        assert again.json()["id"] == enrolled.json()["id"]

        quiz = http.get(f"/curriculum/v1/modules/{module_id}/quiz", headers=learner)
        assert quiz.status_code == 200 and "correct" not in quiz.text
        completed = complete_track(http, track, learner, editor)
        assert completed["completed_tracks"] == [track["id"]]
        [certification] = completed["certifications"]
        assert certification["certification_key"] == "sensitive-topics" and certification["status"] == "active"
        person_id = certification["person_id"]
        progress = ok(http.get(f"/curriculum/v1/people/{person_id}/progress", headers=integration))
        assert [c["id"] for c in progress["certifications"]] == [certification["id"]]

        change = http.post("/curriculum/v1/platform-changes", headers=editor, json={
            "platform": "x", "summary": "Replies from unverified accounts are hidden by default",
            "effective_on": "2026-03-01"})
        assert change.status_code == 201 and module_id in change.json()["flagged_module_ids"]
        republished = http.post(f"/curriculum/v1/modules/{module_id}/publish", headers=editor)
        assert republished.status_code == 200 and republished.json()["needs_review"] is False
        learning = ok(http.get("/curriculum/v1/me/learning", headers=learner))
        refreshers = [i["assignment"] for i in learning["items"] if i["assignment"]["source"] == "refresher"]
        assert [(a["module_id"], a["status"]) for a in refreshers] == [(module_id, "open")]

        wanted = {"netwise.curriculum.assignment.created", "netwise.curriculum.module.completed",
                  "netwise.curriculum.track.completed", "netwise.curriculum.certification.issued"}
        subscribers = ("analytics", "advocacy")
        arrived = eventually(lambda: all(wanted <= received_from_curriculum(platform, s) for s in subscribers))
        assert arrived, {s: sorted(received_from_curriculum(platform, s)) for s in subscribers}


def test_an_lms_reports_by_xapi_through_the_gateway(tmp_path: Path) -> None:
    """An admin makes LRS credentials; an LMS configured with them stores statements at the endpoint they name
    and pages through them with `more` links that lead back through the gateway."""
    with running_platform(tmp_path) as platform, httpx.Client(base_url=platform.gateway, timeout=20) as http:
        admin = {"Authorization": f"Bearer {platform.admin_token}"}

        def make() -> httpx.Response | None:
            # The admin's token counts in curriculum once identity's events about them have arrived there.
            response = http.post("/curriculum/v1/xapi/credentials", json={"name": "Moodle"}, headers=admin)
            return response if response.status_code == 201 else None

        created = eventually(make)
        assert created is not None, "the demo admin could not make LRS credentials"
        credentials = ok(created, 201)
        endpoint = credentials["endpoint"]
        assert endpoint == f"{platform.gateway}/curriculum/xapi/"
        auth = httpx.BasicAuth(credentials["key"], credentials["secret"])
        headers = {"X-Experience-API-Version": "2.0.0"}
        mbox = f"mailto:{uuid.uuid4().hex}@fjordline.example"
        statements = [{"actor": {"mbox": mbox}, "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                       "object": {"id": f"https://lms.example/course/{n}"}} for n in range(3)]
        ids = ok(http.post(f"{endpoint}statements", json=statements, auth=auth, headers=headers))
        page = ok(http.get(f"{endpoint}statements", params={"agent": f'{{"mbox": "{mbox}"}}', "limit": 2},
                           auth=auth, headers=headers))
        assert page["more"].startswith("/curriculum/xapi/statements?more=")
        rest = ok(http.get(page["more"], auth=auth, headers=headers))
        assert [s["id"] for s in page["statements"] + rest["statements"]] == ids[::-1]
        refused = http.get(f"{endpoint}statements", auth=httpx.BasicAuth(credentials["key"], "wrong"),
                           headers=headers)
        assert refused.status_code == 401
