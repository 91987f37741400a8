"""xAPI LRS: what an LMS configured with the organisation's LRS credentials sees: statements stored and read back,
refused with 400 and the rule when they break one, voided, paged with `more`; documents guarded by ETags;
another organisation's credentials see none of it. (The ADL conformance suite checks the rest:
scripts/xapi_conformance.py.)"""

import asyncio
import base64
import hashlib
import json
import uuid
from typing import Any

import httpx
import pytest

from tests.curriculum.conftest import Tenant, make_tenant

V2 = {"X-Experience-API-Version": "2.0.0"}
V1 = {"X-Experience-API-Version": "1.0.3"}
VERB = "http://adlnet.gov/expapi/verbs/completed"
ACTIVITY = "https://netwise.example/modules/linkedin-basics"


@pytest.fixture
async def school(tenant: Tenant) -> Tenant:
    await tenant.person("admin", job_function="leadership", unit="HQ", roles=["learner", "admin"])
    return tenant


async def credential(tenant: Tenant, name: str = "Moodle", access: str = "write") -> dict[str, Any]:
    response = await tenant.http.post("/v1/xapi/credentials", json={"name": name, "access": access},
                                      headers=tenant.as_("admin"))
    assert response.status_code == 201, response.text
    return dict(response.json())


def basic(found: dict[str, Any], version: dict[str, str] = V2) -> dict[str, str]:
    token = base64.b64encode(f"{found['key']}:{found['secret']}".encode()).decode()
    return {"Authorization": f"Basic {token}", **version}


@pytest.fixture
async def lms(school: Tenant) -> dict[str, str]:
    return basic(await credential(school))


def statement(mbox: str = "mailto:lea@example.com", **extra: Any) -> dict[str, Any]:
    return {"actor": {"objectType": "Agent", "name": "Lea", "mbox": mbox},
            "verb": {"id": VERB, "display": {"en-US": "completed"}},
            "object": {"objectType": "Activity", "id": ACTIVITY,
                       "definition": {"name": {"en-US": "LinkedIn basics"}}}, **extra}


async def store(http: httpx.AsyncClient, headers: dict[str, str], *statements: dict[str, Any]) -> list[str]:
    response = await http.post("/xapi/statements", json=list(statements), headers=headers)
    assert response.status_code == 200, response.text
    return list(response.json())


# -- credentials ---------------------------------------------------------------------------------------------

async def test_an_admin_makes_credentials_whose_secret_is_shown_once(school: Tenant) -> None:
    made = await credential(school, "Docebo")
    assert made["endpoint"].endswith("/xapi/") and made["secret"] and made["access"] == "write"
    listed = await school.http.get("/v1/xapi/credentials", headers=school.as_("admin"))
    assert listed.status_code == 200
    (item,) = [i for i in listed.json()["items"] if i["id"] == made["id"]]
    assert item["key"] == made["key"] and "secret" not in item and item["revoked_at"] is None
    one = await school.http.get(f"/v1/xapi/credentials/{made['id']}", headers=school.as_("admin"))
    assert one.status_code == 200 and one.json() == item


async def test_only_admins_make_credentials(school: Tenant) -> None:
    response = await school.http.post("/v1/xapi/credentials", json={"name": "x"}, headers=school.as_("editor"))
    assert response.status_code == 403


async def test_revoked_credentials_are_refused(school: Tenant) -> None:
    made = await credential(school)
    assert (await school.http.get("/xapi/statements", headers=basic(made))).status_code == 200
    revoked = await school.http.delete(f"/v1/xapi/credentials/{made['id']}", headers=school.as_("admin"))
    assert revoked.status_code == 204
    refused = await school.http.get("/xapi/statements", headers=basic(made))
    assert refused.status_code == 401 and refused.headers["www-authenticate"].startswith("Basic")


async def test_a_wrong_secret_is_refused(school: Tenant) -> None:
    made = await credential(school)
    response = await school.http.get("/xapi/statements", headers=basic({**made, "secret": "guess"}))
    assert response.status_code == 401


async def test_read_only_credentials_cannot_store(school: Tenant) -> None:
    reader = basic(await credential(school, "Reports", access="read"))
    assert (await school.http.get("/xapi/statements", headers=reader)).status_code == 200
    response = await school.http.post("/xapi/statements", json=statement(), headers=reader)
    assert response.status_code == 403


