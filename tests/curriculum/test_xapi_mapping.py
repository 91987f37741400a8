"""xAPI mapping: an admin maps activity IRIs to modules and tracks; statements the LRS stores for a mapped activity
by one of the organisation's people complete them through the normal path and report their duration as learning
time (an event for analytics), once per statement, in the same transaction as the statement."""

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import event

from kit.problems import Conflict
from services.curriculum import progress as progress_rules
from tests.curriculum.conftest import Tenant, make_tenant, published_module, published_track
from tests.curriculum.test_lti import launch, register
from tests.curriculum.test_xapi import V1, basic, credential, store
from tests.lti_platform import Platform
from tests.support import emitted, emitted_data, refused

PASSED = "http://adlnet.gov/expapi/verbs/passed"
COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
FAILED = "http://adlnet.gov/expapi/verbs/failed"
EXPERIENCED = "http://adlnet.gov/expapi/verbs/experienced"
TERMINATED = "http://adlnet.gov/expapi/verbs/terminated"
VOIDED = "http://adlnet.gov/expapi/verbs/voided"
CMI5 = {"contextActivities": {"category": [{"id": "https://w3id.org/xapi/cmi5/context/categories/cmi5"}]}}
COURSE = "https://moodle.example/course/view.php?id=42"
RECORDED = "netwise.curriculum.learning_time.recorded"
COMPLETION_EVENTS = ["netwise.curriculum.module.completed", "netwise.curriculum.track.completed",
                     "netwise.curriculum.certification.issued"]


async def admin_of(tenant: Tenant) -> dict[str, str]:
    if "admin" not in tenant.people:
        await tenant.person("admin", job_function="leadership", unit="HQ", roles=["learner", "admin"])
    return tenant.as_("admin")


async def mapped(tenant: Tenant, activity: str = COURSE, **target: str) -> dict[str, Any]:
    response = await tenant.http.post("/v1/xapi/mappings", json={"activity_id": activity, **target},
                                      headers=await admin_of(tenant))
    assert response.status_code == 201, response.text
    return dict(response.json())


def said(actor: dict[str, Any], verb: str = PASSED, activity: str = COURSE, **extra: Any) -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "actor": {"objectType": "Agent", **actor}, "verb": {"id": verb},
            "object": {"objectType": "Activity", "id": activity}, **extra}


def by_mail(tenant: Tenant, key: str) -> dict[str, str]:
    return {"mbox": f"mailto:{tenant.email(key).upper()}"}  # e-mail addresses compare without case


async def progress(tenant: Tenant, key: str) -> dict[str, Any]:
    response = await tenant.http.get(f"/v1/people/{tenant.id(key)}/progress",
                                     headers=tenant.client_headers("progress:read"))
    assert response.status_code == 200, response.text
    return dict(response.json())


@contextmanager
def reads_of(app: FastAPI, *tables: str) -> Iterator[dict[str, int]]:
    """How many SELECTs reading each table the app's database ran inside the block."""
    counts = dict.fromkeys(tables, 0)

    def seen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            for table in tables:
                counts[table] += f"FROM {table}" in statement or f"JOIN {table}" in statement

    engine = app.state.db.engine.sync_engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        yield counts
    finally:
        event.remove(engine, "before_cursor_execute", seen)


# -- the admin's mappings -------------------------------------------------------------------------------------

async def test_an_admin_maps_lists_and_deletes_activities(tenant: Tenant) -> None:
    admin = await admin_of(tenant)
    module, other = await published_module(tenant), await published_module(tenant, title="Other")
    track = await published_track(tenant, [module["id"]])
    to_module = await mapped(tenant, module_id=module["id"])
    to_track = await mapped(tenant, "https://moodle.example/course/view.php?id=43", track_id=track["id"])
    await mapped(tenant, "https://moodle.example/course/view.php?id=44", module_id=other["id"])
    assert (to_module["activity_id"], to_module["module_id"], to_module["track_id"]) == (COURSE, module["id"], None)

    listed = (await tenant.http.get("/v1/xapi/mappings", headers=admin)).json()
    assert len(listed["items"]) == 3
    only = (await tenant.http.get("/v1/xapi/mappings", params={"module_id": module["id"]}, headers=admin)).json()
    assert [m["id"] for m in only["items"]] == [to_module["id"]]
    by_iri = (await tenant.http.get("/v1/xapi/mappings", params={"activity_id": COURSE}, headers=admin)).json()
    assert by_iri["items"] == [to_module]
    one = await tenant.http.get(f"/v1/xapi/mappings/{to_track['id']}", headers=admin)
    assert one.status_code == 200 and one.json() == to_track

    deleted = await tenant.http.delete(f"/v1/xapi/mappings/{to_track['id']}", headers=admin)
    assert deleted.status_code == 204
    assert (await tenant.http.get(f"/v1/xapi/mappings/{to_track['id']}", headers=admin)).status_code == 404
    left = (await tenant.http.get("/v1/xapi/mappings", headers=admin)).json()["items"]
    assert to_track["id"] not in {m["id"] for m in left} and len(left) == 2


