from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.curriculum_playbook_public import CurriculumPlaybookPublic
from ...models.curriculum_playbook_review import CurriculumPlaybookReview
from ...models.curriculum_problem_detail import CurriculumProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    entry_id: str,
    *,
    body: CurriculumPlaybookReview,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/curriculum/v1/playbook/{entry_id}/review".format(entry_id=quote(str(entry_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CurriculumPlaybookPublic | CurriculumProblemDetail:
    if response.status_code == 200:
        response_200 = CurriculumPlaybookPublic.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = CurriculumProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = CurriculumProblemDetail.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = CurriculumProblemDetail.from_dict(response.json())



        return response_404

    if response.status_code == 409:
        response_409 = CurriculumProblemDetail.from_dict(response.json())



        return response_409

    if response.status_code == 412:
        response_412 = CurriculumProblemDetail.from_dict(response.json())



        return response_412

    if response.status_code == 422:
        response_422 = CurriculumProblemDetail.from_dict(response.json())



        return response_422

    response_default = CurriculumProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CurriculumPlaybookPublic | CurriculumProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    entry_id: str,
    *,
    client: AuthenticatedClient,
    body: CurriculumPlaybookReview,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[CurriculumPlaybookPublic | CurriculumProblemDetail]:
    """ Publish or reject an entry in review (an editor who is not its author)

     **Needs** a person with role editor.

    Args:
        entry_id (str):
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (CurriculumPlaybookReview):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurriculumPlaybookPublic | CurriculumProblemDetail]
     """


    kwargs = _get_kwargs(
        entry_id=entry_id,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    entry_id: str,
    *,
    client: AuthenticatedClient,
    body: CurriculumPlaybookReview,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> CurriculumPlaybookPublic | CurriculumProblemDetail | None:
    """ Publish or reject an entry in review (an editor who is not its author)

     **Needs** a person with role editor.

    Args:
        entry_id (str):
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (CurriculumPlaybookReview):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurriculumPlaybookPublic | CurriculumProblemDetail
     """


    return sync_detailed(
        entry_id=entry_id,
client=client,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    entry_id: str,
    *,
    client: AuthenticatedClient,
    body: CurriculumPlaybookReview,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[CurriculumPlaybookPublic | CurriculumProblemDetail]:
    """ Publish or reject an entry in review (an editor who is not its author)

     **Needs** a person with role editor.

    Args:
        entry_id (str):
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (CurriculumPlaybookReview):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurriculumPlaybookPublic | CurriculumProblemDetail]
     """


    kwargs = _get_kwargs(
        entry_id=entry_id,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    entry_id: str,
    *,
    client: AuthenticatedClient,
    body: CurriculumPlaybookReview,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> CurriculumPlaybookPublic | CurriculumProblemDetail | None:
    """ Publish or reject an entry in review (an editor who is not its author)

     **Needs** a person with role editor.

    Args:
        entry_id (str):
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (CurriculumPlaybookReview):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurriculumPlaybookPublic | CurriculumProblemDetail
     """


    return (await asyncio_detailed(
        entry_id=entry_id,
client=client,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    )).parsed