async def test_a_bearer_token_with_scope_xapi_write_uses_the_lrs(school: Tenant) -> None:
    token = {**school.client_headers("xapi:write"), **V2}
    (statement_id,) = await store(school.http, token, statement())
    found = await school.http.get("/xapi/statements", params={"statementId": statement_id}, headers=token)
    assert found.status_code == 200 and found.json()["authority"]["account"]["name"] == f"lms-{school.org_id[-6:]}"
    other = {**school.client_headers("catalog:read"), **V2}
    assert (await school.http.get("/xapi/statements", headers=other)).status_code == 403


async def test_the_about_resource_needs_no_credentials(client: httpx.AsyncClient) -> None:
    response = await client.get("/xapi/about")
    assert response.status_code == 200 and {"1.0.3", "2.0.0"} <= set(response.json()["version"])


# -- statements ----------------------------------------------------------------------------------------------

async def test_a_statement_is_read_back_as_stored(school: Tenant, lms: dict[str, str]) -> None:
    (statement_id,) = await store(school.http, lms, statement())
    response = await school.http.get("/xapi/statements", params={"statementId": statement_id}, headers=lms)
    assert response.status_code == 200, response.text
    assert response.headers["x-experience-api-version"] == "2.0.0"
    assert "x-experience-api-consistent-through" in response.headers and "last-modified" in response.headers
    body = response.json()
    assert body["id"] == statement_id and body["verb"]["id"] == VERB and body["version"] == "2.0.0"
    assert body["stored"] and body["timestamp"] == body["stored"]
    assert body["authority"]["name"] == "Moodle"


async def test_a_put_stores_under_its_id_and_the_same_statement_again_changes_nothing(
        school: Tenant, lms: dict[str, str]) -> None:
    statement_id = str(uuid.uuid4())
    first = await school.http.put("/xapi/statements", params={"statementId": statement_id}, json=statement(),
                                  headers=lms)
    assert first.status_code == 204, first.text
    again = await school.http.put("/xapi/statements", params={"statementId": statement_id}, json=statement(),
                                  headers=lms)
    assert again.status_code == 204
    changed = await school.http.put("/xapi/statements", params={"statementId": statement_id},
                                    json=statement("mailto:sam@example.com"), headers=lms)
    assert changed.status_code == 409


async def test_a_1_0_3_client_is_answered_in_1_0_3(school: Tenant) -> None:
    lms = basic(await credential(school), V1)
    (statement_id,) = await store(school.http, lms, statement())
    response = await school.http.get("/xapi/statements", params={"statementId": statement_id}, headers=lms)
    assert response.headers["x-experience-api-version"] == "1.0.3" and response.json()["version"] == "1.0.0"


async def test_a_request_without_the_version_header_is_refused(school: Tenant, lms: dict[str, str]) -> None:
    headers = {k: v for k, v in lms.items() if k != "X-Experience-API-Version"}
    response = await school.http.get("/xapi/statements", headers=headers)
    assert response.status_code == 400 and "X-Experience-API-Version" in response.json()["detail"]


@pytest.mark.parametrize(("change", "named"), [
    ({"actor": {"mbox": "lea@example.com"}}, "statement.actor.mbox"),
    ({"actor": {"mbox": "mailto:lea@example.com", "openid": "http://lea.example"}}, "exactly one identifier"),
    ({"verb": {"id": "completed"}}, "statement.verb.id"),
    ({"verb": {"id": VERB, "display": {"not a tag!": "x"}}}, "RFC 5646"),
    ({"result": {"score": {"scaled": 1.5}}}, "statement.result.score.scaled"),
    ({"result": {"duration": "90 minutes"}}, "statement.result.duration"),
    ({"timestamp": "2025-01-31T09:00:00-00:00"}, "statement.timestamp"),
    ({"context": {"platform": "Moodle"}, "object": {"objectType": "Agent", "mbox": "mailto:sam@example.com"}},
     "statement.context.platform"),
    ({"colour": "blue"}, "statement.colour"),
])
async def test_an_invalid_statement_is_refused_with_the_rule(school: Tenant, lms: dict[str, str],
                                                             change: dict[str, Any], named: str) -> None:
    body = {**statement(), **change}
    response = await school.http.put("/xapi/statements", params={"statementId": str(uuid.uuid4())}, json=body,
                                     headers=lms)
    assert response.status_code == 400, response.text
    assert named in response.json()["detail"]


