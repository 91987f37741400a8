from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.curriculum_job_function import CurriculumJobFunction
from ...models.curriculum_page_playbook_public import CurriculumPagePlaybookPublic
from ...models.curriculum_platform import CurriculumPlatform
from ...models.curriculum_playbook_status import CurriculumPlaybookStatus
from ...models.curriculum_problem_detail import CurriculumProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    q: None | str | Unset = UNSET,
    platform: CurriculumPlatform | None | Unset = UNSET,
    job_function: CurriculumJobFunction | None | Unset = UNSET,
    status: CurriculumPlaybookStatus | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    params: dict[str, Any] = {}

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_platform: None | str | Unset
    if isinstance(platform, Unset):
        json_platform = UNSET
    elif isinstance(platform, CurriculumPlatform):
        json_platform = platform.value
    else:
        json_platform = platform
    params["platform"] = json_platform

    json_job_function: None | str | Unset
    if isinstance(job_function, Unset):
        json_job_function = UNSET
    elif isinstance(job_function, CurriculumJobFunction):
        json_job_function = job_function.value
    else:
        json_job_function = job_function
    params["job_function"] = json_job_function

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, CurriculumPlaybookStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

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
        "url": "/curriculum/v1/playbook",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CurriculumPagePlaybookPublic | CurriculumProblemDetail:
    if response.status_code == 200:
        response_200 = CurriculumPagePlaybookPublic.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = CurriculumProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 422:
        response_422 = CurriculumProblemDetail.from_dict(response.json())



        return response_422

    response_default = CurriculumProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CurriculumPagePlaybookPublic | CurriculumProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    platform: CurriculumPlatform | None | Unset = UNSET,
    job_function: CurriculumJobFunction | None | Unset = UNSET,
    status: CurriculumPlaybookStatus | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[CurriculumPagePlaybookPublic | CurriculumProblemDetail]:
    """ Search the playbook

     Published entries, plus your own in any state (and entries in review for editors).

    **Needs** a token of the organisation: any person or integration client.

    Args:
        q (None | str | Unset): Words in the title or body
        platform (CurriculumPlatform | None | Unset):
        job_function (CurriculumJobFunction | None | Unset):
        status (CurriculumPlaybookStatus | None | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurriculumPagePlaybookPublic | CurriculumProblemDetail]
     """


    kwargs = _get_kwargs(
        q=q,
platform=platform,
job_function=job_function,
status=status,
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
    q: None | str | Unset = UNSET,
    platform: CurriculumPlatform | None | Unset = UNSET,
    job_function: CurriculumJobFunction | None | Unset = UNSET,
    status: CurriculumPlaybookStatus | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> CurriculumPagePlaybookPublic | CurriculumProblemDetail | None:
    """ Search the playbook

     Published entries, plus your own in any state (and entries in review for editors).

    **Needs** a token of the organisation: any person or integration client.

    Args:
        q (None | str | Unset): Words in the title or body
        platform (CurriculumPlatform | None | Unset):
        job_function (CurriculumJobFunction | None | Unset):
        status (CurriculumPlaybookStatus | None | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurriculumPagePlaybookPublic | CurriculumProblemDetail
     """


    return sync_detailed(
        client=client,
q=q,
platform=platform,
job_function=job_function,
status=status,
limit=limit,
cursor=cursor,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    platform: CurriculumPlatform | None | Unset = UNSET,
    job_function: CurriculumJobFunction | None | Unset = UNSET,
    status: CurriculumPlaybookStatus | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[CurriculumPagePlaybookPublic | CurriculumProblemDetail]:
    """ Search the playbook

     Published entries, plus your own in any state (and entries in review for editors).

    **Needs** a token of the organisation: any person or integration client.

    Args:
        q (None | str | Unset): Words in the title or body
        platform (CurriculumPlatform | None | Unset):
        job_function (CurriculumJobFunction | None | Unset):
        status (CurriculumPlaybookStatus | None | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurriculumPagePlaybookPublic | CurriculumProblemDetail]
     """


    kwargs = _get_kwargs(
        q=q,
platform=platform,
job_function=job_function,
status=status,
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
    q: None | str | Unset = UNSET,
    platform: CurriculumPlatform | None | Unset = UNSET,
    job_function: CurriculumJobFunction | None | Unset = UNSET,
    status: CurriculumPlaybookStatus | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> CurriculumPagePlaybookPublic | CurriculumProblemDetail | None:
    """ Search the playbook

     Published entries, plus your own in any state (and entries in review for editors).

    **Needs** a token of the organisation: any person or integration client.

    Args:
        q (None | str | Unset): Words in the title or body
        platform (CurriculumPlatform | None | Unset):
        job_function (CurriculumJobFunction | None | Unset):
        status (CurriculumPlaybookStatus | None | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurriculumPagePlaybookPublic | CurriculumProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
q=q,
platform=platform,
job_function=job_function,
status=status,
limit=limit,
cursor=cursor,
x_request_id=x_request_id,

    )).parsed
