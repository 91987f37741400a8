"""Objectives (a KPI target with what the team means to learn) and the use-case register per unit."""

from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlmodel import select

from kit.auth import Authenticated
from kit.db import SessionDep
from kit.etag import created, matched, tagged
from kit.pagination import Listing, Page, PagerDep, columns_of, page_of
from kit.tenancy import of_org_where, org_filters, owned
from services.analytics import kpis, planning
from services.analytics import repositories as repo
from services.analytics.deps import CapSetter
from services.analytics.models import Objective, UseCase, directory
from services.analytics.schemas import (
    ObjectiveCreate,
    ObjectivePublic,
    ObjectiveUpdate,
    UseCaseCreate,
    UseCasePublic,
    UseCaseUpdate,
)

router = APIRouter(tags=["planning"])
_OBJECTIVES = Listing(lambda: select(Objective).where(*of_org_where(Objective)), Objective.id)
_USE_CASES = Listing(lambda *given: select(*columns_of(UseCase, UseCasePublic)).where(
    *of_org_where(UseCase, *given)), UseCase.id)


async def _objective(session: SessionDep, objective: Objective) -> ObjectivePublic:
    rules = await directory.rules(session, objective.org_id)
    settings = await repo.settings_of(session, objective.org_id)
    entry = await kpis.find(session, objective.org_id, objective.kpi_key)
    current = None if entry is None else await kpis.kpi_value(
        session, rules, settings, entry, objective.starts_on, objective.ends_on, objective.channel)
    target = Decimal(objective.target)
    progress = None
    if current is not None and target:
        progress = float((current * 100 / target).quantize(Decimal("0.1"), ROUND_HALF_UP))
    return ObjectivePublic(**objective.model_dump(exclude={"org_id", "target"}), target=target, current=current,
                           progress_percent=progress)


@router.post("/v1/objectives", response_model=ObjectivePublic, status_code=201, summary="Set an objective")
async def create_objective(body: ObjectiveCreate, principal: CapSetter, session: SessionDep,
                           response: Response) -> ObjectivePublic:
    objective = created(response, await planning.create_objective(session, principal, body), "/v1/objectives")
    return await _objective(session, objective)


@router.get("/v1/objectives", response_model=Page[ObjectivePublic], summary="Objectives with their progress")
async def list_objectives(principal: Authenticated, session: SessionDep, pager: PagerDep) -> Page[ObjectivePublic]:
    values = {"org_id": principal.org}
    return await pager.presented(session, _OBJECTIVES, (), values, lambda o: _objective(session, o))


@router.get("/v1/objectives/{objective_id}", response_model=ObjectivePublic, summary="An objective")
async def get_objective(objective_id: str, principal: Authenticated, session: SessionDep,
                        response: Response) -> ObjectivePublic:
    objective = tagged(response, await owned(session, Objective, principal.org, objective_id, "objective"))
    return await _objective(session, objective)


@router.patch("/v1/objectives/{objective_id}", response_model=ObjectivePublic, summary="Change an objective")
async def update_objective(objective_id: str, body: ObjectiveUpdate, principal: CapSetter, session: SessionDep,
                           request: Request, response: Response) -> ObjectivePublic:
    objective = matched(request, await owned(session, Objective, principal.org, objective_id, "objective"))
    objective = tagged(response, await planning.update_objective(session, principal, objective, body))
    return await _objective(session, objective)


@router.delete("/v1/objectives/{objective_id}", status_code=204, response_class=Response,
               summary="Remove an objective")
async def delete_objective(objective_id: str, principal: CapSetter, session: SessionDep) -> Response:
    await planning.delete_objective(session, await owned(session, Objective, principal.org, objective_id,
                                                            "objective"))
    return Response(status_code=204)


# -- use cases ------------------------------------------------------------------------------------


@router.post("/v1/use-cases", response_model=UseCasePublic, status_code=201,
             summary="Register how a unit uses a channel, for what value, shown by which KPIs")
async def create_use_case(body: UseCaseCreate, principal: CapSetter, session: SessionDep,
                          response: Response) -> UseCasePublic:
    use_case = created(response, await planning.create_use_case(session, principal, body), "/v1/use-cases")
    return UseCasePublic.model_validate(use_case)


@router.get("/v1/use-cases", response_model=Page[UseCasePublic], summary="The use-case register")
async def list_use_cases(principal: Authenticated, session: SessionDep, pager: PagerDep,
                         org_unit_id: Annotated[str | None, Query(max_length=36)] = None) -> Page[UseCasePublic]:
    shape, values = org_filters(principal.org, org_unit_id=org_unit_id)
    rows, cursor = await pager.listed(session, _USE_CASES, shape, values)
    return page_of(UseCasePublic, rows, cursor)


@router.get("/v1/use-cases/{use_case_id}", response_model=UseCasePublic, summary="A use case")
async def get_use_case(use_case_id: str, principal: Authenticated, session: SessionDep,
                       response: Response) -> UseCasePublic:
    use_case = tagged(response, await owned(session, UseCase, principal.org, use_case_id, "use case"))
    return UseCasePublic.model_validate(use_case)


@router.patch("/v1/use-cases/{use_case_id}", response_model=UseCasePublic, summary="Change a use case")
async def update_use_case(use_case_id: str, body: UseCaseUpdate, principal: CapSetter, session: SessionDep,
                          request: Request, response: Response) -> UseCasePublic:
    use_case = matched(request, await owned(session, UseCase, principal.org, use_case_id, "use case"))
    use_case = tagged(response, await planning.update_use_case(session, principal, use_case, body))
    return UseCasePublic.model_validate(use_case)


@router.delete("/v1/use-cases/{use_case_id}", status_code=204, response_class=Response, summary="Remove a use case")
async def delete_use_case(use_case_id: str, principal: CapSetter, session: SessionDep) -> Response:
    use_case = await owned(session, UseCase, principal.org, use_case_id, "use case")
    await planning.delete_use_case(session, principal, use_case)
    return Response(status_code=204)
