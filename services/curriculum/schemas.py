"""curriculum's API shapes."""

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Self
from urllib.parse import urlsplit

from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from contracts.vocabulary import JobFunction
from kit.inputs import Day, Instant, NotNull
from kit.privacy import Suppression


class Phase(StrEnum):
    foundations = "foundations"
    organisation = "organisation"
    role = "role"
    leadership = "leadership"


class Platform(StrEnum):
    linkedin = "linkedin"
    facebook = "facebook"
    x = "x"
    instagram = "instagram"
    tiktok = "tiktok"
    youtube = "youtube"
    snapchat = "snapchat"
    messenger = "messenger"
    pinterest = "pinterest"
    whatsapp = "whatsapp"
    other = "other"


class ContentStatus(StrEnum):
    draft = "draft"
    published = "published"
    retired = "retired"


class AssignmentSource(StrEnum):
    rule = "rule"
    manual = "manual"
    refresher = "refresher"
    lms = "lms"
    renewal = "renewal"
    lti = "lti"  # an LMS course's roster, through LTI Names and Role Provisioning


class QuestionKind(StrEnum):
    single = "single"
    multiple = "multiple"


def _unique(values: list[Any]) -> list[Any]:
    if len(set(values)) != len(values):
        raise ValueError("must not repeat a value")
    return values


Id = Annotated[str, StringConstraints(min_length=1, max_length=36)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{0,62}$"),
                 Field(description="Lowercase letters, digits and hyphens, e.g. social-selling")]
Locale = Annotated[
    str, StringConstraints(pattern=r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", max_length=35),
    Field(description="BCP 47 language tag, e.g. sv-SE"),
]
Version = Annotated[str, StringConstraints(pattern=r"^[0-9]{1,4}\.[0-9]{1,4}$"), Field(description="major.minor")]
JobFunctions = Annotated[list[JobFunction], Field(max_length=len(JobFunction)), AfterValidator(_unique)]
Platforms = Annotated[list[Platform], Field(max_length=len(Platform)), AfterValidator(_unique)]
Competencies = Annotated[list[Slug], Field(max_length=20), AfterValidator(_unique)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _default_locale_in(content: dict[str, Any], default_locale: str | None) -> None:
    if default_locale is not None and default_locale not in content:
        raise ValueError("default_locale must be one of the content's locales")


# -- modules ---------------------------------------------------------------------------------------

class ModuleContent(Strict):
    title: Title
    summary: Annotated[str, StringConstraints(max_length=1000)] = ""
    body: Annotated[str, StringConstraints(max_length=50_000), Field(description="Markdown")] = ""


ModuleContents = Annotated[dict[Locale, ModuleContent], Field(min_length=1, max_length=20,
                                                              description="Variants by BCP 47 locale")]


class ModuleCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "content": {
            "en": {
                "title": "Social selling on LinkedIn",
                "summary": "Why and how",
                "body": "# Your profile\nMake it useful to a customer.",
            },
            "nb": {
                "title": "Sosialt salg på LinkedIn",
                "summary": "Hvorfor og hvordan",
                "body": "# Profilen din\nGjør den nyttig for en kunde.",
            },
        },
        "phase": "role",
        "job_functions": ["sales"],
        "platforms": ["linkedin"],
        "competencies": ["social-selling"],
        "estimated_minutes": 20,
        "default_locale": "nb",
    }]})
    content: ModuleContents
    default_locale: Locale | None = Field(default=None, description="Defaults to the first content locale")
    phase: Phase
    job_functions: JobFunctions = []
    platforms: Platforms = []
    competencies: Competencies = []
    estimated_minutes: Annotated[int, Field(ge=1, le=600)] = 15
    prerequisites: Annotated[list[Id], Field(max_length=20), AfterValidator(_unique)] = []
    review_by: Day | None = None

    @model_validator(mode="after")
    def _locale(self) -> Self:
        _default_locale_in(self.content, self.default_locale)
        return self


