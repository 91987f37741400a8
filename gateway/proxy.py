"""The one route that forwards `/<service>/<rest>` to a service: which paths, who may call, what is passed on."""

import asyncio
import logging
import re
import time
from typing import NamedTuple
from urllib.parse import quote, urlsplit

import httpx2
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from gateway.metrics import GatewayMetrics
from gateway.ratelimit import Limiter
from gateway.settings import SERVICES, GatewaySettings
from kit.auth import TokenVerifier, bearer_token
from kit.limits import read_body
from kit.observability import request_id_var
from kit.problems import (
    BadGateway,
    GatewayTimeout,
    NotFound,
    Problem,
    ServiceUnavailable,
    TooManyRequests,
)
from kit.tracing import current_traceparent

# OPTIONS preflights are answered by the CORS middleware; HEAD is xAPI's (an LRS answers it on every GET resource).
METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]
HOP_BY_HOP = frozenset({"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade"})
# Set by us (request side) or by the server that serves the gateway (response side), never copied through.
REQUEST_HEADERS_WE_SET = frozenset({"host", "content-length", "x-request-id", "x-forwarded-for",
                                    "x-forwarded-proto", "x-forwarded-host", "x-forwarded-prefix"})
TRACE_HEADERS = frozenset({"traceparent", "tracestate"})  # replaced by ours when the gateway traces
RESPONSE_HEADERS_WE_SET = frozenset({"content-length", "x-request-id", "server", "date"})
_LINK_TARGET = re.compile(r"<([^>]*)>")
log = logging.getLogger("netwise.gateway")


def is_forwarded(service: str, rest: str) -> bool:
    """Only the public API leaves the gateway: `/v1/...`, identity's JWKS and OAuth metadata, advocacy's short
    links and the signed links of its digest mails (`m/share/<token>`, `m/leave/<token>`), curriculum's LTI,
    xAPI and cmi5."""
    if service not in SERVICES:
        return False
    segments = rest.split("/")
    if any(segment in (".", "..") for segment in segments):
        return False  # httpx would resolve `v1/../internal` to `/internal` on the way out
    if rest.startswith("v1/"):
        return True
    if service == "identity":
        return rest in (".well-known/jwks.json", ".well-known/oauth-authorization-server") or _is_scim(segments)
    if service == "advocacy":
        return (len(segments) == 2 and segments[0] == "r" and segments[1] != "") or _is_mail_link(segments)
    if service == "curriculum":
        return _is_lti(segments) or _is_xapi(segments) or _is_cmi5(segments)
    return False


def _is_xapi(segments: list[str]) -> bool:
    """curriculum's xAPI LRS, which LMSs and content call with the LRS credentials the organisation made (HTTP
    Basic) rather than a netwise token; curriculum checks them. An LRS endpoint is often configured with a
    trailing slash, so `xapi//statements` is forwarded as well."""
    return len(segments) >= 2 and segments[0] == "xapi" and any(segments[1:])


def _is_lti(segments: list[str]) -> bool:
    """curriculum's LTI endpoints, which an LMS and a learner's browser reach without a bearer token: the tool's
    keys, login, launch, the Canvas configuration, dynamic registration (its URL is signed), and the learner
    pages (whose URLs carry the launch's session)."""
    if segments[0] != "lti" or not all(segments[1:]):
        return False
    return segments[1:] in (["jwks.json"], ["login"], ["launch"], ["canvas.json"]) \
        or (len(segments) == 3 and segments[1] == "register") or (len(segments) >= 5 and segments[1] == "learn")


def _is_cmi5(segments: list[str]) -> bool:
    """curriculum's cmi5 AU, which an LMS opens in the learner's browser with cmi5's launch parameters (no token:
    curriculum checks the launch with the LMS), and the learner pages it opens (whose URLs carry the session)."""
    if segments[0] != "cmi5" or not all(segments[1:]):
        return False
    return (len(segments) == 3 and segments[1] == "au") or (len(segments) >= 4 and segments[1] == "learn")


def _is_mail_link(segments: list[str]) -> bool:
    return len(segments) == 3 and segments[0] == "m" and segments[1] in ("share", "leave") and segments[2] != ""


# The OAuth endpoints (a browser follows the sign-in redirects with no token yet) and the published keys.
IDENTITY_PUBLIC = {("POST", "v1/oauth/token"), ("GET", "v1/oauth/authorize"), ("GET", "v1/oauth/callback"),
                   ("POST", "v1/oauth/revoke"), ("GET", ".well-known/jwks.json"),
                   ("GET", ".well-known/oauth-authorization-server")}


def _is_scim(segments: list[str]) -> bool:
    return len(segments) >= 3 and segments[:2] == ["scim", "v2"] and all(segments[2:])


