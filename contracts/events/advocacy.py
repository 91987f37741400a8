"""The events advocacy publishes, with the schema of their `data` (exported to openapi/events/)."""

from datetime import datetime

from pydantic import BaseModel, Field

from contracts.vocabulary import PERSONAL_DATA, Network

AMBASSADOR_ENROLLED = "netwise.advocacy.ambassador.enrolled"
AMBASSADOR_LEFT = "netwise.advocacy.ambassador.left"
POST_PUBLISHED = "netwise.advocacy.post.published"
SHARE_CREATED = "netwise.advocacy.share.created"
CLICK_COUNTED = "netwise.advocacy.click.counted"
CONVERSATION_FLAGGED = "netwise.advocacy.conversation.flagged"
PROGRAMME_UPDATED = "netwise.advocacy.programme.updated"



class AmbassadorEnrolled(BaseModel):
    person_id: str = Field(json_schema_extra=PERSONAL_DATA)
    enrolled_at: datetime
    networks: list[Network]


class AmbassadorLeft(BaseModel):
    person_id: str = Field(json_schema_extra=PERSONAL_DATA)
    left_at: datetime


class PostPublished(BaseModel):
    id: str
    topic_id: str
    title: str
    published_at: datetime


class ShareCreated(BaseModel):
    id: str
    person_id: str = Field(json_schema_extra=PERSONAL_DATA)
    post_id: str
    topic_id: str
    network: Network
    created_at: datetime
    potential_reach: int


class ClickCounted(BaseModel):
    """Clicks counted on one share during one minute (sent once, after the minute is over)."""

    post_id: str
    share_id: str
    topic_id: str
    network: Network
    person_id: str = Field(json_schema_extra=PERSONAL_DATA)
    minute: datetime
    clicks: int


class ConversationFlagged(BaseModel):
    id: str
    reported_by: str = Field(json_schema_extra=PERSONAL_DATA)
    url: str
    created_at: datetime


class ProgrammeUpdated(BaseModel):
    """The programme's settings other services use: analytics values shares and clicks with these rates.

    Sent on every saved change; `version` grows with each, so a consumer keeps the highest it has seen."""

    earned_media_cpm_minor: int = Field(description="Value of 1000 potential impressions, in minor units.")
    earned_media_cpc_minor: int = Field(description="Value of one click, in minor units.")
    version: int
    updated_at: datetime


EVENT_SCHEMAS: dict[str, type[BaseModel]] = {
    AMBASSADOR_ENROLLED: AmbassadorEnrolled,
    AMBASSADOR_LEFT: AmbassadorLeft,
    POST_PUBLISHED: PostPublished,
    SHARE_CREATED: ShareCreated,
    CLICK_COUNTED: ClickCounted,
    CONVERSATION_FLAGGED: ConversationFlagged,
    PROGRAMME_UPDATED: ProgrammeUpdated,
}