class ModuleUpdate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{"estimated_minutes": 25, "review_by": "2027-06-30"}]})
    content: NotNull[ModuleContents] = None
    default_locale: Locale | None = None
    phase: NotNull[Phase] = None
    job_functions: NotNull[JobFunctions] = None
    platforms: NotNull[Platforms] = None
    competencies: NotNull[Competencies] = None
    estimated_minutes: NotNull[Annotated[int, Field(ge=1, le=600)]] = None
    prerequisites: Annotated[list[Id], Field(max_length=20), AfterValidator(_unique)] | None = None
    review_by: Day | None = None


class ModulePublic(BaseModel):
    """A module as a reader sees it: the last published version, or the draft for editors (`view=draft`)."""

    id: str
    status: ContentStatus
    version: int = Field(description="Increases on each publish; 0 for a never-published draft")
    phase: Phase
    locale: str = Field(description="The locale of title, summary and body")
    title: str
    summary: str
    body: str
    available_locales: list[str]
    job_functions: list[JobFunction]
    platforms: list[Platform]
    competencies: list[str]
    estimated_minutes: int
    prerequisites: list[str]
    review_by: date | None
    needs_review: bool
    review_reason: str | None
    has_quiz: bool
    published_at: datetime | None
    updated_at: datetime
    content: dict[str, ModuleContent] | None = Field(default=None, description="All variants (draft view only)")
    has_unpublished_changes: bool | None = Field(default=None, description="Draft view only")


# -- quizzes ---------------------------------------------------------------------------------------

LocalisedText = Annotated[dict[Locale, Annotated[str, StringConstraints(min_length=1, max_length=2000)]],
                          Field(min_length=1, max_length=20)]
ShortId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,32}$")]


class QuizOption(Strict):
    id: ShortId
    text: LocalisedText


class QuizQuestion(Strict):
    id: ShortId
    kind: QuestionKind
    text: LocalisedText
    options: Annotated[list[QuizOption], Field(min_length=2, max_length=10)]
    correct: Annotated[list[ShortId], Field(min_length=1, max_length=10), AfterValidator(_unique)]

    @model_validator(mode="after")
    def _answers(self) -> Self:
        ids = [o.id for o in self.options]
        if len(set(ids)) != len(ids):
            raise ValueError("options: option ids must be unique")
        if set(self.correct) - set(ids):
            raise ValueError("correct: names an option the question does not have")
        if self.kind == QuestionKind.single and len(self.correct) != 1:
            raise ValueError("correct: a single-choice question has exactly one correct option")
        return self


class QuizIn(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "pass_mark": 80,
        "questions": [
            {
                "id": "q1",
                "kind": "single",
                "text": {"en": "Who owns your LinkedIn profile?"},
                "options": [{"id": "a", "text": {"en": "You"}}, {"id": "b", "text": {"en": "The company"}}],
                "correct": ["a"],
            },
        ],
    }]})
    pass_mark: Annotated[int, Field(ge=1, le=100, description="Percent of questions to get right")]
    questions: Annotated[list[QuizQuestion], Field(min_length=1, max_length=50)]

    @model_validator(mode="after")
    def _unique_questions(self) -> Self:
        ids = [q.id for q in self.questions]
        if len(set(ids)) != len(ids):
            raise ValueError("questions: question ids must be unique")
        return self


class QuizForEditors(QuizIn):
    """The quiz with its answer key: only editors ever get this shape."""

    model_config = ConfigDict(json_schema_extra=None)  # QuizIn's example is a request's, not this response's

    module_id: str
    revision: int
    updated_at: datetime


class QuizOptionForLearners(BaseModel):
    id: str
    text: str


class QuizQuestionForLearners(BaseModel):
    id: str
    kind: QuestionKind
    text: str
    options: list[QuizOptionForLearners]


class QuizForLearners(BaseModel):
    """The quiz as a learner sees it: no answer key."""

    module_id: str
    locale: str
    pass_mark: int
    questions: list[QuizQuestionForLearners]
    attempts_per_day: int
    attempts_left_today: int


class Answer(Strict):
    question_id: ShortId
    option_ids: Annotated[list[ShortId], Field(min_length=1, max_length=10), AfterValidator(_unique)]


