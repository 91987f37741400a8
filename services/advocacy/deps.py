"""advocacy's dependency aliases: who may do what, declared once."""

from typing import Annotated

from fastapi import Depends

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


