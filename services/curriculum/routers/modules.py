"""Training modules: drafts in several languages, publishing immutable versions, review after platform changes."""

from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Query, Request, Response
from sqlalchemy import and_, bindparam, exists, null
from sqlalchemy.orm import defer
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.app import OutboxDep
from kit.auth import Principal, access_of
from kit.db import Database, SessionDep
from kit.etag import matched_revision, set_etag
from kit.inputs import Instant
from kit.pagination import Listing, Page, PagerDep, only_paging, pager_of
from kit.problems import Forbidden, NotFound
from kit.recent import Recent
from kit.routing import shortcut
from kit.tenancy import of_org_where
from services.curriculum import modules
from services.curriculum import repositories as repo
from services.curriculum.deps import CatalogReader, Editor, ReaderLocaleDep, SettingsDep, reader_of
from services.curriculum.models import Module, ModuleVersion, Quiz
from services.curriculum.presenters import module_public
from services.curriculum.schemas import ContentStatus, ModuleCreate, ModulePublic, ModuleUpdate, Phase

router = APIRouter(prefix="/v1/modules", tags=["modules"])
_CATALOG_READ = access_of(CatalogReader)  # what the routes' dependency checks, for their shortcuts


class View(StrEnum):
    published = "published"
    draft = "draft"


ViewQuery = Annotated[View, Query(description="`draft` (editors only) shows the editable head with all variants")]


def _check_view(principal: Principal, view: View) -> None:
    if view == View.draft and "editor" not in principal.roles:
        raise Forbidden("only editors see drafts")


async def render(session: SessionDep, module: Module, reader: ReaderLocaleDep, view: View,
                 response: Response | None = None) -> ModulePublic:
    """One module in the requested view; the published view of a never-published module does not exist."""
    has_quiz = await repo.quiz(session, module) is not None
    if view == View.draft:
        if response is not None:
            set_etag(response, module.revision)
        return module_public(module, reader, snapshot=None, has_quiz=has_quiz)
    return _published(module, await repo.published_snapshot(session, module), has_quiz, reader, response)


def _published(module: Module, snapshot: dict[str, Any] | None, has_quiz: bool, reader: ReaderLocaleDep,
               response: Response | None) -> ModulePublic:
    if snapshot is None:
        raise NotFound(f"module {module.id} has no published version")
    if response is not None:
        set_etag(response, module.version)
    public = module_public(module, reader, snapshot=snapshot, has_quiz=has_quiz)
    reader.served(public.locale)
    return public


DRAFT_JSON: tuple[Any, ...] = (Module.content, Module.job_functions, Module.platforms, Module.competencies,
                               Module.prerequisites)


def _with_snapshot() -> Any:
    """Modules, each with its published snapshot and whether it has a quiz (EXISTS): one query, where three round
    trips were. Learners read the published snapshots: the draft's JSON columns are not even decoded."""
    return select(Module, col(ModuleVersion.snapshot), _has_quiz()).outerjoin(ModuleVersion, and_(
        col(ModuleVersion.module_id) == Module.id, col(ModuleVersion.version) == Module.version)).options(
        *(defer(column, raiseload=True) for column in DRAFT_JSON))


def _has_quiz() -> Any:
    return exists().where(col(Quiz.module_id) == Module.id).label("has_quiz")


def _modules_query(published: bool, since: bool, *given: str) -> Any:
    """A page of modules: in the published view, each with its published snapshot."""
    query: Any = select(Module, null().label("snapshot"), _has_quiz()).where(*of_org_where(Module, *given))
    if published:
        query = _with_snapshot().where(*of_org_where(Module, *given), col(Module.version) > 0,
                                       col(Module.status) == "published")
    if since:
        query = query.where(col(Module.updated_at) >= bindparam("since"))
    return query


_MODULES = Listing(_modules_query, Module.id)
# The published view of one module (a retired one's too), read as a page of them is.
_ONE_PUBLISHED = _with_snapshot().where(col(Module.id) == bindparam("id"), *of_org_where(Module))


@router.get("", response_model=Page[ModulePublic], summary="List modules (the catalogue, or drafts for editors)")
async def list_modules(
    principal: CatalogReader, session: SessionDep, reader: ReaderLocaleDep, pager: PagerDep,
    view: ViewQuery = View.published, status: ContentStatus | None = None, phase: Phase | None = None,
    updated_since: Annotated[Instant | None, Query(description="Only modules changed at or after this time")]
    = None,
) -> Page[ModulePublic]:
    _check_view(principal, view)
    published = view == View.published
    filters = {"phase": phase, "status": None if published else status}
    given = {column: value for column, value in filters.items() if value is not None}
    values = {"org_id": principal.org, **given, **({"since": updated_since} if updated_since is not None else {})}
    rows, cursor = await pager.listed(session, _MODULES, (published, updated_since is not None, *given), values)
    items = [module_public(m, reader, snapshot=snapshot if published else None, has_quiz=bool(has_quiz))
             for m, snapshot, has_quiz in rows]
    return reader.served_page(Page(items=items, next_cursor=cursor))


