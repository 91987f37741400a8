"""The gateway: one origin for every service, checking tokens, limits and sizes before anything is forwarded."""

import contextlib
from collections.abc import AsyncIterator
from http.cookiejar import CookieJar, DefaultCookiePolicy

import httpx2
from fastapi import FastAPI
from opentelemetry.sdk.trace.export import SpanExporter
from starlette.middleware.cors import CORSMiddleware

from gateway import openapi, proxy
from gateway.metrics import GatewayMetrics, serve_metrics
from gateway.proxy import METHODS
from gateway.ratelimit import Limiter, RateLimiter, SharedRateLimiter
from gateway.settings import GatewaySettings
from gateway.upstream import AiohttpTransport, as_upstream
from kit.app import API_VERSION, freeze_startup, operation_id, setup_common
from kit.auth import JWKSCache, TokenVerifier
from kit.docs import setup_docs
from kit.limits import limit_bodies
from kit.observability import setup_logging
from kit.problems import NotFound
from kit.routing import serve_first
from kit.tracing import NO_FASTAPI_TELEMETRY, setup_tracing

DESCRIPTION = """One origin for the whole of netwise. Each service's API is under its name: `/identity/v1/...`,
`/curriculum/v1/...`, `/advocacy/v1/...`, `/analytics/v1/...`.

Send `Authorization: Bearer <token>`; get a token from `POST /identity/v1/oauth/token` (client credentials).
Every response carries `X-Request-ID` and the `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`
headers; a `429` also says `Retry-After`. Errors are RFC 9457 problem+json."""

# xAPI content in a browser sends and reads the X-Experience-API-* headers (curriculum's LRS).
CORS_HEADERS = ["Authorization", "Content-Type", "If-Match", "If-None-Match", "Idempotency-Key", "X-Request-ID",
                "X-Experience-API-Version"]
CORS_EXPOSED = ["ETag", "Link", "Location", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset",
                "Retry-After", "X-Request-ID", "Last-Modified", "X-Experience-API-Version",
                "X-Experience-API-Consistent-Through"]


def _no_cookies() -> CookieJar:
    # One client serves every caller: cookies one upstream response sets must never ride along with the next user.
    return CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))


def create_app(settings: GatewaySettings | None = None, *, transport: httpx2.AsyncBaseTransport | None = None,
               span_exporter: SpanExporter | None = None) -> FastAPI:
    settings = settings or GatewaySettings()
    if "*" in settings.cors_origins:
        raise ValueError("NETWISE_GATEWAY_CORS_ORIGINS must list origins; '*' with credentials is not allowed")

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Logging is set up when the app serves, not when it is built: build_spec builds it only for its spec.
        setup_logging(settings.log_level, settings.log_json)
        upstream = transport or upstream_transport(settings)
        async with httpx2.AsyncClient(transport=upstream, cookies=_no_cookies(),
                                      timeout=upstream_timeout(settings), follow_redirects=False) as client:
            app.state.http = client  # the spec merger and the JWKS cache
            app.state.upstream = as_upstream(upstream)  # the proxy's (proxy.send_upstream)
            app.state.verifier = TokenVerifier(
                JWKSCache(settings.jwks_url, settings.jwks_cache_seconds, client=client),
                issuer=settings.issuer, audience=settings.audience)
            stop_metrics = (serve_metrics(app.state.metrics, settings.metrics_port, settings.metrics_host)
                            if settings.metrics_port else None)
            freeze_startup()
            try:
                yield
            finally:
                if stop_metrics:
                    stop_metrics()

    app = FastAPI(title="netwise", description=DESCRIPTION, version=API_VERSION, lifespan=lifespan,
                  telemetry=NO_FASTAPI_TELEMETRY,
                  generate_unique_id_function=operation_id,
                  openapi_url=None, docs_url=None, redoc_url=None)  # ours merge the services' specs
    app.state.settings = settings
    app.state.upstreams = settings.upstreams()  # read by every proxied request
    app.state.rate_limiter = rate_limiter(settings)
    app.state.upstream_specs = openapi.UpstreamSpecs()

    # Inside CORS, so a browser can read the 413; added before setup_common, so the request-id middleware wraps
    # CORS and preflights get an id and a log line.
    limit_bodies(app, settings.max_body_bytes)
    app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_credentials=True,
                       allow_methods=METHODS, allow_headers=CORS_HEADERS, expose_headers=CORS_EXPOSED, max_age=600)
    setup_common(app, "gateway", readiness=[], metrics_route=settings.metrics_port is None)
    app.state.gateway_metrics = GatewayMetrics(app.state.metrics)
    if settings.metrics_port is not None:
        @app.get("/metrics", include_in_schema=False)
        async def no_public_metrics() -> None:
            raise NotFound("there is no /metrics on this port: they are served on the gateway's metrics port")
    app.include_router(openapi.router)
    setup_docs(app, "netwise API", sign_in_client_id=settings.docs_sign_in_client_id)
    setup_tracing(app, "gateway", settings.otlp_endpoint, exporter=span_exporter)
    services, catch_all = proxy.routes(app.state)
    serve_first(app, [services])
    app.router.routes.append(catch_all)  # the catch-all goes last
    return app


def upstream_timeout(settings: GatewaySettings) -> httpx2.Timeout:
    return httpx2.Timeout(settings.upstream_timeout_seconds, connect=settings.upstream_connect_timeout_seconds)


def upstream_transport(settings: GatewaySettings) -> AiohttpTransport:
    """How requests reach the services: a pool of up to 100 connections, idle ones dropped well before a service
    closes them (see proxy.py)."""
    return AiohttpTransport(upstream_timeout(settings), httpx2.Limits(
        max_connections=100, keepalive_expiry=settings.upstream_keepalive_expiry_seconds))


def rate_limiter(settings: GatewaySettings) -> Limiter:
    """Counted in Redis when replicas share limits, in this process otherwise."""
    if settings.rate_limit_storage_url:
        return SharedRateLimiter(settings.rate_limit_storage_url, settings.rate_limit_per_minute,
                                 settings.rate_limit_burst)
    return RateLimiter(settings.rate_limit_per_minute, settings.rate_limit_burst)
