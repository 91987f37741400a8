"""What tests share: real servers on loopback, events delivered as their publishers send them (identity's payloads
built from the contract), what tests read back (refusals, emitted events), and the bridge from the gateway's
httpx2 client to the tests' httpx transports."""

import asyncio
import os
import random
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import AsyncIterator, Iterable, Iterator
from contextlib import asynccontextmanager, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import httpx2
import uvicorn
from pydantic import BaseModel
from sqlalchemy import select

from contracts.events import identity
from kit.events import envelope_bytes, signed_headers
from kit.ids import new_id
from kit.settings import embedded_event_key


def _server_ports() -> range:
    """Ports outside the kernel's ephemeral range (where outgoing connections take their local port)."""
    try:
        low, high = (int(n) for n in Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split())
    except (OSError, ValueError):
        low, high = 32768, 60999
    if low - 10_000 >= 1_000:
        return range(10_000, low)
    if 65_535 - high >= 1_000:
        return range(high + 1, 65_536)
    return range(10_000, 65_536)


# A port picked with bind(0) is released before the server binds it, and in between any outgoing connection (to
# PostgreSQL, NATS, another replica) may take it as its local port: CI saw a replica fail with "address already in
# use". Outgoing connections never take a port outside the ephemeral range; `_handed_out` keeps the servers of
# one run apart.
_SERVER_PORTS = _server_ports()
_handed_out: set[int] = set()


def free_port() -> int:
    """A loopback port that nothing listens on and that no other server of this test run was given."""
    while True:
        port = random.choice(_SERVER_PORTS)
        if port in _handed_out:
            continue
        _handed_out.add(port)
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
        return port


def free_ports(names: Iterable[str]) -> dict[str, int]:
    """A free port for each name, all different."""
    return {name: free_port() for name in names}


@asynccontextmanager
async def serving(app: Any, port: int) -> AsyncIterator[str]:
    """Runs `app` with uvicorn on 127.0.0.1:`port` in this event loop until the block ends."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, lifespan="on"))
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


@contextmanager
def serving_in_thread(app: Any, port: int) -> Iterator[None]:
    """`serving` for a synchronous test (a browser driven by Playwright's sync API): its own thread and loop."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the test server did not start"
        time.sleep(0.02)
    try:
        yield
    finally:
        server.should_exit = True
        thread.join(10)


OIDC_DIR = Path(__file__).resolve().parent / "oidc"  # panva's oidc-provider, with the scripts the tests run


def _node_modules() -> None:
    """tests/oidc's packages, from the committed lockfile (what `.ci/run` does too)."""
    if not (OIDC_DIR / "node_modules" / "oidc-provider").is_dir():
        npm = shutil.which("npm")
        assert npm, "npm is needed to run the tests' OpenID provider (tests/oidc)"
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=OIDC_DIR, check=True, capture_output=True)


@asynccontextmanager
async def node_server(script: str, port: int, env: dict[str, str]) -> AsyncIterator[str]:
    """Runs tests/oidc/`script` with Node on 127.0.0.1:`port` until the block ends; yields the issuer it names
    once it serves."""
    _node_modules()
    process = await asyncio.create_subprocess_exec(
        "node", script, cwd=OIDC_DIR, env={**os.environ, **env, "PORT": str(port)},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL)
    assert process.stdout is not None
    try:
        line = await asyncio.wait_for(process.stdout.readline(), 30)
        assert line.startswith(b"listening "), line
        yield line.decode().split()[1]
    finally:
        process.terminate()
        await process.wait()


def signed_event(envelope: dict[str, Any], publisher: str | None = None, key: str | None = None) -> dict[str, Any]:
    """httpx `post` arguments delivering `envelope` as its publisher (read from its source) signs it in embedded
    mode, or as `publisher` with `key`."""
    publisher = publisher or str(envelope["source"]).removeprefix("/netwise/")
    body = envelope_bytes(envelope)
    return {"content": body, "headers": signed_headers(publisher, key or embedded_event_key(publisher), body)}


def envelope(event_type: str, org: str, data: dict[str, Any], *, event_id: str | None = None,
             time: str | None = None) -> dict[str, Any]:
    """The CloudEvent of `event_type` as its publisher (named by the type) sends it."""
    return {"specversion": "1.0", "id": event_id or new_id(), "source": f"/netwise/{event_type.split('.')[1]}",
            "type": event_type, "org": org, "time": time or datetime.now(UTC).isoformat(),
            "subject": str(data.get("id", "")), "data": data}


async def deliver(http: Any, event_type: str, org: str, data: dict[str, Any], *, event_id: str | None = None,
                  time: str | None = None) -> str:
    """Delivers the event to the app behind `http`, signed by its publisher; asserts the 204, returns its id."""
    sent = envelope(event_type, org, data, event_id=event_id, time=time)
    response = await http.post("/internal/events", **signed_event(sent))
    assert response.status_code == 204, response.text
    return str(sent["id"])


# identity's payloads, complete: each is checked against the contract, so a helper never sends what it refuses.
STAMP = "2026-01-01T00:00:00Z"


