from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.curriculum_module_public import CurriculumModulePublic
from ...models.curriculum_problem_detail import CurriculumProblemDetail
from ...models.curriculum_view import CurriculumView
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    module_id: str,
    *,
    view: CurriculumView | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    params: dict[str, Any] = {}

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view.value

    params["view"] = json_view


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/curriculum/v1/modules/{module_id}".format(module_id=quote(str(module_id), safe=""),),
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CurriculumModulePublic | CurriculumProblemDetail:
    if response.status_code == 200:
        response_200 = CurriculumModulePublic.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = CurriculumProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = CurriculumProblemDetail.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = CurriculumProblemDetail.from_dict(response.json())



        return response_404

    if response.status_code == 422:
        response_422 = CurriculumProblemDetail.from_dict(response.json())



        return response_422

    response_default = CurriculumProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CurriculumModulePublic | CurriculumProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    module_id: str,
    *,
    client: AuthenticatedClient,
    view: CurriculumView | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[CurriculumModulePublic | CurriculumProblemDetail]:
    """ Get a module (its last published version)

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope catalog:read.

    Args:
        module_id (str):
        view (CurriculumView | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurriculumModulePublic | CurriculumProblemDetail]
     """


    kwargs = _get_kwargs(
        module_id=module_id,
view=view,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    module_id: str,
    *,
    client: AuthenticatedClient,
    view: CurriculumView | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> CurriculumModulePublic | CurriculumProblemDetail | None:
    """ Get a module (its last published version)

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope catalog:read.

    Args:
        module_id (str):
        view (CurriculumView | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurriculumModulePublic | CurriculumProblemDetail
     """


    return sync_detailed(
        module_id=module_id,
client=client,
view=view,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    module_id: str,
    *,
    client: AuthenticatedClient,
    view: CurriculumView | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> Response[CurriculumModulePublic | CurriculumProblemDetail]:
    """ Get a module (its last published version)

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope catalog:read.

    Args:
        module_id (str):
        view (CurriculumView | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurriculumModulePublic | CurriculumProblemDetail]
     """


    kwargs = _get_kwargs(
        module_id=module_id,
view=view,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    module_id: str,
    *,
    client: AuthenticatedClient,
    view: CurriculumView | Unset = UNSET,
    x_request_id: str | Unset = UNSET,

) -> CurriculumModulePublic | CurriculumProblemDetail | None:
    """ Get a module (its last published version)

     **Needs** a person with role admin or ambassador or analyst or comms or editor or learner or
    manager, or an integration client with scope catalog:read.

    Args:
        module_id (str):
        view (CurriculumView | Unset):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurriculumModulePublic | CurriculumProblemDetail
     """


    return (await asyncio_detailed(
        module_id=module_id,
client=client,
view=view,
x_request_id=x_request_id,

    )).parsed
