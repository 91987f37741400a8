"""Every request body in the contract shows an example, and every example is one the API accepts."""

import json
from importlib import import_module
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from netwise_cli.apps import SERVICES

SPEC = json.loads((Path(__file__).resolve().parents[2] / "openapi" / "gateway.json").read_text())


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        section, name = node["$ref"].split("/")[2:]
        node = SPEC["components"][section][name]
    return node


def has_example(media: dict[str, Any]) -> bool:
    if "example" in media or "examples" in media:
        return True
    schema = media.get("schema", {})
    return any("examples" in resolve(option) for option in [schema, *schema.get("anyOf", [])])


def test_every_request_body_shows_an_example() -> None:
    bodies = [(method.upper(), path, media) for path, item in SPEC["paths"].items()
              for method, operation in item.items() if isinstance(operation, dict) and "requestBody" in operation
              for media in operation["requestBody"]["content"].values()]
    assert len(bodies) > 60
    assert [(method, path) for method, path, media in bodies if not has_example(media)] == []


def body_models() -> list[tuple[str, type[BaseModel]]]:
    """Every model of the services' schemas that shows an example."""
    found = {}
    for spec in SERVICES:
        module = import_module(f"services.{spec.name}.schemas")
        for model in vars(module).values():
            if isinstance(model, type) and issubclass(model, BaseModel) and model.__module__ == module.__name__ \
                    and "examples" in (model.model_config.get("json_schema_extra") or {}):
                found[f"{spec.name}.{model.__name__}"] = model
    return sorted(found.items())


@pytest.mark.parametrize(("name", "model"), body_models(), ids=lambda value: value if isinstance(value, str) else "")
def test_each_example_is_a_body_the_api_accepts(name: str, model: type[BaseModel]) -> None:
    extra = model.model_config.get("json_schema_extra")
    assert isinstance(extra, dict)
    for example in extra["examples"]:
        model.model_validate_json(json.dumps(example))  # as a request arrives: JSON, in the model's own mode
