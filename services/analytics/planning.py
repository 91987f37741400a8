"""Objectives (a KPI target with what the team means to learn) and the use-case register per unit.

Functions flush but never commit: the request's session does.
"""

from typing import Any

from sqlmodel.ext.asyncio.session import AsyncSession

from kit.auth import Principal
from kit.db import remove, save
from kit.problems import Unprocessable
from services.analytics import caps, kpis
from services.analytics import repositories as repo
from services.analytics.models import Objective, UseCase, directory
from services.analytics.schemas import ObjectiveCreate, ObjectiveUpdate, UseCaseCreate, UseCaseUpdate


async def check_person(session: AsyncSession, org_id: str, person_id: str, field: str) -> None:
    if await directory.person(session, org_id, person_id) is None:
        raise Unprocessable.field(field, f"no person {person_id} in this organisation")


async def check_kpis(session: AsyncSession, org_id: str, keys: list[str], field: str) -> None:
    known = {k.key for k in await kpis.catalogue(session, org_id)}
    for i, key in enumerate(keys):
        if key not in known:
            raise Unprocessable.field(field if len(keys) == 1 and field == "kpi_key" else f"{field}[{i}]",
                                      f"no KPI {key} in the catalogue")


async def check_unit(session: AsyncSession, principal: Principal, unit_id: str) -> None:
    """The unit exists and, for a manager, is one they manage (the rule for setting caps)."""
    if unit_id not in await repo.unit_names(session, principal.org):
        raise Unprocessable.field("org_unit_id", f"no org unit {unit_id} in this organisation")
    await caps.check_cap_scope(session, principal, "org_unit", unit_id)


def _apply(row: Any, changes: dict[str, Any]) -> bool:
    for name, value in changes.items():
        if value is None:
            raise Unprocessable.field(name, "may not be null")
        setattr(row, name, str(value) if name == "target" else value)
    return bool(changes)


async def _save_changed(session: AsyncSession, row: Objective | UseCase, changes: dict[str, Any]) -> None:
    if _apply(row, changes):
        row.version += 1
        session.add(row)
        await session.flush()


# -- objectives ------------------------------------------------------------------------------------

async def create_objective(session: AsyncSession, principal: Principal, body: ObjectiveCreate) -> Objective:
    await check_person(session, principal.org, body.owner_id, "owner_id")
    await check_kpis(session, principal.org, [body.kpi_key], "kpi_key")
    objective = Objective(org_id=principal.org, **body.model_dump(exclude={"target"}), target=str(body.target))
    return await save(session, objective)


async def update_objective(session: AsyncSession, principal: Principal, objective: Objective,
                           body: ObjectiveUpdate) -> Objective:
    changes = body.model_dump(exclude_unset=True)
    if changes.get("owner_id"):
        await check_person(session, principal.org, changes["owner_id"], "owner_id")
    await _save_changed(session, objective, changes)
    return objective


async def delete_objective(session: AsyncSession, objective: Objective) -> None:
    await remove(session, objective)


# -- use cases -------------------------------------------------------------------------------------

async def create_use_case(session: AsyncSession, principal: Principal, body: UseCaseCreate) -> UseCase:
    await check_unit(session, principal, body.org_unit_id)
    await check_person(session, principal.org, body.owner_id, "owner_id")
    await check_kpis(session, principal.org, body.kpi_keys, "kpi_keys")
    use_case = UseCase(org_id=principal.org, **body.model_dump())
    return await save(session, use_case)


async def update_use_case(session: AsyncSession, principal: Principal, use_case: UseCase,
                          body: UseCaseUpdate) -> UseCase:
    await check_unit(session, principal, use_case.org_unit_id)
    changes = body.model_dump(exclude_unset=True)
    if changes.get("owner_id"):
        await check_person(session, principal.org, changes["owner_id"], "owner_id")
    if changes.get("kpi_keys"):
        await check_kpis(session, principal.org, changes["kpi_keys"], "kpi_keys")
    await _save_changed(session, use_case, changes)
    return use_case


async def delete_use_case(session: AsyncSession, principal: Principal, use_case: UseCase) -> None:
    await check_unit(session, principal, use_case.org_unit_id)
    await remove(session, use_case)