async def test_only_admins_map_activities(tenant: Tenant) -> None:
    module = await published_module(tenant)
    response = await tenant.http.post("/v1/xapi/mappings", json={"activity_id": COURSE, "module_id": module["id"]},
                                      headers=tenant.as_("editor"))
    assert response.status_code == 403
    assert (await tenant.http.get("/v1/xapi/mappings", headers=tenant.as_("lea"))).status_code == 403


async def test_bad_mappings_are_refused_naming_the_field_and_change_nothing(tenant: Tenant) -> None:
    admin = await admin_of(tenant)
    module = await published_module(tenant)
    elsewhere = await make_tenant(tenant.http, tenant.issuer)
    foreign = await published_module(elsewhere)

    async def post(body: dict[str, Any]) -> Any:
        return await tenant.http.post("/v1/xapi/mappings", json=body, headers=admin)

    refused(await post({"activity_id": "course 42", "module_id": module["id"]}),
            {"activity_id": "Value error, must be an absolute IRI, e.g. https://lms.example/course/42"})
    refused(await post({"activity_id": COURSE, "module_id": "no-such-module"}),
            {"module_id": "no module no-such-module in this organisation"})
    refused(await post({"activity_id": COURSE, "track_id": "no-such-track"}),
            {"track_id": "no track no-such-track in this organisation"})
    refused(await post({"activity_id": COURSE, "module_id": foreign["id"]}),
            {"module_id": f"no module {foreign['id']} in this organisation"})
    refused(await post({"activity_id": COURSE}),
            {"module_id": "give module_id or track_id", "track_id": "give module_id or track_id"})
    refused(await post({"activity_id": COURSE, "module_id": module["id"], "track_id": "t"}),
            {"module_id": "give module_id or track_id, not both", "track_id": "give module_id or track_id, not both"})
    assert (await tenant.http.get("/v1/xapi/mappings", headers=admin)).json()["items"] == []


async def test_an_activity_is_mapped_once_per_organisation(tenant: Tenant) -> None:
    module, other = await published_module(tenant), await published_module(tenant, title="Other")
    first = await mapped(tenant, module_id=module["id"])
    again = await tenant.http.post("/v1/xapi/mappings", json={"activity_id": COURSE, "module_id": other["id"]},
                                   headers=await admin_of(tenant))
    assert again.status_code == 409 and again.headers["content-type"] == "application/problem+json"
    assert first["id"] in again.json()["detail"]
    # Another organisation maps the same IRI to its own module.
    elsewhere = await make_tenant(tenant.http, tenant.issuer)
    await mapped(elsewhere, module_id=(await published_module(elsewhere))["id"])


async def test_another_organisations_mapping_is_not_found(tenant: Tenant) -> None:
    mine = await mapped(tenant, module_id=(await published_module(tenant))["id"])
    elsewhere = await make_tenant(tenant.http, tenant.issuer)
    admin = await admin_of(elsewhere)
    assert (await tenant.http.get(f"/v1/xapi/mappings/{mine['id']}", headers=admin)).status_code == 404
    assert (await tenant.http.delete(f"/v1/xapi/mappings/{mine['id']}", headers=admin)).status_code == 404
    assert (await elsewhere.http.get("/v1/xapi/mappings", headers=admin)).json()["items"] == []
    still = await tenant.http.get(f"/v1/xapi/mappings/{mine['id']}", headers=await admin_of(tenant))
    assert still.status_code == 200


# -- statements that count ------------------------------------------------------------------------------------

