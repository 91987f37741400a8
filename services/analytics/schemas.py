"""analytics's API shapes."""

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from contracts.vocabulary import JobFunction
from kit import inputs
from kit.inputs import NotNull
from kit.privacy import Suppression

Day = date  # for fields named `date`, whose name would shadow the type inside the class


class Channel(StrEnum):
    """Where the work happened: the social networks plus the other ways an organisation communicates."""

    facebook = "facebook"
    instagram = "instagram"
    linkedin = "linkedin"
    x = "x"
    tiktok = "tiktok"
    youtube = "youtube"
    pinterest = "pinterest"
    snapchat = "snapchat"
    threads = "threads"
    messenger = "messenger"
    whatsapp = "whatsapp"
    email = "email"
    phone = "phone"
    press = "press"
    meetings = "meetings"
    advertising = "advertising"
    training = "training"  # learning: courses, modules, e.g. recorded by an LMS over xAPI
    other = "other"


SOCIAL_CHANNELS = frozenset({Channel.facebook, Channel.instagram, Channel.linkedin, Channel.x, Channel.tiktok,
                             Channel.youtube, Channel.pinterest, Channel.snapchat, Channel.threads,
                             Channel.messenger, Channel.whatsapp})


class Activity(StrEnum):
    content_creation = "content_creation"
    community_management = "community_management"
    customer_service = "customer_service"
    social_selling = "social_selling"
    monitoring = "monitoring"
    learning = "learning"
    strategy = "strategy"
    reporting = "reporting"
    ad_management = "ad_management"
    other = "other"


class Category(StrEnum):
    investment = "investment"
    operations = "operations"


# Building strategy, pages and content is investment; running the work day to day is operations.
DEFAULT_CATEGORIES: dict[Activity, Category] = {
    Activity.content_creation: Category.investment,
    Activity.strategy: Category.investment,
    Activity.learning: Category.investment,
    Activity.community_management: Category.operations,
    Activity.customer_service: Category.operations,
    Activity.social_selling: Category.operations,
    Activity.monitoring: Category.operations,
    Activity.reporting: Category.operations,
    Activity.ad_management: Category.operations,
    Activity.other: Category.operations,
}


class Source(StrEnum):
    manual = "manual"
    timer = "timer"
    import_ = "import"
    integration = "integration"
    xapi = "xapi"  # learning time from an xAPI statement, recorded from curriculum's events


Id = Annotated[str, StringConstraints(min_length=1, max_length=36)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Note = Annotated[str, StringConstraints(max_length=500)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1000)]
Minutes = Annotated[int, Field(ge=1, le=1440, description="Whole minutes, 1-1440.")]
KpiKey = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{1,63}$")]
# At most what an INTEGER column holds on PostgreSQL (SQLite would store more; PostgreSQL answered 500).
Money = Annotated[int, Field(ge=0, le=2**31 - 1, description="Amount in minor units of the organisation's currency.")]
DecimalValue = Annotated[Decimal, Field(max_digits=18, decimal_places=4, allow_inf_nan=False)]
Locale = Annotated[str, StringConstraints(pattern=r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", max_length=35)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def check_range(starts_on: date, ends_on: date, field: str = "ends_on") -> None:
    if ends_on < starts_on:
        raise ValueError(f"{field} must not be before starts_on")


# -- time entries --------------------------------------------------------------------------------

class TimeEntryCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "date": "2026-11-02",
        "minutes": 25,
        "channel": "linkedin",
        "activity": "content_creation",
        "note": "Post about the Bergen route",
    }]})
    person_id: Id | None = Field(default=None, description="Whose time; omitted means the caller's own.")
    date: inputs.Day = Field(description="Calendar day in the organisation's time zone.")
    minutes: Minutes
    channel: Channel | None = None
    activity: Activity | None = None
    note: Note | None = None
    source: Source = Source.manual


class TimeEntryUpdate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "minutes": 30,
        "note": "Post and replies about the Bergen route",
    }]})
    date: NotNull[inputs.Day] = None
    minutes: NotNull[Minutes] = None
    channel: Channel | None = None
    activity: Activity | None = None
    note: Note | None = None


