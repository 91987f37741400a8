"""Through the gateway with every app running: a certification earned in curriculum and a share made in advocacy
reach analytics by their events and show up in the KPIs; a hard cap refuses an entry; a CSV export opens with the
right totals."""

import csv
import io
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from kit.ids import new_id
from tests.e2e.flows import Headers, bearer, certify, eventually, lms, ok, settle
from tests.e2e.platform import running_platform

pytestmark = pytest.mark.e2e
EDITOR = "linnea.strom@fjordline.example"
LEARNER = "nora.solberg@fjordline.example"  # neither certified nor an ambassador in the demo data
SELLERS = ["johan.berg", "emma.de.vries", "ole.hansen", "nora.solberg", "pieter.bakker"]
DAY = date(2001, 2, 5)  # far before any demo data, so the export holds exactly what this test records
FOLLOWERS = 640


def kpis(http: httpx.Client, headers: Headers) -> dict[str, dict[str, Any]]:
    """The organisation's KPIs for its current month (the default period), by key."""
    return {i["key"]: i for i in ok(http.get("/analytics/v1/kpi-values", headers=headers))["items"]}


def test_kpis_caps_and_csv_through_the_gateway(tmp_path: Path) -> None:
    with running_platform(tmp_path) as platform, httpx.Client(base_url=platform.gateway, timeout=20) as http:
        admin = {"Authorization": f"Bearer {platform.admin_token}"}
        integration = lms(platform, http)
        editor, learner = bearer(platform, EDITOR), bearer(platform, LEARNER)
        me = ok(http.get("/identity/v1/me", headers=admin))
        sellers = [ok(http.get("/identity/v1/people", params={"email": f"{s}@fjordline.example"},
                               headers=admin))["items"][0] for s in SELLERS]

        settle(platform)  # the directories and the demo seed's events are in, so the baseline holds still
        before = kpis(http, admin)

        # Nora earns a certification in curriculum, joins the ambassador programme and shares a post.
        certify(http, integration, LEARNER, learner, editor, "sensitive-topics")
        programme = http.get("/advocacy/v1/programme", headers=admin)
        # The programme's settings replaced with the defaults (no sharing hours): the test may run at any hour.
        ok(http.put("/advocacy/v1/programme", headers={**admin, "If-Match": programme.headers["etag"]},
                    json={"earned_media_cpm_minor": 9000, "earned_media_cpc_minor": 500}))
        ok(http.post("/advocacy/v1/ambassadors/me", headers=learner, json={
            "consent": True, "networks": [{"network": "linkedin", "followers": FOLLOWERS}]}), 201)
        digest = ok(http.get("/advocacy/v1/digests/preview", headers=learner))
        post_id = next(i["post_id"] for i in digest["items"] if "linkedin" in i["networks"])
        shared = ok(http.post(f"/advocacy/v1/posts/{post_id}/shares", headers=learner,
                              json={"network": "linkedin"}), 201)
        assert shared["potential_reach"] == FOLLOWERS

        def grown() -> dict[str, dict[str, Any]] | None:
            after = kpis(http, admin)
            grew = [int(after[k]["value"]) > int(before[k]["value"]) for k in ("shares", "potential_reach")] + \
                [after[k]["numerator"] > before[k]["numerator"] for k in ("training_coverage",
                                                                          "ambassador_participation")]
            return after if all(grew) else None

        after = eventually(grown)
        assert after, f"analytics never counted the certification and the share: {kpis(http, admin)}"
        assert after["training_coverage"]["numerator"] == before["training_coverage"]["numerator"] + 1
        assert after["ambassador_participation"]["numerator"] == \
            before["ambassador_participation"]["numerator"] + 1
        assert int(after["shares"]["value"]) == int(before["shares"]["value"]) + 1
        assert int(after["potential_reach"]["value"]) == int(before["potential_reach"]["value"]) + FOLLOWERS

        # A leader's hard cap refuses the entry that would pass it, saying by how much.
        ok(http.post("/analytics/v1/time-entries", headers=admin, json={
            "date": DAY.isoformat(), "minutes": 1, "channel": "press", "activity": "strategy"}), 201)
        ok(http.post("/analytics/v1/caps", headers=admin, json={
            "name": "Press work, 30 minutes a day", "scope": "person", "scope_id": me["id"], "channel": "press",
            "period": "day", "limit_minutes": 30, "hard": True}), 201)
        ok(http.post("/analytics/v1/time-entries", headers=admin, json={
            "date": (DAY + timedelta(days=1)).isoformat(), "minutes": 20, "channel": "press",
            "activity": "strategy"}), 201)
        refused = http.post("/analytics/v1/time-entries", headers=admin, json={
            "date": (DAY + timedelta(days=1)).isoformat(), "minutes": 25, "channel": "press", "activity": "strategy"})
        assert refused.status_code == 422 and "by 15 minutes" in refused.json()["errors"][0]["message"]

        minutes = [15, 30, 45, 20, 10]
        ok(http.post("/analytics/v1/time-entries/bulk", headers={**integration, "Idempotency-Key": new_id()},
                     json={"entries": [{"person_id": s["id"], "date": DAY.isoformat(), "minutes": m,
                                        "channel": "linkedin", "activity": "social_selling"}
                                       for s, m in zip(sellers, minutes, strict=True)]}), 201)
        exported = http.get("/analytics/v1/reports/time-use", headers={**admin, "Accept": "text/csv"}, params={
            "from": DAY.isoformat(), "to": DAY.isoformat(), "group_by": ["unit", "channel"]})
        assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(exported.text)))
        assert [(r["unit_name"], r["channel"], int(r["minutes"]), int(r["people"])) for r in rows] == [
            ("B2B Sales", "linkedin", sum(minutes), 5)]
        assert exported.headers["X-Suppressed-Groups"] == "1"  # the admin's own minute of press work
