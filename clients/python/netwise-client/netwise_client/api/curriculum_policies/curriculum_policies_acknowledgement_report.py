from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.curriculum_acknowledgement_report import CurriculumAcknowledgementReport
from ...models.curriculum_problem_detail import CurriculumProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    policy_id: str,
    *,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/curriculum/v1/policies/{policy_id}/acknowledgement-report".format(policy_id=quote(str(policy_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CurriculumAcknowledgementReport | CurriculumProblemDetail:
    if response.status_code == 200:
        response_200 = CurriculumAcknowledgementReport.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = CurriculumProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = CurriculumProblemDetail.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = CurriculumProblemDetail.from_dict(response.json())



        return response_404

    if response.status_code == 422:
        response_422 = CurriculumProblemDetail.from_dict(response.json())



        return response_422

    response_default = CurriculumProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CurriculumAcknowledgementReport | CurriculumProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    policy_id: str,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,

) -> Response[CurriculumAcknowledgementReport | CurriculumProblemDetail]:
    """ Who has not acknowledged the current major version, by unit (aggregates only)

     Managers see their units, analysts and admins everyone. Units smaller than the organisation's
    minimum group size are left out and counted in `suppressed_groups`.

    **Needs** a person with role admin or analyst or manager.

    Args:
        policy_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurriculumAcknowledgementReport | CurriculumProblemDetail]
     """


    kwargs = _get_kwargs(
        policy_id=policy_id,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    policy_id: str,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,

) -> CurriculumAcknowledgementReport | CurriculumProblemDetail | None:
    """ Who has not acknowledged the current major version, by unit (aggregates only)

     Managers see their units, analysts and admins everyone. Units smaller than the organisation's
    minimum group size are left out and counted in `suppressed_groups`.

    **Needs** a person with role admin or analyst or manager.

    Args:
        policy_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurriculumAcknowledgementReport | CurriculumProblemDetail
     """


    return sync_detailed(
        policy_id=policy_id,
client=client,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    policy_id: str,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,

) -> Response[CurriculumAcknowledgementReport | CurriculumProblemDetail]:
    """ Who has not acknowledged the current major version, by unit (aggregates only)

     Managers see their units, analysts and admins everyone. Units smaller than the organisation's
    minimum group size are left out and counted in `suppressed_groups`.

    **Needs** a person with role admin or analyst or manager.

    Args:
        policy_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurriculumAcknowledgementReport | CurriculumProblemDetail]
     """


    kwargs = _get_kwargs(
        policy_id=policy_id,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    policy_id: str,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,

) -> CurriculumAcknowledgementReport | CurriculumProblemDetail | None:
    """ Who has not acknowledged the current major version, by unit (aggregates only)

     Managers see their units, analysts and admins everyone. Units smaller than the organisation's
    minimum group size are left out and counted in `suppressed_groups`.

    **Needs** a person with role admin or analyst or manager.

    Args:
        policy_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurriculumAcknowledgementReport | CurriculumProblemDetail
     """


    return (await asyncio_detailed(
        policy_id=policy_id,
client=client,
x_request_id=x_request_id,

    )).parsed
