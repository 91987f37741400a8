"""`netwise up`: every app as its own process on 127.0.0.1, on SQLite under ./var, migrated and seeded."""

import asyncio
import json
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from types import FrameType
from typing import IO, TYPE_CHECKING, Any

import httpx
from rich.console import Console

from kit.migrations import upgrade
from netwise_cli.apps import GATEWAY, SERVICES, AppSpec
from netwise_cli.platform import PlatformInfo

if TYPE_CHECKING:
    from kit.db import Database

# Who hears whom: identity's people feed the three others; curriculum's certifications feed advocacy and
# analytics; advocacy's shares feed analytics; webhooks hears every service and tells the endpoints that asked.
SUBSCRIPTIONS = {
    "identity": ["curriculum", "advocacy", "analytics", "webhooks"],
    "curriculum": ["identity", "advocacy", "analytics", "webhooks"],  # identity: people an LMS brings
    "advocacy": ["analytics", "webhooks"],
    "analytics": ["webhooks"],
    "webhooks": [],
}
LOG_TAIL_LINES = 20


@dataclass
class Plan:
    """Ports, paths and environment of one embedded run."""

    var_dir: Path
    ports: dict[str, int]
    host: str = "127.0.0.1"
    # Each service's own event key, new on every run: a local process cannot forge events from the known defaults.
    event_keys: dict[str, str] = field(default_factory=lambda: {
        name: secrets.token_hex(32) for name in SUBSCRIPTIONS})

    def url(self, name: str) -> str:
        return f"http://{self.host}:{self.ports[name]}"

    def database_url(self, name: str) -> str:
        return f"sqlite+aiosqlite:///{(self.var_dir / f'{name}.db').resolve()}"

    def platform_info(self, audience: str) -> PlatformInfo:
        return PlatformInfo(pid=os.getpid(), urls={name: self.url(name) for name in self.ports},
                            issuer=self.url("identity"), audience=audience,
                            databases={s.name: str((self.var_dir / f"{s.name}.db").resolve()) for s in SERVICES})

    def subscribers(self, name: str) -> list[str]:
        return [f"{self.url(s)}/internal/events" for s in SUBSCRIPTIONS[name]]

    def publisher_keys(self, name: str) -> dict[str, str]:
        """The keys of the services that deliver to `name`, and only theirs."""
        return {publisher: self.event_keys[publisher] for publisher, subscribers in SUBSCRIPTIONS.items()
                if name in subscribers}

    def env(self, spec: AppSpec) -> dict[str, str]:
        prefix = spec.env_prefix()
        identity = self.url("identity")
        values = {
            "MODE": "embedded",
            "JWKS_URL": f"{identity}/.well-known/jwks.json",
            "ISSUER": identity,
            "LOG_LEVEL": "INFO",
        }
        if spec is GATEWAY:
            values |= {f"{s.name.upper()}_URL": self.url(s.name) for s in SERVICES}
            values["PUBLIC_URL"] = self.url("gateway")
        else:
            values["DATABASE_URL"] = self.database_url(spec.name)
            values["SUBSCRIBERS"] = json.dumps(self.subscribers(spec.name))
            values["EVENT_KEY"] = self.event_keys[spec.name]
            values["EVENT_PUBLISHER_KEYS"] = json.dumps(self.publisher_keys(spec.name))
        if spec.name == "advocacy":
            values["MAIL_DIR"] = str((self.var_dir / "mail").resolve())  # embedded digests land beside the data
        return {prefix + key: value for key, value in values.items()}


@dataclass
class Child:
    spec: AppSpec
    process: subprocess.Popen[bytes]
    log_path: Path
    log_file: IO[bytes] = field(repr=False)

    def tail(self) -> str:
        lines = self.log_path.read_text(errors="replace").splitlines()[-LOG_TAIL_LINES:]
        return "\n".join(lines) or "(no output)"


