from pathlib import Path

import httpx

from services.identity.app import MIGRATIONS, create_app
from services.identity.settings import IdentitySettings
from tests.databases import migrated_database


async def get(app: object, path: str, **kw: object) -> httpx.Response:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:  # type: ignore[arg-type]
        return await client.get(path, **kw)  # type: ignore[arg-type]


async def test_ready_when_migrated_and_metrics_count_requests(tmp_path: Path) -> None:
    async with migrated_database("sqlite", MIGRATIONS, tmp_path) as url:
        app = create_app(IdentitySettings(database_url=url))
        assert (await get(app, "/healthz")).json() == {"status": "ok"}
        assert (await get(app, "/readyz")).json() == {"status": "ready"}
        traced = await get(app, "/v1/people", headers={"X-Request-ID": "trace-me-123"})
        assert traced.status_code == 401 and traced.headers["x-request-id"] == "trace-me-123"
        assert len((await get(app, "/healthz")).headers["x-request-id"]) == 32  # one is made when none is sent
        metrics = (await get(app, "/metrics")).text
        assert 'http_requests_total{method="GET",route="/v1/people",status="401"} 1.0' in metrics
        await app.state.db.dispose()


async def test_not_ready_before_migrations(tmp_path: Path) -> None:
    app = create_app(IdentitySettings(database_url=f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}"))
    response = await get(app, "/readyz")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert "netwise migrate" in response.json()["detail"]
    await app.state.db.dispose()



async def test_each_service_serves_its_docs_without_a_cdn(tmp_path: Path) -> None:
    app = create_app(IdentitySettings(database_url=f"sqlite+aiosqlite:///{tmp_path / 'docs.db'}"))
    page = (await get(app, "/docs")).text
    assert "'/openapi.json'" in page or '"/openapi.json"' in page
    assert 'src="/docs/assets/swagger-ui-bundle.js"' in page
    assert "cdn" not in page.lower()
    assert (await get(app, "/docs/assets/swagger-ui.css")).status_code == 200
    assert "/docs/assets/redoc.standalone.js" in (await get(app, "/redoc")).text
    await app.state.db.dispose()
