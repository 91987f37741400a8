from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.analytics_cap_consent import AnalyticsCapConsent
from ...models.analytics_cap_public import AnalyticsCapPublic
from ...models.analytics_problem_detail import AnalyticsProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    cap_id: str,
    *,
    body: AnalyticsCapConsent,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/analytics/v1/caps/{cap_id}/consent".format(cap_id=quote(str(cap_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AnalyticsCapPublic | AnalyticsProblemDetail:
    if response.status_code == 200:
        response_200 = AnalyticsCapPublic.from_dict(response.json())



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

    if response.status_code == 409:
        response_409 = AnalyticsProblemDetail.from_dict(response.json())



        return response_409

    if response.status_code == 422:
        response_422 = AnalyticsProblemDetail.from_dict(response.json())



        return response_422

    response_default = AnalyticsProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AnalyticsCapPublic | AnalyticsProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cap_id: str,
    *,
    client: AuthenticatedClient,
    body: AnalyticsCapConsent,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsCapPublic | AnalyticsProblemDetail]:
    """ Let the leader who set a cap on you see your status against it, or stop letting them

     Only the person a person-scoped cap is on sets this; for anyone else the cap is not found. Off by
    default.

    Who sees what:

    - **A cap on a unit, a job function or the organisation**: admins and analysts, and managers for the
    units they
      manage, see aggregates only; a scope with fewer people than the organisation's minimum group size
    is
      suppressed.
    - **A cap on one person** (`scope` `person`): its status is that person's own data.
      - The person always sees it, in `person`.
      - The leader who set the cap sees it only while the person consents (`status_shared_with_setter`,
    which only
        the person sets with `PUT /v1/caps/{cap_id}/consent`; off by default). Without consent: 403,
    saying so.
      - Admins and analysts who did not set it get the aggregate form, always suppressed: one person is
    never a
        group.
      - Anyone else, another manager included, gets 404: the status is not theirs to know.

    **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager.

    Args:
        cap_id (str):
        x_request_id (str | Unset):
        body (AnalyticsCapConsent):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsCapPublic | AnalyticsProblemDetail]
     """


    kwargs = _get_kwargs(
        cap_id=cap_id,
body=body,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    cap_id: str,
    *,
    client: AuthenticatedClient,
    body: AnalyticsCapConsent,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsCapPublic | AnalyticsProblemDetail | None:
    """ Let the leader who set a cap on you see your status against it, or stop letting them

     Only the person a person-scoped cap is on sets this; for anyone else the cap is not found. Off by
    default.

    Who sees what:

    - **A cap on a unit, a job function or the organisation**: admins and analysts, and managers for the
    units they
      manage, see aggregates only; a scope with fewer people than the organisation's minimum group size
    is
      suppressed.
    - **A cap on one person** (`scope` `person`): its status is that person's own data.
      - The person always sees it, in `person`.
      - The leader who set the cap sees it only while the person consents (`status_shared_with_setter`,
    which only
        the person sets with `PUT /v1/caps/{cap_id}/consent`; off by default). Without consent: 403,
    saying so.
      - Admins and analysts who did not set it get the aggregate form, always suppressed: one person is
    never a
        group.
      - Anyone else, another manager included, gets 404: the status is not theirs to know.

    **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager.

    Args:
        cap_id (str):
        x_request_id (str | Unset):
        body (AnalyticsCapConsent):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsCapPublic | AnalyticsProblemDetail
     """


    return sync_detailed(
        cap_id=cap_id,
client=client,
body=body,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    cap_id: str,
    *,
    client: AuthenticatedClient,
    body: AnalyticsCapConsent,
    x_request_id: str | Unset = UNSET,

) -> Response[AnalyticsCapPublic | AnalyticsProblemDetail]:
    """ Let the leader who set a cap on you see your status against it, or stop letting them

     Only the person a person-scoped cap is on sets this; for anyone else the cap is not found. Off by
    default.

    Who sees what:

    - **A cap on a unit, a job function or the organisation**: admins and analysts, and managers for the
    units they
      manage, see aggregates only; a scope with fewer people than the organisation's minimum group size
    is
      suppressed.
    - **A cap on one person** (`scope` `person`): its status is that person's own data.
      - The person always sees it, in `person`.
      - The leader who set the cap sees it only while the person consents (`status_shared_with_setter`,
    which only
        the person sets with `PUT /v1/caps/{cap_id}/consent`; off by default). Without consent: 403,
    saying so.
      - Admins and analysts who did not set it get the aggregate form, always suppressed: one person is
    never a
        group.
      - Anyone else, another manager included, gets 404: the status is not theirs to know.

    **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager.

    Args:
        cap_id (str):
        x_request_id (str | Unset):
        body (AnalyticsCapConsent):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsCapPublic | AnalyticsProblemDetail]
     """


    kwargs = _get_kwargs(
        cap_id=cap_id,
body=body,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    cap_id: str,
    *,
    client: AuthenticatedClient,
    body: AnalyticsCapConsent,
    x_request_id: str | Unset = UNSET,

) -> AnalyticsCapPublic | AnalyticsProblemDetail | None:
    """ Let the leader who set a cap on you see your status against it, or stop letting them

     Only the person a person-scoped cap is on sets this; for anyone else the cap is not found. Off by
    default.

    Who sees what:

    - **A cap on a unit, a job function or the organisation**: admins and analysts, and managers for the
    units they
      manage, see aggregates only; a scope with fewer people than the organisation's minimum group size
    is
      suppressed.
    - **A cap on one person** (`scope` `person`): its status is that person's own data.
      - The person always sees it, in `person`.
      - The leader who set the cap sees it only while the person consents (`status_shared_with_setter`,
    which only
        the person sets with `PUT /v1/caps/{cap_id}/consent`; off by default). Without consent: 403,
    saying so.
      - Admins and analysts who did not set it get the aggregate form, always suppressed: one person is
    never a
        group.
      - Anyone else, another manager included, gets 404: the status is not theirs to know.

    **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager.

    Args:
        cap_id (str):
        x_request_id (str | Unset):
        body (AnalyticsCapConsent):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsCapPublic | AnalyticsProblemDetail
     """


    return (await asyncio_detailed(
        cap_id=cap_id,
client=client,
body=body,
x_request_id=x_request_id,

    )).parsed
