"""Requests per second, p50/p99 and CPU time per request of each process: straight to a service, through the
gateway, and through nginx as a reference proxy, in one run.

    uv run python -m bench.cpu [--seconds 5] [--runs 3] [--connections 16] [--label NAME]
    uv run python -m bench.cpu --compare before after     # bench/results/cpu.md: the two side by side

Starts the platform as `netwise up` does (SQLite, embedded mode) and nginx in front of the same services (one
worker, upstream keep-alive), loads one URL at a time with wrk, and divides the CPU time each process used
during the run (utime + stime from /proc) by the number of requests it answered. CPU per request holds on a
noisy 2-core machine where latency does not. wrk and nginx are Debian's packages, installed here when missing.
`--label` records the run under bench/results/cpu-<label>.md; `--compare` puts two recorded runs side by side.
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from bench.stats import record, side_by_side
from tests.e2e.platform import Platform, children, running_platform
from tests.support import free_port

TICKS = os.sysconf("SC_CLK_TCK")
TOOLS = {"wrk": "wrk", "nginx": "nginx-light"}  # command -> Debian package
AMBASSADOR = "johan.berg@fjordline.example"  # the demo seeds shares for him: a real short link to follow


def ensure_tools() -> None:
    missing = [package for command, package in TOOLS.items() if shutil.which(command) is None]
    if not missing:
        return
    print(f"installing {', '.join(missing)} from Debian ...", flush=True)
    install = ["apt-get", "install", "-y", "-q", *missing]
    if subprocess.run(install, capture_output=True, check=False).returncode != 0:
        subprocess.run(["apt-get", "update", "-q"], capture_output=True, check=True)
        subprocess.run(install, capture_output=True, check=True)


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process, from /proc/<pid>/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def app_pids(platform: Platform) -> dict[str, list[int]]:
    """App name -> its pid, from each child's command line (`uvicorn --factory services.<app>.app:...`)."""
    pids = {}
    for pid in platform.child_pids():
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        match = re.search(r"--factory (?:services\.)?(\w+)\.app", cmdline)
        if match:
            pids[match.group(1)] = [pid]
    return pids


NGINX_CONF = """worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    {upstreams}
    server {{
        listen 127.0.0.1:{port};
        {locations}
    }}
}}
"""


@contextmanager
def nginx(upstreams: dict[str, str]) -> Iterator[tuple[str, list[int]]]:
    """nginx proxying `/<app>/` to each app with upstream keep-alive, as a reverse proxy is run in production;
    yields its base URL and its processes."""
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        blocks = [f"upstream {name} {{ server {url.removeprefix('http://')}; keepalive 32; }}"
                  for name, url in upstreams.items()]
        locations = [f"location /{name}/ {{ proxy_pass http://{name}/; proxy_http_version 1.1; "
                     f'proxy_set_header Connection ""; proxy_set_header X-Forwarded-Prefix /{name}; }}'
                     for name in upstreams]
        conf = Path(tmp) / "nginx.conf"
        conf.write_text(NGINX_CONF.format(tmp=tmp, port=port, upstreams="\n    ".join(blocks),
                                          locations="\n        ".join(locations)))
        master = subprocess.Popen(["nginx", "-p", tmp, "-c", str(conf), "-g", "daemon off;"],
                                  stderr=subprocess.PIPE)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 10
            while True:
                try:
                    httpx.get(base + "/", timeout=1.0)
                    break
                except httpx.HTTPError as exc:
                    if master.poll() is not None or time.monotonic() > deadline:
                        why = master.stderr.read() if master.stderr else ""
                        raise RuntimeError(f"nginx did not start: {why!r}") from exc
                    time.sleep(0.1)
            yield base, [master.pid, *children(master.pid)]
        finally:
            master.terminate()
            master.wait(10)


# A wrk script: each request from a reader not seen before (a User-Agent of its own), so every click counts.
NEW_READERS = """
local threads = 0
function setup(thread) thread:set("id", threads); threads = threads + 1 end
local n = 0
function request()
  n = n + 1
  return wrk.format(nil, nil, {["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) reader-" .. id .. "-" .. n})
end
"""


def wrk(url: str, headers: dict[str, str], seconds: int, connections: int,
        script: Path | None = None) -> dict[str, float]:
    """One wrk run: requests, requests per second, p50 and p99 in ms, and non-2xx/3xx or socket errors. `script`
    builds each request (its headers in place of `headers`)."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", *(["-s", str(script)] if script else [])]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    out = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", out))
    errors += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    return {"requests": int(_find(r"(\d+) requests in", out)), "rate": float(_find(r"Requests/sec:\s+([\d.]+)", out)),
            "p50": _latency_ms(out, "50%"), "p99": _latency_ms(out, "99%"), "errors": errors}


def _find(pattern: str, text: str) -> str:
    match = re.search(pattern, text)
    if match is None:
        raise RuntimeError(f"wrk printed no {pattern!r}:\n{text}")
    return match.group(1)


def _latency_ms(out: str, percentile: str) -> float:
    value, unit = re.search(rf"^\s*{percentile}\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()  # type: ignore[union-attr]
    return round(float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit], 2)


def measure(url: str, processes: dict[str, list[int]], seconds: int, runs: int, connections: int,
            headers: dict[str, str], script: Path | None = None) -> dict[str, float | str]:
    """Medians over `runs` of one URL; CPU ms per request of each named process group."""
    wrk(url, headers, 1, connections, script)  # warm-up: connections, caches, JWKS
    cpu: dict[str, list[float]] = {name: [] for name in processes}
    runs_seen = []
    for _ in range(runs):
        before = {name: sum(cpu_seconds(pid) for pid in pids) for name, pids in processes.items()}
        run = wrk(url, headers, seconds, connections, script)
        for name, pids in processes.items():
            cpu[name].append((sum(cpu_seconds(pid) for pid in pids) - before[name]) * 1000 / run["requests"])
        runs_seen.append(run)
    row: dict[str, float | str] = {f"{name}_cpu_ms": round(statistics.median(values), 3)
                                   for name, values in cpu.items()}
    row |= {"requests_per_s": round(statistics.median(r["rate"] for r in runs_seen)),
            "p50_ms": statistics.median(r["p50"] for r in runs_seen),
            "p99_ms": statistics.median(r["p99"] for r in runs_seen),
            "errors": int(sum(r["errors"] for r in runs_seen))}
    return row


def short_link(platform: Platform) -> str:
    """The path of one of the demo ambassador's short links (`r/<code>`)."""
    token = platform.token(AMBASSADOR).stdout.strip().splitlines()[-1]
    shares = httpx.get(f"{platform.gateway}/advocacy/v1/shares", headers={"Authorization": f"Bearer {token}"})
    shares.raise_for_status()
    return "r/" + shares.json()["items"][0]["short_url"].rsplit("/", 1)[1]


