"""xAPI statement ingest: netwise's LRS (curriculum on PostgreSQL) beside Ralph, the Python LRS, in one run.

    uv run python -m bench.xapi [--rounds 5] [--batches 30] [--clients 4] [--compare REV] [--out xapi]

Starts curriculum as `netwise serve curriculum` does (one uvicorn process) on a throwaway PostgreSQL database
it creates, migrates and drops (NETWISE_BENCH_POSTGRES_URL, default the local server), with LRS credentials
for one organisation; and Ralph (`ralph-malph`, installed with uv into its own venv under the cache directory,
never into the project's) served by uvicorn on its file-system backend, the only one of its LRS backends whose
server runs on this machine (Elasticsearch, MongoDB and a ClickHouse new enough are not to be had here).
`--compare REV` adds netwise at another commit (a temporary git worktree, the same venv), so a before and an
after are measured in the same sitting.

Each round generates new realistic statements (an agent by mbox, a verb, an activity with its definition, a
result with score and duration, a context with a registration and parent activities) and POSTs the same bytes
to each LRS in batches of 100 from `--clients` concurrent clients, the LRSs taking turns round by round; a
warm-up round first. Figures: statements/s of each round (median, min, max), per batch p50 and p99, and the
server process's CPU per statement. Afterwards each LRS must hold exactly the statements it was sent, and answer
a GET of one of them.

Ralph 5.1.0's file-system LRS backend creates its file on the first POST and refuses every later one (it writes
with operation `create`); the benchmark starts Ralph with that backend's default operation set to `append`, a
one-line change made in the launcher, not in Ralph's files. That backend reads its whole file to look for the
batch's ids on every POST, so each round gets a Ralph user with its own target directory, as a fresh store:
the scan covers that round's statements only.
"""

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx

from bench.cpu import cpu_seconds
from bench.stats import percentile, record