async def test_a_batch_with_one_invalid_statement_stores_nothing(school: Tenant, lms: dict[str, str]) -> None:
    good_id = str(uuid.uuid4())
    response = await school.http.post("/xapi/statements", json=[
        statement(id=good_id), statement(mbox="not-an-email")], headers=lms)
    assert response.status_code == 400
    found = await school.http.get("/xapi/statements", params={"statementId": good_id}, headers=lms)
    assert found.status_code == 404


async def test_a_voided_statement_is_found_only_by_voided_statement_id(school: Tenant, lms: dict[str, str]) -> None:
    (voided_id,) = await store(school.http, lms, statement())
    (voiding_id,) = await store(school.http, lms, {
        "actor": {"mbox": "mailto:admin@example.com"}, "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
        "object": {"objectType": "StatementRef", "id": voided_id}})
    by_id = await school.http.get("/xapi/statements", params={"statementId": voided_id}, headers=lms)
    assert by_id.status_code == 404
    by_voided = await school.http.get("/xapi/statements", params={"voidedStatementId": voided_id}, headers=lms)
    assert by_voided.status_code == 200 and by_voided.json()["id"] == voided_id
    listed = await school.http.get("/xapi/statements", params={"verb": VERB}, headers=lms)
    ids = [s["id"] for s in listed.json()["statements"]]
    assert voided_id not in ids and voiding_id in ids  # the voiding statement targets a match


def voiding(target: str) -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "actor": {"mbox": "mailto:admin@example.com"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
            "object": {"objectType": "StatementRef", "id": target}}


async def test_a_batch_voids_what_was_stored_before_it_and_earlier_in_it(school: Tenant, lms: dict[str, str]) -> None:
    (before,) = await store(school.http, lms, statement())
    earlier, later = statement(id=str(uuid.uuid4())), statement(id=str(uuid.uuid4()))
    void_earlier = voiding(earlier["id"])
    await store(school.http, lms, voiding(before), earlier, void_earlier, voiding(void_earlier["id"]),
                voiding(later["id"]), later)

    async def status(name: str, statement_id: str) -> int:
        return (await school.http.get("/xapi/statements", params={name: statement_id}, headers=lms)).status_code

    assert await status("voidedStatementId", before) == 200 and await status("statementId", before) == 404
    assert await status("voidedStatementId", earlier["id"]) == 200
    # A statement sent after the one voiding it is not voided; nor is a voiding statement, ever.
    assert await status("statementId", later["id"]) == 200
    assert await status("statementId", void_earlier["id"]) == 200


async def test_an_activity_definition_gathers_what_each_statement_says_of_it(school: Tenant,
                                                                            lms: dict[str, str]) -> None:
    activity = f"https://netwise.example/modules/{uuid.uuid4().hex}"

    def about(definition: dict[str, Any]) -> dict[str, Any]:
        return statement(object={"objectType": "Activity", "id": activity, "definition": definition})

    async def definition() -> Any:
        response = await school.http.get("/xapi/activities", params={"activityId": activity}, headers=lms)
        return response.json()["definition"]

    await store(school.http, lms, about({"name": {"en-US": "Policy"}}),
                about({"name": {"sv-SE": "Policy"}, "type": "http://adlnet.gov/expapi/activities/module"}))
    assert await definition() == {"name": {"en-US": "Policy", "sv-SE": "Policy"},
                                  "type": "http://adlnet.gov/expapi/activities/module"}
    await store(school.http, lms, about({"name": {"en-US": "Policy"}}))  # nothing new
    await store(school.http, lms, about({"name": {"en-US": "Our policy"}, "description": {"en-US": "Read it"}}))
    assert await definition() == {"name": {"en-US": "Our policy", "sv-SE": "Policy"},
                                  "type": "http://adlnet.gov/expapi/activities/module",
                                  "description": {"en-US": "Read it"}}


