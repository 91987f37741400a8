"""The generated parts of the docs pages, from the committed contract and the routers, so they cannot drift.

`uv run python -m tests.docs.catalogue` rewrites them; tests/docs/test_docs.py fails while a page differs from
what this renders. Only `openapi/` (JSON) and the services' routers are read: no app is built, netwise_cli is not used.

- docs/events.md: every event type in openapi/events/ with its producer, when it is emitted, who uses it, its
  payload fields and an example envelope;
- docs/concurrency.md: the operations that honour `If-Match`;
- docs/idempotency.md: the operations that honour `Idempotency-Key`.
"""

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
EVENTS = ROOT / "openapi" / "events"
GATEWAY_SPEC = ROOT / "openapi" / "gateway.json"
SERVICES = ("identity", "curriculum", "advocacy", "analytics", "webhooks")
METHODS = ("get", "post", "put", "patch", "delete")


def section(page: str, name: str) -> tuple[int, int]:
    """Where the generated section `name` of a page starts and ends (the text between its markers)."""
    start, end = f"<!-- generated: {name} -->\n", f"<!-- end generated: {name} -->"
    begin = page.index(start) + len(start)
    return begin, page.index(end, begin)


def replace_section(page: str, name: str, text: str) -> str:
    begin, end = section(page, name)
    return page[:begin] + text + page[end:]


def current_section(page: str, name: str) -> str:
    begin, end = section(page, name)
    return page[begin:end]


# -- operations found in the routers --------------------------------------------------------------------------

def operations_reading(header: str) -> list[tuple[str, str]]:
    """(METHOD, gateway path) of every operation whose contract takes the request header (`If-Match`, say): the
    contract finds it from the kit helpers each handler calls."""
    spec = json.loads(GATEWAY_SPEC.read_text())
    found = [(method.upper(), path) for path, item in spec["paths"].items() for method, operation in item.items()
             if any(p.get("in") == "header" and p.get("name") == header for p in operation.get("parameters", []))]
    return sorted(found, key=lambda op: (op[1], METHODS.index(op[0].lower())))


def operations_table(operations: list[tuple[str, str]]) -> str:
    spec = json.loads(GATEWAY_SPEC.read_text())
    rows = ["| operation | what it does |", "|---|---|"]
    for method, path in operations:
        summary = spec["paths"][path][method.lower()].get("summary", "")
        rows.append(f"| `{method} {path}` | {summary} |")
    return "\n".join(rows) + "\n"


# -- events ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Note:
    """What the schema cannot say about an event type."""

    when: str  # what makes the producer emit it
    subject: str  # the `data` field the envelope's `subject` repeats; "" when the subject is the organisation
    used_by: str  # which services act on it


