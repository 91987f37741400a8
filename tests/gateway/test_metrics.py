"""The gateway's metrics say which service answered how, what was refused, and stay off the public port."""

import httpx

from tests.gateway.conftest import MakeGateway, assert_problem
from tests.support import free_port


def sample(metrics: str, line_start: str) -> float:
    return float(next(line.split()[-1] for line in metrics.splitlines() if line.startswith(line_start)))


async def test_responses_errors_and_refusals_are_counted_per_service(make_gateway: MakeGateway) -> None:
    gateway = await make_gateway(rate_limit_burst=3, rate_limit_per_minute=1)
    auth = gateway.auth()
    assert (await gateway.http.get("/curriculum/v1/echo/x", headers=auth)).status_code == 200
    assert (await gateway.http.get("/curriculum/v1/no-such-thing", headers=auth)).status_code == 404
    gateway.transport.failures["analytics.test"] = httpx.ConnectError("gone")
    assert_problem(await gateway.http.get("/analytics/v1/echo/x", headers=auth), 503)
    assert_problem(await gateway.http.get("/curriculum/v1/echo/x", headers=auth), 429)

    metrics = (await gateway.http.get("/metrics")).text
    responses = "netwise_gateway_upstream_responses_total"
    assert sample(metrics, f'{responses}{{service="curriculum",status="200"}}') == 1
    assert sample(metrics, f'{responses}{{service="curriculum",status="404"}}') == 1
    assert f'{responses}{{service="analytics"' not in metrics  # it never answered
    assert sample(metrics, 'netwise_gateway_upstream_errors_total{service="analytics",status="503"}') == 1
    assert sample(metrics, 'netwise_gateway_rate_limited_total{service="curriculum"}') == 1
    assert sample(metrics, 'netwise_gateway_upstream_duration_seconds_count{service="curriculum"}') == 2


async def test_metrics_can_move_off_the_public_port(make_gateway: MakeGateway) -> None:
    port = free_port()
    gateway = await make_gateway(metrics_port=port, metrics_host="127.0.0.1")
    assert (await gateway.http.get("/curriculum/v1/echo/x", headers=gateway.auth())).status_code == 200
    assert_problem(await gateway.http.get("/metrics"), 404)
    async with httpx.AsyncClient() as scraper:
        scraped = await scraper.get(f"http://127.0.0.1:{port}/metrics")
    assert scraped.status_code == 200
    assert sample(scraped.text, 'netwise_gateway_upstream_responses_total{service="curriculum",status="200"}') == 1
    assert "process_cpu_seconds_total" in scraped.text
