"""analytics's tables. API shapes live in schemas.py."""

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, MetaData, UniqueConstraint, false
from sqlmodel import Field, SQLModel

from kit.db import UTCDateTime
from kit.directory import Directory
from kit.events import event_tables
from kit.idempotency import idempotency_table
from kit.ids import new_id, utcnow

# time_entries' dimension key columns, in the order reports read them.
REPORT_KEYS = ["person_key", "unit_key", "job_function_key", "channel_key", "activity_key"]


class AnalyticsTable(SQLModel):
    metadata = MetaData()


class TimeEntry(AnalyticsTable, table=True):
    """Minutes a person spent on one channel and activity on one calendar day (organisation's time zone).

    The person's org unit and job function are copied at write time, so history stays with the unit
    the work was done for and reports group without a join; so is the hourly rate valid on the day.
    Each dimension is also kept as an integer key (dimension_keys, see dimensions.py): reports read
    only those, from a narrow covering index, and hash integers instead of strings.

    On PostgreSQL the table is hash-partitioned by person_key (migration 0004), so a report's
    per-person step runs partition by partition on small hash tables; the primary key there is
    (id, person_key), since a partitioned table's unique keys must hold its partition key.
    """

    __tablename__ = "time_entries"
    __table_args__ = (
        # A person's days: the 1440-minute check reads minutes (and the key that prunes partitions) from the index
        # alone on PostgreSQL.
        Index("ix_time_entries_org_person_date", "org_id", "person_id", "work_date",
              postgresql_include=["minutes", "person_key"]),
        # Reports and cap usage: integer keys only, so a month of entries is a short, narrow index-only scan.
        Index("ix_time_entries_report", "org_key", "work_date",
              postgresql_include=[*REPORT_KEYS, "minutes", "hourly_minor"]),
    )

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(max_length=36)
    person_id: str = Field(max_length=36)
    org_unit_id: str | None = Field(default=None, max_length=36)
    job_function: str | None = Field(default=None, max_length=32)
    work_date: date
    minutes: int
    channel: str | None = Field(default=None, max_length=32)
    activity: str | None = Field(default=None, max_length=32)
    note: str | None = Field(default=None, max_length=500)
    source: str = Field(max_length=16)
    # The rate valid on work_date (person's, else job function's), kept current by every rate write (costing.py);
    # None means uncosted. Reports sum minutes x hourly_minor without joining the rates.
    hourly_minor: int | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    version: int = 1
    # The same dimensions as keys of dimension_keys, set with them on every write (dimensions.with_keys).
    org_key: int
    person_key: int
    unit_key: int | None = None
    job_function_key: int | None = None
    channel_key: int | None = None
    activity_key: int | None = None


class DimensionKey(AnalyticsTable, table=True):
    """A small integer for each value a report groups or filters by (an org, person, unit, channel, ...).

    Keys are handed out once and never change or get reused, so any row's key can be read back to its value,
    even for a unit the directory has since deleted.
    """

    __tablename__ = "dimension_keys"
    __table_args__ = (UniqueConstraint("kind", "value", name="uq_dimension_keys_kind_value"),)

    key: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)
    value: str = Field(max_length=64)


