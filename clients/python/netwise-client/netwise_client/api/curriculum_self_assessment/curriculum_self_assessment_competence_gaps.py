from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.curriculum_gap_grouping import CurriculumGapGrouping
from ...models.curriculum_gap_report import CurriculumGapReport
from ...models.curriculum_problem_detail import CurriculumProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    group_by: CurriculumGapGrouping | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    params: dict[str, Any] = {}

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by.value

    params["group_by"] = json_group_by


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/curriculum/v1/self-assessment/gaps",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CurriculumGapReport | CurriculumProblemDetail:
    if response.status_code == 200:
        response_200 = CurriculumGapReport.from_dict(response.json())



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



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CurriculumGapReport | CurriculumProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    group_by: CurriculumGapGrouping | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[CurriculumGapReport | CurriculumProblemDetail]:
    """ Competence gaps by unit or job function (aggregates only)

     Managers see their units, analysts and admins everyone; groups smaller than the organisation's
    minimum group size are suppressed and counted.

    **Needs** a person with role admin or analyst or manager.

    Args:
        group_by (CurriculumGapGrouping | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurriculumGapReport | CurriculumProblemDetail]
     """


    kwargs = _get_kwargs(
        group_by=group_by,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    group_by: CurriculumGapGrouping | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> CurriculumGapReport | CurriculumProblemDetail | None:
    """ Competence gaps by unit or job function (aggregates only)

     Managers see their units, analysts and admins everyone; groups smaller than the organisation's
    minimum group size are suppressed and counted.

    **Needs** a person with role admin or analyst or manager.

    Args:
        group_by (CurriculumGapGrouping | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurriculumGapReport | CurriculumProblemDetail
     """


    return sync_detailed(
        client=client,
group_by=group_by,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    group_by: CurriculumGapGrouping | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[CurriculumGapReport | CurriculumProblemDetail]:
    """ Competence gaps by unit or job function (aggregates only)

     Managers see their units, analysts and admins everyone; groups smaller than the organisation's
    minimum group size are suppressed and counted.

    **Needs** a person with role admin or analyst or manager.

    Args:
        group_by (CurriculumGapGrouping | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurriculumGapReport | CurriculumProblemDetail]
     """


    kwargs = _get_kwargs(
        group_by=group_by,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    group_by: CurriculumGapGrouping | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> CurriculumGapReport | CurriculumProblemDetail | None:
    """ Competence gaps by unit or job function (aggregates only)

     Managers see their units, analysts and admins everyone; groups smaller than the organisation's
    minimum group size are suppressed and counted.

    **Needs** a person with role admin or analyst or manager.

    Args:
        group_by (CurriculumGapGrouping | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurriculumGapReport | CurriculumProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
group_by=group_by,
x_request_id=x_request_id,

    )).parsed