def _complete(model: type[BaseModel], defaults: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    data = {**defaults, **fields}
    model.model_validate(data)
    return data


def organisation_data(org_id: str, **fields: Any) -> dict[str, Any]:
    return _complete(identity.OrganisationPublic, {
        "id": org_id, "name": "Org", "slug": f"org-{org_id[-8:]}", "currency": "SEK", "timezone": "Europe/Stockholm",
        "default_locale": "en", "min_group_size": 5, "created_at": STAMP, "version": 1}, fields)


def org_unit_data(unit_id: str, name: str, parent_id: str | None = None, **fields: Any) -> dict[str, Any]:
    return _complete(identity.OrgUnitPublic, {"id": unit_id, "name": name, "parent_id": parent_id,
                                              "created_at": STAMP, "version": 1}, fields)


def person_data(person_id: str, email: str, name: str, **fields: Any) -> dict[str, Any]:
    return _complete(identity.PersonPublic, {
        "id": person_id, "email": email, "name": name, "job_function": "sales", "org_unit_id": None,
        "manager_id": None, "roles": ["learner"], "status": "active", "locale": None, "created_at": STAMP,
        "updated_at": STAMP, "version": 1}, fields)


# What the tests read back: a refusal, and the events an app wrote.
DATE_RANGE = "must be between 1900-01-01 and 2999-12-31"


def refused(response: Any, expected: dict[str, str]) -> None:
    """A 422 problem naming exactly these fields with these messages."""
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert {e["field"]: e["message"] for e in response.json()["errors"]} == expected


async def every_page(http: Any, path: str, headers: dict[str, str], limit: int = 2) -> list[list[dict[str, Any]]]:
    """A list's pages of `limit` items, followed as a client follows them: through each page's `Link` header, which
    agrees with its `next_cursor`; the last page has neither. A bad cursor for the list is a 422 naming `cursor`."""
    refused_cursor = await http.get(path, params={"cursor": "not a cursor!"}, headers=headers)
    assert refused_cursor.status_code == 422 and refused_cursor.json()["errors"][0]["field"] == "cursor"
    pages = []
    url: str | None = f"{path}{'&' if '?' in path else '?'}limit={limit}"
    while url is not None:
        page = await http.get(url, headers=headers)
        assert page.status_code == 200, page.text
        pages.append(page.json()["items"])
        cursor, link = page.json()["next_cursor"], page.headers.get("link")
        assert (cursor is None) == (link is None), (cursor, link)
        if link is None:
            url = None
        else:
            url = link.removeprefix("<").removesuffix('>; rel="next"')
            assert httpx.URL(url).params["cursor"] == cursor and httpx.URL(url).params["limit"] == str(limit)
    return pages


async def emitted(app: Any, org: str, event_type: str | None = None) -> list[dict[str, Any]]:
    """The envelopes of the events (of `event_type`) the app wrote to its outbox for `org`, oldest first (one row
    per event: the tests' apps have one subscriber)."""
    table = app.state.outbox.table
    async with app.state.db.transaction() as session:
        rows = (await session.execute(select(table.c.envelope).order_by(table.c.created_at))).scalars().all()
    return [e for e in rows if e["org"] == org and event_type in (None, e["type"])]


async def emitted_data(app: Any, org: str, event_type: str) -> list[dict[str, Any]]:
    """The `data` of each event of `event_type` the app wrote for `org`, oldest first."""
    return [dict(e["data"]) for e in await emitted(app, org, event_type)]


class Httpx2Bridge(httpx2.AsyncBaseTransport):
    """The gateway's client is httpx2; the tests' fake networks are httpx transports. This carries each request
    over and the answer back as sent (raw bytes), and a transport error as httpx2's error of the same name."""

    def __init__(self, transport: httpx.AsyncBaseTransport) -> None:
        self.transport = transport

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        sent = httpx.Request(request.method, str(request.url), headers=request.headers.raw,
                             content=await request.aread())
        try:
            answer = await self.transport.handle_async_request(sent)
            body = b"".join([chunk async for chunk in answer.aiter_raw()])
        except httpx.TransportError as exc:
            raise getattr(httpx2, type(exc).__name__, httpx2.TransportError)(str(exc)) from exc
        return httpx2.Response(answer.status_code, headers=answer.headers.raw, stream=httpx2.ByteStream(body))


async def answered_alike(http: Any, by_shortcut: str, by_route: str, headers: dict[str, str]) -> Any:
    """Asks `by_shortcut` (a request a route's shortcut takes, `kit.routing.shortcut`) and `by_route` (the same
    question in a form only the route takes): both answers must be the same, byte for byte, headers included but
    the request id. Returns the shortcut's."""
    shortcut, route = await http.get(by_shortcut, headers=headers), await http.get(by_route, headers=headers)
    assert (shortcut.status_code, shortcut.content) == (route.status_code, route.content), (by_shortcut, by_route)
    assert _but_request_id(shortcut.headers) == _but_request_id(route.headers)
    return shortcut


def _but_request_id(headers: Any) -> list[tuple[str, str]]:
    return sorted((name, value) for name, value in headers.multi_items() if name != "x-request-id")
