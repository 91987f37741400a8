"""Plain endpoints: documented as FastAPI routes, served without FastAPI's per-request work.

An endpoint that takes only the `Request` and returns a `Response` gets nothing from FastAPI per request, yet pays
for it: matching through every included router ahead of its own (twice: once to find the router, once inside it),
solving the app's dependencies, wrapping the call. On advocacy's click redirect, the hottest public path, that
was about half the service's CPU per click. Such an endpoint is marked `@plain`: it stays an APIRoute, so the
OpenAPI document describes it as before (declare its path parameters in `openapi_extra`, since its signature no
longer does), and `serve_plain_first` serves it as a Starlette route ahead of every other route. The app's
dependencies do not run for it: it checks its own input, NUL included, as `kit.inputs.checks_nul_itself` says.
"""

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from fastapi import APIRouter, FastAPI
from fastapi.routing import APIRoute
from starlette.routing import Match, Route
from starlette.types import Scope

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


def serve_plain_first(app: FastAPI, routers: Iterable[APIRouter]) -> None:
    """Serves the `@plain` endpoints of `routers` (included in `app` without a prefix) ahead of every route."""
    served = []
    for router in routers:
        for route in router.routes:
            if isinstance(route, APIRoute) and getattr(route.endpoint, PLAIN, False):
                served_route = PlainRoute(route.path, route.endpoint, name=route.name)
                served_route.methods = route.methods  # Starlette adds HEAD to a GET; the documented route has none
                served.append(served_route)
    app.router.routes[:0] = served
