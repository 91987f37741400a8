from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.analytics_problem_detail import AnalyticsProblemDetail
from ...models.analytics_studies_study_report_format_type_0 import AnalyticsStudiesStudyReportFormatType0
from ...models.analytics_study_report import AnalyticsStudyReport
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    study_id: str,
    *,
    format_: AnalyticsStudiesStudyReportFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    params: dict[str, Any] = {}

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, AnalyticsStudiesStudyReportFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analytics/v1/studies/{study_id}/report".format(study_id=quote(str(study_id), safe=""),),
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnalyticsProblemDetail | AnalyticsStudyReport:
    if response.status_code == 200:
        response_200 = AnalyticsStudyReport.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = AnalyticsProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = AnalyticsProblemDetail.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = AnalyticsProblemDetail.from_dict(response.json())



        return response_404

    if response.status_code == 422:
        response_422 = AnalyticsProblemDetail.from_dict(response.json())



        return response_422

    response_default = AnalyticsProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AnalyticsProblemDetail | AnalyticsStudyReport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    study_id: str,
    *,
    client: AuthenticatedClient,
    format_: AnalyticsStudiesStudyReportFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsProblemDetail | AnalyticsStudyReport]:
    """ Minutes, share of time and cost per category and unit over the study

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        study_id (str):
        format_ (AnalyticsStudiesStudyReportFormatType0 | None | Unset): `csv` for a CSV file;
            otherwise the Accept header decides.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsProblemDetail | AnalyticsStudyReport]
     """


    kwargs = _get_kwargs(
        study_id=study_id,
format_=format_,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    study_id: str,
    *,
    client: AuthenticatedClient,
    format_: AnalyticsStudiesStudyReportFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsProblemDetail | AnalyticsStudyReport | None:
    """ Minutes, share of time and cost per category and unit over the study

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        study_id (str):
        format_ (AnalyticsStudiesStudyReportFormatType0 | None | Unset): `csv` for a CSV file;
            otherwise the Accept header decides.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsProblemDetail | AnalyticsStudyReport
     """


    return sync_detailed(
        study_id=study_id,
client=client,
format_=format_,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    study_id: str,
    *,
    client: AuthenticatedClient,
    format_: AnalyticsStudiesStudyReportFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsProblemDetail | AnalyticsStudyReport]:
    """ Minutes, share of time and cost per category and unit over the study

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        study_id (str):
        format_ (AnalyticsStudiesStudyReportFormatType0 | None | Unset): `csv` for a CSV file;
            otherwise the Accept header decides.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsProblemDetail | AnalyticsStudyReport]
     """


    kwargs = _get_kwargs(
        study_id=study_id,
format_=format_,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    study_id: str,
    *,
    client: AuthenticatedClient,
    format_: AnalyticsStudiesStudyReportFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsProblemDetail | AnalyticsStudyReport | None:
    """ Minutes, share of time and cost per category and unit over the study

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        study_id (str):
        format_ (AnalyticsStudiesStudyReportFormatType0 | None | Unset): `csv` for a CSV file;
            otherwise the Accept header decides.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsProblemDetail | AnalyticsStudyReport
     """


    return (await asyncio_detailed(
        study_id=study_id,
client=client,
format_=format_,
x_request_id=x_request_id,

    )).parsed
