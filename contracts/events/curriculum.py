"""The events curriculum publishes, with the schema of their `data` (exported to openapi/events/)."""

from datetime import date, datetime

from pydantic import BaseModel, Field

from contracts.vocabulary import PERSONAL_DATA

ASSIGNMENT_CREATED = "netwise.curriculum.assignment.created"
MODULE_COMPLETED = "netwise.curriculum.module.completed"
TRACK_COMPLETED = "netwise.curriculum.track.completed"
CERTIFICATION_ISSUED = "netwise.curriculum.certification.issued"
CERTIFICATION_EXPIRED = "netwise.curriculum.certification.expired"
POLICY_ACKNOWLEDGED = "netwise.curriculum.policy.acknowledged"
POLICY_PUBLISHED = "netwise.curriculum.policy.published"
LMS_LEARNER_ARRIVED = "netwise.curriculum.lms_learner.arrived"
LEARNING_TIME_RECORDED = "netwise.curriculum.learning_time.recorded"
LEARNING_TIME_VOIDED = "netwise.curriculum.learning_time.voided"


class AssignmentCreated(BaseModel):
    id: str
    person_id: str = Field(json_schema_extra=PERSONAL_DATA)
    track_id: str | None
    module_id: str | None
    due_at: datetime | None
    source: str
    required: bool


class ModuleCompleted(BaseModel):
    person_id: str = Field(json_schema_extra=PERSONAL_DATA)
    module_id: str
    completed_at: datetime


class TrackCompleted(BaseModel):
    person_id: str = Field(json_schema_extra=PERSONAL_DATA)
    track_id: str
    completed_at: datetime


class CertificationIssued(BaseModel):
    id: str
    person_id: str = Field(json_schema_extra=PERSONAL_DATA)
    track_id: str
    certification_key: str
    issued_at: datetime
    expires_at: datetime


class CertificationExpired(BaseModel):
    id: str
    person_id: str = Field(json_schema_extra=PERSONAL_DATA)
    track_id: str
    certification_key: str
    expired_at: datetime


class PolicyAcknowledged(BaseModel):
    person_id: str = Field(json_schema_extra=PERSONAL_DATA)
    policy_id: str
    version: str
    major: int
    acknowledged_at: datetime


class PolicyPublished(BaseModel):
    policy_id: str
    version: str
    major: int
    requires_acknowledgement: bool
    published_at: datetime


class LmsLearnerArrived(BaseModel):
    """An LMS the organisation registered, with people created at their first launch, launched someone netwise
    does not know: identity creates them as a learner."""

    email: str = Field(json_schema_extra=PERSONAL_DATA, max_length=320)
    name: str = Field(json_schema_extra=PERSONAL_DATA, max_length=200, description="As the LMS gave it; may be empty")
    platform: str = Field(description="The LMS's name in netwise")


class LearningTimeRecorded(BaseModel):
    """A person of the organisation spent this time learning, as an xAPI statement for a mapped activity says
    (its `result.duration`). Once per statement: `statement_id` is the key a consumer records it under."""

    person_id: str = Field(json_schema_extra=PERSONAL_DATA)
    statement_id: str = Field(description="The xAPI statement's id")
    activity_id: str = Field(description="The statement's activity IRI", max_length=2000)
    module_id: str | None = Field(description="The module the activity is mapped to")
    track_id: str | None = Field(description="The track the activity is mapped to")
    day: date = Field(description="The day of the statement's timestamp in the organisation's time zone")
    minutes: int = Field(gt=0, description="The duration rounded to the nearest whole minute (half up)")


class LearningTimeVoided(BaseModel):
    """A statement was voided: the learning time recorded for it, if any, no longer counts."""

    statement_id: str = Field(description="The voided xAPI statement's id")


EVENT_SCHEMAS: dict[str, type[BaseModel]] = {
    ASSIGNMENT_CREATED: AssignmentCreated,
    MODULE_COMPLETED: ModuleCompleted,
    TRACK_COMPLETED: TrackCompleted,
    CERTIFICATION_ISSUED: CertificationIssued,
    CERTIFICATION_EXPIRED: CertificationExpired,
    POLICY_ACKNOWLEDGED: PolicyAcknowledged,
    POLICY_PUBLISHED: PolicyPublished,
    LMS_LEARNER_ARRIVED: LmsLearnerArrived,
    LEARNING_TIME_RECORDED: LearningTimeRecorded,
    LEARNING_TIME_VOIDED: LearningTimeVoided,
}
