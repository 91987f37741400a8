"""advocacy's API shapes."""

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from contracts.vocabulary import Network
from kit.inputs import Instant, NotNull
from kit.privacy import Suppression
from kit.urls import parse_web_link

HOLD_GUIDANCE = "do not engage, flag it to the comms team"
REACH_NOTE = "not de-duplicated: the sum of each sharer's follower count, people who follow several sharers count " \
             "once per sharer"


class PostStatus(StrEnum):
    draft = "draft"
    in_review = "in_review"
    approved = "approved"
    published = "published"
    expired = "expired"
    withdrawn = "withdrawn"


class DigestChannel(StrEnum):
    email = "email"
    chat = "chat"
    none = "none"


class ConversationStatus(StrEnum):
    new = "new"
    handling = "handling"
    closed = "closed"


class Weekday(StrEnum):
    monday = "monday"
    tuesday = "tuesday"
    wednesday = "wednesday"
    thursday = "thursday"
    friday = "friday"
    saturday = "saturday"
    sunday = "sunday"


WEEKDAYS = list(Weekday)


def _http_url(value: str) -> str:
    """Stored as a browser reads it (WHATWG), so what the guardrails check is what a click opens."""
    return parse_web_link(value).href


Id = Annotated[str, StringConstraints(min_length=1, max_length=36)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,62}$")]
CertificationKey = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,99}$")]
Url = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000),
                AfterValidator(_http_url)]
Locale = Annotated[str, StringConstraints(pattern=r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", max_length=35),
                   Field(description="BCP 47 language tag, e.g. sv-SE")]
Domain = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True,
                                          pattern=r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$",
                                          max_length=253)]
Term = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
MinorMoney = Annotated[int, Field(ge=0, le=100_000_000)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# -- programme ------------------------------------------------------------------------------------

class ProgrammeFields(Strict):
    required_certification: CertificationKey | None = Field(
        default=None, description="Certification key a person must hold to opt in (none: no requirement).")
    require_policy_acknowledgement: bool = Field(
        default=False, description="Opt-in needs the latest major of every published policy acknowledged.")
    disclosure_text: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)] | None \
        = Field(default=None, description='Text a post must contain where required, e.g. "#employee".')
    disclosure_networks: Annotated[list[Network], Field(max_length=7)] = []
    banned_terms: Annotated[list[Term], Field(max_length=200)] = []
    allowed_link_domains: Annotated[list[Domain], Field(max_length=100)] = Field(
        default=[], description="Links must be on these domains or their subdomains (empty: any domain).")
    sharing_start_hour: Annotated[int, Field(ge=0, le=23)] = 0
    sharing_end_hour: Annotated[int, Field(ge=1, le=24)] = Field(
        default=24, description="Sharing is allowed from start to end hour, in the organisation's time zone.")
    daily_share_limit: Annotated[int, Field(ge=1, le=1000)] = 10
    earned_media_cpm_minor: MinorMoney = Field(
        default=0, description="Value of 1000 potential impressions from shares, in minor units of the "
        "organisation's currency (öre for SEK). The one earned media setting: analytics values shares with it too.")
    earned_media_cpc_minor: MinorMoney = Field(
        default=0, description="Value of one click on a shared link, in minor units of the organisation's currency.")
    leaderboard_enabled: bool = False

    @model_validator(mode="after")
    def _hours_in_order(self) -> "ProgrammeFields":
        if self.sharing_end_hour <= self.sharing_start_hour:
            raise ValueError("sharing_end_hour must be after sharing_start_hour")
        return self


class ProgrammeUpdate(ProgrammeFields):
    """The whole programme settings (PUT): fields left out take their defaults."""
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "allowed_link_domains": ["fjordline.example"],
        "banned_terms": ["guaranteed", "cheapest"],
        "daily_share_limit": 3,
        "disclosure_networks": ["linkedin", "x"],
        "disclosure_text": "#ad",
        "sharing_start_hour": 7,
        "sharing_end_hour": 21,
        "leaderboard_enabled": True,
        "require_policy_acknowledgement": True,
        "required_certification": "social-basics",
        "earned_media_cpm_minor": 6500,
        "earned_media_cpc_minor": 900,
    }]})


