from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.identity_job_function import IdentityJobFunction
from ...models.identity_page_person_public import IdentityPagePersonPublic
from ...models.identity_person_status import IdentityPersonStatus
from ...models.identity_problem_detail import IdentityProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    org_unit_id: None | str | Unset = UNSET,
    job_function: IdentityJobFunction | None | Unset = UNSET,
    status: IdentityPersonStatus | None | Unset = UNSET,
    email: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    params: dict[str, Any] = {}

    json_org_unit_id: None | str | Unset
    if isinstance(org_unit_id, Unset):
        json_org_unit_id = UNSET
    else:
        json_org_unit_id = org_unit_id
    params["org_unit_id"] = json_org_unit_id

    json_job_function: None | str | Unset
    if isinstance(job_function, Unset):
        json_job_function = UNSET
    elif isinstance(job_function, IdentityJobFunction):
        json_job_function = job_function.value
    else:
        json_job_function = job_function
    params["job_function"] = json_job_function

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, IdentityPersonStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_email: None | str | Unset
    if isinstance(email, Unset):
        json_email = UNSET
    else:
        json_email = email
    params["email"] = json_email

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
        "url": "/identity/v1/people",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> IdentityPagePersonPublic | IdentityProblemDetail:
    if response.status_code == 200:
        response_200 = IdentityPagePersonPublic.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = IdentityProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = IdentityProblemDetail.from_dict(response.json())



        return response_403

    if response.status_code == 422:
        response_422 = IdentityProblemDetail.from_dict(response.json())



        return response_422

    response_default = IdentityProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[IdentityPagePersonPublic | IdentityProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    org_unit_id: None | str | Unset = UNSET,
    job_function: IdentityJobFunction | None | Unset = UNSET,
    status: IdentityPersonStatus | None | Unset = UNSET,
    email: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[IdentityPagePersonPublic | IdentityProblemDetail]:
    """ List people

     **Needs** a person with role admin or analyst or manager, or an integration client with scope
    people:read or people:write.

    Args:
        org_unit_id (None | str | Unset):
        job_function (IdentityJobFunction | None | Unset):
        status (IdentityPersonStatus | None | Unset):
        email (None | str | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdentityPagePersonPublic | IdentityProblemDetail]
     """


    kwargs = _get_kwargs(
        org_unit_id=org_unit_id,
job_function=job_function,
status=status,
email=email,
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
    org_unit_id: None | str | Unset = UNSET,
    job_function: IdentityJobFunction | None | Unset = UNSET,
    status: IdentityPersonStatus | None | Unset = UNSET,
    email: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> IdentityPagePersonPublic | IdentityProblemDetail | None:
    """ List people

     **Needs** a person with role admin or analyst or manager, or an integration client with scope
    people:read or people:write.

    Args:
        org_unit_id (None | str | Unset):
        job_function (IdentityJobFunction | None | Unset):
        status (IdentityPersonStatus | None | Unset):
        email (None | str | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdentityPagePersonPublic | IdentityProblemDetail
     """


    return sync_detailed(
        client=client,
org_unit_id=org_unit_id,
job_function=job_function,
status=status,
email=email,
limit=limit,
cursor=cursor,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    org_unit_id: None | str | Unset = UNSET,
    job_function: IdentityJobFunction | None | Unset = UNSET,
    status: IdentityPersonStatus | None | Unset = UNSET,
    email: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[IdentityPagePersonPublic | IdentityProblemDetail]:
    """ List people

     **Needs** a person with role admin or analyst or manager, or an integration client with scope
    people:read or people:write.

    Args:
        org_unit_id (None | str | Unset):
        job_function (IdentityJobFunction | None | Unset):
        status (IdentityPersonStatus | None | Unset):
        email (None | str | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdentityPagePersonPublic | IdentityProblemDetail]
     """


    kwargs = _get_kwargs(
        org_unit_id=org_unit_id,
job_function=job_function,
status=status,
email=email,
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
    org_unit_id: None | str | Unset = UNSET,
    job_function: IdentityJobFunction | None | Unset = UNSET,
    status: IdentityPersonStatus | None | Unset = UNSET,
    email: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> IdentityPagePersonPublic | IdentityProblemDetail | None:
    """ List people

     **Needs** a person with role admin or analyst or manager, or an integration client with scope
    people:read or people:write.

    Args:
        org_unit_id (None | str | Unset):
        job_function (IdentityJobFunction | None | Unset):
        status (IdentityPersonStatus | None | Unset):
        email (None | str | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdentityPagePersonPublic | IdentityProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
org_unit_id=org_unit_id,
job_function=job_function,
status=status,
email=email,
limit=limit,
cursor=cursor,
x_request_id=x_request_id,

    )).parsed
