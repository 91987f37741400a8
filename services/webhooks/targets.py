"""The SSRF guard: an endpoint is a public HTTPS URL, never an address inside the deployment's network.

It is checked when an endpoint is saved and again before every attempt, on the addresses the host resolves to
then; the attempt connects to the address that was checked (the host's name still in `Host` and TLS SNI, and its
certificate verified against it), so a name that points inside between the check and the connection (DNS
rebinding) reaches nothing.
"""

import asyncio
import ipaddress
import socket
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit


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


@dataclass(frozen=True)
class Target:
    """Where an attempt connects, and what it tells the server so that it is still the endpoint's name."""

    url: str
    headers: dict[str, str]
    extensions: dict[str, Any]


async def check(url: str, *, private_allowed: bool) -> Target:
    """The target to send to, or TargetRefused unless every address `url`'s host resolves to is a public one (or
    private ones are allowed, embedded mode: then the URL is used as it is)."""
    host, port = check_form(url, private_allowed=private_allowed)
    if private_allowed:
        return Target(url, {}, {})
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise TargetRefused(f"host {host} does not resolve") from None
    addresses = []
    for *_, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if not address.is_global:
            raise TargetRefused(f"resolves to {address}, a loopback, private or reserved address")
        addresses.append(address)
    return pinned(url, addresses[0])


def pinned(url: str, address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> Target:
    """`url` connecting to `address`: the host's name goes in `Host` and, for https, in TLS SNI, which is also the
    name its certificate is verified against."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    literal = f"[{address}]" if address.version == 6 else str(address)
    named = _is_name(host)
    tls_by_name = named and parts.scheme == "https"
    headers = {"host": (host if named or ":" not in host else f"[{host}]") + port}
    if tls_by_name:
        # A pooled connection is keyed by address only: one made for this name must not carry another's request.
        headers["connection"] = "close"
    return Target(urlunsplit(parts._replace(netloc=literal + port)), headers,
                  {"sni_hostname": host} if tls_by_name else {})


def _is_name(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return True
    return False
