"""Requests lost to keep-alive races: 100 keep-alive clients -> the gateway -> identity, before and after the fix.

    uv run python -m bench.keepalive [--clients 100] [--waves 12] [--runs 3] [--mode both|old|new]

Starts identity and the gateway as `netwise serve` does (real uvicorn processes on free loopback ports) and
sends traffic in waves: every client sends a short burst on its kept-alive connection, then all wait until
the next wave, about as long as the servers' keep-alive timeout. So each connection, client -> gateway and
gateway -> identity, sits idle for close to that timeout before it is reused, which is when a server may close
it as a request goes out on it.

Modes (each from fresh processes):
  old  what netwise ran before: uvicorn's 5 s keep-alive on both apps, the gateway's pool at httpx's 5 s
       expiry and no retry (NETWISE_<APP>_KEEP_ALIVE_SECONDS=5, ..._UPSTREAM_KEEPALIVE_EXPIRY_SECONDS=5,
       ..._UPSTREAM_RETRY=false);
  new  the defaults: 75 s keep-alive, the gateway's pool expiring idle connections after 30 s, one retry.
The clients are plain httpx clients with httpx's defaults (5 s pool expiry), as the trial used.

Counted per run: requests closed with no response (the client saw the connection end without an answer),
502s (the gateway's connection to identity ended without an answer), other failures, and the retries the
gateway logged. Medians over the runs go to bench/results/keepalive.md and .json.
"""

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from bench.stats import record
from kit.migrations import upgrade
from netwise_cli.apps import APPS
from tests.support import free_port

PATH = "/identity/.well-known/jwks.json"  # public (no token to mint), and it goes through the proxy to identity
OLD = {"NETWISE_GATEWAY_KEEP_ALIVE_SECONDS": "5", "NETWISE_IDENTITY_KEEP_ALIVE_SECONDS": "5",
       "NETWISE_GATEWAY_UPSTREAM_KEEPALIVE_EXPIRY_SECONDS": "5", "NETWISE_GATEWAY_UPSTREAM_RETRY": "false"}
NO_RESPONSE = (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)


@contextmanager
def serving(var: Path, mode: str) -> Iterator[tuple[str, Path]]:
    """identity and the gateway as `netwise serve` runs them; yields the gateway's URL and its log."""
    ports = {"identity": free_port(), "gateway": free_port()}
    identity = f"http://127.0.0.1:{ports['identity']}"
    database = f"sqlite+aiosqlite:///{var / 'identity.db'}"
    migrations = APPS["identity"].migrations
    assert migrations is not None
    upgrade(migrations, database)
    env = {**os.environ, **(OLD if mode == "old" else {}),
           "NETWISE_IDENTITY_DATABASE_URL": database, "NETWISE_IDENTITY_ISSUER": identity,
           "NETWISE_GATEWAY_IDENTITY_URL": identity, "NETWISE_GATEWAY_ISSUER": identity,
           "NETWISE_GATEWAY_JWKS_URL": f"{identity}/.well-known/jwks.json",
           # Measure the connections, not the limiter saying 429.
           "NETWISE_GATEWAY_RATE_LIMIT_PER_MINUTE": "10000000", "NETWISE_GATEWAY_RATE_LIMIT_BURST": "1000000"}
    processes = []
    try:
        for name in ("identity", "gateway"):
            log = var / f"{mode}-{name}.log"
            processes.append(subprocess.Popen(
                [sys.executable, "-m", "netwise_cli", "serve", name, "--host", "127.0.0.1",
                 "--port", str(ports[name])], env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT))
            wait_ready(f"http://127.0.0.1:{ports[name]}/readyz", log)
        yield f"http://127.0.0.1:{ports['gateway']}", var / f"{mode}-gateway.log"
    finally:
        for process in processes:
            process.terminate()
            process.wait(10)


def wait_ready(url: str, log: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} not ready within {timeout:.0f} s; see {log}")


