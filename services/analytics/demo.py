"""Demo data for `netwise up`: a quarter of Fjordline's communication time, caps, a finished study, rates, KPIs."""

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import insert
from sqlmodel import select

from contracts.events import identity
from kit.db import Database
from kit.events import CloudEvent, Outbox
from kit.ids import new_id, utcnow
from services.analytics import dimensions
from services.analytics.costing import RateBook
from services.analytics.models import (
    Cap,
    CostRate,
    KpiMeasurement,
    Objective,
    OrgSettings,
    Study,
    TimeEntry,
    UseCase,
    directory,
)
from services.analytics.periods import month_start, next_month, today_in

DAYS = 91

# Per job function: typical (channel, activity, minutes low, minutes high, chance on a workday).
PROFILES: dict[str, list[tuple[str, str, int, int, float]]] = {
    "sales": [("linkedin", "social_selling", 10, 45, 0.8), ("email", "social_selling", 15, 60, 0.6),
              ("phone", "customer_service", 10, 40, 0.4), ("linkedin", "learning", 15, 30, 0.1)],
    "customer_service": [("facebook", "customer_service", 6, 45, 0.9), ("messenger", "customer_service", 5, 30, 0.7),
                         ("x", "monitoring", 5, 15, 0.4), ("email", "customer_service", 20, 90, 0.8),
                         ("phone", "customer_service", 30, 120, 0.8)],
    "marketing": [("instagram", "content_creation", 30, 120, 0.7), ("linkedin", "content_creation", 20, 60, 0.5),
                  ("facebook", "community_management", 15, 60, 0.6), ("advertising", "ad_management", 20, 90, 0.4),
                  ("press", "strategy", 30, 90, 0.15), ("meetings", "reporting", 30, 60, 0.2)],
    "product": [("pinterest", "content_creation", 15, 45, 0.3), ("instagram", "monitoring", 5, 20, 0.3)],
    "analytics": [("meetings", "reporting", 30, 90, 0.4), ("linkedin", "monitoring", 10, 30, 0.3)],
    "hr": [("linkedin", "content_creation", 15, 60, 0.5), ("email", "other", 10, 30, 0.4)],
    "it": [("x", "monitoring", 5, 15, 0.2), ("email", "other", 5, 20, 0.2)],
    "leadership": [("linkedin", "strategy", 15, 45, 0.4), ("meetings", "strategy", 30, 60, 0.3),
                   ("press", "strategy", 20, 60, 0.1)],
    "other": [("facebook", "customer_service", 5, 20, 0.3), ("instagram", "content_creation", 10, 30, 0.2)],
}

# Hourly loaded cost per job function in major units of the organisation's currency (SEK for Fjordline).
HOURLY = {"leadership": 1150, "sales": 720, "customer_service": 520, "marketing": 690, "product": 760,
          "analytics": 780, "hr": 640, "it": 780, "other": 480}


def _event(org: dict[str, Any], event_type: str, data: dict[str, Any]) -> CloudEvent:
    return CloudEvent(id=new_id(), source="/netwise/identity", type=event_type, org=org["id"], data=data)


