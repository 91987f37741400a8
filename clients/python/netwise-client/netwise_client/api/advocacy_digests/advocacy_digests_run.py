from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.advocacy_digest_run_result import AdvocacyDigestRunResult
from ...models.advocacy_problem_detail import AdvocacyProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/advocacy/v1/digests/runs",
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AdvocacyDigestRunResult | AdvocacyProblemDetail:
    if response.status_code == 201:
        response_201 = AdvocacyDigestRunResult.from_dict(response.json())



        return response_201

    if response.status_code == 401:
        response_401 = AdvocacyProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = AdvocacyProblemDetail.from_dict(response.json())



        return response_403

    if response.status_code == 409:
        response_409 = AdvocacyProblemDetail.from_dict(response.json())



        return response_409

    if response.status_code == 422:
        response_422 = AdvocacyProblemDetail.from_dict(response.json())



        return response_422

    response_default = AdvocacyProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AdvocacyDigestRunResult | AdvocacyProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyDigestRunResult | AdvocacyProblemDetail]:
    """ Write this week's digest of every active ambassador to the delivery outbox

     Delivery happens in the background (files in embedded mode, SMTP in production) and is retried until
    it succeeds. Honours Idempotency-Key.

    **Needs** a person with role admin or editor.

    Args:
        idempotency_key (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyDigestRunResult | AdvocacyProblemDetail]
     """


    kwargs = _get_kwargs(
        idempotency_key=idempotency_key,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyDigestRunResult | AdvocacyProblemDetail | None:
    """ Write this week's digest of every active ambassador to the delivery outbox

     Delivery happens in the background (files in embedded mode, SMTP in production) and is retried until
    it succeeds. Honours Idempotency-Key.

    **Needs** a person with role admin or editor.

    Args:
        idempotency_key (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyDigestRunResult | AdvocacyProblemDetail
     """


    return sync_detailed(
        client=client,
idempotency_key=idempotency_key,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyDigestRunResult | AdvocacyProblemDetail]:
    """ Write this week's digest of every active ambassador to the delivery outbox

     Delivery happens in the background (files in embedded mode, SMTP in production) and is retried until
    it succeeds. Honours Idempotency-Key.

    **Needs** a person with role admin or editor.

    Args:
        idempotency_key (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyDigestRunResult | AdvocacyProblemDetail]
     """


    kwargs = _get_kwargs(
        idempotency_key=idempotency_key,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyDigestRunResult | AdvocacyProblemDetail | None:
    """ Write this week's digest of every active ambassador to the delivery outbox

     Delivery happens in the background (files in embedded mode, SMTP in production) and is retried until
    it succeeds. Honours Idempotency-Key.

    **Needs** a person with role admin or editor.

    Args:
        idempotency_key (str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyDigestRunResult | AdvocacyProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
idempotency_key=idempotency_key,
x_request_id=x_request_id,

    )).parsed