# An event type in openapi/events/ without a note fails the docs test: say when it is emitted before it ships.
# The catalogue lists the types in this order.
NOTES: dict[str, Note] = {
    "netwise.identity.organisation.created": Note(
        "An organisation is created (`netwise org create`, or the demo seed of `netwise up`).", "id",
        "curriculum, advocacy and analytics keep the organisation's rules (time zone, default locale, minimum "
        "group size, currency)."),
    "netwise.identity.organisation.updated": Note(
        "`PATCH /identity/v1/organisation` changed at least one setting.", "id", "curriculum, advocacy, analytics."),
    "netwise.identity.org_unit.created": Note(
        "`POST /identity/v1/org-units`.", "id", "curriculum, advocacy and analytics keep the unit tree."),
    "netwise.identity.org_unit.updated": Note(
        "`PATCH /identity/v1/org-units/{unit_id}` renamed or moved the unit.", "id",
        "curriculum, advocacy, analytics."),
    "netwise.identity.org_unit.deleted": Note(
        "`DELETE /identity/v1/org-units/{unit_id}` (only an empty unit can be deleted).", "id",
        "curriculum, advocacy, analytics."),
    "netwise.identity.person.created": Note(
        "`POST /identity/v1/people`, or a new e-mail in `POST /identity/v1/people/import`.", "id",
        "curriculum, advocacy and analytics keep the person; curriculum applies its assignment rules."),
    "netwise.identity.person.updated": Note(
        "`PATCH /identity/v1/people/{person_id}` or an import changed the person (other than deactivating "
        "them).", "id", "curriculum, advocacy, analytics; curriculum applies its assignment rules again."),
    "netwise.identity.person.deactivated": Note(
        "`DELETE /identity/v1/people/{person_id}`, or a change that sets `status` to `deactivated`.", "id",
        "curriculum, advocacy and analytics stop treating the person as active (no new assignments, digests "
        "or time) and refuse the person's tokens."),
    "netwise.identity.client.created": Note(
        "An administrator registers an integration client (`POST /identity/v1/clients`).", "id",
        "curriculum, advocacy and analytics keep the client's standing, to refuse its tokens once it is revoked."),
    "netwise.identity.client.revoked": Note(
        "An administrator revokes a client (`DELETE /identity/v1/clients/{client_id}`).", "id",
        "curriculum, advocacy and analytics refuse the client's tokens from then on (within "
        "`NETWISE_<SERVICE>_STATUS_CACHE_SECONDS`)."),
    "netwise.curriculum.assignment.created": Note(
        "A person gets a track or a module to do: by hand (`POST /curriculum/v1/assignments`), from an LMS "
        "(`POST /curriculum/v1/enrolments`), by an assignment rule, as a refresher after a platform change, or as "
        "a renewal before a certification expires; not when the person already has it.", "id",
        "none in netwise today; for integrations."),
    "netwise.curriculum.module.completed": Note(
        "A person completes a module (`POST /curriculum/v1/modules/{module_id}/complete`), or an LMS reports it "
        "(`POST /curriculum/v1/completions`, or an xAPI statement for an activity mapped to it).", "person_id",
        "none in netwise today; for integrations."),
    "netwise.curriculum.track.completed": Note(
        "The last module of a track is completed, or an LMS reports the whole track "
        "(`POST /curriculum/v1/completions`, or an xAPI statement for an activity mapped to it).", "person_id",
        "none in netwise today; for integrations."),
    "netwise.curriculum.certification.issued": Note(
        "A track that certifies is completed; the certification is valid until `expires_at`.", "person_id",
        "advocacy (certified people may join the ambassador programme), analytics (training coverage)."),
    "netwise.curriculum.certification.expired": Note(
        "A certification reached `expires_at` without being renewed (found by curriculum's periodic job, every "
        "`NETWISE_CURRICULUM_DUE_WORK_INTERVAL_SECONDS`).", "person_id", "advocacy, analytics."),
    "netwise.curriculum.policy.published": Note(
        "A policy is created (`POST /curriculum/v1/policies`, version 1.0) or gets a new version "
        "(`POST /curriculum/v1/policies/{policy_id}/versions`); after a major version everyone acknowledges again.",
        "policy_id", "advocacy (ambassadors must have acknowledged the current major version), analytics."),
    "netwise.curriculum.lms_learner.arrived": Note(
        "An LMS registered with `create_people` launches (LTI 1.3) someone netwise does not know by e-mail; "
        "they are a person at their next launch.", "email",
        "identity (creates them as a learner with job function `other`)."),
    "netwise.curriculum.learning_time.recorded": Note(
        "The LRS stores an xAPI statement with a `result.duration` for an activity mapped to a module or track "
        "(`POST /curriculum/v1/xapi/mappings`), by a person of the organisation, that closes an attempt "
        "(completed, passed, failed, or a result with completion or success; of cmi5 statements, terminated). "
        "Once per statement; under half a minute is none.", "person_id",
        "analytics (a time entry on channel `training`, activity `learning`, source `xapi`)."),
    "netwise.curriculum.learning_time.voided": Note(
        "The LRS stores a statement voiding one that had a `result.duration`.", "statement_id",
        "analytics (removes the time entry it made, unless its month is locked)."),
    "netwise.curriculum.policy.acknowledged": Note(
        "A person acknowledges a policy's current version for the first time in its major version "
        "(`POST /curriculum/v1/policies/{policy_id}/acknowledgements`).", "person_id", "advocacy, analytics."),
    "netwise.advocacy.ambassador.enrolled": Note(
        "A person joins the ambassador programme (`POST /advocacy/v1/ambassadors/me`), or joins again after "
        "leaving.", "person_id", "analytics (advocacy KPIs)."),
    "netwise.advocacy.ambassador.left": Note(
        "An ambassador leaves the programme (`POST /advocacy/v1/ambassadors/me/leave`).", "person_id",
        "analytics."),
    "netwise.advocacy.programme.updated": Note(
        "An admin saves the programme's settings (`PUT /advocacy/v1/programme`); `version` grows with each save.",
        "", "analytics (earned media rates)."),
    "netwise.advocacy.post.published": Note(
        "An editor publishes an approved post (`POST /advocacy/v1/posts/{post_id}/publish`).", "id",
        "none in netwise today; for integrations."),
    "netwise.advocacy.share.created": Note(
        "An ambassador shares a post to a network (`POST /advocacy/v1/posts/{post_id}/shares`).", "id",
        "analytics (shares and potential reach)."),
    "netwise.advocacy.click.counted": Note(
        "People clicked a share's short link (`GET /advocacy/r/{code}`) during one minute; sent once, after "
        "that minute is over (advocacy checks every `NETWISE_ADVOCACY_CLICK_FLUSH_INTERVAL_SECONDS`).", "share_id",
        "analytics (clicks)."),
    "netwise.advocacy.conversation.flagged": Note(
        "Someone flags an online conversation to the comms team (`POST /advocacy/v1/conversations`).", "id",
        "none in netwise today; for integrations (e.g. to alert the comms team)."),
    "netwise.analytics.cap.threshold_crossed": Note(
        "Recorded time (a new, changed, bulk or imported entry, or a stopped timer) makes a person's — for a "
        "pooled cap, a scope's — minutes in a period reach one of a cap's alert thresholds, the first time.",
        "cap_id", "none in netwise today; for integrations (e.g. to tell a leader)."),
    "netwise.analytics.study.closed": Note(
        "A study period is closed (`POST /analytics/v1/studies/{study_id}/close`).", "study_id",
        "none in netwise today; for integrations."),
    "netwise.webhooks.endpoint.disabled": Note(
        "A webhook endpoint whose deliveries all failed for `NETWISE_WEBHOOKS_DISABLE_AFTER_HOURS` is disabled; its "
        "deliveries wait until an admin enables it (`PATCH /webhooks/v1/endpoints/{endpoint_id}`).", "endpoint_id",
        "webhooks tells the organisation's other endpoints that subscribed to it."),
}

