from datetime import timedelta
from pathlib import Path

import httpx
from sqlalchemy import update

from kit.ids import utcnow
from services.identity.app import MIGRATIONS, create_app
from services.identity.models import outbox_table
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


async def test_metrics_show_the_outbox_backlog_and_the_process(tmp_path: Path) -> None:
    subscriber = "http://127.0.0.1:9/internal/events"  # nothing listens: every delivery fails
    async with migrated_database("sqlite", MIGRATIONS, tmp_path) as url:
        app = create_app(IdentitySettings(database_url=url, subscribers=[subscriber], relay_interval_seconds=3600))
        labels = f'{{subscriber="{subscriber}"}}'

        def figure(metrics: str, name: str) -> float:
            return float(next(line.split()[-1] for line in metrics.splitlines() if line.startswith(name + labels)))

        empty = (await get(app, "/metrics")).text
        assert figure(empty, "netwise_outbox_undelivered") == 0
        assert figure(empty, "netwise_outbox_oldest_undelivered_seconds") == 0
        assert "process_cpu_seconds_total" in empty and "python_gc_collections_total" in empty

        async with app.state.db.transaction() as session:
            for n in range(2):
                await app.state.outbox.emit(session, type="person.created", org="org-1", subject=f"p{n}",
                                            data={"id": f"p{n}"})
            await session.execute(update(outbox_table).values(created_at=utcnow() - timedelta(seconds=90)))
        await app.state.relay.deliver_due()  # the first fails; the second waits its turn behind it
        metrics = (await get(app, "/metrics")).text
        assert figure(metrics, "netwise_outbox_undelivered") == 2
        assert 90 <= figure(metrics, "netwise_outbox_oldest_undelivered_seconds") < 120
        assert figure(metrics, "netwise_outbox_failing") == 1

        async with app.state.db.transaction() as session:
            await session.execute(update(outbox_table).values(delivered_at=utcnow(), last_error=None))
        delivered = (await get(app, "/metrics")).text
        assert [figure(delivered, name) for name in ("netwise_outbox_undelivered",
                "netwise_outbox_oldest_undelivered_seconds", "netwise_outbox_failing")] == [0, 0, 0]
        await app.state.relay.close()
        await app.state.db.dispose()
