"""What the contract says about `null` is what the models do: a request-body field the schema marks nullable
accepts null, and one it does not mark nullable refuses null with a 422 naming the field (never a 409 later)."""

import importlib
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

OPENAPI = Path(__file__).resolve().parents[2] / "openapi"
SERVICES = ["identity", "curriculum", "advocacy", "analytics"]


def body_models(service: str) -> list[tuple[str, type[BaseModel], dict[str, Any]]]:
    spec = json.loads((OPENAPI / f"{service}.json").read_text())
    schemas = importlib.import_module(f"services.{service}.schemas")
    found = []
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            content = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
            name = content.get("schema", {}).get("$ref", "").rsplit("/", 1)[-1]
            model = getattr(schemas, name, None)
            if isinstance(model, type) and issubclass(model, BaseModel):
                found.append((f"{method.upper()} {path}", model, spec["components"]["schemas"][name]))
    return found


def nullable(prop: dict[str, Any]) -> bool:
    return prop.get("type") == "null" or any(branch.get("type") == "null" for branch in prop.get("anyOf", []))


@pytest.mark.parametrize("service", SERVICES)
def test_null_is_accepted_exactly_where_the_schema_allows_it(service: str) -> None:
    disagreements = []
    models = body_models(service)
    assert models, f"no JSON request bodies found for {service}"
    for operation, model, schema in models:
        for name, prop in schema.get("properties", {}).items():
            try:
                model.model_validate({name: None})
                refused = False
            except ValidationError as exc:
                refused = any(error["loc"][:1] == (name,) for error in exc.errors())
            if nullable(prop) == refused:
                disagreements.append(f"{operation} {model.__name__}.{name}: schema nullable={nullable(prop)}, "
                                     f"model refuses null={refused}")
    assert disagreements == []
