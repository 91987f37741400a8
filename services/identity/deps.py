"""identity's dependency aliases: who may do what, declared once."""

from typing import Annotated

from fastapi import Depends

from kit.app import app_settings
from kit.auth import Principal, require
from services.identity.settings import IdentitySettings

PeopleReader = Annotated[Principal, require(roles={"admin", "manager", "analyst"},
                                            scopes={"people:read", "people:write"})]
PeopleWriter = Annotated[Principal, require(roles={"admin"}, scopes={"people:write"})]
Admin = Annotated[Principal, require(roles={"admin"})]


SettingsDep = Annotated[IdentitySettings, Depends(app_settings)]
