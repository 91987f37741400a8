from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.curriculum_external_completion_in import CurriculumExternalCompletionIn
from ...models.curriculum_external_completion_result import CurriculumExternalCompletionResult
from ...models.curriculum_problem_detail import CurriculumProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: CurriculumExternalCompletionIn,
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
        "url": "/curriculum/v1/completions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CurriculumExternalCompletionResult | CurriculumProblemDetail:
    if response.status_code == 201:
        response_201 = CurriculumExternalCompletionResult.from_dict(response.json())



        return response_201

    if response.status_code == 401:
        response_401 = CurriculumProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = CurriculumProblemDetail.from_dict(response.json())



        return response_403

    if response.status_code == 409:
        response_409 = CurriculumProblemDetail.from_dict(response.json())



        return response_409

    if response.status_code == 422:
        response_422 = CurriculumProblemDetail.from_dict(response.json())



        return response_422

    response_default = CurriculumProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CurriculumExternalCompletionResult | CurriculumProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CurriculumExternalCompletionIn,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[CurriculumExternalCompletionResult | CurriculumProblemDetail]:
    """ Report a completion recorded in an LMS (a module or a whole track)

     Scope completions:write. Honours Idempotency-Key. Quiz and prerequisite checks are the LMS's
    business; a track completion issues the track's certification.

    **Needs** an integration client with scope completions:write.

    Args:
        idempotency_key (str | Unset):
        x_request_id (str | Unset):
        body (CurriculumExternalCompletionIn): A completion an LMS recorded: of one module or a
            whole track.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurriculumExternalCompletionResult | CurriculumProblemDetail]
     """


    kwargs = _get_kwargs(
        body=body,
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
    body: CurriculumExternalCompletionIn,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> CurriculumExternalCompletionResult | CurriculumProblemDetail | None:
    """ Report a completion recorded in an LMS (a module or a whole track)

     Scope completions:write. Honours Idempotency-Key. Quiz and prerequisite checks are the LMS's
    business; a track completion issues the track's certification.

    **Needs** an integration client with scope completions:write.

    Args:
        idempotency_key (str | Unset):
        x_request_id (str | Unset):
        body (CurriculumExternalCompletionIn): A completion an LMS recorded: of one module or a
            whole track.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurriculumExternalCompletionResult | CurriculumProblemDetail
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CurriculumExternalCompletionIn,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[CurriculumExternalCompletionResult | CurriculumProblemDetail]:
    """ Report a completion recorded in an LMS (a module or a whole track)

     Scope completions:write. Honours Idempotency-Key. Quiz and prerequisite checks are the LMS's
    business; a track completion issues the track's certification.

    **Needs** an integration client with scope completions:write.

    Args:
        idempotency_key (str | Unset):
        x_request_id (str | Unset):
        body (CurriculumExternalCompletionIn): A completion an LMS recorded: of one module or a
            whole track.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurriculumExternalCompletionResult | CurriculumProblemDetail]
     """


    kwargs = _get_kwargs(
        body=body,
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
    body: CurriculumExternalCompletionIn,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> CurriculumExternalCompletionResult | CurriculumProblemDetail | None:
    """ Report a completion recorded in an LMS (a module or a whole track)

     Scope completions:write. Honours Idempotency-Key. Quiz and prerequisite checks are the LMS's
    business; a track completion issues the track's certification.

    **Needs** an integration client with scope completions:write.

    Args:
        idempotency_key (str | Unset):
        x_request_id (str | Unset):
        body (CurriculumExternalCompletionIn): A completion an LMS recorded: of one module or a
            whole track.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurriculumExternalCompletionResult | CurriculumProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,
x_request_id=x_request_id,

    )).parsed
