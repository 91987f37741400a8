"""Shared set-up for property-based API fuzzing with schemathesis: a migrated app per backend and a tenant's tokens.

Each app is fuzzed on SQLite and, where a server answers, on PostgreSQL: the two refuse different input (NUL,
over-long text), so a contract kept on one is not kept on the other. Besides what schemathesis draws, every
operation gets explicit hostile cases (`hostile_examples`): one valid request with, in turn, each of its texts
holding a NUL, its dates far away or a number, and its texts far longer than any limit.
"""

import asyncio
import atexit
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
)

from kit.migrations import upgrade
from tests.databases import ADMIN_URL, create_postgres_database, drop_postgres_database, postgres_reachable

# What the contract promises: no 5xx, every response (errors included) is what the schema documents, and a
# method the path does not serve is a 405 that says in `Allow` which ones it does.
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance,
          unsupported_method]

FUZZ_SETTINGS = settings(max_examples=25, deadline=None, derandomize=True, database=None,
                         suppress_health_check=list(HealthCheck))
# PostgreSQL's run is there for what only it refuses (NUL, long text, wide numbers): the hostile examples below
# and fewer drawn cases find that, and keep the two runs together within a few minutes.
POSTGRES_FUZZ_SETTINGS = settings(FUZZ_SETTINGS, max_examples=12)


def run(coro):  # type: ignore[no-untyped-def]
    """Runs set-up code before any event loop exists (module import time)."""
    return asyncio.run(coro)


def migrated_sqlite(migrations: Path, name: str) -> str:
    """A fresh SQLite database at head, made at import time (schemathesis loads its schema then)."""
    path = Path(tempfile.mkdtemp(prefix=f"fuzz-{name}-")) / f"{name}.db"
    url = f"sqlite+aiosqlite:///{path}"
    upgrade(migrations, url)
    return url


def migrated_postgres(migrations: Path, name: str) -> str | None:
    """A fresh PostgreSQL database at head, dropped when the run ends; None when no server answers."""
    if not run(postgres_reachable()):
        return None
    url: str = run(create_postgres_database(migrations))
    atexit.register(lambda: run(drop_postgres_database(url)))
    return url


@dataclass
class Target:
    """An app seeded with one tenant, and the headers of a caller who can reach every operation."""

    app: FastAPI
    headers: dict[str, str]


def targets(name: str, migrations: Path, build: Callable[[str], Target]) -> dict[str, Target | None]:
    """`build(database_url)` per backend; PostgreSQL's is None when no server answers."""
    postgres = migrated_postgres(migrations, name)
    return {"sqlite": build(migrated_sqlite(migrations, name)), "postgresql": build(postgres) if postgres else None}


def contract_test(target: Target | None, fuzz_settings: settings = FUZZ_SETTINGS) -> Callable[..., None]:
    """The schemathesis test of one app on one backend; skipped, saying why, when its database is missing."""
    if target is None:
        @pytest.mark.skip(reason=f"PostgreSQL not reachable at {ADMIN_URL}; set NETWISE_TEST_POSTGRES_URL to run it")
        def skipped() -> None:
            raise AssertionError("skipped")

        return skipped
    schema = schemathesis.openapi.from_asgi("/openapi.json", target.app)

    @schema.parametrize()
    @fuzz_settings
    def keeps_its_contract(case: schemathesis.Case) -> None:
        case.call_and_validate(headers={**target.headers, **(case.headers or {})}, checks=CHECKS)

    return keeps_its_contract


# -- hostile examples -----------------------------------------------------------------------------------

NUL = "\x00"
LONG = 70_000  # past every length limit in the schemas, and past PostgreSQL's varchar columns
FAR_DAYS = ("0001-01-01", "9999-12-31", "0")
FAR_INSTANTS = ("0001-01-01T00:00:00Z", "9999-12-31T23:59:59-14:00", "0")
DAY_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")
INSTANT_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}T.*")
MAX_HOSTILE_CASES = 24  # per operation: enough to reach every field of the usual body, few enough to stay quick


