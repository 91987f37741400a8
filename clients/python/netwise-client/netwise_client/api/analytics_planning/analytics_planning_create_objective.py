from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.analytics_objective_create import AnalyticsObjectiveCreate
from ...models.analytics_objective_public import AnalyticsObjectivePublic
from ...models.analytics_problem_detail import AnalyticsProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: AnalyticsObjectiveCreate,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/analytics/v1/objectives",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnalyticsObjectivePublic | AnalyticsProblemDetail:
    if response.status_code == 201:
        response_201 = AnalyticsObjectivePublic.from_dict(response.json())



        return response_201

    if response.status_code == 401:
        response_401 = AnalyticsProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = AnalyticsProblemDetail.from_dict(response.json())



        return response_403

    if response.status_code == 409:
        response_409 = AnalyticsProblemDetail.from_dict(response.json())



        return response_409

    if response.status_code == 422:
        response_422 = AnalyticsProblemDetail.from_dict(response.json())



        return response_422

    response_default = AnalyticsProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AnalyticsObjectivePublic | AnalyticsProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AnalyticsObjectiveCreate,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsObjectivePublic | AnalyticsProblemDetail]:
    """ Set an objective

     **Needs** a person with role admin or analyst or manager.

    Args:
        x_request_id (str | Unset):
        body (AnalyticsObjectiveCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsObjectivePublic | AnalyticsProblemDetail]
     """


    kwargs = _get_kwargs(
        body=body,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: AnalyticsObjectiveCreate,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsObjectivePublic | AnalyticsProblemDetail | None:
    """ Set an objective

     **Needs** a person with role admin or analyst or manager.

    Args:
        x_request_id (str | Unset):
        body (AnalyticsObjectiveCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsObjectivePublic | AnalyticsProblemDetail
     """


    return sync_detailed(
        client=client,
body=body,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AnalyticsObjectiveCreate,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsObjectivePublic | AnalyticsProblemDetail]:
    """ Set an objective

     **Needs** a person with role admin or analyst or manager.

    Args:
        x_request_id (str | Unset):
        body (AnalyticsObjectiveCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsObjectivePublic | AnalyticsProblemDetail]
     """


    kwargs = _get_kwargs(
        body=body,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AnalyticsObjectiveCreate,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsObjectivePublic | AnalyticsProblemDetail | None:
    """ Set an objective

     **Needs** a person with role admin or analyst or manager.

    Args:
        x_request_id (str | Unset):
        body (AnalyticsObjectiveCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsObjectivePublic | AnalyticsProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
body=body,
x_request_id=x_request_id,

    )).parsed