class TimeEntryPublic(BaseModel):
    id: str
    person_id: str
    org_unit_id: str | None
    job_function: str | None
    date: Day
    minutes: int
    channel: Channel | None
    activity: Activity | None
    category: Category | None = Field(description="Investment or operations, by the organisation's mapping.")
    note: str | None
    source: Source
    created_at: datetime
    updated_at: datetime
    version: int


class BulkTimeEntries(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "entries": [
            {
                "date": "2026-11-02",
                "minutes": 25,
                "channel": "linkedin",
                "activity": "content_creation",
                "person_id": "01a23e3f-c6a1-7f00-9c2b-2f6e1d4c78c0",
            },
            {
                "date": "2026-11-02",
                "minutes": 40,
                "channel": "facebook",
                "activity": "customer_service",
                "person_id": "01a23e3f-c6a1-7f00-9c2b-2f6e1d4c7a11",
            },
        ],
    }]})
    entries: Annotated[list[TimeEntryCreate], Field(min_length=1, max_length=1000)]


class BulkCreated(BaseModel):
    """Ids in the order of the request's entries; fetch an entry for its details."""

    created: int
    ids: list[str]


class ImportReport(BaseModel):
    created: int
    minutes: int


class TimerStart(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "channel": "linkedin",
        "activity": "community_management",
    }]})
    channel: Channel | None = None
    activity: Activity | None = None
    note: Note | None = None


class TimerPublic(BaseModel):
    id: str
    person_id: str
    channel: Channel | None
    activity: Activity | None
    note: str | None
    started_at: datetime
    elapsed_minutes: int


class LockCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{"month": "2026-10"}]})
    month: Annotated[str, StringConstraints(pattern=r"^20\d{2}-(0[1-9]|1[0-2])$")] = Field(
        description="The month to lock, YYYY-MM, in the organisation's calendar.")


class LockPublic(BaseModel):
    month: str
    locked_by: str
    locked_at: datetime


# -- organisation settings -----------------------------------------------------------------------

class SettingsPublic(BaseModel):
    investment_target_percent: int = Field(description="Target share of time on investment; the rest is operations.")
    activity_categories: dict[Activity, Category] = Field(description="Every activity with its effective category.")
    earned_media_cpm_minor: int = Field(
        description="Value of 1000 potential impressions from shares (minor units). Read-only here: set in "
        "advocacy's programme (PUT /advocacy/v1/programme), which owns it.")
    earned_media_cpc_minor: int = Field(
        description="Value of one click on a shared link (minor units). Read-only here: set in advocacy's programme.")
    currency: str
    version: int


class SettingsUpdate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{"investment_target_percent": 20}]})
    investment_target_percent: NotNull[Annotated[int, Field(ge=0, le=100)]] = None
    activity_categories: NotNull[dict[Activity, Category]] = Field(
        default=None, description="Overrides; activities left out keep the default.")


# -- caps ----------------------------------------------------------------------------------------

class CapScope(StrEnum):
    organisation = "organisation"
    org_unit = "org_unit"
    job_function = "job_function"
    person = "person"


class Period(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    quarter = "quarter"
    rolling = "rolling"


Thresholds = Annotated[list[Annotated[int, Field(ge=1, le=1000)]], Field(min_length=1, max_length=10)]


class CapCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "name": "Sales on social, per person",
        "scope": "job_function",
        "scope_id": "sales",
        "period": "week",
        "limit_minutes": 180,
        "per_person": True,
        "thresholds": [80, 100],
        "hard": False,
    }]})
    name: Name
    scope: CapScope
    scope_id: Id | None = Field(default=None, description="Org unit id, job function or person id; none for "
                                "the organisation.")
    channel: Channel | None = None
    activity: Activity | None = None
    period: Period
    window_days: Annotated[int, Field(ge=1, le=366)] | None = Field(default=None, description="For rolling only.")
    limit_minutes: Annotated[int, Field(ge=1, le=1_000_000)]
    thresholds: Thresholds = [50, 80, 100]
    hard: bool = Field(default=False, description="Refuse entries that would pass the limit.")
    per_person: bool = Field(default=True, description="The limit applies to each person in scope; false pools "
                             "everyone's minutes against one limit.")

    @model_validator(mode="after")
    def _consistent(self) -> "CapCreate":
        if (self.period == Period.rolling) != (self.window_days is not None):
            raise ValueError("window_days is required for a rolling period and only allowed there")
        if (self.scope == CapScope.organisation) != (self.scope_id is None):
            raise ValueError("scope_id is required unless the scope is the organisation, and not allowed then")
        if self.scope == CapScope.job_function and self.scope_id not in {j.value for j in JobFunction}:
            raise ValueError("scope_id must be a job function for a job_function scope")
        return self


