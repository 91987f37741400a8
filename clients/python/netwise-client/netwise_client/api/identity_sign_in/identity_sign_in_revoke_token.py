from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.identity_body_sign_in_revoke_token import IdentityBodySignInRevokeToken
from ...models.identity_problem_detail import IdentityProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: IdentityBodySignInRevokeToken | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/identity/v1/oauth/revoke",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | IdentityProblemDetail:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 409:
        response_409 = IdentityProblemDetail.from_dict(response.json())



        return response_409

    if response.status_code == 422:
        response_422 = IdentityProblemDetail.from_dict(response.json())



        return response_422

    response_default = IdentityProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | IdentityProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IdentityBodySignInRevokeToken | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Any | IdentityProblemDetail]:
    """ Revoke a refresh token, and its sign-in (RFC 7009)

     Form body: `token`, optional `token_type_hint`, `client_id`. Always 200, so nobody can probe which
    tokens exist.

    Args:
        x_request_id (str | Unset):
        body (IdentityBodySignInRevokeToken | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IdentityProblemDetail]
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
    client: AuthenticatedClient | Client,
    body: IdentityBodySignInRevokeToken | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Any | IdentityProblemDetail | None:
    """ Revoke a refresh token, and its sign-in (RFC 7009)

     Form body: `token`, optional `token_type_hint`, `client_id`. Always 200, so nobody can probe which
    tokens exist.

    Args:
        x_request_id (str | Unset):
        body (IdentityBodySignInRevokeToken | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IdentityProblemDetail
     """


    return sync_detailed(
        client=client,
body=body,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IdentityBodySignInRevokeToken | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Any | IdentityProblemDetail]:
    """ Revoke a refresh token, and its sign-in (RFC 7009)

     Form body: `token`, optional `token_type_hint`, `client_id`. Always 200, so nobody can probe which
    tokens exist.

    Args:
        x_request_id (str | Unset):
        body (IdentityBodySignInRevokeToken | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IdentityProblemDetail]
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
    client: AuthenticatedClient | Client,
    body: IdentityBodySignInRevokeToken | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Any | IdentityProblemDetail | None:
    """ Revoke a refresh token, and its sign-in (RFC 7009)

     Form body: `token`, optional `token_type_hint`, `client_id`. Always 200, so nobody can probe which
    tokens exist.

    Args:
        x_request_id (str | Unset):
        body (IdentityBodySignInRevokeToken | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IdentityProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
body=body,
x_request_id=x_request_id,

    )).parsed
