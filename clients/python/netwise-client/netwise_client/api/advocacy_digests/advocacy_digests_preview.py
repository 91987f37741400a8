from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.advocacy_digest_preview import AdvocacyDigestPreview
from ...models.advocacy_problem_detail import AdvocacyProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    person_id: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    params: dict[str, Any] = {}

    json_person_id: None | str | Unset
    if isinstance(person_id, Unset):
        json_person_id = UNSET
    else:
        json_person_id = person_id
    params["person_id"] = json_person_id


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/advocacy/v1/digests/preview",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AdvocacyDigestPreview | AdvocacyProblemDetail:
    if response.status_code == 200:
        response_200 = AdvocacyDigestPreview.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = AdvocacyProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 422:
        response_422 = AdvocacyProblemDetail.from_dict(response.json())



        return response_422

    response_default = AdvocacyProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AdvocacyDigestPreview | AdvocacyProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    person_id: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyDigestPreview | AdvocacyProblemDetail]:
    """ The digest one ambassador would get now (yourself; editors may preview anyone)

     In a preview of someone else's digest the share and leave links are shown but do not work: they act
    for that person without a login.

    **Needs** a token of the organisation: any person or integration client.

    Args:
        person_id (None | str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyDigestPreview | AdvocacyProblemDetail]
     """


    kwargs = _get_kwargs(
        person_id=person_id,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    person_id: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyDigestPreview | AdvocacyProblemDetail | None:
    """ The digest one ambassador would get now (yourself; editors may preview anyone)

     In a preview of someone else's digest the share and leave links are shown but do not work: they act
    for that person without a login.

    **Needs** a token of the organisation: any person or integration client.

    Args:
        person_id (None | str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyDigestPreview | AdvocacyProblemDetail
     """


    return sync_detailed(
        client=client,
person_id=person_id,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    person_id: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyDigestPreview | AdvocacyProblemDetail]:
    """ The digest one ambassador would get now (yourself; editors may preview anyone)

     In a preview of someone else's digest the share and leave links are shown but do not work: they act
    for that person without a login.

    **Needs** a token of the organisation: any person or integration client.

    Args:
        person_id (None | str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyDigestPreview | AdvocacyProblemDetail]
     """


    kwargs = _get_kwargs(
        person_id=person_id,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    person_id: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyDigestPreview | AdvocacyProblemDetail | None:
    """ The digest one ambassador would get now (yourself; editors may preview anyone)

     In a preview of someone else's digest the share and leave links are shown but do not work: they act
    for that person without a login.

    **Needs** a token of the organisation: any person or integration client.

    Args:
        person_id (None | str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyDigestPreview | AdvocacyProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
person_id=person_id,
x_request_id=x_request_id,

    )).parsed
