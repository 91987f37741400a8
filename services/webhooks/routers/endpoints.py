"""An organisation's webhook endpoints, their secrets and their deliveries (admins only)."""

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import bindparam
from sqlmodel import select

from kit.db import SessionDep
from kit.etag import matched, set_etag, tagged
from kit.pagination import Listing, Page, PagerDep, columns_of, page_of
from kit.tenancy import of_org_where
from services.webhooks import catalogue, endpoints
from services.webhooks import repositories as repo
from services.webhooks.deps import Admin, SettingsDep
from services.webhooks.models import Delivery, Endpoint
from services.webhooks.schemas import (
    AttemptPublic,
    DeliveryDetail,
    DeliveryPublic,
    EndpointCreate,
    EndpointCreated,
    EndpointPublic,
    EndpointUpdate,
    EventTypePublic,
    SecretRotated,
    SecretRotation,
)

router = APIRouter(prefix="/v1", tags=["endpoints"])
_ENDPOINTS = Listing(lambda: select(*columns_of(Endpoint, EndpointPublic)).where(*of_org_where(Endpoint)), Endpoint.id)


def _deliveries_query(in_status: bool) -> Any:
    """An endpoint's deliveries (the endpoint is checked to be the organisation's first), in `:status` if asked."""
    query = select(Delivery).where(Delivery.endpoint_id == bindparam("endpoint_id"))
    return query.where(Delivery.status == bindparam("status")) if in_status else query


_DELIVERIES = Listing(_deliveries_query, Delivery.id)


def _delivery(delivery: Delivery) -> DeliveryPublic:
    public = DeliveryPublic.model_validate(delivery)
    return public.model_copy(update={"next_attempt_at": None}) if delivery.status == "succeeded" else public


@router.get("/event-types", response_model=list[EventTypePublic],
            summary="The event types an endpoint may subscribe to, with the schema of their data")
async def list_event_types(principal: Admin) -> list[EventTypePublic]:
    return [EventTypePublic(name=kind.name, personal_fields=sorted(kind.personal_fields),
                            data_schema={**kind.data_schema, **({"$defs": kind.defs} if kind.defs else {})})
            for kind in catalogue.event_types().values()]


@router.get("/endpoints", response_model=Page[EndpointPublic], summary="List the organisation's endpoints")
async def list_endpoints(principal: Admin, session: SessionDep, pager: PagerDep) -> Page[EndpointPublic]:
    rows, cursor = await pager.listed(session, _ENDPOINTS, (), {"org_id": principal.org})
    return page_of(EndpointPublic, rows, cursor)


@router.post("/endpoints", response_model=EndpointCreated, status_code=201,
             summary="Subscribe an endpoint; its signing secret is in this response only")
async def create_endpoint(body: EndpointCreate, principal: Admin, session: SessionDep, settings: SettingsDep,
                          response: Response) -> EndpointCreated:
    endpoint, secret = await endpoints.create(session, principal.org, body,
                                              private_allowed=settings.private_targets_allowed())
    response.headers["Cache-Control"] = "no-store"
    set_etag(response, endpoint.version)
    return EndpointCreated(**EndpointPublic.model_validate(endpoint).model_dump(), secret=secret)


@router.get("/endpoints/{endpoint_id}", response_model=EndpointPublic, summary="Get an endpoint")
async def get_endpoint(endpoint_id: str, principal: Admin, session: SessionDep, response: Response) -> EndpointPublic:
    endpoint = tagged(response, await repo.endpoint(session, principal.org, endpoint_id))
    return EndpointPublic.model_validate(endpoint)


@router.patch("/endpoints/{endpoint_id}", response_model=EndpointPublic,
              summary="Change an endpoint; `status: active` enables a disabled one (honours If-Match)")
async def update_endpoint(endpoint_id: str, body: EndpointUpdate, principal: Admin, session: SessionDep,
                          settings: SettingsDep, request: Request, response: Response) -> EndpointPublic:
    endpoint = matched(request, await repo.endpoint(session, principal.org, endpoint_id))
    await endpoints.change(session, endpoint, body, private_allowed=settings.private_targets_allowed())
    set_etag(response, endpoint.version)
    return EndpointPublic.model_validate(endpoint)


@router.delete("/endpoints/{endpoint_id}", status_code=204, response_class=Response,
               summary="Delete an endpoint with its secrets and deliveries")
async def delete_endpoint(endpoint_id: str, principal: Admin, session: SessionDep, request: Request) -> Response:
    endpoint = matched(request, await repo.endpoint(session, principal.org, endpoint_id))
    await endpoints.delete_endpoint(session, endpoint)
    return Response(status_code=204)


@router.post("/endpoints/{endpoint_id}/secret-rotations", response_model=SecretRotated, status_code=201,
             summary="Rotate the signing secret; the previous one keeps signing during the overlap")
async def rotate_secret(endpoint_id: str, body: SecretRotation, principal: Admin, session: SessionDep,
                        settings: SettingsDep, response: Response) -> SecretRotated:
    endpoint = await repo.endpoint(session, principal.org, endpoint_id)
    overlap = settings.secret_overlap_hours if body.overlap_hours is None else body.overlap_hours
    secret, previous_until = await endpoints.rotate_secret(session, endpoint, overlap)
    response.headers["Cache-Control"] = "no-store"
    return SecretRotated(secret=secret, previous_secret_expires_at=previous_until)


@router.get("/endpoints/{endpoint_id}/deliveries", response_model=Page[DeliveryPublic],
            summary="The endpoint's deliveries, oldest first")
async def list_deliveries(endpoint_id: str, principal: Admin, session: SessionDep,
                          pager: PagerDep,
                          status: Annotated[Literal["pending", "succeeded"] | None, Query(
                              description="Only deliveries in this state.")] = None) -> Page[DeliveryPublic]:
    endpoint = await repo.endpoint(session, principal.org, endpoint_id)
    values = {"endpoint_id": endpoint.id, "status": status}
    return await pager.presented(session, _DELIVERIES, (status is not None,), values, _delivery)


@router.get("/endpoints/{endpoint_id}/deliveries/{delivery_id}", response_model=DeliveryDetail,
            summary="A delivery with its payload and every attempt")
async def get_delivery(endpoint_id: str, delivery_id: str, principal: Admin, session: SessionDep) -> DeliveryDetail:
    endpoint = await repo.endpoint(session, principal.org, endpoint_id)
    delivery = await repo.delivery(session, endpoint, delivery_id)
    log = [AttemptPublic.model_validate(a) for a in await repo.attempts(session, delivery)]
    return DeliveryDetail(**_delivery(delivery).model_dump(), payload=delivery.payload, log=log)


@router.post("/endpoints/{endpoint_id}/deliveries/{delivery_id}/replay", response_model=DeliveryPublic,
             status_code=202, summary="Send a delivery again, as it was (same webhook-id and payload)")
async def replay_delivery(endpoint_id: str, delivery_id: str, principal: Admin, session: SessionDep) -> DeliveryPublic:
    endpoint = await repo.endpoint(session, principal.org, endpoint_id)
    delivery = await repo.delivery(session, endpoint, delivery_id)
    await endpoints.replay(endpoint, delivery)
    return _delivery(delivery)
