from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.webhooks_endpoint_create import WebhooksEndpointCreate
from ...models.webhooks_endpoint_created import WebhooksEndpointCreated
from ...models.webhooks_problem_detail import WebhooksProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: WebhooksEndpointCreate,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhooks/v1/endpoints",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WebhooksEndpointCreated | WebhooksProblemDetail:
    if response.status_code == 201:
        response_201 = WebhooksEndpointCreated.from_dict(response.json())



        return response_201

    if response.status_code == 401:
        response_401 = WebhooksProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = WebhooksProblemDetail.from_dict(response.json())



        return response_403

    if response.status_code == 409:
        response_409 = WebhooksProblemDetail.from_dict(response.json())



        return response_409

    if response.status_code == 422:
        response_422 = WebhooksProblemDetail.from_dict(response.json())



        return response_422

    response_default = WebhooksProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[WebhooksEndpointCreated | WebhooksProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhooksEndpointCreate,
    x_request_id: str | Unset = UNSET,

) -> Response[WebhooksEndpointCreated | WebhooksProblemDetail]:
    """ Subscribe an endpoint; its signing secret is in this response only

     **Needs** a person with role admin.

    Args:
        x_request_id (str | Unset):
        body (WebhooksEndpointCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhooksEndpointCreated | WebhooksProblemDetail]
     """


    kwargs = _get_kwargs(
        body=body,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: WebhooksEndpointCreate,
    x_request_id: str | Unset = UNSET,

) -> WebhooksEndpointCreated | WebhooksProblemDetail | None:
    """ Subscribe an endpoint; its signing secret is in this response only

     **Needs** a person with role admin.

    Args:
        x_request_id (str | Unset):
        body (WebhooksEndpointCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhooksEndpointCreated | WebhooksProblemDetail
     """


    return sync_detailed(
        client=client,
body=body,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhooksEndpointCreate,
    x_request_id: str | Unset = UNSET,

) -> Response[WebhooksEndpointCreated | WebhooksProblemDetail]:
    """ Subscribe an endpoint; its signing secret is in this response only

     **Needs** a person with role admin.

    Args:
        x_request_id (str | Unset):
        body (WebhooksEndpointCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhooksEndpointCreated | WebhooksProblemDetail]
     """


    kwargs = _get_kwargs(
        body=body,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WebhooksEndpointCreate,
    x_request_id: str | Unset = UNSET,

) -> WebhooksEndpointCreated | WebhooksProblemDetail | None:
    """ Subscribe an endpoint; its signing secret is in this response only

     **Needs** a person with role admin.

    Args:
        x_request_id (str | Unset):
        body (WebhooksEndpointCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhooksEndpointCreated | WebhooksProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
body=body,
x_request_id=x_request_id,

    )).parsed
