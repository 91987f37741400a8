from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.webhooks_endpoint_public import WebhooksEndpointPublic
from ...models.webhooks_endpoint_update import WebhooksEndpointUpdate
from ...models.webhooks_problem_detail import WebhooksProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    endpoint_id: str,
    *,
    body: WebhooksEndpointUpdate,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/webhooks/v1/endpoints/{endpoint_id}".format(endpoint_id=quote(str(endpoint_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WebhooksEndpointPublic | WebhooksProblemDetail:
    if response.status_code == 200:
        response_200 = WebhooksEndpointPublic.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = WebhooksProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = WebhooksProblemDetail.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = WebhooksProblemDetail.from_dict(response.json())



        return response_404

    if response.status_code == 409:
        response_409 = WebhooksProblemDetail.from_dict(response.json())



        return response_409

    if response.status_code == 412:
        response_412 = WebhooksProblemDetail.from_dict(response.json())



        return response_412

    if response.status_code == 422:
        response_422 = WebhooksProblemDetail.from_dict(response.json())



        return response_422

    response_default = WebhooksProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[WebhooksEndpointPublic | WebhooksProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: WebhooksEndpointUpdate,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[WebhooksEndpointPublic | WebhooksProblemDetail]:
    """ Change an endpoint; `status: active` enables a disabled one (honours If-Match)

     **Needs** a person with role admin.

    Args:
        endpoint_id (str):
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (WebhooksEndpointUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhooksEndpointPublic | WebhooksProblemDetail]
     """


    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: WebhooksEndpointUpdate,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> WebhooksEndpointPublic | WebhooksProblemDetail | None:
    """ Change an endpoint; `status: active` enables a disabled one (honours If-Match)

     **Needs** a person with role admin.

    Args:
        endpoint_id (str):
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (WebhooksEndpointUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhooksEndpointPublic | WebhooksProblemDetail
     """


    return sync_detailed(
        endpoint_id=endpoint_id,
client=client,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: WebhooksEndpointUpdate,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[WebhooksEndpointPublic | WebhooksProblemDetail]:
    """ Change an endpoint; `status: active` enables a disabled one (honours If-Match)

     **Needs** a person with role admin.

    Args:
        endpoint_id (str):
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (WebhooksEndpointUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhooksEndpointPublic | WebhooksProblemDetail]
     """


    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    endpoint_id: str,
    *,
    client: AuthenticatedClient,
    body: WebhooksEndpointUpdate,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> WebhooksEndpointPublic | WebhooksProblemDetail | None:
    """ Change an endpoint; `status: active` enables a disabled one (honours If-Match)

     **Needs** a person with role admin.

    Args:
        endpoint_id (str):
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (WebhooksEndpointUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhooksEndpointPublic | WebhooksProblemDetail
     """


    return (await asyncio_detailed(
        endpoint_id=endpoint_id,
client=client,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    )).parsed