def published_module(platform: Platform) -> str:
    """The id of one of the demo's published modules, as the admin reads the catalogue."""
    modules = httpx.get(f"{platform.gateway}/curriculum/v1/modules?limit=1",
                        headers={"Authorization": f"Bearer {platform.admin_token}"})
    modules.raise_for_status()
    return str(modules.json()["items"][0]["id"])


def cases(platform: Platform, proxy: str) -> list[tuple[str, str, str, bool, bool]]:
    """(case, app, URL, needs a token, each request from a new reader)."""
    link = short_link(platform)
    module = published_module(platform)
    by_route = [("identity", "/.well-known/jwks.json", False), ("identity", "/v1/people?limit=20", True)]
    rows = []
    for app, path, token in by_route:
        rows += [(f"{app} direct: GET {path}", app, platform.url(app) + path, token, False),
                 (f"via gateway: GET /{app}{path}", app, f"{platform.gateway}/{app}{path}", token, False),
                 (f"via nginx: GET /{app}{path}", app, f"{proxy}/{app}{path}", token, False)]
    return [*rows,
            ("curriculum direct: GET /v1/modules?limit=20", "curriculum",
             platform.url("curriculum") + "/v1/modules?limit=20", True, False),
            ("curriculum direct: GET /v1/modules/{id} (a published module)", "curriculum",
             f"{platform.url('curriculum')}/v1/modules/{module}", True, False),
            ("advocacy direct: GET /r/{code} (click redirect)", "advocacy", f"{platform.url('advocacy')}/{link}",
             False, False),
            ("via gateway: GET /advocacy/r/{code}", "advocacy", f"{platform.gateway}/advocacy/{link}", False, False),
            # The same reader again is counted once in 30 minutes: these clicks are all counted and written.
            ("via gateway: GET /advocacy/r/{code}, a new reader each click", "advocacy",
             f"{platform.gateway}/advocacy/{link}", False, True),
            ("identity direct: GET /healthz", "identity", platform.url("identity") + "/healthz", False, False)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--label", default="", help="record as cpu-<label> (e.g. before, after)")
    parser.add_argument("--compare", nargs="+", metavar="LABEL", help="write cpu.md from recorded runs; no run")
    args = parser.parse_args()
    if args.compare:
        print(f"recorded {side_by_side('cpu', args.compare)}")
        return
    ensure_tools()
    # The children inherit this: measure the proxy, not the limiter saying 429.
    os.environ["NETWISE_GATEWAY_RATE_LIMIT_PER_MINUTE"] = "100000000"
    os.environ["NETWISE_GATEWAY_RATE_LIMIT_BURST"] = "10000000"
    figures = {}
    with tempfile.TemporaryDirectory() as tmp, running_platform(Path(tmp) / "var") as platform:
        pids = app_pids(platform)
        new_readers = Path(tmp) / "new-readers.lua"
        new_readers.write_text(NEW_READERS)
        with nginx({app: platform.url(app) for app in ("identity", "advocacy")}) as (proxy, nginx_pids):
            auth = {"Authorization": f"Bearer {platform.admin_token}"}
            # A browser's agent, so the redirect counts the click as today (a bot's is not counted).
            agent = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"}
            for case, app, url, token, each_new in cases(platform, proxy):
                print(f"running {case} ...", flush=True)
                via = "gateway" if "via gateway" in case else "nginx" if "via nginx" in case else None
                processes = {"service": pids[app]} | ({via: pids["gateway"] if via == "gateway" else nginx_pids}
                                                      if via else {})
                row = measure(url, processes, args.seconds, args.runs, args.connections,
                              {**agent, **(auth if token else {})}, new_readers if each_new else None)
                figures[case] = {"service_cpu_ms": row.pop("service_cpu_ms"),
                                 "proxy_cpu_ms": row.pop(f"{via}_cpu_ms", "-") if via else "-", **row}
                print(f"  {figures[case]}", flush=True)
    command = (f"uv run python -m bench.cpu --seconds {args.seconds} --runs {args.runs} "
               f"--connections {args.connections}" + (f" --label {args.label}" if args.label else ""))
    path = record(f"cpu-{args.label}" if args.label else "cpu", command, figures, notes=(
        f"wrk with {args.connections} connections on 2 threads, {args.seconds} s per run, medians of {args.runs} "
        "runs. CPU ms: utime + stime of the process (proxy: the gateway, or nginx's master and its one worker) "
        "during the run, divided by the requests answered. Client, proxies and five apps share one 2-core "
        "machine (SQLite, embedded mode): compare rows of one run, and CPU rather than latency."))
    print(f"recorded {path}")


if __name__ == "__main__":
    main()
