"""cmi5: an admin downloads a module or track as a cmi5 course package, valid against cmi5's own CourseStructure.xsd;
an LMS (tests/cmi5_lms.py, whose LRS is netwise's) launches its AU for a learner following cmi5's launch sequence,
and the statements the AU sends land in that LRS in cmi5's order, with cmi5's context; every bad launch is refused
with a page and changes nothing."""

import io
import re
import zipfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx
import pytest
from fastapi import FastAPI
from lxml import etree
from sqlalchemy import func, select, update

from kit.ids import utcnow
from services.curriculum import cmi5
from services.curriculum.models import Cmi5Session
from tests import tokens
from tests.cmi5_lms import Launch, Lms
from tests.curriculum.conftest import Tenant, make_tenant, published_module, published_track
from tests.curriculum.test_lti import launch as lti_launch
from tests.curriculum.test_lti import register
from tests.lti_platform import Platform as LtiPlatform
from tests.support import free_port, serving

SCHEMA = etree.XMLSchema(etree.parse(str(Path(__file__).parent / "cmi5_schema" / "CourseStructure.xsd")))
NS = {"c": "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"}
CMI5 = "https://w3id.org/xapi/cmi5/context/"
VERB = "http://adlnet.gov/expapi/verbs/"
HALF_RIGHT = {"q1": "a", "q2": "b"}  # 50 %: netwise's pass mark, below a masteryScore of 0.8
ALL_RIGHT = [("q1", "a"), ("q2", "a"), ("q2", "c")]


@pytest.fixture
async def school(tenant: Tenant) -> Tenant:
    await tenant.person("admin", job_function="leadership", unit="HQ", roles=["learner", "admin"])
    return tenant


@pytest.fixture
async def lms(school: Tenant) -> AsyncIterator[Lms]:
    made = await school.http.post("/v1/xapi/credentials", json={"name": "Docebo", "access": "write"},
                                  headers=school.as_("admin"))
    assert made.status_code == 201, made.text
    lms = Lms(school.http, made.json()["key"], made.json()["secret"])
    async with serving(lms.app(), free_port()) as url:
        lms.url = url
        yield lms


