from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.advocacy_ambassador_public import AdvocacyAmbassadorPublic
from ...models.advocacy_ambassador_update import AdvocacyAmbassadorUpdate
from ...models.advocacy_problem_detail import AdvocacyProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: AdvocacyAmbassadorUpdate,
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
        "url": "/advocacy/v1/ambassadors/me",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AdvocacyAmbassadorPublic | AdvocacyProblemDetail:
    if response.status_code == 200:
        response_200 = AdvocacyAmbassadorPublic.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = AdvocacyProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 409:
        response_409 = AdvocacyProblemDetail.from_dict(response.json())



        return response_409

    if response.status_code == 412:
        response_412 = AdvocacyProblemDetail.from_dict(response.json())



        return response_412

    if response.status_code == 422:
        response_422 = AdvocacyProblemDetail.from_dict(response.json())



        return response_422

    response_default = AdvocacyProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AdvocacyAmbassadorPublic | AdvocacyProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AdvocacyAmbassadorUpdate,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyAmbassadorPublic | AdvocacyProblemDetail]:
    """ Change my networks, topics and digest preferences

     **Needs** a token of the organisation: any person or integration client.

    Args:
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (AdvocacyAmbassadorUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyAmbassadorPublic | AdvocacyProblemDetail]
     """


    kwargs = _get_kwargs(
        body=body,
if_match=if_match,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: AdvocacyAmbassadorUpdate,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyAmbassadorPublic | AdvocacyProblemDetail | None:
    """ Change my networks, topics and digest preferences

     **Needs** a token of the organisation: any person or integration client.

    Args:
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (AdvocacyAmbassadorUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyAmbassadorPublic | AdvocacyProblemDetail
     """


    return sync_detailed(
        client=client,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AdvocacyAmbassadorUpdate,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyAmbassadorPublic | AdvocacyProblemDetail]:
    """ Change my networks, topics and digest preferences

     **Needs** a token of the organisation: any person or integration client.

    Args:
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (AdvocacyAmbassadorUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyAmbassadorPublic | AdvocacyProblemDetail]
     """


    kwargs = _get_kwargs(
        body=body,
if_match=if_match,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AdvocacyAmbassadorUpdate,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyAmbassadorPublic | AdvocacyProblemDetail | None:
    """ Change my networks, topics and digest preferences

     **Needs** a token of the organisation: any person or integration client.

    Args:
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (AdvocacyAmbassadorUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyAmbassadorPublic | AdvocacyProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    )).parsed
