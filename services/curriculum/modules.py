"""Modules: drafts, prerequisites, publishing snapshots and retirement. Functions flush but never commit."""

from typing import Any

from sqlmodel.ext.asyncio.session import AsyncSession

from kit.db import apply_changes, save
from kit.events import Outbox
from kit.ids import utcnow
from kit.problems import Conflict, Unprocessable
from services.curriculum import assignments
from services.curriculum import repositories as repo
from services.curriculum.models import (
    Module,
    ModuleVersion,
)
from services.curriculum.schemas import (
    ModuleCreate,
    ModuleUpdate,
)
from services.curriculum.settings import CurriculumSettings

SNAPSHOT_FIELDS = ("phase", "content", "default_locale", "job_functions", "platforms", "competencies",
                   "estimated_minutes", "prerequisites")


async def create_module(session: AsyncSession, org_id: str, data: ModuleCreate) -> Module:
    values = data.model_dump(mode="json")
    values["default_locale"] = data.default_locale or next(iter(data.content))
    module = Module(org_id=org_id, **values)
    await _check_prerequisites(session, module, data.prerequisites)
    return await save(session, module)


async def update_module(session: AsyncSession, module: Module, data: ModuleUpdate) -> Module:
    changes = data.model_dump(mode="json", exclude_unset=True)
    if "prerequisites" in changes:
        if changes["prerequisites"] is None:
            changes["prerequisites"] = []
        await _check_prerequisites(session, module, changes["prerequisites"])
    for key in ("content", "phase", "job_functions", "platforms", "competencies", "estimated_minutes"):
        if key in changes and changes[key] is None:
            raise Unprocessable.field(key, "may not be null")
    content = changes.get("content", module.content)
    locale = changes.get("default_locale") or module.default_locale
    if locale not in content:
        raise Unprocessable.field("default_locale", "must be one of the content's locales")
    changes["default_locale"] = locale
    if "review_by" in changes:
        changes["review_by"] = data.review_by
    if apply_changes(module, changes):
        module.revision += 1
        module.has_unpublished_changes = True
        module.updated_at = utcnow()
        await save(session, module)
    return module


async def _check_prerequisites(session: AsyncSession, module: Module, prerequisites: list[str]) -> None:
    """Prerequisites exist in the organisation and never form a cycle."""
    for index, prerequisite in enumerate(prerequisites):
        if prerequisite == module.id:
            raise Unprocessable.field(f"prerequisites[{index}]", "a module cannot be its own prerequisite")
        await repo.module(session, module.org_id, prerequisite, field=f"prerequisites[{index}]")
    graph = {m.id: list(m.prerequisites) for m in await repo.modules(session, module.org_id)}
    graph[module.id] = list(prerequisites)
    stack, seen = list(prerequisites), set()
    while stack:
        current = stack.pop()
        if current == module.id:
            raise Unprocessable.field("prerequisites", "would make a cycle: the module would require itself")
        if current not in seen:
            seen.add(current)
            stack.extend(graph.get(current, []))


def _snapshot(module: Module) -> dict[str, Any]:
    snapshot = {key: getattr(module, key) for key in SNAPSHOT_FIELDS}
    snapshot["review_by"] = module.review_by.isoformat() if module.review_by else None
    return snapshot


async def publish_module(session: AsyncSession, outbox: Outbox, settings: CurriculumSettings,
                         module: Module) -> Module:
    """Freezes the draft as the next version; a module flagged for review sends refreshers when republished."""
    if not module.has_unpublished_changes and not module.needs_review and module.status == "published":
        raise Conflict("the published version is current: change the draft before publishing again")
    for index, prerequisite_id in enumerate(module.prerequisites):
        prerequisite = await repo.module(session, module.org_id, prerequisite_id)
        if prerequisite.version == 0 or prerequisite.status != "published":
            raise Unprocessable.field(f"prerequisites[{index}]", f"module {prerequisite_id} is not published")
    now = utcnow()
    was_flagged = module.needs_review and module.version > 0
    module.version += 1
    module.revision += 1
    module.status = "published"
    module.needs_review = False
    module.review_reason = None
    module.has_unpublished_changes = False
    module.published_at = module.updated_at = now
    session.add(module)
    session.add(ModuleVersion(org_id=module.org_id, module_id=module.id, version=module.version,
                              snapshot=_snapshot(module), published_at=now))
    await session.flush()
    if was_flagged:
        await assignments.assign_refreshers(session, outbox, settings, module, now)
    return module


async def retire_module(session: AsyncSession, module: Module) -> Module:
    if module.status == "retired":
        return module
    module.status = "retired"
    module.revision += 1
    module.updated_at = utcnow()
    return await save(session, module)
