"""The organisation's analytics settings: investment/operations mapping and target, earned media values.

Functions flush but never commit: the request's session does.
"""

from sqlmodel.ext.asyncio.session import AsyncSession

from kit.db import save
from kit.ids import utcnow
from kit.problems import Unprocessable
from services.analytics.models import OrgSettings
from services.analytics.schemas import SettingsUpdate


async def update_settings(session: AsyncSession, settings: OrgSettings, body: SettingsUpdate) -> OrgSettings:
    """Changes the given fields; new activity categories are merged into the mapping, not put in its place.

    `settings` may be the defaults of an organisation that never saved any: saving them is version 1.
    """
    changes = body.model_dump(exclude_unset=True)
    for name, value in changes.items():
        if value is None:
            raise Unprocessable.field(name, "may not be null")
        if name == "activity_categories":
            value = {**settings.activity_categories, **{str(a): str(c) for a, c in value.items()}}
        setattr(settings, name, value)
    if changes:
        if await session.get(OrgSettings, settings.org_id) is not None:
            settings.version += 1
        settings.updated_at = utcnow()
        await save(session, settings)
    return settings
