"""The one route that forwards `/<service>/<rest>` to a service: which paths, who may call, what is passed on."""

import asyncio
import re
import time
from collections.abc import Sequence
from urllib.parse import quote, urlsplit

import httpx2
from starlette.datastructures import State
from starlette.requests import Request
from starlette.routing import Match, Route
from starlette.types import Receive, Scope, Send

from gateway.metrics import GatewayMetrics
from gateway.ratelimit import Limiter
from gateway.settings import SERVICES, GatewaySettings
from gateway.upstream import Answer, Upstream
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
# Header names as ASGI carries them: bytes, lower case.
HOP_BY_HOP = frozenset({b"connection", b"keep-alive", b"transfer-encoding", b"te", b"trailer", b"upgrade"})
# Set by us (request side) or by the server that serves the gateway (response side), never copied through.
REQUEST_HEADERS_WE_SET = frozenset({b"host", b"content-length", b"x-request-id", b"x-forwarded-for",
                                    b"x-forwarded-proto", b"x-forwarded-host", b"x-forwarded-prefix"})
TRACE_HEADERS = frozenset({b"traceparent", b"tracestate"})  # replaced by ours when the gateway traces
# The rate limit's are the gateway's own (ratelimit.Decision), in place of any a service sent.
RESPONSE_HEADERS_WE_SET = frozenset({b"content-length", b"x-request-id", b"server", b"date", b"ratelimit-limit",
                                     b"ratelimit-remaining", b"ratelimit-reset"})
_NOT_FORWARDED = HOP_BY_HOP | REQUEST_HEADERS_WE_SET
_NOT_FORWARDED_WHEN_TRACING = _NOT_FORWARDED | TRACE_HEADERS
_NOT_PASSED_ON = HOP_BY_HOP | RESPONSE_HEADERS_WE_SET
_LINK_TARGET = re.compile(r"<([^>]*)>")


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


def _connection_tokens(headers: Sequence[tuple[bytes, bytes]]) -> frozenset[bytes]:
    """Headers named in `Connection` (in any of its lines) are hop-by-hop for this one connection (RFC 9110
    §7.6.1)."""
    values = [value for name, value in headers if name == b"connection"]
    if not values:
        return frozenset()
    return frozenset(token.strip().lower() for token in b",".join(values).split(b",") if token.strip())


def upstream_headers(scope: Scope, service: str, traceparent: str | None) -> list[tuple[str, str]]:
    """What the service receives: the client's end-to-end headers, and ours saying where the request came from.
    `traceparent` is the gateway's span when it traces: the service's span becomes a child of it."""
    received: list[tuple[bytes, bytes]] = scope["headers"]
    connection = _connection_tokens(received)
    dropped = _NOT_FORWARDED_WHEN_TRACING if traceparent else _NOT_FORWARDED
    headers = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in received
               if not (name in dropped or name.startswith(b"proxy-") or name in connection)]
    if traceparent:
        headers.append(("traceparent", traceparent))
    client = scope.get("client")
    forwarded_for = ", ".join(part for part in (_first(received, b"x-forwarded-for"), client[0] if client else "")
                              if part)
    headers += [
        ("x-request-id", request_id_var.get() or ""),  # the upstream logs under the same id as we do
        ("x-forwarded-proto", scope.get("scheme", "http")),
        ("x-forwarded-host", _first(received, b"host")),
        ("x-forwarded-prefix", f"/{service}"),
    ]
    if forwarded_for:
        headers.append(("x-forwarded-for", forwarded_for))
    return headers


def _first(headers: Sequence[tuple[bytes, bytes]], name: bytes) -> str:
    return next((value.decode("latin-1") for key, value in headers if key == name), "")


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


def downstream_headers(answer: Sequence[tuple[bytes, bytes]], *, upstream: str, public_url: str,
                       service: str) -> list[tuple[bytes, bytes]]:
    """The service's response headers a client may see, lower-cased as the server writes them, with its URLs
    rewritten to the gateway's."""
    received = [(name.lower(), value) for name, value in answer]
    connection = _connection_tokens(received)
    headers = []
    for name, value in received:
        if name in _NOT_PASSED_ON or name.startswith(b"proxy-") or name in connection:
            continue
        if name == b"location":
            value = rewrite_url(value.decode("latin-1"), upstream=upstream, public_url=public_url,
                                service=service).encode("latin-1")
        elif name == b"link":
            value = _LINK_TARGET.sub(lambda m: "<" + rewrite_url(
                m.group(1), upstream=upstream, public_url=public_url, service=service) + ">",
                value.decode("latin-1")).encode("latin-1")
        headers.append((name, value))
    return headers


