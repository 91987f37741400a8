"""How the gateway reaches the services: aiohttp's client, with the proxy's retry rule.

The proxy hands `send` a whole request and gets the whole answer back, raw: no httpx2 Request, Response or
Headers on the hot path. The spec merger and the JWKS cache speak httpx2 (`handle_async_request`), and the tests
plant their fake networks as httpx2 transports, which the proxy reaches through `Httpx2Upstream`. aiohttp's pool
and C parser cost about a quarter of the CPU per request of httpcore's. aiohttp's errors become httpx2's of the
same meaning, so the proxy's problems are the same whichever transport carries a request.
"""

import logging
from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any, NamedTuple, Protocol

import aiohttp
import httpx2
from yarl import URL

# The headers aiohttp would add on its own: the gateway forwards exactly what it built (proxy.upstream_headers).
_NOT_ADDED = ("User-Agent", "Accept", "Accept-Encoding", "Content-Type")
# A response head line or field may be as long as h11's limit, which the gateway accepted before aiohttp.
_MAX_HEAD_LINE = 16 * 1024
# RFC 9110 §9.2.2: repeating these has the effect of sending them once, so a lost answer may be asked for again.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# What a connection the service closed under us looks like: EOF or a reset instead of a response.
_CLOSED_UNDER_US = (httpx2.RemoteProtocolError, httpx2.ReadError, httpx2.WriteError)
log = logging.getLogger("netwise.gateway")


class Answer(NamedTuple):
    status: int
    headers: Sequence[tuple[bytes, bytes]]  # as the service sent them: names in its spelling, repeats kept
    body: bytes  # as sent: still compressed if the service compressed it, matching its Content-Encoding


class Upstream(Protocol):
    async def send(self, method: str, url: str, headers: list[tuple[str, str]], body: bytes, *,
                   retry: bool) -> Answer:
        """The whole answer, or an httpx2.TransportError saying why there is none."""
        ...


class _Attempt:
    """What aiohttp's trace signals tell of one attempt: did it open a connection, did the whole request go out."""

    def __init__(self, body_size: int) -> None:
        self.connected = False
        self.left = body_size
        self.sent_whole = False

    def may_retry(self, method: str, headers: list[tuple[str, str]], error: Exception) -> bool:
        """A reused connection the service closed before answering (its keep-alive timeout fired as we sent).

        A connection we had just opened is not stale: that failure is the service's and is not repeated. A
        non-idempotent request is repeated only when the service will recognise the repeat (Idempotency-Key) or
        cannot have read it whole (the write failed part-way).
        """
        if self.connected or not isinstance(error, _CLOSED_UNDER_US):
            return False
        return (method in IDEMPOTENT_METHODS or not self.sent_whole
                or any(name.lower() == "idempotency-key" for name, _ in headers))


async def _connecting(_: aiohttp.ClientSession, context: SimpleNamespace, __: Any) -> None:
    context.trace_request_ctx.connected = True


async def _headers_sent(_: aiohttp.ClientSession, context: SimpleNamespace, __: Any) -> None:
    attempt: _Attempt = context.trace_request_ctx
    if attempt.left <= 0:  # no body: the request is whole with its head
        attempt.sent_whole = True


async def _chunk_sent(_: aiohttp.ClientSession, context: SimpleNamespace,
                      params: aiohttp.TraceRequestChunkSentParams) -> None:
    attempt: _Attempt = context.trace_request_ctx
    attempt.left -= len(params.chunk)
    if attempt.left <= 0:
        attempt.sent_whole = True


def _as_httpx2(error: Exception) -> httpx2.TransportError:
    """aiohttp's error as the httpx2 error that means the same to the proxy (proxy.send_upstream)."""
    if isinstance(error, aiohttp.ConnectionTimeoutError):
        return httpx2.ConnectTimeout(str(error))
    if isinstance(error, aiohttp.ClientConnectorError):
        return httpx2.ConnectError(str(error))
    if isinstance(error, TimeoutError):  # aiohttp's socket read timeout
        return httpx2.ReadTimeout(str(error) or "the service sent nothing within the read timeout")
    if isinstance(error, aiohttp.ServerDisconnectedError):
        return httpx2.RemoteProtocolError(str(error))  # closed with no (whole) answer
    if isinstance(error, aiohttp.ClientOSError):
        return httpx2.ReadError(str(error))  # a reset as we wrote or read
    return httpx2.RemoteProtocolError(str(error))  # anything else the service sent is no valid HTTP answer


