"""The docs pages say what the code does: their examples run, their paths exist, their event catalogue is current."""

import json
import re
from importlib import import_module

from pydantic import BaseModel

from kit.events import CloudEvent
from tests.docs.catalogue import EVENTS, current_section, generated
from tests.docs.conftest import fjordline, page
from tests.docs.examples import Capture, run
from tests.docs.platform import Platform


async def run_page(running: Platform, name: str, capture: dict[str, Capture] | None = None) -> None:
    """Runs a page's examples on a fresh Fjordline; fails with every difference from what the page shows."""
    org = await fjordline(running)
    differences = await run(page(name), running.gateway, org.variables(), org.page_ids(), capture)
    assert not differences, f"{name} shows what the API no longer answers:\n" + "\n".join(differences)


async def test_errors_page_examples_are_what_the_api_answers(docs_platform: Platform) -> None:
    await run_page(docs_platform, "errors.md")


async def test_pagination_page_examples_are_what_the_api_answers(docs_platform: Platform) -> None:
    await run_page(docs_platform, "pagination.md")


async def test_concurrency_page_examples_are_what_the_api_answers(docs_platform: Platform) -> None:
    await run_page(docs_platform, "concurrency.md")


def test_generated_sections_are_current() -> None:
    for (name, key), text in generated().items():
        assert current_section(page(name), key) == text, \
            f"docs/{name} ({key}) is stale: run `uv run python -m tests.docs.catalogue` and commit the result"


def test_every_event_type_is_in_the_catalogue_with_its_fields() -> None:
    catalogue = page("events.md")
    for path in sorted(EVENTS.glob("*.json")):
        schema = json.loads(path.read_text())
        heading = f"#### `{path.stem}`"
        assert heading in catalogue, f"{path.stem} is not in docs/events.md"
        entry = catalogue[catalogue.index(heading):].split("\n#### ", 2)[0]
        for field in schema["properties"]["data"]["properties"]:
            assert f"| `{field}` |" in entry, f"{path.stem}: data.{field} is not in docs/events.md"


def test_event_examples_are_payloads_the_producers_emit() -> None:
    """Each example envelope parses as the producer's own event model would send it (strict, from JSON)."""
    schemas: dict[str, type[BaseModel]] = {}
    for service in ("identity", "curriculum", "advocacy", "analytics"):
        schemas |= import_module(f"services.{service}.events").EVENT_SCHEMAS
    examples = re.findall(r"```json\n(.*?)```", page("events.md"), re.S)
    assert len(examples) == len(list(EVENTS.glob("*.json")))
    for text in examples:
        envelope = CloudEvent.model_validate_json(text, strict=True)
        model = schemas[envelope.type]
        data = model.model_validate_json(json.dumps(envelope.data), strict=True)
        assert data.model_dump(mode="json") == envelope.data, envelope.type


async def test_idempotency_page_examples_are_what_the_api_answers(docs_platform: Platform) -> None:
    await run_page(docs_platform, "idempotency.md")