class CapUpdate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{"limit_minutes": 240, "thresholds": [75, 100]}]})
    name: NotNull[Name] = None
    limit_minutes: NotNull[Annotated[int, Field(ge=1, le=1_000_000)]] = None
    thresholds: NotNull[Thresholds] = None
    hard: NotNull[bool] = None


class CapPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    name: str
    scope: CapScope
    scope_id: str | None
    channel: Channel | None
    activity: Activity | None
    period: Period
    window_days: int | None
    limit_minutes: int
    thresholds: list[int]
    hard: bool
    per_person: bool
    status_shared_with_setter: bool = Field(description="For a person-scoped cap: whether the person lets the "
                                            "leader who set it see its status. Only the person sets it, with "
                                            "`PUT /v1/caps/{cap_id}/consent`; off until then.")
    created_by: str
    created_at: datetime
    version: int


class CapConsent(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{"status_shared_with_setter": True}]})
    status_shared_with_setter: bool = Field(description="true lets the leader who set this cap on you see your "
                                            "status against it; false takes that back at once.")


class Usage(BaseModel):
    used_minutes: int
    limit_minutes: int
    remaining_minutes: int
    percent: float = Field(description="Used as a percentage of the limit, one decimal.")
    days_left: int = Field(description="Days from today to the end of the period, today included.")
    average_minutes_per_day_left: int = Field(description="Remaining minutes spread over the days left.")


class PersonCapStatus(Usage):
    cap: CapPublic
    period_start: date
    period_end: date


class CapStatus(BaseModel):
    cap: CapPublic
    period_start: date
    period_end: date
    people_in_scope: int
    people_with_time: int | None = Field(description="People who recorded time against a per-person cap.")
    pooled: Usage | None = Field(description="For a pooled cap: the scope's usage against the one limit.")
    people_over_limit: int | None = Field(description="For a per-person cap: how many people passed the limit.")
    people_at_threshold: dict[str, int] = Field(description="Per threshold percent: people (or 1 for a pooled "
                                                "cap) at or beyond it.")
    average_used_minutes: int | None = Field(description="Average minutes per person in scope.")
    person: Usage | None = Field(default=None, description="For a person-scoped cap, to the person and (with "
                                 "their consent) the leader who set it: the person's own usage.")
    suppression: Suppression


# -- studies -------------------------------------------------------------------------------------

class StudyCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "name": "Autumn time study",
        "starts_on": "2026-10-05",
        "ends_on": "2026-10-18",
        "unit_ids": ["01a23e3f-b201-7c11-8a3e-5d0c9e2f4b10"],
        "channels": ["linkedin", "facebook"],
    }]})
    name: Name
    starts_on: inputs.Day
    ends_on: inputs.Day
    unit_ids: Annotated[list[Id], Field(max_length=200)] = []
    person_ids: Annotated[list[Id], Field(max_length=5000)] = []
    channels: Annotated[list[Channel], Field(max_length=len(Channel))] = Field(
        default=[], description="Channels reported in detail; empty means all communication work.")
    activities: Annotated[list[Activity], Field(max_length=len(Activity))] = []

    @model_validator(mode="after")
    def _range(self) -> "StudyCreate":
        check_range(self.starts_on, self.ends_on)
        if not self.unit_ids and not self.person_ids:
            raise ValueError("name participants: unit_ids, person_ids or both")
        return self


