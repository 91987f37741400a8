"""Plain endpoints: documented as FastAPI routes, served without FastAPI's per-request work.

An endpoint that takes only the `Request` and returns a `Response` gets nothing from FastAPI per request, yet pays
for it: matching through every included router ahead of its own (twice: once to find the router, once inside it),
solving the app's dependencies, wrapping the call. On advocacy's click redirect, the hottest public path, that
was about half the service's CPU per click. Such an endpoint is marked `@plain`: it stays an APIRoute, so the
OpenAPI document describes it as before (declare its path parameters in `openapi_extra`, since its signature no
longer does), and `serve_plain_first` serves it from the app's `Lane`, ahead of every other route. The app's
dependencies do not run for it: it checks its own input, NUL included, as `kit.inputs.checks_nul_itself` says.

A route that keeps FastAPI for its unusual requests can name a `shortcut` for its usual one (a cached read with
no query): a function that answers as the route would, served from the `Lane` when the route's `takes` says the
request is of that shape; the route itself answers everything else, and the OpenAPI document is the route's.
"""

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.routing import APIRoute
from starlette.middleware import Middleware
from starlette.middleware.exceptions import ExceptionMiddleware
from starlette.routing import Match, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from kit.inputs import checks_nul_itself

PLAIN = "__netwise_plain__"
SHORTCUT = "__netwise_shortcut__"
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


Takes = Callable[[Scope], bool]
Fast = Callable[[Request, Response], Any]


def shortcut(route_endpoint: Callable[..., Any], *, takes: Takes) -> Callable[[Fast], Fast]:
    """Marks `async def fast(request, response) -> content` as the shortcut of the FastAPI route whose endpoint is
    `route_endpoint`, for the requests `takes` accepts (before routing: the scope's path and query as sent). It must
    answer them as the route does: check access itself, set headers on `response`, return the route's content or
    raise its problems; the route's response model serialises the content as FastAPI would, byte for byte. Nothing
    runs before it but the app's middleware: `takes` must turn away a request the app's dependencies would refuse
    (a NUL anywhere)."""

    def mark(fast: Fast) -> Fast:
        setattr(route_endpoint, SHORTCUT, (fast, takes))
        return fast

    return mark


class Shortcut(Route):
    """A FastAPI route's shortcut (see `shortcut`), served from the Lane only: the router keeps the route."""

    def __init__(self, route: APIRoute, fast: Fast, takes: Takes) -> None:
        field = route.response_field
        if field is None:
            raise TypeError(f"{route.path}: a shortcut needs the route's response model to serialise its content")

        async def serve(request: Request) -> Response:
            headers = Response()  # as FastAPI's own: what the endpoint sets on its `response` parameter
            del headers.headers["content-length"]
            content = await fast(request, headers)
            body = field.serialize_json(
                content, include=route.response_model_include, exclude=route.response_model_exclude,
                by_alias=route.response_model_by_alias, exclude_unset=route.response_model_exclude_unset,
                exclude_defaults=route.response_model_exclude_defaults,
                exclude_none=route.response_model_exclude_none)
            response = Response(body, status_code=route.status_code or 200, media_type="application/json")
            response.headers.raw.extend(headers.headers.raw)
            return response

        super().__init__(route.path, serve, name=route.name)
        self.methods = route.methods  # Starlette adds HEAD to a GET; the route answers none
        self.route = route
        self.takes = takes

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] != "http" or not self.takes(scope):
            return Match.NONE, {}
        match, child_scope = super().matches(scope)
        if match is not Match.NONE:
            child_scope["route"] = self.route  # labelled, logged and traced as the route it stands for
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


def serve_first(app: FastAPI, routes: Sequence[Route], shortcuts: Sequence[Route] = ()) -> None:
    """Serves `routes` ahead of every other route of `app`: from its `Lane`, and first in its router; `shortcuts`
    from the Lane only (what they do not take goes on to the router)."""
    if not routes and not shortcuts:
        return
    app.router.routes[:0] = routes
    lane = [*routes, *shortcuts]
    app.user_middleware.append(Middleware(Lane, routes=lane, fastapi=app))  # the last listed is the innermost


def serve_plain_first(app: FastAPI, routers: Iterable[APIRouter]) -> None:
    """Serves the `@plain` endpoints and the shortcuts of `routers` (included in `app` without a prefix) ahead of
    every route."""
    served: list[Route] = []
    shortcuts: list[Route] = []
    for router in routers:
        for route in router.routes:
            if not isinstance(route, APIRoute):
                continue
            if getattr(route.endpoint, PLAIN, False):
                served_route = PlainRoute(route.path, route.endpoint, name=route.name)
                served_route.methods = route.methods  # Starlette adds HEAD to a GET; the documented route has none
                served.append(served_route)
            if hasattr(route.endpoint, SHORTCUT):
                shortcuts.append(Shortcut(route, *getattr(route.endpoint, SHORTCUT)))
    serve_first(app, served, shortcuts)
