"""The OpenAPI document of an app, finished so that a generated client and a reader of the docs know everything.

FastAPI writes paths, parameters and schemas from the code. This adds what it cannot see:

- who may call each operation (`security` with role names, `x-netwise-access`, a sentence in the description);
- the headers the kit reads and writes (`If-Match`, `Idempotency-Key`, `X-Request-ID`, `ETag`, `Link`,
  `Location`), found from the kit helpers each handler calls;
- the errors each operation can answer (401, 403, 404, 409, 412, 422), each pointing at one shared problem
  schema, beside a `default` problem for the rest.
"""

import inspect
import sys
from collections.abc import Iterator
from types import CodeType
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.encoders import jsonable_encoder
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute, iter_route_contexts

from kit.auth import (
    TOKEN_SCHEMES,
    Access,
    client_token,
    current_principal,
    person_token,
    required_access,
    sign_in_token,
)
from kit.pagination import pager
from kit.problems import PROBLEM_JSON, ProblemDetail

PROBLEM_REF = {"$ref": "#/components/schemas/ProblemDetail"}

# Shared responses, referenced by each operation that can answer them.
ERRORS: dict[str, tuple[str, str, str]] = {
    # status: (component name, description, example detail)
    "401": ("Unauthorized", "No token, or one that is expired, forged, or no longer valid",
            "send a bearer token: Authorization: Bearer <token>"),
    "403": ("Forbidden", "The token is valid but lacks the role or scope the operation needs",
            "this needs role editor or scope catalog:read"),
    "404": ("NotFound", "Nothing with this id in the caller's organisation (another organisation's id too)",
            "no person 01J… in this organisation"),
    "409": ("Conflict", "The request clashes with the current state (a duplicate, a locked period, a key in use)",
            "a person with this e-mail exists"),
    "412": ("PreconditionFailed", "`If-Match` names a version that is no longer current: read it again",
            'the resource changed: its ETag is now "4"'),
    "422": ("ValidationFailed", "A field breaks a rule; `errors` names each field and its rule",
            "the request has invalid fields"),
}

HEADERS: dict[str, dict[str, Any]] = {
    "X-Request-ID": {"description": "The request's id: the one sent, or a new one. Quote it when reporting.",
                     "schema": {"type": "string"}},
    "ETag": {"description": "The version of the resource; send it back in `If-Match` to change it safely.",
             "schema": {"type": "string"}, "example": '"3"'},
    "Link": {"description": 'The next page: `<…?cursor=…&limit=…>; rel="next"`; absent on the last page.',
             "schema": {"type": "string"}},
    "Location": {"description": "Where the created resource lives.", "schema": {"type": "string"}},
}

# The kit helpers whose call in a handler (see `kit.etag`) means that the operation reads or writes a header.
READS_IF_MATCH = frozenset({"check_if_match", "matched", "matched_revision"})
WRITES_ETAG = frozenset({"set_etag", "tagged", "created"})
WRITES_LOCATION = frozenset({"created"})

REQUEST_HEADERS: dict[frozenset[str], dict[str, Any]] = {
    READS_IF_MATCH: {
        "name": "If-Match", "in": "header", "required": False, "schema": {"type": "string"},
        "example": '"3"',
        "description": "The `ETag` you read. A newer version answers 412 and changes nothing; without the "
                       "header the last write wins."},
    frozenset({"idempotent"}): {
        "name": "Idempotency-Key", "in": "header", "required": False,
        "schema": {"type": "string", "minLength": 1, "maxLength": 255},
        "example": "5f0c7a52-2f4e-4d0e-9a57-1f1c0b6c9e1d",
        "description": "Any unique string per intended effect. A retry with the same key and body replays the "
                       "first answer (`Idempotent-Replayed: true`); the same key with another body is a 422."},
}
REQUEST_ID_PARAMETER = {
    "name": "X-Request-ID", "in": "header", "required": False,
    "schema": {"type": "string", "maxLength": 128, "pattern": "^[A-Za-z0-9._:-]+$"},
    "description": "Your id for this request, echoed in the response and the logs; one is made when absent."}


def _names(code: CodeType) -> Iterator[str]:
    """Every global and attribute name a function's code uses, nested functions included."""
    yield from code.co_names
    for const in code.co_consts:
        if isinstance(const, CodeType):
            yield from _names(const)