class ProgrammePublic(ProgrammeFields):
    model_config = ConfigDict(extra="ignore")

    currency: str = Field(description="From the organisation's settings in identity.")
    timezone: str
    version: int


# -- ambassadors ----------------------------------------------------------------------------------

class NetworkAccount(Strict):
    network: Network
    handle: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] | None = None
    followers: Annotated[int, Field(ge=0, le=1_000_000_000)] | None = Field(
        default=None, description="Optional; used for potential reach.")


class AmbassadorPreferences(Strict):
    networks: Annotated[list[NetworkAccount], Field(max_length=7)] = []
    topic_ids: Annotated[list[Id], Field(max_length=100, description="Empty: every topic.")] = []
    digest_day: Weekday = Weekday.monday
    digest_channel: DigestChannel = DigestChannel.email
    leaderboard_opt_in: bool = False

    @model_validator(mode="after")
    def _one_account_per_network(self) -> "AmbassadorPreferences":
        if len({a.network for a in self.networks}) != len(self.networks):
            raise ValueError("networks: list each network once")
        return self


class OptIn(AmbassadorPreferences):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "consent": True,
        "networks": [{"network": "linkedin", "handle": "ingrid-dahl", "followers": 1850}],
        "topic_ids": ["01a23e40-0a11-7b22-9c33-4d44e55f6a70"],
        "digest_day": "monday",
        "digest_channel": "email",
        "leaderboard_opt_in": True,
    }]})
    consent: bool = Field(description="Must be true: I share voluntarily and may leave at any time.")


class AmbassadorUpdate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "networks": [{"network": "linkedin", "handle": "ingrid-dahl", "followers": 1850}],
        "topic_ids": ["01a23e40-0a11-7b22-9c33-4d44e55f6a70"],
        "digest_day": "monday",
        "digest_channel": "email",
        "leaderboard_opt_in": False,
    }]})
    networks: NotNull[Annotated[list[NetworkAccount], Field(max_length=7)]] = None
    topic_ids: NotNull[Annotated[list[Id], Field(max_length=100)]] = None
    digest_day: NotNull[Weekday] = None
    digest_channel: NotNull[DigestChannel] = None
    leaderboard_opt_in: NotNull[bool] = None


class AmbassadorPublic(BaseModel):
    id: str
    person_id: str
    status: str = Field(description="active, or left after opting out")
    consented_at: datetime
    policy_version: str | None = Field(description="The policy version acknowledged when consenting.")
    networks: list[NetworkAccount]
    topic_ids: list[str]
    digest_day: Weekday
    digest_channel: DigestChannel
    leaderboard_opt_in: bool
    left_at: datetime | None
    version: int


class Eligibility(BaseModel):
    eligible: bool
    reasons: list[str] = Field(description="Why not, in words a person can act on.")
    certifications: list[str] = Field(description="Valid certification keys the person holds.")
    policy_acknowledged: bool


# -- topics ---------------------------------------------------------------------------------------

class TopicCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "slug": "routes",
        "name": "Routes and timetables",
        "description": "New routes, seasonal timetables and port news",
        "audience_job_functions": ["sales"],
        "audience_org_unit_ids": ["01a23e3f-b201-7c11-8a3e-5d0c9e2f4b10"],
        "sensitive": False,
        "certification_key": "social-basics",
    }]})
    slug: Slug
    name: Name
    description: Annotated[str, StringConstraints(max_length=2000)] | None = None
    audience_org_unit_ids: Annotated[list[Id], Field(max_length=200)] = []
    audience_job_functions: Annotated[list[Annotated[str, StringConstraints(max_length=32)]],
                                      Field(max_length=20)] = []
    sensitive: bool = False
    certification_key: CertificationKey | None = Field(
        default=None, description="Needed to share a sensitive topic's posts.")

    @model_validator(mode="after")
    def _sensitive_names_certification(self) -> "TopicCreate":
        if self.sensitive and not self.certification_key:
            raise ValueError("certification_key: a sensitive topic names the certification needed to share it")
        return self