async def run_waves(gateway: str, clients: int, waves: int, burst: int, spacing: tuple[float, float],
                    seed: int) -> tuple[Counter[str], list[float]]:
    """Every client sends `burst` requests at each wave; waves start `spacing` seconds apart (drawn per wave).

    Returns the outcomes, and for each request closed with no response how long its connection had been idle.
    """
    rng = random.Random(seed)
    outcomes: Counter[str] = Counter()
    lost_after_idle: list[float] = []
    pools = [httpx.AsyncClient(base_url=gateway, timeout=30, limits=httpx.Limits(max_connections=1))
             for _ in range(clients)]
    starts, at = [], time.monotonic() + 1.0
    for _ in range(waves):
        starts.append(at)
        at += rng.uniform(*spacing)

    async def client(pool: httpx.AsyncClient) -> None:
        answered = time.monotonic()
        for start in starts:
            await asyncio.sleep(max(0.0, start - time.monotonic()))
            for _ in range(burst):
                sent = time.monotonic()
                try:
                    response = await pool.get(PATH)
                    answered = time.monotonic()
                except NO_RESPONSE:
                    outcomes["no_response"] += 1
                    lost_after_idle.append(sent - answered)
                except httpx.HTTPError as exc:
                    outcomes[f"error {type(exc).__name__}"] += 1
                else:
                    outcomes["ok" if response.status_code == 200 else f"status {response.status_code}"] += 1

    try:
        await asyncio.gather(*(client(pool) for pool in pools))
    finally:
        await asyncio.gather(*(pool.aclose() for pool in pools))
    return outcomes, lost_after_idle


def retries_logged(log: Path) -> int:
    return log.read_text(errors="replace").count("sending it once more")


def measure(mode: str, clients: int, waves: int, burst: int, spacing: tuple[float, float],
            runs: int) -> dict[str, float | str]:
    rows, idle = [], []
    with tempfile.TemporaryDirectory() as tmp, serving(Path(tmp), mode) as (gateway, log):
        for run in range(runs):
            before = retries_logged(log)
            outcomes, lost_after_idle = asyncio.run(run_waves(gateway, clients, waves, burst, spacing, seed=run))
            idle += lost_after_idle
            total = sum(outcomes.values())
            failed = total - outcomes["ok"]
            row = {"requests": total, "no_response": outcomes["no_response"], "502": outcomes["status 502"],
                   "other_failures": failed - outcomes["no_response"] - outcomes["status 502"],
                   "failed_pct": round(100 * failed / total, 3), "gateway_retries": retries_logged(log) - before}
            print(f"  {mode} run {run + 1}: {row} {dict(outcomes)}", flush=True)
            rows.append(row)
    figures: dict[str, float | str] = {f"median {key}": statistics.median(row[key] for row in rows)
                                       for key in rows[0]}
    figures["runs (failed %)"] = " / ".join(str(row["failed_pct"]) for row in rows)
    # Where the race is: a lost request's connection had been idle just under the server's keep-alive timeout.
    figures["idle before a lost request (s)"] = f"{min(idle):.3f}-{max(idle):.3f}" if idle else "-"
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--waves", type=int, default=12)
    parser.add_argument("--burst", type=int, default=2, help="requests per client per wave")
    parser.add_argument("--spacing", type=float, nargs=2, default=(5.0, 5.6), metavar=("MIN", "MAX"),
                        help="seconds between waves, drawn uniformly per wave (around the old 5 s timeout)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--mode", choices=("both", "old", "new"), default="both")
    args = parser.parse_args()
    figures = {}
    for mode in ("old", "new") if args.mode == "both" else (args.mode,):
        print(f"running {mode} ...", flush=True)
        figures[f"{mode} settings"] = measure(mode, args.clients, args.waves, args.burst, tuple(args.spacing),
                                              args.runs)
    spacing = f"{args.spacing[0]:g} {args.spacing[1]:g}"
    command = (f"uv run python -m bench.keepalive --clients {args.clients} --waves {args.waves} "
               f"--burst {args.burst} --spacing {spacing} --runs {args.runs} --mode {args.mode}")
    notes = (f"{args.clients} httpx clients (httpx defaults: one kept-alive connection each, 5 s pool expiry) -> "
             f"the gateway -> identity, GET {PATH}; {args.waves} waves of {args.burst} requests per client, "
             f"waves {spacing.replace(' ', '-')} s apart; medians over {args.runs} runs per mode, each mode on "
             "fresh processes. `no_response`: the client's connection ended without an answer; `502`: the "
             "gateway's connection to identity did. Client, gateway and identity share one 2-core machine.")
    print(f"wrote {record('keepalive', command, figures, notes)}")


if __name__ == "__main__":
    main()
