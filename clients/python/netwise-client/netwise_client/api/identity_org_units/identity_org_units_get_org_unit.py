from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.identity_org_unit_public import IdentityOrgUnitPublic
from ...models.identity_problem_detail import IdentityProblemDetail
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    unit_id: str,
    *,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/identity/v1/org-units/{unit_id}".format(unit_id=quote(str(unit_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> IdentityOrgUnitPublic | IdentityProblemDetail:
    if response.status_code == 200:
        response_200 = IdentityOrgUnitPublic.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = IdentityProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 404:
        response_404 = IdentityProblemDetail.from_dict(response.json())



        return response_404

    if response.status_code == 422:
        response_422 = IdentityProblemDetail.from_dict(response.json())



        return response_422

    response_default = IdentityProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[IdentityOrgUnitPublic | IdentityProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    unit_id: str,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,

) -> Response[IdentityOrgUnitPublic | IdentityProblemDetail]:
    """ Get an org unit

     **Needs** a token of the organisation: any person or integration client.

    Args:
        unit_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdentityOrgUnitPublic | IdentityProblemDetail]
     """


    kwargs = _get_kwargs(
        unit_id=unit_id,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    unit_id: str,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,

) -> IdentityOrgUnitPublic | IdentityProblemDetail | None:
    """ Get an org unit

     **Needs** a token of the organisation: any person or integration client.

    Args:
        unit_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdentityOrgUnitPublic | IdentityProblemDetail
     """


    return sync_detailed(
        unit_id=unit_id,
client=client,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    unit_id: str,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,

) -> Response[IdentityOrgUnitPublic | IdentityProblemDetail]:
    """ Get an org unit

     **Needs** a token of the organisation: any person or integration client.

    Args:
        unit_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdentityOrgUnitPublic | IdentityProblemDetail]
     """


    kwargs = _get_kwargs(
        unit_id=unit_id,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    unit_id: str,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,

) -> IdentityOrgUnitPublic | IdentityProblemDetail | None:
    """ Get an org unit

     **Needs** a token of the organisation: any person or integration client.

    Args:
        unit_id (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdentityOrgUnitPublic | IdentityProblemDetail
     """


    return (await asyncio_detailed(
        unit_id=unit_id,
client=client,
x_request_id=x_request_id,

    )).parsed
