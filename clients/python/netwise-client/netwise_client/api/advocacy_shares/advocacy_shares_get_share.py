from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.advocacy_problem_detail import AdvocacyProblemDetail
from ...models.advocacy_share_public import AdvocacySharePublic
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    share_id: str,
    *,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/advocacy/v1/shares/{share_id}".format(share_id=quote(str(share_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AdvocacyProblemDetail | AdvocacySharePublic:
    if response.status_code == 200:
        response_200 = AdvocacySharePublic.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = AdvocacyProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 404:
        response_404 = AdvocacyProblemDetail.from_dict(response.json())



        return response_404

    if response.status_code == 422:
        response_422 = AdvocacyProblemDetail.from_dict(response.json())



        return response_422

    response_default = AdvocacyProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AdvocacyProblemDetail | AdvocacySharePublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    share_id: str,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyProblemDetail | AdvocacySharePublic]:
    """ One of my shares

     **Needs** a token of the organisation: any person or integration client.

    Args:
        share_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyProblemDetail | AdvocacySharePublic]
     """


    kwargs = _get_kwargs(
        share_id=share_id,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    share_id: str,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyProblemDetail | AdvocacySharePublic | None:
    """ One of my shares

     **Needs** a token of the organisation: any person or integration client.

    Args:
        share_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyProblemDetail | AdvocacySharePublic
     """


    return sync_detailed(
        share_id=share_id,
client=client,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    share_id: str,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyProblemDetail | AdvocacySharePublic]:
    """ One of my shares

     **Needs** a token of the organisation: any person or integration client.

    Args:
        share_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyProblemDetail | AdvocacySharePublic]
     """


    kwargs = _get_kwargs(
        share_id=share_id,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    share_id: str,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyProblemDetail | AdvocacySharePublic | None:
    """ One of my shares

     **Needs** a token of the organisation: any person or integration client.

    Args:
        share_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyProblemDetail | AdvocacySharePublic
     """


    return (await asyncio_detailed(
        share_id=share_id,
client=client,
x_request_id=x_request_id,

    )).parsed