def _strings(code: CodeType) -> Iterator[str]:
    for const in code.co_consts:
        if isinstance(const, str):
            yield const
        elif isinstance(const, CodeType):
            yield from _strings(const)


def _handler_codes(handler: Any) -> list[CodeType]:
    """The code of a handler and of the functions of its own module that it calls, at any depth (a `_reply` that
    sets the ETag, say), so what a helper does is documented as the handler's."""
    module = sys.modules[handler.__module__]
    codes: list[CodeType] = []
    todo = [handler.__code__]
    while todo:
        code = todo.pop()
        if code in codes:
            continue
        codes.append(code)
        for name in _names(code):
            helper = getattr(module, name, None)
            if inspect.isfunction(helper) and helper.__module__ == module.__name__:
                todo.append(helper.__code__)
    return codes


def _dependency_calls(dependant: Dependant) -> Iterator[Any]:
    for dependency in dependant.dependencies:
        yield dependency.call
        yield from _dependency_calls(dependency)


def _access_text(access: Access) -> str:
    who = [f"a person with role {' or '.join(sorted(access.roles))}" if access.roles else "",
           f"an integration client with scope {' or '.join(sorted(access.scopes))}" if access.scopes else ""]
    return "**Needs** " + ", or ".join(w for w in who if w) + "."


def _documented_routes(app: FastAPI) -> Iterator[Any]:
    """The route contexts of every documented API route, included routers' routes with their prefixes."""
    for route in iter_route_contexts(app.routes):
        if isinstance(route.original_route, APIRoute) and route.include_in_schema:
            yield route


def _operations(app: FastAPI, schema: dict[str, Any]) -> Iterator[tuple[Any, dict[str, Any], str]]:
    """(route context, operation object, method) for every documented operation."""
    for route in _documented_routes(app):
        for method in route.methods or ():
            operation = schema["paths"].get(route.path_format, {}).get(method.lower())
            if operation is not None:
                yield route, operation, method


def declare_access(app: FastAPI, schema: dict[str, Any]) -> None:
    """Each operation says who may call it: in `security` (OpenAPI 3.1 allows role names for a bearer scheme),
    machine-readable in `x-netwise-access`, and in words at the end of its description."""
    all_scopes: set[str] = set()
    for route, operation, _ in _operations(app, schema):
        calls = list(_dependency_calls(route.dependant))
        access = next((a for a in map(required_access, calls) if a is not None), None)
        if access is None and current_principal not in calls:
            continue  # public: no token needed
        if access is None:
            operation["security"] = [{scheme.scheme_name: []} for scheme in TOKEN_SCHEMES]
            operation["x-netwise-access"] = {"roles": [], "scopes": [], "any_token": True}
            text = "**Needs** a token of the organisation: any person or integration client."
        else:
            all_scopes |= access.scopes
            operation["security"] = [
                # a person's token, pasted or got by signing in (OAuth scopes are not roles: none are listed)
                *([{person_token.scheme_name: sorted(access.roles)}, {sign_in_token.scheme_name: []}]
                  if access.roles else []),
                *([{client_token.scheme_name: sorted(access.scopes)}] if access.scopes else [])]
            operation["x-netwise-access"] = {"roles": sorted(access.roles), "scopes": sorted(access.scopes),
                                             "any_token": False}
            text = _access_text(access)
        operation["description"] = f"{operation.get('description', '').strip()}\n\n{text}".strip()
    if any("security" in operation for _, operation, _ in _operations(app, schema)):
        schemes = {scheme.scheme_name: jsonable_encoder(scheme.model, by_alias=True, exclude_none=True)
                   for scheme in TOKEN_SCHEMES}
        schemes[client_token.scheme_name]["flows"]["clientCredentials"]["scopes"] = {
            scope: scope for scope in sorted(all_scopes)}
        schema.setdefault("components", {}).setdefault("securitySchemes", {}).update(schemes)


