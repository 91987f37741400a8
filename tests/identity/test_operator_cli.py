"""An operator of a fresh production install gets from nothing to a working client and a connected identity
provider with `netwise` commands only (no embedded mode, no admin token)."""

import asyncio
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from kit.migrations import upgrade
from netwise_cli.main import app as cli
from services.identity.app import MIGRATIONS, create_app
from services.identity.settings import IdentitySettings

KEY = "an-event-key-long-and-random-enough"


@pytest.fixture
def production(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path / 'identity.db'}"
    upgrade(MIGRATIONS, url)
    for name, value in {"MODE": "production", "DATABASE_URL": url, "EVENT_KEY": KEY, "SUBSCRIBERS": "[]",
                        "EVENT_PUBLISHER_KEYS": "{}"}.items():
        monkeypatch.setenv(f"NETWISE_IDENTITY_{name}", value)
    return url


def netwise(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_an_operator_creates_an_organisation_and_a_client_that_gets_tokens(production: str) -> None:
    code, out = netwise("org", "create", "--name", "Acme", "--slug", "acme", "--admin-email", "it@acme.example")
    assert code == 0, out
    code, out = netwise("client", "create", "--org", "acme", "--name", "Moodle", "--scopes",
                        "people:read people:write")
    assert code == 0, out
    lines = dict(line.split(" ", 1) for line in out.splitlines()[:2])

    async def use_it() -> list[str]:
        identity = create_app(IdentitySettings(database_url=production, mode="embedded"))
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=identity), base_url="http://identity") as http:
            response = await http.post("/v1/oauth/token", data={"grant_type": "client_credentials"},
                                        auth=(lines["client_id"], lines["client_secret"]))
            assert response.status_code == 200, response.text
            assert response.json()["scope"] == "people:read people:write"
            people = await http.get("/v1/people", headers={
                "Authorization": f"Bearer {response.json()['access_token']}"})
        await identity.state.db.dispose()
        return [p["email"] for p in people.json()["items"]]

    assert asyncio.run(use_it()) == ["it@acme.example"]


def test_operator_mistakes_are_one_line_each_and_change_nothing(production: str) -> None:
    assert netwise("org", "create", "--name", "Acme", "--slug", "acme", "--admin-email", "it@acme.example")[0] == 0
    code, out = netwise("client", "create", "--org", "nowhere", "--name", "Moodle", "--scopes", "people:read")
    assert code == 1 and "no organisation 'nowhere'" in out
    code, out = netwise("client", "create", "--org", "acme", "--name", "Moodle", "--scopes", "people:everything")
    assert code == 1 and out.startswith("scopes.0:")
    code, out = netwise("app", "register", "--name", "Intranet", "--redirect-uri", "http://intranet.acme.example/")
    assert code == 1 and "https" in out
    code, out = netwise("idp", "set", "--org", "acme", "--issuer", "http://127.0.0.1:9/nothing", "--client-id",
                        "netwise", "--client-secret", "s")
    assert code == 1 and out.startswith("issuer: must be an https URL")
    code, out = netwise("app", "register", "--name", "Intranet", "--redirect-uri", "https://intranet.acme.example/")
    assert code == 0 and out.startswith("client_id app_")

    async def clients() -> int:
        from sqlalchemy import text

        from kit.db import Database

        db = Database(production)
        async with db.transaction() as session:
            count = (await session.execute(text("SELECT count(*) FROM clients"))).scalar_one()
        await db.dispose()
        return int(count)

    assert asyncio.run(clients()) == 0