# What a `data` field means, by name, where the schema does not say; (type, field) overrides a name.
MEANINGS: dict[str | tuple[str, str], str] = {
    ("netwise.curriculum.lms_learner", "email"): "the e-mail address the LMS gave for them",
    ("netwise.curriculum.lms_learner", "name"): "their name as the LMS gave it; may be empty",
    ("netwise.curriculum.lms_learner", "platform"): "the LMS, by its name in netwise",
    ("netwise.identity.organisation", "id"): "the organisation; the envelope's `org` too",
    ("netwise.identity.organisation", "name"): "the organisation's name",
    ("netwise.identity.org_unit", "id"): "the org unit",
    ("netwise.identity.org_unit", "name"): "the unit's name",
    ("netwise.identity.person", "id"): "the person",
    ("netwise.identity.person", "name"): "the person's name",
    ("netwise.identity.client", "id"): "the client: its `client_id`",
    ("netwise.identity.client", "name"): "the client's name",
    ("netwise.identity.client", "status"): "`active`, or `revoked`: its tokens are refused",
    "scopes": "the scopes the client may ask for",
    "revoked_at": "when it was revoked; null while active",
    "version": "its version: increases with every change; keep the highest you have seen and ignore an older "
               "one arriving late",
    "created_at": "when it was created",
    "updated_at": "when it last changed",
    "parent_id": "the unit above it; null for a top unit",
    "slug": "the organisation's short unique name",
    "currency": "ISO 4217 currency of costs and value",
    "timezone": "IANA time zone: calendar periods are computed in it",
    "default_locale": "BCP 47 locale of content a reader has no own locale for",
    "min_group_size": "aggregates over fewer people than this are suppressed",
    "email": "the person's e-mail, lower case; unique in the organisation",
    "job_function": "the person's job function: what role-based training they get",
    "org_unit_id": "the person's org unit",
    "manager_id": "the person's manager",
    "roles": "the person's roles",
    "status": "whether the person is active",
    "locale": "the person's own BCP 47 locale; null for the organisation's default",
    "person_id": "the person",
    "track_id": "the track",
    "module_id": "the module",
    ("netwise.curriculum.assignment.created", "id"): "the assignment",
    ("netwise.curriculum.assignment.created", "track_id"): "the track to do; null when it is a module",
    ("netwise.curriculum.assignment.created", "module_id"): "the module to do; null when it is a track",
    "due_at": "when it is due; null for no due date",
    "source": "why it was assigned: `rule`, `manual`, `lms`, `refresher` or `renewal`",
    "required": "whether it is required (else recommended)",
    "completed_at": "when it was completed (for an LMS completion, the time the LMS reported)",
    "certification_key": "what the certification certifies; a newer certification with the same key "
                         "supersedes an older one",
    ("netwise.curriculum.certification.issued", "id"): "the certification",
    ("netwise.curriculum.certification.expired", "id"): "the certification",
    "issued_at": "when it was issued",
    "expires_at": "when it expires unless renewed",
    "expired_at": "when it expired",
    "policy_id": "the policy",
    ("netwise.curriculum.policy.published", "version"): "the version now current, `major.minor`",
    ("netwise.curriculum.policy.acknowledged", "version"): "the version acknowledged, `major.minor`",
    "major": "its major version: an acknowledgement holds for every minor version of it",
    "requires_acknowledgement": "whether people must acknowledge it (a new policy or a major version)",
    "published_at": "when it was published",
    "acknowledged_at": "when the person acknowledged it",
    "enrolled_at": "when the person joined",
    "networks": "the networks the ambassador shares on",
    "left_at": "when the ambassador left",
    ("netwise.advocacy.post.published", "id"): "the post",
    "topic_id": "the post's topic",
    "title": "the post's title",
    ("netwise.advocacy.share.created", "id"): "the share",
    "post_id": "the post shared",
    "network": "the network shared to",
    "potential_reach": "the ambassador's followers on that network, as they gave them (0 if not given)",
    "share_id": "the share whose short link was clicked",
    "minute": "the minute counted (UTC, seconds zero)",
    "clicks": "clicks in that minute (a later event for the same share and minute replaces the count)",
    ("netwise.advocacy.conversation.flagged", "id"): "the flagged conversation",
    "reported_by": "the person who flagged it",
    "url": "where the conversation is",
    "cap_id": "the cap",
    ("netwise.analytics.cap.threshold_crossed", "person_id"): "the person whose minutes crossed it; null for a "
                                                                "pooled cap",
    "scope": "what the cap covers: `organisation`, `org_unit`, `job_function` or `person`",
    "scope_id": "the unit, job function or person it covers; null for the whole organisation",
    "period_start": "the first day of the period (in the organisation's time zone)",
    "period_end": "the last day of the period",
    "threshold_percent": "the alert threshold reached, in percent of the limit",
    "used_minutes": "minutes recorded in the period so far",
    "limit_minutes": "the cap's limit for the period",
    "study_id": "the study period",
    ("netwise.analytics.study.closed", "name"): "the study's name",
    "starts_on": "its first day",
    "ends_on": "its last day",
    "endpoint_id": "the webhook endpoint",
    ("netwise.webhooks.endpoint.disabled", "url"): "where it sent deliveries",
    "failing_since": "when the first of the failed attempts in a row was made",
    "disabled_at": "when it was disabled",
    "pending_deliveries": "deliveries waiting for it to be enabled again",
}

