"""netwise scaled out on one machine: two gateways and two replicas of each service, as real processes on
PostgreSQL, Redis and NATS (this machine's servers). A mixed load goes through both gateways; one replica of each
service is killed mid-way; clients retry what went unanswered through the other gateway, as a load balancer's
clients do. Then every acknowledged write is present once, every event reached every consumer once, the rate limit
held across both gateways, the expiry job announced each certification once, and an analytics replica started
after the others died catches up from the broker."""

import asyncio
import itertools
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import nats
import pytest

from kit.db import Database
from kit.ids import new_id, utcnow
from netwise_cli.apps import GATEWAY, SERVICES, AppSpec
from services.curriculum.models import Certification, Track
from services.identity.app import create_app as create_identity
from services.identity.settings import IdentitySettings
from tests.databases import ADMIN_URL, create_postgres_database, drop_postgres_database, postgres_reachable
from tests.identity.conftest import Tenant, make_tenant
from tests.support import free_port

pytestmark = pytest.mark.e2e

NATS_URL = "nats://127.0.0.1:4222"
REDIS_URL = "redis://127.0.0.1:6379/0"
ISSUER = "http://netwise.test/identity"
# Who takes whose events (the design's topology, as compose and Kubernetes configure it).
PUBLISHERS = {"identity": [], "curriculum": ["identity"], "advocacy": ["identity", "curriculum"],
              "analytics": ["identity", "curriculum", "advocacy"],
              "webhooks": ["identity", "curriculum", "advocacy", "analytics"]}
BURST, PER_MINUTE = 150, 120  # the gateways' rate limit, per client
PEOPLE, ENTRIES, CERTIFICATIONS = 24, 24, 30


