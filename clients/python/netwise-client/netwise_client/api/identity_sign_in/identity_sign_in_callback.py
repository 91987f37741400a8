from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.identity_o_auth_error import IdentityOAuthError
from ...models.identity_problem_detail import IdentityProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    state: None | str | Unset = UNSET,
    code: None | str | Unset = UNSET,
    error: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    params: dict[str, Any] = {}

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    else:
        json_state = state
    params["state"] = json_state

    json_code: None | str | Unset
    if isinstance(code, Unset):
        json_code = UNSET
    else:
        json_code = code
    params["code"] = json_code

    json_error: None | str | Unset
    if isinstance(error, Unset):
        json_error = UNSET
    else:
        json_error = error
    params["error"] = json_error


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/identity/v1/oauth/callback",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | IdentityOAuthError | IdentityProblemDetail:
    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

    if response.status_code == 400:
        response_400 = IdentityOAuthError.from_dict(response.json())



        return response_400

    if response.status_code == 422:
        response_422 = IdentityProblemDetail.from_dict(response.json())



        return response_422

    response_default = IdentityProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | IdentityOAuthError | IdentityProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    state: None | str | Unset = UNSET,
    code: None | str | Unset = UNSET,
    error: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Any | IdentityOAuthError | IdentityProblemDetail]:
    """ Where the identity provider sends the person back (register it at the provider)

    Args:
        state (None | str | Unset):
        code (None | str | Unset):
        error (None | str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IdentityOAuthError | IdentityProblemDetail]
     """


    kwargs = _get_kwargs(
        state=state,
code=code,
error=error,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    state: None | str | Unset = UNSET,
    code: None | str | Unset = UNSET,
    error: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Any | IdentityOAuthError | IdentityProblemDetail | None:
    """ Where the identity provider sends the person back (register it at the provider)

    Args:
        state (None | str | Unset):
        code (None | str | Unset):
        error (None | str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IdentityOAuthError | IdentityProblemDetail
     """


    return sync_detailed(
        client=client,
state=state,
code=code,
error=error,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    state: None | str | Unset = UNSET,
    code: None | str | Unset = UNSET,
    error: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Any | IdentityOAuthError | IdentityProblemDetail]:
    """ Where the identity provider sends the person back (register it at the provider)

    Args:
        state (None | str | Unset):
        code (None | str | Unset):
        error (None | str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IdentityOAuthError | IdentityProblemDetail]
     """


    kwargs = _get_kwargs(
        state=state,
code=code,
error=error,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    state: None | str | Unset = UNSET,
    code: None | str | Unset = UNSET,
    error: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Any | IdentityOAuthError | IdentityProblemDetail | None:
    """ Where the identity provider sends the person back (register it at the provider)

    Args:
        state (None | str | Unset):
        code (None | str | Unset):
        error (None | str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IdentityOAuthError | IdentityProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
state=state,
code=code,
error=error,
x_request_id=x_request_id,

    )).parsed
