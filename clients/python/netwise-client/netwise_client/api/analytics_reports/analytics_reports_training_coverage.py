from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.analytics_coverage_report import AnalyticsCoverageReport
from ...models.analytics_problem_detail import AnalyticsProblemDetail
from ...models.analytics_reports_training_coverage_format_type_0 import AnalyticsReportsTrainingCoverageFormatType0
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    certification_key: None | str | Unset = UNSET,
    format_: AnalyticsReportsTrainingCoverageFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    params: dict[str, Any] = {}

    json_certification_key: None | str | Unset
    if isinstance(certification_key, Unset):
        json_certification_key = UNSET
    else:
        json_certification_key = certification_key
    params["certification_key"] = json_certification_key

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, AnalyticsReportsTrainingCoverageFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analytics/v1/reports/training-coverage",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnalyticsCoverageReport | AnalyticsProblemDetail:
    if response.status_code == 200:
        response_200 = AnalyticsCoverageReport.from_dict(response.json())



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



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AnalyticsCoverageReport | AnalyticsProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    certification_key: None | str | Unset = UNSET,
    format_: AnalyticsReportsTrainingCoverageFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsCoverageReport | AnalyticsProblemDetail]:
    """ Per unit: people with a valid certification / headcount

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        certification_key (None | str | Unset):
        format_ (AnalyticsReportsTrainingCoverageFormatType0 | None | Unset): `csv` for a CSV
            file; otherwise the Accept header decides.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsCoverageReport | AnalyticsProblemDetail]
     """


    kwargs = _get_kwargs(
        certification_key=certification_key,
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
    certification_key: None | str | Unset = UNSET,
    format_: AnalyticsReportsTrainingCoverageFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsCoverageReport | AnalyticsProblemDetail | None:
    """ Per unit: people with a valid certification / headcount

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        certification_key (None | str | Unset):
        format_ (AnalyticsReportsTrainingCoverageFormatType0 | None | Unset): `csv` for a CSV
            file; otherwise the Accept header decides.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsCoverageReport | AnalyticsProblemDetail
     """


    return sync_detailed(
        client=client,
certification_key=certification_key,
format_=format_,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    certification_key: None | str | Unset = UNSET,
    format_: AnalyticsReportsTrainingCoverageFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsCoverageReport | AnalyticsProblemDetail]:
    """ Per unit: people with a valid certification / headcount

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        certification_key (None | str | Unset):
        format_ (AnalyticsReportsTrainingCoverageFormatType0 | None | Unset): `csv` for a CSV
            file; otherwise the Accept header decides.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsCoverageReport | AnalyticsProblemDetail]
     """


    kwargs = _get_kwargs(
        certification_key=certification_key,
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
    certification_key: None | str | Unset = UNSET,
    format_: AnalyticsReportsTrainingCoverageFormatType0 | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsCoverageReport | AnalyticsProblemDetail | None:
    """ Per unit: people with a valid certification / headcount

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope kpis:write or reports:read or time:write.

    Args:
        certification_key (None | str | Unset):
        format_ (AnalyticsReportsTrainingCoverageFormatType0 | None | Unset): `csv` for a CSV
            file; otherwise the Accept header decides.
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsCoverageReport | AnalyticsProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
certification_key=certification_key,
format_=format_,
x_request_id=x_request_id,

    )).parsed
