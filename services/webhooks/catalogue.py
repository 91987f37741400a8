"""The events an endpoint may subscribe to: every event type of the contract (contracts.events).

webhooks imports no service; it knows what they publish from the contract, including which fields of each event's
data name a person (`x-personal-data`), so a producer marks personal data once, where the event is defined.
"""

from dataclasses import dataclass
from functools import cache
from typing import Any

from contracts.events import CATALOGUE


@dataclass(frozen=True)
class EventType:
    name: str
    data_schema: dict[str, Any]  # JSON Schema of the event's data; `$ref`s point into `defs`
    defs: dict[str, Any]
    personal_fields: frozenset[str]

    def payload_data(self, data: dict[str, Any], *, personal_data: bool) -> dict[str, Any]:
        """The event's data as an endpoint may receive it: without the personal fields unless it is allowed them."""
        if personal_data:
            return dict(data)
        return {key: value for key, value in data.items() if key not in self.personal_fields}


@cache
def event_types() -> dict[str, EventType]:
    """Every event type by name, its data schema as openapi/events/ has it."""
    catalogue = {}
    for name, model in sorted(CATALOGUE.items()):
        schema = model.model_json_schema(ref_template="#/$defs/{model}")
        defs = schema.pop("$defs", {})
        personal = frozenset(field for field, spec in schema.get("properties", {}).items()
                             if spec.get("x-personal-data"))
        catalogue[name] = EventType(name, schema, defs, personal)
    return catalogue
