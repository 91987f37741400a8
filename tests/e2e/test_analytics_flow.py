"""Through the gateway with every app running: training and advocacy show up in the KPIs, a hard cap refuses an
entry, and a CSV export opens with the right totals.

curriculum's and advocacy's events are delivered to analytics' /internal/events as their relays would (same
envelope, the embedded internal token), so this test does not depend on how a certification is earned there.
"""

import csv
import io
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from kit.ids import new_id
from kit.settings import EMBEDDED_INTERNAL_TOKEN
from tests.e2e.platform import Platform, running_platform

pytestmark = pytest.mark.e2e
ADMIN = "ingrid.dahl@fjordline.example"
SELLERS = ["johan.berg", "emma.de.vries", "ole.hansen", "nora.solberg", "pieter.bakker"]
DAY = date(2001, 2, 5)  # far before any demo data, so the export holds exactly what this test records


def eventually(check: Callable[[], Any], timeout: float = 30.0) -> Any:
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


def publish(platform: Platform, org: str, source: str, event_type: str, data: dict[str, Any]) -> None:
    envelope = {"specversion": "1.0", "id": new_id(), "source": source, "type": event_type, "org": org,
                "time": f"{date.today().isoformat()}T08:00:00Z", "subject": str(data.get("id", "")), "data": data}
    response = httpx.post(f"{platform.url('analytics')}/internal/events", json=envelope,
                          headers={"Authorization": f"Bearer {EMBEDDED_INTERNAL_TOKEN}"})
    assert response.status_code == 204, response.text


def test_kpis_caps_and_csv_through_the_gateway(tmp_path: Path) -> None:
    with running_platform(tmp_path) as platform, httpx.Client(base_url=platform.gateway, timeout=20) as http:
        admin = {"Authorization": f"Bearer {platform.admin_token}"}
        credentials = platform.demo_client()
        issued = http.post("/identity/v1/oauth/token", data={"grant_type": "client_credentials"},
                           auth=(credentials["client_id"], credentials["client_secret"]))
        integration = {"Authorization": f"Bearer {issued.json()['access_token']}"}
        me = http.get("/identity/v1/me", headers=admin).json()
        org = http.get("/identity/v1/organisation", headers=admin).json()
        sellers = [http.get("/identity/v1/people", params={"email": f"{s}@fjordline.example"},
                            headers=admin).json()["items"][0] for s in SELLERS]

        # identity's events reach analytics' directory asynchronously.
        assert eventually(lambda: http.get("/analytics/v1/caps/status/me", headers=admin).status_code == 200)
        assert eventually(lambda: http.post("/analytics/v1/time-entries", headers=admin, json={
            "date": DAY.isoformat(), "minutes": 1, "channel": "press", "activity": "strategy"}).status_code == 201)

        today = date.today().isoformat()
        before = http.get("/analytics/v1/kpi-values", params={"from": today, "to": today}, headers=admin).json()
        publish(platform, org["id"], "/netwise/curriculum", "netwise.curriculum.certification.issued", {
            "id": new_id(), "person_id": sellers[0]["id"], "track_id": new_id(),
            "certification_key": "social-media-ambassador", "issued_at": f"{today}T07:00:00Z", "expires_at": None})
        publish(platform, org["id"], "/netwise/advocacy", "netwise.advocacy.share.created", {
            "id": new_id(), "person_id": sellers[1]["id"], "post_id": new_id(), "topic_id": new_id(),
            "network": "linkedin", "created_at": f"{today}T07:30:00Z", "potential_reach": 640})
        after = http.get("/analytics/v1/kpi-values", params={"from": today, "to": today}, headers=admin)
        assert after.status_code == 200, after.text

        def kpi(values: dict[str, Any], key: str) -> dict[str, Any]:
            return next(i for i in values["items"] if i["key"] == key)

        assert kpi(after.json(), "training_coverage")["numerator"] == kpi(before, "training_coverage")["numerator"] + 1
        assert int(kpi(after.json(), "shares")["value"]) == int(kpi(before, "shares")["value"]) + 1
        assert int(kpi(after.json(), "potential_reach")["value"]) == int(kpi(before, "potential_reach")["value"]) + 640

        cap = http.post("/analytics/v1/caps", headers=admin, json={
            "name": "Press work, 30 minutes a day", "scope": "person", "scope_id": me["id"], "channel": "press",
            "period": "day", "limit_minutes": 30, "hard": True})
        assert cap.status_code == 201, cap.text
        assert http.post("/analytics/v1/time-entries", headers=admin, json={
            "date": (DAY + timedelta(days=1)).isoformat(), "minutes": 20, "channel": "press",
            "activity": "strategy"}).status_code == 201
        refused = http.post("/analytics/v1/time-entries", headers=admin, json={
            "date": (DAY + timedelta(days=1)).isoformat(), "minutes": 25, "channel": "press", "activity": "strategy"})
        assert refused.status_code == 422 and "by 15 minutes" in refused.json()["errors"][0]["message"]

        minutes = [15, 30, 45, 20, 10]
        bulk = http.post("/analytics/v1/time-entries/bulk", headers={**integration, "Idempotency-Key": new_id()},
                         json={"entries": [{"person_id": s["id"], "date": DAY.isoformat(), "minutes": m,
                                            "channel": "linkedin", "activity": "social_selling"}
                                           for s, m in zip(sellers, minutes, strict=True)]})
        assert bulk.status_code == 201, bulk.text
        exported = http.get("/analytics/v1/reports/time-use", headers={**admin, "Accept": "text/csv"}, params={
            "from": DAY.isoformat(), "to": DAY.isoformat(), "group_by": ["unit", "channel"]})
        assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(exported.text)))
        assert [(r["unit_name"], r["channel"], int(r["minutes"]), int(r["people"])) for r in rows] == [
            ("B2B Sales", "linkedin", sum(minutes), 5)]
        assert exported.headers["X-Suppressed-Groups"] == "1"  # the admin's own minute of press work