def hostile_values(value: str) -> tuple[str, ...]:
    if DAY_TEXT.fullmatch(value):
        return FAR_DAYS
    if INSTANT_TEXT.fullmatch(value):
        return FAR_INSTANTS
    return (f"{value}{NUL}x", value + "x" * LONG)


def _string_leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _string_leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _string_leaves(item, (*path, index))


def _replaced(value: Any, path: tuple[Any, ...], new: str) -> Any:
    if not path:
        return new
    copy: Any = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = _replaced(value[path[0]], path[1:], new)
    return copy


def _resolve(schema: Any, root: dict[str, Any]) -> Any:
    ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
    if ref.startswith("#/x-bundled/"):
        return root.get("x-bundled", {}).get(ref.rsplit("/", 1)[1], {})
    return schema


def _placeholder(schema: Any, root: dict[str, Any]) -> str | None:
    """A valid-looking text for a string property the simplest request left out (enums are left out too)."""
    schema = _resolve(schema, root)
    for branch in [schema, *schema.get("anyOf", []), *schema.get("oneOf", [])]:
        branch = _resolve(branch, root)
        if branch.get("type") == "string" and "enum" not in branch:
            return {"date": "2024-01-02", "date-time": "2024-01-02T09:00:00Z"}.get(branch.get("format", ""), "x")
    return None


def _absent_texts(schema: Any, present: Any) -> dict[str, str]:
    root = schema if isinstance(schema, dict) else {}
    properties = _resolve(root, root).get("properties", {})
    return {name: text for name, prop in properties.items()
            if name not in (present or {}) and (text := _placeholder(prop, root)) is not None}


def _priority(value: str) -> int:
    """Far-away dates first, then NUL, then long text: the cap keeps the kinds that broke before."""
    return 0 if value in FAR_DAYS or value in FAR_INSTANTS else 1 if NUL in value else 2


@schemathesis.hook
def before_add_examples(context: schemathesis.HookContext, examples: list[schemathesis.Case]) -> None:
    """Adds, to each operation's explicit examples, its simplest valid request with one value made hostile.

    Every text the simplest request holds is tried, and so is every text property or query parameter it left out.
    """
    operation = context.operation
    if operation is None:
        return
    base = examples[0] if examples else _simplest(operation)
    if base is None:
        return
    parts: dict[str, Any] = {"path_parameters": dict(base.path_parameters or {}), "query": dict(base.query or {}),
                             "body": base.body}
    variants: list[tuple[int, dict[str, Any]]] = []
    for part, value in parts.items():
        if part == "body" and not isinstance(value, (str, dict, list)):
            continue
        for path, text in _string_leaves(value):
            for hostile in hostile_values(text):
                if part == "path_parameters" and hostile == "0":
                    continue  # as a path segment "0" is just another id
                variants.append((_priority(hostile), {**parts, part: _replaced(value, path, hostile)}))
    absent = {"query": _absent_texts({"properties": {p.name: p.optimized_schema for p in operation.query}},
                                     parts["query"])}
    if isinstance(parts["body"], dict) and operation.body:
        absent["body"] = _absent_texts(operation.body[0].optimized_schema, parts["body"])
    for part, texts in absent.items():
        for name, text in texts.items():
            variants += [(_priority(hostile), {**parts, part: {**parts[part], name: hostile}})
                         for hostile in hostile_values(text)]
    variants.sort(key=lambda variant: variant[0])
    examples.extend(operation.Case(method=base.method, path_parameters=fields["path_parameters"],
                                   query=fields["query"], body=fields["body"], media_type=base.media_type,
                                   headers=dict(base.headers or {}))
                    for _, fields in variants[:MAX_HOSTILE_CASES])


def _simplest(operation: Any) -> schemathesis.Case | None:
    from schemathesis.generation.hypothesis.examples import generate_one

    try:
        case: schemathesis.Case = generate_one(operation.as_strategy())
        return case
    except Exception:  # an operation schemathesis cannot draw for gets no extra cases, as it gets no others
        return None
