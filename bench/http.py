"""Latency and throughput of the embedded platform, through the gateway and straight to identity.

    uv run python -m bench.http [--requests 2000] [--concurrency 16]

Starts the platform as `netwise up` does (real processes on loopback), sends a bounded number of requests
from one client process, and records medians and tails side by side in one run.
"""

import argparse
import asyncio
import os
import tempfile
import time
from pathlib import Path

import httpx

from bench.stats import record, summary
from tests.e2e.platform import running_platform


async def hammer(base: str, path: str, headers: dict[str, str], requests: int, concurrency: int) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(requests):
        queue.put_nowait(i)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async with httpx.AsyncClient(base_url=base, headers=headers, limits=limits, timeout=30) as client:
        async def worker() -> None:
            nonlocal errors
            while not queue.empty():
                queue.get_nowait()
                started = time.perf_counter()
                response = await client.get(path)
                latencies.append((time.perf_counter() - started) * 1000)
                errors += response.status_code != 200

        await client.get(path)  # warm-up: connections, caches, JWKS
        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return {**summary(latencies), "requests_per_s": round(requests / elapsed, 1), "errors": errors}


async def main(requests: int, concurrency: int) -> None:
    # The children inherit this: measure the proxy, not the limiter saying 429.
    os.environ["NETWISE_GATEWAY_RATE_LIMIT_PER_MINUTE"] = "10000000"
    os.environ["NETWISE_GATEWAY_RATE_LIMIT_BURST"] = "1000000"
    with tempfile.TemporaryDirectory() as tmp, running_platform(Path(tmp) / "var") as platform:
        headers = {"Authorization": f"Bearer {platform.admin_token}"}
        figures = {}
        for case, base, path in (
            ("identity direct: GET /v1/people?limit=20", platform.url("identity"), "/v1/people?limit=20"),
            ("via gateway: GET /identity/v1/people?limit=20", platform.gateway, "/identity/v1/people?limit=20"),
            ("identity direct: GET /healthz", platform.url("identity"), "/healthz"),
            ("via gateway: GET /healthz", platform.gateway, "/healthz"),
        ):
            print(f"running {case} ...", flush=True)
            figures[case] = await hammer(base, path, headers, requests, concurrency)
            print(f"  {figures[case]}", flush=True)
    notes = (f"{requests} requests per case at concurrency {concurrency}, client and five apps on one 2-core "
             "machine (SQLite, embedded mode), so figures are noisy: compare the rows of one run. The gateway's "
             "default rate limit was raised for the run.")
    written = record("http", f"uv run python -m bench.http --requests {requests} --concurrency {concurrency}",
                     figures, notes)
    print(f"wrote {written}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    asyncio.run(main(args.requests, args.concurrency))