class TopicUpdate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "name": "Routes, timetables and ports",
        "sensitive": False,
    }]})
    name: NotNull[Name] = None
    description: Annotated[str, StringConstraints(max_length=2000)] | None = None
    audience_org_unit_ids: NotNull[Annotated[list[Id], Field(max_length=200)]] = None
    audience_job_functions: NotNull[Annotated[list[Annotated[str, StringConstraints(max_length=32)]],
                                      Field(max_length=20)]] = None
    sensitive: NotNull[bool] = None
    certification_key: CertificationKey | None = None


class TopicHold(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "guidance": "Hold sharing until the press release at 10:00.",
    }]})
    guidance: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)] = HOLD_GUIDANCE


class TopicPublic(BaseModel):
    id: str
    slug: str
    name: str
    description: str | None
    audience_org_unit_ids: list[str]
    audience_job_functions: list[str]
    sensitive: bool
    certification_key: str | None
    on_hold: bool
    guidance: str | None = Field(description="What to do while the topic is on hold.")
    held_at: datetime | None
    version: int


# -- posts ----------------------------------------------------------------------------------------

class Variant(Strict):
    network: Network
    locale: Locale
    text: Annotated[str, StringConstraints(min_length=1, max_length=70_000)]


Variants = Annotated[list[Variant], Field(max_length=100)]


class PostCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "topic_id": "01a23e40-0a11-7b22-9c33-4d44e55f6a70",
        "title": "New route Bergen-Hirtshals from March",
        "link": "https://www.fjordline.example/news/bergen-hirtshals",
        "variants": [
            {
                "network": "linkedin",
                "locale": "nb-NO",
                "text": "Fra mars seiler vi Bergen-Hirtshals tre ganger i uka. Les mer:",
            },
            {"network": "x", "locale": "en", "text": "New route Bergen-Hirtshals from March!"},
        ],
        "priority": 2,
        "starts_at": "2026-12-07T08:00:00+01:00",
        "expires_at": "2027-01-31T23:59:00+01:00",
    }]})
    topic_id: Id
    link: Url
    title: Name
    variants: Variants = []
    priority: Annotated[int, Field(ge=1, le=5, description="5 is most important.")] = 3
    starts_at: Instant | None = None
    expires_at: Instant | None = None

    @model_validator(mode="after")
    def _window_and_variants(self) -> "PostCreate":
        for name in ("starts_at", "expires_at"):
            value = getattr(self, name)
            if value is not None and value.tzinfo is None:
                raise ValueError(f"{name}: give a time zone (RFC 3339), e.g. 2025-01-31T09:00:00Z")
        if self.starts_at and self.expires_at and self.expires_at <= self.starts_at:
            raise ValueError("expires_at must be after starts_at")
        if len({(v.network, v.locale.lower()) for v in self.variants}) != len(self.variants):
            raise ValueError("variants: one variant per network and locale")
        return self


class PostUpdate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "title": "New route Bergen-Hirtshals from 1 March",
        "priority": 1,
    }]})
    topic_id: NotNull[Id] = None
    link: NotNull[Url] = None
    title: NotNull[Name] = None
    variants: NotNull[Variants] = None
    priority: NotNull[Annotated[int, Field(ge=1, le=5)]] = None
    starts_at: Instant | None = None
    expires_at: Instant | None = None

    @model_validator(mode="after")
    def _checks(self) -> "PostUpdate":
        for name in ("starts_at", "expires_at"):
            value = getattr(self, name)
            if value is not None and value.tzinfo is None:
                raise ValueError(f"{name}: give a time zone (RFC 3339)")
        if self.variants is not None and \
                len({(v.network, v.locale.lower()) for v in self.variants}) != len(self.variants):
            raise ValueError("variants: one variant per network and locale")
        return self


class ReviewNote(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "note": "Checked with legal: the price claim is fine.",
    }]})
    note: Annotated[str, StringConstraints(max_length=1000)] | None = None


