"""Curated posts with a variant per network: drafts, suggestions, review and approval, publishing, sharing."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request, Response
from sqlalchemy import and_, bindparam, or_
from sqlmodel import col, select

from kit.app import OutboxDep, PublicBase
from kit.auth import Person, Principal
from kit.db import SessionDep
from kit.directory import OrgRules
from kit.etag import check_if_match, matched, set_etag
from kit.idempotency import idempotent
from kit.ids import utcnow
from kit.pagination import Listing, Page, PagerDep
from kit.problems import NotFound
from kit.tenancy import of_org_where
from services.advocacy import repositories as repo
from services.advocacy import service
from services.advocacy.models import Post, directory, idempotency_keys
from services.advocacy.schemas import (
    PostCreate,
    PostPublic,
    PostStatus,
    PostUpdate,
    ReviewNote,
    ShareCreate,
    SharePublic,
)

router = APIRouter(tags=["posts"])


async def reader_locale(session: SessionDep, principal: Principal) -> str | None:
    person = await directory.person(session, principal.org, principal.subject)
    return person.locale if person is not None else None


def post_public(post: Post, principal: Principal, rules: OrgRules, preferred: str | None, request: Request,
                response: Response | None = None) -> PostPublic:
    """Readers get the variants of their locale; editors and the author get every variant to edit."""
    locale = service.served_locale(post, rules, preferred, request.headers.get("accept-language"))
    variants = post.variants if service.can_edit(post, principal.subject, principal.roles) else \
        [v for v in post.variants if v["locale"] == locale]
    if response is not None:
        set_etag(response, post.version)
        response.headers["Content-Language"] = locale
    return PostPublic.model_validate({**post.model_dump(), "variants": variants, "locale": locale,
                                      "status": service.effective_status(post)})


async def _readable(session: SessionDep, principal: Principal, post_id: str) -> Post:
    post = await repo.post(session, principal.org, post_id)
    if not await service.may_see(session, post, principal.subject, principal.roles):
        raise NotFound(f"post: no post {post_id} in this organisation")
    return post


def _posts_query(reader: str, status: str | None, *given: str) -> Any:
    """The posts `reader` (an editor, one who sees every topic, or one who sees their audience's topics) may list
    at the time `:now`: in `status` when that is expired or published (their own rules), in `:status` when it is
    "another"."""
    query = select(Post).where(*of_org_where(Post, *given))
    now: Any = bindparam("now")
    not_expired = or_(col(Post.expires_at).is_(None), col(Post.expires_at) > now)
    if reader != "editor":
        live = and_(col(Post.status) == PostStatus.published, not_expired,
                    or_(col(Post.starts_at).is_(None), col(Post.starts_at) <= now))
        if reader == "audience":
            live = and_(live, col(Post.topic_id).in_(bindparam("audience_topic_ids", expanding=True)))
        query = query.where(or_(live, col(Post.author_id) == bindparam("author_id")))
    if status == PostStatus.expired:
        query = query.where(Post.status == PostStatus.published, col(Post.expires_at) <= now)
    elif status == PostStatus.published:
        query = query.where(Post.status == PostStatus.published, not_expired)
    elif status is not None:
        query = query.where(Post.status == bindparam("status"))
    return query


_POSTS = Listing(_posts_query, Post.id)


@router.get("/v1/posts", response_model=Page[PostPublic], summary="List posts",
            description="Editors see every post; others see their own suggestions and the posts open for sharing in "
            "topics whose audience includes them (editors and comms see every topic's).")
async def list_posts(principal: Person, session: SessionDep, pager: PagerDep,
                     request: Request, status: PostStatus | None = None,
                     topic_id: Annotated[str | None, Query(max_length=36)] = None) -> Page[PostPublic]:
    reader = "editor" if principal.roles & service.EDITOR_ROLES else \
        "every topic" if principal.roles & service.AUDIENCE_EXEMPT_ROLES else "audience"
    values = {"org_id": principal.org, "now": utcnow(), "author_id": principal.subject, "status": status,
              "topic_id": topic_id}
    if reader == "audience":
        values["audience_topic_ids"] = await service.audience_topic_ids(session, principal.org, principal.subject)
    asked = status if status in (PostStatus.expired, PostStatus.published, None) else "another"
    shape = (reader, asked, *(("topic_id",) if topic_id is not None else ()))
    rows, cursor = await pager.listed(session, _POSTS, shape, values)
    rules = await directory.rules(session, principal.org)
    preferred = await reader_locale(session, principal)
    return Page(items=[post_public(p, principal, rules, preferred, request) for p in rows], next_cursor=cursor)


@router.post("/v1/posts", response_model=PostPublic, status_code=201,
             summary="Create a post: a draft for editors, a suggestion in review for anyone else")
async def create_post(body: PostCreate, principal: Person, session: SessionDep, request: Request,
                      response: Response) -> PostPublic:
    post = await service.create_post(session, principal.org, principal.subject, principal.roles, body)
    response.headers["Location"] = f"/v1/posts/{post.id}"
    rules = await directory.rules(session, principal.org)
    return post_public(post, principal, rules, await reader_locale(session, principal), request, response)


@router.get("/v1/posts/{post_id}", response_model=PostPublic, summary="Get a post")
async def get_post(post_id: str, principal: Person, session: SessionDep, request: Request,
                   response: Response) -> PostPublic:
    post = await _readable(session, principal, post_id)
    rules = await directory.rules(session, principal.org)
    return post_public(post, principal, rules, await reader_locale(session, principal), request, response)


@router.patch("/v1/posts/{post_id}", response_model=PostPublic,
              summary="Change a draft or a post in review (editor or author)")
async def update_post(post_id: str, body: PostUpdate, principal: Person, session: SessionDep, request: Request,
                      response: Response) -> PostPublic:
    post = await _readable(session, principal, post_id)
    if not service.can_edit(post, principal.subject, principal.roles):
        raise NotFound(f"post: no post {post_id} you can edit")
    check_if_match(request, post.version)
    post = await service.update_post(session, post, body)
    rules = await directory.rules(session, principal.org)
    return post_public(post, principal, rules, await reader_locale(session, principal), request, response)


def _workflow(action: str, summary: str) -> None:
    @router.post(f"/v1/posts/{{post_id}}/{action}", response_model=PostPublic, summary=summary,
                 name=f"{action}_post")
    async def step(post_id: str, principal: Person, session: SessionDep, outbox: OutboxDep, request: Request,
                   response: Response, body: Annotated[ReviewNote | None, Body()] = None) -> PostPublic:
        service.require_editor_for(action, principal.roles)  # before reading: a non-editor learns nothing
        post = matched(request, await _readable(session, principal, post_id))
        post = await service.transition(session, outbox, post, action, principal.subject, principal.roles,
                                        body.note if body else None)
        rules = await directory.rules(session, principal.org)
        return post_public(post, principal, rules, await reader_locale(session, principal), request, response)


_workflow("submit", "Submit a draft for review (guardrails run)")
_workflow("approve", "Approve a post in review (an editor who is not the author)")
_workflow("reject", "Send a post in review back to draft, with a note")
_workflow("publish", "Publish an approved post")
_workflow("withdraw", "Withdraw a post: it can no longer be shared")


@router.post("/v1/posts/{post_id}/shares", response_model=SharePublic, status_code=201,
             summary="Share a post to a network: a tracked short link and the network's share dialog",
             description="Guardrails run for the chosen network; every violation is listed in a 422. "
             "Honours Idempotency-Key.")
async def share_post(post_id: str, body: ShareCreate, principal: Person, session: SessionDep,
                     outbox: OutboxDep, request: Request, base: PublicBase) -> Response:
    async def produce() -> SharePublic:
        post = await _readable(session, principal, post_id)
        rules = await directory.rules(session, principal.org)
        locale = service.served_locale(post, rules, await reader_locale(session, principal),
                                       request.headers.get("accept-language"))
        offer = await service.share_post(session, outbox, rules, post, principal.subject, body.network, locale,
                                         f"{base}/r")
        return service.share_public(offer, post)

    return await idempotent(session, idempotency_keys, request, principal, {"post": post_id, **body.model_dump()},
                            produce, status_code=201)
