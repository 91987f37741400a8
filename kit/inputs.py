"""Rules for input every service shares, so every backend refuses the same input the same way (422 naming the field).

- No string may hold the NUL character: PostgreSQL cannot store it in text and answers with an error, SQLite
  stores it; neither is something a person meant. `reject_nul` checks every request before any handler runs.
- Calendar days (`Day`) and instants (`Instant`) lie between 1900-01-01 and 2999-12-31: far-away dates overflow
  date arithmetic (a period's end, a time zone's offset) and mean nothing for this domain. They are written as
  ISO 8601 / RFC 3339 text: a bare number such as `0` is not read as a Unix timestamp.
- A currency (`Currency`) is an active ISO 4217 code, from pycountry's copy of the standard's list.
- A partial update's field that can be left out but never cleared is `NotNull[T]`: the schema does not call it
  nullable and an explicit `null` is a 422 naming it, so schema and model say the same thing.
"""

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import pycountry
from fastapi import Request
from fastapi import params as fastapi_params
from fastapi.routing import APIRoute
from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

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
            if any(NUL in key for key in value):
                yield field_path(loc)  # a key that holds a NUL is unusable as a name
            # Reversed onto the stack, so fields come out in the order of the document.
            stack.extend(reversed([((*loc, key), item) for key, item in value.items() if NUL not in key]))
        elif isinstance(value, list):
            stack.extend(reversed([((*loc, index), item) for index, item in enumerate(value)]))


def may_hold_nul(json_text: bytes) -> bool:
    """Whether JSON text can decode to a string holding a NUL. In UTF-8 JSON a NUL can only be the escape \\u0000
    (a raw one is no valid JSON); text with no zero byte (so not UTF-16 or -32 either) and no such escape cannot,
    and needs no walk of its decoded document, which for a batch of a thousand items costs more than validating it."""
    return b"\x00" in json_text or b"\\u0000" in json_text


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
            if may_hold_nul(await request.body()):
                try:
                    document = await request.json()  # likewise cached
                except ValueError:
                    document = None  # not JSON: FastAPI has answered or will answer that itself
                fields += _json_nul_fields(document)
    if fields:
        unique = list(dict.fromkeys(fields))
        raise Unprocessable("; ".join(f"{f}: {NUL_MESSAGE}" for f in unique[:5]),
                            errors=[FieldError(field=f, message=NUL_MESSAGE) for f in unique])


# -- calendar days and instants ---------------------------------------------------------------------

EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2999, 12, 31)
_YEAR_PATTERN = "(19|2[0-9])[0-9]{2}"  # the years EARLIEST_DAY..LATEST_DAY, for the OpenAPI schema
_DAY_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_INSTANT_TEXT = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2})?")
RANGE_MESSAGE = f"must be between {EARLIEST_DAY.isoformat()} and {LATEST_DAY.isoformat()}"


def _day(value: Any) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        day = value
    elif isinstance(value, str) and _DAY_TEXT.fullmatch(value):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise PydanticCustomError("date_from_datetime_parsing", "is not a calendar day") from None
    else:
        raise PydanticCustomError("date_type", "give a calendar day as YYYY-MM-DD")
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise PydanticCustomError("date_range", RANGE_MESSAGE)
    return day


def _instant(value: Any) -> datetime:
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str) and _INSTANT_TEXT.fullmatch(value):
        try:
            moment = datetime.fromisoformat(value.upper())
        except ValueError:
            raise PydanticCustomError("datetime_parsing", "is not a valid time") from None
    else:
        raise PydanticCustomError("datetime_type", "give a time as RFC 3339, e.g. 2025-01-31T09:00:00Z")
    if not EARLIEST_DAY.year <= moment.year <= LATEST_DAY.year:
        raise PydanticCustomError("datetime_range", RANGE_MESSAGE)
    return moment


Day = Annotated[date, BeforeValidator(_day), WithJsonSchema(
    {"type": "string", "format": "date", "pattern": f"^{_YEAR_PATTERN}-[0-9]{{2}}-[0-9]{{2}}$"})]
"""A calendar day, YYYY-MM-DD, 1900-01-01..2999-12-31: every date a client sends (body or query) is one."""

Instant = Annotated[datetime, BeforeValidator(_instant), WithJsonSchema(
    {"type": "string", "format": "date-time", "pattern": f"^{_YEAR_PATTERN}-"})]
"""A point in time, RFC 3339, in the same years as `Day`; whether an offset is required is the schema's rule."""


# -- currencies ---------------------------------------------------------------------------------------

# XTS is reserved for testing and XXX means "no currency": neither can price an hour of work.
CURRENCY_CODES = frozenset(c.alpha_3 for c in pycountry.currencies) - {"XTS", "XXX"}


def _currency(value: str) -> str:
    if value not in CURRENCY_CODES:
        raise PydanticCustomError("currency", "must be an ISO 4217 currency code such as SEK or EUR")
    return value


Currency = Annotated[str, AfterValidator(_currency), WithJsonSchema(
    {"type": "string", "enum": sorted(CURRENCY_CODES), "description": "ISO 4217 code, e.g. SEK"})]
"""An active ISO 4217 currency code, upper case."""


# -- partial updates ----------------------------------------------------------------------------------

NOT_NULL_MESSAGE = "may not be null; leave the field out to keep its value"
Value = TypeVar("Value")


def _not_null(value: Any) -> Any:
    if value is None:
        raise PydanticCustomError("not_null", NOT_NULL_MESSAGE)
    return value


def _no_null_default(schema: dict[str, Any]) -> None:
    # The Python default None only means "left out"; the schema must not offer null as a value.
    if "default" in schema and schema["default"] is None:
        del schema["default"]


if TYPE_CHECKING:
    NotNull = Annotated[Value | None, "left out or given, never null"]
else:
    class NotNull:
        """`field: NotNull[T] = None`: optional in a PATCH body, but `null` is refused (T's schema, not nullable)."""

        def __class_getitem__(cls, item: Any) -> Any:
            return Annotated[item, BeforeValidator(_not_null), Field(json_schema_extra=_no_null_default)]
