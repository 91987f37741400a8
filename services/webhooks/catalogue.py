"""The events an endpoint may subscribe to: every event type of the committed contract, `openapi/events/`.

webhooks imports no service; it reads what they publish from the contract, including which fields of each
event's data name a person (`x-personal-data`), so a producer marks personal data once, where the event is defined.
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

EVENTS_DIR = Path(__file__).resolve().parents[2] / "openapi" / "events"


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
    """Every event type by name, read once from the contract."""
    if not EVENTS_DIR.is_dir():
        raise RuntimeError(f"webhooks needs the event contract at {EVENTS_DIR} (openapi/events of the checkout)")
    catalogue = {}
    for path in sorted(EVENTS_DIR.glob("*.json")):
        schema = json.loads(path.read_text())
        data = schema["properties"]["data"]
        personal = frozenset(name for name, field in data.get("properties", {}).items()
                             if field.get("x-personal-data"))
        catalogue[schema["title"]] = EventType(schema["title"], data, schema.get("$defs", {}), personal)
    return catalogue
