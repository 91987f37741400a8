"""Plain endpoints: documented as FastAPI routes, served without FastAPI's per-request work.

An endpoint that takes only the `Request` and returns a `Response` gets nothing from FastAPI per request, yet pays
for it: matching through every included router ahead of its own (twice: once to find the router, once inside it),
solving the app's dependencies, wrapping the call. On advocacy's click redirect, the hottest public path, that
was about half the service's CPU per click. Such an endpoint is marked `@plain`: it stays an APIRoute, so the
OpenAPI document describes it as before (declare its path parameters in `openapi_extra`, since its signature no
longer does), and `serve_plain_first` serves it from the app's `Lane`, ahead of every other route. The app's
dependencies do not run for it: it checks its own input, NUL included, as `kit.inputs.checks_nul_itself` says.
"""

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from fastapi import APIRouter, FastAPI
from fastapi.routing import APIRoute
from starlette.middleware import Middleware
from starlette.middleware.exceptions import ExceptionMiddleware
from starlette.routing import Match, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from kit.inputs import checks_nul_itself

PLAIN = "__netwise_plain__"
Endpoint = TypeVar("Endpoint", bound=Callable[..., Any])


def plain(endpoint: Endpoint) -> Endpoint:
    """Marks an endpoint `async def name(request: Request) -> Response` to be served by `serve_plain_first`."""
    setattr(endpoint, PLAIN, True)
    return checks_nul_itself(endpoint)


class PlainRoute(Route):
    """A Starlette route that names itself in the scope, as FastAPI's do (the request metrics label by it)."""

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        match, child_scope = super().matches(scope)
        if match is not Match.NONE:
            child_scope["route"] = self
        return match, child_scope


class Lane:
    """The app's innermost middleware: a request that one of `routes` matches fully is served here, inside the
    app's own middleware (request id, metrics, CORS, body limit) and under its exception handlers, as a route is,
    but without FastAPI's exit stack and router, which walk the app's routes to find it; about a tenth of a short
    route's CPU. Anything else, a method a route does not take included, goes on to the router, where the same
    routes are listed first and answer as they would without the lane (a 405 with its Allow)."""

    def __init__(self, app: ASGIApp, routes: Sequence[Route], fastapi: FastAPI) -> None:
        self.app = app
        # The handlers FastAPI gives its ExceptionMiddleware (500s are the ServerErrorMiddleware's, outside).
        handlers = {key: value for key, value in fastapi.exception_handlers.items() if key not in (500, Exception)}
        self.routes = [(route, ExceptionMiddleware(route.app, handlers=handlers)) for route in routes]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            for route, serve in self.routes:
                match, child_scope = route.matches(scope)
                if match is Match.FULL:
                    scope.update(child_scope)
                    await serve(scope, receive, send)
                    return
        await self.app(scope, receive, send)


def serve_first(app: FastAPI, routes: Sequence[Route]) -> None:
    """Serves `routes` ahead of every other route of `app`: from its `Lane`, and first in its router."""
    if not routes:
        return
    app.router.routes[:0] = routes
    app.user_middleware.append(Middleware(Lane, routes=routes, fastapi=app))  # the last listed is the innermost


def serve_plain_first(app: FastAPI, routers: Iterable[APIRouter]) -> None:
    """Serves the `@plain` endpoints of `routers` (included in `app` without a prefix) ahead of every route."""
    served = []
    for router in routers:
        for route in router.routes:
            if isinstance(route, APIRoute) and getattr(route.endpoint, PLAIN, False):
                served_route = PlainRoute(route.path, route.endpoint, name=route.name)
                served_route.methods = route.methods  # Starlette adds HEAD to a GET; the documented route has none
                served.append(served_route)
    serve_first(app, served)