async def test_passed_completes_the_module_the_track_and_issues_the_certificate(tenant: Tenant,
                                                                                app: FastAPI) -> None:
    module = await published_module(tenant, quiz=True)  # the quiz is the LMS's business, as for LMS completions
    track = await published_track(tenant, [module["id"]], certification={"key": "linkedin", "validity_days": 365})
    await mapped(tenant, module_id=module["id"])
    lms = basic(await credential(tenant))
    # 23:40 UTC on 30 November is 1 December in Stockholm, the organisation's time zone.
    sent = said(by_mail(tenant, "lea"), timestamp="2026-11-30T23:40:00Z",
                result={"success": True, "duration": "PT1H2M29.5S"})
    await store(tenant.http, lms, sent)

    seen = await progress(tenant, "lea")
    [done] = seen["modules"]
    assert (done["module_id"], done["source"], done["completed_at"]) == (module["id"], "xapi",
                                                                          "2026-11-30T23:40:00Z")
    assert [(t["track_id"], t["source"]) for t in seen["tracks"]] == [(track["id"], "xapi")]
    [certificate] = seen["certifications"]
    assert (certificate["certification_key"], certificate["status"]) == ("linkedin", "active")
    assert [e["type"] for e in await emitted(app, tenant.org_id)] == [*COMPLETION_EVENTS, RECORDED]
    assert await emitted_data(app, tenant.org_id, RECORDED) == [{
        "person_id": tenant.id("lea"), "statement_id": sent["id"], "activity_id": COURSE,
        "module_id": module["id"], "track_id": None, "day": "2026-12-01", "minutes": 62}]


async def test_a_track_mapping_completes_the_track(tenant: Tenant, app: FastAPI) -> None:
    module = await published_module(tenant)
    track = await published_track(tenant, [module["id"]], certification={"key": "sales", "validity_days": 30})
    await mapped(tenant, track_id=track["id"])
    await store(tenant.http, basic(await credential(tenant)), said(by_mail(tenant, "sam"), COMPLETED))
    seen = await progress(tenant, "sam")
    assert seen["modules"] == [] and [t["track_id"] for t in seen["tracks"]] == [track["id"]]
    assert [c["certification_key"] for c in seen["certifications"]] == ["sales"]
    assert [e["type"] for e in await emitted(app, tenant.org_id)] == COMPLETION_EVENTS[1:]


async def test_what_completes_and_what_does_not(tenant: Tenant) -> None:
    modules = [await published_module(tenant, title=f"Module {n}") for n in range(5)]
    for n, module in enumerate(modules):
        await mapped(tenant, f"{COURSE}&module={n}", module_id=module["id"])
    lms = basic(await credential(tenant))
    await store(tenant.http, lms,
                said(by_mail(tenant, "lea"), FAILED, f"{COURSE}&module=0", result={"success": False}),
                said(by_mail(tenant, "lea"), COMPLETED, f"{COURSE}&module=1", result={"success": False}),
                said(by_mail(tenant, "lea"), EXPERIENCED, f"{COURSE}&module=2"),
                said(by_mail(tenant, "lea"), EXPERIENCED, f"{COURSE}&module=3", result={"completion": True}),
                said(by_mail(tenant, "lea"), COMPLETED, f"{COURSE}&module=4"))
    assert {m["module_id"] for m in (await progress(tenant, "lea"))["modules"]} == {
        modules[3]["id"], modules[4]["id"]}


async def test_an_account_on_netwise_or_on_an_lms_names_the_person(tenant: Tenant) -> None:
    first, second = await published_module(tenant), await published_module(tenant, title="Second")
    await mapped(tenant, module_id=first["id"])
    await mapped(tenant, f"{COURSE}-2", module_id=second["id"])
    made = await credential(tenant)
    netwise = made["endpoint"].removesuffix("/xapi/")
    await store(tenant.http, basic(made),
                said({"account": {"homePage": netwise, "name": tenant.id("sam")}}, COMPLETED),
                said({"account": {"homePage": "https://elsewhere.example", "name": tenant.id("lea")}}, COMPLETED,
                     f"{COURSE}-2"))
    assert [m["module_id"] for m in (await progress(tenant, "sam"))["modules"]] == [first["id"]]
    assert (await progress(tenant, "lea"))["modules"] == []  # an unknown site's account names nobody


async def test_an_lms_account_names_the_person_it_launched_by_lti(tenant: Tenant) -> None:
    """Moodle's log store names people by their Moodle account (homePage the site, name the user id): the same
    user id Moodle's LTI launches gave netwise."""
    await admin_of(tenant)
    platform = Platform()
    await register(tenant, platform)
    module = await published_module(tenant)
    launched = await launch(tenant, platform, "lea", custom={"netwise_module_id": module["id"]})
    assert launched.status_code < 400, launched.text
    await mapped(tenant, module_id=module["id"])
    lms = basic(await credential(tenant))
    await store(tenant.http, lms, said({"account": {"homePage": f"{platform.issuer}/", "name": "moodle-sam"}},
                                       COMPLETED))
    assert (await progress(tenant, "sam"))["modules"] == []  # Moodle never launched sam: unknown there
    await store(tenant.http, lms, said({"account": {"homePage": f"{platform.issuer}/", "name": "moodle-lea"}},
                                       COMPLETED))
    assert [(m["module_id"], m["source"]) for m in (await progress(tenant, "lea"))["modules"]] == [
        (module["id"], "xapi")]


