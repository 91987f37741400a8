"""The events analytics publishes, with the schema of their `data` (exported to openapi/events/)."""

from datetime import date

from pydantic import BaseModel, Field

from contracts.vocabulary import PERSONAL_DATA

CAP_THRESHOLD_CROSSED = "netwise.analytics.cap.threshold_crossed"
STUDY_CLOSED = "netwise.analytics.study.closed"


class CapThresholdCrossed(BaseModel):
    """A person's (or a pooled scope's) minutes reached an alert threshold of a cap in one period."""

    cap_id: str
    person_id: str | None = Field(description="None for a pooled cap.", json_schema_extra=PERSONAL_DATA)
    scope: str
    scope_id: str | None
    period_start: date
    period_end: date
    threshold_percent: int
    used_minutes: int
    limit_minutes: int


class StudyClosed(BaseModel):
    study_id: str
    name: str
    starts_on: date
    ends_on: date


EVENT_SCHEMAS: dict[str, type[BaseModel]] = {
    CAP_THRESHOLD_CROSSED: CapThresholdCrossed,
    STUDY_CLOSED: StudyClosed,
}