async def test_batches_naming_the_same_activities_at_once_are_all_stored(school: Tenant,
                                                                         lms: dict[str, str]) -> None:
    """As an LMS with several workers sends them: each batch names the same activities, in its own order, some known
    to the LRS (their definitions change) and some new to it (each batch would insert them)."""
    activities = [f"https://netwise.example/modules/{uuid.uuid4().hex}" for _ in range(20)]
    languages = ["en-US", "sv-SE", "de-DE", "fi-FI"]

    def batch(language: str, order: list[str]) -> list[dict[str, Any]]:
        return [statement(object={"objectType": "Activity", "id": activity,
                                  "definition": {"name": {language: f"Module {activities.index(activity)}"}}})
                for activity in order]

    await store(school.http, lms, *batch(languages[0], activities[:14]))
    orders = [activities[::-1], activities[10:] + activities[:10], activities[5:] + activities[:5]]
    responses = await asyncio.gather(*(
        school.http.post("/xapi/statements", json=batch(language, order), headers=lms)
        for language, order in zip(languages[1:], orders, strict=True)))
    assert [response.status_code for response in responses] == [200] * 3, [r.text[-300:] for r in responses]
    found = await school.http.get("/xapi/activities", params={"activityId": activities[7]}, headers=lms)
    assert sorted(found.json()["definition"]["name"]) == sorted(languages)
    new = await school.http.get("/xapi/activities", params={"activityId": activities[17]}, headers=lms)
    assert sorted(new.json()["definition"]["name"]) == sorted(languages[1:])
    listed = await school.http.get("/xapi/statements", params={"activity": activities[7], "limit": "10"},
                                   headers=lms)
    assert len(listed.json()["statements"]) == 4


async def test_a_nul_in_a_utf_16_body_is_refused(school: Tenant, lms: dict[str, str]) -> None:
    """JSON may come in UTF-16, where every character has a zero byte: its NUL is found all the same."""
    body = json.dumps([statement(mbox="mailto:lea@example.com", result={"response": "a\x00b"})])
    response = await school.http.post("/xapi/statements", content=body.encode("utf-16"),
                                      headers={**lms, "Content-Type": "application/json"})
    assert response.status_code == 400 and "NUL" in response.json()["detail"]
    listed = await school.http.get("/xapi/statements", params={"agent": json.dumps({"mbox": "mailto:lea@example.com"})},
                                   headers=lms)
    assert listed.json()["statements"] == []


async def test_numbers_are_stored_as_sent(school: Tenant, lms: dict[str, str]) -> None:
    """An integer past 64 bits stays that integer (a fast JSON parser would make it a float), a fraction that
    fraction."""
    extensions = {"https://netwise.example/ext/big": 123456789012345678901234567890,
                  "https://netwise.example/ext/max": 18446744073709551615, "https://netwise.example/ext/ratio": 0.1}
    (statement_id,) = await store(school.http, lms, statement(result={"extensions": extensions}))
    found = await school.http.get("/xapi/statements", params={"statementId": statement_id}, headers=lms)
    assert found.json()["result"]["extensions"] == extensions
    assert isinstance(found.json()["result"]["extensions"]["https://netwise.example/ext/big"], int)


async def test_a_query_pages_with_more(school: Tenant, lms: dict[str, str]) -> None:
    mbox = f"mailto:{uuid.uuid4().hex}@example.com"
    stored = await store(school.http, lms, *[statement(mbox) for _ in range(3)])
    agent = json.dumps({"mbox": mbox})
    first = await school.http.get("/xapi/statements", params={"agent": agent, "limit": "2"}, headers=lms)
    page = first.json()
    assert [s["id"] for s in page["statements"]] == stored[::-1][:2]  # newest first
    assert page["more"].startswith("/xapi/statements?more=")
    second = (await school.http.get(page["more"], headers=lms)).json()
    assert [s["id"] for s in second["statements"]] == stored[:1] and second["more"] == ""
    ascending = await school.http.get("/xapi/statements", params={"agent": agent, "ascending": "true"},
                                      headers=lms)
    assert [s["id"] for s in ascending.json()["statements"]] == stored


