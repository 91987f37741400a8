from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.curriculum_acknowledgement_in import CurriculumAcknowledgementIn
from ...models.curriculum_acknowledgement_public import CurriculumAcknowledgementPublic
from ...models.curriculum_problem_detail import CurriculumProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    policy_id: str,
    *,
    body: CurriculumAcknowledgementIn,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/curriculum/v1/policies/{policy_id}/acknowledgements".format(policy_id=quote(str(policy_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CurriculumAcknowledgementPublic | CurriculumProblemDetail:
    if response.status_code == 200:
        response_200 = CurriculumAcknowledgementPublic.from_dict(response.json())



        return response_200

    if response.status_code == 201:
        response_201 = CurriculumAcknowledgementPublic.from_dict(response.json())



        return response_201

    if response.status_code == 401:
        response_401 = CurriculumProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 404:
        response_404 = CurriculumProblemDetail.from_dict(response.json())



        return response_404

    if response.status_code == 409:
        response_409 = CurriculumProblemDetail.from_dict(response.json())



        return response_409

    if response.status_code == 422:
        response_422 = CurriculumProblemDetail.from_dict(response.json())



        return response_422

    response_default = CurriculumProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CurriculumAcknowledgementPublic | CurriculumProblemDetail]:
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
    body: CurriculumAcknowledgementIn,
    x_request_id: str | Unset = UNSET,

) -> Response[CurriculumAcknowledgementPublic | CurriculumProblemDetail]:
    """ Acknowledge the current version (once per major version)

     **Needs** a token of the organisation: any person or integration client.

    Args:
        policy_id (str):
        x_request_id (str | Unset):
        body (CurriculumAcknowledgementIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurriculumAcknowledgementPublic | CurriculumProblemDetail]
     """


    kwargs = _get_kwargs(
        policy_id=policy_id,
body=body,
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
    body: CurriculumAcknowledgementIn,
    x_request_id: str | Unset = UNSET,

) -> CurriculumAcknowledgementPublic | CurriculumProblemDetail | None:
    """ Acknowledge the current version (once per major version)

     **Needs** a token of the organisation: any person or integration client.

    Args:
        policy_id (str):
        x_request_id (str | Unset):
        body (CurriculumAcknowledgementIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurriculumAcknowledgementPublic | CurriculumProblemDetail
     """


    return sync_detailed(
        policy_id=policy_id,
client=client,
body=body,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    policy_id: str,
    *,
    client: AuthenticatedClient,
    body: CurriculumAcknowledgementIn,
    x_request_id: str | Unset = UNSET,

) -> Response[CurriculumAcknowledgementPublic | CurriculumProblemDetail]:
    """ Acknowledge the current version (once per major version)

     **Needs** a token of the organisation: any person or integration client.

    Args:
        policy_id (str):
        x_request_id (str | Unset):
        body (CurriculumAcknowledgementIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurriculumAcknowledgementPublic | CurriculumProblemDetail]
     """


    kwargs = _get_kwargs(
        policy_id=policy_id,
body=body,
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
    body: CurriculumAcknowledgementIn,
    x_request_id: str | Unset = UNSET,

) -> CurriculumAcknowledgementPublic | CurriculumProblemDetail | None:
    """ Acknowledge the current version (once per major version)

     **Needs** a token of the organisation: any person or integration client.

    Args:
        policy_id (str):
        x_request_id (str | Unset):
        body (CurriculumAcknowledgementIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurriculumAcknowledgementPublic | CurriculumProblemDetail
     """


    return (await asyncio_detailed(
        policy_id=policy_id,
client=client,
body=body,
x_request_id=x_request_id,

    )).parsed
