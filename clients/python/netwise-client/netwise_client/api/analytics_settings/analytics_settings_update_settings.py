from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.analytics_problem_detail import AnalyticsProblemDetail
from ...models.analytics_settings_public import AnalyticsSettingsPublic
from ...models.analytics_settings_update import AnalyticsSettingsUpdate
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: AnalyticsSettingsUpdate,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/analytics/v1/settings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnalyticsProblemDetail | AnalyticsSettingsPublic:
    if response.status_code == 200:
        response_200 = AnalyticsSettingsPublic.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = AnalyticsProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = AnalyticsProblemDetail.from_dict(response.json())



        return response_403

    if response.status_code == 409:
        response_409 = AnalyticsProblemDetail.from_dict(response.json())



        return response_409

    if response.status_code == 412:
        response_412 = AnalyticsProblemDetail.from_dict(response.json())



        return response_412

    if response.status_code == 422:
        response_422 = AnalyticsProblemDetail.from_dict(response.json())



        return response_422

    response_default = AnalyticsProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AnalyticsProblemDetail | AnalyticsSettingsPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AnalyticsSettingsUpdate,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsProblemDetail | AnalyticsSettingsPublic]:
    """ Change the mapping or the target

     Earned media values are set in advocacy's programme (PUT /advocacy/v1/programme).

    **Needs** a person with role admin or analyst.

    Args:
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (AnalyticsSettingsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsProblemDetail | AnalyticsSettingsPublic]
     """


    kwargs = _get_kwargs(
        body=body,
if_match=if_match,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: AnalyticsSettingsUpdate,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsProblemDetail | AnalyticsSettingsPublic | None:
    """ Change the mapping or the target

     Earned media values are set in advocacy's programme (PUT /advocacy/v1/programme).

    **Needs** a person with role admin or analyst.

    Args:
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (AnalyticsSettingsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsProblemDetail | AnalyticsSettingsPublic
     """


    return sync_detailed(
        client=client,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AnalyticsSettingsUpdate,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsProblemDetail | AnalyticsSettingsPublic]:
    """ Change the mapping or the target

     Earned media values are set in advocacy's programme (PUT /advocacy/v1/programme).

    **Needs** a person with role admin or analyst.

    Args:
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (AnalyticsSettingsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsProblemDetail | AnalyticsSettingsPublic]
     """


    kwargs = _get_kwargs(
        body=body,
if_match=if_match,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AnalyticsSettingsUpdate,
    if_match: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsProblemDetail | AnalyticsSettingsPublic | None:
    """ Change the mapping or the target

     Earned media values are set in advocacy's programme (PUT /advocacy/v1/programme).

    **Needs** a person with role admin or analyst.

    Args:
        if_match (str | Unset):
        x_request_id (str | Unset):
        body (AnalyticsSettingsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsProblemDetail | AnalyticsSettingsPublic
     """


    return (await asyncio_detailed(
        client=client,
body=body,
if_match=if_match,
x_request_id=x_request_id,

    )).parsed