class AttemptIn(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "answers": [{"question_id": "q1", "option_ids": ["a"]}],
    }]})
    answers: Annotated[list[Answer], Field(max_length=50)]


class AttemptPublic(BaseModel):
    id: str
    module_id: str
    module_version: int
    score: int = Field(description="Percent of questions answered right")
    passed: bool
    pass_mark: int
    attempted_at: datetime
    attempts_left_today: int


# -- tracks ----------------------------------------------------------------------------------------

class TrackContent(Strict):
    title: Title
    summary: Annotated[str, StringConstraints(max_length=2000)] = ""


TrackContents = Annotated[dict[Locale, TrackContent], Field(min_length=1, max_length=20)]


class CertificationSpec(Strict):
    key: Annotated[Slug, Field(description="Stable slug other services refer to, e.g. social-media-ambassador")]
    validity_days: Annotated[int, Field(ge=1, le=3650)]


ModuleIds = Annotated[list[Id], Field(max_length=50), AfterValidator(_unique)]
UnitIds = Annotated[list[Id], Field(max_length=50), AfterValidator(_unique)]


class TrackCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "content": {"en": {"title": "Sales on social", "summary": "The role track for sales"}},
        "phase": "role",
        "module_ids": ["01a23e41-2c33-7d44-9e55-6f66a77b8c90"],
        "audience_job_functions": ["sales"],
        "certification": {"key": "social-selling", "validity_days": 365},
    }]})
    content: TrackContents
    default_locale: Locale | None = None
    phase: Phase
    module_ids: ModuleIds = []
    audience_job_functions: JobFunctions = []
    audience_unit_ids: UnitIds = []
    required: bool | None = Field(default=None, description="Defaults to false for foundations, true otherwise")
    certification: CertificationSpec | None = None

    @model_validator(mode="after")
    def _locale(self) -> Self:
        _default_locale_in(self.content, self.default_locale)
        return self


class TrackUpdate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "module_ids": ["01a23e41-2c33-7d44-9e55-6f66a77b8c90"],
        "required": True,
    }]})
    content: NotNull[TrackContents] = None
    default_locale: Locale | None = None
    phase: NotNull[Phase] = None
    module_ids: NotNull[ModuleIds] = None
    audience_job_functions: NotNull[JobFunctions] = None
    audience_unit_ids: NotNull[UnitIds] = None
    required: NotNull[bool] = None
    certification: CertificationSpec | None = None


class TrackPublic(BaseModel):
    id: str
    status: ContentStatus
    phase: Phase
    locale: str
    title: str
    summary: str
    available_locales: list[str]
    module_ids: list[str] = Field(description="In the order to take them")
    audience_job_functions: list[JobFunction]
    audience_unit_ids: list[str]
    required: bool
    certification: CertificationSpec | None
    published_at: datetime | None
    updated_at: datetime


# -- assignments, rules, enrolments ----------------------------------------------------------------

class AssignmentStatus(StrEnum):
    open = "open"
    overdue = "overdue"
    completed = "completed"


class AssignmentPublic(BaseModel):
    id: str
    person_id: str
    track_id: str | None
    module_id: str | None
    source: AssignmentSource
    required: bool
    due_at: datetime | None
    status: AssignmentStatus
    created_at: datetime
    completed_at: datetime | None


class AssignmentCreate(Strict):
    """A manual assignment of one track or one module."""
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "person_id": "01a23e3f-c6a1-7f00-9c2b-2f6e1d4c78c0",
        "track_id": "01a23e41-1b22-7c33-8d44-5e55f66a7b80",
        "due_at": "2026-12-31T16:00:00+01:00",
        "required": True,
    }]})

    person_id: Id
    track_id: Id | None = None
    module_id: Id | None = None
    due_at: Instant | None = None
    required: bool = True

    @model_validator(mode="after")
    def _one_target(self) -> Self:
        if (self.track_id is None) == (self.module_id is None):
            raise ValueError("give either track_id or module_id")
        return self