class StudyUpdate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{"ends_on": "2026-10-25"}]})
    name: NotNull[Name] = None
    ends_on: NotNull[inputs.Day] = None


class StudyPublic(BaseModel):
    id: str
    name: str
    starts_on: date
    ends_on: date
    unit_ids: list[str]
    person_ids: list[str]
    channels: list[Channel]
    activities: list[Activity]
    status: str = Field(description="planned, running, ended (past its end, not yet closed) or closed.")
    closed_at: datetime | None
    created_at: datetime
    version: int


# -- cost ----------------------------------------------------------------------------------------

class RateSubject(StrEnum):
    job_function = "job_function"
    person = "person"


class CostRateCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "subject_kind": "job_function",
        "subject": "sales",
        "effective_from": "2026-01-01",
        "hourly_minor": 65000,
    }]})
    subject_kind: RateSubject
    subject: Id = Field(description="A job function, or a person id.")
    effective_from: inputs.Day
    hourly_minor: Annotated[int, Field(ge=0, le=10**9)] = Field(
        description="Hourly loaded cost in minor units of the organisation's currency.")

    @model_validator(mode="after")
    def _function(self) -> "CostRateCreate":
        if self.subject_kind == RateSubject.job_function and self.subject not in {j.value for j in JobFunction}:
            raise ValueError("subject must be a job function when subject_kind is job_function")
        return self


class CostRatePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    subject_kind: RateSubject
    subject: str
    effective_from: date
    effective_to: date | None = Field(description="Exclusive; none while it is the latest rate.")
    hourly_minor: int
    currency: str
    created_by: str
    created_at: datetime


class AdSpendCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "channel": "linkedin",
        "starts_on": "2026-11-01",
        "ends_on": "2026-11-30",
        "amount_minor": 4500000,
        "note": "Sponsored posts for the Bergen route",
    }]})
    channel: Channel
    starts_on: inputs.Day
    ends_on: inputs.Day
    amount_minor: Money
    note: Note | None = None

    @model_validator(mode="after")
    def _range(self) -> "AdSpendCreate":
        check_range(self.starts_on, self.ends_on)
        return self


class AdSpendPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    channel: Channel
    starts_on: date
    ends_on: date
    amount_minor: int
    currency: str
    note: str | None
    created_at: datetime


# -- KPIs ----------------------------------------------------------------------------------------

class KpiUnit(StrEnum):
    number = "number"
    percent = "percent"
    money = "money"
    minutes = "minutes"


class KpiKind(StrEnum):
    manual = "manual"
    derived = "derived"


class KpiCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "key": "qualified_leads",
        "unit": "number",
        "names": {"en": "Qualified leads", "nb": "Kvalifiserte leads"},
        "formulas": {
            "en": "Leads from social that sales accepted, by the CRM",
            "nb": "Leads fra sosiale medier som salg godtok, ifølge CRM",
        },
    }]})
    key: KpiKey
    unit: KpiUnit = KpiUnit.number
    names: Annotated[dict[Locale, Name], Field(min_length=1, max_length=20)]
    formulas: Annotated[dict[Locale, Text], Field(min_length=1, max_length=20)]


class KpiPublic(BaseModel):
    key: str
    kind: KpiKind
    unit: KpiUnit
    name: str
    formula: str = Field(description="How the value is computed, in words.")
    locale: str = Field(description="The locale the name and formula are in.")
    standard: bool


class MeasurementCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "kpi_key": "qualified_leads",
        "starts_on": "2026-11-01",
        "ends_on": "2026-11-30",
        "value": 42,
        "channel": "linkedin",
        "note": "From the CRM, campaign source = social",
    }]})
    kpi_key: KpiKey
    channel: Channel | None = None
    starts_on: inputs.Day
    ends_on: inputs.Day
    value: DecimalValue
    note: Note | None = None

    @model_validator(mode="after")
    def _range(self) -> "MeasurementCreate":
        check_range(self.starts_on, self.ends_on)
        return self


class MeasurementPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    kpi_key: str
    channel: Channel | None
    starts_on: date
    ends_on: date
    value: Decimal
    note: str | None
    created_by: str
    created_at: datetime


