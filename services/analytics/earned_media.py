"""Earned media rates come from advocacy's programme: one setting, owned there, projected here from its events.

Both services value the same shares and clicks with the same rates (minor units) and the same rounding, so a
leader sees one earned media value. Events may arrive out of order after a failed delivery: the highest
programme version wins.
"""

from sqlmodel.ext.asyncio.session import AsyncSession

from contracts.events import advocacy
from kit.events import CloudEvent, EventHandler
from kit.ids import utcnow
from services.analytics import repositories as repo
from services.analytics.models import OrgSettings


async def _programme_updated(session: AsyncSession, event: CloudEvent, d: advocacy.ProgrammeUpdated) -> None:
    settings = await repo.settings_of(session, event.org)
    if d.version <= settings.earned_media_version:
        return
    stored = await session.get(OrgSettings, event.org) is not None
    settings.earned_media_cpm_minor = d.earned_media_cpm_minor
    settings.earned_media_cpc_minor = d.earned_media_cpc_minor
    settings.earned_media_version = d.version
    if stored:
        settings.version += 1  # GET /v1/settings shows the rates: its ETag changes with them
    settings.updated_at = utcnow()
    session.add(settings)
    await session.flush()


def handlers() -> dict[str, EventHandler]:
    return {advocacy.PROGRAMME_UPDATED: _programme_updated}
