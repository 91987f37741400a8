"""The platform as `netwise up` starts it, used through the gateway as an LMS and an admin would."""

from pathlib import Path

import httpx
import pytest

from kit.http import api_client
from tests.e2e.platform import _alive, running_platform

pytestmark = pytest.mark.e2e


async def test_platform_through_the_gateway(tmp_path: Path) -> None:
    with running_platform(tmp_path / "var") as platform:
        gateway = platform.gateway
        demo = platform.demo_client()
        lms = api_client(gateway, token_url=f"{gateway}/identity/v1/oauth/token", client_id=demo["client_id"],
                         client_secret=demo["client_secret"])
        async with lms, httpx.AsyncClient(base_url=gateway, timeout=10) as anonymous:
            await lms.fetch_token()
            people = await lms.get("/identity/v1/people", params={"limit": 100})
            assert people.status_code == 200
            assert len(people.json()["items"]) == 49
            assert {p["job_function"] for p in people.json()["items"]} == {
                "sales", "customer_service", "marketing", "product", "analytics", "hr", "it", "leadership", "other"}

            created = await lms.post("/identity/v1/people", json={
                "email": "new.hire@fjordline.example", "name": "New Hire", "job_function": "sales"})
            assert created.status_code == 201
            assert created.headers["location"] == f"/identity/v1/people/{created.json()['id']}"
            assert created.headers["x-request-id"]

            denied = await anonymous.get("/identity/v1/people")
            assert denied.status_code == 401
            assert denied.headers["content-type"] == "application/problem+json"

            admin = {"Authorization": f"Bearer {platform.admin_token}"}
            assert (await anonymous.get("/identity/v1/me", headers=admin)).json()["email"] == \
                "ingrid.dahl@fjordline.example"

            # A second organisation, made the way an operator would, cannot see Fjordline's people.
            made = platform.cli("org", "create", "--name", "Kyst AS", "--slug", "kyst", "--admin-email",
                                "admin@kyst.example", "--currency", "NOK", "--timezone", "Europe/Oslo")
            assert made.returncode == 0, made.stderr
            minted = platform.token("admin@kyst.example")
            assert minted.returncode == 0, minted.stderr
            other = {"Authorization": f"Bearer {minted.stdout.strip()}"}
            theirs = await anonymous.get(f"/identity/v1/people/{created.json()['id']}", headers=other)
            assert theirs.status_code == 404
            own = await anonymous.get("/identity/v1/people", headers=other)
            assert [p["email"] for p in own.json()["items"]] == ["admin@kyst.example"]

            spec = (await anonymous.get("/openapi.json")).json()
            assert "/identity/v1/people" in spec["paths"] and "/identity/v1/oauth/token" in spec["paths"]
            assert (await anonymous.get("/docs")).status_code == 200

        children = platform.child_pids()
        assert len(children) == 6  # identity, curriculum, advocacy, analytics, webhooks, gateway
    assert platform.process.returncode == 0
    assert [pid for pid in children if _alive(pid)] == []  # Ctrl-C left nothing behind
