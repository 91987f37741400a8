"""Every row belongs to one organisation: these are the ways to reach rows by id and to list them, so another
organisation's row is as absent as one that never existed."""

from typing import Any, TypeVar

from sqlalchemy import ColumnElement, bindparam
from sqlmodel import SQLModel, select
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.expression import SelectOfScalar

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


def of_org(model: type[Row], org_id: str, *conditions: Any, **equal: Any) -> SelectOfScalar[Row]:
    """The organisation's rows of `model`, for a list or a page: those meeting `conditions`, and whose column
    equals each `equal` filter the caller gave (a filter left at None narrows nothing)."""
    given = [getattr(model, column) == value for column, value in equal.items() if value is not None]
    return select(model).where(model.org_id == org_id, *conditions, *given)  # type: ignore[attr-defined]


def of_org_where(model: type[Row], *given: str) -> list[ColumnElement[bool]]:
    """`of_org`'s conditions for a statement built once (kit.pagination.Listing): the organisation's rows whose
    columns `given` equal the request's values, as bind parameters named after the columns (`org_id` too)."""
    return [getattr(model, column) == bindparam(column) for column in ("org_id", *given)]
