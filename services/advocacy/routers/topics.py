"""Topics that group posts, each with the audience (job functions, org units) it is meant for."""

from typing import Annotated

from fastapi import APIRouter, Body, Request, Response
from sqlmodel import select

from kit.auth import Person
from kit.db import SessionDep
from kit.etag import created, matched, tagged
from kit.pagination import Listing, Page, PagerDep
from kit.tenancy import of_org_where, org_filters
from services.advocacy import repositories as repo
from services.advocacy import service
from services.advocacy.deps import Editor, HoldKeeper
from services.advocacy.models import Topic
from services.advocacy.schemas import TopicCreate, TopicHold, TopicPublic, TopicUpdate

router = APIRouter(tags=["topics"])
_TOPICS = Listing(lambda *given: select(Topic).where(*of_org_where(Topic, *given)), Topic.id)


def _public(topic: Topic) -> TopicPublic:
    return TopicPublic.model_validate({**topic.model_dump(), "guidance": topic.hold_guidance})


@router.get("/v1/topics", response_model=Page[TopicPublic], summary="List topics")
async def list_topics(principal: Person, session: SessionDep, pager: PagerDep,
                      on_hold: bool | None = None) -> Page[TopicPublic]:
    shape, values = org_filters(principal.org, on_hold=on_hold)
    return await pager.presented(session, _TOPICS, shape, values, _public)


@router.post("/v1/topics", response_model=TopicPublic, status_code=201, summary="Create a topic")
async def create_topic(body: TopicCreate, principal: Editor, session: SessionDep,
                       response: Response) -> TopicPublic:
    topic = created(response, await service.create_topic(session, principal.org, body), "/v1/topics")
    return _public(topic)


@router.get("/v1/topics/{topic_id}", response_model=TopicPublic, summary="Get a topic")
async def get_topic(topic_id: str, principal: Person, session: SessionDep, response: Response) -> TopicPublic:
    topic = tagged(response, await repo.topic(session, principal.org, topic_id))
    return _public(topic)


@router.patch("/v1/topics/{topic_id}", response_model=TopicPublic, summary="Change a topic")
async def update_topic(topic_id: str, body: TopicUpdate, principal: Editor, session: SessionDep, request: Request,
                       response: Response) -> TopicPublic:
    topic = matched(request, await repo.topic(session, principal.org, topic_id))
    topic = tagged(response, await service.update_topic(session, topic, body))
    return _public(topic)


@router.post("/v1/topics/{topic_id}/hold", response_model=TopicPublic,
             summary="Put a topic on hold (crisis mode): its posts cannot be shared")
async def hold_topic(topic_id: str, principal: HoldKeeper, session: SessionDep, request: Request,
                     response: Response, body: Annotated[TopicHold | None, Body()] = None) -> TopicPublic:
    topic = matched(request, await repo.topic(session, principal.org, topic_id))
    topic = tagged(response, await service.hold_topic(session, topic, principal.subject, body))
    return _public(topic)


@router.post("/v1/topics/{topic_id}/release", response_model=TopicPublic, summary="Lift a topic's hold")
async def release_topic(topic_id: str, principal: HoldKeeper, session: SessionDep, request: Request,
                        response: Response) -> TopicPublic:
    topic = matched(request, await repo.topic(session, principal.org, topic_id))
    topic = tagged(response, await service.release_topic(session, topic))
    return _public(topic)
