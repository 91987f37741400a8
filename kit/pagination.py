"""Keyset pagination over time-sortable ids: `?limit=&cursor=` in, `items` + `next_cursor` + `Link` out."""

import base64
import binascii
import inspect
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar
from urllib.parse import parse_qsl

from fastapi import Depends, Query, Request, Response
from pydantic import BaseModel, TypeAdapter
from sqlalchemy import bindparam
from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.types import Scope

from kit.problems import Unprocessable

T = TypeVar("T")
MAX_LIMIT = 200
MAX_CURSOR = 200  # characters


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = None


@dataclass(frozen=True)
class PageParams:
    """The query parameters of every list endpoint: `limit`, and the key after which the page starts."""

    limit: int
    after: str | None


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")]
Cursor = Annotated[str | None, Query(max_length=MAX_CURSOR, description="`next_cursor` of the previous page.")]


async def page_params(limit: Limit = 50, cursor: Cursor = None) -> PageParams:
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
        raise _not_a_cursor()
    return key


def _not_a_cursor() -> Unprocessable:
    return Unprocessable.field("cursor", "is not a cursor this API returned")


def _cut(rows: list[Any], key: Any, params: PageParams, request: Request,
         response: Response) -> tuple[list[Any], str | None]:
    """The page's rows, from `limit + 1` read, and the cursor of the next page (its `Link` header) when there is one."""
    if len(rows) <= params.limit:
        return rows, None
    rows = rows[: params.limit]
    last = rows[-1]
    # A row of an entity and further columns (select(Module, ...)) has its key on the entity.
    value = getattr(last, key.key) if hasattr(last, key.key) else getattr(last[0], key.key)
    next_cursor = _encode(str(value))
    next_url = request.url.include_query_params(cursor=next_cursor, limit=params.limit)
    response.headers["Link"] = f'<{next_url}>; rel="next"'
    return rows, next_cursor


class Listing:
    """A list endpoint's query, built once for each shape it takes and reused, with `bindparam()` where the
    request's values go. SQLAlchemy derives a statement's cache key on every execution of a new statement object,
    which for a list's query costs about as much CPU as running it on SQLite; a statement it has run before costs
    nothing of the kind. `build(*shape)` returns the query of a shape (which filters were given, say); the page's
    own condition (`key > :after`), order and limit (`:limit`) are added here. A key that is not text (a month's
    date) is read back from the cursor by `after` (`date.fromisoformat`)."""

    def __init__(self, build: Callable[..., Any], key: Any, after: Callable[[str], Any] = str) -> None:
        self._build, self.key, self.after = build, key, after
        self._built: dict[tuple[Any, ...], Any] = {}

    def statement(self, shape: tuple[Any, ...], after: bool) -> Any:
        built = self._built.get((shape, after))
        if built is None:
            query = self._build(*shape)
            if after:
                query = query.where(self.key > bindparam("after"))
            built = self._built[(shape, after)] = query.order_by(self.key).limit(bindparam("limit"))
        return built


def columns_of(model: Any, shown: type[BaseModel]) -> list[Any]:
    """The table columns of `model` that the response model `shown` is made of: a page of them, as Core rows, costs
    a third less CPU than one of ORM objects."""
    return [model.__table__.c[name] for name in shown.model_fields]


_adapters: dict[type[BaseModel], TypeAdapter[Any]] = {}


def page_of(model: type[BaseModel], rows: Sequence[Any], cursor: str | None) -> Page[Any]:
    """A page of `model`s from Core rows (`select(*columns)`), validated in one pass and built as the response model
    itself, so FastAPI's check of the returned value finds it done."""
    adapter = _adapters.get(model)
    if adapter is None:
        adapter = _adapters[model] = TypeAdapter(list[model])  # type: ignore[valid-type]
    items = adapter.validate_python([row._asdict() for row in rows])
    return Page[model].model_construct(items=items, next_cursor=cursor)  # type: ignore[valid-type]


class Pager:
    """A list endpoint's page: the `limit` and `cursor` it was asked for, and the response whose `Link` header
    points at the next page."""

    def __init__(self, params: PageParams, request: Request, response: Response) -> None:
        self.params, self.request, self.response = params, request, response

    async def listed(self, session: AsyncSession, listing: Listing, shape: tuple[Any, ...],
                     values: dict[str, Any]) -> tuple[list[Any], str | None]:
        """The page of `listing` in `shape`, with `values` for its bind parameters: the entities themselves when the
        listing selects one entity (`select(Model)`), else Core rows."""
        after = self.params.after
        if after is not None:
            try:
                after = listing.after(after)
            except ValueError:
                raise _not_a_cursor() from None
        statement = listing.statement(shape, after is not None)
        values = {**values, "limit": self.params.limit + 1, **({"after": after} if after is not None else {})}
        rows = list((await session.exec(statement, params=values)).all())
        return _cut(rows, listing.key, self.params, self.request, self.response)

    async def presented(self, session: AsyncSession, listing: Listing, shape: tuple[Any, ...],
                        values: dict[str, Any], present: Callable[[Any], T | Awaitable[T]]) -> Page[T]:
        """The page of `listing`, each row shown by `present` (plain or async): for rows whose response needs more
        than their columns (the reader's locale, other rows). Where it is just the columns, `page_of` is cheaper."""
        rows, cursor = await self.listed(session, listing, shape, values)
        items = []
        for row in rows:
            item = present(row)
            items.append(await item if inspect.isawaitable(item) else item)
        return Page(items=items, next_cursor=cursor)


async def pager(request: Request, response: Response, limit: Limit = 50, cursor: Cursor = None) -> Pager:
    # The parameters taken here, not from a dependency of their own: each level of FastAPI's solving costs CPU.
    return Pager(await page_params(limit, cursor), request, response)


PagerDep = Annotated[Pager, Depends(pager)]


def only_paging(scope: Scope) -> bool:
    """A list's usual request, for its shortcut (`kit.routing.shortcut`): a path without NUL, and no query but
    `limit` (written as FastAPI reads it, 1 to MAX_LIMIT) and `cursor` (at most MAX_CURSOR characters, no NUL), each
    at most once. Every such request is one the route's parameters accept; the route answers any other."""
    if "\0" in scope["path"]:
        return False
    seen = set()
    for name, value in parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True):
        if name in seen:
            return False
        seen.add(name)
        if name == "limit":
            # Plain digits without a leading zero: what FastAPI reads as the same number, nothing it might not.
            if not (value.isascii() and value.isdigit() and value[0] != "0" and int(value) <= MAX_LIMIT):
                return False
        elif name != "cursor" or len(value) > MAX_CURSOR or "\0" in value:
            return False
    return True


async def pager_of(request: Request, response: Response) -> Pager:
    """The `PagerDep` of a request `only_paging` took, made without FastAPI: the same defaults and checks."""
    given: dict[str, Any] = dict(request.query_params)
    if "limit" in given:
        given["limit"] = int(given["limit"])
    return await pager(request, response, **given)
