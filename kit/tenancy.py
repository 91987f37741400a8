"""Every row belongs to one organisation: these are the ways to reach rows by id and to list them, so another
organisation's row is as absent as one that never existed."""

from typing import Any, TypeVar

from sqlalchemy import ColumnElement, bindparam
from sqlmodel import SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.problems import FieldError, NotFound, Problem

Row = TypeVar("Row", bound=SQLModel)


async def owned(session: AsyncSession, model: type[Row], org_id: str, row_id: str, what: str, *,
                field: str | None = None, problem: type[Problem] = NotFound) -> Row:
    """The organisation's row of `model` by id. Otherwise a 404 naming what was looked for; when the id came in a
    request's `field`, `problem` naming that field."""
    found = await session.get(model, row_id)
    if found is None or getattr(found, "org_id", None) != org_id:
        message = f"no {what} {row_id} in this organisation"
        if field is None:
            raise NotFound(message)
        raise problem(f"{field}: {message}", errors=[FieldError(field=field, message=message)])
    return found


def of_org_where(model: type[Row], *given: str) -> list[ColumnElement[bool]]:
    """The conditions of a statement built once (kit.pagination.Listing) for the organisation's rows whose columns
    `given` equal the request's values, as bind parameters named after the columns (`org_id` too)."""
    return [getattr(model, column) == bindparam(column) for column in ("org_id", *given)]


def org_filters(org_id: str, **filters: Any) -> tuple[tuple[str, ...], dict[str, Any]]:
    """For a listing built with `of_org_where(model, *given)`: its shape, the columns of the filters the request
    gave (one left at None narrows nothing), and the bind values, the organisation's id and the filters'."""
    given = {column: value for column, value in filters.items() if value is not None}
    return tuple(given), {"org_id": org_id, **given}