async def test_an_lms_account_named_by_an_e_mail_address_names_that_person(tenant: Tenant) -> None:
    """Many LMSs (and cmi5 launches from them) name a learner by an account whose name is their e-mail address."""
    module = await published_module(tenant)
    await mapped(tenant, module_id=module["id"])
    lms = basic(await credential(tenant))
    await store(tenant.http, lms, said({"account": {"homePage": "https://docebo.example",
                                                    "name": "nobody@example.org"}}, COMPLETED))
    await store(tenant.http, lms, said({"account": {"homePage": "https://docebo.example",
                                                    "name": tenant.email("lea").upper()}}, COMPLETED))
    assert [(m["module_id"], m["source"]) for m in (await progress(tenant, "lea"))["modules"]] == [
        (module["id"], "xapi")]
    assert (await progress(tenant, "sam"))["modules"] == []


async def test_unknown_people_and_unmapped_activities_are_stored_and_count_for_nothing(tenant: Tenant,
                                                                                      app: FastAPI) -> None:
    await mapped(tenant, module_id=(await published_module(tenant))["id"])
    await tenant.person("gone", status="deactivated")
    lms = basic(await credential(tenant))
    statements = [said({"mbox": "mailto:stranger@example.com"}, result={"duration": "PT20M"}),
                  said(by_mail(tenant, "gone"), result={"duration": "PT20M"}),
                  said(by_mail(tenant, "lea"), activity="https://moodle.example/other", result={"duration": "PT20M"}),
                  said({"objectType": "Group", "mbox": f"mailto:{tenant.email('sam')}"})]
    ids = await store(tenant.http, lms, *statements)
    assert ids == [s["id"] for s in statements]
    for person in ("lea", "sam", "gone"):
        assert (await progress(tenant, person))["modules"] == []
    assert await emitted(app, tenant.org_id) == []
    got = await tenant.http.get("/xapi/statements", params={"statementId": ids[0]}, headers=lms)
    assert got.status_code == 200 and got.json()["actor"]["mbox"] == "mailto:stranger@example.com"


async def test_a_module_no_longer_published_takes_no_completion_and_the_statement_is_stored(
        tenant: Tenant, app: FastAPI) -> None:
    module = await published_module(tenant)
    await mapped(tenant, module_id=module["id"])
    retired = await tenant.http.post(f"/v1/modules/{module['id']}/retire", headers=tenant.as_("editor"))
    assert retired.status_code == 200, retired.text
    lms = basic(await credential(tenant))
    [statement_id] = await store(tenant.http, lms, said(by_mail(tenant, "lea"), result={"duration": "PT5M"}))
    assert (await progress(tenant, "lea"))["modules"] == []
    # Its time was still spent learning.
    assert [d["statement_id"] for d in await emitted_data(app, tenant.org_id, RECORDED)] == [statement_id]


# -- learning time -----------------------------------------------------------------------------------------------

async def test_durations_become_minutes_once_per_statement(tenant: Tenant, app: FastAPI) -> None:
    await mapped(tenant, module_id=(await published_module(tenant))["id"])
    lms = basic(await credential(tenant))
    lea = by_mail(tenant, "lea")
    timed = [said(lea, FAILED, result={"success": False, "duration": "PT29S"}),  # under half a minute: nothing
             said(lea, FAILED, result={"success": False, "duration": "PT30S"}),
             said(lea, COMPLETED, result={"duration": "PT1H"}),
             said(lea, EXPERIENCED, result={"duration": "PT10M"}),  # closes no attempt: inside the others
             said(lea, COMPLETED, context=CMI5, result={"duration": "PT15M"}),  # cmi5: only terminated counts
             said(lea, TERMINATED, context=CMI5, result={"duration": "PT1H30M"}),
             said(lea, PASSED, result={"score": {"scaled": 0.9}, "duration": "P1DT0.5M"})]
    await store(tenant.http, lms, *timed)
    expected = [(timed[1]["id"], 1), (timed[2]["id"], 60), (timed[5]["id"], 90), (timed[6]["id"], 1441)]
    recorded = await emitted_data(app, tenant.org_id, RECORDED)
    assert [(d["statement_id"], d["minutes"]) for d in recorded] == expected

    # Sent again (an LMS retrying a batch, or PUT by id) the statements are the same ones: nothing more counts.
    await store(tenant.http, lms, *timed)
    put = await tenant.http.put("/xapi/statements", params={"statementId": timed[2]["id"]}, json=timed[2],
                                headers=basic(await credential(tenant), V1))
    assert put.status_code == 204, put.text
    again = await emitted_data(app, tenant.org_id, RECORDED)
    assert [(d["statement_id"], d["minutes"]) for d in again] == expected


