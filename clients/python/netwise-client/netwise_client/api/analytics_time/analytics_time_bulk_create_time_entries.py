from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.analytics_bulk_created import AnalyticsBulkCreated
from ...models.analytics_bulk_time_entries import AnalyticsBulkTimeEntries
from ...models.analytics_problem_detail import AnalyticsProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: AnalyticsBulkTimeEntries,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/analytics/v1/time-entries/bulk",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnalyticsBulkCreated | AnalyticsProblemDetail:
    if response.status_code == 201:
        response_201 = AnalyticsBulkCreated.from_dict(response.json())



        return response_201

    if response.status_code == 401:
        response_401 = AnalyticsProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = AnalyticsProblemDetail.from_dict(response.json())



        return response_403

    if response.status_code == 409:
        response_409 = AnalyticsProblemDetail.from_dict(response.json())



        return response_409

    if response.status_code == 422:
        response_422 = AnalyticsProblemDetail.from_dict(response.json())



        return response_422

    response_default = AnalyticsProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AnalyticsBulkCreated | AnalyticsProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AnalyticsBulkTimeEntries,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsBulkCreated | AnalyticsProblemDetail]:
    """ Record up to 1000 entries at once; all or nothing

     Any bad entry means none is written; `errors` name each one as `entries[i].field`. Send an
    `Idempotency-Key` to retry safely. A date in a locked month (see `/v1/locked-periods`) is refused
    with 409 and the problem type `https://netwise.dev/problems/period-locked`, naming each entry
    concerned; nothing is written.

    **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope time:write.

    Args:
        idempotency_key (str | Unset):
        x_request_id (str | Unset):
        body (AnalyticsBulkTimeEntries):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsBulkCreated | AnalyticsProblemDetail]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: AnalyticsBulkTimeEntries,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsBulkCreated | AnalyticsProblemDetail | None:
    """ Record up to 1000 entries at once; all or nothing

     Any bad entry means none is written; `errors` name each one as `entries[i].field`. Send an
    `Idempotency-Key` to retry safely. A date in a locked month (see `/v1/locked-periods`) is refused
    with 409 and the problem type `https://netwise.dev/problems/period-locked`, naming each entry
    concerned; nothing is written.

    **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope time:write.

    Args:
        idempotency_key (str | Unset):
        x_request_id (str | Unset):
        body (AnalyticsBulkTimeEntries):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsBulkCreated | AnalyticsProblemDetail
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AnalyticsBulkTimeEntries,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsBulkCreated | AnalyticsProblemDetail]:
    """ Record up to 1000 entries at once; all or nothing

     Any bad entry means none is written; `errors` name each one as `entries[i].field`. Send an
    `Idempotency-Key` to retry safely. A date in a locked month (see `/v1/locked-periods`) is refused
    with 409 and the problem type `https://netwise.dev/problems/period-locked`, naming each entry
    concerned; nothing is written.

    **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope time:write.

    Args:
        idempotency_key (str | Unset):
        x_request_id (str | Unset):
        body (AnalyticsBulkTimeEntries):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsBulkCreated | AnalyticsProblemDetail]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AnalyticsBulkTimeEntries,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsBulkCreated | AnalyticsProblemDetail | None:
    """ Record up to 1000 entries at once; all or nothing

     Any bad entry means none is written; `errors` name each one as `entries[i].field`. Send an
    `Idempotency-Key` to retry safely. A date in a locked month (see `/v1/locked-periods`) is refused
    with 409 and the problem type `https://netwise.dev/problems/period-locked`, naming each entry
    concerned; nothing is written.

    **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope time:write.

    Args:
        idempotency_key (str | Unset):
        x_request_id (str | Unset):
        body (AnalyticsBulkTimeEntries):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsBulkCreated | AnalyticsProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,
x_request_id=x_request_id,

    )).parsed
