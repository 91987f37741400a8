"""CPU per request of each app's own code, without the HTTP server, the client or the network.

    uv run python -m bench.inprocess [--requests 2000] [--label NAME]
    uv run python -m bench.inprocess --compare A B      # bench/results/inprocess.md: two recorded runs side by side

Starts the platform as `netwise up` does (SQLite, embedded mode, the demo data), then builds a second copy of
each measured app in this process with the same settings and calls it as an ASGI application, one request at a
time: the process's CPU time (time.process_time, so aiosqlite's threads count too) divided by the requests. The
gateway's copy forwards to the platform's real services over loopback; only its own CPU is counted. The figures
are the app's share of what `bench.cpu` measures, and hold much better on a noisy machine.
"""

import argparse
import asyncio
import contextlib
import importlib
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.cpu import app_pids, published_module, short_link
from bench.stats import record, side_by_side
from tests.e2e.platform import Platform, running_platform

AGENT = b"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"  # a browser: clicks count
CASES = [("identity", "/.well-known/jwks.json"), ("identity", "/v1/people?limit=20"),
         ("curriculum", "/v1/modules?limit=20"), ("curriculum", "/v1/modules/{module}"), ("advocacy", "/r/{code}"),
         ("gateway", "/identity/.well-known/jwks.json"), ("gateway", "/identity/v1/people?limit=20"),
         ("gateway", "/advocacy/r/{code}")]


async def call(app: Any, target: str, token: str) -> int:
    """One GET through the ASGI interface; the response status."""
    path, _, query = target.partition("?")
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": query.encode(), "root_path": "",
             "headers": [(b"host", b"127.0.0.1"), (b"authorization", f"Bearer {token}".encode()),
                         (b"user-agent", AGENT)],
             "client": ("127.0.0.1", 5000), "server": ("127.0.0.1", 80), "state": {}}
    status = 0

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(scope, receive, send)
    return status


def settings_of(pid: int) -> dict[str, str]:
    """The NETWISE_* environment the platform started process `pid` with."""
    entries = Path(f"/proc/{pid}/environ").read_bytes().decode().split("\0")
    return dict(entry.split("=", 1) for entry in entries if entry.startswith("NETWISE_"))


async def measure(platform: Platform, name: str, target: str, requests: int) -> float:
    """CPU ms per request of a copy of app `name`, built with the settings of the platform's own process."""
    environ = settings_of(app_pids(platform)[name][0])
    saved = dict(os.environ)
    os.environ.update(environ)
    os.environ.update({"NETWISE_GATEWAY_RATE_LIMIT_PER_MINUTE": "100000000",
                       "NETWISE_GATEWAY_RATE_LIMIT_BURST": "10000000"})
    try:
        module = importlib.import_module("gateway.app" if name == "gateway" else f"services.{name}.app")
        app = module.create_app()
        return await _timed(app, target, platform.admin_token, requests)
    finally:
        os.environ.clear()
        os.environ.update(saved)


async def _timed(app: Any, target: str, token: str, requests: int) -> float:
    async with app.router.lifespan_context(app):
        for _ in range(200):  # warm: connections, caches, JWKS
            status = await call(app, target, token)
        assert status in (200, 302), f"{target} answered {status}"
        started = time.process_time()
        for _ in range(requests):
            await call(app, target, token)
        return round((time.process_time() - started) * 1000 / requests, 3)


async def run(platform: Platform, requests: int) -> dict[str, dict[str, float]]:
    code, module = short_link(platform).removeprefix("r/"), published_module(platform)
    figures = {}
    for name, path in CASES:
        print(f"measuring {name} GET {path} ...", flush=True)
        cpu = await measure(platform, name, path.replace("{code}", code).replace("{module}", module), requests)
        figures[f"{name}: GET {path}"] = {"cpu_ms": cpu}
        print(f"  {cpu} ms", flush=True)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--label", default="", help="record as inprocess-<label>")
    parser.add_argument("--compare", nargs="+", metavar="LABEL", help="write inprocess.md from recorded runs")
    args = parser.parse_args()
    if args.compare:
        print(f"recorded {side_by_side('inprocess', args.compare)}")
        return
    # The apps' access logs are written as the platform writes them (its level), to /dev/null, not a log file.
    with tempfile.TemporaryDirectory() as tmp, running_platform(Path(tmp) / "var") as platform, \
            open(os.devnull, "w") as devnull, contextlib.redirect_stderr(devnull):
        figures = asyncio.run(run(platform, args.requests))
    command = f"uv run python -m bench.inprocess --requests {args.requests}" + (
        f" --label {args.label}" if args.label else "")
    print(record(f"inprocess-{args.label}" if args.label else "inprocess", command, figures, notes=(
        f"{args.requests} GETs one after another to a copy of each app in the benchmark's process (SQLite, embedded "
        "mode, the demo data), after 200 to warm up; CPU ms per request from time.process_time (aiosqlite's "
        "threads included). The gateway's copy forwards to the platform's services over loopback: its own CPU "
        "only. No HTTP server, client or network in the figures.")))


if __name__ == "__main__":
    main()
