from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.advocacy_conversation_public import AdvocacyConversationPublic
from ...models.advocacy_conversation_update import AdvocacyConversationUpdate
from ...models.advocacy_problem_detail import AdvocacyProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    conversation_id: str,
    *,
    body: AdvocacyConversationUpdate,
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
        "url": "/advocacy/v1/conversations/{conversation_id}".format(conversation_id=quote(str(conversation_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AdvocacyConversationPublic | AdvocacyProblemDetail:
    if response.status_code == 200:
        response_200 = AdvocacyConversationPublic.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = AdvocacyProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = AdvocacyProblemDetail.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = AdvocacyProblemDetail.from_dict(response.json())



        return response_404

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



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AdvocacyConversationPublic | AdvocacyProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: AdvocacyConversationUpdate,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyConversationPublic | AdvocacyProblemDetail]:
    """ Triage: set the status (new, handling, closed)

     **Needs** a person with role comms.

    Args:
        conversation_id (str):
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (AdvocacyConversationUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyConversationPublic | AdvocacyProblemDetail]
     """


    kwargs = _get_kwargs(
        conversation_id=conversation_id,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: AdvocacyConversationUpdate,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyConversationPublic | AdvocacyProblemDetail | None:
    """ Triage: set the status (new, handling, closed)

     **Needs** a person with role comms.

    Args:
        conversation_id (str):
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (AdvocacyConversationUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyConversationPublic | AdvocacyProblemDetail
     """


    return sync_detailed(
        conversation_id=conversation_id,
client=client,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: AdvocacyConversationUpdate,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyConversationPublic | AdvocacyProblemDetail]:
    """ Triage: set the status (new, handling, closed)

     **Needs** a person with role comms.

    Args:
        conversation_id (str):
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (AdvocacyConversationUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyConversationPublic | AdvocacyProblemDetail]
     """


    kwargs = _get_kwargs(
        conversation_id=conversation_id,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: AdvocacyConversationUpdate,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyConversationPublic | AdvocacyProblemDetail | None:
    """ Triage: set the status (new, handling, closed)

     **Needs** a person with role comms.

    Args:
        conversation_id (str):
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (AdvocacyConversationUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyConversationPublic | AdvocacyProblemDetail
     """


    return (await asyncio_detailed(
        conversation_id=conversation_id,
client=client,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    )).parsed
