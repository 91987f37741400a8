"""curriculum's tables. API shapes live in schemas.py so a column change cannot silently change the contract."""

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, MetaData, UniqueConstraint
from sqlmodel import Field, SQLModel

from kit.db import UTCDateTime
from kit.directory import Directory
from kit.events import event_tables
from kit.idempotency import idempotency_table
from kit.ids import new_id, utcnow
from kit.problems import Unprocessable


class CurriculumTable(SQLModel):
    metadata = MetaData()


def _json(default: Any = None) -> Any:
    return Field(default_factory=lambda: [] if default is None else default, sa_column=Column(JSON, nullable=False))


class Module(CurriculumTable, table=True):
    """The editable head of a module: editors change this draft; learners read `ModuleVersion` snapshots."""

    __tablename__ = "modules"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(index=True, max_length=36)
    status: str = Field(default="draft", max_length=16)
    version: int = 0  # the published version number; 0 until first published
    revision: int = 1  # the draft's ETag, bumped on each change
    phase: str = Field(max_length=16)
    content: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    default_locale: str = Field(max_length=35)
    job_functions: list[str] = _json()
    platforms: list[str] = _json()
    competencies: list[str] = _json()
    estimated_minutes: int = 15
    prerequisites: list[str] = _json()
    review_by: date | None = None
    needs_review: bool = False
    review_reason: str | None = Field(default=None, max_length=1000)
    has_unpublished_changes: bool = True
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    published_at: datetime | None = Field(default=None, sa_type=UTCDateTime)

    def require_published(self, field: str = "module") -> None:
        """Learners start, complete and get assigned published modules only."""
        if self.version == 0 or self.status != "published":
            raise Unprocessable.field(field, "the module is not published")


