from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.analytics_person_cap_status import AnalyticsPersonCapStatus
from ...models.analytics_problem_detail import AnalyticsProblemDetail
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    date: datetime.date | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    params: dict[str, Any] = {}

    json_date: None | str | Unset
    if isinstance(date, Unset):
        json_date = UNSET
    elif isinstance(date, datetime.date):
        json_date = date.isoformat()
    else:
        json_date = date
    params["date"] = json_date


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analytics/v1/caps/status/me",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnalyticsProblemDetail | list[AnalyticsPersonCapStatus]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = AnalyticsPersonCapStatus.from_dict(response_200_item_data)



            response_200.append(response_200_item)

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



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AnalyticsProblemDetail | list[AnalyticsPersonCapStatus]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    date: datetime.date | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsProblemDetail | list[AnalyticsPersonCapStatus]]:
    """ Your status against every cap on you

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager.

    Args:
        date (datetime.date | None | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsProblemDetail | list[AnalyticsPersonCapStatus]]
     """


    kwargs = _get_kwargs(
        date=date,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    date: datetime.date | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsProblemDetail | list[AnalyticsPersonCapStatus] | None:
    """ Your status against every cap on you

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager.

    Args:
        date (datetime.date | None | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsProblemDetail | list[AnalyticsPersonCapStatus]
     """


    return sync_detailed(
        client=client,
date=date,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    date: datetime.date | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsProblemDetail | list[AnalyticsPersonCapStatus]]:
    """ Your status against every cap on you

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager.

    Args:
        date (datetime.date | None | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsProblemDetail | list[AnalyticsPersonCapStatus]]
     """


    kwargs = _get_kwargs(
        date=date,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    date: datetime.date | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsProblemDetail | list[AnalyticsPersonCapStatus] | None:
    """ Your status against every cap on you

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager.

    Args:
        date (datetime.date | None | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsProblemDetail | list[AnalyticsPersonCapStatus]
     """


    return (await asyncio_detailed(
        client=client,
date=date,
x_request_id=x_request_id,

    )).parsed