class AiohttpTransport(httpx2.AsyncBaseTransport):
    """Requests over one aiohttp session (made on first use, inside the running loop)."""

    def __init__(self, timeout: httpx2.Timeout, limits: httpx2.Limits) -> None:
        self.timeout = aiohttp.ClientTimeout(total=None, connect=timeout.connect, sock_read=timeout.read)
        self.limits = limits
        self.session: aiohttp.ClientSession | None = None

    def _session(self) -> aiohttp.ClientSession:
        if self.session is None:
            trace = aiohttp.TraceConfig(trace_config_ctx_factory=SimpleNamespace)
            trace.on_connection_create_start.append(_connecting)
            trace.on_request_headers_sent.append(_headers_sent)
            trace.on_request_chunk_sent.append(_chunk_sent)
            connector = aiohttp.TCPConnector(limit=self.limits.max_connections or 0,
                                             keepalive_timeout=self.limits.keepalive_expiry)
            self.session = aiohttp.ClientSession(
                connector=connector, timeout=self.timeout, trace_configs=[trace], skip_auto_headers=_NOT_ADDED,
                cookie_jar=aiohttp.DummyCookieJar(),  # one client for every caller: no cookie rides along
                auto_decompress=False,  # passed on as the service compressed it, with its Content-Encoding
                max_line_size=_MAX_HEAD_LINE, max_field_size=_MAX_HEAD_LINE)
            # aiohttp repeats an idempotent request once on any closed connection, a fresh one too; the rule here
            # (_Attempt.may_retry) decides what is repeated, so a service's own failure is not sent twice.
            self.session._retry_connection = False
        return self.session

    async def send(self, method: str, url: str, headers: list[tuple[str, str]], body: bytes, *,
                   retry: bool) -> Answer:
        response = await self._answered(method, url, headers, body, retry)
        try:
            content = await response.read()
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise _as_httpx2(exc) from exc  # the answer broke off: it may have been acted on, never repeated
        finally:
            response.release()
        return Answer(response.status, response.raw_headers, content)

    async def _answered(self, method: str, url: str, headers: list[tuple[str, str]], body: bytes,
                        retry: bool) -> aiohttp.ClientResponse:
        """The response head, sent once more when `retry` and the rule allow."""
        attempt = _Attempt(len(body))
        try:
            return await self._start(method, url, headers, body, attempt)
        except httpx2.TransportError as exc:
            if not (retry and attempt.may_retry(method, headers, exc)):
                raise
            log.info("%s %s: the connection was closed before an answer (%s); sending it once more",
                     method, URL(url, encoded=True).path, type(exc).__name__)
        # The pool has dropped the closed connection; the body is bytes, so the request can go out again as it was.
        return await self._start(method, url, headers, body, _Attempt(len(body)))

    async def _start(self, method: str, url: str, headers: list[tuple[str, str]], body: bytes,
                     attempt: _Attempt) -> aiohttp.ClientResponse:
        try:
            return await self._session().request(
                method, URL(url, encoded=True), headers=headers, data=body or None, allow_redirects=False,
                trace_request_ctx=attempt)
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise _as_httpx2(exc) from exc

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        """For httpx2's clients (the JWKS cache, the spec merger) and the tests' networks; the proxy's retry rule
        applies when the request asks for it (`Httpx2Upstream`)."""
        headers = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in request.headers.raw]
        answer = await self.send(request.method, str(request.url), headers, await request.aread(),
                                 retry=bool(request.extensions.get(RETRY_EXTENSION)))
        return httpx2.Response(answer.status, headers=answer.headers, stream=httpx2.ByteStream(answer.body),
                               extensions={"http_version": b"HTTP/1.1"})

    async def aclose(self) -> None:
        if self.session is not None:
            await self.session.close()


RETRY_EXTENSION = "netwise.retry"


class Httpx2Upstream:
    """The proxy's `Upstream` over any httpx2 transport: what the tests plant as the network."""

    def __init__(self, transport: httpx2.AsyncBaseTransport) -> None:
        self.transport = transport

    async def send(self, method: str, url: str, headers: list[tuple[str, str]], body: bytes, *,
                   retry: bool) -> Answer:
        request = httpx2.Request(method, url, headers=headers, content=body, extensions={RETRY_EXTENSION: retry})
        response = await self.transport.handle_async_request(request)
        try:
            content = b"".join([chunk async for chunk in response.stream])  # type: ignore[union-attr]
        finally:
            await response.aclose()
        return Answer(response.status_code, response.headers.raw, content)


def as_upstream(transport: httpx2.AsyncBaseTransport) -> Upstream:
    return transport if isinstance(transport, AiohttpTransport) else Httpx2Upstream(transport)
