from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.identity_body_oauth_token import IdentityBodyOauthToken
from ...models.identity_o_auth_error import IdentityOAuthError
from ...models.identity_problem_detail import IdentityProblemDetail
from ...models.identity_sign_in_tokens import IdentitySignInTokens
from ...models.identity_token_response import IdentityTokenResponse
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: IdentityBodyOauthToken | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/identity/v1/oauth/token",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> IdentityOAuthError | IdentityProblemDetail | IdentitySignInTokens | IdentityTokenResponse:
    if response.status_code == 200:
        def _parse_response_200(data: object) -> IdentitySignInTokens | IdentityTokenResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = IdentityTokenResponse.from_dict(data)



                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = IdentitySignInTokens.from_dict(data)



            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = IdentityOAuthError.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = IdentityOAuthError.from_dict(response.json())



        return response_401

    if response.status_code == 409:
        response_409 = IdentityProblemDetail.from_dict(response.json())



        return response_409

    if response.status_code == 422:
        response_422 = IdentityProblemDetail.from_dict(response.json())



        return response_422

    response_default = IdentityProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[IdentityOAuthError | IdentityProblemDetail | IdentitySignInTokens | IdentityTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IdentityBodyOauthToken | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[IdentityOAuthError | IdentityProblemDetail | IdentitySignInTokens | IdentityTokenResponse]:
    """ Get an access token: client credentials, authorization code + PKCE, refresh token, token exchange

     Form body by `grant_type`:

    - `client_credentials` (integrations): optional `scope`; client authentication by HTTP Basic or
    `client_id` + `client_secret`.
    - `authorization_code` (SPAs, after `/v1/oauth/authorize`): `code`, `redirect_uri`, `client_id`,
    `code_verifier`. Gives an access token and a refresh token.
    - `refresh_token`: `refresh_token`, `client_id`. Gives a new pair; the one sent is spent, and
    sending a spent one again revokes every token of that sign-in.
    - `urn:ietf:params:oauth:grant-type:token-exchange` (RFC 8693): `client_id`, `subject_token` (the
    organisation's provider's ID token), `subject_token_type=urn:ietf:params:oauth:token-type:id_token`,
    `org` (the organisation's slug).

    Args:
        x_request_id (str | Unset):
        body (IdentityBodyOauthToken | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdentityOAuthError | IdentityProblemDetail | IdentitySignInTokens | IdentityTokenResponse]
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
    body: IdentityBodyOauthToken | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> IdentityOAuthError | IdentityProblemDetail | IdentitySignInTokens | IdentityTokenResponse | None:
    """ Get an access token: client credentials, authorization code + PKCE, refresh token, token exchange

     Form body by `grant_type`:

    - `client_credentials` (integrations): optional `scope`; client authentication by HTTP Basic or
    `client_id` + `client_secret`.
    - `authorization_code` (SPAs, after `/v1/oauth/authorize`): `code`, `redirect_uri`, `client_id`,
    `code_verifier`. Gives an access token and a refresh token.
    - `refresh_token`: `refresh_token`, `client_id`. Gives a new pair; the one sent is spent, and
    sending a spent one again revokes every token of that sign-in.
    - `urn:ietf:params:oauth:grant-type:token-exchange` (RFC 8693): `client_id`, `subject_token` (the
    organisation's provider's ID token), `subject_token_type=urn:ietf:params:oauth:token-type:id_token`,
    `org` (the organisation's slug).

    Args:
        x_request_id (str | Unset):
        body (IdentityBodyOauthToken | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdentityOAuthError | IdentityProblemDetail | IdentitySignInTokens | IdentityTokenResponse
     """


    return sync_detailed(
        client=client,
body=body,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IdentityBodyOauthToken | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[IdentityOAuthError | IdentityProblemDetail | IdentitySignInTokens | IdentityTokenResponse]:
    """ Get an access token: client credentials, authorization code + PKCE, refresh token, token exchange

     Form body by `grant_type`:

    - `client_credentials` (integrations): optional `scope`; client authentication by HTTP Basic or
    `client_id` + `client_secret`.
    - `authorization_code` (SPAs, after `/v1/oauth/authorize`): `code`, `redirect_uri`, `client_id`,
    `code_verifier`. Gives an access token and a refresh token.
    - `refresh_token`: `refresh_token`, `client_id`. Gives a new pair; the one sent is spent, and
    sending a spent one again revokes every token of that sign-in.
    - `urn:ietf:params:oauth:grant-type:token-exchange` (RFC 8693): `client_id`, `subject_token` (the
    organisation's provider's ID token), `subject_token_type=urn:ietf:params:oauth:token-type:id_token`,
    `org` (the organisation's slug).

    Args:
        x_request_id (str | Unset):
        body (IdentityBodyOauthToken | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdentityOAuthError | IdentityProblemDetail | IdentitySignInTokens | IdentityTokenResponse]
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
    body: IdentityBodyOauthToken | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> IdentityOAuthError | IdentityProblemDetail | IdentitySignInTokens | IdentityTokenResponse | None:
    """ Get an access token: client credentials, authorization code + PKCE, refresh token, token exchange

     Form body by `grant_type`:

    - `client_credentials` (integrations): optional `scope`; client authentication by HTTP Basic or
    `client_id` + `client_secret`.
    - `authorization_code` (SPAs, after `/v1/oauth/authorize`): `code`, `redirect_uri`, `client_id`,
    `code_verifier`. Gives an access token and a refresh token.
    - `refresh_token`: `refresh_token`, `client_id`. Gives a new pair; the one sent is spent, and
    sending a spent one again revokes every token of that sign-in.
    - `urn:ietf:params:oauth:grant-type:token-exchange` (RFC 8693): `client_id`, `subject_token` (the
    organisation's provider's ID token), `subject_token_type=urn:ietf:params:oauth:token-type:id_token`,
    `org` (the organisation's slug).

    Args:
        x_request_id (str | Unset):
        body (IdentityBodyOauthToken | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdentityOAuthError | IdentityProblemDetail | IdentitySignInTokens | IdentityTokenResponse
     """


    return (await asyncio_detailed(
        client=client,
body=body,
x_request_id=x_request_id,

    )).parsed
