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
    code: str,
    *,
    x_request_id: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id



    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/advocacy/r/{code}".format(code=quote(str(code), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AdvocacyProblemDetail | Any | str:
    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

    if response.status_code == 401:
        response_401 = AdvocacyProblemDetail.from_dict(response.json())



        return response_401

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 422:
        response_422 = AdvocacyProblemDetail.from_dict(response.json())



        return response_422

    response_default = AdvocacyProblemDetail.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AdvocacyProblemDetail | Any | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyProblemDetail | Any | str]:
    """ Follow a tracked short link (public)

     Counts the click (not for bots, link previews or the same client again within
    NETWISE_ADVOCACY_CLICK_DEDUPE_MINUTES) and redirects. Shares and clicks count here as soon as they
    are made. Analytics (KPI values, reports) gets clicks per minute: a minute's clicks are sent once
    the minute is over, by a flush every NETWISE_ADVOCACY_CLICK_FLUSH_INTERVAL_SECONDS (15 s by
    default), so they appear there about 15 s after their minute ends.

    Args:
        code (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyProblemDetail | Any | str]
     """


    kwargs = _get_kwargs(
        code=code,
x_request_id=x_request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyProblemDetail | Any | str | None:
    """ Follow a tracked short link (public)

     Counts the click (not for bots, link previews or the same client again within
    NETWISE_ADVOCACY_CLICK_DEDUPE_MINUTES) and redirects. Shares and clicks count here as soon as they
    are made. Analytics (KPI values, reports) gets clicks per minute: a minute's clicks are sent once
    the minute is over, by a flush every NETWISE_ADVOCACY_CLICK_FLUSH_INTERVAL_SECONDS (15 s by
    default), so they appear there about 15 s after their minute ends.

    Args:
        code (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyProblemDetail | Any | str
     """


    return sync_detailed(
        code=code,
client=client,
x_request_id=x_request_id,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,

) -> Response[AdvocacyProblemDetail | Any | str]:
    """ Follow a tracked short link (public)

     Counts the click (not for bots, link previews or the same client again within
    NETWISE_ADVOCACY_CLICK_DEDUPE_MINUTES) and redirects. Shares and clicks count here as soon as they
    are made. Analytics (KPI values, reports) gets clicks per minute: a minute's clicks are sent once
    the minute is over, by a flush every NETWISE_ADVOCACY_CLICK_FLUSH_INTERVAL_SECONDS (15 s by
    default), so they appear there about 15 s after their minute ends.

    Args:
        code (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvocacyProblemDetail | Any | str]
     """


    kwargs = _get_kwargs(
        code=code,
x_request_id=x_request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,

) -> AdvocacyProblemDetail | Any | str | None:
    """ Follow a tracked short link (public)

     Counts the click (not for bots, link previews or the same client again within
    NETWISE_ADVOCACY_CLICK_DEDUPE_MINUTES) and redirects. Shares and clicks count here as soon as they
    are made. Analytics (KPI values, reports) gets clicks per minute: a minute's clicks are sent once
    the minute is over, by a flush every NETWISE_ADVOCACY_CLICK_FLUSH_INTERVAL_SECONDS (15 s by
    default), so they appear there about 15 s after their minute ends.

    Args:
        code (str):
        x_request_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvocacyProblemDetail | Any | str
     """


    return (await asyncio_detailed(
        code=code,
client=client,
x_request_id=x_request_id,

    )).parsed