class EnrolmentIn(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "email": "ingrid.dahl@fjordline.example",
        "track_id": "01a23e41-1b22-7c33-8d44-5e55f66a7b80",
        "due_at": "2026-12-31T16:00:00+01:00",
    }]})
    track_id: Id
    person_id: Id | None = None
    email: Annotated[str, StringConstraints(min_length=3, max_length=320, pattern=r"^[^@\s]+@[^@\s]+$")] | None = None
    due_at: Instant | None = None
    required: bool = True

    @model_validator(mode="after")
    def _one_person(self) -> Self:
        if (self.person_id is None) == (self.email is None):
            raise ValueError("give either person_id or email")
        return self


class RuleCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "track_id": "01a23e41-1b22-7c33-8d44-5e55f66a7b80",
        "job_functions": ["sales"],
        "org_unit_id": "01a23e3f-b201-7c11-8a3e-5d0c9e2f4b10",
        "due_in_days": 30,
        "required": True,
    }]})
    track_id: Id
    job_functions: JobFunctions = Field(default=[], description="Empty means every job function")
    org_unit_id: Id | None = Field(default=None, description="The unit and every unit below it; null for everyone")
    due_in_days: Annotated[int, Field(ge=1, le=730)] | None = None
    required: bool = True


class RulePublic(BaseModel):
    id: str
    track_id: str
    job_functions: list[JobFunction]
    org_unit_id: str | None
    due_in_days: int | None
    required: bool
    created_at: datetime
    assigned_now: int | None = Field(default=None, description="Assignments made when the rule was created")


# -- progress, completions, certifications ---------------------------------------------------------

class ModuleProgressPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    module_id: str
    started_at: datetime
    completed_at: datetime | None
    completed_version: int | None
    source: str | None


class TrackCompletionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    track_id: str
    completed_at: datetime
    source: str


class CertificationStatus(StrEnum):
    active = "active"
    expired = "expired"
    superseded = "superseded"


class CertificationPublic(BaseModel):
    id: str
    person_id: str
    track_id: str
    certification_key: str
    issued_at: datetime
    expires_at: datetime
    status: CertificationStatus
    expired_at: datetime | None


class ModuleCompletionResult(BaseModel):
    """What completing a module led to: maybe finished tracks and new certifications."""

    progress: ModuleProgressPublic
    completed_tracks: list[str]
    certifications: list[CertificationPublic]


class ExternalCompletionIn(Strict):
    """A completion an LMS recorded: of one module or a whole track."""
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "email": "ingrid.dahl@fjordline.example",
        "module_id": "01a23e41-2c33-7d44-9e55-6f66a77b8c90",
        "completed_at": "2026-11-20T14:32:00+01:00",
    }]})

    person_id: Id | None = None
    email: Annotated[str, StringConstraints(min_length=3, max_length=320, pattern=r"^[^@\s]+@[^@\s]+$")] | None = None
    module_id: Id | None = None
    track_id: Id | None = None
    completed_at: Instant | None = Field(default=None, description="Defaults to now; not in the future")

    @model_validator(mode="after")
    def _one_each(self) -> Self:
        if (self.person_id is None) == (self.email is None):
            raise ValueError("give either person_id or email")
        if (self.module_id is None) == (self.track_id is None):
            raise ValueError("give either module_id or track_id")
        return self


class ExternalCompletionResult(BaseModel):
    person_id: str
    module_id: str | None
    track_id: str | None
    completed_at: datetime
    source: AssignmentSource
    completed_tracks: list[str]
    certifications: list[CertificationPublic]


class PersonProgress(BaseModel):
    person_id: str
    assignments: list[AssignmentPublic]
    modules: list[ModuleProgressPublic]
    tracks: list[TrackCompletionPublic]
    certifications: list[CertificationPublic]


class LearningItem(BaseModel):
    assignment: AssignmentPublic
    title: str
    total_modules: int
    completed_modules: int


class NextStep(BaseModel):
    assignment_id: str
    track_id: str | None
    module_id: str
    title: str