def reachable(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return False
    return True


@dataclass
class Replica:
    name: str
    spec: AppSpec
    port: int
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def kill(self) -> None:
        """As a node failure does: no shutdown, no goodbye."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()


@dataclass
class Cluster:
    tmp: Path
    namespace: str
    databases: dict[str, str]
    event_keys: dict[str, str] = field(default_factory=lambda: {name: new_id() + new_id() for name in PUBLISHERS})
    replicas: list[Replica] = field(default_factory=list)

    def service_env(self, spec: AppSpec, jwks_from: str) -> dict[str, str]:
        return {
            "MODE": "embedded", "LOG_LEVEL": "WARNING", "DATABASE_URL": self.databases[spec.name],
            "ISSUER": ISSUER, "JWKS_URL": f"{jwks_from}/.well-known/jwks.json",
            "BROKER_URL": NATS_URL, "BROKER_NAMESPACE": self.namespace, "EVENT_KEY": self.event_keys[spec.name],
            "EVENT_PUBLISHER_KEYS": json.dumps({p: self.event_keys[p] for p in PUBLISHERS[spec.name]}),
            "EVENT_ACK_WAIT_SECONDS": "3", "RELAY_INTERVAL_SECONDS": "0.1", "RELAY_LEASE_SECONDS": "3",
            **({"DUE_WORK_INTERVAL_SECONDS": "0.05"} if spec.name == "curriculum" else {}),
            **({"MAIL_DIR": str(self.tmp / "mail")} if spec.name == "advocacy" else {}),
        }

    def gateway_env(self, upstreams: dict[str, str], jwks_from: str) -> dict[str, str]:
        return {"MODE": "embedded", "LOG_LEVEL": "WARNING", "ISSUER": ISSUER,
                "JWKS_URL": f"{jwks_from}/.well-known/jwks.json",
                "RATE_LIMIT_STORAGE_URL": REDIS_URL, "RATE_LIMIT_BURST": str(BURST),
                "RATE_LIMIT_PER_MINUTE": str(PER_MINUTE),
                **{f"{name.upper()}_URL": url for name, url in upstreams.items()}}

    def start(self, name: str, spec: AppSpec, values: dict[str, str], port: int | None = None) -> Replica:
        port = port or free_port()
        log = self.tmp / f"{name}.log"
        env = {**os.environ, **{spec.env_prefix() + key: value for key, value in values.items()}}
        process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--factory", spec.factory, "--host", "127.0.0.1", "--port",
             str(port), "--no-access-log", "--log-level", "warning"],
            env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        replica = Replica(name, spec, port, process, log)
        self.replicas.append(replica)
        return replica

    async def ready(self, replicas: list[Replica], within: float = 120.0) -> None:
        deadline = time.monotonic() + within
        async with httpx.AsyncClient(timeout=2) as http:
            for replica in replicas:
                while True:
                    assert replica.process.poll() is None, f"{replica.name} died:\n{replica.log.read_text()[-3000:]}"
                    assert time.monotonic() < deadline, f"{replica.name} not ready:\n{replica.log.read_text()[-3000:]}"
                    try:
                        if (await http.get(f"{replica.url}/readyz")).status_code == 200:
                            break
                    except httpx.HTTPError:
                        pass
                    await asyncio.sleep(0.3)

    def stop(self) -> None:
        for replica in self.replicas:
            if replica.process.poll() is None:
                replica.process.terminate()
        for replica in self.replicas:
            try:
                replica.process.wait(10)
            except subprocess.TimeoutExpired:
                replica.process.kill()
                replica.process.wait()


@asynccontextmanager
async def postgres_databases() -> AsyncIterator[dict[str, str]]:
    urls: dict[str, str] = {}
    try:
        for spec in SERVICES:
            assert spec.migrations is not None
            urls[spec.name] = await create_postgres_database(spec.migrations)
        yield urls
    finally:
        for url in urls.values():
            await drop_postgres_database(url)


async def query(url: str, sql: str, *args: Any) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://", 1))
    try:
        return list(await conn.fetch(sql, *args))
    finally:
        await conn.close()


async def eventually(condition: Callable[[], Awaitable[bool]], what: str, within: float = 90.0) -> None:
    deadline = time.monotonic() + within
    while not await condition():
        assert time.monotonic() < deadline, f"not reached within {within:.0f} s: {what}"
        await asyncio.sleep(0.3)


class Client:
    """A client behind a load balancer: a request that goes unanswered (the replica behind that gateway died) is
    sent again, with the same Idempotency-Key, through the other gateway."""

    def __init__(self, gateways: list[str], headers: dict[str, str]) -> None:
        self.gateways = itertools.cycle(gateways)
        self.headers = headers
        self.http = httpx.AsyncClient(timeout=20)
        self.resent = 0

    async def post(self, path: str, body: dict[str, Any], key: str | None = None) -> httpx.Response:
        headers = {**self.headers, **({"Idempotency-Key": key} if key else {})}
        for _ in range(8):
            try:
                response = await self.http.post(f"{next(self.gateways)}{path}", json=body, headers=headers)
            except httpx.TransportError:
                self.resent += 1
                continue
            if response.status_code not in (502, 503, 504):
                return response
            self.resent += 1
            await asyncio.sleep(0.2)
        raise AssertionError(f"POST {path} was never answered")


async def create_people(client: Client, prefix: str, count: int) -> set[str]:
    """E-mails of the people created; a retry whose first try did commit gets 409, and the person exists once."""
    created = set()
    for i in range(count):
        email = f"{prefix}{i}@scale.example"
        response = await client.post("/identity/v1/people", {"email": email, "name": f"{prefix} {i}",
                                                             "job_function": "marketing"})
        assert response.status_code in (201, 409), response.text
        created.add(email)
    return created


async def record_time(client: Client, prefix: str, count: int) -> set[str]:
    keys = set()
    for i in range(count):
        key = f"{prefix}-{i}"
        response = await client.post("/analytics/v1/time-entries", {
            "date": "2026-11-02", "minutes": 15, "channel": "linkedin", "note": key}, key=key)
        assert response.status_code == 201, response.text
        keys.add(key)
    return keys


async def hammer(gateways: list[str], headers: dict[str, str], requests: int) -> tuple[int, float]:
    """Sends `requests` reads alternately through both gateways; returns how many were let through, and how long
    it took."""
    started = time.monotonic()
    async with httpx.AsyncClient(timeout=20) as http:
        async def one(i: int) -> int:
            response = await http.get(f"{gateways[i % 2]}/analytics/v1/time-entries?limit=1", headers=headers)
            return response.status_code
        statuses = []
        for batch in range(0, requests, 20):
            statuses += await asyncio.gather(*(one(i) for i in range(batch, min(requests, batch + 20))))
    assert set(statuses) <= {200, 429}, statuses
    return sum(status == 200 for status in statuses), time.monotonic() - started


async def plant_certifications(url: str, org_id: str) -> list[str]:
    """Certifications that expire one after another while the load runs, for both curriculum replicas' expiry
    jobs to race over."""
    database = Database(url)
    now = utcnow()
    async with database.transaction() as session:
        track = Track(org_id=org_id, status="published", phase="role", default_locale="en",
                      certification_key="social-basics", certification_validity_days=365)
        session.add(track)
        await session.flush()
        certifications = [Certification(org_id=org_id, person_id=new_id(), track_id=track.id,
                                        certification_key="social-basics", issued_at=now - timedelta(days=365),
                                        expires_at=now + timedelta(seconds=2 + i / 4)) for i in range(CERTIFICATIONS)]
        session.add_all(certifications)
        ids = [c.id for c in certifications]
    await database.dispose()
    return ids


@pytest.fixture
async def cluster(tmp_path: Path) -> AsyncIterator[Cluster]:
    missing = [what for what, ok in (("PostgreSQL", await postgres_reachable()), ("Redis", reachable(6379)),
                                     ("NATS", reachable(4222))) if not ok]
    if missing:
        pytest.skip(f"{', '.join(missing)} not reachable on 127.0.0.1 ({ADMIN_URL}, {REDIS_URL}, {NATS_URL})")
    namespace = f"s{new_id()[-10:].lower()}"
    async with postgres_databases() as databases:
        cluster = Cluster(tmp_path, namespace, databases)
        try:
            yield cluster
        finally:
            cluster.stop()
            nc = await nats.connect(NATS_URL)
            for stream in (f"{namespace.upper()}_EVENTS", f"{namespace.upper()}_DEAD_LETTERS"):
                with suppress(nats.js.errors.NotFoundError):
                    await nc.jetstream().delete_stream(stream)
            await nc.close()


async def test_two_of_everything_survive_losing_a_replica_of_each_service(cluster: Cluster) -> None:
    specs = {spec.name: spec for spec in SERVICES}
    # identity's b replica serves the JWKS to everyone (replica a is the one that dies), so its port comes first.
    identity_b = free_port()
    jwks_from = f"http://127.0.0.1:{identity_b}"
    replicas = {f"{name}-{side}": cluster.start(f"{name}-{side}", spec, cluster.service_env(spec, jwks_from),
                                                identity_b if (name, side) == ("identity", "b") else None)
                for side in ("a", "b") for name, spec in specs.items()}
    gateways = [cluster.start(f"gateway-{side}", GATEWAY, cluster.gateway_env(
        {name: replicas[f"{name}-{side}"].url for name in specs}, jwks_from)) for side in ("a", "b")]
    await cluster.ready([*replicas.values(), *gateways])
    gateway_urls = [gateway.url for gateway in gateways]

    # The tenant, made as `netwise org create` makes it: in identity's database, its events in the outbox.
    identity = create_identity(IdentitySettings(database_url=cluster.databases["identity"], issuer=ISSUER,
                                                broker_url=NATS_URL, broker_namespace=cluster.namespace,
                                                event_publisher_keys={}, event_key=cluster.event_keys["identity"]))
    tenant: Tenant = await make_tenant(identity)
    await identity.state.db.dispose()
    admin_id = tenant.admin_id
    await eventually(lambda: _known(cluster, "analytics", admin_id), "analytics hears of the admin")
    certifications = await plant_certifications(cluster.databases["curriculum"], tenant.org_id)

    admin = Client(gateway_urls, tenant.admin)
    people: set[str] = set()
    keys: set[str] = set()
    first = await asyncio.gather(create_people(admin, "before", PEOPLE // 2),
                                 record_time(admin, "before", ENTRIES // 2),
                                 hammer(gateway_urls, tenant.learner, 3 * BURST))
    people |= first[0]
    keys |= first[1]
    allowed, seconds = first[2]

    for name in specs:  # a node fails: one replica of each service, mid-load
        replicas[f"{name}-a"].kill()
    second = await asyncio.gather(create_people(admin, "after", PEOPLE // 2),
                                  record_time(admin, "after", ENTRIES // 2))
    people |= second[0]
    keys |= second[1]
    assert admin.resent > 0  # the failure was felt, and the other gateway answered

    # Every acknowledged write is there, once.
    rows = await query(cluster.databases["identity"], "SELECT email FROM people WHERE org_id = $1 AND email LIKE "
                       "'%@scale.example'", tenant.org_id)
    assert sorted(row["email"] for row in rows) == sorted(people)
    rows = await query(cluster.databases["analytics"], "SELECT note, count(*) AS n FROM time_entries WHERE "
                       "person_id = $1 GROUP BY note", admin_id)
    assert {row["note"]: row["n"] for row in rows} == dict.fromkeys(keys, 1)

    # The rate limit held across both gateways: at most the burst, plus what refilled meanwhile.
    assert allowed <= BURST + PER_MINUTE * seconds / 60 + 2, (allowed, seconds)
    assert allowed >= BURST - 2

    # Every event reached every consumer once, the replica that died holding some notwithstanding.
    await eventually(lambda: _all_consumed(cluster), "every consumer has every event of its publishers")
    # The expiry job, racing on two replicas (one killed), announced each certification once.
    await eventually(lambda: _expired(cluster, certifications), "every planted certification expired")
    announced = await query(cluster.databases["curriculum"], "SELECT envelope->'data'->>'id' AS id, count(*) AS n "
                            "FROM outbox WHERE type = 'netwise.curriculum.certification.expired' GROUP BY 1")
    assert {row["id"]: row["n"] for row in announced} == dict.fromkeys(certifications, 1)

    # analytics goes down entirely; events go on; a replica started later replays what it missed.
    replicas["analytics-b"].kill()
    missed = await create_people(Client([gateway_urls[1]], tenant.admin), "missed", 4)
    await eventually(lambda: _published_everything(cluster), "identity published the new people")
    assert not await _all_consumed(cluster)
    late = cluster.start("analytics-c", specs["analytics"], cluster.service_env(specs["analytics"], jwks_from))
    await cluster.ready([late])
    await eventually(lambda: _all_consumed(cluster), "the late analytics replica caught up")
    rows = await query(cluster.databases["analytics"], "SELECT email FROM dir_people WHERE org_id = $1 AND email "
                       "LIKE 'missed%'", tenant.org_id)
    assert {row["email"] for row in rows} == missed


async def _known(cluster: Cluster, service: str, person_id: str) -> bool:
    return bool(await query(cluster.databases[service], "SELECT 1 FROM dir_people WHERE id = $1", person_id))


async def _published_everything(cluster: Cluster) -> bool:
    return all([not await query(url, "SELECT 1 FROM outbox WHERE delivered_at IS NULL LIMIT 1")
                for url in cluster.databases.values()])


async def _all_consumed(cluster: Cluster) -> bool:
    """Each consumer's inbox holds exactly the events its publishers' outboxes hold (the inbox's key makes each
    once, and it commits with the event's effect)."""
    published = {name: {row["event_id"] for row in await query(url, "SELECT event_id FROM outbox")}
                 for name, url in cluster.databases.items()}
    for consumer, publishers in PUBLISHERS.items():
        received = await query(cluster.databases[consumer], "SELECT source, event_id FROM inbox")
        for publisher in publishers:
            heard = {row["event_id"] for row in received if row["source"] == f"/netwise/{publisher}"}
            if heard != published[publisher]:
                return False
    return True


async def _expired(cluster: Cluster, ids: list[str]) -> bool:
    rows = await query(cluster.databases["curriculum"], "SELECT count(*) AS n FROM certifications WHERE "
                       "expired_at IS NOT NULL AND id = ANY($1::text[])", ids)
    return int(rows[0]["n"]) == len(ids)