class RunningTimer(AnalyticsTable, table=True):
    """A started, not yet stopped timer; the unique constraint keeps one per person even under races."""

    __tablename__ = "running_timers"
    __table_args__ = (UniqueConstraint("org_id", "person_id", name="uq_running_timers_person"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(max_length=36)
    person_id: str = Field(max_length=36)
    channel: str | None = Field(default=None, max_length=32)
    activity: str | None = Field(default=None, max_length=32)
    note: str | None = Field(default=None, max_length=500)
    started_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class LockedPeriod(AnalyticsTable, table=True):
    """A closed month: its entries can no longer be created, changed or deleted."""

    __tablename__ = "locked_periods"

    org_id: str = Field(primary_key=True, max_length=36)
    month: date = Field(primary_key=True)
    locked_by: str = Field(max_length=64)
    locked_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class OrgSettings(AnalyticsTable, table=True):
    """The organisation's analytics choices; absent means every default applies."""

    __tablename__ = "org_settings"

    org_id: str = Field(primary_key=True, max_length=36)
    investment_target_percent: int = 20
    activity_categories: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # Advocacy's programme owns the earned media rates; these project its programme.updated events.
    earned_media_cpm_minor: int = 0
    earned_media_cpc_minor: int = 0
    earned_media_version: int = 0  # the programme version they came from: a late, older event changes nothing
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    version: int = 1


class Cap(AnalyticsTable, table=True):
    __tablename__ = "caps"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(index=True, max_length=36)
    name: str = Field(max_length=200)
    scope: str = Field(max_length=16)
    scope_id: str | None = Field(default=None, max_length=36)
    channel: str | None = Field(default=None, max_length=32)
    activity: str | None = Field(default=None, max_length=32)
    period: str = Field(max_length=16)
    window_days: int | None = None
    limit_minutes: int
    thresholds: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    hard: bool = False
    per_person: bool = True
    # A person-scoped cap's status is the person's: its setter sees it only with this consent, set by the person.
    status_shared_with_setter: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    version: int = 1


class CapAlert(AnalyticsTable, table=True):
    """A threshold already announced for one cap, person (or `*` for a pooled cap) and period: never twice."""

    __tablename__ = "cap_alerts"

    cap_id: str = Field(primary_key=True, max_length=36)
    subject: str = Field(primary_key=True, max_length=36)
    period_start: date = Field(primary_key=True)
    threshold: int = Field(primary_key=True)
    org_id: str = Field(max_length=36)
    used_minutes: int
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Study(AnalyticsTable, table=True):
    __tablename__ = "studies"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(index=True, max_length=36)
    name: str = Field(max_length=200)
    starts_on: date
    ends_on: date
    unit_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    person_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    channels: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    activities: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    version: int = 1


class CostRate(AnalyticsTable, table=True):
    """An hourly loaded cost valid from `effective_from` until the next rate of the same subject."""

    __tablename__ = "cost_rates"
    __table_args__ = (UniqueConstraint("org_id", "subject_kind", "subject", "effective_from",
                                       name="uq_cost_rates_subject_from"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(index=True, max_length=36)
    subject_kind: str = Field(max_length=16)  # "job_function" or "person"
    subject: str = Field(max_length=36)
    effective_from: date
    effective_to: date | None = None  # exclusive; kept in step so reports join on a plain range
    hourly_minor: int
    currency: str = Field(max_length=3)
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class AdSpend(AnalyticsTable, table=True):
    __tablename__ = "ad_spend"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(index=True, max_length=36)
    channel: str = Field(max_length=32)
    starts_on: date
    ends_on: date
    amount_minor: int
    currency: str = Field(max_length=3)
    note: str | None = Field(default=None, max_length=500)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Kpi(AnalyticsTable, table=True):
    """An organisation's own KPI; the standard ones live in code (kpis.STANDARD_KPIS)."""

    __tablename__ = "kpis"
    __table_args__ = (UniqueConstraint("org_id", "key", name="uq_kpis_org_key"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(max_length=36)
    key: str = Field(max_length=64)
    unit: str = Field(max_length=16)
    names: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    formulas: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    version: int = 1


class KpiMeasurement(AnalyticsTable, table=True):
    __tablename__ = "kpi_measurements"
    __table_args__ = (Index("ix_kpi_measurements_org_kpi", "org_id", "kpi_key", "starts_on"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(max_length=36)
    kpi_key: str = Field(max_length=64)
    channel: str | None = Field(default=None, max_length=32)
    starts_on: date
    ends_on: date
    value: str = Field(max_length=40)  # a decimal as text: exact on every backend, never a float
    note: str | None = Field(default=None, max_length=500)
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class KpiFact(AnalyticsTable, table=True):
    """What other services told us, reduced to what derived KPIs count.

    kind: certification | policy_published | policy_ack | ambassador | share | click.
    `key` makes redelivered or repeated facts land on the same row.
    """

    __tablename__ = "kpi_facts"

    org_id: str = Field(primary_key=True, max_length=36)
    kind: str = Field(primary_key=True, max_length=24)
    key: str = Field(primary_key=True, max_length=120)
    person_id: str | None = Field(default=None, max_length=36)
    label: str | None = Field(default=None, max_length=120)
    occurred_at: datetime = Field(sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    quantity: int = 0


class Objective(AnalyticsTable, table=True):
    __tablename__ = "objectives"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(index=True, max_length=36)
    title: str = Field(max_length=200)
    owner_id: str = Field(max_length=36)
    kpi_key: str = Field(max_length=64)
    channel: str | None = Field(default=None, max_length=32)
    target: str = Field(max_length=40)
    starts_on: date
    ends_on: date
    learning_intent: str = Field(max_length=2000)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    version: int = 1


class UseCase(AnalyticsTable, table=True):
    __tablename__ = "use_cases"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(index=True, max_length=36)
    org_unit_id: str = Field(max_length=36)
    channel: str = Field(max_length=32)
    purpose: str = Field(max_length=1000)
    business_value: str = Field(max_length=1000)
    kpi_keys: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    owner_id: str = Field(max_length=36)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    version: int = 1


def row_values(row: Any) -> dict[str, Any]:
    """A table row as plain values (for building responses from Core rows)."""
    return dict(row._mapping)


class LearningRecord(AnalyticsTable, table=True):
    """An xAPI statement's learning time, once per statement: the entry it made (None when it made none: its month
    was locked, its day full or out of range), and whether the statement was voided since."""

    __tablename__ = "learning_records"

    org_id: str = Field(primary_key=True, max_length=36)
    statement_id: str = Field(primary_key=True, max_length=36)
    time_entry_id: str | None = Field(default=None, max_length=36)
    voided: bool = False
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


outbox_table, inbox_table = event_tables(AnalyticsTable.metadata)
directory = Directory(AnalyticsTable.metadata)
idempotency_keys = idempotency_table(AnalyticsTable.metadata)


class ReportSubscription(AnalyticsTable, table=True):
    """A leader or manager who asked for the leadership report by mail each month."""

    __tablename__ = "report_subscriptions"

    org_id: str = Field(primary_key=True, max_length=36)
    person_id: str = Field(primary_key=True, max_length=36)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ReportMailing(AnalyticsTable, table=True):
    """A month's report mailed to one person: written with the sending, so each month goes out once."""

    __tablename__ = "report_mailings"

    org_id: str = Field(primary_key=True, max_length=36)
    person_id: str = Field(primary_key=True, max_length=36)
    period_start: date = Field(primary_key=True)
    sent_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
