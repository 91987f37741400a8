"""Integration clients (LMSs, HR systems): registration with a secret shown once, scopes, revocation."""


from fastapi import APIRouter, Response
from sqlmodel import select

from kit.app import OutboxDep
from kit.db import SessionDep
from kit.pagination import Listing, Page, PagerDep, columns_of, page_of
from kit.tenancy import of_org_where
from services.identity import repositories as repo
from services.identity import service
from services.identity.deps import Admin
from services.identity.models import Client
from services.identity.schemas import ClientCreate, ClientCreated, ClientPublic

router = APIRouter(prefix="/v1/clients", tags=["clients"])


_CLIENTS = Listing(lambda: select(*columns_of(Client, ClientPublic)).where(*of_org_where(Client)), Client.id)


@router.get("", response_model=Page[ClientPublic], summary="List integration clients")
async def list_clients(principal: Admin, session: SessionDep, pager: PagerDep) -> Page[ClientPublic]:
    rows, cursor = await pager.listed(session, _CLIENTS, (), {"org_id": principal.org})
    return page_of(ClientPublic, rows, cursor)


@router.post("", response_model=ClientCreated, status_code=201,
             summary="Register an integration client; the secret is in this response only")
async def create_client(body: ClientCreate, principal: Admin, session: SessionDep, outbox: OutboxDep,
                        response: Response) -> ClientCreated:
    client, secret = await service.create_client(session, outbox, principal.org, body)
    response.headers["Cache-Control"] = "no-store"
    return ClientCreated(**ClientPublic.model_validate(client).model_dump(), client_secret=secret)


@router.get("/{client_id}", response_model=ClientPublic, summary="Get an integration client")
async def get_client(client_id: str, principal: Admin, session: SessionDep) -> ClientPublic:
    return ClientPublic.model_validate(await repo.client(session, principal.org, client_id))


@router.delete("/{client_id}", status_code=204, response_class=Response,
               summary="Revoke a client: it gets no new tokens, and the ones it has stop working within seconds")
async def revoke_client(client_id: str, principal: Admin, session: SessionDep, outbox: OutboxDep) -> Response:
    client = await repo.client(session, principal.org, client_id)
    await service.revoke_client(session, outbox, client)
    return Response(status_code=204)
