from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.analytics_problem_detail import AnalyticsProblemDetail
from ...models.analytics_reports_leadership_report_format_type_0 import AnalyticsReportsLeadershipReportFormatType0
from ...models.analytics_reports_leadership_report_period import AnalyticsReportsLeadershipReportPeriod
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    period: AnalyticsReportsLeadershipReportPeriod | Unset = AnalyticsReportsLeadershipReportPeriod.MONTH,
    on: datetime.date | None | Unset = UNSET,
    previous: int | Unset = 2,
    format_: AnalyticsReportsLeadershipReportFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    params: dict[str, Any] = {}

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    json_on: None | str | Unset
    if isinstance(on, Unset):
        json_on = UNSET
    elif isinstance(on, datetime.date):
        json_on = on.isoformat()
    else:
        json_on = on
    params["on"] = json_on

    params["previous"] = previous

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, AnalyticsReportsLeadershipReportFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analytics/v1/reports/leadership",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnalyticsProblemDetail | str:
    if response.status_code == 200:
        response_200 = response.text
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



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AnalyticsProblemDetail | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    period: AnalyticsReportsLeadershipReportPeriod | Unset = AnalyticsReportsLeadershipReportPeriod.MONTH,
    on: datetime.date | None | Unset = UNSET,
    previous: int | Unset = 2,
    format_: AnalyticsReportsLeadershipReportFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsProblemDetail | str]:
    """ The leadership report: the linked view with charts, as a page or a PDF, in the reader's language

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        period (AnalyticsReportsLeadershipReportPeriod | Unset): Calendar months or quarters.
            Default: AnalyticsReportsLeadershipReportPeriod.MONTH.
        on (datetime.date | None | Unset): A day of the period reported on (default: today).
        previous (int | Unset): Periods before it, for the trend. Default: 2.
        format_ (AnalyticsReportsLeadershipReportFormatType0 | None | Unset): Overrides `Accept`.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsProblemDetail | str]
     """


    kwargs = _get_kwargs(
        period=period,
on=on,
previous=previous,
format_=format_,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    period: AnalyticsReportsLeadershipReportPeriod | Unset = AnalyticsReportsLeadershipReportPeriod.MONTH,
    on: datetime.date | None | Unset = UNSET,
    previous: int | Unset = 2,
    format_: AnalyticsReportsLeadershipReportFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsProblemDetail | str | None:
    """ The leadership report: the linked view with charts, as a page or a PDF, in the reader's language

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        period (AnalyticsReportsLeadershipReportPeriod | Unset): Calendar months or quarters.
            Default: AnalyticsReportsLeadershipReportPeriod.MONTH.
        on (datetime.date | None | Unset): A day of the period reported on (default: today).
        previous (int | Unset): Periods before it, for the trend. Default: 2.
        format_ (AnalyticsReportsLeadershipReportFormatType0 | None | Unset): Overrides `Accept`.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsProblemDetail | str
     """


    return sync_detailed(
        client=client,
period=period,
on=on,
previous=previous,
format_=format_,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    period: AnalyticsReportsLeadershipReportPeriod | Unset = AnalyticsReportsLeadershipReportPeriod.MONTH,
    on: datetime.date | None | Unset = UNSET,
    previous: int | Unset = 2,
    format_: AnalyticsReportsLeadershipReportFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsProblemDetail | str]:
    """ The leadership report: the linked view with charts, as a page or a PDF, in the reader's language

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        period (AnalyticsReportsLeadershipReportPeriod | Unset): Calendar months or quarters.
            Default: AnalyticsReportsLeadershipReportPeriod.MONTH.
        on (datetime.date | None | Unset): A day of the period reported on (default: today).
        previous (int | Unset): Periods before it, for the trend. Default: 2.
        format_ (AnalyticsReportsLeadershipReportFormatType0 | None | Unset): Overrides `Accept`.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsProblemDetail | str]
     """


    kwargs = _get_kwargs(
        period=period,
on=on,
previous=previous,
format_=format_,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    period: AnalyticsReportsLeadershipReportPeriod | Unset = AnalyticsReportsLeadershipReportPeriod.MONTH,
    on: datetime.date | None | Unset = UNSET,
    previous: int | Unset = 2,
    format_: AnalyticsReportsLeadershipReportFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsProblemDetail | str | None:
    """ The leadership report: the linked view with charts, as a page or a PDF, in the reader's language

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        period (AnalyticsReportsLeadershipReportPeriod | Unset): Calendar months or quarters.
            Default: AnalyticsReportsLeadershipReportPeriod.MONTH.
        on (datetime.date | None | Unset): A day of the period reported on (default: today).
        previous (int | Unset): Periods before it, for the trend. Default: 2.
        format_ (AnalyticsReportsLeadershipReportFormatType0 | None | Unset): Overrides `Accept`.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsProblemDetail | str
     """


    return (await asyncio_detailed(
        client=client,
period=period,
on=on,
previous=previous,
format_=format_,
x_request_id=x_request_id,

    )).parsed
