"""ETags from a row version, and the `If-Match` check that turns a lost update into a 412."""

from fastapi import Request, Response

from kit.problems import PreconditionFailed


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
