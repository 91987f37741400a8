"""Platform changes: the modules covering a changed platform are flagged for review.

Functions flush but never commit: the request's session commits or rolls back.
"""


from sqlmodel.ext.asyncio.session import AsyncSession

from kit.db import save
from services.curriculum import repositories as repo
from services.curriculum.models import (
    PlatformChange,
)
from services.curriculum.schemas import (
    PlatformChangeIn,
)


async def record_platform_change(session: AsyncSession, org_id: str, data: PlatformChangeIn) -> PlatformChange:
    """Flags every published module covering the platform for review."""
    flagged: list[str] = []
    reason = f"{data.platform} changed on {data.effective_on.isoformat()}: {data.summary}"[:1000]
    for module in await repo.modules(session, org_id):
        if module.status == "published" and data.platform in module.platforms:
            module.needs_review, module.review_reason = True, reason
            module.revision += 1
            session.add(module)
            flagged.append(module.id)
    change = PlatformChange(org_id=org_id, platform=data.platform, summary=data.summary,
                            effective_on=data.effective_on, flagged_module_ids=flagged)
    return await save(session, change)