@shortcut(list_modules, takes=only_paging)
async def list_modules_page(request: Request, response: Response) -> Page[ModulePublic]:
    """`list_modules`' usual request, a page of the catalogue, without FastAPI's per-request work."""
    principal = await _CATALOG_READ.principal(request)
    async with request.app.state.db.sessionmaker() as session:
        reader = await reader_of(session, request, response)
        return await list_modules(principal, session, reader, await pager_of(request, response))


@router.post("", response_model=ModulePublic, status_code=201, summary="Create a module draft")
async def create_module(body: ModuleCreate, principal: Editor, session: SessionDep, reader: ReaderLocaleDep,
                        response: Response) -> ModulePublic:
    module = await modules.create_module(session, principal.org, body)
    response.headers["Location"] = f"/v1/modules/{module.id}"
    return await render(session, module, reader, View.draft, response)


# A module's published view as learners read it: (the module, its published snapshot or None, has a quiz), or None
# for no such module in the organisation. Kept per (org, module) for a few seconds.
Published = tuple[Module, dict[str, Any] | None, bool] | None
PublishedModules = Recent[tuple[str, str], Published]


def keep_published_modules(app: FastAPI, seconds: float) -> None:
    """Published views are read at most once per `seconds` (another replica's change shows that late); a commit in
    this process that writes a module, its versions or its quiz is seen at once."""
    # Fewer keys than the default: each holds a module with the text of all its locales.
    app.state.published_modules = known = PublishedModules(seconds, max_entries=2_000)
    database: Database = app.state.db
    database.forget_on_commit(known, {Module: lambda m: (m.org_id, m.id),
                                      ModuleVersion: lambda v: (v.org_id, v.module_id),
                                      Quiz: lambda q: (q.org_id, q.module_id)})


async def _published_view(session: AsyncSession, request: Request, org_id: str, module_id: str,
                          reader: ReaderLocaleDep, response: Response) -> ModulePublic:
    async def read() -> Published:
        found = (await session.execute(_ONE_PUBLISHED, {"id": module_id, "org_id": org_id})).first()
        return None if found is None else (found[0], found[1], bool(found[2]))

    known: PublishedModules = request.app.state.published_modules
    published = await known.get((org_id, module_id), read)
    if published is None:
        raise NotFound(f"no module {module_id} in this organisation")
    module, snapshot, has_quiz = published
    return _published(module, snapshot, has_quiz, reader, response)


@router.get("/{module_id}", response_model=ModulePublic, summary="Get a module (its last published version)")
async def get_module(module_id: str, principal: CatalogReader, session: SessionDep, reader: ReaderLocaleDep,
                     request: Request, response: Response, view: ViewQuery = View.published) -> ModulePublic:
    _check_view(principal, view)
    if view == View.draft:
        return await render(session, await repo.module(session, principal.org, module_id), reader, view, response)
    return await _published_view(session, request, principal.org, module_id, reader, response)


def _without_query(scope: Any) -> bool:
    return not scope["query_string"] and "\0" not in scope["path"]


@shortcut(get_module, takes=_without_query)
async def get_published_module(request: Request, response: Response) -> ModulePublic:
    """`get_module`'s usual request, the published view: the same steps without FastAPI's per-request work, and
    a session that runs no statement when the reader and the module are known."""
    principal = await _CATALOG_READ.principal(request)
    async with request.app.state.db.sessionmaker() as session:
        reader = await reader_of(session, request, response)
        return await _published_view(session, request, principal.org, request.path_params["module_id"], reader,
                                     response)


@router.patch("/{module_id}", response_model=ModulePublic, summary="Change a module's draft",
              description="Learners keep seeing the published version until the draft is published. "
              "If-Match takes the draft's ETag (`view=draft`).")
async def update_module(module_id: str, body: ModuleUpdate, principal: Editor, session: SessionDep,
                        reader: ReaderLocaleDep, request: Request, response: Response) -> ModulePublic:
    module = matched_revision(request, await repo.module(session, principal.org, module_id))
    module = await modules.update_module(session, module, body)
    return await render(session, module, reader, View.draft, response)


@router.post("/{module_id}/publish", response_model=ModulePublic,
             summary="Publish the draft as the next version",
             description="A module flagged for review by a platform change gives everyone certified on a track "
             "containing it a refresher assignment for this module.")
async def publish_module(module_id: str, principal: Editor, session: SessionDep, outbox: OutboxDep,
                         settings: SettingsDep, reader: ReaderLocaleDep, request: Request,
                         response: Response) -> ModulePublic:
    module = matched_revision(request, await repo.module(session, principal.org, module_id))
    module = await modules.publish_module(session, outbox, settings, module)
    return await render(session, module, reader, View.draft, response)


@router.post("/{module_id}/retire", response_model=ModulePublic, summary="Retire a module from the catalogue")
async def retire_module(module_id: str, principal: Editor, session: SessionDep, reader: ReaderLocaleDep,
                        request: Request, response: Response) -> ModulePublic:
    module = matched_revision(request, await repo.module(session, principal.org, module_id))
    module = await modules.retire_module(session, module)
    return await render(session, module, reader, View.draft, response)
