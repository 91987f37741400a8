"""The committed contract: openapi/<app>.json, openapi/gateway.json and openapi/events/<type>.json."""

import json
from pathlib import Path
from typing import Any

from kit.events import CloudEvent
from netwise_cli.apps import SERVICES


def service_specs() -> dict[str, dict[str, Any]]:
    """Each service's OpenAPI document, built in-process: no database is touched."""
    specs = {}
    for spec in SERVICES:
        settings = spec.settings(database_url="sqlite+aiosqlite:///:memory:")
        specs[spec.name] = spec.load_factory()(settings).openapi()
    return specs


def event_schemas() -> dict[str, dict[str, Any]]:
    """A JSON Schema per event type: the CloudEvents envelope with that event's `data`."""
    from contracts.events import CATALOGUE

    envelope = CloudEvent.model_json_schema()
    out: dict[str, dict[str, Any]] = {}
    for event_type, model in sorted(CATALOGUE.items()):
        data = model.model_json_schema(ref_template="#/$defs/{model}")
        defs = data.pop("$defs", {})
        schema = json.loads(json.dumps(envelope))
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["title"] = event_type
        schema["properties"]["type"] = {"const": event_type}
        schema["properties"]["data"] = data
        schema["required"] = sorted({*schema.get("required", []), "type", "data", "time", "subject"})
        if defs:
            schema["$defs"] = defs
        out[event_type] = schema
    return out


def build_spec(specs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The committed `openapi/gateway.json`: the gateway's own spec (built offline) merged with `specs`."""
    from gateway.app import create_app
    from gateway.openapi import merge_specs
    from gateway.settings import GatewaySettings

    return merge_specs(create_app(GatewaySettings()).openapi(), specs)


def documents() -> dict[str, dict[str, Any]]:
    """Relative path under openapi/ -> document."""
    specs = service_specs()
    docs: dict[str, dict[str, Any]] = {f"{name}.json": spec for name, spec in specs.items()}
    docs["gateway.json"] = build_spec(specs)
    docs |= {f"events/{event_type}.json": schema for event_type, schema in event_schemas().items()}
    return docs


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def differences(directory: Path) -> list[str]:
    """Files under `directory` that are missing, stale or no longer generated."""
    expected = {path: render(doc) for path, doc in documents().items()}
    problems = [f"{path}: missing" if not (directory / path).exists() else f"{path}: differs from the code"
                for path, text in expected.items()
                if not (directory / path).exists() or (directory / path).read_text() != text]
    present = {str(p.relative_to(directory)) for p in directory.rglob("*.json")} if directory.exists() else set()
    problems += [f"{path}: no longer generated" for path in sorted(present - set(expected))]
    return problems


def write(directory: Path) -> list[str]:
    docs = documents()
    for stale in (set(str(p.relative_to(directory)) for p in directory.rglob("*.json")) - set(docs)
                  if directory.exists() else set()):
        (directory / stale).unlink()
    for path, doc in docs.items():
        target = directory / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render(doc))
    return sorted(docs)


def settings_table() -> str:
    """Markdown table of every app's settings, from the settings classes themselves."""
    from importlib import import_module

    from pydantic import SecretStr

    from netwise_cli.apps import APPS

    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for spec in APPS.values():
        module, attr = spec.settings_class.split(":")
        cls = getattr(import_module(module), attr)
        for name, info in cls.model_fields.items():
            default = info.get_default(call_default_factory=True)
            if isinstance(default, SecretStr):
                default = "(embedded default; required in production)"
            elif isinstance(default, list):
                default = json.dumps(default)
            rows.append(f"| `{spec.env_prefix()}{name.upper()}` | `{default}` | {info.description or ''} |"
                        .replace("``", "(empty)"))
    return "\n".join(rows)


TABLE_START, TABLE_END = "<!-- settings-table:start -->", "<!-- settings-table:end -->"


def readme_with_settings(readme: str) -> str:
    """The README with its configuration table regenerated between the markers."""
    head, _, rest = readme.partition(TABLE_START)
    _, _, tail = rest.partition(TABLE_END)
    return f"{head}{TABLE_START}\n{settings_table()}\n{TABLE_END}{tail}"
