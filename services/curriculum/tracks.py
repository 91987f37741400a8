"""Tracks: ordered modules with an optional certification. Functions flush but never commit."""

from typing import Any

from sqlmodel.ext.asyncio.session import AsyncSession

from kit.db import apply_changes, save
from kit.ids import utcnow
from kit.problems import Unprocessable
from services.curriculum import repositories as repo
from services.curriculum.models import (
    Track,
)
from services.curriculum.schemas import (
    TrackCreate,
    TrackUpdate,
)


async def _check_track_modules(session: AsyncSession, org_id: str, module_ids: list[str], *,
                               published: bool) -> None:
    for index, module_id in enumerate(module_ids):
        module = await repo.module(session, org_id, module_id, field=f"module_ids[{index}]")
        if published and (module.version == 0 or module.status != "published"):
            raise Unprocessable.field(f"module_ids[{index}]", f"module {module_id} is not published")


def _certification_values(spec: dict[str, Any] | None) -> dict[str, Any]:
    return {"certification_key": spec["key"] if spec else None,
            "certification_validity_days": spec["validity_days"] if spec else None}


async def create_track(session: AsyncSession, org_id: str, data: TrackCreate) -> Track:
    await _check_track_modules(session, org_id, data.module_ids, published=False)
    values = data.model_dump(mode="json", exclude={"certification", "required"})
    values["default_locale"] = data.default_locale or next(iter(data.content))
    required = data.required if data.required is not None else data.phase != "foundations"
    track = Track(org_id=org_id, required=required, **values,
                  **_certification_values(data.certification.model_dump(mode="json") if data.certification else None))
    return await save(session, track)


async def update_track(session: AsyncSession, track: Track, data: TrackUpdate) -> Track:
    changes = data.model_dump(mode="json", exclude_unset=True)
    for key in ("content", "phase", "module_ids", "audience_job_functions", "audience_unit_ids", "required"):
        if key in changes and changes[key] is None:
            raise Unprocessable.field(key, "may not be null")
    if "module_ids" in changes:
        await _check_track_modules(session, track.org_id, changes["module_ids"],
                                   published=track.status == "published")
        if track.status == "published" and not changes["module_ids"]:
            raise Unprocessable.field("module_ids", "a published track needs at least one module")
    if "certification" in changes:
        changes |= _certification_values(changes.pop("certification"))
    content = changes.get("content", track.content)
    locale = changes.get("default_locale") or track.default_locale
    if locale not in content:
        raise Unprocessable.field("default_locale", "must be one of the content's locales")
    changes["default_locale"] = locale
    if apply_changes(track, changes):
        track.revision += 1
        track.updated_at = utcnow()
        await save(session, track)
    return track


async def set_track_status(session: AsyncSession, track: Track, status: str) -> Track:
    if status == "published":
        if not track.module_ids:
            raise Unprocessable.field("module_ids", "a track needs at least one module to be published")
        await _check_track_modules(session, track.org_id, track.module_ids, published=True)
    if track.status != status:
        track.status = status
        track.revision += 1
        track.updated_at = utcnow()
        if status == "published":
            track.published_at = track.updated_at
        await save(session, track)
    return track
