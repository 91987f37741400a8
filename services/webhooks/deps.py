"""webhooks' dependency aliases: who may do what, declared once."""

from typing import Annotated

from fastapi import Depends

from kit.app import app_settings
from kit.auth import Principal, require
from services.webhooks.settings import WebhooksSettings

Admin = Annotated[Principal, require(roles={"admin"})]
SettingsDep = Annotated[WebhooksSettings, Depends(app_settings)]
