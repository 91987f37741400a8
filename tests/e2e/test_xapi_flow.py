"""Through the gateway with every app running: an admin maps an LMS's course to a module; a `passed` statement the
LMS sends to the LRS with its HTTP Basic credentials completes the module, the track it finishes issues its
certificate, and the statement's duration shows in the learner's time report in analytics."""

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.e2e.flows import Headers, bearer, eventually, ok, track_certifying
from tests.e2e.platform import running_platform

pytestmark = pytest.mark.e2e
LEARNER = "nora.solberg@fjordline.example"  # not certified in the demo data
COURSE = "https://moodle.fjordline.example/course/view.php?id=7"


def training_minutes(http: httpx.Client, learner: Headers, person_id: str, day: str) -> int:
    """The learner's own minutes on channel training that day, as their time report shows them."""
    report = ok(http.get("/analytics/v1/reports/time-use", headers=learner, params={
        "from": day, "to": day, "person_id": person_id, "group_by": ["channel"], "channel": "training"}))
    return sum(row["minutes"] for row in report["rows"])


def test_a_passed_statement_completes_certifies_and_counts_its_time(tmp_path: Path) -> None:
    with running_platform(tmp_path) as platform, httpx.Client(base_url=platform.gateway, timeout=20) as http:
        admin = {"Authorization": f"Bearer {platform.admin_token}"}
        learner = bearer(platform, LEARNER)
        person_id = ok(http.get("/identity/v1/me", headers=learner))["id"]
        track = track_certifying(http, admin, "sensitive-topics")
        [module_id] = track["module_ids"]

        def credentials() -> dict[str, Any] | None:
            # The admin's token counts in curriculum once identity's events about them have arrived there.
            response = http.post("/curriculum/v1/xapi/credentials", json={"name": "Moodle"}, headers=admin)
            return dict(response.json()) if response.status_code == 201 else None

        lrs = eventually(credentials)
        assert lrs is not None, "the demo admin could not make LRS credentials"
        mapping = ok(http.post("/curriculum/v1/xapi/mappings", headers=admin,
                               json={"activity_id": COURSE, "module_id": module_id}), 201)
        assert ok(http.get("/curriculum/v1/xapi/mappings", headers=admin))["items"] == [mapping]

        # Yesterday at noon UTC: the same calendar day in the organisation's (European) time zone.
        when = (datetime.now(UTC) - timedelta(days=1)).replace(hour=12, minute=0, second=0, microsecond=0)
        day = when.date().isoformat()
        before = training_minutes(http, learner, person_id, day)
        statement = {"id": str(uuid.uuid4()), "timestamp": when.isoformat().replace("+00:00", "Z"),
                     "actor": {"objectType": "Agent", "name": "Nora Solberg", "mbox": f"mailto:{LEARNER}"},
                     "verb": {"id": "http://adlnet.gov/expapi/verbs/passed", "display": {"en-US": "passed"}},
                     "object": {"objectType": "Activity", "id": COURSE,
                                "definition": {"name": {"en-US": "Sensitive topics on social media"}}},
                     "result": {"success": True, "score": {"scaled": 0.92}, "duration": "PT47M10S"}}
        stored = http.post(f"{lrs['endpoint']}statements", json=[statement],
                           auth=httpx.BasicAuth(lrs["key"], lrs["secret"]),
                           headers={"X-Experience-API-Version": "2.0.0"})
        assert ok(stored) == [statement["id"]]

        progress = ok(http.get(f"/curriculum/v1/people/{person_id}/progress", headers=learner))
        assert [m["source"] for m in progress["modules"] if m["module_id"] == module_id] == ["xapi"]
        assert [t["source"] for t in progress["tracks"] if t["track_id"] == track["id"]] == ["xapi"]
        [certificate] = [c for c in progress["certifications"] if c["certification_key"] == "sensitive-topics"]
        assert certificate["status"] == "active" and certificate["issued_at"].startswith(day)

        # The duration travels to analytics by curriculum's event: 47 min 10 s is 47 minutes there.
        counted = eventually(lambda: training_minutes(http, learner, person_id, day) == before + 47)
        assert counted, f"training minutes on {day}: {training_minutes(http, learner, person_id, day)}"
        entries = ok(http.get("/analytics/v1/time-entries", headers=learner, params={"from": day, "to": day}))
        [entry] = [e for e in entries["items"] if e["source"] == "xapi"]
        assert (entry["channel"], entry["activity"], entry["category"], entry["minutes"]) == (
            "training", "learning", "investment", 47)
