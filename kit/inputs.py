"""Rules for input every service shares, so every backend refuses the same input the same way (422 naming the field).

- No string may hold the NUL character: PostgreSQL cannot store it in text and answers with an error, SQLite
  stores it; neither is something a person meant. `reject_nul` checks every request before any handler runs.
"""

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from fastapi import Request
from fastapi import params as fastapi_params
from fastapi.routing import APIRoute

from kit.problems import FieldError, Unprocessable, field_path

NUL = "\x00"
NUL_MESSAGE = "must not contain the NUL character (U+0000)"
OWN_NUL_CHECK = "__netwise_checks_nul__"
Endpoint = TypeVar("Endpoint", bound=Callable[..., Any])


def checks_nul_itself(endpoint: Endpoint) -> Endpoint:
    """Marks an endpoint that answers NUL in its input in its protocol's own words (e.g. OAuth's invalid_request)."""
    setattr(endpoint, OWN_NUL_CHECK, True)
    return endpoint


def nul_fields(pairs: Iterable[tuple[str, str]], source: str) -> list[str]:
    """The names, as `field_path` writes them, of the (name, value) pairs that hold a NUL."""
    # A name that holds a NUL is no usable name: the field is then the source itself.
    return [field_path((source,) if NUL in name else (source, name)) for name, value in pairs
            if NUL in name or NUL in value]


def _json_nul_fields(document: Any) -> Iterator[str]:
    stack: list[tuple[tuple[Any, ...], Any]] = [(("body",), document)]
    while stack:  # iterative: a deeply nested body must not exhaust the stack here
        loc, value = stack.pop()
        if isinstance(value, str):
            if NUL in value:
                yield field_path(loc)
        elif isinstance(value, dict):
            for key, item in value.items():
                if NUL in key:
                    yield field_path(loc)  # the key itself is unusable as a name
                else:
                    stack.append(((*loc, key), item))
        elif isinstance(value, list):
            stack.extend(((*loc, index), item) for index, item in enumerate(value))


async def reject_nul(request: Request) -> None:
    """App-wide dependency: a NUL in a path segment, query parameter or parsed body is a 422 naming the field.

    It runs before the route's own dependencies, so no handler, token check or query ever sees the value.
    Bodies FastAPI does not parse (CSV uploads) are checked by their reader, which knows the line.
    """
    route = request.scope.get("route")
    if getattr(getattr(route, "endpoint", None), OWN_NUL_CHECK, False):
        return
    fields = nul_fields(request.path_params.items(), "path")
    fields += nul_fields(request.query_params.multi_items(), "query")
    if isinstance(route, APIRoute) and route.body_field is not None:
        if isinstance(route.body_field.field_info, fastapi_params.Form):
            form = await request.form()  # already parsed by FastAPI: this reads its cache
            fields += nul_fields(((k, v) for k, v in form.multi_items() if isinstance(v, str)), "body")
        else:
            try:
                document = await request.json()  # likewise cached
            except ValueError:
                document = None  # not JSON: FastAPI has answered or will answer that itself
            fields += _json_nul_fields(document)
    if fields:
        unique = list(dict.fromkeys(fields))
        raise Unprocessable("; ".join(f"{f}: {NUL_MESSAGE}" for f in unique[:5]),
                            errors=[FieldError(field=f, message=NUL_MESSAGE) for f in unique])
