"""The events webhooks publishes, with the schema of their `data` (exported to openapi/events/)."""

from datetime import datetime

from pydantic import BaseModel

ENDPOINT_DISABLED = "netwise.webhooks.endpoint.disabled"


class EndpointDisabled(BaseModel):
    """An endpoint kept failing for the configured period and gets no deliveries until an admin enables it."""

    endpoint_id: str
    url: str
    failing_since: datetime
    disabled_at: datetime
    pending_deliveries: int


EVENT_SCHEMAS: dict[str, type[BaseModel]] = {ENDPOINT_DISABLED: EndpointDisabled}
