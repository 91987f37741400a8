from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.analytics_kpi_public import AnalyticsKpiPublic
from ...models.analytics_problem_detail import AnalyticsProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    key: str,
    *,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analytics/v1/kpis/{key}".format(key=quote(str(key), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnalyticsKpiPublic | AnalyticsProblemDetail:
    if response.status_code == 200:
        response_200 = AnalyticsKpiPublic.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = AnalyticsProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 404:
        response_404 = AnalyticsProblemDetail.from_dict(response.json())



        return response_404

    if response.status_code == 422:
        response_422 = AnalyticsProblemDetail.from_dict(response.json())



        return response_422

    response_default = AnalyticsProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AnalyticsKpiPublic | AnalyticsProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    key: str,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsKpiPublic | AnalyticsProblemDetail]:
    """ One KPI and its formula

     **Needs** a token of the organisation: any person or integration client.

    Args:
        key (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsKpiPublic | AnalyticsProblemDetail]
     """


    kwargs = _get_kwargs(
        key=key,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    key: str,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsKpiPublic | AnalyticsProblemDetail | None:
    """ One KPI and its formula

     **Needs** a token of the organisation: any person or integration client.

    Args:
        key (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsKpiPublic | AnalyticsProblemDetail
     """


    return sync_detailed(
        key=key,
client=client,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    key: str,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsKpiPublic | AnalyticsProblemDetail]:
    """ One KPI and its formula

     **Needs** a token of the organisation: any person or integration client.

    Args:
        key (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsKpiPublic | AnalyticsProblemDetail]
     """


    kwargs = _get_kwargs(
        key=key,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    key: str,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsKpiPublic | AnalyticsProblemDetail | None:
    """ One KPI and its formula

     **Needs** a token of the organisation: any person or integration client.

    Args:
        key (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsKpiPublic | AnalyticsProblemDetail
     """


    return (await asyncio_detailed(
        key=key,
client=client,
x_request_id=x_request_id,

    )).parsed