class KpiValue(BaseModel):
    key: str
    kind: KpiKind
    unit: KpiUnit
    value: Decimal | None = Field(description="None when there is nothing to compute it from.")
    numerator: int | None = None
    denominator: int | None = None


class KpiValues(BaseModel):
    starts_on: date
    ends_on: date
    currency: str
    items: list[KpiValue]
    suppression: Suppression


# -- objectives and use cases --------------------------------------------------------------------

class ObjectiveCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "title": "More qualified leads from LinkedIn",
        "owner_id": "01a23e3f-c6a1-7f00-9c2b-2f6e1d4c78c0",
        "kpi_key": "qualified_leads",
        "target": 60,
        "starts_on": "2026-10-01",
        "ends_on": "2026-12-31",
        "channel": "linkedin",
        "learning_intent": "Does social selling training bring sales more qualified leads?",
    }]})
    title: Name
    owner_id: Id
    kpi_key: KpiKey
    channel: Channel | None = None
    target: DecimalValue
    starts_on: inputs.Day
    ends_on: inputs.Day
    learning_intent: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]

    @model_validator(mode="after")
    def _range(self) -> "ObjectiveCreate":
        check_range(self.starts_on, self.ends_on)
        return self


class ObjectiveUpdate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{"target": 70}]})
    title: NotNull[Name] = None
    owner_id: NotNull[Id] = None
    target: NotNull[DecimalValue] = None
    learning_intent: NotNull[Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]] \
        = None


class ObjectivePublic(BaseModel):
    id: str
    title: str
    owner_id: str
    kpi_key: str
    channel: Channel | None
    target: Decimal
    starts_on: date
    ends_on: date
    learning_intent: str
    current: Decimal | None = Field(description="The KPI's value over the objective's period so far.")
    progress_percent: float | None = Field(description="current / target, one decimal.")
    created_at: datetime
    version: int


class UseCaseCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "org_unit_id": "01a23e3f-b201-7c11-8a3e-5d0c9e2f4b10",
        "channel": "linkedin",
        "purpose": "Find and warm up freight customers",
        "business_value": "Qualified freight leads for the sales team",
        "owner_id": "01a23e3f-c6a1-7f00-9c2b-2f6e1d4c78c0",
        "kpi_keys": ["qualified_leads"],
    }]})
    org_unit_id: Id
    channel: Channel
    purpose: Text
    business_value: Text
    kpi_keys: Annotated[list[KpiKey], Field(max_length=20)] = []
    owner_id: Id


class UseCaseUpdate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "business_value": "Qualified freight leads, and shorter sales cycles",
    }]})
    purpose: NotNull[Text] = None
    business_value: NotNull[Text] = None
    kpi_keys: NotNull[Annotated[list[KpiKey], Field(max_length=20)]] = None
    owner_id: NotNull[Id] = None


class UseCasePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    org_unit_id: str
    channel: Channel
    purpose: str
    business_value: str
    kpi_keys: list[str]
    owner_id: str
    created_at: datetime
    version: int


# -- reports -------------------------------------------------------------------------------------

class GroupBy(StrEnum):
    unit = "unit"
    job_function = "job_function"
    person = "person"
    channel = "channel"
    activity = "activity"
    category = "category"
    day = "day"
    week = "week"
    month = "month"


class ReportRow(BaseModel):
    group: dict[str, str | None] = Field(description="The value of each group_by key.")
    minutes: int
    cost_minor: int
    uncosted_minutes: int = Field(description="Minutes with no rate for their date.")
    people: int


class TimeUseReport(BaseModel):
    starts_on: date
    ends_on: date
    group_by: list[GroupBy]
    currency: str
    rows: list[ReportRow]
    total_minutes: int = Field(description="Over the rows shown (suppressed groups are not added in).")
    total_cost_minor: int
    suppression: Suppression


class CategoryShare(BaseModel):
    category: Category
    minutes: int
    percent: float
    target_percent: int
    difference_points: float = Field(description="percent - target_percent.")


