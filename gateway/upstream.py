"""How the gateway reaches the services: httpx2's transport interface over aiohttp's client.

The proxy, the spec merger and the JWKS cache speak httpx2 (and the tests plant their fake networks as httpx2
transports); the bytes travel by aiohttp, whose pool and C parser cost about a quarter of the CPU per request of
httpcore's. aiohttp's errors become httpx2's of the same meaning, so the proxy's problems and its retry rule
(proxy._may_retry) are the same whichever transport carries a request.
"""

from collections.abc import AsyncIterator
from types import SimpleNamespace
from typing import Any

import aiohttp
import httpx2
from yarl import URL

# The headers aiohttp would add on its own: the gateway forwards exactly what it built (proxy.upstream_headers).
_NOT_ADDED = ("User-Agent", "Accept", "Accept-Encoding", "Content-Type")
# A response head line or field may be as long as h11's limit, which the gateway accepted before aiohttp.
_MAX_HEAD_LINE = 16 * 1024


class _Progress:
    """What httpcore's trace told the proxy about one attempt, told from aiohttp's trace signals."""

    def __init__(self, listener: Any, body_size: int) -> None:
        self.listener = listener  # proxy._Attempt, or None when no one asked
        self.left = body_size

    async def tell(self, event: str) -> None:
        if self.listener is not None:
            await self.listener(event, {})

    async def sent(self, size: int) -> None:
        self.left -= size
        if self.left <= 0:
            await self.tell("http11.send_request_body.complete")


async def _connecting(_: aiohttp.ClientSession, context: SimpleNamespace, __: Any) -> None:
    await context.trace_request_ctx.tell("connection.connect_tcp.started")


async def _headers_sent(_: aiohttp.ClientSession, context: SimpleNamespace, __: Any) -> None:
    progress: _Progress = context.trace_request_ctx
    if progress.left <= 0:  # no body: the request is whole with its head
        await progress.tell("http11.send_request_body.complete")


async def _chunk_sent(_: aiohttp.ClientSession, context: SimpleNamespace,
                      params: aiohttp.TraceRequestChunkSentParams) -> None:
    await context.trace_request_ctx.sent(len(params.chunk))


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


class _Body(httpx2.AsyncByteStream):
    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self.response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.response.content.iter_any():
                yield chunk
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise _as_httpx2(exc) from exc

    async def aclose(self) -> None:
        self.response.release()


class AiohttpTransport(httpx2.AsyncBaseTransport):
    """Requests as httpx2 built them, over one aiohttp session (made on first use, inside the running loop)."""

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
            # aiohttp repeats an idempotent request once on any closed connection, a fresh one too; the proxy
            # decides what is repeated (proxy._may_retry), so a service's own failure is not sent twice.
            self.session._retry_connection = False
        return self.session

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        body = await request.aread()
        headers = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in request.headers.raw]
        progress = _Progress(request.extensions.get("trace"), len(body))
        try:
            response = await self._session().request(
                request.method, URL(str(request.url), encoded=True), headers=headers, data=body or None,
                allow_redirects=False, trace_request_ctx=progress)
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise _as_httpx2(exc) from exc
        return httpx2.Response(response.status, headers=response.raw_headers, stream=_Body(response),
                               extensions={"http_version": b"HTTP/1.1",
                                           "reason_phrase": (response.reason or "").encode("latin-1")})

    async def aclose(self) -> None:
        if self.session is not None:
            await self.session.close()
