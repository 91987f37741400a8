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
    client_id: None | str | Unset = UNSET,
    redirect_uri: None | str | Unset = UNSET,
    response_type: None | str | Unset = UNSET,
    code_challenge: None | str | Unset = UNSET,
    code_challenge_method: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,
    org: None | str | Unset = UNSET,
    login_hint: None | str | Unset = UNSET,
    scope: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    params: dict[str, Any] = {}

    json_client_id: None | str | Unset
    if isinstance(client_id, Unset):
        json_client_id = UNSET
    else:
        json_client_id = client_id
    params["client_id"] = json_client_id

    json_redirect_uri: None | str | Unset
    if isinstance(redirect_uri, Unset):
        json_redirect_uri = UNSET
    else:
        json_redirect_uri = redirect_uri
    params["redirect_uri"] = json_redirect_uri

    json_response_type: None | str | Unset
    if isinstance(response_type, Unset):
        json_response_type = UNSET
    else:
        json_response_type = response_type
    params["response_type"] = json_response_type

    json_code_challenge: None | str | Unset
    if isinstance(code_challenge, Unset):
        json_code_challenge = UNSET
    else:
        json_code_challenge = code_challenge
    params["code_challenge"] = json_code_challenge

    json_code_challenge_method: None | str | Unset
    if isinstance(code_challenge_method, Unset):
        json_code_challenge_method = UNSET
    else:
        json_code_challenge_method = code_challenge_method
    params["code_challenge_method"] = json_code_challenge_method

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    else:
        json_state = state
    params["state"] = json_state

    json_org: None | str | Unset
    if isinstance(org, Unset):
        json_org = UNSET
    else:
        json_org = org
    params["org"] = json_org

    json_login_hint: None | str | Unset
    if isinstance(login_hint, Unset):
        json_login_hint = UNSET
    else:
        json_login_hint = login_hint
    params["login_hint"] = json_login_hint

    json_scope: None | str | Unset
    if isinstance(scope, Unset):
        json_scope = UNSET
    else:
        json_scope = scope
    params["scope"] = json_scope


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/identity/v1/oauth/authorize",
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
    client_id: None | str | Unset = UNSET,
    redirect_uri: None | str | Unset = UNSET,
    response_type: None | str | Unset = UNSET,
    code_challenge: None | str | Unset = UNSET,
    code_challenge_method: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,
    org: None | str | Unset = UNSET,
    login_hint: None | str | Unset = UNSET,
    scope: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Any | IdentityOAuthError | IdentityProblemDetail]:
    """ Sign a person in: to their organisation's identity provider, then back to the app with a code

    Args:
        client_id (None | str | Unset):
        redirect_uri (None | str | Unset):
        response_type (None | str | Unset):
        code_challenge (None | str | Unset):
        code_challenge_method (None | str | Unset):
        state (None | str | Unset):
        org (None | str | Unset): The organisation's slug
        login_hint (None | str | Unset): An e-mail: its domain chooses the organisation when `org`
            is absent; passed on to the provider
        scope (None | str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IdentityOAuthError | IdentityProblemDetail]
     """


    kwargs = _get_kwargs(
        client_id=client_id,
redirect_uri=redirect_uri,
response_type=response_type,
code_challenge=code_challenge,
code_challenge_method=code_challenge_method,
state=state,
org=org,
login_hint=login_hint,
scope=scope,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    client_id: None | str | Unset = UNSET,
    redirect_uri: None | str | Unset = UNSET,
    response_type: None | str | Unset = UNSET,
    code_challenge: None | str | Unset = UNSET,
    code_challenge_method: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,
    org: None | str | Unset = UNSET,
    login_hint: None | str | Unset = UNSET,
    scope: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Any | IdentityOAuthError | IdentityProblemDetail | None:
    """ Sign a person in: to their organisation's identity provider, then back to the app with a code

    Args:
        client_id (None | str | Unset):
        redirect_uri (None | str | Unset):
        response_type (None | str | Unset):
        code_challenge (None | str | Unset):
        code_challenge_method (None | str | Unset):
        state (None | str | Unset):
        org (None | str | Unset): The organisation's slug
        login_hint (None | str | Unset): An e-mail: its domain chooses the organisation when `org`
            is absent; passed on to the provider
        scope (None | str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IdentityOAuthError | IdentityProblemDetail
     """


    return sync_detailed(
        client=client,
client_id=client_id,
redirect_uri=redirect_uri,
response_type=response_type,
code_challenge=code_challenge,
code_challenge_method=code_challenge_method,
state=state,
org=org,
login_hint=login_hint,
scope=scope,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: None | str | Unset = UNSET,
    redirect_uri: None | str | Unset = UNSET,
    response_type: None | str | Unset = UNSET,
    code_challenge: None | str | Unset = UNSET,
    code_challenge_method: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,
    org: None | str | Unset = UNSET,
    login_hint: None | str | Unset = UNSET,
    scope: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[Any | IdentityOAuthError | IdentityProblemDetail]:
    """ Sign a person in: to their organisation's identity provider, then back to the app with a code

    Args:
        client_id (None | str | Unset):
        redirect_uri (None | str | Unset):
        response_type (None | str | Unset):
        code_challenge (None | str | Unset):
        code_challenge_method (None | str | Unset):
        state (None | str | Unset):
        org (None | str | Unset): The organisation's slug
        login_hint (None | str | Unset): An e-mail: its domain chooses the organisation when `org`
            is absent; passed on to the provider
        scope (None | str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IdentityOAuthError | IdentityProblemDetail]
     """


    kwargs = _get_kwargs(
        client_id=client_id,
redirect_uri=redirect_uri,
response_type=response_type,
code_challenge=code_challenge,
code_challenge_method=code_challenge_method,
state=state,
org=org,
login_hint=login_hint,
scope=scope,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    client_id: None | str | Unset = UNSET,
    redirect_uri: None | str | Unset = UNSET,
    response_type: None | str | Unset = UNSET,
    code_challenge: None | str | Unset = UNSET,
    code_challenge_method: None | str | Unset = UNSET,
    state: None | str | Unset = UNSET,
    org: None | str | Unset = UNSET,
    login_hint: None | str | Unset = UNSET,
    scope: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Any | IdentityOAuthError | IdentityProblemDetail | None:
    """ Sign a person in: to their organisation's identity provider, then back to the app with a code

    Args:
        client_id (None | str | Unset):
        redirect_uri (None | str | Unset):
        response_type (None | str | Unset):
        code_challenge (None | str | Unset):
        code_challenge_method (None | str | Unset):
        state (None | str | Unset):
        org (None | str | Unset): The organisation's slug
        login_hint (None | str | Unset): An e-mail: its domain chooses the organisation when `org`
            is absent; passed on to the provider
        scope (None | str | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IdentityOAuthError | IdentityProblemDetail
     """


    return (await asyncio_detailed(
        client=client,
client_id=client_id,
redirect_uri=redirect_uri,
response_type=response_type,
code_challenge=code_challenge,
code_challenge_method=code_challenge_method,
state=state,
org=org,
login_hint=login_hint,
scope=scope,
x_request_id=x_request_id,

    )).parsed