# Example values by field name, so every example reads like a real payload. A field without one fails the test.
EXAMPLE_VALUES: dict[str, Any] = {
    "platform": "Moodle",
    "earned_media_cpm_minor": 8333,
    "endpoint_id": "01957f55-3a41-7c2d-8e5f-6a7b8c9d0e1f",
    "pending_deliveries": 12,
    "earned_media_cpc_minor": 457,
    "id": "01957f55-2b1e-7a5c-9f0e-3d2c1b0a9f8e",
    "person_id": "01957f55-2824-71e7-a8e2-5d940ed90475",
    "manager_id": "01957f55-27ff-7531-9d9d-c9f81818e811",
    "org_unit_id": "01957f55-27b5-7c5c-a6a3-a4506513270e",
    "parent_id": "01957f55-2790-769e-b2a7-4de452e6b438",
    "track_id": "01957f55-2893-7d11-9738-f7d93d9c1724",
    "module_id": "01957f55-286e-71e2-ab0d-549b6f03675a",
    "policy_id": "01957f55-3a07-7b42-8e6d-0c1f2a3b4c5d",
    "post_id": "01957f55-4c18-7d53-9f7e-1d2e3f4a5b6c",
    "share_id": "01957f55-5d29-7e64-a08f-2e3f4a5b6c7d",
    "topic_id": "01957f55-3e4a-7f75-b190-3f4a5b6c7d8e",
    "cap_id": "01957f55-6e3a-7086-82a1-4a5b6c7d8e9f",
    "study_id": "01957f55-7f4b-7197-93b2-5b6c7d8e9fa0",
    "scope_id": "01957f55-27b5-7c5c-a6a3-a4506513270e",
    "reported_by": "01957f55-2824-71e7-a8e2-5d940ed90475",
    "email": "nora.solberg@fjordline.example",
    "name": "Nora Solberg",
    "title": "Our new store in Bergen opens on Saturday",
    "url": "https://www.linkedin.com/feed/update/urn:li:activity:7301234567890123456/",
    "slug": "fjordline",
    "currency": "SEK",
    "timezone": "Europe/Stockholm",
    "default_locale": "sv-SE",
    "locale": None,
    "min_group_size": 5,
    "job_function": "sales",
    "roles": ["learner"],
    "status": "active",
    "networks": ["linkedin"],
    "network": "linkedin",
    "version": 1,
    "certification_key": "social-selling",
    "source": "lms",
    "required": True,
    "due_at": "2025-04-09T09:14:02.517306Z",
    "major": 2,
    "requires_acknowledgement": True,
    "potential_reach": 1250,
    "clicks": 3,
    "scope": "org_unit",
    "scopes": ["catalog:read", "completions:write", "enrolments:write", "people:read", "progress:read"],
    "threshold_percent": 80,
    "used_minutes": 384,
    "limit_minutes": 480,
    "period_start": "2025-03-10",
    "period_end": "2025-03-16",
    "starts_on": "2025-03-03",
    "ends_on": "2025-03-30",
    "minute": "2025-03-10T09:21:00Z",
    "statement_id": "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b",
    "activity_id": "https://moodle.fjordline.example/course/view.php?id=42",
    "day": "2025-03-10",
}
# Where one type needs another value than the name's usual one.
TYPE_VALUES: dict[tuple[str, str], Any] = {
    ("netwise.identity.client.created", "name"): "Moodle",
    ("netwise.identity.client.revoked", "name"): "Moodle",
    ("netwise.identity.client.revoked", "status"): "revoked",
    ("netwise.identity.client.created", "revoked_at"): None,
    ("netwise.identity.client.revoked", "version"): 2,
    ("netwise.identity.person.deactivated", "status"): "deactivated",
    ("netwise.identity.person.deactivated", "version"): 2,
    ("netwise.curriculum.assignment.created", "module_id"): None,  # a track assignment
    ("netwise.curriculum.policy.published", "version"): "2.0",
    ("netwise.curriculum.policy.acknowledged", "version"): "2.0",
    ("netwise.curriculum.learning_time.recorded", "track_id"): None,  # mapped to a module
    ("netwise.curriculum.learning_time.recorded", "minutes"): 42,
}
NAMES = {"netwise.identity.organisation.created": "Fjordline", "netwise.identity.organisation.updated": "Fjordline",
         "netwise.identity.org_unit.created": "B2B Sales", "netwise.identity.org_unit.updated": "B2B Sales",
         "netwise.identity.org_unit.deleted": "B2B Sales", "netwise.analytics.study.closed": "Spring time study"}