class InvestmentReport(BaseModel):
    starts_on: date
    ends_on: date
    items: list[CategoryShare]
    total_minutes: int = Field(description="Minutes with an activity, the base of the percentages.")
    uncategorised_minutes: int = Field(description="Minutes recorded without an activity.")
    suppression: Suppression


class CostPerResultRow(BaseModel):
    channel: Channel
    minutes: int
    time_cost_minor: int
    ad_spend_minor: int
    results: Decimal
    cost_per_result_minor: int | None


class CostPerResultReport(BaseModel):
    starts_on: date
    ends_on: date
    kpi_key: str
    currency: str
    include_ad_spend: bool
    rows: list[CostPerResultRow]
    suppression: Suppression


class UnitCoverage(BaseModel):
    org_unit_id: str
    unit_name: str
    headcount: int
    certified: int
    coverage_percent: float


class CoverageReport(BaseModel):
    certification_key: str | None
    as_of: datetime
    rows: list[UnitCoverage]
    suppression: Suppression


class UnitReach(BaseModel):
    org_unit_id: str
    unit_name: str
    headcount: int
    ambassadors: int
    shares: int
    potential_reach: int
    clicks: int


class ReachReport(BaseModel):
    starts_on: date
    ends_on: date
    rows: list[UnitReach]
    suppression: Suppression


class StudyRow(BaseModel):
    org_unit_id: str | None
    unit_name: str | None
    channel: str
    activity: str
    minutes: int
    share_percent: float = Field(description="Of the unit's study minutes.")
    cost_minor: int
    people: int


class StudyReport(BaseModel):
    study: StudyPublic
    currency: str
    rows: list[StudyRow]
    total_minutes: int
    suppression: Suppression


class LinkedUnit(BaseModel):
    """One org unit in one period: from training to ambassador activity to the time and money it spent."""

    org_unit_id: str
    unit_name: str
    headcount: int
    certified: int = Field(description="People with a valid certification at the end of the period.")
    coverage_percent: float
    ambassadors: int = Field(description="Ambassadors at the end of the period.")
    participation_percent: float
    shares: int
    potential_reach: int
    clicks: int
    minutes: int | None = Field(description="Null when fewer people than the minimum group size recorded time.")
    investment_minutes: int | None = Field(description="Null when fewer people than the minimum group size are "
                                           "behind the investment or the operations minutes.")
    operations_minutes: int | None
    cost_minor: int | None = Field(description="Cost of the minutes, in minor units of `currency`.")
    investment_percent: float | None = Field(description="Investment share of the categorised minutes.")


class LinkedKpi(BaseModel):
    key: str
    results: Decimal = Field(description="Measured results in the period (sum of measurements).")
    cost_per_result_minor: int | None = Field(description="Time cost and ad spend of the period per result.")


class LinkedTotals(BaseModel):
    """The organisation as a whole (org-wide readers only)."""

    headcount: int
    certified: int
    coverage_percent: float
    ambassadors: int
    participation_percent: float
    shares: int
    potential_reach: int
    clicks: int
    minutes: int
    investment_minutes: int
    operations_minutes: int
    cost_minor: int
    ad_spend_minor: int
    investment_percent: float | None
    kpis: list[LinkedKpi]


class LinkedPeriod(BaseModel):
    starts_on: date
    ends_on: date
    units: list[LinkedUnit]
    organisation: LinkedTotals | None = Field(description="Null for a manager, who sees their own units only.")


class Finding(BaseModel):
    code: str = Field(description="Which rule produced it, e.g. `investment_share`.")
    text: str = Field(description="The finding in the reader's language, from the numbers only.")
    values: dict[str, Any] = Field(description="The numbers the text states.")


class LinkedReport(BaseModel):
    period: Literal["month", "quarter"]
    currency: str
    investment_target_percent: int
    locale: str = Field(description="The language of `findings`.")
    periods: list[LinkedPeriod] = Field(description="Oldest first; the last is the period asked for.")
    findings: list[Finding]
    suppression: Suppression


class ReportMailSubscription(BaseModel):
    subscribed: bool = Field(description="Whether last month's leadership report is mailed to you each month.")
    mailed: list[date] = Field(description="The months (their first day) already mailed to you.")
