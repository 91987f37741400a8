from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.advocacy_problem_detail import AdvocacyProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    token: str,
    *,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/advocacy/m/leave/{token}".format(token=quote(str(token), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AdvocacyProblemDetail | str:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 401:
        response_401 = AdvocacyProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 409:
        response_409 = AdvocacyProblemDetail.from_dict(response.json())



        return response_409

    if response.status_code == 422:
        response_422 = AdvocacyProblemDetail.from_dict(response.json())



        return response_422

    response_default = AdvocacyProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AdvocacyProblemDetail | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyProblemDetail | str]:
    """ Leave the ambassador programme from a digest (public, RFC 8058)

     The target of the mail's `List-Unsubscribe` header with `List-Unsubscribe-Post: List-
    Unsubscribe=One-Click`: a mail client POSTs `List-Unsubscribe=One-Click` here and the person leaves
    the programme as POST /v1/ambassadors/me/leave does. Doing it again changes nothing.

    Args:
        token (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyProblemDetail | str]
     """


    kwargs = _get_kwargs(
        token=token,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyProblemDetail | str | None:
    """ Leave the ambassador programme from a digest (public, RFC 8058)

     The target of the mail's `List-Unsubscribe` header with `List-Unsubscribe-Post: List-
    Unsubscribe=One-Click`: a mail client POSTs `List-Unsubscribe=One-Click` here and the person leaves
    the programme as POST /v1/ambassadors/me/leave does. Doing it again changes nothing.

    Args:
        token (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyProblemDetail | str
     """


    return sync_detailed(
        token=token,
client=client,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyProblemDetail | str]:
    """ Leave the ambassador programme from a digest (public, RFC 8058)

     The target of the mail's `List-Unsubscribe` header with `List-Unsubscribe-Post: List-
    Unsubscribe=One-Click`: a mail client POSTs `List-Unsubscribe=One-Click` here and the person leaves
    the programme as POST /v1/ambassadors/me/leave does. Doing it again changes nothing.

    Args:
        token (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyProblemDetail | str]
     """


    kwargs = _get_kwargs(
        token=token,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyProblemDetail | str | None:
    """ Leave the ambassador programme from a digest (public, RFC 8058)

     The target of the mail's `List-Unsubscribe` header with `List-Unsubscribe-Post: List-
    Unsubscribe=One-Click`: a mail client POSTs `List-Unsubscribe=One-Click` here and the person leaves
    the programme as POST /v1/ambassadors/me/leave does. Doing it again changes nothing.

    Args:
        token (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyProblemDetail | str
     """


    return (await asyncio_detailed(
        token=token,
client=client,
x_request_id=x_request_id,

    )).parsed