class MyLearning(BaseModel):
    person_id: str
    locale: str
    items: list[LearningItem]
    next: NextStep | None
    overdue: int


# -- platform changes ------------------------------------------------------------------------------

class PlatformChangeIn(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "platform": "linkedin",
        "summary": "LinkedIn now shows who reposted a post in the feed",
        "effective_on": "2026-12-01",
    }]})
    platform: Platform
    summary: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
    effective_on: Day


class PlatformChangePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    platform: Platform
    summary: str
    effective_on: date
    flagged_module_ids: list[str]
    created_at: datetime


# -- policy ----------------------------------------------------------------------------------------

class PolicyContent(Strict):
    title: Title
    body: Annotated[str, StringConstraints(min_length=1, max_length=100_000), Field(description="Markdown")]


PolicyContents = Annotated[dict[Locale, PolicyContent], Field(min_length=1, max_length=20)]


class PolicyCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "content": {"en": {"title": "Social media policy", "body": "1. Say who you work for..."}},
        "default_locale": "en",
    }]})
    content: PolicyContents
    default_locale: Locale | None = None

    @model_validator(mode="after")
    def _locale(self) -> Self:
        _default_locale_in(self.content, self.default_locale)
        return self


class VersionChange(StrEnum):
    major = "major"
    minor = "minor"


class PolicyVersionCreate(PolicyCreate):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "content": {"en": {"title": "Social media policy", "body": "1. Say who you work for..."}},
        "change": "minor",
        "change_summary": "Clarified what counts as confidential",
    }]})
    change: Annotated[VersionChange, Field(description="A major change asks everyone to acknowledge again")]
    change_summary: Annotated[str, StringConstraints(max_length=2000)] | None = None


class PolicyPublic(BaseModel):
    id: str
    version: str
    major: int
    minor: int
    locale: str
    title: str
    body: str
    available_locales: list[str]
    change_summary: str | None
    published_at: datetime
    acknowledged_at: datetime | None = Field(description="When the caller acknowledged this major version")
    requires_acknowledgement: bool = Field(description="True until the caller acknowledges this major version")


class PolicyVersionPublic(BaseModel):
    version: str
    major: int
    minor: int
    change_summary: str | None
    published_at: datetime


class AcknowledgementIn(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{"version": "2.0"}]})
    version: Version = Field(description="The version the person read; must be the current one")


class AcknowledgementPublic(BaseModel):
    policy_id: str
    person_id: str
    version: str
    major: int
    acknowledged_at: datetime


class UnitAcknowledgement(BaseModel):
    org_unit_id: str | None
    unit_name: str
    people: int
    acknowledged: int
    not_acknowledged: int


class AcknowledgementReport(Suppression):
    policy_id: str
    version: str
    units: list[UnitAcknowledgement]


# -- self-assessment -------------------------------------------------------------------------------

class SelfAssessmentIn(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "ratings": {"social-selling": 3, "personal-branding": 2},
    }]})
    ratings: Annotated[dict[Slug, Annotated[int, Field(ge=1, le=5)]], Field(min_length=1, max_length=50,
                                                                            description="Competency -> 1..5")]


class Rating(BaseModel):
    competency: str
    level: int
    assessed_at: datetime


class SelfAssessmentPublic(BaseModel):
    person_id: str
    ratings: list[Rating]


class GapGrouping(StrEnum):
    org_unit = "org_unit"
    job_function = "job_function"


class CompetencyGap(BaseModel):
    group: str = Field(description="Org unit id or job function")
    group_name: str
    competency: str
    people: int
    average_level: float
    below_target: int = Field(description="People who rated themselves 1 or 2")


class GapReport(Suppression):
    group_by: GapGrouping
    gaps: list[CompetencyGap]


# -- playbook --------------------------------------------------------------------------------------

class PlaybookStatus(StrEnum):
    draft = "draft"
    in_review = "in_review"
    published = "published"
    rejected = "rejected"


class PlaybookCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "title": "Answering a complaint in public",
        "locale": "en",
        "body": "Thank them, move to a private channel, and come back to the thread when solved.",
        "job_functions": ["customer_service"],
        "platforms": ["facebook", "linkedin"],
    }]})
    title: Title
    body: Annotated[str, StringConstraints(min_length=1, max_length=50_000), Field(description="Markdown")]
    locale: Locale = "en"
    platforms: Platforms = []
    job_functions: JobFunctions = []


class PlaybookUpdate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "title": "Answering a complaint in public, within the hour",
    }]})
    title: Title | None = None
    body: Annotated[str, StringConstraints(min_length=1, max_length=50_000)] | None = None
    locale: Locale | None = None
    platforms: Platforms | None = None
    job_functions: JobFunctions | None = None


class ReviewDecision(StrEnum):
    publish = "publish"
    reject = "reject"


class PlaybookReview(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{"decision": "publish", "note": "Clear and kind."}]})
    decision: ReviewDecision
    note: Annotated[str, StringConstraints(max_length=2000)] | None = None


class PlaybookPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    author_id: str
    title: str
    body: str
    locale: str
    platforms: list[Platform]
    job_functions: list[JobFunction]
    status: PlaybookStatus
    review_note: str | None
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None


# -- LTI 1.3 platforms -------------------------------------------------------------------------------------------

def _web_url(value: str) -> str:
    """An absolute https URL; http only on this machine (a test or a local LMS)."""
    parts = urlsplit(value)
    local = parts.hostname in ("localhost", "127.0.0.1", "::1")
    if parts.scheme not in ("https", "http") or not parts.hostname or (parts.scheme == "http" and not local):
        raise ValueError("must be an absolute https URL")
    return value


def _key_set(value: dict[str, Any]) -> dict[str, Any]:
    try:
        keys = KeySet.import_key_set(value)  # type: ignore[arg-type]
    except (JoseError, ValueError, TypeError, KeyError):
        raise ValueError("must be a JSON Web Key Set of public keys ({\"keys\": [...]})") from None
    if not keys.keys or any(key.is_private for key in keys.keys):
        raise ValueError("must hold at least one key, and public keys only")
    return {"keys": [key.as_dict(private=False) for key in keys.keys]}


WebUrl = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000),
                   AfterValidator(_web_url)]
DeploymentId = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=255)]
DeploymentIds = Annotated[list[DeploymentId], Field(min_length=1, max_length=50), AfterValidator(_unique)]
PlatformKeys = Annotated[dict[str, Any], AfterValidator(_key_set)]
LTI_PLATFORM_EXAMPLE: dict[str, Any] = {
    "name": "Moodle", "issuer": "https://moodle.example.org", "client_id": "Qw3rTy8", "deployment_ids": ["1"],
    "auth_login_url": "https://moodle.example.org/mod/lti/auth.php",
    "auth_token_url": "https://moodle.example.org/mod/lti/token.php",
    "jwks_url": "https://moodle.example.org/mod/lti/certs.php"}


CREATE_PEOPLE = ("Whether a learner it launches whom netwise does not know (by e-mail) becomes a person of the "
                 "organisation: a learner with job function `other`, ready at their next launch. Off: they are "
                 "turned away until an admin adds them.")


