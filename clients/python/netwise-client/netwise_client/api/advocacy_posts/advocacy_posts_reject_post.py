from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.advocacy_post_public import AdvocacyPostPublic
from ...models.advocacy_problem_detail import AdvocacyProblemDetail
from ...models.advocacy_review_note import AdvocacyReviewNote
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    post_id: str,
    *,
    body: AdvocacyReviewNote | None | Unset = UNSET,
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
        "url": "/advocacy/v1/posts/{post_id}/reject".format(post_id=quote(str(post_id), safe=""),),
    }

    
    if isinstance(body, AdvocacyReviewNote):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AdvocacyPostPublic | AdvocacyProblemDetail:
    if response.status_code == 200:
        response_200 = AdvocacyPostPublic.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = AdvocacyProblemDetail.from_dict(response.json())



        return response_401

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



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AdvocacyPostPublic | AdvocacyProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    post_id: str,
    *,
    client: AuthenticatedClient,
    body: AdvocacyReviewNote | None | Unset = UNSET,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyPostPublic | AdvocacyProblemDetail]:
    """ Send a post in review back to draft, with a note

     **Needs** a token of the organisation: any person or integration client.

    Args:
        post_id (str):
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (AdvocacyReviewNote | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyPostPublic | AdvocacyProblemDetail]
     """


    kwargs = _get_kwargs(
        post_id=post_id,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    post_id: str,
    *,
    client: AuthenticatedClient,
    body: AdvocacyReviewNote | None | Unset = UNSET,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyPostPublic | AdvocacyProblemDetail | None:
    """ Send a post in review back to draft, with a note

     **Needs** a token of the organisation: any person or integration client.

    Args:
        post_id (str):
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (AdvocacyReviewNote | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyPostPublic | AdvocacyProblemDetail
     """


    return sync_detailed(
        post_id=post_id,
client=client,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    post_id: str,
    *,
    client: AuthenticatedClient,
    body: AdvocacyReviewNote | None | Unset = UNSET,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyPostPublic | AdvocacyProblemDetail]:
    """ Send a post in review back to draft, with a note

     **Needs** a token of the organisation: any person or integration client.

    Args:
        post_id (str):
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (AdvocacyReviewNote | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyPostPublic | AdvocacyProblemDetail]
     """


    kwargs = _get_kwargs(
        post_id=post_id,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    post_id: str,
    *,
    client: AuthenticatedClient,
    body: AdvocacyReviewNote | None | Unset = UNSET,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyPostPublic | AdvocacyProblemDetail | None:
    """ Send a post in review back to draft, with a note

     **Needs** a token of the organisation: any person or integration client.

    Args:
        post_id (str):
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (AdvocacyReviewNote | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyPostPublic | AdvocacyProblemDetail
     """


    return (await asyncio_detailed(
        post_id=post_id,
client=client,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    )).parsed
