from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.curriculum_problem_detail import CurriculumProblemDetail
from ...models.curriculum_track_public import CurriculumTrackPublic
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    track_id: str,
    *,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/curriculum/v1/tracks/{track_id}".format(track_id=quote(str(track_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CurriculumProblemDetail | CurriculumTrackPublic:
    if response.status_code == 200:
        response_200 = CurriculumTrackPublic.from_dict(response.json())



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

    if response.status_code == 422:
        response_422 = CurriculumProblemDetail.from_dict(response.json())



        return response_422

    response_default = CurriculumProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CurriculumProblemDetail | CurriculumTrackPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    track_id: str,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,

) -> Response[CurriculumProblemDetail | CurriculumTrackPublic]:
    """ Get a track

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope catalog:read.

    Args:
        track_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurriculumProblemDetail | CurriculumTrackPublic]
     """


    kwargs = _get_kwargs(
        track_id=track_id,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    track_id: str,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,

) -> CurriculumProblemDetail | CurriculumTrackPublic | None:
    """ Get a track

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope catalog:read.

    Args:
        track_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurriculumProblemDetail | CurriculumTrackPublic
     """


    return sync_detailed(
        track_id=track_id,
client=client,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    track_id: str,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,

) -> Response[CurriculumProblemDetail | CurriculumTrackPublic]:
    """ Get a track

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope catalog:read.

    Args:
        track_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurriculumProblemDetail | CurriculumTrackPublic]
     """


    kwargs = _get_kwargs(
        track_id=track_id,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    track_id: str,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,

) -> CurriculumProblemDetail | CurriculumTrackPublic | None:
    """ Get a track

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope catalog:read.

    Args:
        track_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurriculumProblemDetail | CurriculumTrackPublic
     """


    return (await asyncio_detailed(
        track_id=track_id,
client=client,
x_request_id=x_request_id,

    )).parsed
