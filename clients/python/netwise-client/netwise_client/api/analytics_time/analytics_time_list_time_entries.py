from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.analytics_page_time_entry_public import AnalyticsPageTimeEntryPublic
from ...models.analytics_problem_detail import AnalyticsProblemDetail
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    person_id: None | str | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    params: dict[str, Any] = {}

    json_person_id: None | str | Unset
    if isinstance(person_id, Unset):
        json_person_id = UNSET
    else:
        json_person_id = person_id
    params["person_id"] = json_person_id

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.date):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.date):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

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
        "url": "/analytics/v1/time-entries",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnalyticsPageTimeEntryPublic | AnalyticsProblemDetail:
    if response.status_code == 200:
        response_200 = AnalyticsPageTimeEntryPublic.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = AnalyticsProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = AnalyticsProblemDetail.from_dict(response.json())



        return response_403

    if response.status_code == 422:
        response_422 = AnalyticsProblemDetail.from_dict(response.json())



        return response_422

    response_default = AnalyticsProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AnalyticsPageTimeEntryPublic | AnalyticsProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    person_id: None | str | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsPageTimeEntryPublic | AnalyticsProblemDetail]:
    """ List time entries: your own, or, for an integration, anyone's in its organisation

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope time:write.

    Args:
        person_id (None | str | Unset): `me` or your id; integrations: any.
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsPageTimeEntryPublic | AnalyticsProblemDetail]
     """


    kwargs = _get_kwargs(
        person_id=person_id,
from_=from_,
to=to,
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
    person_id: None | str | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsPageTimeEntryPublic | AnalyticsProblemDetail | None:
    """ List time entries: your own, or, for an integration, anyone's in its organisation

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope time:write.

    Args:
        person_id (None | str | Unset): `me` or your id; integrations: any.
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsPageTimeEntryPublic | AnalyticsProblemDetail
     """


    return sync_detailed(
        client=client,
person_id=person_id,
from_=from_,
to=to,
limit=limit,
cursor=cursor,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    person_id: None | str | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsPageTimeEntryPublic | AnalyticsProblemDetail]:
    """ List time entries: your own, or, for an integration, anyone's in its organisation

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope time:write.

    Args:
        person_id (None | str | Unset): `me` or your id; integrations: any.
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsPageTimeEntryPublic | AnalyticsProblemDetail]
     """


    kwargs = _get_kwargs(
        person_id=person_id,
from_=from_,
to=to,
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
    person_id: None | str | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsPageTimeEntryPublic | AnalyticsProblemDetail | None:
    """ List time entries: your own, or, for an integration, anyone's in its organisation

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope time:write.

    Args:
        person_id (None | str | Unset): `me` or your id; integrations: any.
        from_ (datetime.date | None | Unset):
        to (datetime.date | None | Unset):
        limit (int | Unset): Items per page. Default: 50.
        cursor (None | str | Unset): `next_cursor` of the previous page.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsPageTimeEntryPublic | AnalyticsProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
person_id=person_id,
from_=from_,
to=to,
limit=limit,
cursor=cursor,
x_request_id=x_request_id,

    )).parsed
