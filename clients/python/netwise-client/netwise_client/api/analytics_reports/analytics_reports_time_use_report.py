from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.analytics_activity import AnalyticsActivity
from ...models.analytics_channel import AnalyticsChannel
from ...models.analytics_group_by import AnalyticsGroupBy
from ...models.analytics_job_function import AnalyticsJobFunction
from ...models.analytics_problem_detail import AnalyticsProblemDetail
from ...models.analytics_reports_time_use_report_format_type_0 import AnalyticsReportsTimeUseReportFormatType0
from ...models.analytics_time_use_report import AnalyticsTimeUseReport
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    group_by: list[AnalyticsGroupBy] | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    person_id: None | str | Unset = UNSET,
    unit_id: None | str | Unset = UNSET,
    job_function: AnalyticsJobFunction | None | Unset = UNSET,
    channel: AnalyticsChannel | None | Unset = UNSET,
    activity: AnalyticsActivity | None | Unset = UNSET,
    format_: AnalyticsReportsTimeUseReportFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    params: dict[str, Any] = {}

    json_group_by: list[str] | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = []
        for group_by_item_data in group_by:
            group_by_item = group_by_item_data.value
            json_group_by.append(group_by_item)


    params["group_by"] = json_group_by

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

    json_person_id: None | str | Unset
    if isinstance(person_id, Unset):
        json_person_id = UNSET
    else:
        json_person_id = person_id
    params["person_id"] = json_person_id

    json_unit_id: None | str | Unset
    if isinstance(unit_id, Unset):
        json_unit_id = UNSET
    else:
        json_unit_id = unit_id
    params["unit_id"] = json_unit_id

    json_job_function: None | str | Unset
    if isinstance(job_function, Unset):
        json_job_function = UNSET
    elif isinstance(job_function, AnalyticsJobFunction):
        json_job_function = job_function.value
    else:
        json_job_function = job_function
    params["job_function"] = json_job_function

    json_channel: None | str | Unset
    if isinstance(channel, Unset):
        json_channel = UNSET
    elif isinstance(channel, AnalyticsChannel):
        json_channel = channel.value
    else:
        json_channel = channel
    params["channel"] = json_channel

    json_activity: None | str | Unset
    if isinstance(activity, Unset):
        json_activity = UNSET
    elif isinstance(activity, AnalyticsActivity):
        json_activity = activity.value
    else:
        json_activity = activity
    params["activity"] = json_activity

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, AnalyticsReportsTimeUseReportFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analytics/v1/reports/time-use",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnalyticsProblemDetail | AnalyticsTimeUseReport:
    if response.status_code == 200:
        response_200 = AnalyticsTimeUseReport.from_dict(response.json())



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



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AnalyticsProblemDetail | AnalyticsTimeUseReport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    group_by: list[AnalyticsGroupBy] | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    person_id: None | str | Unset = UNSET,
    unit_id: None | str | Unset = UNSET,
    job_function: AnalyticsJobFunction | None | Unset = UNSET,
    channel: AnalyticsChannel | None | Unset = UNSET,
    activity: AnalyticsActivity | None | Unset = UNSET,
    format_: AnalyticsReportsTimeUseReportFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsProblemDetail | AnalyticsTimeUseReport]:
    """ Minutes and cost grouped by any of unit, job function, person (own only), channel, activity,
    category, day, week, month

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        group_by (list[AnalyticsGroupBy] | Unset):
        from_ (datetime.date | None | Unset): First day (default: start of this month).
        to (datetime.date | None | Unset): Last day, included (default: today).
        person_id (None | str | Unset): `me` for your own time (no suppression).
        unit_id (None | str | Unset): The unit and every unit below it.
        job_function (AnalyticsJobFunction | None | Unset):
        channel (AnalyticsChannel | None | Unset):
        activity (AnalyticsActivity | None | Unset):
        format_ (AnalyticsReportsTimeUseReportFormatType0 | None | Unset): `csv` for a CSV file;
            otherwise the Accept header decides.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsProblemDetail | AnalyticsTimeUseReport]
     """


    kwargs = _get_kwargs(
        group_by=group_by,
from_=from_,
to=to,
person_id=person_id,
unit_id=unit_id,
job_function=job_function,
channel=channel,
activity=activity,
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
    group_by: list[AnalyticsGroupBy] | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    person_id: None | str | Unset = UNSET,
    unit_id: None | str | Unset = UNSET,
    job_function: AnalyticsJobFunction | None | Unset = UNSET,
    channel: AnalyticsChannel | None | Unset = UNSET,
    activity: AnalyticsActivity | None | Unset = UNSET,
    format_: AnalyticsReportsTimeUseReportFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsProblemDetail | AnalyticsTimeUseReport | None:
    """ Minutes and cost grouped by any of unit, job function, person (own only), channel, activity,
    category, day, week, month

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        group_by (list[AnalyticsGroupBy] | Unset):
        from_ (datetime.date | None | Unset): First day (default: start of this month).
        to (datetime.date | None | Unset): Last day, included (default: today).
        person_id (None | str | Unset): `me` for your own time (no suppression).
        unit_id (None | str | Unset): The unit and every unit below it.
        job_function (AnalyticsJobFunction | None | Unset):
        channel (AnalyticsChannel | None | Unset):
        activity (AnalyticsActivity | None | Unset):
        format_ (AnalyticsReportsTimeUseReportFormatType0 | None | Unset): `csv` for a CSV file;
            otherwise the Accept header decides.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsProblemDetail | AnalyticsTimeUseReport
     """


    return sync_detailed(
        client=client,
group_by=group_by,
from_=from_,
to=to,
person_id=person_id,
unit_id=unit_id,
job_function=job_function,
channel=channel,
activity=activity,
format_=format_,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    group_by: list[AnalyticsGroupBy] | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    person_id: None | str | Unset = UNSET,
    unit_id: None | str | Unset = UNSET,
    job_function: AnalyticsJobFunction | None | Unset = UNSET,
    channel: AnalyticsChannel | None | Unset = UNSET,
    activity: AnalyticsActivity | None | Unset = UNSET,
    format_: AnalyticsReportsTimeUseReportFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsProblemDetail | AnalyticsTimeUseReport]:
    """ Minutes and cost grouped by any of unit, job function, person (own only), channel, activity,
    category, day, week, month

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        group_by (list[AnalyticsGroupBy] | Unset):
        from_ (datetime.date | None | Unset): First day (default: start of this month).
        to (datetime.date | None | Unset): Last day, included (default: today).
        person_id (None | str | Unset): `me` for your own time (no suppression).
        unit_id (None | str | Unset): The unit and every unit below it.
        job_function (AnalyticsJobFunction | None | Unset):
        channel (AnalyticsChannel | None | Unset):
        activity (AnalyticsActivity | None | Unset):
        format_ (AnalyticsReportsTimeUseReportFormatType0 | None | Unset): `csv` for a CSV file;
            otherwise the Accept header decides.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsProblemDetail | AnalyticsTimeUseReport]
     """


    kwargs = _get_kwargs(
        group_by=group_by,
from_=from_,
to=to,
person_id=person_id,
unit_id=unit_id,
job_function=job_function,
channel=channel,
activity=activity,
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
    group_by: list[AnalyticsGroupBy] | Unset = UNSET,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    person_id: None | str | Unset = UNSET,
    unit_id: None | str | Unset = UNSET,
    job_function: AnalyticsJobFunction | None | Unset = UNSET,
    channel: AnalyticsChannel | None | Unset = UNSET,
    activity: AnalyticsActivity | None | Unset = UNSET,
    format_: AnalyticsReportsTimeUseReportFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsProblemDetail | AnalyticsTimeUseReport | None:
    """ Minutes and cost grouped by any of unit, job function, person (own only), channel, activity,
    category, day, week, month

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        group_by (list[AnalyticsGroupBy] | Unset):
        from_ (datetime.date | None | Unset): First day (default: start of this month).
        to (datetime.date | None | Unset): Last day, included (default: today).
        person_id (None | str | Unset): `me` for your own time (no suppression).
        unit_id (None | str | Unset): The unit and every unit below it.
        job_function (AnalyticsJobFunction | None | Unset):
        channel (AnalyticsChannel | None | Unset):
        activity (AnalyticsActivity | None | Unset):
        format_ (AnalyticsReportsTimeUseReportFormatType0 | None | Unset): `csv` for a CSV file;
            otherwise the Accept header decides.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsProblemDetail | AnalyticsTimeUseReport
     """


    return (await asyncio_detailed(
        client=client,
group_by=group_by,
from_=from_,
to=to,
person_id=person_id,
unit_id=unit_id,
job_function=job_function,
channel=channel,
activity=activity,
format_=format_,
x_request_id=x_request_id,

    )).parsed
