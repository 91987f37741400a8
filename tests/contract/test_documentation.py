"""The merged contract tells a frontend developer and a client generator what each operation needs and answers.

Read from the committed `openapi/gateway.json` (which `test_committed_contract` keeps equal to the code).
"""

import json
from collections import Counter
from pathlib import Path
from typing import Any

SPEC = json.loads((Path(__file__).resolve().parents[2] / "openapi" / "gateway.json").read_text())
PUBLIC = {  # the operations anyone may call: the rest need a token
    ("GET", "/advocacy/r/{code}"), ("GET", "/identity/.well-known/jwks.json"), ("POST", "/identity/v1/oauth/token"),
    ("GET", "/healthz"), ("GET", "/readyz"), ("GET", "/metrics"),
    # signing in: a browser follows these before it holds a token
    ("GET", "/identity/v1/oauth/authorize"), ("GET", "/identity/v1/oauth/callback"),
    ("POST", "/identity/v1/oauth/revoke"), ("GET", "/identity/.well-known/oauth-authorization-server"),
    # a digest mail's links: the signed token in the path is the credential
    ("GET", "/advocacy/m/share/{token}"), ("POST", "/advocacy/m/share/{token}"),
    ("GET", "/advocacy/m/leave/{token}"), ("POST", "/advocacy/m/leave/{token}")}


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [(method.upper(), path, operation) for path, item in SPEC["paths"].items()
            for method, operation in item.items() if isinstance(operation, dict) and "responses" in operation]


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        section, name = node["$ref"].split("/")[2:]
        node = SPEC["components"][section][name.replace("~1", "/").replace("~0", "~")]
    return node


def test_people_sign_in_by_the_authorization_code_flow_with_pkce() -> None:
    scheme = SPEC["components"]["securitySchemes"]["signIn"]
    flow = scheme["flows"]["authorizationCode"]
    assert (flow["authorizationUrl"], flow["tokenUrl"]) == ("/identity/v1/oauth/authorize", "/identity/v1/oauth/token")
    assert "PKCE" in scheme["description"]


def test_every_operation_but_the_public_ones_declares_its_security_and_who_may_call_it() -> None:
    public = {(method, path) for method, path, operation in operations() if "x-netwise-access" not in operation}
    assert public == PUBLIC
    for method, path, operation in operations():
        if (method, path) in PUBLIC:
            continue
        access = operation["x-netwise-access"]
        schemes = {name for requirement in operation["security"] for name in requirement}
        assert schemes <= {"bearer", "signIn", "oauth2"} and schemes, (method, path)
        if access["roles"]:  # a person may paste a token or sign in
            assert {"bearer", "signIn"} <= schemes, (method, path)
        if not access["any_token"]:
            assert access["roles"] or access["scopes"], (method, path)
            assert {r for req in operation["security"] for r in req.get("bearer", [])} == set(access["roles"])
        assert "**Needs**" in operation["description"], (method, path)


def test_every_operation_documents_its_specific_errors_as_problems() -> None:
    for method, path, operation in operations():
        responses = operation["responses"]
        expected = set()
        if (method, path) not in PUBLIC:
            expected.add("401")
            if not operation["x-netwise-access"]["any_token"]:
                expected.add("403")
        if "{" in path and (method, path) not in PUBLIC:
            expected.add("404")
        if any(p.get("name") == "If-Match" for p in map(resolve, operation.get("parameters", []))):
            expected.add("412")
        if "requestBody" in operation:
            expected.add("422")
        assert expected <= set(responses), (method, path, sorted(expected - set(responses)))
        for status in expected:
            content = resolve(responses[status])["content"]
            assert list(content) == ["application/problem+json"], (method, path, status)
            assert content["application/problem+json"]["schema"]["$ref"].endswith("ProblemDetail")


def test_the_headers_the_api_reads_and_writes_are_documented() -> None:
    listed = {(method, path) for method, path, operation in operations()
              if any(p.get("name") == "Idempotency-Key" for p in map(resolve, operation.get("parameters", [])))}
    # the writes an LMS or a flaky network retries
    assert {("POST", "/curriculum/v1/enrolments"), ("POST", "/curriculum/v1/completions"),
            ("POST", "/analytics/v1/time-entries"), ("POST", "/advocacy/v1/posts/{post_id}/shares")} <= listed
    for method, path, operation in operations():
        names = {p.get("name") for p in map(resolve, operation.get("parameters", []))}
        if (method, path) not in PUBLIC:
            assert "X-Request-ID" in names, (method, path)
        success = next((resolve(r) for code, r in operation["responses"].items() if code.startswith("2")), {})
        if method == "GET" and "next_cursor" in json.dumps(success.get("content", {})) + json.dumps(
                [resolve(s) for s in _schemas(success)]):
            assert "Link" in success.get("headers", {}), (method, path)


def _schemas(response: dict[str, Any]) -> list[dict[str, Any]]:
    return [media["schema"] for media in response.get("content", {}).values() if "schema" in media]


def test_schema_titles_are_unique_so_generated_clients_keep_every_model() -> None:
    titles = Counter(schema["title"] for schema in SPEC["components"]["schemas"].values() if "title" in schema)
    assert [title for title, count in titles.items() if count > 1] == []


def test_operations_are_grouped_by_service_and_every_group_is_described() -> None:
    tags = {tag["name"]: tag.get("description", "") for tag in SPEC["tags"]}
    assert all(tags.values()), [name for name, text in tags.items() if not text]
    used = {tag for _, _, operation in operations() for tag in operation.get("tags", [])}
    assert used <= set(tags)
    groups = {group["name"]: set(group["tags"]) for group in SPEC["x-tagGroups"]}
    assert set(groups) == {"gateway", "identity", "curriculum", "advocacy", "analytics", "webhooks"}
    assert set().union(*groups.values()) == used
    for service in ("identity", "curriculum", "advocacy", "analytics", "webhooks"):
        assert all(tag.startswith(f"{service}: ") for tag in groups[service])