def _local(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


ELSEWHERE = "https://lms.example.com"


async def package(tenant: Tenant, kind: str, item_id: str, lms: str = ELSEWHERE) -> etree._Element:
    """The package an admin downloads for the LMS at `lms`."""
    response = await tenant.http.get(f"/v1/{kind}/{item_id}/cmi5", params={"lms": lms}, headers=tenant.as_("admin"))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/zip"
    assert response.headers["content-disposition"].startswith("attachment; filename=")
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert archive.namelist() == ["cmi5.xml"]  # the AU is hosted by netwise: no content in the package
        document = etree.fromstring(archive.read("cmi5.xml"))
    SCHEMA.assertValid(document)
    return document


def au_of(document: etree._Element) -> list[dict[str, Any]]:
    return [{**au.attrib, "url": au.findtext("c:url", namespaces=NS),
             "title": au.findtext("c:title/c:langstring", namespaces=NS)}
            for au in document.findall("c:au", NS)]


async def sessions(app: FastAPI, tenant: Tenant) -> int:
    """The organisation's cmi5 sessions (the app, and its database, serve the whole test module)."""
    async with app.state.db.transaction() as session:
        query = select(func.count()).select_from(Cmi5Session).where(Cmi5Session.org_id == tenant.org_id)
        return int((await session.execute(query)).scalar_one())


def forms(page: httpx.Response) -> list[str]:
    return re.findall(r'<form method="post" action="([^"]+)"', page.text)


async def open_au(tenant: Tenant, launch: Launch) -> httpx.Response:
    """The learner's browser follows the LMS's launch URL to the module's page."""
    launched = await tenant.http.get(_local(launch.url))
    assert launched.status_code == 303, launched.text
    page = await tenant.http.get(_local(launched.headers["location"]))
    assert page.status_code == 200, page.text
    return page


async def leave(tenant: Tenant, page: httpx.Response) -> httpx.Response:
    (exit_form,) = [action for action in forms(page) if action.endswith("/exit")]
    return await tenant.http.post(_local(exit_form))


def verbs(statements: list[dict[str, Any]]) -> list[str]:
    return [s["verb"]["id"].removeprefix(VERB) for s in statements]


def categories(statement: dict[str, Any]) -> set[str]:
    return {c["id"] for c in statement["context"]["contextActivities"].get("category", [])}


async def answer(tenant: Tenant, page: httpx.Response, choices: list[tuple[str, str]]) -> httpx.Response:
    quiz_link = re.search(r'<a class="button" href="([^"]+/quiz)"', page.text)
    assert quiz_link is not None, page.text
    quiz = await tenant.http.get(_local(quiz_link.group(1)))
    assert quiz.status_code == 200, quiz.text
    (action,) = forms(quiz)
    result = await tenant.http.post(_local(action), content=urlencode(choices),
                                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert result.status_code == 200, result.text
    return result


# -- the package -------------------------------------------------------------------------------------------------

async def test_a_module_is_a_course_of_one_au_that_netwise_hosts(school: Tenant) -> None:
    module = await published_module(school, quiz=True)
    document = await package(school, "modules", module["id"])
    course = document.find("c:course", NS)
    assert course is not None and course.get("id") == f"http://testserver/cmi5/courses/module/{module['id']}"
    assert course.findtext("c:title/c:langstring[@lang='en']", namespaces=NS) == "Social selling on LinkedIn"
    (au,) = au_of(document)
    url = au.pop("url")
    assert au == {"id": f"http://testserver/cmi5/au/{module['id']}", "launchMethod": "AnyWindow",
                  "moveOn": "CompletedAndPassed", "masteryScore": "0.50",  # the quiz's pass mark
                  "title": "Social selling on LinkedIn"}
    assert url.startswith(f"http://testserver/cmi5/au/{module['id']}?lms=")  # bound to the LMS it was made for


async def test_a_track_is_a_course_of_its_modules_in_order(school: Tenant) -> None:
    reading = await published_module(school, title="Your profile")
    quizzed = await published_module(school, quiz=True, title="First posts")
    track = await published_track(school, [quizzed["id"], reading["id"]])
    document = await package(school, "tracks", track["id"])
    assert document.find("c:course", NS).get("id") == f"http://testserver/cmi5/courses/track/{track['id']}"
    aus = au_of(document)
    assert [(au["title"], au["moveOn"], au.get("masteryScore")) for au in aus] == [
        ("First posts", "CompletedAndPassed", "0.50"), ("Your profile", "Completed", None)]


async def test_the_schema_check_would_catch_a_broken_package(school: Tenant) -> None:
    module = await published_module(school)
    document = await package(school, "modules", module["id"])
    au = document.find("c:au", NS)
    assert au is not None
    au.set("moveOn", "Sometimes")
    assert not SCHEMA.validate(document)


async def test_only_admins_download_published_items_of_their_own_organisation(school: Tenant, client: httpx.AsyncClient,
                                                                              issuer: tokens.TestIssuer) -> None:
    module = await published_module(school)
    editor = await school.http.get(f"/v1/modules/{module['id']}/cmi5", params={"lms": ELSEWHERE},
                                   headers=school.as_("editor"))
    assert editor.status_code == 403
    draft = await school.http.post("/v1/modules", json={"content": {"en": {"title": "Draft"}}, "phase": "role"},
                                   headers=school.as_("editor"))
    unpublished = await school.http.get(f"/v1/modules/{draft.json()['id']}/cmi5", params={"lms": ELSEWHERE},
                                        headers=school.as_("admin"))
    assert unpublished.status_code == 422, unpublished.text
    assert unpublished.json()["errors"][0]["field"] == "module_id"
    for lms in ([], ["ftp://lms.example.com"], ["https://lms.example.com/course/7"]):
        unbound = await school.http.get(f"/v1/modules/{module['id']}/cmi5", params={"lms": lms},
                                        headers=school.as_("admin"))
        assert unbound.status_code == 422, unbound.text  # a package is made for an LMS, named by its origin
        assert unbound.json()["errors"][0]["field"] == "lms"
    other = await make_tenant(client, issuer)
    await other.person("admin", roles=["learner", "admin"])
    for path in (f"/v1/modules/{module['id']}/cmi5", f"/v1/tracks/{module['id']}/cmi5"):
        response = await other.http.get(path, params={"lms": ELSEWHERE}, headers=other.as_("admin"))
        assert response.status_code == 404, response.text
        assert response.headers["content-type"] == "application/problem+json"


# -- the launch sequence -----------------------------------------------------------------------------------------

async def au_launch(school: Tenant, lms: Lms, module: dict[str, Any], **options: Any) -> Launch:
    """The LMS launches the module's AU with the moveOn and masteryScore of its course structure, unless told
    otherwise (an LMS admin may change them)."""
    au = au_of(await package(school, "modules", module["id"], lms.url))[0]
    options.setdefault("move_on", au["moveOn"])
    if "masteryScore" in au:
        options.setdefault("mastery_score", float(au["masteryScore"]))
    return await lms.launch(au["url"], au["id"], school.email("lea"), **options)


async def test_the_lms_plays_a_launch_through_to_terminated(school: Tenant, lms: Lms) -> None:
    module = await published_module(school, quiz=True)
    launch = await au_launch(school, lms, module, return_url=f"{lms.url}/course/7")
    page = await open_au(school, launch)
    assert "Social selling on LinkedIn" in page.text
    assert page.headers["content-security-policy"].endswith(f"frame-ancestors {lms.url}")  # the LMS frames it
    assert lms.fetches == [launch.fetch.rsplit("/", 1)[1]]  # the token was fetched once, by POST
    result = await answer(school, page, ALL_RIGHT)
    assert "Passed: 100%" in result.text
    left = await leave(school, result)
    assert left.status_code == 303 and left.headers["location"] == f"{lms.url}/course/7"  # the returnURL

    statements = await lms.statements(launch.registration)
    assert verbs(statements) == ["launched", "initialized", "completed", "passed", "terminated"]
    ours = statements[1:]
    for statement in ours:
        assert statement["actor"]["account"] == launch.actor["account"]
        assert statement["object"]["id"] == launch.activity_id
        assert statement["context"]["registration"] == launch.registration
        assert statement["context"]["extensions"][CMI5 + "extensions/sessionid"] == launch.session_id
        assert CMI5 + "categories/cmi5" in categories(statement)
        publisher_id = statement["context"]["contextActivities"]["grouping"][0]["id"]
        assert publisher_id == f"http://testserver/cmi5/au/{module['id']}"  # the template's, kept
    assert [CMI5 + "categories/moveon" in categories(s) for s in ours] == [False, True, True, False]
    completed, passed, terminated = ours[1:]
    assert completed["result"]["completion"] is True and "score" not in completed["result"]
    assert passed["result"]["success"] is True and passed["result"]["score"]["scaled"] == 1
    assert passed["context"]["extensions"][CMI5 + "extensions/masteryscore"] == 0.5  # the package's, via the LMS
    assert terminated["result"]["duration"].startswith("PT")
    assert [s["timestamp"] for s in ours] == sorted(s["timestamp"] for s in ours)
    progress = (await school.http.get(f"/v1/people/{school.id('lea')}/progress", headers=school.as_("lea"))).json()
    [record] = [m for m in progress["modules"] if m["module_id"] == module["id"]]
    assert record["completed_at"] is not None and record["source"] == "cmi5"
    ended = await school.http.get(_local(forms(result)[-1].removesuffix("/exit")) + f"/modules/{module['id']}")
    assert ended.status_code == 401 and "session has ended" in ended.text  # the pages closed with the AU


async def test_the_launch_datas_mastery_score_judges_the_quiz(school: Tenant, lms: Lms) -> None:
    module = await published_module(school, quiz=True)  # netwise's pass mark: 50 %
    launch = await au_launch(school, lms, module, mastery_score=0.8)
    page = await open_au(school, launch)
    result = await answer(school, page, list(HALF_RIGHT.items()))
    assert "Passed: 50%" in result.text  # netwise's own pass mark completes the module
    await leave(school, result)
    statements = (await lms.statements(launch.registration))[1:]
    assert verbs(statements) == ["initialized", "completed", "failed", "terminated"]
    failed = statements[2]
    assert failed["result"]["success"] is False and failed["result"]["score"]["scaled"] == 0.5
    assert failed["context"]["extensions"][CMI5 + "extensions/masteryscore"] == 0.8


@pytest.mark.parametrize(("move_on", "expected"), [
    ("Completed", ["initialized", "completed", "terminated"]),
    ("CompletedAndPassed", ["initialized", "completed", "passed", "terminated"]),  # done is a module's only pass
])
async def test_a_module_without_quiz_honours_move_on(school: Tenant, lms: Lms, move_on: str,
                                                     expected: list[str]) -> None:
    module = await published_module(school)
    launch = await au_launch(school, lms, module, move_on=move_on)
    page = await open_au(school, launch)
    (done,) = [action for action in forms(page) if action.endswith("/complete")]
    marked = await school.http.post(_local(done))
    assert marked.status_code == 303
    shown = await school.http.get(_local(marked.headers["location"]))
    assert "You have completed this module." in shown.text
    await leave(school, shown)
    statements = (await lms.statements(launch.registration))[1:]
    assert verbs(statements) == expected
    assert all("score" not in s.get("result", {}) for s in statements)


async def test_a_registration_completes_and_passes_once_and_review_judges_nothing(school: Tenant, lms: Lms) -> None:
    module = await published_module(school, quiz=True)
    first = await au_launch(school, lms, module)
    await leave(school, await answer(school, await open_au(school, first), ALL_RIGHT))
    again = await au_launch(school, lms, module, registration=first.registration)  # done in netwise by now
    await leave(school, await open_au(school, again))
    review = await au_launch(school, lms, module, launch_mode="Review")  # a new registration, looking back
    await leave(school, await open_au(school, review))
    assert verbs(await lms.statements(first.registration)) == [
        "launched", "initialized", "completed", "passed", "terminated",
        "launched", "initialized", "terminated"]  # the second session: nothing twice
    assert verbs(await lms.statements(review.registration)) == ["launched", "initialized", "terminated"]


async def test_a_learner_who_finished_in_netwise_is_reported_done_at_launch(school: Tenant, lms: Lms) -> None:
    module = await published_module(school)
    done = await school.http.post(f"/v1/modules/{module['id']}/complete", headers=school.as_("lea"))
    assert done.status_code == 200, done.text
    launch = await au_launch(school, lms, module)
    await leave(school, await open_au(school, launch))
    assert verbs(await lms.statements(launch.registration)) == ["launched", "initialized", "completed", "terminated"]


@pytest.mark.parametrize(("locale", "leave_word", "left_word"), [
    ("sv-SE", "Lämna modulen", "Du har lämnat modulen."), ("nb-NO", "Forlat modulen", "Du har forlatt modulen."),
    ("da-DK", "Forlad modulet", "Du har forladt modulet."), ("nl-NL", "Module verlaten", "Je hebt de module verlaten."),
])
async def test_the_au_speaks_the_learners_language(school: Tenant, lms: Lms, locale: str, leave_word: str,
                                                   left_word: str) -> None:
    await school.person("lea", locale=locale, version=2, event="netwise.identity.person.updated")
    module = await published_module(school, content={
        "en": {"title": "Profile", "body": "English"}, locale: {"title": f"Profil ({locale})", "body": "Lokal"}})
    titles = (await package(school, "modules", module["id"])).findall("c:au/c:title/c:langstring", NS)
    assert {(t.get("lang"), t.text) for t in titles} == {("en", "Profile"), (locale, f"Profil ({locale})")}
    page = await open_au(school, await au_launch(school, lms, module, return_url=""))
    assert f"Profil ({locale})" in page.text and leave_word in page.text
    left = await leave(school, page)  # no returnURL: a page says the learner may close the window
    assert left.status_code == 200 and left_word in left.text and left.headers["content-language"] == locale


async def test_statements_the_lrs_did_not_take_are_sent_again_in_order(school: Tenant, lms: Lms,
                                                                      app: FastAPI) -> None:
    module = await published_module(school, quiz=True)
    launch = await au_launch(school, lms, module)
    page = await open_au(school, launch)
    lms.lrs_down = True
    result = await answer(school, page, ALL_RIGHT)
    assert "Passed: 100%" in result.text  # the learner's result does not wait for the LMS
    assert (await leave(school, result)).status_code == 303
    assert verbs(await lms.statements(launch.registration)) == ["launched", "initialized"]
    lms.lrs_down = False
    async with app.state.db.transaction() as session:  # the retry's minute has passed
        await session.execute(update(Cmi5Session).where(Cmi5Session.org_id == school.org_id)  # type: ignore[arg-type]
                              .values(next_attempt_at=utcnow()))
    assert await cmi5.deliver_due(app.state.db) >= 1
    assert verbs(await lms.statements(launch.registration)) == [
        "launched", "initialized", "completed", "passed", "terminated"]
    assert await cmi5.deliver_due(app.state.db) == 0  # nothing twice


# -- bad launches ------------------------------------------------------------------------------------------------

def _replace(url: str, name: str, value: str | None) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != name] + ([(name, value)] if value is not None else [])
    return parts._replace(query=urlencode(query)).geturl()


@pytest.mark.parametrize(("name", "value", "reason"), [
    ("fetch", None, "lacks fetch"),
    ("endpoint", None, "lacks endpoint"),
    ("actor", None, "lacks actor"),
    ("registration", None, "lacks registration"),
    ("activityId", None, "lacks activityId"),
    ("fetch", "file:///etc/passwd", "fetch must be an http(s) URL"),
    ("endpoint", "javascript:alert(1)", "endpoint must be an http(s) URL"),
    ("actor", '{"objectType": "Agent", "mbox": "mailto:lea@example.com"}', "an Agent with an account"),
    ("registration", "not-a-uuid", "registration must be a UUID"),
])
async def test_a_malformed_launch_is_refused_before_the_lms_is_asked(school: Tenant, lms: Lms, app: FastAPI, name: str,
                                                                     value: str | None, reason: str) -> None:
    launch = await au_launch(school, lms, await published_module(school))
    refused = await school.http.get(_local(_replace(launch.url, name, value)))
    assert refused.status_code == 400 and refused.headers["content-type"].startswith("text/html")
    assert reason in refused.text
    assert lms.fetches == [] and await sessions(app, school) == 0


async def test_a_replayed_launch_is_refused_and_changes_nothing(school: Tenant, lms: Lms, app: FastAPI) -> None:
    launch = await au_launch(school, lms, await published_module(school))
    await open_au(school, launch)
    replayed = await school.http.get(_local(launch.url))
    assert replayed.status_code == 401 and "already used or has expired" in replayed.text
    assert await sessions(app, school) == 1
    assert verbs(await lms.statements(launch.registration)) == ["launched", "initialized"]


async def test_a_launch_without_launch_data_or_of_a_stranger_is_refused(school: Tenant, lms: Lms, app: FastAPI) -> None:
    module = await published_module(school)
    no_data = await au_launch(school, lms, module, write_launch_data=False)
    refused = await school.http.get(_local(no_data.url))
    assert refused.status_code == 502 and "LMS.LaunchData" in refused.text
    au = au_of(await package(school, "modules", module["id"], lms.url))[0]
    stranger = await lms.launch(au["url"], au["id"], "nobody@example.org")
    refused = await school.http.get(_local(stranger.url))
    assert refused.status_code == 403 and "e-mail address" in refused.text
    unknown = await school.http.get(_local(_replace(stranger.url.replace(module["id"], "no-such-module"), "x", None)))
    assert unknown.status_code == 404
    assert await sessions(app, school) == 0
    assert verbs(await lms.statements(no_data.registration)) == ["launched"]


async def test_a_learner_the_lms_names_by_its_user_id_is_the_one_its_lti_launch_gave(school: Tenant, lms: Lms,
                                                                                    app: FastAPI) -> None:
    """Moodle names a cmi5 learner by its own user id (account homePage the site): the id its LTI launches gave
    netwise, the same rule the LRS counts statements by."""
    platform = LtiPlatform(issuer=lms.url)
    await register(school, platform)
    module = await published_module(school)
    launched = await lti_launch(school, platform, "lea", custom={"netwise_module_id": module["id"]})
    assert launched.status_code == 303, launched.text  # as Moodle's user `moodle-lea`
    au = au_of(await package(school, "modules", module["id"], lms.url))[0]
    never_launched = await lms.launch(au["url"], au["id"], "moodle-sam", move_on=au["moveOn"])
    refused = await school.http.get(_local(never_launched.url))
    assert refused.status_code == 403 and "neither from an LTI launch of that LMS" in refused.text
    await open_au(school, await lms.launch(au["url"], au["id"], "moodle-lea", move_on=au["moveOn"]))
    async with app.state.db.transaction() as session:
        learners = (await session.execute(select(Cmi5Session.person_id).where(
            Cmi5Session.org_id == school.org_id))).scalars().all()
    assert learners == [school.id("lea")]


async def test_a_launch_from_another_lms_than_the_packages_is_refused(school: Tenant, lms: Lms, app: FastAPI) -> None:
    """cmi5 launches carry no signature: the package names the LMS, and a server elsewhere cannot play it (its
    own fetch URL and LRS would vouch for anyone)."""
    module = await published_module(school)
    au = au_of(await package(school, "modules", module["id"], ELSEWHERE))[0]
    foreign = await lms.launch(au["url"], au["id"], school.email("lea"))
    refused = await school.http.get(_local(foreign.url))
    assert refused.status_code == 403 and f"not the LMS this course package was made for ({ELSEWHERE})" in refused.text
    unsigned = await school.http.get(_local(_replace(foreign.url, "lms", None)))
    assert unsigned.status_code == 403 and "not made by netwise for this LMS" in unsigned.text
    assert lms.fetches == [] and await sessions(app, school) == 0


# -- tenants -----------------------------------------------------------------------------------------------------

async def test_a_launch_finds_learners_only_in_the_modules_organisation(school: Tenant, lms: Lms, app: FastAPI,
                                                                        client: httpx.AsyncClient,
                                                                        issuer: tokens.TestIssuer) -> None:
    other = await make_tenant(client, issuer)
    await other.person("kim")
    await other.person("admin", roles=["learner", "admin"])
    theirs = await published_module(other)
    module = await published_module(school)
    au = au_of(await package(school, "modules", module["id"], lms.url))[0]
    outsider = await lms.launch(au["url"], au["id"], other.email("kim"))  # known to netwise, not to this org
    assert (await school.http.get(_local(outsider.url))).status_code == 403
    their_package = au_of(await package(other, "modules", theirs["id"], lms.url))[0]
    their_binding = dict(parse_qsl(urlsplit(their_package["url"]).query))["lms"]
    ours_with_theirs = await lms.launch(au["url"], au["id"], school.email("lea"))
    borrowed = await school.http.get(_local(_replace(ours_with_theirs.url, "lms", their_binding)))
    assert borrowed.status_code == 403 and "not made by netwise for this LMS" in borrowed.text
    assert await sessions(app, school) == 0 and lms.fetches == []
    page = await open_au(school, await au_launch(school, lms, module))
    (exit_form,) = [action for action in forms(page) if action.endswith("/exit")]
    elsewhere = await school.http.get(_local(exit_form.removesuffix("/exit")) + f"/modules/{theirs['id']}")
    assert elsewhere.status_code == 404  # the session opens its own AU's module only