class LtiPlatformCreate(Strict):
    """What the LMS shows its admin after adding netwise as an external tool."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [LTI_PLATFORM_EXAMPLE]})

    name: Title
    issuer: WebUrl = Field(description="The platform's issuer (`iss` of its launches), e.g. the Moodle site URL.")
    client_id: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=255)]
    deployment_ids: DeploymentIds
    auth_login_url: WebUrl = Field(description="The platform's OIDC authorization endpoint.")
    auth_token_url: WebUrl | None = Field(None, description="The platform's OAuth 2 token endpoint (for grades and "
                                          "rosters).")
    jwks_url: WebUrl | None = Field(None, description="Where the platform publishes its keys; or give `jwks`.")
    jwks: PlatformKeys | None = Field(None, description="The platform's public keys, if it has no JWKS URL. "
                                      "Exactly one of `jwks_url` and `jwks`.")
    create_people: bool = Field(False, description=CREATE_PEOPLE)


class LtiPlatformUpdate(Strict):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"deployment_ids": ["1", "2"]}]})

    name: NotNull[Title] = None
    deployment_ids: NotNull[DeploymentIds] = None
    auth_login_url: NotNull[WebUrl] = None
    auth_token_url: WebUrl | None = None
    jwks_url: WebUrl | None = None
    jwks: PlatformKeys | None = None
    create_people: NotNull[bool] = Field(None, description=CREATE_PEOPLE)


class LtiPlatformPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    name: str
    issuer: str
    client_id: str
    deployment_ids: list[str]
    auth_login_url: str
    auth_token_url: str | None
    jwks_url: str | None
    jwks: dict[str, Any] | None
    create_people: bool
    version: int
    created_at: datetime
    updated_at: datetime


class LtiToolConfiguration(BaseModel):
    """What an LMS admin enters when adding netwise as an LTI 1.3 external tool."""

    login_url: str = Field(description="Initiate login URL (OIDC login initiation).")
    launch_url: str = Field(description="Target link URI and the only redirect URI.")
    jwks_url: str = Field(description="The tool's public keyset URL.")
    custom_parameters: dict[str, str] = Field(description="Custom parameters a link sets to open a module or a "
                                              "track (the module's or track's id as the value).")


class LtiRegistrationLink(BaseModel):
    url: str = Field(description="Paste into the LMS's dynamic registration (Moodle: Site administration > "
                     "Plugins > External tool > Manage tools > Tool URL).")
    expires_at: datetime


# -- xAPI LRS credentials ------------------------------------------------------------------------------------------

class XapiAccess(StrEnum):
    read = "read"
    write = "write"


class XapiCredentialCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"name": "Moodle", "access": "write"}]})

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)] = Field(
        description="Who uses them, e.g. 'Moodle' or 'Docebo'; statements they store carry it in `authority`.")
    access: XapiAccess = Field(XapiAccess.write, description="write: store and read statements and documents; "
                               "read: read only.")


class XapiCredentialPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    name: str
    key: str = Field(description="The username for HTTP Basic.")
    access: XapiAccess
    created_at: datetime
    revoked_at: datetime | None

    @model_validator(mode="before")
    @classmethod
    def _access_from_scopes(cls, value: Any) -> Any:
        scopes = getattr(value, "scopes", None)
        if scopes is not None:
            return {name: getattr(value, name) for name in ("id", "name", "key", "created_at", "revoked_at")} | {
                "access": XapiAccess.write if "xapi:write" in scopes else XapiAccess.read}
        return value


class XapiCredentialCreated(XapiCredentialPublic):
    secret: str = Field(description="The password for HTTP Basic. Shown only in this response: store it now.")
    endpoint: str = Field(description="The LRS endpoint to enter in the LMS (ends with /xapi/).")


# -- xAPI mappings: activities that count in netwise ----------------------------------------------------------------

def _activity_iri(value: str) -> str:
    """An absolute IRI, as xAPI names activities (a scheme, no spaces)."""
    scheme, colon, rest = value.partition(":")
    if not colon or not rest or not scheme[:1].isalpha() or \
            not all(c.isalnum() or c in "+.-" for c in scheme) or any(c.isspace() for c in value):
        raise ValueError("must be an absolute IRI, e.g. https://lms.example/course/42")
    return value


ActivityIri = Annotated[str, StringConstraints(min_length=3, max_length=2000), AfterValidator(_activity_iri)]


class XapiMappingCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "activity_id": "https://moodle.fjordline.example/course/view.php?id=42",
        "module_id": "01a23e41-2c33-7d44-9e55-6f66a77b8c90"}]})

    activity_id: ActivityIri = Field(description="The activity's IRI exactly as the LMS's statements name it "
                                     "(the statement's `object.id`).")
    module_id: Id | None = Field(default=None, description="The module the activity stands for; or give track_id.")
    track_id: Id | None = Field(default=None, description="The track the activity stands for; or give module_id.")


class XapiMappingPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    activity_id: str
    module_id: str | None
    track_id: str | None
    created_at: datetime
