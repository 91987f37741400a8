from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.analytics_cost_per_result_report import AnalyticsCostPerResultReport
from ...models.analytics_problem_detail import AnalyticsProblemDetail
from ...models.analytics_reports_cost_per_result_format_type_0 import AnalyticsReportsCostPerResultFormatType0
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    kpi_key: str,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    include_ad_spend: bool | Unset = True,
    format_: AnalyticsReportsCostPerResultFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    params: dict[str, Any] = {}

    params["kpi_key"] = kpi_key

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

    params["include_ad_spend"] = include_ad_spend

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, AnalyticsReportsCostPerResultFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analytics/v1/reports/cost-per-result",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnalyticsCostPerResultReport | AnalyticsProblemDetail:
    if response.status_code == 200:
        response_200 = AnalyticsCostPerResultReport.from_dict(response.json())



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



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AnalyticsCostPerResultReport | AnalyticsProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kpi_key: str,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    include_ad_spend: bool | Unset = True,
    format_: AnalyticsReportsCostPerResultFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsCostPerResultReport | AnalyticsProblemDetail]:
    """ Per channel: cost of time (plus ad spend if chosen) divided by a KPI's measured results

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        kpi_key (str):
        from_ (datetime.date | None | Unset): First day (default: start of this month).
        to (datetime.date | None | Unset): Last day, included (default: today).
        include_ad_spend (bool | Unset):  Default: True.
        format_ (AnalyticsReportsCostPerResultFormatType0 | None | Unset): `csv` for a CSV file;
            otherwise the Accept header decides.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsCostPerResultReport | AnalyticsProblemDetail]
     """


    kwargs = _get_kwargs(
        kpi_key=kpi_key,
from_=from_,
to=to,
include_ad_spend=include_ad_spend,
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
    kpi_key: str,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    include_ad_spend: bool | Unset = True,
    format_: AnalyticsReportsCostPerResultFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsCostPerResultReport | AnalyticsProblemDetail | None:
    """ Per channel: cost of time (plus ad spend if chosen) divided by a KPI's measured results

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        kpi_key (str):
        from_ (datetime.date | None | Unset): First day (default: start of this month).
        to (datetime.date | None | Unset): Last day, included (default: today).
        include_ad_spend (bool | Unset):  Default: True.
        format_ (AnalyticsReportsCostPerResultFormatType0 | None | Unset): `csv` for a CSV file;
            otherwise the Accept header decides.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsCostPerResultReport | AnalyticsProblemDetail
     """


    return sync_detailed(
        client=client,
kpi_key=kpi_key,
from_=from_,
to=to,
include_ad_spend=include_ad_spend,
format_=format_,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kpi_key: str,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    include_ad_spend: bool | Unset = True,
    format_: AnalyticsReportsCostPerResultFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsCostPerResultReport | AnalyticsProblemDetail]:
    """ Per channel: cost of time (plus ad spend if chosen) divided by a KPI's measured results

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        kpi_key (str):
        from_ (datetime.date | None | Unset): First day (default: start of this month).
        to (datetime.date | None | Unset): Last day, included (default: today).
        include_ad_spend (bool | Unset):  Default: True.
        format_ (AnalyticsReportsCostPerResultFormatType0 | None | Unset): `csv` for a CSV file;
            otherwise the Accept header decides.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsCostPerResultReport | AnalyticsProblemDetail]
     """


    kwargs = _get_kwargs(
        kpi_key=kpi_key,
from_=from_,
to=to,
include_ad_spend=include_ad_spend,
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
    kpi_key: str,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    include_ad_spend: bool | Unset = True,
    format_: AnalyticsReportsCostPerResultFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsCostPerResultReport | AnalyticsProblemDetail | None:
    """ Per channel: cost of time (plus ad spend if chosen) divided by a KPI's measured results

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        kpi_key (str):
        from_ (datetime.date | None | Unset): First day (default: start of this month).
        to (datetime.date | None | Unset): Last day, included (default: today).
        include_ad_spend (bool | Unset):  Default: True.
        format_ (AnalyticsReportsCostPerResultFormatType0 | None | Unset): `csv` for a CSV file;
            otherwise the Accept header decides.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsCostPerResultReport | AnalyticsProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
kpi_key=kpi_key,
from_=from_,
to=to,
include_ad_spend=include_ad_spend,
format_=format_,
x_request_id=x_request_id,

    )).parsed
