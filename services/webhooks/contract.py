"""The deliveries in the OpenAPI document: one OpenAPI 3.1 `webhooks` entry per event type of the contract."""

import json
from typing import Any

from fastapi import FastAPI

from services.webhooks import catalogue

HEADERS = {
    "webhook-id": "The delivery's id: the same on every retry and replay, so a receiver can drop duplicates.",
    "webhook-timestamp": "Seconds since the epoch when this attempt was signed; refuse old ones (replay attacks).",
    "webhook-signature": "`v1,<base64 HMAC-SHA256 of id.timestamp.body>`, one per signing secret, space-separated "
                         "(two while a secret rotation overlaps). Verify with any Standard Webhooks library.",
}


def _pascal(name: str) -> str:
    return "".join(part.capitalize() for part in name.replace("_", ".").split("."))


def _pointing_at_components(schema: Any) -> Any:
    """The event schema with its local `#/$defs/X` references moved to `#/components/schemas/EventX`."""
    text = json.dumps(schema).replace('"#/$defs/', '"#/components/schemas/Event')
    return json.loads(text)


def webhooks_section(components: dict[str, Any]) -> dict[str, Any]:
    """`webhooks` of the document; adds each payload's schema (and its definitions) to `components`."""
    section = {}
    for name, kind in catalogue.event_types().items():
        for def_name, definition in kind.defs.items():
            components[f"Event{def_name}"] = _pointing_at_components(definition)
        payload_name = f"{_pascal(name)}Payload"
        components[payload_name] = {
            "title": payload_name, "type": "object", "required": ["type", "timestamp", "data"],
            "properties": {"type": {"const": name}, "timestamp": {"type": "string", "format": "date-time"},
                           "data": _pointing_at_components(kind.data_schema)}}
        personal = ", ".join(f"`{field}`" for field in sorted(kind.personal_fields))
        section[name] = {"post": {
            "summary": f"{name}",
            "description": "Sent to endpoints subscribed to this event type."
                           + (f" Without personal data, {personal} are left out of `data`." if personal else ""),
            "operationId": f"webhook-{name}",
            "parameters": [{"name": header, "in": "header", "required": True, "description": text,
                            "schema": {"type": "string"}} for header, text in HEADERS.items()],
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": f"#/components/schemas/{payload_name}"}}}},
            "responses": {"2XX": {"description": "Received. Any other answer, or none within the timeout, is "
                                                 "retried with backoff."}}}}
    return section


def add_webhooks_to_openapi(app: FastAPI) -> None:
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = build()
        schema["webhooks"] = webhooks_section(schema.setdefault("components", {}).setdefault("schemas", {}))
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
