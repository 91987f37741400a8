"""ETags from a row version, and the `If-Match` check that turns a lost update into a 412.

A router answers a versioned row through three helpers, so every resource follows the same rules:
`tagged` (a read: the row's ETag), `created` (a new row: its ETag and `Location`) and `matched` (a change:
refused with 412 when `If-Match` names an older version); `matched_revision` for content whose draft has a
`revision` of its own beside the published `version`. `kit.contract` documents the headers and the 412
from these names.
"""

from typing import Protocol, TypeVar

from fastapi import Request, Response

from kit.problems import PreconditionFailed


class Versioned(Protocol):
    @property
    def version(self) -> int: ...


class Resource(Versioned, Protocol):
    @property
    def id(self) -> str: ...


class Revised(Protocol):
    @property
    def revision(self) -> int: ...


V = TypeVar("V", bound=Versioned)
R = TypeVar("R", bound=Resource)
D = TypeVar("D", bound=Revised)


def etag(version: int) -> str:
    return f'"{version}"'


def set_etag(response: Response, version: int) -> None:
    response.headers["ETag"] = etag(version)


def check_if_match(request: Request, version: int) -> None:
    """No `If-Match` means the client accepts last-write-wins; a stale one is refused."""
    header = request.headers.get("if-match")
    if header is None or header.strip() == "*":
        return
    offered = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    if etag(version) not in offered:
        raise PreconditionFailed(f"the resource changed (current ETag {etag(version)}); fetch it and retry")


def tagged(response: Response, row: V) -> V:
    """The row, its version set as the response's ETag."""
    set_etag(response, row.version)
    return row


def created(response: Response, row: R, collection: str) -> R:
    """A new row: its ETag, and `Location` under the collection's path (e.g. `/v1/objectives`)."""
    response.headers["Location"] = f"{collection}/{row.id}"
    return tagged(response, row)


def matched(request: Request, row: V) -> V:
    """The row, if `If-Match` is absent or names its current version; else a 412 and nothing changes."""
    check_if_match(request, row.version)
    return row


def matched_revision(request: Request, row: D) -> D:
    """`matched` for a draft: `If-Match` names the draft's revision, not the published version."""
    check_if_match(request, row.revision)
    return row
