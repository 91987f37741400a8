"""identity's dependency aliases: who may do what, declared once."""

from typing import Annotated

from fastapi import Depends, Request

from kit.app import app_settings
from kit.auth import Principal, require
from services.identity.settings import IdentitySettings
from services.identity.sign_in import Providers

PeopleReader = Annotated[Principal, require(roles={"admin", "manager", "analyst"},
                                            scopes={"people:read", "people:write"})]
PeopleWriter = Annotated[Principal, require(roles={"admin"}, scopes={"people:write"})]
Admin = Annotated[Principal, require(roles={"admin"})]


SettingsDep = Annotated[IdentitySettings, Depends(app_settings)]


async def _providers(request: Request) -> Providers:
    providers: Providers = request.app.state.providers
    return providers


ProvidersDep = Annotated[Providers, Depends(_providers)]  # the organisations' OpenID providers, as last fetched