def is_public(method: str, service: str, rest: str) -> bool:
    """Paths reachable without a bearer token (the token endpoint itself takes client credentials)."""
    segments = rest.split("/")
    if service == "identity":
        # SCIM checks its token itself, so that a directory gets SCIM's error bodies, not problem+json.
        return (method, rest) in IDENTITY_PUBLIC or _is_scim(segments)
    if service == "curriculum":
        return _is_lti(segments) or _is_xapi(segments) or _is_cmi5(segments)
    if service != "advocacy":
        return False
    # A mail's links carry their own signed token: its page (GET) and its one action (POST, RFC 8058 one-click).
    return (method == "GET" and rest.startswith("r/")) or \
        (method in ("GET", "POST") and _is_mail_link(segments))


def _connection_tokens(value: str | None) -> set[str]:
    """Headers named in `Connection` are hop-by-hop for this one connection (RFC 9110 §7.6.1)."""
    return {token.strip().lower() for token in (value or "").split(",") if token.strip()}


def _hop_by_hop(name: str, connection: set[str]) -> bool:
    return name in HOP_BY_HOP or name.startswith("proxy-") or name in connection


def upstream_headers(request: Request, service: str) -> list[tuple[str, str]]:
    connection = _connection_tokens(request.headers.get("connection"))
    traceparent = current_traceparent()  # when the gateway traces, the service's span is a child of ours
    ours = REQUEST_HEADERS_WE_SET | TRACE_HEADERS if traceparent else REQUEST_HEADERS_WE_SET
    headers = [(name, value) for name, value in request.headers.items()
               if not _hop_by_hop(name, connection) and name not in ours]
    if traceparent:
        headers.append(("traceparent", traceparent))
    client_ip = request.client.host if request.client else ""
    forwarded_for = ", ".join(part for part in (request.headers.get("x-forwarded-for"), client_ip) if part)
    headers += [
        ("x-request-id", request_id_var.get() or ""),  # the upstream logs under the same id as we do
        ("x-forwarded-proto", request.url.scheme),
        ("x-forwarded-host", request.headers.get("host", "")),
        ("x-forwarded-prefix", f"/{service}"),
    ]
    if forwarded_for:
        headers.append(("x-forwarded-for", forwarded_for))
    return headers


def rewrite_url(url: str, *, upstream: str, public_url: str, service: str) -> str:
    """An upstream URL as the client must see it: through the gateway, under `/<service>`."""
    if url.startswith("/") and not url.startswith("//"):
        return f"/{service}{url}"
    parts, base = urlsplit(url), urlsplit(upstream)
    # Scheme is not compared: a service behind proxy headers builds `https://` URLs from our X-Forwarded-Proto.
    if parts.scheme not in ("http", "https") or parts.netloc.lower() != base.netloc.lower():
        return url
    if base.path and not (parts.path == base.path or parts.path.startswith(base.path + "/")):
        return url
    remainder = url[len(parts.scheme) + len("://") + len(parts.netloc) + len(base.path):]
    return f"{public_url.rstrip('/')}/{service}{remainder}"


def downstream_headers(upstream_headers: httpx2.Headers, *, upstream: str, public_url: str,
                       service: str) -> list[tuple[str, str]]:
    connection = _connection_tokens(upstream_headers.get("connection"))
    headers = []
    for name, value in upstream_headers.multi_items():
        if _hop_by_hop(name, connection) or name in RESPONSE_HEADERS_WE_SET:
            continue
        if name == "location":
            value = rewrite_url(value, upstream=upstream, public_url=public_url, service=service)
        elif name == "link":
            value = _LINK_TARGET.sub(lambda m: "<" + rewrite_url(
                m.group(1), upstream=upstream, public_url=public_url, service=service) + ">", value)
        headers.append((name, value))
    return headers


def _upstream_target(request: Request, base: str, service: str, rest: str) -> str:
    # Forward the path as the client encoded it (a `%2F` inside an id stays one segment); the checks above ran
    # on the decoded form, which is also what the upstream will route on.
    raw_path: bytes = request.scope.get("raw_path") or b""
    prefix = f"/{service}/".encode()
    path = raw_path[len(prefix):].decode("latin-1") if raw_path.startswith(prefix) else quote(rest)
    query = request.scope.get("query_string", b"").decode("latin-1")
    return f"{base}/{path}" + (f"?{query}" if query else "")


class UpstreamResponse(NamedTuple):
    status: int
    headers: httpx2.Headers
    body: bytes  # as sent: still compressed if the upstream compressed it, matching its Content-Encoding


# RFC 9110 §9.2.2: repeating these has the effect of sending them once, so a lost answer may be asked for again.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# What a connection the service closed under us looks like: EOF or a reset instead of a response.
_CLOSED_UNDER_US = (httpx2.RemoteProtocolError, httpx2.ReadError, httpx2.WriteError)


class _Attempt:
    """httpcore's trace of one attempt: did it open a connection, and did the whole request go out."""

    def __init__(self) -> None:
        self.connected = False
        self.sent_whole = False

    async def __call__(self, event: str, info: dict[str, object]) -> None:
        if event == "connection.connect_tcp.started":
            self.connected = True
        elif event == "http11.send_request_body.complete":
            self.sent_whole = True