TIME = "2025-03-10T09:14:02.517306Z"
ENTITY_IDS = {"netwise.identity.client": "nw_8b3e6f0a2d914c57e1a9b3d0",
              "netwise.identity.org_unit": "01957f55-27b5-7c5c-a6a3-a4506513270e",
              "netwise.identity.person": "01957f55-2824-71e7-a8e2-5d940ed90475"}


def event_schemas() -> dict[str, dict[str, Any]]:
    return {path.stem: json.loads(path.read_text()) for path in sorted(EVENTS.glob("*.json"))}


def _resolve(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    return _resolve(root["$defs"][ref.rsplit("/", 1)[-1]], root) if ref else schema


def field_type(schema: dict[str, Any], root: dict[str, Any]) -> str:
    schema = _resolve(schema, root)
    if "anyOf" in schema:
        kinds = [field_type(option, root) for option in schema["anyOf"] if option.get("type") != "null"]
        nullable = any(option.get("type") == "null" for option in schema["anyOf"])
        return " or ".join(kinds) + (" or null" if nullable else "")
    if "enum" in schema:
        return "one of " + ", ".join(f"`{value}`" for value in schema["enum"])
    if schema.get("type") == "array":
        return f"list of ({field_type(schema['items'], root)})"
    kind = str(schema.get("type", "any"))
    return {"date-time": "RFC 3339 time", "date": "date (YYYY-MM-DD)"}.get(schema.get("format", ""), kind)


def example_data(event_type: str, schema: dict[str, Any]) -> dict[str, Any]:
    data = schema["properties"]["data"]
    example: dict[str, Any] = {}
    for name, field in data["properties"].items():
        if (event_type, name) in TYPE_VALUES:
            example[name] = TYPE_VALUES[(event_type, name)]
        elif name == "name" and event_type in NAMES:
            example[name] = NAMES[event_type]
        elif name in EXAMPLE_VALUES:
            example[name] = EXAMPLE_VALUES[name]
        elif _resolve(field, schema).get("format") == "date-time" or "date-time" in json.dumps(field):
            example[name] = TIME
        else:
            raise KeyError(f"{event_type}: no example value for data.{name}; add one to EXAMPLE_VALUES")
    entity = event_type.rsplit(".", 1)[0]
    if entity in ENTITY_IDS:
        example["id"] = ENTITY_IDS[entity]
    return example


def _subject(note: Note) -> str:
    return f"`data.{note.subject}`" if note.subject else "the organisation (`org`)"


def example_envelope(event_type: str, schema: dict[str, Any]) -> dict[str, Any]:
    data = example_data(event_type, schema)
    org = "01957f55-2760-7d1e-8b2a-3c4d5e6f7a8b"
    if ".organisation." in event_type:
        data["id"] = org  # an organisation's events are about the organisation itself
    return {"specversion": "1.0", "id": "01957f55-9a1b-7c2d-8e3f-4a5b6c7d8e9f",
            "source": f"/netwise/{event_type.split('.')[1]}", "type": event_type, "time": TIME,
            "subject": data[NOTES[event_type].subject] if NOTES[event_type].subject else org,
            "datacontenttype": "application/json", "org": org,
            "data": data}


def meaning(event_type: str, name: str, field: dict[str, Any]) -> str:
    entity = event_type.rsplit(".", 1)[0]
    found = MEANINGS.get((event_type, name)) or MEANINGS.get((entity, name)) or field.get("description") \
        or MEANINGS.get(name)
    if not found:
        raise KeyError(f"{event_type}: say what data.{name} means, in tests/docs/catalogue.py MEANINGS")
    return found[0].upper() + found[1:].rstrip(".") + "."


def events_catalogue() -> str:
    schemas = event_schemas()
    missing = sorted(set(schemas) - set(NOTES))
    if missing:
        raise KeyError(f"say when these events are emitted, in tests/docs/catalogue.py NOTES: {missing}")
    out = ["| event type | subject | used by |", "|---|---|---|"]
    out += [f"| [`{t}`](#{t.replace('.', '')}) | {_subject(note)} | {note.used_by} |"
            for t, note in NOTES.items() if t in schemas]
    out.append("")
    for service in SERVICES:
        types = [t for t in NOTES if t in schemas and t.split(".")[1] == service]
        if not types:
            continue
        out.append(f"### Emitted by {service}\n")
        for event_type in types:
            schema, note = schemas[event_type], NOTES[event_type]
            data = schema["properties"]["data"]
            out += [f"#### `{event_type}`\n", f"- **When:** {note.when}",
                    f"- **Subject:** {_subject(note)}", f"- **Used by:** {note.used_by}", ""]
            if data.get("description"):
                out.append(data["description"] + "\n")
            out += ["| `data` field | type | always present | meaning |", "|---|---|---|---|"]
            required = list(data.get("required", []))
            for name in required + sorted(set(data["properties"]) - set(required)):
                field = data["properties"][name]
                out.append(f"| `{name}` | {field_type(field, schema)} | {'yes' if name in required else 'no'} "
                           f"| {meaning(event_type, name, field)} |")
            example = example_envelope(event_type, schema)
            example["data"] = {name: example["data"][name] for name in required + sorted(
                set(example["data"]) - set(required))}
            out += ["", "```json", json.dumps(example, indent=2, ensure_ascii=False), "```", ""]
    return "\n".join(out)


# -- the pages --------------------------------------------------------------------------------------------------

def generated() -> dict[tuple[str, str], str]:
    """(page, section) -> the section's text as it must be."""
    return {
        ("events.md", "catalogue"): events_catalogue(),
        ("concurrency.md", "if-match"): operations_table(operations_reading("If-Match")),
        ("idempotency.md", "idempotency-key"): operations_table(operations_reading("Idempotency-Key")),
    }


def write() -> list[str]:
    changed = []
    for (name, key), text in generated().items():
        path = DOCS / name
        page = path.read_text()
        new = replace_section(page, key, text)
        if new != page:
            path.write_text(new)
            changed.append(f"{name} ({key})")
    return changed


if __name__ == "__main__":
    for line in write() or ["nothing to change"]:
        print(line)
    sys.exit(0)