class Supervisor:
    def __init__(self, plan: Plan, console: Console) -> None:
        self.plan = plan
        self.console = console
        self.children: list[Child] = []

    def start(self, spec: AppSpec) -> Child:
        log_dir = self.plan.var_dir / "logs"
        log_dir.mkdir(parents=True, exist_ok=True)
        log_path = log_dir / f"{spec.name}.log"
        log_file = log_path.open("wb")
        command = [sys.executable, "-m", "uvicorn", "--factory", spec.factory, "--host", self.plan.host,
                   "--port", str(self.plan.ports[spec.name]), "--no-access-log", "--log-level", "warning",
                   "--timeout-keep-alive", str(spec.settings(mode="embedded").keep_alive_seconds)]
        process = subprocess.Popen(command, env={**os.environ, **self.plan.env(spec)}, stdout=log_file,
                                   stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
                                   preexec_fn=_die_with_parent)
        child = Child(spec, process, log_path, log_file)
        self.children.append(child)
        return child

    def dead(self) -> Child | None:
        return next((c for c in self.children if c.process.poll() is not None), None)

    def stop(self, timeout: float = 10.0) -> None:
        for child in self.children:
            if child.process.poll() is None:
                child.process.terminate()
        deadline = time.monotonic() + timeout
        for child in self.children:
            try:
                child.process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.process.kill()
                child.process.wait()
            child.log_file.close()

    def wait_ready(self, child: Child, timeout: float = 60.0) -> None:
        def alive() -> None:
            if child.process.poll() is not None:
                raise ChildDied(child)

        wait_ready(f"{self.plan.url(child.spec.name)}/readyz", child.log_path, timeout, alive=alive)


def wait_ready(url: str, log: Path, timeout: float = 60.0, *, alive: Callable[[], None] | None = None) -> None:
    """Until `url` answers 200 (its process's `log` says why not); `alive` raises if the process has died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if alive is not None:
            alive()
        try:
            if httpx.get(url, timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not become ready within {timeout:.0f} s; see {log}")


def _die_with_parent() -> None:
    """Linux: a child gets SIGTERM if `netwise up` itself is killed, so no app outlives it."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


class ChildDied(Exception):
    def __init__(self, child: Child) -> None:
        super().__init__(child.spec.name)
        self.child = child

    def explain(self) -> str:
        code = self.child.process.returncode
        how = f"was killed by signal {-code}" if code < 0 else f"exited with code {code}"
        return f"{self.child.spec.name} {how}. Last lines of {self.child.log_path}:\n{self.child.tail()}"


def migrate_all(plan: Plan, say: Callable[[str], None]) -> None:
    for spec in SERVICES:
        assert spec.migrations is not None
        say(f"migrating {spec.name}")
        upgrade(spec.migrations, plan.database_url(spec.name))


@dataclass
class Seeded:
    admin_token: str
    audience: str  # of identity's tokens
    client_id: str | None  # a new demo client's credentials (first run only)
    client_secret: str | None


async def seed_and_mint(plan: Plan) -> Seeded:
    """Seeds the demo organisation on first run; returns the admin's token and a new client's credentials."""
    from kit.db import Database
    from kit.events import Outbox
    from netwise_cli.seed import ADMIN_EMAIL, seed_identity
    from services.identity import repositories, service
    from services.identity.models import outbox_table
    from services.identity.settings import IdentitySettings

    settings = IdentitySettings(database_url=plan.database_url("identity"), issuer=plan.url("identity"),
                                subscribers=plan.subscribers("identity"))
    db = Database(settings.database_url)
    try:
        outbox = Outbox.of("identity", outbox_table, settings.subscribers)
        demo = await seed_identity(db, outbox)
        async with db.transaction() as session:
            orgs = await repositories.organisation_by_slug(session, "fjordline")
            assert orgs is not None
            admin = await repositories.person_by_email(session, orgs.id, ADMIN_EMAIL)
            assert admin is not None
            token = await service.person_token(session, person=admin, issuer=settings.issuer,
                                               audience=settings.audience, ttl_seconds=12 * 3600)
        directory = await demo_directory(db, orgs.id)
    finally:
        await db.dispose()
    await seed_services(plan, *directory)
    return Seeded(token, settings.audience, demo.client_id if demo else None, demo.client_secret if demo else None)


async def demo_directory(db: "Database", org_id: str) -> tuple[dict[str, Any], list[dict[str, Any]],
                                                               list[dict[str, Any]]]:
    """The demo organisation as identity's events describe it, for the other services' seeds."""
    from sqlmodel import select

    from services.identity.models import Organisation, OrgUnit, Person
    from services.identity.schemas import OrganisationPublic, OrgUnitPublic, PersonPublic

    async with db.transaction() as session:
        org = await session.get(Organisation, org_id)
        units = (await session.exec(select(OrgUnit).where(OrgUnit.org_id == org_id))).all()
        people = (await session.exec(select(Person).where(Person.org_id == org_id))).all()
        return (OrganisationPublic.model_validate(org, from_attributes=True).model_dump(mode="json"),
                [OrgUnitPublic.model_validate(u, from_attributes=True).model_dump(mode="json") for u in units],
                [PersonPublic.model_validate(p, from_attributes=True).model_dump(mode="json") for p in people])


