"""CPU time per request of each service and of the gateway, read from /proc around a wrk run.

    uv run python -m bench.cpu [--seconds 5] [--runs 3] [--connections 16]

Starts the platform as `netwise up` does, loads one URL at a time with wrk (Debian's package; installed with
`apt-get install wrk` when missing), and divides the CPU time each process used during the run by the number
of requests it answered. CPU per request holds on a noisy 2-core machine where latency does not; throughput
through the gateway is recorded beside the same URL asked directly, in the same run.
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import tempfile
from pathlib import Path

from bench.stats import record
from tests.e2e.platform import Platform, running_platform

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process, from /proc/<pid>/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def app_pids(platform: Platform) -> dict[str, int]:
    """App name -> pid, from each child's command line (`uvicorn --factory services.<app>.app:...`)."""
    pids = {}
    for pid in platform.child_pids():
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        match = re.search(r"--factory (?:services\.)?(\w+)\.app", cmdline)
        if match:
            pids[match.group(1)] = pid
    return pids


def wrk(url: str, headers: dict[str, str], seconds: int, connections: int) -> tuple[int, float, int]:
    """(requests, requests per second, non-2xx or socket errors) of one wrk run."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    out = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    requests = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", out))
    errors += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    return requests, rate, errors


def measure(platform: Platform, pids: dict[str, int], case: tuple[str, str, str, str], seconds: int, runs: int,
            connections: int, headers: dict[str, str]) -> dict[str, float]:
    _, app, base, path = case
    via_gateway = base == "gateway"
    url = (platform.gateway + f"/{app}" if via_gateway else platform.url(app)) + path
    wrk(url, headers, 1, connections)  # warm-up: connections, caches, JWKS
    service_ms, gateway_ms, rates, errors = [], [], [], 0
    for _ in range(runs):
        before = {name: cpu_seconds(pid) for name, pid in pids.items()}
        requests, rate, failed = wrk(url, headers, seconds, connections)
        after = {name: cpu_seconds(pid) for name, pid in pids.items()}
        service_ms.append((after[app] - before[app]) * 1000 / requests)
        gateway_ms.append((after["gateway"] - before["gateway"]) * 1000 / requests)
        rates.append(rate)
        errors += failed
    row = {"service_cpu_ms_per_request": round(statistics.median(service_ms), 3),
           "gateway_cpu_ms_per_request": round(statistics.median(gateway_ms), 3) if via_gateway else "-",
           "requests_per_s": round(statistics.median(rates)), "errors": errors, "runs": runs}
    return row  # type: ignore[return-value]


CASES = [
    ("identity direct: GET /.well-known/jwks.json", "identity", "direct", "/.well-known/jwks.json"),
    ("via gateway: GET /identity/.well-known/jwks.json", "identity", "gateway", "/.well-known/jwks.json"),
    ("identity direct: GET /v1/people?limit=20", "identity", "direct", "/v1/people?limit=20"),
    ("via gateway: GET /identity/v1/people?limit=20", "identity", "gateway", "/v1/people?limit=20"),
    ("curriculum direct: GET /v1/modules?limit=20", "curriculum", "direct", "/v1/modules?limit=20"),
    ("identity direct: GET /healthz", "identity", "direct", "/healthz"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("bench.cpu needs wrk: apt-get install wrk")
    # The children inherit this: measure the proxy, not the limiter saying 429.
    os.environ["NETWISE_GATEWAY_RATE_LIMIT_PER_MINUTE"] = "100000000"
    os.environ["NETWISE_GATEWAY_RATE_LIMIT_BURST"] = "10000000"
    figures = {}
    with tempfile.TemporaryDirectory() as tmp, running_platform(Path(tmp) / "var") as platform:
        pids = app_pids(platform)
        headers = {"Authorization": f"Bearer {platform.admin_token}"}
        for case in CASES:
            print(f"running {case[0]} ...", flush=True)
            figures[case[0]] = measure(platform, pids, case, args.seconds, args.runs, args.connections, headers)
            print(f"  {figures[case[0]]}", flush=True)
    command = (f"uv run python -m bench.cpu --seconds {args.seconds} --runs {args.runs} "
               f"--connections {args.connections}")
    path = record("cpu", command, figures, notes=(
        f"wrk with {args.connections} connections on 2 threads, {args.seconds} s per run, median of {args.runs} "
        "runs; CPU time of each process (utime + stime from /proc) divided by the requests answered. Client, "
        "gateway and five apps share one 2-core machine (SQLite, embedded mode)."))
    print(f"recorded {path}")


if __name__ == "__main__":
    main()
