from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.advocacy_page_post_public import AdvocacyPagePostPublic
from ...models.advocacy_post_status import AdvocacyPostStatus
from ...models.advocacy_problem_detail import AdvocacyProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    status: AdvocacyPostStatus | None | Unset = UNSET,
    topic_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, AdvocacyPostStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_topic_id: None | str | Unset
    if isinstance(topic_id, Unset):
        json_topic_id = UNSET
    else:
        json_topic_id = topic_id
    params["topic_id"] = json_topic_id

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/advocacy/v1/posts",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AdvocacyPagePostPublic | AdvocacyProblemDetail:
    if response.status_code == 200:
        response_200 = AdvocacyPagePostPublic.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = AdvocacyProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 422:
        response_422 = AdvocacyProblemDetail.from_dict(response.json())



        return response_422

    response_default = AdvocacyProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AdvocacyPagePostPublic | AdvocacyProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: AdvocacyPostStatus | None | Unset = UNSET,
    topic_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyPagePostPublic | AdvocacyProblemDetail]:
    """ List posts

     Editors see every post; others see their own suggestions and the posts open for sharing in topics
    whose audience includes them (editors and comms see every topic's).

    **Needs** a token of the organisation: any person or integration client.

    Args:
        status (AdvocacyPostStatus | None | Unset):
        topic_id (None | str | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyPagePostPublic | AdvocacyProblemDetail]
     """


    kwargs = _get_kwargs(
        status=status,
topic_id=topic_id,
limit=limit,
cursor=cursor,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    status: AdvocacyPostStatus | None | Unset = UNSET,
    topic_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyPagePostPublic | AdvocacyProblemDetail | None:
    """ List posts

     Editors see every post; others see their own suggestions and the posts open for sharing in topics
    whose audience includes them (editors and comms see every topic's).

    **Needs** a token of the organisation: any person or integration client.

    Args:
        status (AdvocacyPostStatus | None | Unset):
        topic_id (None | str | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyPagePostPublic | AdvocacyProblemDetail
     """


    return sync_detailed(
        client=client,
status=status,
topic_id=topic_id,
limit=limit,
cursor=cursor,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: AdvocacyPostStatus | None | Unset = UNSET,
    topic_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyPagePostPublic | AdvocacyProblemDetail]:
    """ List posts

     Editors see every post; others see their own suggestions and the posts open for sharing in topics
    whose audience includes them (editors and comms see every topic's).

    **Needs** a token of the organisation: any person or integration client.

    Args:
        status (AdvocacyPostStatus | None | Unset):
        topic_id (None | str | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyPagePostPublic | AdvocacyProblemDetail]
     """


    kwargs = _get_kwargs(
        status=status,
topic_id=topic_id,
limit=limit,
cursor=cursor,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    status: AdvocacyPostStatus | None | Unset = UNSET,
    topic_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyPagePostPublic | AdvocacyProblemDetail | None:
    """ List posts

     Editors see every post; others see their own suggestions and the posts open for sharing in topics
    whose audience includes them (editors and comms see every topic's).

    **Needs** a token of the organisation: any person or integration client.

    Args:
        status (AdvocacyPostStatus | None | Unset):
        topic_id (None | str | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyPagePostPublic | AdvocacyProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
status=status,
topic_id=topic_id,
limit=limit,
cursor=cursor,
x_request_id=x_request_id,

    )).parsed