def _may_retry(request: httpx2.Request, attempt: _Attempt, error: Exception) -> bool:
    """A reused connection the service closed before answering (its keep-alive timeout fired as we sent).

    A connection we had just opened is not stale: that failure is the service's and is not repeated. A
    non-idempotent request is repeated only when the service will recognise the repeat (Idempotency-Key) or
    cannot have read it whole (the write failed part-way).
    """
    if attempt.connected or not isinstance(error, _CLOSED_UNDER_US):
        return False
    return (request.method in IDEMPOTENT_METHODS or "idempotency-key" in request.headers
            or not attempt.sent_whole)


async def _send(transport: httpx2.AsyncBaseTransport, request: httpx2.Request, retry: bool) -> httpx2.Response:
    attempt = _Attempt()
    request.extensions["trace"] = attempt
    try:
        return await transport.handle_async_request(request)
    except httpx2.HTTPError as exc:
        if not (retry and _may_retry(request, attempt, exc)):
            raise
        log.info("%s %s: the connection was closed before an answer (%s); sending it once more",
                 request.method, request.url.path, type(exc).__name__)
    # The pool has dropped the closed connection; the body is bytes, so the request can go out again as it was.
    request.extensions["trace"] = _Attempt()
    return await transport.handle_async_request(request)


async def send_upstream(transport: httpx2.AsyncBaseTransport, request: httpx2.Request, service: str,
                        deadline: float, *, retry: bool = True) -> UpstreamResponse:
    """The upstream's whole response within `deadline` seconds, or a problem saying why there is none.

    The request goes to the transport itself, not through httpx2's client: the proxy builds whole requests and
    wants no redirects, cookies, auth or default headers, and the client's layers around them were about a tenth
    of the gateway's CPU per request."""
    try:
        # The transport times each read separately; the deadline also stops an upstream that trickles forever.
        async with asyncio.timeout(deadline):
            response = await _send(transport, request, retry)
            try:
                body = b"".join([chunk async for chunk in response.stream])  # type: ignore[union-attr]
            finally:
                await response.aclose()
    except httpx2.ConnectError as exc:
        raise ServiceUnavailable(f"{service} is unavailable") from exc
    except (httpx2.TimeoutException, TimeoutError) as exc:
        raise GatewayTimeout(f"{service} did not answer within {deadline:g} s") from exc
    except httpx2.HTTPError as exc:
        raise BadGateway(f"{service} sent no valid response ({type(exc).__name__})") from exc
    return UpstreamResponse(response.status_code, response.headers, body)


async def proxy(request: Request) -> Response:
    service, rest = request.path_params["service"], request.path_params["rest"]
    settings: GatewaySettings = request.app.state.settings
    if not is_forwarded(service, rest):
        raise NotFound(f"there is no {request.url.path} on this gateway")

    if is_public(request.method, service, rest):
        client_key = f"ip:{request.client.host if request.client else 'unknown'}"
    else:
        verifier: TokenVerifier = request.app.state.verifier
        principal = await verifier.verify(bearer_token(request))
        client_key = f"{principal.org}:{principal.subject}"

    limiter: Limiter = request.app.state.rate_limiter
    metrics: GatewayMetrics = request.app.state.gateway_metrics
    decision = await limiter.take(client_key)
    if not decision.allowed:
        metrics.rate_limited.labels(service).inc()
        raise TooManyRequests(f"too many requests; retry in {decision.retry_after_seconds} s",
                              headers=decision.headers())

    base = request.app.state.upstreams[service]
    transport: httpx2.AsyncBaseTransport = request.app.state.upstream
    try:
        body = await read_body(request)  # within the app's limit (kit.limits), read before anything is forwarded
        outgoing = httpx2.Request(request.method, _upstream_target(request, base, service, rest),
                                 headers=upstream_headers(request, service), content=body)
        started = time.perf_counter()
        answer = await send_upstream(transport, outgoing, service, settings.upstream_timeout_seconds,
                                     retry=settings.upstream_retry)
    except Problem as problem:
        if problem.status >= 500:  # not a 413 of ours: the service did not answer
            metrics.upstream_errors.labels(service, str(problem.status)).inc()
        problem.headers = {**decision.headers(), **problem.headers}
        raise
    metrics.upstream_seconds.labels(service).observe(time.perf_counter() - started)
    metrics.upstream.labels(service, str(answer.status)).inc()

    response = Response(content=answer.body, status_code=answer.status)
    passed_on = downstream_headers(answer.headers, upstream=base, public_url=settings.public_url, service=service)
    for name, value in passed_on:
        response.headers.append(name, value)
    for name, value in decision.headers().items():
        response.headers[name] = value
    return response


# A plain Starlette route: the proxy takes nothing FastAPI would solve, validate or serialise, and that work was
# about a tenth of the gateway's CPU per request.
route = Route("/{service}/{rest:path}", proxy, methods=METHODS)
