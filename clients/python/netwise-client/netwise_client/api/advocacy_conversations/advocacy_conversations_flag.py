from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.advocacy_conversation_create import AdvocacyConversationCreate
from ...models.advocacy_conversation_public import AdvocacyConversationPublic
from ...models.advocacy_problem_detail import AdvocacyProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: AdvocacyConversationCreate,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/advocacy/v1/conversations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AdvocacyConversationPublic | AdvocacyProblemDetail:
    if response.status_code == 201:
        response_201 = AdvocacyConversationPublic.from_dict(response.json())



        return response_201

    if response.status_code == 401:
        response_401 = AdvocacyProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 409:
        response_409 = AdvocacyProblemDetail.from_dict(response.json())



        return response_409

    if response.status_code == 422:
        response_422 = AdvocacyProblemDetail.from_dict(response.json())



        return response_422

    response_default = AdvocacyProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AdvocacyConversationPublic | AdvocacyProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AdvocacyConversationCreate,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyConversationPublic | AdvocacyProblemDetail]:
    """ Flag an online conversation to the comms team instead of answering it

     **Needs** a token of the organisation: any person or integration client.

    Args:
        x_request_id (str | Unset):
        body (AdvocacyConversationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyConversationPublic | AdvocacyProblemDetail]
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
    body: AdvocacyConversationCreate,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyConversationPublic | AdvocacyProblemDetail | None:
    """ Flag an online conversation to the comms team instead of answering it

     **Needs** a token of the organisation: any person or integration client.

    Args:
        x_request_id (str | Unset):
        body (AdvocacyConversationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyConversationPublic | AdvocacyProblemDetail
     """


    return sync_detailed(
        client=client,
body=body,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AdvocacyConversationCreate,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyConversationPublic | AdvocacyProblemDetail]:
    """ Flag an online conversation to the comms team instead of answering it

     **Needs** a token of the organisation: any person or integration client.

    Args:
        x_request_id (str | Unset):
        body (AdvocacyConversationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyConversationPublic | AdvocacyProblemDetail]
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
    body: AdvocacyConversationCreate,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyConversationPublic | AdvocacyProblemDetail | None:
    """ Flag an online conversation to the comms team instead of answering it

     **Needs** a token of the organisation: any person or integration client.

    Args:
        x_request_id (str | Unset):
        body (AdvocacyConversationCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyConversationPublic | AdvocacyProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
body=body,
x_request_id=x_request_id,

    )).parsed
