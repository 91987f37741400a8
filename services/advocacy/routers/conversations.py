"""Conversations flagged to the comms team instead of being answered, and the team's triage queue."""


from fastapi import APIRouter, Request, Response
from sqlmodel import select

from kit.app import OutboxDep
from kit.auth import Person
from kit.db import SessionDep
from kit.etag import matched, set_etag
from kit.pagination import Listing, Page, PagerDep, columns_of, page_of
from kit.problems import NotFound
from kit.tenancy import of_org_where, org_filters
from services.advocacy import repositories as repo
from services.advocacy import service
from services.advocacy.deps import Comms
from services.advocacy.models import FlaggedConversation
from services.advocacy.schemas import ConversationCreate, ConversationPublic, ConversationStatus, ConversationUpdate

router = APIRouter(tags=["conversations"])
_QUEUE = Listing(lambda *given: select(*columns_of(FlaggedConversation, ConversationPublic)).where(
    *of_org_where(FlaggedConversation, *given)), FlaggedConversation.id)


def _public(flagged: FlaggedConversation, response: Response | None = None) -> ConversationPublic:
    if response is not None:
        set_etag(response, flagged.version)
    return ConversationPublic.model_validate(flagged, from_attributes=True)


@router.post("/v1/conversations", response_model=ConversationPublic, status_code=201,
             summary="Flag an online conversation to the comms team instead of answering it")
async def flag(body: ConversationCreate, principal: Person, session: SessionDep, outbox: OutboxDep,
               response: Response) -> ConversationPublic:
    flagged = await service.flag_conversation(session, outbox, principal.org, principal.subject, body)
    response.headers["Location"] = f"/v1/conversations/{flagged.id}"
    return _public(flagged, response)


@router.get("/v1/conversations", response_model=Page[ConversationPublic],
            summary="The comms team's triage queue")
async def queue(principal: Comms, session: SessionDep, pager: PagerDep,
                status: ConversationStatus | None = None) -> Page[ConversationPublic]:
    shape, values = org_filters(principal.org, status=status)
    rows, cursor = await pager.listed(session, _QUEUE, shape, values)
    return page_of(ConversationPublic, rows, cursor)


@router.get("/v1/conversations/{conversation_id}", response_model=ConversationPublic,
            summary="A flagged conversation (the comms team, or the person who flagged it)")
async def get_conversation(conversation_id: str, principal: Person, session: SessionDep,
                           response: Response) -> ConversationPublic:
    flagged = await repo.conversation(session, principal.org, conversation_id)
    if flagged.reported_by != principal.subject and "comms" not in principal.roles:
        raise NotFound(f"no conversation {conversation_id} in this organisation")
    return _public(flagged, response)


@router.patch("/v1/conversations/{conversation_id}", response_model=ConversationPublic,
              summary="Triage: set the status (new, handling, closed)")
async def update_conversation(conversation_id: str, body: ConversationUpdate, principal: Comms,
                              session: SessionDep, request: Request, response: Response) -> ConversationPublic:
    flagged = matched(request, await repo.conversation(session, principal.org, conversation_id))
    return _public(await service.triage(session, flagged, principal.subject, body), response)
