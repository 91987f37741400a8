from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.curriculum_content_status import CurriculumContentStatus
from ...models.curriculum_page_module_public import CurriculumPageModulePublic
from ...models.curriculum_phase import CurriculumPhase
from ...models.curriculum_problem_detail import CurriculumProblemDetail
from ...models.curriculum_view import CurriculumView
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    view: CurriculumView | Unset = UNSET,
    status: CurriculumContentStatus | None | Unset = UNSET,
    phase: CurriculumPhase | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    params: dict[str, Any] = {}

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view.value

    params["view"] = json_view

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, CurriculumContentStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_phase: None | str | Unset
    if isinstance(phase, Unset):
        json_phase = UNSET
    elif isinstance(phase, CurriculumPhase):
        json_phase = phase.value
    else:
        json_phase = phase
    params["phase"] = json_phase

    json_updated_since: None | str | Unset
    if isinstance(updated_since, Unset):
        json_updated_since = UNSET
    elif isinstance(updated_since, datetime.datetime):
        json_updated_since = updated_since.isoformat()
    else:
        json_updated_since = updated_since
    params["updated_since"] = json_updated_since

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
        "url": "/curriculum/v1/modules",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CurriculumPageModulePublic | CurriculumProblemDetail:
    if response.status_code == 200:
        response_200 = CurriculumPageModulePublic.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = CurriculumProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = CurriculumProblemDetail.from_dict(response.json())



        return response_403

    if response.status_code == 422:
        response_422 = CurriculumProblemDetail.from_dict(response.json())



        return response_422

    response_default = CurriculumProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CurriculumPageModulePublic | CurriculumProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    view: CurriculumView | Unset = UNSET,
    status: CurriculumContentStatus | None | Unset = UNSET,
    phase: CurriculumPhase | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[CurriculumPageModulePublic | CurriculumProblemDetail]:
    """ List modules (the catalogue, or drafts for editors)

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope catalog:read.

    Args:
        view (CurriculumView | Unset):
        status (CurriculumContentStatus | None | Unset):
        phase (CurriculumPhase | None | Unset):
        updated_since (datetime.datetime | None | Unset): Only modules changed at or after this
            time
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurriculumPageModulePublic | CurriculumProblemDetail]
     """


    kwargs = _get_kwargs(
        view=view,
status=status,
phase=phase,
updated_since=updated_since,
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
    view: CurriculumView | Unset = UNSET,
    status: CurriculumContentStatus | None | Unset = UNSET,
    phase: CurriculumPhase | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> CurriculumPageModulePublic | CurriculumProblemDetail | None:
    """ List modules (the catalogue, or drafts for editors)

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope catalog:read.

    Args:
        view (CurriculumView | Unset):
        status (CurriculumContentStatus | None | Unset):
        phase (CurriculumPhase | None | Unset):
        updated_since (datetime.datetime | None | Unset): Only modules changed at or after this
            time
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurriculumPageModulePublic | CurriculumProblemDetail
     """


    return sync_detailed(
        client=client,
view=view,
status=status,
phase=phase,
updated_since=updated_since,
limit=limit,
cursor=cursor,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    view: CurriculumView | Unset = UNSET,
    status: CurriculumContentStatus | None | Unset = UNSET,
    phase: CurriculumPhase | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[CurriculumPageModulePublic | CurriculumProblemDetail]:
    """ List modules (the catalogue, or drafts for editors)

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope catalog:read.

    Args:
        view (CurriculumView | Unset):
        status (CurriculumContentStatus | None | Unset):
        phase (CurriculumPhase | None | Unset):
        updated_since (datetime.datetime | None | Unset): Only modules changed at or after this
            time
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurriculumPageModulePublic | CurriculumProblemDetail]
     """


    kwargs = _get_kwargs(
        view=view,
status=status,
phase=phase,
updated_since=updated_since,
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
    view: CurriculumView | Unset = UNSET,
    status: CurriculumContentStatus | None | Unset = UNSET,
    phase: CurriculumPhase | None | Unset = UNSET,
    updated_since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> CurriculumPageModulePublic | CurriculumProblemDetail | None:
    """ List modules (the catalogue, or drafts for editors)

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope catalog:read.

    Args:
        view (CurriculumView | Unset):
        status (CurriculumContentStatus | None | Unset):
        phase (CurriculumPhase | None | Unset):
        updated_since (datetime.datetime | None | Unset): Only modules changed at or after this
            time
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurriculumPageModulePublic | CurriculumProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
view=view,
status=status,
phase=phase,
updated_since=updated_since,
limit=limit,
cursor=cursor,
x_request_id=x_request_id,

    )).parsed
