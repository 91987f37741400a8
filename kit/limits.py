"""Request body size: one limit on every app, refused by Content-Length before anything is read, and counted
while a body without one (chunked) streams in, so no route ever holds more than the limit in memory."""

from fastapi import FastAPI, Request
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kit.problems import BadRequest, PayloadTooLarge, Problem, problem_response

DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024


class BodyTooLarge(HTTPException):
    """Raised from `receive` once a streamed body passes the limit. An HTTPException, because FastAPI turns any
    other error while it reads a body into a 400; the problem handlers make it a 413 problem+json."""

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail=too_large(limit).detail)


def too_large(limit: int) -> PayloadTooLarge:
    return PayloadTooLarge(f"the request body may be at most {limit} bytes")


def declared_length(scope: Scope) -> int | None:
    values = [value for name, value in scope.get("headers", []) if name.lower() == b"content-length"]
    if not values:
        return None
    if len(set(values)) != 1 or not (values[0].isascii() and values[0].isdigit()):
        raise BadRequest("the Content-Length header is not a number")
    return int(values[0])


def _is_chunked(scope: Scope) -> bool:
    """A body framed by Transfer-Encoding (chunked): its length is known only once it has been read."""
    return any(name.lower() == b"transfer-encoding" for name, _ in scope.get("headers", []))


class BodySizeLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            declared = declared_length(scope)
            if declared is not None and declared > self.max_bytes:
                raise too_large(self.max_bytes)
        except Problem as problem:
            # Answered before the body is read: a client that waits for `100 Continue` sends none of it.
            await problem_response(problem, Request(scope))(scope, receive, send)
            return
        if declared is not None or not _is_chunked(scope):
            # The server reads exactly the declared length, and a request with neither header has no body (RFC
            # 9112 §6.3): only a chunked body can grow past the limit, so only it is counted (two wrappers less
            # on every other request).
            await self.app(scope, receive, send)
            return

        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def watching_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, watching_send)
        except BodyTooLarge:
            # Read outside a route (by a middleware): nobody turned it into a response yet.
            if started:
                raise
            await problem_response(too_large(self.max_bytes), Request(scope))(scope, receive, send)


def limit_bodies(app: FastAPI, max_bytes: int) -> None:
    app.add_middleware(BodySizeLimit, max_bytes=max_bytes)


async def read_body(receive: Receive) -> bytes:
    """The whole request body under the app's limit (counted as it arrives, above); too large is a problem the
    caller may add headers to."""
    chunks = []
    try:
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise ClientDisconnect()
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                return b"".join(chunks)
    except BodyTooLarge as exc:
        raise PayloadTooLarge(str(exc.detail)) from None