class ModuleVersion(CurriculumTable, table=True):
    """An immutable snapshot of a module as published: what learners read until the next publish."""

    __tablename__ = "module_versions"
    __table_args__ = (UniqueConstraint("module_id", "version", name="uq_module_versions_module_version"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(index=True, max_length=36)
    module_id: str = Field(foreign_key="modules.id", max_length=36)
    version: int
    snapshot: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    published_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Quiz(CurriculumTable, table=True):
    __tablename__ = "quizzes"

    module_id: str = Field(foreign_key="modules.id", primary_key=True, max_length=36)
    org_id: str = Field(index=True, max_length=36)
    pass_mark: int
    questions: list[dict[str, Any]] = _json()
    revision: int = 1
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class QuizAttempt(CurriculumTable, table=True):
    __tablename__ = "quiz_attempts"
    __table_args__ = (Index("ix_quiz_attempts_person_module", "org_id", "person_id", "module_id", "attempted_at"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(max_length=36)
    person_id: str = Field(max_length=36)
    module_id: str = Field(foreign_key="modules.id", max_length=36)
    module_version: int
    answers: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    score: int
    passed: bool
    attempted_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Track(CurriculumTable, table=True):
    __tablename__ = "tracks"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(index=True, max_length=36)
    status: str = Field(default="draft", max_length=16)
    phase: str = Field(max_length=16)
    content: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    default_locale: str = Field(max_length=35)
    module_ids: list[str] = _json()
    audience_job_functions: list[str] = _json()
    audience_unit_ids: list[str] = _json()
    required: bool = True
    certification_key: str | None = Field(default=None, max_length=63)
    certification_validity_days: int | None = None
    revision: int = 1
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    published_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class AssignmentRule(CurriculumTable, table=True):
    """ "Every person with job function X in unit Y gets track Z", applied now and on every person event."""

    __tablename__ = "assignment_rules"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(index=True, max_length=36)
    track_id: str = Field(foreign_key="tracks.id", max_length=36)
    job_functions: list[str] = _json()
    org_unit_id: str | None = Field(default=None, max_length=36)
    due_in_days: int | None = None
    required: bool = True
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Assignment(CurriculumTable, table=True):
    """Who must or may take what. `dedupe_key` makes a second identical assignment impossible."""

    __tablename__ = "assignments"
    __table_args__ = (
        UniqueConstraint("org_id", "person_id", "dedupe_key", name="uq_assignments_person_dedupe"),
        Index("ix_assignments_person", "org_id", "person_id"),
    )

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(max_length=36)
    person_id: str = Field(max_length=36)
    track_id: str | None = Field(default=None, foreign_key="tracks.id", max_length=36)
    module_id: str | None = Field(default=None, foreign_key="modules.id", max_length=36)
    source: str = Field(max_length=16)
    required: bool = True
    due_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    rule_id: str | None = Field(default=None, max_length=36)
    dedupe_key: str = Field(max_length=120)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    completed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ModuleProgress(CurriculumTable, table=True):
    __tablename__ = "module_progress"
    __table_args__ = (UniqueConstraint("org_id", "person_id", "module_id", name="uq_module_progress_person_module"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(max_length=36)
    person_id: str = Field(max_length=36)
    module_id: str = Field(foreign_key="modules.id", max_length=36)
    started_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    completed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    completed_version: int | None = None
    source: str | None = Field(default=None, max_length=16)


class TrackCompletion(CurriculumTable, table=True):
    __tablename__ = "track_completions"
    __table_args__ = (Index("ix_track_completions_person", "org_id", "person_id", "track_id"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(max_length=36)
    person_id: str = Field(max_length=36)
    track_id: str = Field(foreign_key="tracks.id", max_length=36)
    source: str = Field(max_length=16)
    completed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Certification(CurriculumTable, table=True):
    __tablename__ = "certifications"
    __table_args__ = (Index("ix_certifications_person", "org_id", "person_id"),
                      Index("ix_certifications_due", "expired_at", "expires_at"))

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(max_length=36)
    person_id: str = Field(max_length=36)
    track_id: str = Field(foreign_key="tracks.id", max_length=36)
    certification_key: str = Field(max_length=63)
    issued_at: datetime = Field(sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    expired_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    superseded_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    renewal_assigned_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class PlatformChange(CurriculumTable, table=True):
    __tablename__ = "platform_changes"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(index=True, max_length=36)
    platform: str = Field(max_length=16)
    summary: str = Field(max_length=2000)
    effective_on: date
    flagged_module_ids: list[str] = _json()
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Policy(CurriculumTable, table=True):
    __tablename__ = "policies"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(index=True, max_length=36)
    major: int = 1
    minor: int = 0
    revision: int = 1
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class PolicyVersion(CurriculumTable, table=True):
    __tablename__ = "policy_versions"
    __table_args__ = (UniqueConstraint("policy_id", "major", "minor", name="uq_policy_versions_number"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(index=True, max_length=36)
    policy_id: str = Field(foreign_key="policies.id", max_length=36)
    major: int
    minor: int
    content: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    default_locale: str = Field(max_length=35)
    change_summary: str | None = Field(default=None, max_length=2000)
    published_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class PolicyAcknowledgement(CurriculumTable, table=True):
    """One per person and major version: minor versions do not ask again."""

    __tablename__ = "policy_acknowledgements"
    __table_args__ = (UniqueConstraint("org_id", "policy_id", "person_id", "major", name="uq_policy_ack_major"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(max_length=36)
    policy_id: str = Field(foreign_key="policies.id", max_length=36)
    person_id: str = Field(max_length=36)
    major: int
    minor: int
    acknowledged_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class SelfAssessment(CurriculumTable, table=True):
    __tablename__ = "self_assessments"
    __table_args__ = (UniqueConstraint("org_id", "person_id", "competency", name="uq_self_assessment_competency"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(max_length=36)
    person_id: str = Field(max_length=36)
    competency: str = Field(max_length=63)
    level: int
    assessed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class PlaybookEntry(CurriculumTable, table=True):
    __tablename__ = "playbook_entries"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(index=True, max_length=36)
    author_id: str = Field(max_length=36)
    title: str = Field(max_length=200)
    body: str
    locale: str = Field(max_length=35)
    platforms: list[str] = _json()
    job_functions: list[str] = _json()
    tags: str = Field(default="", max_length=400)  # " platform:x function:y ": portable filtering with LIKE
    status: str = Field(default="draft", max_length=16)
    reviewed_by: str | None = Field(default=None, max_length=36)
    review_note: str | None = Field(default=None, max_length=2000)
    revision: int = 1
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    published_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


# -- LTI 1.3: the LMSs an organisation connects, and the launches they make -------------------------------------

class LtiPlatform(CurriculumTable, table=True):
    """An LMS registered with the organisation: who it is (issuer, client id, deployments) and where its keys and
    endpoints are."""

    __tablename__ = "lti_platforms"
    __table_args__ = (UniqueConstraint("issuer", "client_id", name="uq_lti_platforms_issuer_client"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(index=True, max_length=36)
    name: str = Field(max_length=200)
    issuer: str = Field(max_length=500)
    client_id: str = Field(max_length=255)
    deployment_ids: list[str] = _json()
    auth_login_url: str = Field(max_length=2000)
    auth_token_url: str | None = Field(default=None, max_length=2000)
    jwks_url: str | None = Field(default=None, max_length=2000)
    jwks: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    create_people: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class LtiToolKey(CurriculumTable, table=True):
    """netwise's own signing key as an LTI tool (deep linking responses, service tokens), published in its JWKS."""

    __tablename__ = "lti_tool_keys"

    kid: str = Field(primary_key=True, max_length=36)
    private_jwk: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class LtiLogin(CurriculumTable, table=True):
    """A login the platform initiated: the state and nonce its launch must bring back, once, before it expires."""

    __tablename__ = "lti_logins"

    state: str = Field(primary_key=True, max_length=64)
    nonce: str = Field(max_length=64)
    platform_id: str = Field(foreign_key="lti_platforms.id", max_length=36)
    expires_at: datetime = Field(sa_type=UTCDateTime, index=True)


class LtiUser(CurriculumTable, table=True):
    """The LMS's user (`sub`) known as one of the organisation's people."""

    __tablename__ = "lti_users"

    platform_id: str = Field(foreign_key="lti_platforms.id", primary_key=True, max_length=36)
    sub: str = Field(primary_key=True, max_length=255)
    person_id: str = Field(max_length=36)


class LtiSession(CurriculumTable, table=True):
    """What one launch lets its browser do: the learner pages of one person, for a while, from inside one LMS.
    The pages carry the session in their URLs (an LMS iframe gets no third-party cookies); only its hash is kept."""

    __tablename__ = "lti_sessions"

    token_hash: str = Field(primary_key=True, max_length=64)
    org_id: str = Field(max_length=36)
    person_id: str = Field(max_length=36)
    platform_id: str = Field(foreign_key="lti_platforms.id", max_length=36)
    platform_origin: str = Field(max_length=500)
    deployment_id: str = Field(max_length=255)
    lms_user: str = Field(max_length=255)  # the LMS's `sub`: whom grades are for
    context_id: str | None = Field(default=None, max_length=255)
    resource_link_id: str | None = Field(default=None, max_length=255)
    module_id: str | None = Field(default=None, max_length=36)  # what the link opens: a module, or
    track_id: str | None = Field(default=None, max_length=36)  # a track
    ags_lineitem: str | None = Field(default=None, max_length=2000)  # where this link's grades go, if anywhere
    deep_link_return_url: str | None = Field(default=None, max_length=2000)  # set: an editor places content
    deep_link_data: str | None = Field(default=None, max_length=2000)
    deep_link_multiple: bool = False
    expires_at: datetime = Field(sa_type=UTCDateTime, index=True)


class LtiCourse(CurriculumTable, table=True):
    """An LMS course where a track is placed: its roster (Names and Role Provisioning) is enrolled in the track
    on each launch and on a schedule."""

    __tablename__ = "lti_courses"
    __table_args__ = (UniqueConstraint("platform_id", "context_id", "track_id", name="uq_lti_courses_placement"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(max_length=36)
    platform_id: str = Field(foreign_key="lti_platforms.id", max_length=36)
    context_id: str = Field(max_length=255)
    track_id: str = Field(foreign_key="tracks.id", max_length=36)
    memberships_url: str = Field(max_length=2000)
    next_sync_at: datetime = Field(sa_type=UTCDateTime, index=True)
    last_synced_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str | None = Field(default=None, max_length=500)


class LtiScore(CurriculumTable, table=True):
    """A score on its way to an LMS gradebook (Assignment and Grade Services): kept until the LMS took it, so an
    LMS that is down loses nothing; the newest per learner and line item wins there by its timestamp."""

    __tablename__ = "lti_scores"
    __table_args__ = (Index("ix_lti_scores_due", "delivered_at", "next_attempt_at"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(max_length=36)
    platform_id: str = Field(foreign_key="lti_platforms.id", max_length=36)
    lineitem: str = Field(max_length=2000)
    lms_user: str = Field(max_length=255)
    score_given: int
    score_maximum: int = 100
    activity_progress: str = Field(max_length=16)  # Completed, Submitted, InProgress
    grading_progress: str = Field(default="FullyGraded", max_length=16)
    timestamp: datetime = Field(sa_type=UTCDateTime)
    attempts: int = 0
    next_attempt_at: datetime = Field(sa_type=UTCDateTime)
    delivered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str | None = Field(default=None, max_length=500)



# -- cmi5: a netwise module played as an AU from another LMS -------------------------------------------------------

class Cmi5Session(CurriculumTable, table=True):
    """One cmi5 launch of a module by an LMS: the learner pages of one person (the session travels in their URLs,
    as for LTI) and what the AU owes the LMS's LRS: where it is, the token fetched once, the launch data, which
    cmi5 statements this session has sent, and those the LRS has not taken yet (sent in order, retried)."""

    __tablename__ = "cmi5_sessions"
    __table_args__ = (Index("ix_cmi5_sessions_registration", "registration", "activity_id"),)

    token_hash: str = Field(primary_key=True, max_length=64)
    org_id: str = Field(max_length=36)
    person_id: str = Field(max_length=36)
    module_id: str = Field(foreign_key="modules.id", max_length=36)
    platform_origin: str = Field(max_length=1000)  # who may frame the pages: the LMS's origins
    endpoint: str = Field(max_length=2000)
    auth_token: str = Field(max_length=2000)
    actor: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    registration: str = Field(max_length=36)
    activity_id: str = Field(max_length=2000)
    session_id: str = Field(max_length=255)
    context_template: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    launch_mode: str = Field(max_length=16)  # Normal, Browse, Review
    move_on: str = Field(max_length=32)
    mastery_score: float | None = None
    return_url: str | None = Field(default=None, max_length=2000)
    initialized_at: datetime = Field(sa_type=UTCDateTime)
    completed: bool = False  # this session sent `completed`
    judged: str | None = Field(default=None, max_length=8)  # this session sent `passed` or `failed`
    terminated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    pending: list[dict[str, Any]] = _json()  # statements the LRS has not taken yet, oldest first
    next_attempt_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    last_error: str | None = Field(default=None, max_length=500)
    expires_at: datetime = Field(sa_type=UTCDateTime)

    # What the learner pages ask of any session: a cmi5 launch opens one module, not a track, and places nothing.
    @property
    def track_id(self) -> None:
        return None

    @property
    def deep_link_return_url(self) -> None:
        return None

    @property
    def deep_link_multiple(self) -> bool:
        return False


# -- xAPI: the organisation's Learning Record Store ----------------------------------------------------------------

class XapiCredential(CurriculumTable, table=True):
    """A key and secret an LMS or content package sends by HTTP Basic to the organisation's LRS; only the secret's
    hash is kept. Revoked credentials stay listed (and keep their statements' authority), but no longer open."""

    __tablename__ = "xapi_credentials"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(index=True, max_length=36)
    key: str = Field(max_length=64, unique=True)
    secret_hash: str = Field(max_length=64)
    name: str = Field(max_length=200)
    scopes: list[str] = _json()
    last_version: str | None = Field(default=None, max_length=8)  # the xAPI version its last request spoke
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class XapiStatement(CurriculumTable, table=True):
    """A statement as the LRS returns it (`body`: with id, stored, timestamp, authority and version), with the
    columns the statement queries filter on (agents and activities, several per statement, are its
    `XapiStatementRef`s). `seq` orders statements by the time they were stored."""

    __tablename__ = "xapi_statements"
    __table_args__ = (UniqueConstraint("org_id", "statement_id", name="uq_xapi_statements_org_statement"),
                      Index("ix_xapi_statements_org_stored", "org_id", "voided", "stored"))

    seq: int | None = Field(default=None, primary_key=True)
    org_id: str = Field(max_length=36)
    statement_id: str = Field(max_length=36)
    body: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    verb_id: str = Field(max_length=1100, index=True)  # as statements.key writes it
    registration: str | None = Field(default=None, max_length=36, index=True)
    stored: datetime = Field(sa_type=UTCDateTime)
    voided: bool = False
    object_ref: str | None = Field(default=None, max_length=36)  # the object, when a StatementRef: its id
    voids: str | None = Field(default=None, max_length=36)  # a voiding statement: the id of the statement it voids
    attachment_hashes: list[str] = _json()


class XapiStatementRef(CurriculumTable, table=True):
    """An agent or activity a statement names, for the `agent` and `activity` filters: `direct` when it is the
    statement's own actor or object, otherwise where `related_agents`/`related_activities` reach (context,
    authority, sub-statement)."""

    __tablename__ = "xapi_statement_refs"
    __table_args__ = (Index("ix_xapi_statement_refs_value", "org_id", "kind", "value"),)

    id: int | None = Field(default=None, primary_key=True)
    seq: int = Field(foreign_key="xapi_statements.seq", index=True)
    org_id: str = Field(max_length=36)
    kind: str = Field(max_length=8)  # agent, activity
    value: str = Field(max_length=1100)  # an agent's identifier or an activity's id, as statements.key writes it
    direct: bool


class XapiAttachment(CurriculumTable, table=True):
    """An attachment's raw content, once per organisation and SHA-256: statements name it by `sha2`."""

    __tablename__ = "xapi_attachments"

    org_id: str = Field(primary_key=True, max_length=36)
    sha2: str = Field(primary_key=True, max_length=128)
    content_type: str = Field(max_length=255)
    content: bytes


class XapiDocument(CurriculumTable, table=True):
    """A State, Activity Profile or Agent Profile document: `kind` says which, `scope` is what it belongs to
    (activity id, agent and registration for a state; the activity or agent for a profile)."""

    __tablename__ = "xapi_documents"
    __table_args__ = (UniqueConstraint("org_id", "kind", "scope", "document_id", name="uq_xapi_documents_key"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(max_length=36)
    kind: str = Field(max_length=16)  # state, activity, agent
    scope: str = Field(max_length=64)  # SHA-256 of what the document belongs to
    document_id: str = Field(max_length=1000)
    content_type: str = Field(max_length=255)
    content: bytes
    etag: str = Field(max_length=64)
    updated: datetime = Field(sa_type=UTCDateTime)


class XapiActivity(CurriculumTable, table=True):
    """The organisation's last definition of each activity its statements named, for the Activities resource."""

    __tablename__ = "xapi_activities"

    org_id: str = Field(primary_key=True, max_length=36)
    activity_id: str = Field(primary_key=True, max_length=1100)  # as statements.key writes it
    definition: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class XapiMapping(CurriculumTable, table=True):
    """An activity IRI the organisation's LMSs report on, mapped to the module or track it stands for: a statement
    that completes the activity completes that in netwise, and its duration counts as learning time."""

    __tablename__ = "xapi_mappings"
    __table_args__ = (UniqueConstraint("org_id", "activity_key", name="uq_xapi_mappings_org_activity"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    org_id: str = Field(max_length=36)
    activity_id: str = Field(max_length=2000)  # the IRI as the admin gave it
    activity_key: str = Field(max_length=1100)  # as statements.key writes it, to meet statements' activities
    module_id: str | None = Field(default=None, max_length=36)
    track_id: str | None = Field(default=None, max_length=36)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


directory = Directory(CurriculumTable.metadata)
idempotency_keys = idempotency_table(CurriculumTable.metadata)
outbox_table, inbox_table = event_tables(CurriculumTable.metadata)
