"""Real servers on loopback for tests that need a network between apps."""

import asyncio
import socket
from collections.abc import AsyncIterator, Iterable
from contextlib import ExitStack, asynccontextmanager
from typing import Any

import uvicorn

from kit.events import envelope_bytes, signed_headers
from kit.settings import embedded_event_key


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def free_ports(names: Iterable[str]) -> dict[str, int]:
    """A free port for each name, all different (each socket stays bound until every port is chosen)."""
    with ExitStack() as stack:
        sockets = {name: stack.enter_context(socket.socket()) for name in names}
        for sock in sockets.values():
            sock.bind(("127.0.0.1", 0))
        return {name: int(sock.getsockname()[1]) for name, sock in sockets.items()}


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


def signed_event(envelope: dict[str, Any], publisher: str | None = None, key: str | None = None) -> dict[str, Any]:
    """httpx `post` arguments delivering `envelope` as its publisher (read from its source) signs it in embedded
    mode, or as `publisher` with `key`."""
    publisher = publisher or str(envelope["source"]).removeprefix("/netwise/")
    body = envelope_bytes(envelope)
    return {"content": body, "headers": signed_headers(publisher, key or embedded_event_key(publisher), body)}