async def test_related_activities_reach_the_context(school: Tenant, lms: dict[str, str]) -> None:
    course = f"https://netwise.example/tracks/{uuid.uuid4().hex}"
    (statement_id,) = await store(school.http, lms, statement(context={"contextActivities": {"parent": [
        {"id": course}]}}))
    plain = await school.http.get("/xapi/statements", params={"activity": course}, headers=lms)
    assert plain.json()["statements"] == []
    related = await school.http.get("/xapi/statements", params={"activity": course, "related_activities": "true"},
                                    headers=lms)
    assert [s["id"] for s in related.json()["statements"]] == [statement_id]


async def test_attachments_travel_in_multipart_mixed(school: Tenant, lms: dict[str, str]) -> None:
    content = b"%PDF-1.4 certificate"
    sha2 = hashlib.sha256(content).hexdigest()
    body = statement(attachments=[{"usageType": "http://id.tincanapi.com/attachment/certificate-of-completion",
                                   "display": {"en-US": "Certificate"}, "contentType": "application/pdf",
                                   "length": len(content), "sha2": sha2}])
    boundary = "netwise-boundary"
    payload = (f"--{boundary}\r\nContent-Type: application/json\r\n\r\n{json.dumps(body)}\r\n"
               f"--{boundary}\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: binary\r\n"
               f"X-Experience-API-Hash: {sha2}\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
    headers = {**lms, "Content-Type": f"multipart/mixed; boundary={boundary}"}
    response = await school.http.post("/xapi/statements", content=payload, headers=headers)
    assert response.status_code == 200, response.text
    (statement_id,) = response.json()
    found = await school.http.get("/xapi/statements", params={"statementId": statement_id, "attachments": "true"},
                                  headers=lms)
    assert found.headers["content-type"].startswith("multipart/mixed")
    assert content in found.content and f"X-Experience-API-Hash: {sha2}".encode() in found.content
    without_part = await school.http.post("/xapi/statements", json=body, headers=lms)
    assert without_part.status_code == 400 and "attachments[0]" in without_part.json()["detail"]


# -- documents -----------------------------------------------------------------------------------------------

def _state(agent: str = "mailto:lea@example.com") -> dict[str, str]:
    return {"activityId": ACTIVITY, "agent": json.dumps({"mbox": agent}), "stateId": "bookmark"}


async def test_a_document_changes_only_with_its_etag(school: Tenant, lms: dict[str, str]) -> None:
    params = {"activityId": ACTIVITY, "profileId": "settings"}
    made = await school.http.put("/xapi/activities/profile", params=params, json={"a": 1},
                                 headers={**lms, "If-None-Match": "*"})
    assert made.status_code == 204, made.text
    read = await school.http.get("/xapi/activities/profile", params=params, headers=lms)
    etag = read.headers["etag"]
    assert read.json() == {"a": 1} and etag.startswith('"')
    blind = await school.http.put("/xapi/activities/profile", params=params, json={"a": 2}, headers=lms)
    assert blind.status_code == 409
    stale = await school.http.put("/xapi/activities/profile", params=params, json={"a": 2},
                                  headers={**lms, "If-Match": '"0000"'})
    assert stale.status_code == 412
    again = await school.http.put("/xapi/activities/profile", params=params, json={"a": 2},
                                  headers={**lms, "If-None-Match": "*"})
    assert again.status_code == 412
    matched = await school.http.put("/xapi/activities/profile", params=params, json={"a": 2},
                                    headers={**lms, "If-Match": etag})
    assert matched.status_code == 204
    assert (await school.http.get("/xapi/activities/profile", params=params, headers=lms)).json() == {"a": 2}


async def test_a_post_merges_json_documents(school: Tenant, lms: dict[str, str]) -> None:
    params = _state()
    assert (await school.http.post("/xapi/activities/state", params=params, json={"page": 3},
                                   headers=lms)).status_code == 204
    assert (await school.http.post("/xapi/activities/state", params=params, json={"score": 80},
                                   headers=lms)).status_code == 204
    read = await school.http.get("/xapi/activities/state", params=params, headers=lms)
    assert read.json() == {"page": 3, "score": 80}
    text = await school.http.post("/xapi/activities/state", params=params, content=b"plain",
                                  headers={**lms, "Content-Type": "text/plain"})
    assert text.status_code == 400


async def test_document_ids_are_listed(school: Tenant, lms: dict[str, str]) -> None:
    params = {k: v for k, v in _state("mailto:ids@example.com").items() if k != "stateId"}
    for state_id in ("a", "b"):
        await school.http.put("/xapi/activities/state", params={**params, "stateId": state_id}, json={},
                              headers={**lms, "If-None-Match": "*"})
    listed = await school.http.get("/xapi/activities/state", params=params, headers=lms)
    assert sorted(listed.json()) == ["a", "b"]


# -- tenancy -------------------------------------------------------------------------------------------------

async def test_another_organisations_credentials_see_nothing(school: Tenant, lms: dict[str, str],
                                                             client: httpx.AsyncClient) -> None:
    mbox = f"mailto:{uuid.uuid4().hex}@example.com"
    (statement_id,) = await store(school.http, lms, statement(mbox))
    await school.http.put("/xapi/activities/state", params=_state(mbox), json={"secret": 1}, headers=lms)
    other = await make_tenant(client, school.issuer)
    await other.person("admin", job_function="leadership", unit="HQ", roles=["learner", "admin"])
    their_credential = await credential(other)
    theirs = basic(their_credential)
    by_id = await client.get("/xapi/statements", params={"statementId": statement_id}, headers=theirs)
    assert by_id.status_code == 404
    listed = await client.get("/xapi/statements", params={"agent": json.dumps({"mbox": mbox})}, headers=theirs)
    assert listed.json()["statements"] == []
    state = await client.get("/xapi/activities/state", params=_state(mbox), headers=theirs)
    assert state.status_code == 404
    # Their own statement under the same id is theirs alone: nothing of ours changes.
    same_id = await client.put("/xapi/statements", params={"statementId": statement_id},
                               json=statement("mailto:other@example.com"), headers=theirs)
    assert same_id.status_code == 204
    ours = await school.http.get("/xapi/statements", params={"statementId": statement_id}, headers=lms)
    assert ours.json()["actor"]["mbox"] == mbox
    admins = await client.get("/v1/xapi/credentials", headers=other.as_("admin"))
    assert [item["id"] for item in admins.json()["items"]] == [their_credential["id"]]


# -- long identifiers and signed statements ------------------------------------------------------------------

async def test_a_long_activity_id_is_stored_and_found(school: Tenant, lms: dict[str, str]) -> None:
    """xAPI sets no length on an IRI; the indexes hold a hash of the long ones, on PostgreSQL too."""
    long_id = f"https://netwise.example/{'å' * 1500}/{uuid.uuid4().hex}"
    body = statement()
    body["object"]["id"] = long_id
    (statement_id,) = await store(school.http, lms, body)
    found = await school.http.get("/xapi/statements", params={"activity": long_id}, headers=lms)
    assert [s["id"] for s in found.json()["statements"]] == [statement_id]
    activity = await school.http.get("/xapi/activities", params={"activityId": long_id}, headers=lms)
    assert activity.json()["definition"]["name"] == {"en-US": "LinkedIn basics"}


async def test_an_overlong_state_id_is_refused(school: Tenant, lms: dict[str, str]) -> None:
    response = await school.http.put("/xapi/activities/state", params={**_state(), "stateId": "x" * 1001},
                                     json={}, headers=lms)
    assert response.status_code == 400 and "stateId" in response.json()["detail"]


def _signed(body: dict[str, Any], payload: dict[str, Any], *, certificate: bool) -> tuple[bytes, str]:
    """A signed statement as xAPI sends it: multipart/mixed with the JWS of `payload` as an attachment."""
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from joserfc import jws
    from joserfc.jwk import RSAKey

    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    header: dict[str, Any] = {"alg": "RS256"}
    if certificate:
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "netwise test")])
        now = datetime.now(UTC)
        cert = x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(private.public_key()) \
            .serial_number(1).not_valid_before(now).not_valid_after(now + timedelta(days=1)) \
            .sign(private, hashes.SHA256())
        header["x5c"] = [base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode()]
    key = RSAKey.import_key(private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                 serialization.NoEncryption()))
    token = jws.serialize_compact(header, json.dumps(payload).encode(), key).encode()
    sha2 = hashlib.sha256(token).hexdigest()
    signed = {**body, "attachments": [{"usageType": "http://adlnet.gov/expapi/attachments/signature",
                                       "display": {"en-US": "Signature"}, "contentType": "application/octet-stream",
                                       "length": len(token), "sha2": sha2}]}
    boundary = "signed-boundary"
    content = (f"--{boundary}\r\nContent-Type: application/json\r\n\r\n{json.dumps(signed)}\r\n"
               f"--{boundary}\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: binary\r\n"
               f"X-Experience-API-Hash: {sha2}\r\n\r\n").encode() + token + f"\r\n--{boundary}--\r\n".encode()
    return content, f"multipart/mixed; boundary={boundary}"


