"""RFC 9457 problem details: one exception hierarchy, one response shape, for every app."""

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import iter_route_contexts
from pydantic import BaseModel
from sqlalchemy.exc import IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_JSON = "application/problem+json"
log = logging.getLogger("netwise.problems")


class FieldError(BaseModel):
    field: str
    message: str
    line: int | None = None  # for uploaded files: the line the error is on


class ProblemDetail(BaseModel):
    """The body of every error response."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    errors: list[FieldError] | None = None


class Problem(Exception):
    """Raise a subclass anywhere; the handler turns it into problem+json."""

    status = 500
    title = "Internal Server Error"
    kind = "internal-error"

    def __init__(
        self,
        detail: str | None = None,
        *,
        errors: list[FieldError] | None = None,
        headers: dict[str, str] | None = None,
        title: str | None = None,
    ) -> None:
        super().__init__(detail or self.title)
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}
        if title:
            self.title = title

    def body(self, instance: str | None = None) -> ProblemDetail:
        return ProblemDetail(
            type=f"https://netwise.dev/problems/{self.kind}",
            title=self.title,
            status=self.status,
            detail=self.detail,
            instance=instance,
            errors=self.errors,
        )


class BadRequest(Problem):
    status, title, kind = 400, "Bad Request", "bad-request"


class Unauthorized(Problem):
    status, title, kind = 401, "Unauthorized", "unauthorized"

    def __init__(self, detail: str | None = None, **kw: Any) -> None:
        kw.setdefault("headers", {"WWW-Authenticate": 'Bearer realm="netwise"'})
        super().__init__(detail, **kw)


class Forbidden(Problem):
    status, title, kind = 403, "Forbidden", "forbidden"


class NotFound(Problem):
    status, title, kind = 404, "Not Found", "not-found"


class Conflict(Problem):
    status, title, kind = 409, "Conflict", "conflict"


class PreconditionFailed(Problem):
    status, title, kind = 412, "Precondition Failed", "precondition-failed"


class PayloadTooLarge(Problem):
    status, title, kind = 413, "Content Too Large", "payload-too-large"


class UnsupportedMediaType(Problem):
    status, title, kind = 415, "Unsupported Media Type", "unsupported-media-type"


class Unprocessable(Problem):
    status, title, kind = 422, "Unprocessable Content", "validation-error"

    @classmethod
    def field(cls, field: str, message: str) -> "Unprocessable":
        return cls(f"{field}: {message}", errors=[FieldError(field=field, message=message)])


class PreconditionRequired(Problem):
    status, title, kind = 428, "Precondition Required", "precondition-required"


class TooManyRequests(Problem):
    status, title, kind = 429, "Too Many Requests", "rate-limited"


class BadGateway(Problem):
    status, title, kind = 502, "Bad Gateway", "bad-gateway"


class ServiceUnavailable(Problem):
    status, title, kind = 503, "Service Unavailable", "service-unavailable"


class GatewayTimeout(Problem):
    status, title, kind = 504, "Gateway Timeout", "gateway-timeout"


def instance_of(request: Request) -> str:
    """The path the client called: behind the gateway, with the service's prefix (`X-Forwarded-Prefix`)."""
    path = request.url.path
    prefix = request.headers.get("x-forwarded-prefix", "")
    if re.fullmatch(r"/[a-z][a-z0-9-]{0,30}", prefix) and not path.startswith(prefix + "/"):
        return prefix + path
    return path


def problem_response(problem: Problem, request: Request | None = None) -> JSONResponse:
    instance = instance_of(request) if request is not None else None
    return JSONResponse(
        problem.body(instance).model_dump(exclude_none=True),
        status_code=problem.status,
        headers=problem.headers,
        media_type=PROBLEM_JSON,
    )


def field_path(loc: tuple[Any, ...] | list[Any]) -> str:
    """`("body", "people", 0, "email")` -> `people[0].email`; where the value came from stays out."""
    parts = list(loc)
    if parts and parts[0] in ("body", "query", "path", "header", "cookie"):
        source = parts.pop(0)
        if not parts:
            return source
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


_STATUS_PROBLEMS: dict[int, type[Problem]] = {
    cls.status: cls
    for cls in (BadRequest, Unauthorized, Forbidden, NotFound, Conflict, PreconditionFailed,
                PayloadTooLarge, UnsupportedMediaType, Unprocessable, TooManyRequests, BadGateway, ServiceUnavailable,
                GatewayTimeout)
}


def _for_status(status: int, detail: str | None) -> Problem:
    cls = _STATUS_PROBLEMS.get(status)
    if cls is not None:
        return cls(detail)
    problem = Problem(detail)
    problem.status = status
    problem.kind = f"http-{status}"
    try:
        from http import HTTPStatus

        problem.title = HTTPStatus(status).phrase
    except ValueError:
        problem.title = "Error"
    return problem


def allowed_methods(request: Request) -> str:
    """The methods of the resource at this path (RFC 9110 §15.5.6), as the OpenAPI path item lists them.

    The router answers 405 from the first route whose path matches, naming its methods alone (or none at all
    for routes of an included router). The resource is that route's path template: every route with the same
    template counts (GET and POST /v1/people), one whose template merely matches too does not
    (/v1/people/{person_id} does not make /v1/people/import a GET).
    """
    path = request.scope["path"]
    routes = [r for r in iter_route_contexts(request.app.routes) if getattr(r, "path_regex", None) is not None]
    template = next((r.path_format for r in routes if r.path_regex.match(path)), None)
    methods = {m for r in routes if r.path_format == template for m in (r.methods or ())}
    return ", ".join(sorted(methods))


def setup_problems(app: FastAPI) -> None:
    """Every error an app can produce leaves as problem+json; a bug is a bare 500 without internals."""

    async def on_problem(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, Problem)
        return problem_response(exc, request)

    async def on_validation(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        errors = [FieldError(field="body" if e.get("type") == "json_invalid" else field_path(e.get("loc", ())),
                             message=e.get("msg", "invalid")) for e in exc.errors()]
        summary = "; ".join(f"{e.field}: {e.message}" for e in errors[:5])
        return problem_response(Unprocessable(summary, errors=errors), request)

    async def on_http(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        problem = _for_status(exc.status_code, str(exc.detail) if exc.detail else None)
        problem.headers = dict(exc.headers or {})
        if exc.status_code == 405:
            problem.headers["Allow"] = allowed_methods(request)
        return problem_response(problem, request)

    async def on_integrity(request: Request, exc: Exception) -> JSONResponse:
        # A unique or foreign-key race the service's own checks could not see: the request conflicts.
        log.info("integrity error on %s: %s", request.url.path, exc)
        return problem_response(Conflict("the change conflicts with existing data; reload and retry"), request)

    async def on_unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(Problem("an unexpected error occurred; it has been logged"), request)

    app.add_exception_handler(Problem, on_problem)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(IntegrityError, on_integrity)
    app.add_exception_handler(Exception, on_unexpected)