def declare_headers_and_errors(app: FastAPI, schema: dict[str, Any]) -> None:
    """Headers and specific errors per operation, found from what its handler and dependencies do."""
    components = schema.setdefault("components", {})
    components.setdefault("headers", {}).update(HEADERS)
    components.setdefault("responses", {}).update({
        name: {"description": description, "headers": {"X-Request-ID": {"$ref": "#/components/headers/X-Request-ID"}},
               "content": {PROBLEM_JSON: {"schema": PROBLEM_REF, "example": {
                   "type": f"https://netwise.dev/problems/{name}", "title": name, "status": int(status),
                   "detail": detail, "instance": "/identity/v1/people/01J…"}}}}
        for status, (name, description, detail) in ERRORS.items()})
    for route, operation, method in _operations(app, schema):
        codes = _handler_codes(route.endpoint)
        names = {name for code in codes for name in _names(code)}
        calls = set(_dependency_calls(route.dependant))
        strings = {string for code in codes for string in _strings(code)}
        parameters = operation.setdefault("parameters", [])
        taken = {(p.get("in"), str(p.get("name", "")).lower()) for p in parameters if isinstance(p, dict)}
        for helpers, parameter in REQUEST_HEADERS.items():
            if helpers & names and ("header", parameter["name"].lower()) not in taken:
                parameters.append(parameter)
        parameters.append(REQUEST_ID_PARAMETER)

        errors = set()
        if "security" in operation or operation.get("x-netwise-access"):
            errors.add("401")
        if operation.get("x-netwise-access", {}).get("any_token") is False:
            errors.add("403")
        if "{" in route.path_format:
            errors.add("404")
        if method in {"POST", "PUT", "PATCH", "DELETE"}:
            errors.add("409")
        if READS_IF_MATCH & names:
            errors.add("412")
        if any(p.get("in") != "header" or p.get("required") for p in parameters) or "requestBody" in operation \
                or "idempotent" in names:
            errors.add("422")
        responses = operation.setdefault("responses", {})
        for status in sorted(errors):
            responses.setdefault(status, {"$ref": f"#/components/responses/{ERRORS[status][0]}"})

        success = next((r for code, r in responses.items() if code.startswith("2") and "$ref" not in r), None)
        if success is not None:
            headers = success.setdefault("headers", {})
            headers["X-Request-ID"] = {"$ref": "#/components/headers/X-Request-ID"}
            if WRITES_ETAG & names and pager not in calls:  # a page has no ETag of its own
                headers["ETag"] = {"$ref": "#/components/headers/ETag"}
            if pager in calls:
                headers["Link"] = {"$ref": "#/components/headers/Link"}
            if "Location" in strings or WRITES_LOCATION & names:
                headers["Location"] = {"$ref": "#/components/headers/Location"}


def described_tags(app: FastAPI) -> list[dict[str, str]]:
    """Each tag with its description: the first paragraph of the docstring of the module declaring the
    operations it heads, or the module's `TAG_DESCRIPTIONS` for a tag that spans modules (such as `lms`)."""
    tags: dict[str, str] = {}
    for route in _documented_routes(app):
        module = sys.modules[route.endpoint.__module__]
        extra = getattr(module, "TAG_DESCRIPTIONS", {})
        for index, tag in enumerate(route.tags or ()):
            doc = extra.get(tag) or ((inspect.getdoc(module) or "").split("\n\n")[0] if index == 0 else "")
            if doc or str(tag) not in tags:
                tags[str(tag)] = tags.get(str(tag)) or doc.replace("\n", " ")
    return [{"name": name, "description": tags[name]} for name in sorted(tags)]


def setup_openapi(app: FastAPI) -> None:
    """The app's document, built once: FastAPI's, with the problems, access, headers and errors above."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(title=app.title, version=app.version, description=app.description,
                             routes=app.routes, servers=app.servers or None)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components.pop("HTTPValidationError", None)
        components.pop("ValidationError", None)
        problem = ProblemDetail.model_json_schema(ref_template="#/components/schemas/{model}")
        components.update(problem.pop("$defs", {}))
        components["ProblemDetail"] = problem
        for path_item in schema.get("paths", {}).values():
            for operation in path_item.values():
                responses = operation.setdefault("responses", {})
                responses.pop("422", None)
                responses["default"] = {
                    "description": "Problem (RFC 9457)",
                    "content": {PROBLEM_JSON: {"schema": PROBLEM_REF}},
                }
        declare_access(app, schema)
        declare_headers_and_errors(app, schema)
        schema["tags"] = described_tags(app)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
