"""Keyset pagination over time-sortable ids: `?limit=&cursor=` in, `items` + `next_cursor` + `Link` out."""

import base64
import binascii
import inspect
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query, Request, Response
from pydantic import BaseModel
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.expression import SelectOfScalar

from kit.problems import Unprocessable

T = TypeVar("T")
MAX_LIMIT = 200


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = None


@dataclass(frozen=True)
class PageParams:
    """The query parameters of every list endpoint: `limit`, and the key after which the page starts."""

    limit: int
    after: str | None


async def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = 50,
    cursor: Annotated[str | None, Query(max_length=200, description="`next_cursor` of the previous page.")] = None,
) -> PageParams:
    return PageParams(limit, _decode(cursor) if cursor else None)


def _encode(key: str) -> str:
    return base64.urlsafe_b64encode(key.encode()).decode().rstrip("=")


def _decode(cursor: str) -> str:
    try:
        key = base64.b64decode(cursor + "=" * (-len(cursor) % 4), altchars=b"-_", validate=True).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        key = ""
    # Keys are ids: a control character (a NUL makes PostgreSQL fail the query) means the cursor was tampered with.
    if not key or not key.isprintable():
        raise Unprocessable.field("cursor", "is not a cursor this API returned")
    return key


async def paginate(
    session: AsyncSession,
    query: SelectOfScalar[Any],
    key: Any,
    params: PageParams,
    request: Request,
    response: Response,
) -> tuple[Sequence[Any], str | None]:
    """Runs `query` ordered by `key` from the cursor on; sets the `Link` header when a next page exists."""
    if params.after is not None:
        query = query.where(key > params.after)
    rows = list((await session.exec(query.order_by(key).limit(params.limit + 1))).all())
    next_cursor = None
    if len(rows) > params.limit:
        rows = rows[: params.limit]
        next_cursor = _encode(str(getattr(rows[-1], key.key)))
        next_url = request.url.include_query_params(cursor=next_cursor, limit=params.limit)
        response.headers["Link"] = f'<{next_url}>; rel="next"'
    return rows, next_cursor


class Pager:
    """A list endpoint's page: the `limit` and `cursor` it was asked for, and the response whose `Link` header
    points at the next page."""

    def __init__(self, params: PageParams, request: Request, response: Response) -> None:
        self.params, self.request, self.response = params, request, response

    async def rows(self, session: AsyncSession, query: SelectOfScalar[Any], key: Any) -> tuple[Sequence[Any],
                                                                                                   str | None]:
        return await paginate(session, query, key, self.params, self.request, self.response)

    async def page(self, session: AsyncSession, query: SelectOfScalar[Any], key: Any,
                   present: Callable[[Any], T | Awaitable[T]]) -> Page[T]:
        """The page of `query` ordered by `key`, each row shown by `present` (plain or async)."""
        rows, cursor = await self.rows(session, query, key)
        items = []
        for row in rows:
            item = present(row)
            items.append(await item if inspect.isawaitable(item) else item)
        return Page(items=items, next_cursor=cursor)


async def pager(params: Annotated[PageParams, Depends(page_params)], request: Request, response: Response) -> Pager:
    return Pager(params, request, response)


PagerDep = Annotated[Pager, Depends(pager)]
