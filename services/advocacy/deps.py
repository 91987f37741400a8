"""advocacy's dependency aliases: who may do what, declared once."""

from typing import Annotated

from fastapi import Depends, Request

from kit.app import app_settings
from kit.auth import Principal, require
from services.advocacy.settings import AdvocacySettings

Editor = Annotated[Principal, require(roles={"editor"})]
Comms = Annotated[Principal, require(roles={"comms"})]
HoldKeeper = Annotated[Principal, require(roles={"comms", "admin"})]
ProgrammeAdmin = Annotated[Principal, require(roles={"admin", "comms"})]
DigestRunner = Annotated[Principal, require(roles={"editor", "admin"})]
StatsReader = Annotated[Principal, require(roles={"editor", "manager", "analyst", "admin", "comms"})]
WIDER_THAN_MANAGER = frozenset({"editor", "analyst", "admin", "comms"})


SettingsDep = Annotated[AdvocacySettings, Depends(app_settings)]


def public_base(request: Request) -> str:
    """This service's URL as the client sees it: configured, else through the gateway's forwarding headers."""
    settings: AdvocacySettings = request.app.state.settings
    if settings.public_base_url:
        return settings.public_base_url.rstrip("/")
    host = request.headers.get("x-forwarded-host")
    if host:
        proto = request.headers.get("x-forwarded-proto", request.url.scheme)
        return f"{proto}://{host}{request.headers.get('x-forwarded-prefix', '')}".rstrip("/")
    return str(request.base_url).rstrip("/")


PublicBase = Annotated[str, Depends(public_base)]
