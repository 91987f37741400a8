from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.advocacy_post_stats_page import AdvocacyPostStatsPage
from ...models.advocacy_problem_detail import AdvocacyProblemDetail
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    from_date: datetime.date | None | Unset = UNSET,
    to_date: datetime.date | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    params: dict[str, Any] = {}

    json_from_date: None | str | Unset
    if isinstance(from_date, Unset):
        json_from_date = UNSET
    elif isinstance(from_date, datetime.date):
        json_from_date = from_date.isoformat()
    else:
        json_from_date = from_date
    params["from_date"] = json_from_date

    json_to_date: None | str | Unset
    if isinstance(to_date, Unset):
        json_to_date = UNSET
    elif isinstance(to_date, datetime.date):
        json_to_date = to_date.isoformat()
    else:
        json_to_date = to_date
    params["to_date"] = json_to_date


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/advocacy/v1/stats/posts",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AdvocacyPostStatsPage | AdvocacyProblemDetail:
    if response.status_code == 200:
        response_200 = AdvocacyPostStatsPage.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = AdvocacyProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = AdvocacyProblemDetail.from_dict(response.json())



        return response_403

    if response.status_code == 422:
        response_422 = AdvocacyProblemDetail.from_dict(response.json())



        return response_422

    response_default = AdvocacyProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AdvocacyPostStatsPage | AdvocacyProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_date: datetime.date | None | Unset = UNSET,
    to_date: datetime.date | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyPostStatsPage | AdvocacyProblemDetail]:
    """ Per post: shares, clicks, potential reach, earned media value (small groups suppressed)

     Shares and clicks count here as soon as they are made. Analytics (KPI values, reports) gets clicks
    per minute: a minute's clicks are sent once the minute is over, by a flush every
    NETWISE_ADVOCACY_CLICK_FLUSH_INTERVAL_SECONDS (15 s by default), so they appear there about 15 s
    after their minute ends.

    **Needs** a person with role admin or analyst or comms or editor or manager.

    Args:
        from_date (datetime.date | None | Unset): First day, in the organisation's time zone,
            inclusive.
        to_date (datetime.date | None | Unset): Last day, in the organisation's time zone,
            inclusive.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyPostStatsPage | AdvocacyProblemDetail]
     """


    kwargs = _get_kwargs(
        from_date=from_date,
to_date=to_date,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    from_date: datetime.date | None | Unset = UNSET,
    to_date: datetime.date | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyPostStatsPage | AdvocacyProblemDetail | None:
    """ Per post: shares, clicks, potential reach, earned media value (small groups suppressed)

     Shares and clicks count here as soon as they are made. Analytics (KPI values, reports) gets clicks
    per minute: a minute's clicks are sent once the minute is over, by a flush every
    NETWISE_ADVOCACY_CLICK_FLUSH_INTERVAL_SECONDS (15 s by default), so they appear there about 15 s
    after their minute ends.

    **Needs** a person with role admin or analyst or comms or editor or manager.

    Args:
        from_date (datetime.date | None | Unset): First day, in the organisation's time zone,
            inclusive.
        to_date (datetime.date | None | Unset): Last day, in the organisation's time zone,
            inclusive.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyPostStatsPage | AdvocacyProblemDetail
     """


    return sync_detailed(
        client=client,
from_date=from_date,
to_date=to_date,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_date: datetime.date | None | Unset = UNSET,
    to_date: datetime.date | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyPostStatsPage | AdvocacyProblemDetail]:
    """ Per post: shares, clicks, potential reach, earned media value (small groups suppressed)

     Shares and clicks count here as soon as they are made. Analytics (KPI values, reports) gets clicks
    per minute: a minute's clicks are sent once the minute is over, by a flush every
    NETWISE_ADVOCACY_CLICK_FLUSH_INTERVAL_SECONDS (15 s by default), so they appear there about 15 s
    after their minute ends.

    **Needs** a person with role admin or analyst or comms or editor or manager.

    Args:
        from_date (datetime.date | None | Unset): First day, in the organisation's time zone,
            inclusive.
        to_date (datetime.date | None | Unset): Last day, in the organisation's time zone,
            inclusive.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyPostStatsPage | AdvocacyProblemDetail]
     """


    kwargs = _get_kwargs(
        from_date=from_date,
to_date=to_date,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    from_date: datetime.date | None | Unset = UNSET,
    to_date: datetime.date | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyPostStatsPage | AdvocacyProblemDetail | None:
    """ Per post: shares, clicks, potential reach, earned media value (small groups suppressed)

     Shares and clicks count here as soon as they are made. Analytics (KPI values, reports) gets clicks
    per minute: a minute's clicks are sent once the minute is over, by a flush every
    NETWISE_ADVOCACY_CLICK_FLUSH_INTERVAL_SECONDS (15 s by default), so they appear there about 15 s
    after their minute ends.

    **Needs** a person with role admin or analyst or comms or editor or manager.

    Args:
        from_date (datetime.date | None | Unset): First day, in the organisation's time zone,
            inclusive.
        to_date (datetime.date | None | Unset): Last day, in the organisation's time zone,
            inclusive.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyPostStatsPage | AdvocacyProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
from_date=from_date,
to_date=to_date,
x_request_id=x_request_id,

    )).parsed