@pytest.mark.parametrize("certificate", [False, True])
async def test_a_signed_statement_is_stored_when_its_signature_is_of_it(school: Tenant, lms: dict[str, str],
                                                                        certificate: bool) -> None:
    body = statement()
    content, content_type = _signed(body, body, certificate=certificate)
    response = await school.http.post("/xapi/statements", content=content,
                                      headers={**lms, "Content-Type": content_type})
    assert response.status_code == 200, response.text


async def test_a_signed_statement_whose_signature_is_of_another_is_refused(school: Tenant,
                                                                           lms: dict[str, str]) -> None:
    body = statement()
    content, content_type = _signed(body, statement("mailto:mallory@example.com"), certificate=True)
    response = await school.http.post("/xapi/statements", content=content,
                                      headers={**lms, "Content-Type": content_type})
    assert response.status_code == 400 and "payload" in response.json()["detail"]


async def test_the_canonical_format_gives_the_lrs_definition_in_the_readers_language(
        school: Tenant, lms: dict[str, str]) -> None:
    activity = f"https://netwise.example/modules/{uuid.uuid4().hex}"
    first = statement()
    first["object"] = {"id": activity, "definition": {"name": {"en-US": "Policy", "sv": "Policy på svenska"}}}
    (first_id,) = await store(school.http, lms, first)
    later = statement()
    later["object"] = {"id": activity, "definition": {"description": {"en-US": "Our social media policy"}}}
    await store(school.http, lms, later)
    found = await school.http.get("/xapi/statements", params={"statementId": first_id, "format": "canonical"},
                                  headers={**lms, "Accept-Language": "sv, en;q=0.5"})
    definition = found.json()["object"]["definition"]
    assert definition == {"name": {"sv": "Policy på svenska"}, "description": {"en-US": "Our social media policy"}}
    exact = await school.http.get("/xapi/statements", params={"statementId": first_id}, headers=lms)
    assert exact.json()["object"]["definition"] == first["object"]["definition"]


