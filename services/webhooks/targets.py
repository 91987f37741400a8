"""The SSRF guard: an endpoint is a public HTTPS URL, never an address inside the deployment's network.

It is checked when an endpoint is saved and again before every attempt, on the addresses the host resolves to
then, so a name that later points inside (DNS rebinding) is refused at send time too.
"""

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit


class TargetRefused(Exception):
    """Why a URL may not receive deliveries, in words for the `url` field of a problem."""


def check_form(url: str, *, private_allowed: bool) -> tuple[str, int]:
    """The host and port of `url`, or TargetRefused when it is not an absolute http(s) URL we may send to."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise TargetRefused(f"is not a URL ({exc})") from None
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise TargetRefused("must be an absolute https:// URL")
    if parts.scheme == "http" and not private_allowed:
        raise TargetRefused("must use https (plain http is allowed in embedded mode only)")
    if parts.username or parts.password:
        raise TargetRefused("must not carry credentials; the signature authenticates deliveries")
    return parts.hostname, port or (443 if parts.scheme == "https" else 80)


async def check(url: str, *, private_allowed: bool) -> None:
    """TargetRefused unless every address `url`'s host resolves to is a public one (or private ones are allowed)."""
    host, port = check_form(url, private_allowed=private_allowed)
    if private_allowed:
        return
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise TargetRefused(f"host {host} does not resolve") from None
    for *_, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if not address.is_global:
            raise TargetRefused(f"resolves to {address}, a loopback, private or reserved address")
