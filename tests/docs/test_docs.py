"""The docs pages say what the code does: their examples run, their paths exist, their event catalogue is current."""

import json
import re
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel

from contracts.events import CATALOGUE
from kit.events import CloudEvent, envelope_bytes, signed_headers
from services.identity.schemas import Scope
from tests.docs.catalogue import EVENTS, ROOT, current_section, generated
from tests.docs.conftest import DOCS, fjordline, page
from tests.docs.examples import Capture, Ids, curl_request, run
from tests.docs.platform import Platform

# `METHOD /path` in a code block or an inline code span of a page.
OPERATION = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE) (/[^\s`'\"?#)]*)")
CODE = re.compile(r"```[a-z]*\n(.*?)```|`([^`\n]+)`", re.S)
CURL = re.compile(r"^curl .*?(?<!\\)$", re.S | re.M)
# Where the pages send requests: the gateway ($API) or, for operators, one app directly on its embedded port.
SPECS = {"127.0.0.1:8000": "gateway", "127.0.0.1:8001": "identity", "127.0.0.1:8002": "curriculum",
         "127.0.0.1:8003": "advocacy", "127.0.0.1:8004": "analytics", "127.0.0.1:8005": "webhooks"}


class Placeholders(dict[str, str]):
    """Every shell variable of a curl command: $API is the gateway, any other one stands for a path segment."""

    def __contains__(self, name: object) -> bool:
        return True

    def __getitem__(self, name: str) -> str:
        return "http://127.0.0.1:8000" if name == "API" else f"{{{name}}}"


def operations_in_docs() -> list[tuple[str, str, str, str]]:
    """(page, spec name, METHOD, path) of every operation a page names or calls with curl."""
    found = []
    for path in sorted(DOCS.glob("*.md")):
        for block, inline in CODE.findall(path.read_text()):
            code = block or inline
            # `/internal/...` is every service's own (the gateway never forwards it), the same on each.
            found += [(path.name, "identity" if url.startswith("/internal/") else "gateway", method, url)
                      for method, url in OPERATION.findall(code)]
            for command in CURL.findall(block):
                request = curl_request(command, Placeholders(), Ids())
                parts = urlsplit(request.url)
                found.append((path.name, SPECS[parts.netloc], request.method, parts.path))
    return found


def documented(spec: dict[str, Any], method: str, path: str) -> bool:
    """Whether `spec` has the operation; a template segment `{x}` matches any segment, a literal only itself.

    A CORS preflight (`OPTIONS`) is answered by the gateway for every path: the path must exist.
    """
    wanted = path.rstrip("/").split("/")
    for template, item in spec["paths"].items():
        segments = template.split("/")
        if (method == "OPTIONS" or method.lower() in item) and len(segments) == len(wanted) and all(
                t == w or (t.startswith("{") and t.endswith("}")) for t, w in zip(segments, wanted, strict=True)):
            return True
    return False


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
    schemas: dict[str, type[BaseModel]] = dict(CATALOGUE)
    examples = re.findall(r"```json\n(.*?)```", page("events.md"), re.S)
    assert len(examples) == len(list(EVENTS.glob("*.json")))
    for text in examples:
        envelope = CloudEvent.model_validate_json(text, strict=True)
        model = schemas[envelope.type]
        data = model.model_validate_json(json.dumps(envelope.data), strict=True)
        assert data.model_dump(mode="json") == envelope.data, envelope.type


async def test_idempotency_page_examples_are_what_the_api_answers(docs_platform: Platform) -> None:
    await run_page(docs_platform, "idempotency.md")


def test_every_operation_the_pages_name_exists() -> None:
    specs = {name: json.loads((ROOT / "openapi" / f"{name}.json").read_text()) for name in set(SPECS.values())}
    operations = operations_in_docs()
    assert len({(method, path) for _, _, method, path in operations}) > 40, "the pages name the API's operations"
    unknown = [f"{name}: {method} {path} ({spec})" for name, spec, method, path in operations
               if not documented(specs[spec], method, path)]
    assert not unknown, "the docs name operations the API does not have:\n" + "\n".join(unknown)


async def test_lms_quickstart_runs_as_written(docs_platform: Platform) -> None:
    """The LMS walk-through end to end: the client it registers gets the token the later steps use."""
    await run_page(docs_platform, "quickstart-lms.md", capture={
        "create-client": lambda r: {"CLIENT_ID": r.json()["id"], "CLIENT_SECRET": r.json()["client_secret"]},
        "token": lambda r: {"LMS_TOKEN": r.json()["access_token"]},
    })


def test_lms_quickstart_explains_every_scope_as_the_contract_grants_it() -> None:
    """Each scope's row names operations whose `x-netwise-access` accepts that scope (or any token)."""
    text = page("quickstart-lms.md")
    missing = [scope.value for scope in Scope if f"| `{scope.value}` |" not in text]
    assert not missing, f"docs/quickstart-lms.md does not say what these scopes grant: {missing}"
    spec = json.loads((ROOT / "openapi" / "gateway.json").read_text())
    wrong = []
    for scope in Scope:
        row = next(line for line in text.splitlines() if line.startswith(f"| `{scope.value}` |"))
        if scope == Scope.scim:  # SCIM describes itself (/Schemas); its paths are not in the OpenAPI contract
            assert "/identity/scim/v2/Users" in row, row
            continue
        if scope in (Scope.xapi_read, Scope.xapi_write):  # the LRS is the xAPI specification's, not the contract's
            assert "/curriculum/xapi/" in row, row
            continue
        operations = OPERATION.findall(row)
        assert operations, f"the row of {scope.value} names no operation"
        for method, path in operations:
            access = spec["paths"][path][method.lower()]["x-netwise-access"]
            if not access["any_token"] and scope.value not in access["scopes"]:
                wrong.append(f"{scope.value}: {method} {path} takes {access['scopes']}")
    assert not wrong, "docs/quickstart-lms.md grants what the contract does not:\n" + "\n".join(wrong)


async def test_spa_quickstart_examples_are_what_the_api_answers(docs_platform: Platform) -> None:
    await run_page(docs_platform, "quickstart-spa.md")


async def test_operator_quickstart_examples_are_what_the_api_answers(docs_platform: Platform) -> None:
    await run_page(docs_platform, "quickstart-operator.md")


def test_the_signature_check_events_md_shows_accepts_what_a_relay_sends() -> None:
    """The receiver code a subscriber copies from events.md verifies kit's real signatures, and only them."""
    code = next(block for block in re.findall(r"```python\n(.*?)```", page("events.md"), re.S)
                if "def verified_publisher" in block)
    namespace: dict[str, Any] = {}
    exec(compile(code, "docs/events.md", "exec"), namespace)  # the page's own example, run as written
    namespace["KEYS"] = {"curriculum": "a-curriculum-key-of-32-characters"}
    body = envelope_bytes({"specversion": "1.0", "id": "1", "source": "/netwise/curriculum", "type": "x"})
    headers = {name.lower(): value for name, value in
               signed_headers("curriculum", "a-curriculum-key-of-32-characters", body).items()}
    verify = namespace["verified_publisher"]
    assert verify(headers, body) == "curriculum"
    assert verify(headers, body + b" ") is None
    assert verify({**headers, "netwise-publisher": "advocacy"}, body) is None
    assert verify({**headers, "netwise-timestamp": str(int(headers["netwise-timestamp"]) - 301)}, body) is None
