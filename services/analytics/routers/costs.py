"""Hourly loaded cost per job function or person, with history, and paid advertising spend."""

from typing import Annotated

from fastapi import APIRouter, Query, Response
from sqlmodel import select

from kit.db import SessionDep
from kit.pagination import Listing, Page, PagerDep, columns_of, page_of
from kit.tenancy import of_org_where, org_filters, owned
from services.analytics import costing
from services.analytics.deps import Steward
from services.analytics.models import AdSpend, CostRate
from services.analytics.schemas import (
    AdSpendCreate,
    AdSpendPublic,
    Channel,
    CostRateCreate,
    CostRatePublic,
    RateSubject,
)

router = APIRouter(tags=["cost"])
_RATES = Listing(lambda *given: select(*columns_of(CostRate, CostRatePublic)).where(
    *of_org_where(CostRate, *given)), CostRate.id)
_SPEND = Listing(lambda *given: select(*columns_of(AdSpend, AdSpendPublic)).where(
    *of_org_where(AdSpend, *given)), AdSpend.id)


@router.post("/v1/cost-rates", response_model=CostRatePublic, status_code=201,
             summary="Add a rate from a date on; earlier rates stay for the days before it")
async def add_cost_rate(body: CostRateCreate, principal: Steward, session: SessionDep,
                        response: Response) -> CostRatePublic:
    rate = await costing.add_rate(session, principal, body)
    response.headers["Location"] = f"/v1/cost-rates/{rate.id}"
    return CostRatePublic.model_validate(rate)


@router.get("/v1/cost-rates", response_model=Page[CostRatePublic], summary="Rates and their history")
async def list_cost_rates(principal: Steward, session: SessionDep, pager: PagerDep,
                          subject_kind: RateSubject | None = None,
                          subject: Annotated[str | None, Query(max_length=36)] = None) -> Page[CostRatePublic]:
    shape, values = org_filters(principal.org, subject_kind=subject_kind, subject=subject)
    rows, cursor = await pager.listed(session, _RATES, shape, values)
    return page_of(CostRatePublic, rows, cursor)


@router.delete("/v1/cost-rates/{rate_id}", status_code=204, response_class=Response,
               summary="Delete a rate entered by mistake; its neighbours close the gap")
async def delete_cost_rate(rate_id: str, principal: Steward, session: SessionDep) -> Response:
    rate = await owned(session, CostRate, principal.org, rate_id, "cost rate")
    await costing.remove_rate(session, rate)
    return Response(status_code=204)


@router.post("/v1/ad-spend", response_model=AdSpendPublic, status_code=201,
             summary="Record paid advertising spend for a channel and period")
async def add_ad_spend(body: AdSpendCreate, principal: Steward, session: SessionDep,
                       response: Response) -> AdSpendPublic:
    spend = await costing.add_ad_spend(session, principal, body)
    response.headers["Location"] = f"/v1/ad-spend/{spend.id}"
    return AdSpendPublic.model_validate(spend)


@router.get("/v1/ad-spend", response_model=Page[AdSpendPublic], summary="Advertising spend")
async def list_ad_spend(principal: Steward, session: SessionDep, pager: PagerDep,
                        channel: Channel | None = None) -> Page[AdSpendPublic]:
    shape, values = org_filters(principal.org, channel=channel)
    rows, cursor = await pager.listed(session, _SPEND, shape, values)
    return page_of(AdSpendPublic, rows, cursor)


@router.delete("/v1/ad-spend/{spend_id}", status_code=204, response_class=Response, summary="Delete ad spend")
async def delete_ad_spend(spend_id: str, principal: Steward, session: SessionDep) -> Response:
    await costing.remove_ad_spend(session, await owned(session, AdSpend, principal.org, spend_id, "ad spend"))
    return Response(status_code=204)
