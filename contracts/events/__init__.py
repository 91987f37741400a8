"""Each service's events: their type names and the models of their `data`, one module per producer."""

from pydantic import BaseModel

from contracts.events import advocacy, analytics, curriculum, identity, webhooks

# Every event type of netwise with the model of its data: what openapi/events/ and the webhooks are made from.
CATALOGUE: dict[str, type[BaseModel]] = {event_type: model for producer in (identity, curriculum, advocacy,
                                                                              analytics, webhooks)
                                         for event_type, model in producer.EVENT_SCHEMAS.items()}