async def test_voiding_a_statement_takes_its_time_back(tenant: Tenant, app: FastAPI) -> None:
    await mapped(tenant, module_id=(await published_module(tenant))["id"])
    lms = basic(await credential(tenant))
    timed = said(by_mail(tenant, "lea"), result={"duration": "PT40M"})
    untimed = said(by_mail(tenant, "lea"))
    await store(tenant.http, lms, timed, untimed)

    def voiding(target: dict[str, Any]) -> dict[str, Any]:
        return {"actor": {"mbox": "mailto:admin@lms.example"}, "verb": {"id": VOIDED},
                "object": {"objectType": "StatementRef", "id": target["id"]}}

    await store(tenant.http, lms, voiding(timed), voiding(untimed))
    assert await emitted_data(app, tenant.org_id, "netwise.curriculum.learning_time.voided") == [
        {"statement_id": timed["id"]}]
    # The completion stands, as every completion does.
    assert len((await progress(tenant, "lea"))["modules"]) == 1


async def test_a_refused_batch_counts_nothing(tenant: Tenant, app: FastAPI) -> None:
    await mapped(tenant, module_id=(await published_module(tenant))["id"])
    good = said(by_mail(tenant, "lea"), result={"duration": "PT5M"})
    bad = said(by_mail(tenant, "sam"), result={"duration": "five minutes"})
    response = await tenant.http.post("/xapi/statements", json=[good, bad], headers=basic(await credential(tenant)))
    assert response.status_code == 400
    assert (await progress(tenant, "lea"))["modules"] == []
    assert await emitted(app, tenant.org_id) == []


async def test_a_completion_that_fails_stores_no_statement(tenant: Tenant, app: FastAPI,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The statements and what they count are one transaction: when counting fails, nothing of the batch stays."""
    await mapped(tenant, module_id=(await published_module(tenant))["id"])
    lms = basic(await credential(tenant))

    async def refusing(*args: Any, **kwargs: Any) -> Any:
        raise Conflict("the completion could not be recorded")

    monkeypatch.setattr(progress_rules, "complete_module", refusing)
    batch = [said({"mbox": "mailto:stranger@example.com"}), said(by_mail(tenant, "lea"), result={"duration": "PT9M"})]
    response = await tenant.http.post("/xapi/statements", json=batch, headers=lms)
    assert response.status_code == 409
    for statement in batch:
        got = await tenant.http.get("/xapi/statements", params={"statementId": statement["id"]}, headers=lms)
        assert got.status_code == 404
    assert await emitted(app, tenant.org_id) == []


async def test_a_batch_reads_the_mappings_and_the_people_once(tenant: Tenant, app: FastAPI) -> None:
    modules = [await published_module(tenant, title=f"Module {n}") for n in range(2)]
    for n, module in enumerate(modules):
        await mapped(tenant, f"{COURSE}&n={n}", module_id=module["id"])
    lms = basic(await credential(tenant))
    actors = [by_mail(tenant, "lea"), by_mail(tenant, "sam"), {"mbox": "mailto:stranger@example.com"}]
    batch = [said(actors[n % 3], EXPERIENCED if n % 2 else COMPLETED, f"{COURSE}&n={n % 4}",
                  result={"duration": "PT1M"}) for n in range(100)]
    with reads_of(app, "xapi_mappings", "dir_people") as reads:
        await store(tenant.http, lms, *batch)
    assert reads == {"xapi_mappings": 1, "dir_people": 1}
    recorded = await emitted_data(app, tenant.org_id, RECORDED)
    # Completions by lea and sam of the two mapped activities: n even, n % 4 in (0, 1) means n % 4 == 0.
    assert len(recorded) == len([n for n in range(100) if n % 2 == 0 and n % 4 == 0 and n % 3 != 2])