async def test_since_and_until_take_the_stored_time_as_shown(school: Tenant, lms: dict[str, str]) -> None:
    mbox = f"mailto:{uuid.uuid4().hex}@example.com"
    (statement_id,) = await store(school.http, lms, statement(mbox))
    stored = (await school.http.get("/xapi/statements", params={"statementId": statement_id},
                                    headers=lms)).json()["stored"]
    agent = json.dumps({"mbox": mbox})
    since = await school.http.get("/xapi/statements", params={"agent": agent, "since": stored}, headers=lms)
    assert since.json()["statements"] == []  # since is exclusive
    until = await school.http.get("/xapi/statements", params={"agent": agent, "until": stored}, headers=lms)
    assert [s["id"] for s in until.json()["statements"]] == [statement_id]  # until is inclusive


async def test_two_updates_with_the_same_etag_do_not_both_win(school: Tenant, lms: dict[str, str]) -> None:
    params = {"activityId": ACTIVITY, "profileId": f"race-{uuid.uuid4().hex}"}
    await school.http.put("/xapi/activities/profile", params=params, json={"v": 0},
                          headers={**lms, "If-None-Match": "*"})
    etag = (await school.http.get("/xapi/activities/profile", params=params, headers=lms)).headers["etag"]
    answers = await asyncio.gather(*[school.http.put("/xapi/activities/profile", params=params, json={"v": n},
                                                     headers={**lms, "If-Match": etag}) for n in (1, 2)])
    assert sorted(a.status_code for a in answers) == [204, 412], [a.text for a in answers]