class PostPublic(BaseModel):
    id: str
    topic_id: str
    link: str
    title: str
    locale: str = Field(description="The locale served; readers get only its variants, editors and the author all.")
    variants: list[Variant]
    priority: int
    status: PostStatus
    author_id: str
    approver_id: str | None
    review_note: str | None
    starts_at: datetime | None
    expires_at: datetime | None
    published_at: datetime | None
    created_at: datetime
    version: int


# -- shares ---------------------------------------------------------------------------------------

class ShareCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{"network": "linkedin"}]})
    network: Network


class SharePublic(BaseModel):
    id: str
    post_id: str
    topic_id: str
    network: Network
    short_url: str = Field(description="The tracked link to post: it redirects to the tagged URL.")
    tracked_url: str = Field(description="The post's link with UTM parameters.")
    share_url: str | None = Field(description="Opens the network's share dialog; none where the network has none.")
    text: str | None = Field(description="The variant text, with the short link in place of the post's link.")
    prefilled: bool = Field(description="Whether share_url carries the text; if not, copy `text` yourself.")
    locale: str
    potential_reach: int
    created_at: datetime
    confirmed_at: datetime | None


# -- digests --------------------------------------------------------------------------------------

class DigestItem(BaseModel):
    post_id: str
    title: str
    topic: str
    link: str
    priority: int
    published_at: datetime | None
    networks: list[Network] = Field(description="The person's networks this post has a variant for.")
    texts: dict[str, str] = Field(description="Variant text per network, in the served locale.")
    share_links: dict[str, str] = Field(
        default_factory=dict, description="Per network, the signed link in the mail that makes a tracked share "
        "(a short link) and opens the network's share dialog; it works without signing in.")


class DigestPreview(BaseModel):
    person_id: str
    locale: str
    items: list[DigestItem]
    unsubscribe_url: str = Field(description="Signed one-click link to leave the programme (List-Unsubscribe).")
    subject: str
    text: str
    html: str
    chat: dict[str, Any]


class DigestRunResult(BaseModel):
    run_id: str
    messages: int = Field(description="Messages written to the delivery outbox.")
    skipped: int = Field(description="Active ambassadors with nothing new, or digest channel none.")


# -- conversations --------------------------------------------------------------------------------

class ConversationCreate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "url": "https://www.linkedin.com/feed/update/urn:li:activity:7132456789012345678/",
        "network": "linkedin",
        "note": "A customer asks about delivery times under our launch post",
    }]})
    url: Url
    note: Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)] | None = None
    network: Network | None = None


class ConversationUpdate(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "status": "handling",
        "comms_note": "Customer service answers in the thread today",
    }]})
    status: ConversationStatus
    comms_note: Annotated[str, StringConstraints(max_length=2000)] | None = None


class ConversationPublic(BaseModel):
    id: str
    reported_by: str
    url: str
    note: str | None
    network: Network | None
    status: ConversationStatus
    handled_by: str | None
    comms_note: str | None
    created_at: datetime
    updated_at: datetime
    version: int


# -- statistics -----------------------------------------------------------------------------------

class Period(BaseModel):
    from_date: date | None
    to_date: date | None
    timezone: str


class Figures(BaseModel):
    shares: int
    clicks: int
    potential_reach: int
    potential_reach_note: str = REACH_NOTE
    earned_media_value_minor: int = Field(
        description="potential reach / 1000 x the programme's CPM + clicks x its CPC, in minor units of `currency`, "
        "rounded half up: the number analytics reports for the same shares and clicks.")
    currency: str


class PostStats(Figures):
    post_id: str
    title: str
    topic_id: str
    sharers: int


class TopicStats(Figures):
    topic_id: str
    name: str
    sharers: int


class PostStatsPage(BaseModel):
    items: list[PostStats]
    period: Period
    suppression: Suppression


class TopicStatsPage(BaseModel):
    items: list[TopicStats]
    period: Period
    suppression: Suppression


class MyStats(BaseModel):
    totals: Figures
    posts: list[PostStats]
    period: Period


class LeaderboardEntry(BaseModel):
    rank: int
    person_id: str
    name: str
    points: int = Field(description="One per share; Facebook shares score none.")


class Leaderboard(BaseModel):
    items: list[LeaderboardEntry]
    period: Period