async def seed_services(plan: Plan, org: dict[str, Any], units: list[dict[str, Any]],
                        people: list[dict[str, Any]]) -> None:
    """Each service that has demo data seeds it into its own database (idempotently)."""
    from kit.db import Database
    from kit.events import Outbox

    for spec in SERVICES:
        module = f"services.{spec.name}.demo"
        try:
            demo = import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue
        models = import_module(f"services.{spec.name}.models")
        db = Database(plan.database_url(spec.name))
        try:
            await demo.seed_demo(db, Outbox.of(spec.name, models.outbox_table, plan.subscribers(spec.name)),
                                 org, units, people)
        finally:
            await db.dispose()


@contextmanager
def steps(console: Console, first: str) -> Iterator[Callable[[str], None]]:
    """Says what `netwise up` is doing: a spinner on a terminal; elsewhere (a pipe, a log, a background job's
    output) one plain line per step, so a long first run never looks hung."""
    if console.is_terminal:
        with console.status(first) as status:
            yield status.update
        return

    def say(message: str) -> None:
        console.print(message, soft_wrap=True, highlight=False)

    say(first)
    yield say


def write_private(path: Path, text: str) -> None:
    """Writes a credential readable by its owner only, from its first byte."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as file:
        file.write(text)
    path.chmod(0o600)  # a file that existed keeps its mode through O_CREAT


def run(plan: Plan, console: Console) -> int:
    plan.var_dir.mkdir(parents=True, exist_ok=True)
    supervisor = Supervisor(plan, console)
    received: list[str] = []

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        received.append(signal.Signals(signum).name)
        raise KeyboardInterrupt

    # Installed explicitly for both: a shell starts a background job (`netwise up &`) with SIGINT ignored, and
    # Python then leaves it ignored, so `kill -INT` would not stop it.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, on_signal)
    try:
        with steps(console, "preparing databases") as say:
            migrate_all(plan, say)
            say("seeding the demo organisation")
            seeded = asyncio.run(seed_and_mint(plan))
        if seeded.client_id:
            write_private(plan.var_dir / "demo-client.json", json.dumps(
                {"client_id": seeded.client_id, "client_secret": seeded.client_secret}, indent=2))
        token_file = plan.var_dir / "token"
        write_private(token_file, seeded.admin_token + "\n")
        plan.platform_info(seeded.audience).write(plan.var_dir)  # for `netwise token --var-dir`
        # The services start together; the gateway, which fronts them, once they are ready.
        for group in (SERVICES, [GATEWAY]):
            with steps(console, f"starting {', '.join(spec.name for spec in group)}") as say:
                started = [supervisor.start(spec) for spec in group]
                for child in started:
                    say(f"waiting for {child.spec.name} on {plan.url(child.spec.name)}")
                    supervisor.wait_ready(child)
                    console.print(f"[green]✓[/] {child.spec.name:<11} {plan.url(child.spec.name)}")
        gateway = plan.url("gateway")
        console.print(f"\n[bold]netwise is up[/] at {gateway}  (API docs: {gateway}/docs)")
        console.print(f"Demo organisation: Fjordline; integration client in {plan.var_dir / 'demo-client.json'}",
                      soft_wrap=True)
        console.print(f"Admin token (12 h, every role), also in {token_file}:", soft_wrap=True)
        console.print(f"export TOKEN={seeded.admin_token}", soft_wrap=True, highlight=False)
        console.print(f'\ncurl -H "Authorization: Bearer $TOKEN" {gateway}/identity/v1/people', soft_wrap=True)
        console.print(f"Another person's token: netwise token --var-dir {plan.var_dir} --email …", soft_wrap=True)
        console.print("Ctrl-C (or SIGTERM) stops everything.")
        while True:
            dead = supervisor.dead()
            if dead is not None:
                raise ChildDied(dead)
            time.sleep(0.5)
    except KeyboardInterrupt:
        console.print(f"\n{received[-1] if received else 'interrupted'}: stopping ...", soft_wrap=True)
        return 0
    except ChildDied as died:
        console.print(f"[red]{died.explain()}[/]")
        return 1
    except Exception as exc:  # a start-up failure: say what failed, not a traceback
        console.print(f"[red]netwise up failed: {exc}[/]")
        return 1
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM):  # a second Ctrl-C must not cut the stopping short
            signal.signal(signum, signal.SIG_IGN)
        supervisor.stop()