def _upstream_target(scope: Scope, base: str, service: str, rest: str) -> str:
    # Forward the path as the client encoded it (a `%2F` inside an id stays one segment); the checks above ran
    # on the decoded form, which is also what the upstream will route on.
    raw_path: bytes = scope.get("raw_path") or b""
    prefix = f"/{service}/".encode()
    path = raw_path[len(prefix):].decode("latin-1") if raw_path.startswith(prefix) else quote(rest)
    query = scope.get("query_string", b"").decode("latin-1")
    return f"{base}/{path}" + (f"?{query}" if query else "")


async def send_upstream(upstream: Upstream, method: str, url: str, headers: list[tuple[str, str]], body: bytes,
                        service: str, deadline: float, *, retry: bool = True) -> Answer:
    """The service's whole answer within `deadline` seconds, or a problem saying why there is none."""
    try:
        # The transport times each read separately; the deadline also stops an upstream that trickles forever.
        async with asyncio.timeout(deadline):
            return await upstream.send(method, url, headers, body, retry=retry)
    except httpx2.ConnectError as exc:
        raise ServiceUnavailable(f"{service} is unavailable") from exc
    except (httpx2.TimeoutException, TimeoutError) as exc:
        raise GatewayTimeout(f"{service} did not answer within {deadline:g} s") from exc
    except httpx2.HTTPError as exc:
        raise BadGateway(f"{service} sent no valid response ({type(exc).__name__})") from exc


class Proxy:
    """The catch-all route: a plain ASGI app, because the proxy needs nothing a framework's request and response
    objects, or FastAPI's solving and serialising, would give it, and those were a fifth of its CPU per request.
    Problems it raises become problem+json in the app's exception handlers, as any route's do."""

    def __init__(self, state: State) -> None:
        self.state = state  # the app's, read on each request: the upstream and the verifier come with its start

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        params = scope["path_params"]
        service, rest, method = params["service"], params["rest"], scope["method"]
        if not is_forwarded(service, rest):
            raise NotFound(f"there is no {Request(scope).url.path} on this gateway")

        if is_public(method, service, rest):
            client = scope.get("client")
            client_key = f"ip:{client[0] if client else 'unknown'}"
        else:
            verifier: TokenVerifier = self.state.verifier
            principal = await verifier.verify(bearer_token(Request(scope)))
            client_key = f"{principal.org}:{principal.subject}"

        state = self.state
        metrics: GatewayMetrics = state.gateway_metrics
        limiter: Limiter = state.rate_limiter
        decision = await limiter.take(client_key)
        if not decision.allowed:
            metrics.rate_limited(service).inc()
            raise TooManyRequests(f"too many requests; retry in {decision.retry_after_seconds} s",
                                  headers=decision.headers())

        settings: GatewaySettings = state.settings
        base = state.upstreams[service]
        try:
            body = await read_body(receive)  # within the app's limit (kit.limits), before anything is forwarded
            # Only a gateway that traces has a span to carry (looking for one costs as much as building headers).
            traceparent = current_traceparent() if state.tracer_provider is not None else None
            started = time.perf_counter()
            answer = await send_upstream(state.upstream, method, _upstream_target(scope, base, service, rest),
                                         upstream_headers(scope, service, traceparent), body, service,
                                         settings.upstream_timeout_seconds, retry=settings.upstream_retry)
        except Problem as problem:
            if problem.status >= 500:  # not a 413 of ours: the service did not answer
                metrics.upstream_errors(service, str(problem.status)).inc()
            problem.headers = {**decision.headers(), **problem.headers}
            raise
        metrics.upstream_seconds(service).observe(time.perf_counter() - started)
        metrics.upstream(service, str(answer.status)).inc()

        status = answer.status
        # What a framework response adds: the length of the body as the gateway sends it.
        headers = [] if status < 200 or status in (204, 304) else [(b"content-length", b"%d" % len(answer.body))]
        headers += downstream_headers(answer.headers, upstream=base, public_url=settings.public_url,
                                      service=service)
        headers += decision.raw_headers()
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": answer.body})


class _ServiceRoute(Route):
    """The proxy's route for paths under a service's name. No other route serves such a path, so it is tried
    first, and a proxied request is not matched against every docs, health and spec route before it."""

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] != "http" or scope["path"].split("/", 2)[1] not in SERVICES:
            return Match.NONE, {}
        return super().matches(scope)


def routes(state: State) -> tuple[Route, Route]:
    """The route to put first (the services' paths) and the catch-all to put last (any other `/<x>/<rest>`, a 404
    problem naming the path); one proxy, one route template, so the metrics count both as one route."""
    proxy = Proxy(state)
    return (_ServiceRoute("/{service}/{rest:path}", proxy, methods=METHODS),
            Route("/{service}/{rest:path}", proxy, methods=METHODS))
