"""Through the gateway: an LMS enrols a demo person, who passes a quiz, completes a track and is certified;
a platform change plus republish gives them a refresher; curriculum's events reach a subscriber."""

import sqlite3
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.e2e.platform import Platform, running_platform

pytestmark = pytest.mark.e2e
LEARNER = "johan.berg@fjordline.example"
EDITOR = "linnea.strom@fjordline.example"


def eventually(check: Callable[[], Any], timeout: float = 30.0) -> Any:
    """Events travel asynchronously between the apps: wait for their effect."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.2)


def token_for(platform: Platform, email: str) -> dict[str, str]:
    minted = platform.cli("token", "--email", email)
    assert minted.returncode == 0, minted.stderr
    return {"Authorization": f"Bearer {minted.stdout.strip()}"}


def inbox_types(database: Path) -> list[str]:
    if not database.exists():
        return []
    with sqlite3.connect(database) as conn:
        rows = conn.execute("SELECT type FROM inbox WHERE source = '/netwise/curriculum'").fetchall()
    return [row[0] for row in rows]


def test_enrol_certify_refresh_and_deliver(tmp_path: Path) -> None:
    with running_platform(tmp_path) as platform, httpx.Client(base_url=platform.gateway, timeout=20) as http:
        credentials = platform.demo_client()
        issued = http.post("/identity/v1/oauth/token", data={"grant_type": "client_credentials"},
                           auth=(credentials["client_id"], credentials["client_secret"]))
        assert issued.status_code == 200, issued.text
        lms = {"Authorization": f"Bearer {issued.json()['access_token']}"}
        editor, learner = token_for(platform, EDITOR), token_for(platform, LEARNER)

        catalogue = http.get("/curriculum/v1/tracks", params={"limit": 100}, headers=lms)
        assert catalogue.status_code == 200, catalogue.text
        track = next(t for t in catalogue.json()["items"]
                     if (t["certification"] or {}).get("key") == "sensitive-topics")
        module_id = track["module_ids"][0]

        # identity's person events reach curriculum's directory asynchronously: retry until the person is known.
        key = {"Idempotency-Key": str(uuid.uuid4())}
        body = {"track_id": track["id"], "email": LEARNER}
        enrolled = eventually(lambda: (r := http.post("/curriculum/v1/enrolments", json=body,
                                                      headers={**lms, **key})).status_code in (200, 201) and r)
        assert enrolled, "the demo person never reached curriculum's directory"
        assert enrolled.json()["source"] in ("lms", "rule")
        again = http.post("/curriculum/v1/enrolments", json=body, headers={**lms, **key})
        assert again.json()["id"] == enrolled.json()["id"]

        quiz = http.get(f"/curriculum/v1/modules/{module_id}/quiz", headers=learner)
        assert quiz.status_code == 200 and "correct" not in quiz.text
        answer_key = http.get(f"/curriculum/v1/modules/{module_id}/quiz/answer-key", headers=editor).json()
        answers = [{"question_id": q["id"], "option_ids": q["correct"]} for q in answer_key["questions"]]
        attempt = http.post(f"/curriculum/v1/modules/{module_id}/quiz/attempts", json={"answers": answers},
                            headers=learner)
        assert attempt.status_code == 201 and attempt.json()["passed"] is True

        completed = http.post(f"/curriculum/v1/modules/{module_id}/complete", headers=learner)
        assert completed.status_code == 200, completed.text
        assert completed.json()["completed_tracks"] == [track["id"]]
        [certification] = completed.json()["certifications"]
        assert certification["certification_key"] == "sensitive-topics" and certification["status"] == "active"
        person_id = certification["person_id"]
        progress = http.get(f"/curriculum/v1/people/{person_id}/progress", headers=lms).json()
        assert [c["id"] for c in progress["certifications"]] == [certification["id"]]

        change = http.post("/curriculum/v1/platform-changes", headers=editor, json={
            "platform": "x", "summary": "Replies from unverified accounts are hidden by default",
            "effective_on": "2026-03-01"})
        assert change.status_code == 201 and module_id in change.json()["flagged_module_ids"]
        republished = http.post(f"/curriculum/v1/modules/{module_id}/publish", headers=editor)
        assert republished.status_code == 200 and republished.json()["needs_review"] is False
        learning = http.get("/curriculum/v1/me/learning", headers=learner).json()
        refreshers = [i["assignment"] for i in learning["items"] if i["assignment"]["source"] == "refresher"]
        assert [(a["module_id"], a["status"]) for a in refreshers] == [(module_id, "open")]

        wanted = {"netwise.curriculum.assignment.created", "netwise.curriculum.module.completed",
                  "netwise.curriculum.track.completed", "netwise.curriculum.certification.issued"}
        for subscriber in ("analytics", "advocacy"):
            arrived = eventually(lambda s=subscriber: wanted <= set(inbox_types(tmp_path / f"{s}.db")))
            assert arrived, f"{subscriber} received {sorted(set(inbox_types(tmp_path / f'{subscriber}.db')))}"