ROOT = Path(__file__).resolve().parent.parent
ADMIN_URL = os.environ.get("NETWISE_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
RALPH_VERSION = "5.1.0"
# `lrs` is Ralph's server; its auth module imports requests without declaring it.
RALPH_REQUIREMENTS = [f"ralph-malph[cli,lrs]=={RALPH_VERSION}", "requests"]
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "netwise-bench"
BATCH = 100
VERSION = {"X-Experience-API-Version": "1.0.3"}  # both LRSs speak 1.0.3
LEARNERS, COURSES, MODULES = 2000, 20, 12
VERBS = ["completed", "passed", "failed", "attempted", "experienced", "answered"]
RALPH_LAUNCHER = """
import sys
import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

# As released, the file-system LRS backend refuses every POST after the first: it writes with `create`.
FSLRSBackend.default_operation_type = BaseOperationType.APPEND
uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]))
"""


# -- statements ----------------------------------------------------------------------------------------------

def statements(rng: random.Random, count: int, start: datetime) -> list[dict[str, Any]]:
    """`count` statements as an LMS sends them: learners working through modules of courses."""
    found = []
    for i in range(count):
        learner, course, module = rng.randrange(LEARNERS), rng.randrange(COURSES), rng.randrange(MODULES)
        verb = rng.choice(VERBS)
        scaled = round(rng.random(), 2)
        course_iri = f"https://lms.bench.example/course/{course}"
        found.append({
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "actor": {"objectType": "Agent", "name": f"Learner {learner}",
                      "mbox": f"mailto:learner{learner}@bench.example"},
            "verb": {"id": f"http://adlnet.gov/expapi/verbs/{verb}", "display": {"en-US": verb}},
            "object": {"objectType": "Activity", "id": f"{course_iri}/module/{module}", "definition": {
                "name": {"en-US": f"Course {course}, module {module}", "sv-SE": f"Kurs {course}, modul {module}"},
                "description": {"en-US": f"Module {module} of course {course}: social media at work"},
                "type": "http://adlnet.gov/expapi/activities/module"}},
            "result": {"score": {"scaled": scaled, "raw": round(scaled * 100), "min": 0, "max": 100},
                       "success": scaled >= 0.6, "completion": verb in ("completed", "passed"),
                       "duration": f"PT{rng.randrange(1, 90)}M{rng.randrange(60)}.{rng.randrange(100):02d}S"},
            "context": {
                "registration": str(uuid.UUID(int=learner * COURSES + course + 1, version=4)),
                "platform": "Moodle 4.3", "language": "en-US",
                "contextActivities": {
                    "parent": [{"objectType": "Activity", "id": course_iri}],
                    "grouping": [{"objectType": "Activity", "id": "https://lms.bench.example/programme/social"}]}},
            "timestamp": (start + timedelta(seconds=i)).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        })
    return found


def batches(found: list[dict[str, Any]]) -> list[bytes]:
    """The request bodies, serialised once: each LRS is sent the same bytes."""
    return [json.dumps(found[i:i + BATCH]).encode() for i in range(0, len(found), BATCH)]


# -- the servers ---------------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Lrs:
    name: str
    endpoint: str  # .../statements
    headers: dict[str, str]
    pid: int
    count_stored: Any  # () -> int, what the store holds, read beside the API
    log: Path
    database: str | None = None  # netwise's: its backends' CPU counts as the LRS's too
    users: list[dict[str, str]] = field(default_factory=list)  # Ralph: the warm-up's, then one a round

    def headers_for(self, slot: int) -> dict[str, str]:
        if not self.users:
            return self.headers
        user = self.users[slot]
        return {**self.headers, **basic(user["username"], user["password"])}


def basic(key: str, secret: str) -> dict[str, str]:
    import base64

    return {"Authorization": "Basic " + base64.b64encode(f"{key}:{secret}".encode()).decode()}


def wait_ready(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{url}: the server stopped; its log:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(url, headers=VERSION, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise SystemExit(f"{url} did not answer within 120 s")


@contextmanager
def process(command: list[str], cwd: Path, env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("wb") as out:
        child = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        yield child
    finally:
        child.terminate()
        try:
            child.wait(20)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def async_url(url: str) -> str:
    return url.replace("postgresql://", "postgresql+asyncpg://", 1)


@contextmanager
def database() -> Iterator[str]:
    """A fresh PostgreSQL database, dropped afterwards."""
    name = f"nw_bench_xapi_{uuid.uuid4().hex[:10]}"

    async def run(sql: str) -> None:
        admin = await asyncpg.connect(ADMIN_URL)
        try:
            await admin.execute(sql)
        finally:
            await admin.close()

    asyncio.run(run(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{ADMIN_URL.rsplit('/', 1)[0]}/{name}"
    finally:
        asyncio.run(run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


async def make_credential(url: str) -> tuple[str, str]:
    """LRS credentials for one organisation, made as the admin endpoint makes them."""
    from kit.db import Database
    from services.curriculum.xapi import credentials

    db = Database(async_url(url))
    try:
        async with db.transaction() as session:
            credential, secret = await credentials.create(session, str(uuid.uuid4()), "Bench LMS", True)
        return credential.key, secret
    finally:
        await db.dispose()


def backend_cpu(database: str | None) -> dict[int, float]:
    """CPU seconds so far of each PostgreSQL backend serving `database` (none for Ralph: it has no server)."""
    if database is None:
        return {}

    async def pids() -> list[int]:
        conn = await asyncpg.connect(ADMIN_URL)
        try:
            return [row["pid"] for row in await conn.fetch("SELECT pid FROM pg_stat_activity WHERE datname = $1",
                                                           database)]
        finally:
            await conn.close()

    found = {}
    for pid in asyncio.run(pids()):
        try:
            found[pid] = cpu_seconds(pid)
        except FileNotFoundError:  # ended since
            continue
    return found


def analyse(database: str | None) -> None:
    """Statistics, as autovacuum gathers them soon after rows arrive: on a table never analysed PostgreSQL guesses
    that few rows match the organisation, and the check for a batch's stored ids reads all of them, longer each
    round. A running LRS's tables are analysed; the benchmark measures that state, not the first minute's."""
    if database is None:
        return

    async def run() -> None:
        conn = await asyncpg.connect(f"{ADMIN_URL.rsplit('/', 1)[0]}/{database}")
        try:
            await conn.execute("ANALYZE")
        finally:
            await conn.close()

    asyncio.run(run())


async def count_rows(url: str) -> int:
    conn = await asyncpg.connect(url)
    try:
        return int(await conn.fetchval("SELECT count(*) FROM xapi_statements"))
    finally:
        await conn.close()


@contextmanager
def netwise(name: str, source: Path, tmp: Path) -> Iterator[Lrs]:
    """curriculum from checkout `source`, as `netwise serve curriculum` runs it, on a fresh database."""
    with database() as url:
        env = {**os.environ, "NETWISE_CURRICULUM_DATABASE_URL": async_url(url), "PYTHONPATH": str(source)}
        subprocess.run([sys.executable, "-m", "netwise_cli", "migrate", "curriculum"], cwd=source, env=env,
                       check=True, capture_output=True)
        key, secret = asyncio.run(make_credential(url))
        port = free_port()
        log = tmp / f"{name.replace(' ', '_')}.log"
        command = [sys.executable, "-m", "netwise_cli", "serve", "curriculum", "--host", "127.0.0.1", "--port",
                   str(port)]
        with process(command, source, env, log) as child:
            base = f"http://127.0.0.1:{port}/xapi"
            wait_ready(f"{base}/about", child, log)
            yield Lrs(name, f"{base}/statements", {**VERSION, **basic(key, secret)}, child.pid,
                      lambda: asyncio.run(count_rows(url)), log, url.rsplit("/", 1)[1])


def ralph_venv() -> Path:
    """Ralph in a venv of its own under the cache directory, made once with uv."""
    venv = CACHE / f"ralph-{RALPH_VERSION}"
    python = venv / "bin" / "python"
    if not (venv / "bin" / "ralph").exists():
        print(f"installing ralph-malph {RALPH_VERSION} into {venv} ...", flush=True)
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(["uv", "venv", "-q", "--python", f"{sys.version_info[0]}.{sys.version_info[1]}", str(venv)],
                       check=True)
        subprocess.run(["uv", "pip", "install", "-q", "--python", str(python), *RALPH_REQUIREMENTS], check=True)
    return venv


def ralph_lines(data: Path) -> int:
    return sum(sum(1 for line in path.open("rb") if line.strip()) for path in data.rglob("fs_lrs.jsonl"))


@contextmanager
def ralph(tmp: Path, users: int) -> Iterator[Lrs]:
    """Ralph's LRS on its file-system backend, with `users` users, each with a target directory of its own."""
    venv = ralph_venv()
    home, data = tmp / "ralph", tmp / "ralph" / "data"
    data.mkdir(parents=True)
    env = {**{k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHON"))},
           "RALPH_APP_DIR": str(home / "app"), "RALPH_RUNSERVER_BACKEND": "fs",
           "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(data)}
    made = []
    for index in range(users):
        user = {"username": f"bench-{index}", "password": uuid.uuid4().hex, "target": f"round-{index}"}
        (data / user["target"]).mkdir()
        subprocess.run([str(venv / "bin" / "ralph"), "auth", "-u", user["username"], "-p", user["password"],
                        "-s", "all", "-t", user["target"], "-M", "mailto:lms@bench.example", "-N", "Bench LMS",
                        "-w"], env=env, check=True, capture_output=True)
        made.append(user)
    port = free_port()
    log = tmp / "ralph.log"
    with process([str(venv / "bin" / "python"), "-c", RALPH_LAUNCHER, str(port)], tmp, env, log) as child:
        base = f"http://127.0.0.1:{port}"
        wait_ready(f"{base}/__heartbeat__", child, log)
        yield Lrs(f"Ralph {RALPH_VERSION} (fs)", f"{base}/xAPI/statements", dict(VERSION), child.pid,
                  lambda: ralph_lines(data), log, users=made)


@contextmanager
def checkout(rev: str, tmp: Path) -> Iterator[Path]:
    """Commit `rev` in a temporary git worktree."""
    path = tmp / f"netwise-{rev}"
    subprocess.run(["git", "worktree", "add", "-q", "--detach", str(path), rev], cwd=ROOT, check=True)
    try:
        yield path
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(path)], cwd=ROOT, check=False)


def short(rev: str, cwd: Path = ROOT) -> str:
    return subprocess.run(["git", "rev-parse", "--short", rev], cwd=cwd, capture_output=True, text=True,
                          check=True).stdout.strip()


# -- measuring -----------------------------------------------------------------------------------------------

@dataclass
class Round:
    statements_per_s: float  # statements stored (in batches answered 200) a second
    batch_ms: list[float]
    cpu_ms_per_statement: float
    failed: dict[int, int]  # batches answered with another status: status -> how many
    accepted: bytes | None  # a batch answered 200
    database_cpu_ms_per_statement: float = 0.0  # netwise's PostgreSQL backends


def measure(lrs: Lrs, bodies: list[bytes], headers: dict[str, str], clients: int) -> Round:
    """post_all, with the CPU the LRS's database server spent meanwhile."""
    before = backend_cpu(lrs.database)
    found = asyncio.run(post_all(lrs, bodies, headers, clients))
    after = backend_cpu(lrs.database)
    stored = (len(bodies) - sum(found.failed.values())) * BATCH
    spent = sum(seconds - before.get(pid, 0.0) for pid, seconds in after.items())
    found.database_cpu_ms_per_statement = round(spent * 1000 / max(stored, 1), 3)
    return found


async def post_all(lrs: Lrs, bodies: list[bytes], headers: dict[str, str], clients: int) -> Round:
    """Every body POSTed once, `clients` at a time. A batch answered 200 must give its ids back; one answered
    otherwise (or not at all: status 0) is counted as failed, and as storing none of its statements."""
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)
    latencies: list[float] = []
    failed: dict[int, int] = {}
    accepted: list[bytes] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(headers={**headers, "Content-Type": "application/json"}, limits=limits,
                                 timeout=120) as http:
        async def client() -> None:
            while not queue.empty():
                body = queue.get_nowait()
                started = time.perf_counter()
                try:
                    response = await http.post(lrs.endpoint, content=body)
                except httpx.TransportError:  # the connection closed without an answer: status 0
                    failed[0] = failed.get(0, 0) + 1
                    continue
                latencies.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    failed[response.status_code] = failed.get(response.status_code, 0) + 1
                elif len(response.json()) != BATCH:
                    raise SystemExit(f"{lrs.name}: 200 without the batch's ids: {response.text[:300]}")
                else:
                    accepted[:] = [body]

        cpu = cpu_seconds(lrs.pid)
        started = time.perf_counter()
        await asyncio.gather(*(client() for _ in range(clients)))
        elapsed = time.perf_counter() - started
        cpu = cpu_seconds(lrs.pid) - cpu
    stored = (len(bodies) - sum(failed.values())) * BATCH
    if failed:
        print(f"  {lrs.name}: {failed} (status: batches); the end of its log:\n{lrs.log.read_text()[-1500:]}",
              flush=True)
    return Round(round(stored / elapsed, 1), latencies, round(cpu * 1000 / max(stored, 1), 3), failed,
                 accepted[0] if accepted else None)


def check(lrs: Lrs, expected: int, sample: dict[str, Any], headers: dict[str, str]) -> None:
    """The store holds the statements of the batches it accepted, no more and no less, and the LRS answers a GET
    of one of them."""
    stored = lrs.count_stored()
    if stored != expected:
        raise SystemExit(f"{lrs.name}: it accepted {expected} statements, it holds {stored}")
    response = httpx.get(lrs.endpoint, params={"statementId": sample["id"]}, headers=headers, timeout=60)
    document = response.json() if response.status_code == 200 else {}
    found = document["statements"][0] if document.get("statements") else document  # Ralph answers a list
    if found.get("result") != sample["result"]:
        raise SystemExit(f"{lrs.name}: GET of statement {sample['id']}: {response.status_code} {response.text[:300]}")
    print(f"  {lrs.name}: holds the {stored} statements it accepted; a GET of one gives it back", flush=True)


def figures_of(rounds: list[Round], stored: int) -> dict[str, Any]:
    rates = [r.statements_per_s for r in rounds]
    latencies = [ms for r in rounds for ms in r.batch_ms]
    return {"statements_per_s": round(statistics.median(rates), 1), "min_per_s": min(rates),
            "max_per_s": max(rates), "batch_p50_ms": round(percentile(latencies, 50), 1),
            "batch_p99_ms": round(percentile(latencies, 99), 1),
            "cpu_ms_per_statement": round(statistics.median(r.cpu_ms_per_statement for r in rounds), 3),
            "database_cpu_ms_per_statement": round(statistics.median(
                r.database_cpu_ms_per_statement for r in rounds), 3),
            "failed_batches": sum(sum(r.failed.values()) for r in rounds), "stored": stored}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds (each LRS once a round)")
    parser.add_argument("--batches", type=int, default=30, help="batches of 100 statements a round")
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients")
    parser.add_argument("--warmup", type=int, default=10, help="batches of the warm-up round")
    parser.add_argument("--compare", metavar="REV", help="also measure netwise at commit REV (e.g. main)")
    parser.add_argument("--out", default="xapi", help="record bench/results/<out>.md and .json")
    args = parser.parse_args()

    rng = random.Random(15)
    start = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
    warmup = statements(rng, args.warmup * BATCH, start)
    work = [statements(rng, args.batches * BATCH, start + timedelta(days=index + 1)) for index in range(args.rounds)]
    sent = len(warmup) + sum(len(found) for found in work)
    load_before = " / ".join(f"{value:.1f}" for value in os.getloadavg())
    here = short("HEAD") + ("+uncommitted" if subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no", "--", ".", ":!bench/results"], cwd=ROOT,
        capture_output=True, text=True, check=True).stdout.strip() else "")  # results being rewritten are no change
    with tempfile.TemporaryDirectory(prefix="nw-bench-xapi-") as tmp_name, ExitStack() as stack:
        tmp = Path(tmp_name)
        lrss = [stack.enter_context(netwise(f"netwise {here}", ROOT, tmp))]
        if args.compare:
            before = stack.enter_context(checkout(args.compare, tmp))
            label = short(args.compare)
            label += f" ({args.compare})" if not label.startswith(args.compare) else ""
            lrss.append(stack.enter_context(netwise(f"netwise {label}", before, tmp)))
        # Ralph's user 0 takes the warm-up, user i + 1 round i.
        lrss.append(stack.enter_context(ralph(tmp, 1 + args.rounds)))
        results: dict[str, list[Round]] = {lrs.name: [] for lrs in lrss}
        print(f"warm-up: {args.warmup} batches of {BATCH} to each LRS ...", flush=True)
        warm = {lrs.name: measure(lrs, batches(warmup), lrs.headers_for(0), args.clients)
                for lrs in lrss}
        for lrs in lrss:
            analyse(lrs.database)
        for index, found in enumerate(work):
            bodies = batches(found)
            order = lrss if index % 2 == 0 else list(reversed(lrss))  # neither always goes first
            for lrs in order:
                measured = measure(lrs, bodies, lrs.headers_for(index + 1), args.clients)
                results[lrs.name].append(measured)
                print(f"round {index + 1}: {lrs.name}: {measured.statements_per_s} statements/s, "
                      f"{measured.cpu_ms_per_statement} ms CPU a statement (+ "
                      f"{measured.database_cpu_ms_per_statement} ms in PostgreSQL)", flush=True)
        print("checking what each LRS holds ...", flush=True)
        accepted = {name: sent - BATCH * sum(sum(r.failed.values()) for r in [warm[name], *rounds])
                    for name, rounds in results.items()}
        for lrs in lrss:
            # Ralph's users each see their own target: the user whose round stored the statement asks for it.
            slot, sample = next((slot, r.accepted) for slot, r in reversed(
                list(enumerate([warm[lrs.name], *results[lrs.name]]))) if r.accepted)
            check(lrs, accepted[lrs.name], json.loads(sample)[-1], lrs.headers_for(slot))
    figures = {name: figures_of(rounds, accepted[name]) for name, rounds in results.items()}
    ralph_name = lrss[-1].name
    for name, row in figures.items():
        # Each round's ratio to Ralph's turn in the same round, whose machine was the likeliest alike: steadier on a
        # shared machine than the ratio of the medians. And statements per second of CPU, the LRS's and its
        # database's, which other load on the machine moves less than the rate.
        row["x_ralph_by_round"] = round(statistics.median(
            mine.statements_per_s / theirs.statements_per_s
            for mine, theirs in zip(results[name], results[ralph_name], strict=True)), 2)
        row["statements_per_cpu_s"] = round(1000 / (row["cpu_ms_per_statement"] +
                                                   row["database_cpu_ms_per_statement"]))
    ratios = "; ".join(
        f"{name}: {row['statements_per_s'] / figures[ralph_name]['statements_per_s']:.2f}x Ralph (medians), "
        f"{row['x_ralph_by_round']}x (median of the rounds' ratios), "
        f"{row['statements_per_cpu_s'] / figures[ralph_name]['statements_per_cpu_s']:.2f}x by CPU"
        for name, row in figures.items() if name != ralph_name)
    per_round = "; ".join(f"{name}: {', '.join(str(r.statements_per_s) for r in rounds)}"
                          for name, rounds in results.items())
    ours = figures[lrss[0].name]["statements_per_s"]
    target = ours >= 3000 and ours >= 2.5 * figures[ralph_name]["statements_per_s"]
    load = " / ".join(f"{value:.1f}" for value in os.getloadavg())
    notes = (
        f"POST /statements in batches of {BATCH} (xAPI 1.0.3, HTTP Basic) from {args.clients} concurrent clients "
        f"on loopback, {args.rounds} rounds of {args.batches} batches after a warm-up of {args.warmup} (then "
        f"ANALYZE of netwise's database, as autovacuum would); the LRSs "
        f"take turns each round, fed the same bytes. statements_per_s is the median of the rounds (min and max "
        f"beside it), batch p50/p99 over every timed batch, CPU of the server process (utime + stime) and of the "
        f"PostgreSQL backends serving netwise's database (Ralph's file writes are in its own process's CPU). "
        f"netwise: curriculum as `netwise serve curriculum` runs it (one uvicorn process) on PostgreSQL "
        f"{postgres_version()}, a fresh database. Ralph: ralph-malph {RALPH_VERSION} (`[cli,lrs]`), uvicorn, one "
        f"process, its file-system LRS backend (the only one that runs here: no Elasticsearch, MongoDB or recent "
        f"ClickHouse), set to append (as released it refuses every POST after the first), a fresh target "
        f"directory each round (it reads the target's whole file for the batch's ids on every POST). After the "
        f"run each LRS held exactly the statements of the batches it accepted (`stored`; {sent} were sent, "
        f"failed_batches counts the others). Per round, statements/s: {per_round}. "
        f"Ratio: {ratios}. Load average (1/5/15 min) at {load_before} before the run, {load} after it, on "
        f"{os.cpu_count()} cores. Issue 15's target (>= 3,000 statements/s and >= 2.5x Ralph): "
        f"{'met' if target else 'NOT met'}.")
    command = (f"uv run python -m bench.xapi --rounds {args.rounds} --batches {args.batches} --clients "
               f"{args.clients} --warmup {args.warmup}" + (f" --compare {args.compare}" if args.compare else "") +
               (f" --out {args.out}" if args.out != "xapi" else ""))
    for name, row in figures.items():
        print(f"{name}: {row}")
    print(ratios)
    print(record(args.out, command, figures, notes))


def postgres_version() -> str:
    async def ask() -> str:
        conn = await asyncpg.connect(ADMIN_URL)
        try:
            return str(await conn.fetchval("SHOW server_version")).split()[0]
        finally:
            await conn.close()

    return asyncio.run(ask())


if __name__ == "__main__":
    if shutil.which("uv") is None:
        raise SystemExit("bench.xapi installs Ralph with uv: put uv on PATH")
    main()