async def seed_demo(db: Database, outbox: Outbox, org: dict[str, Any], units: list[dict[str, Any]],
                    people: list[dict[str, Any]]) -> None:
    """Seeds the demo organisation once; does nothing when it already has caps."""
    org_id = org["id"]
    async with db.transaction() as session:
        if (await session.exec(select(Cap).where(Cap.org_id == org_id))).first() is not None:
            return
        # The directory normally fills from identity's events; the seed runs before the relay has delivered them.
        await directory.take(session, _event(org, identity.ORGANISATION_CREATED, org))
        for unit in units:
            await directory.take(session, _event(org, identity.ORG_UNIT_CREATED, unit))
        for person in people:
            await directory.take(session, _event(org, identity.PERSON_CREATED, person))
        rules = await directory.rules(session, org_id)
        today = today_in(rules.timezone)
        first_day = today - timedelta(days=DAYS)
        unit_by_name = {u["name"]: u["id"] for u in units}
        by_email = {p["email"]: p for p in people}
        admin = next((p for p in people if "admin" in p["roles"]), people[0])
        rng = random.Random(org_id)

        rates: list[CostRate] = []
        for function, hourly in HOURLY.items():
            earlier = CostRate(org_id=org_id, subject_kind="job_function", subject=function,
                               effective_from=date(first_day.year - 1, 1, 1), effective_to=month_start(today),
                               hourly_minor=hourly * 100 - 2500, currency=rules.currency, created_by=admin["id"])
            current = CostRate(org_id=org_id, subject_kind="job_function", subject=function,
                               effective_from=month_start(today), hourly_minor=hourly * 100,
                               currency=rules.currency, created_by=admin["id"])
            rates += [earlier, current]
        session.add_all(rates)
        book = RateBook.of(rates)  # each entry costed at the rate valid on its day, as every write path does

        rows: list[dict[str, Any]] = []
        for person in sorted(people, key=lambda p: p["email"]):
            profile = PROFILES.get(person["job_function"], PROFILES["other"])
            for offset in range(DAYS):
                day = first_day + timedelta(days=offset)
                if day.weekday() >= 5:
                    continue
                spent = 0
                for channel, activity, low, high, chance in profile:
                    if rng.random() >= chance:
                        continue
                    minutes = rng.randint(low, high)
                    if spent + minutes > 480:
                        break
                    spent += minutes
                    now = utcnow()
                    rows.append({"id": new_id(), "org_id": org_id, "person_id": person["id"],
                                 "org_unit_id": person.get("org_unit_id"), "job_function": person["job_function"],
                                 "work_date": day, "minutes": minutes, "channel": channel, "activity": activity,
                                 "note": None, "source": rng.choice(["manual", "manual", "timer", "integration"]),
                                 "created_at": now, "updated_at": now, "version": 1,
                                 "hourly_minor": book.hourly(person["id"], person["job_function"], day)})
        rows = await dimensions.with_keys(session, rows)
        await session.execute(insert(TimeEntry.__table__), rows)  # type: ignore[attr-defined]


        marketing = unit_by_name.get("Marketing & Communications")
        service_unit = unit_by_name.get("Customer Service")
        if marketing:
            session.add(Cap(org_id=org_id, name="Marketing: community management, 6 h a week", scope="org_unit",
                            scope_id=marketing, activity="community_management", period="week", limit_minutes=360,
                            thresholds=[50, 80, 100], created_by=admin["id"]))
        session.add(Cap(org_id=org_id, name="Customer service on Facebook, 30 minutes a day", scope="job_function",
                        scope_id="customer_service", channel="facebook", period="day", limit_minutes=30,
                        thresholds=[80, 100], created_by=admin["id"]))
        session.add(Cap(org_id=org_id, name="Everyone: social selling, 10 h in any 14 days", scope="organisation",
                        activity="social_selling", period="rolling", window_days=14, limit_minutes=600,
                        thresholds=[50, 80, 100], hard=True, created_by=admin["id"]))

        study_end = today - timedelta(days=21)
        session.add(Study(org_id=org_id, name="Two weeks of all communication work",
                          starts_on=study_end - timedelta(days=13), ends_on=study_end,
                          unit_ids=[u for u in (marketing, service_unit) if u],
                          closed_at=datetime.combine(study_end + timedelta(days=2), datetime.min.time(), UTC)))

        session.add(OrgSettings(org_id=org_id, investment_target_percent=20, activity_categories={"learning":
                                "investment"}))  # earned media rates arrive from advocacy's programme

        month = month_start(first_day)
        measures = [("followers", "instagram", 18400, 420), ("followers", "linkedin", 9100, 260),
                    ("leads", "linkedin", 34, 6), ("leads", "email", 21, 4), ("resolved_cases", "facebook", 640, 40),
                    ("resolved_cases", "messenger", 410, 30), ("job_applications", "linkedin", 48, 9),
                    ("website_visits", "pinterest", 5200, 600)]
        step = 0
        while next_month(month) <= today:
            ends = next_month(month) - timedelta(days=1)
            for key, channel, base, growth in measures:
                value = base + growth * step + rng.randint(-growth // 3, growth // 3)
                session.add(KpiMeasurement(org_id=org_id, kpi_key=key, channel=channel, starts_on=month, ends_on=ends,
                                           value=str(value), created_by=admin["id"]))
            month, step = next_month(month), step + 1


        def owner(email: str, fallback: dict[str, Any]) -> str:
            return str(by_email.get(email, fallback)["id"])

        sales_lead = owner("karin.lindqvist@fjordline.example", admin)
        marketing_lead = owner("linnea.strom@fjordline.example", admin)
        service_lead = owner("henrik.nilsson@fjordline.example", admin)
        quarter_start, quarter_end = month_start(first_day), today
        session.add_all([
            Objective(org_id=org_id, title="Leads from LinkedIn social selling", owner_id=sales_lead, kpi_key="leads",
                      channel="linkedin", target="120", starts_on=quarter_start, ends_on=quarter_end,
                      learning_intent="Whether an hour a week of social selling per seller brings leads we would "
                                      "not get by phone and e-mail"),
            Objective(org_id=org_id, title="Cases resolved on Facebook", owner_id=service_lead,
                      kpi_key="resolved_cases", channel="facebook", target="2000", starts_on=quarter_start,
                      ends_on=quarter_end, learning_intent="If answering on Facebook within the 30-minute daily cap "
                                                           "keeps up with demand, or the cap must move"),
            Objective(org_id=org_id, title="Half of the staff certified", owner_id=marketing_lead,
                      kpi_key="training_coverage", target="50", starts_on=quarter_start, ends_on=quarter_end,
                      learning_intent="Which units take up the ambassador track without being pushed"),
        ])
        use_cases = [("B2B Sales", "linkedin", "Social selling to purchasing managers at chains and hotels",
                      "Shorter sales cycles and warmer first meetings", ["leads"], sales_lead),
                     ("Customer Service", "facebook", "Answer customer questions where customers already ask them",
                      "Fewer calls, faster resolution, public proof of good service", ["resolved_cases"],
                      service_lead),
                     ("Marketing & Communications", "instagram", "Show the new collections and store life",
                      "Awareness and traffic to the web shop", ["followers", "website_visits"], marketing_lead),
                     ("People & Culture", "linkedin", "Employer branding through our own people",
                      "More and better applications", ["job_applications"], owner("malin.sjoberg@fjordline.example",
                                                                                   admin)),
                     ("Web Shop & Product", "pinterest", "Product pins that link straight to the shop",
                      "Orders from inspiration searches", ["website_visits"], owner(
                          "anders.bjornstad@fjordline.example", admin))]
        for unit_name, channel, purpose, value_text, keys, owner_id in use_cases:
            if unit_name in unit_by_name:
                session.add(UseCase(org_id=org_id, org_unit_id=unit_by_name[unit_name], channel=channel,
                                    purpose=purpose, business_value=value_text, kpi_keys=keys, owner_id=owner_id))
