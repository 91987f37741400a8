from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.analytics_linked_report import AnalyticsLinkedReport
from ...models.analytics_problem_detail import AnalyticsProblemDetail
from ...models.analytics_reports_linked_report_period import AnalyticsReportsLinkedReportPeriod
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    period: AnalyticsReportsLinkedReportPeriod | Unset = AnalyticsReportsLinkedReportPeriod.MONTH,
    on: datetime.date | None | Unset = UNSET,
    previous: int | Unset = 2,
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


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analytics/v1/reports/linked",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnalyticsLinkedReport | AnalyticsProblemDetail:
    if response.status_code == 200:
        response_200 = AnalyticsLinkedReport.from_dict(response.json())



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



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AnalyticsLinkedReport | AnalyticsProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    period: AnalyticsReportsLinkedReportPeriod | Unset = AnalyticsReportsLinkedReportPeriod.MONTH,
    on: datetime.date | None | Unset = UNSET,
    previous: int | Unset = 2,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsLinkedReport | AnalyticsProblemDetail]:
    """ Per unit and period: training → ambassador activity → minutes and cost → KPI results, with the trend
    and findings computed from the numbers

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        period (AnalyticsReportsLinkedReportPeriod | Unset): Calendar months or quarters. Default:
            AnalyticsReportsLinkedReportPeriod.MONTH.
        on (datetime.date | None | Unset): A day of the period reported on (default: today).
        previous (int | Unset): Periods before it, for the trend. Default: 2.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsLinkedReport | AnalyticsProblemDetail]
     """


    kwargs = _get_kwargs(
        period=period,
on=on,
previous=previous,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    period: AnalyticsReportsLinkedReportPeriod | Unset = AnalyticsReportsLinkedReportPeriod.MONTH,
    on: datetime.date | None | Unset = UNSET,
    previous: int | Unset = 2,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsLinkedReport | AnalyticsProblemDetail | None:
    """ Per unit and period: training → ambassador activity → minutes and cost → KPI results, with the trend
    and findings computed from the numbers

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        period (AnalyticsReportsLinkedReportPeriod | Unset): Calendar months or quarters. Default:
            AnalyticsReportsLinkedReportPeriod.MONTH.
        on (datetime.date | None | Unset): A day of the period reported on (default: today).
        previous (int | Unset): Periods before it, for the trend. Default: 2.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsLinkedReport | AnalyticsProblemDetail
     """


    return sync_detailed(
        client=client,
period=period,
on=on,
previous=previous,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    period: AnalyticsReportsLinkedReportPeriod | Unset = AnalyticsReportsLinkedReportPeriod.MONTH,
    on: datetime.date | None | Unset = UNSET,
    previous: int | Unset = 2,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsLinkedReport | AnalyticsProblemDetail]:
    """ Per unit and period: training → ambassador activity → minutes and cost → KPI results, with the trend
    and findings computed from the numbers

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        period (AnalyticsReportsLinkedReportPeriod | Unset): Calendar months or quarters. Default:
            AnalyticsReportsLinkedReportPeriod.MONTH.
        on (datetime.date | None | Unset): A day of the period reported on (default: today).
        previous (int | Unset): Periods before it, for the trend. Default: 2.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsLinkedReport | AnalyticsProblemDetail]
     """


    kwargs = _get_kwargs(
        period=period,
on=on,
previous=previous,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    period: AnalyticsReportsLinkedReportPeriod | Unset = AnalyticsReportsLinkedReportPeriod.MONTH,
    on: datetime.date | None | Unset = UNSET,
    previous: int | Unset = 2,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsLinkedReport | AnalyticsProblemDetail | None:
    """ Per unit and period: training → ambassador activity → minutes and cost → KPI results, with the trend
    and findings computed from the numbers

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        period (AnalyticsReportsLinkedReportPeriod | Unset): Calendar months or quarters. Default:
            AnalyticsReportsLinkedReportPeriod.MONTH.
        on (datetime.date | None | Unset): A day of the period reported on (default: today).
        previous (int | Unset): Periods before it, for the trend. Default: 2.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsLinkedReport | AnalyticsProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
period=period,
on=on,
previous=previous,
x_request_id=x_request_id,

    )).parsed
