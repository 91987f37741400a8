"""LTI 1.3: an LMS (lti1p3platform's platform) registered by an admin launches netwise for a learner, who reads a
module, passes its quiz and finishes a track in the learner pages; every bad launch is refused and changes
nothing."""

import re
from contextlib import AsyncExitStack
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select, update

from contracts.events.curriculum import LMS_LEARNER_ARRIVED
from kit.ids import utcnow
from services.curriculum import lti
from services.curriculum.models import LtiCourse, LtiScore, LtiSession, LtiUser
from tests import tokens
from tests.curriculum.conftest import Tenant, make_tenant, my_learning, published_module, published_track
from tests.lti_platform import INSTRUCTOR, Platform, registering_lms
from tests.support import emitted_data, free_port, serving


@pytest.fixture
async def school(tenant: Tenant) -> Tenant:
    await tenant.person("admin", job_function="leadership", unit="HQ", roles=["learner", "admin"])
    return tenant


async def register(tenant: Tenant, platform: Platform, **extra: Any) -> dict[str, Any]:
    response = await tenant.http.post("/v1/lti/platforms", json=platform.registration_body(**extra),
                                      headers=tenant.as_("admin"))
    assert response.status_code == 201, response.text
    return dict(response.json())


def _local(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


async def login(tenant: Tenant, platform: Platform, user_id: str) -> str:
    """The browser follows the LMS's login initiation to netwise, which sends it on to the LMS's authorization
    endpoint; returns that URL."""
    started = await tenant.http.get(_local(platform.login_initiation(user_id)))
    assert started.status_code == 302, started.text
    assert started.headers["location"].startswith(f"{platform.auth_url}?")
    return str(started.headers["location"])


async def launch(tenant: Tenant, platform: Platform, key: str = "lea", *, email: str | None = "",
                 **claims: Any) -> httpx.Response:
    user_id = f"moodle-{key}"
    signed = platform.launch(await login(tenant, platform, user_id), user_id=user_id,
                             email=tenant.email(key) if email == "" else email, **claims)
    return await tenant.http.post(_local(signed["launch_url"]), data={"id_token": signed["id_token"],
                                                                       "state": signed["state"]},
                                  headers={"Origin": platform.issuer})


async def open_page(tenant: Tenant, launched: httpx.Response) -> httpx.Response:
    assert launched.status_code == 303, launched.text
    page = await tenant.http.get(_local(launched.headers["location"]))
    assert page.status_code == 200, page.text
    return page


async def rows(app: FastAPI, model: Any) -> int:
    async with app.state.db.transaction() as session:
        return int((await session.execute(select(func.count()).select_from(model))).scalar_one())


def problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return dict(response.json())


def forms(page: httpx.Response) -> list[str]:
    return re.findall(r'<form method="post" action="([^"]+)"', page.text)


# -- registration ------------------------------------------------------------------------------------------

async def test_an_admin_registers_an_lms_and_reads_what_to_enter_in_it(school: Tenant) -> None:
    platform = Platform()
    registered = await register(school, platform)
    assert registered["issuer"] == platform.issuer and registered["deployment_ids"] == ["1"]
    assert all("d" not in key for key in registered["jwks"]["keys"])  # public keys only
    one = await school.http.get(f"/v1/lti/platforms/{registered['id']}", headers=school.as_("admin"))
    assert one.status_code == 200 and one.headers["etag"] == '"1"'
    tool = (await school.http.get("/v1/lti/tool", headers=school.as_("admin"))).json()
    assert tool["login_url"] == "http://testserver/lti/login"
    assert tool["launch_url"] == "http://testserver/lti/launch"
    keys = (await school.http.get("/lti/jwks.json")).json()["keys"]
    assert len(keys) == 1 and keys[0]["kty"] == "RSA" and "d" not in keys[0] and keys[0]["alg"] == "RS256"
    assert (await school.http.get("/lti/jwks.json")).json()["keys"] == keys  # one key, kept


async def test_only_admins_of_the_organisation_see_its_lmss(school: Tenant, client: httpx.AsyncClient,
                                                           issuer: tokens.TestIssuer) -> None:
    registered = await register(school, Platform())
    problem(await school.http.get("/v1/lti/platforms", headers=school.as_("lea")), 403)
    other = await make_tenant(client, issuer)
    await other.person("admin", roles=["learner", "admin"])
    problem(await other.http.get(f"/v1/lti/platforms/{registered['id']}", headers=other.as_("admin")), 404)
    listed = (await other.http.get("/v1/lti/platforms", headers=other.as_("admin"))).json()
    assert listed["items"] == []


SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA"


@pytest.mark.parametrize(("change", "field"), [
    ({"issuer": "http://moodle.example.org"}, "issuer"),  # http only on this machine
    ({"auth_login_url": "moodle.example.org/auth"}, "auth_login_url"),
    ({"deployment_ids": []}, "deployment_ids"),
    ({"jwks_url": "https://moodle.example.org/certs"}, "jwks_url"),  # both key sources at once
    ({"jwks": {"keys": [{"kty": "oct", "k": SECRET}]}}, "jwks"),  # a shared secret, not a public key
])
async def test_a_bad_registration_names_the_field_and_saves_nothing(school: Tenant, change: dict[str, Any],
                                                                     field: str) -> None:
    response = await school.http.post("/v1/lti/platforms", json=Platform().registration_body(**change),
                                      headers=school.as_("admin"))
    assert field in {error["field"] for error in problem(response, 422)["errors"]}
    assert (await school.http.get("/v1/lti/platforms", headers=school.as_("admin"))).json()["items"] == []


async def test_an_lms_is_registered_once(school: Tenant) -> None:
    platform = Platform()
    await register(school, platform)
    again = await school.http.post("/v1/lti/platforms", json=platform.registration_body(),
                                   headers=school.as_("admin"))
    assert problem(again, 409)["errors"][0]["field"] == "client_id"


# -- launches ----------------------------------------------------------------------------------------------

async def test_a_launch_opens_the_module_inside_the_lms_and_completing_it_counts(school: Tenant,
                                                                                 app: FastAPI) -> None:
    platform = Platform()
    await register(school, platform)
    module = await published_module(school)
    page = await open_page(school, await launch(school, platform, custom={"netwise_module_id": module["id"]}))
    assert "<h1>Social selling on LinkedIn</h1>" in page.text and "<h1>Profile</h1>" in page.text
    policy = page.headers["content-security-policy"]
    assert f"frame-ancestors {platform.issuer}" in policy and "default-src 'none'" in policy
    assert "set-cookie" not in page.headers and page.headers["referrer-policy"] == "no-referrer"
    assert page.headers["content-language"] == "en" and '<html lang="en">' in page.text
    assert not re.search(r'(src|href)="https?://(?!testserver)', page.text)  # nothing from elsewhere

    [complete] = forms(page)
    done = await school.http.post(_local(complete))
    assert done.status_code == 303
    again = await school.http.get(_local(done.headers["location"]))
    assert "You have completed this module." in again.text
    progress = (await school.http.get(f"/v1/people/{school.id('lea')}/progress",
                                      headers=school.as_("lea"))).json()
    [record] = [m for m in progress["modules"] if m["module_id"] == module["id"]]
    assert record["completed_at"] is not None and record["source"] == "lti"
    assert await rows(app, LtiUser) >= 1  # the LMS user is now known by their sub


async def test_a_learner_passes_the_quiz_and_earns_the_tracks_certificate(school: Tenant) -> None:
    platform = Platform()
    await register(school, platform)
    module = await published_module(school, quiz=True)
    track = await published_track(school, [module["id"]],
                                  certification={"key": "social-seller", "validity_days": 365})
    track_page = await open_page(school, await launch(school, platform, custom={"netwise_track_id": track["id"]}))
    assert "0 of 1 modules done" in track_page.text
    step = re.search(r'<li><a href="([^"]+)">Social selling on LinkedIn</a>', track_page.text)
    assert step is not None
    module_page = await school.http.get(_local(step.group(1).replace("&amp;", "&")))
    quiz_link = re.search(r'<a class="button" href="([^"]+)">Take the quiz</a>', module_page.text)
    assert quiz_link is not None
    quiz = await school.http.get(_local(quiz_link.group(1).replace("&amp;", "&")))
    assert '<legend>1. Who owns your LinkedIn profile?' in quiz.text
    assert re.search(r'<label><input type="radio" name="q1" value="a"> You</label>', quiz.text)
    [answer] = forms(quiz)
    answer = _local(answer.replace("&amp;", "&"))

    forged = await school.http.post(answer, data={"q1": "b", "nonsense question!": "x"})
    assert forged.status_code == 422 and "not answers to this quiz" in forged.text
    failed = await school.http.post(answer, data={"q1": "b", "q2": ["b"]})
    assert failed.status_code == 200 and "Not passed: 0%. You need 50%." in failed.text
    passed = await school.http.post(answer, data={"q1": "a", "q2": ["a", "c"]})
    assert "Passed: 100%" in passed.text
    finished = await school.http.get(_local(track_page.url.path))
    assert "1 of 1 modules done" in finished.text and "Certificate social-seller: valid until" in finished.text
    certifications = (await school.http.get(f"/v1/people/{school.id('lea')}/certifications",
                                            headers=school.as_("lea"))).json()["items"]
    assert [c["certification_key"] for c in certifications] == ["social-seller"]


@pytest.mark.parametrize(("locale", "words"), [
    ("sv-SE", ("Markera som klar", 'lang="sv-SE"')), ("nb-NO", ("Merk som fullført", 'lang="nb-NO"')),
    ("da-DK", ("Markér som gennemført", 'lang="da-DK"')), ("nl-NL", ("Markeer als voltooid", 'lang="nl-NL"')),
])
async def test_the_pages_speak_the_learners_language(school: Tenant, locale: str, words: tuple[str, str]) -> None:
    await school.person("lea", locale=locale, version=2, event="netwise.identity.person.updated")
    platform = Platform()
    await register(school, platform)
    language = locale.split("-")[0]
    module = await published_module(school, content={
        "en": {"title": "Profile", "body": "English"}, locale: {"title": f"Profil ({language})", "body": "Lokal"}})
    page = await open_page(school, await launch(school, platform, custom={"netwise_module_id": module["id"]}))
    assert all(word in page.text for word in words) and f"Profil ({language})" in page.text
    assert page.headers["content-language"] == locale


# -- refusals: each one changes nothing --------------------------------------------------------------------

async def _refused_launch(school: Tenant, app: FastAPI, platform: Platform, status: int, reason: str,
                          **claims: Any) -> None:
    module = await published_module(school)
    before = (await rows(app, LtiSession), await rows(app, LtiUser))
    response = await launch(school, platform, custom={"netwise_module_id": module["id"]}, **claims)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("text/html") and reason in response.text
    assert "Traceback" not in response.text and "set-cookie" not in response.headers
    assert (await rows(app, LtiSession), await rows(app, LtiUser)) == before


@pytest.mark.parametrize(("claims", "status", "reason"), [
    ({"extra": {"aud": "another-tool"}}, 401, "not meant for netwise"),
    ({"extra": {"aud": ["netwise-tool", "another-tool"], "azp": "another-tool"}}, 401, "authorized party"),
    ({"extra": {"iss": "https://canvas.example.org"}}, 401, "another issuer"),
    ({"expires_in": -300}, 401, "has expired"),
    ({"extra": {"https://purl.imsglobal.org/spec/lti/claim/deployment_id": "9"}}, 403, "deployment 9"),
    ({"extra": {"https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiSubmissionReviewRequest"}}, 400,
     "message type"),
    ({"extra": {"https://purl.imsglobal.org/spec/lti/claim/version": "1.1"}}, 400, "LTI 1.3.0"),
], ids=["audience", "azp", "issuer", "expired", "deployment", "message-type", "version"])
async def test_a_bad_launch_gets_a_page_and_changes_nothing(school: Tenant, app: FastAPI, claims: dict[str, Any],
                                                            status: int, reason: str) -> None:
    platform = Platform()
    await register(school, platform)
    await _refused_launch(school, app, platform, status, reason, **claims)


async def test_a_launch_signed_with_another_key_is_refused(school: Tenant, app: FastAPI) -> None:
    platform = Platform()
    impostor = Platform(issuer=platform.issuer)  # the same LMS by name, with a key of its own
    await register(school, platform)
    await _refused_launch(school, app, impostor, 401, "signature does not verify")


async def test_a_replayed_launch_is_refused(school: Tenant, app: FastAPI) -> None:
    platform = Platform()
    await register(school, platform)
    module = await published_module(school)
    signed = platform.launch(await login(school, platform, "moodle-lea"), user_id="moodle-lea",
                             email=school.email("lea"), custom={"netwise_module_id": module["id"]})
    form = {"id_token": signed["id_token"], "state": signed["state"]}
    assert (await school.http.post("/lti/launch", data=form)).status_code == 303
    sessions = await rows(app, LtiSession)
    replay = await school.http.post("/lti/launch", data=form)
    assert replay.status_code == 400 and "already used" in replay.text
    assert await rows(app, LtiSession) == sessions


async def test_a_nonce_netwise_did_not_give_is_refused(school: Tenant, app: FastAPI) -> None:
    platform = Platform()
    await register(school, platform)
    module = await published_module(school)
    authorization = (await login(school, platform, "moodle-lea")).replace("nonce=", "nonce=forged")
    signed = platform.launch(authorization, user_id="moodle-lea", email=school.email("lea"),
                             custom={"netwise_module_id": module["id"]})
    response = await school.http.post("/lti/launch", data={"id_token": signed["id_token"],
                                                           "state": signed["state"]})
    assert response.status_code == 401 and "nonce" in response.text


async def test_an_unregistered_lms_cannot_start_a_login(school: Tenant) -> None:
    response = await school.http.get(_local(Platform(issuer="https://unknown.example.org").login_initiation("u1")))
    assert response.status_code == 403 and "not registered" in response.text


async def test_someone_netwise_does_not_know_is_not_let_in(school: Tenant, app: FastAPI) -> None:
    platform = Platform()
    await register(school, platform)
    await _refused_launch(school, app, platform, 403, "knows no one in this organisation", email="x@elsewhere.example")


async def test_an_lms_that_creates_people_asks_identity_for_a_newcomer(school: Tenant, app: FastAPI) -> None:
    platform = Platform()
    registered = await register(school, platform, create_people=True)
    assert registered["create_people"] is True
    module = await published_module(school)
    sessions = await rows(app, LtiSession)
    response = await launch(school, platform, custom={"netwise_module_id": module["id"]},
                            email="nora@school.example")
    assert response.status_code == 202 and "your account is being set up" in response.text
    assert await rows(app, LtiSession) == sessions  # no page opens before the person exists
    arrived = await emitted_data(app, school.org_id, LMS_LEARNER_ARRIVED)
    assert arrived == [{"email": "nora@school.example", "name": "A Learner", "platform": "Moodle"}]


async def test_a_person_of_another_organisation_never_lands_in_this_one(school: Tenant, app: FastAPI,
                                                                       client: httpx.AsyncClient,
                                                                       issuer: tokens.TestIssuer) -> None:
    other = await make_tenant(client, issuer)
    platform = Platform()
    await register(school, platform)
    # The LMS vouches for an address that belongs to a person of the other organisation only.
    await _refused_launch(school, app, platform, 403, "knows no one", email=other.email("lea"))
    foreign = await published_module(other)
    response = await launch(school, platform, custom={"netwise_module_id": foreign["id"]})
    assert response.status_code == 404 and "not published in your organisation" in response.text


async def test_a_learner_session_reads_only_its_own_organisation(school: Tenant, client: httpx.AsyncClient,
                                                                 issuer: tokens.TestIssuer) -> None:
    platform = Platform()
    await register(school, platform)
    module = await published_module(school)
    page = await open_page(school, await launch(school, platform, custom={"netwise_module_id": module["id"]}))
    other = await make_tenant(client, issuer)
    foreign = await published_module(other)
    response = await school.http.get(page.url.path.replace(module["id"], foreign["id"]))
    assert response.status_code == 404 and foreign["id"] in response.text
    assert f"frame-ancestors {platform.issuer}" in response.headers["content-security-policy"]
    gone = await school.http.get(page.url.path.replace("/learn/", "/learn/x"))
    assert gone.status_code == 401 and "session has ended" in gone.text


# -- deep linking and grades --------------------------------------------------------------------------------

async def _served_platform(school: Tenant, stack: AsyncExitStack) -> Platform:
    platform = Platform()
    platform.url = await stack.enter_async_context(serving(platform.services(), free_port()))
    await register(school, platform)
    platform.trust_tool((await school.http.get("/lti/jwks.json")).json())  # the LMS admin pastes our keyset URL
    return platform


async def test_an_editor_places_a_module_and_the_learners_quiz_score_reaches_the_gradebook(school: Tenant,
                                                                                          app: FastAPI) -> None:
    module = await published_module(school, quiz=True, title="Privacy settings")
    async with AsyncExitStack() as stack:
        platform = await _served_platform(school, stack)
        picker = await open_page(school, await launch(school, platform, "editor", place=True, roles=[INSTRUCTOR]))
        assert "Add netwise training to your course" in picker.text and "Privacy settings" in picker.text
        [place_form] = forms(picker)
        placed = await school.http.post(_local(place_form), data={"item": f"module:{module['id']}"})
        assert placed.status_code == 200, placed.text
        assert f"form-action 'self' {platform.url}" in placed.headers["content-security-policy"]
        return_url = re.search(r'<form method="post" action="([^"]+)">', placed.text)
        token = re.search(r'name="JWT" value="([^"]+)"', placed.text)
        assert return_url is not None and token is not None and return_url.group(1).startswith(platform.url)
        async with httpx.AsyncClient() as browser:  # the page's script posts the form to the LMS
            answer = await browser.post(return_url.group(1), data={"JWT": token.group(1)})
        assert answer.status_code == 200, answer.text
        [[item]] = platform.placed  # the LMS verified our signature and took the link
        assert item["type"] == "ltiResourceLink" and item["title"] == "Privacy settings"
        assert item["custom"] == {"netwise_module_id": module["id"]} and item["lineItem"]["scoreMaximum"] == 100

        # A learner opens the placed link; the LMS gave it a gradebook column.
        page = await open_page(school, await launch(school, platform, custom=item["custom"], lineitem="col-7"))
        quiz_link = re.search(r'href="([^"]+/quiz)"', page.text)
        assert quiz_link is not None
        [answer_form] = forms(await school.http.get(_local(quiz_link.group(1))))
        await school.http.post(_local(answer_form), data={"q1": "b", "q2": ["b"]})
        await school.http.post(_local(answer_form), data={"q1": "a", "q2": ["a", "c"]})

        platform.down = True  # the LMS is away when the scores are sent: nothing is lost
        assert await _deliver(app) == 0
        platform.down = False
        await _due_now(app)
        delivered = await _deliver(app)
        async with app.state.db.transaction() as session:
            errors = [(s.attempts, s.last_error) for s in (await session.execute(select(LtiScore))).scalars()]
        assert delivered == 2, errors
        first, newest = platform.scores["col-7"]
        assert (first["scoreGiven"], first["activityProgress"]) == (0, "Submitted")
        assert (newest["scoreGiven"], newest["scoreMaximum"], newest["activityProgress"]) == (100, 100, "Completed")
        assert newest["userId"] == "moodle-lea" and newest["timestamp"] > first["timestamp"]
        assert await _deliver(app) == 0  # each score once


async def _deliver(app: FastAPI) -> int:
    async with app.state.db.transaction() as session:
        return await lti.deliver_scores(session)


async def _due_now(app: FastAPI) -> None:
    async with app.state.db.transaction() as session:
        await session.execute(update(LtiScore).values(next_attempt_at=utcnow()))


async def test_a_learner_cannot_place_content(school: Tenant, app: FastAPI) -> None:
    async with AsyncExitStack() as stack:
        platform = await _served_platform(school, stack)
        response = await launch(school, platform, place=True)
        assert response.status_code == 403 and "teachers and designers" in response.text


async def test_the_course_roster_is_enrolled_in_the_placed_track_once(school: Tenant, app: FastAPI) -> None:
    module = await published_module(school)
    track = await published_track(school, [module["id"]])
    async with AsyncExitStack() as stack:
        platform = await _served_platform(school, stack)
        learner = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"
        platform.members = [
            {"user_id": "moodle-sam", "roles": [learner], "email": school.email("sam")},
            {"user_id": "moodle-teacher", "roles": [INSTRUCTOR], "email": school.email("editor")},  # not a learner
            {"user_id": "moodle-x", "roles": [learner], "email": "unknown@elsewhere.example"},  # not in netwise
            {"user_id": "moodle-lea", "roles": [learner]},  # known by the sub her launch linked
        ]
        await open_page(school, await launch(school, platform, custom={"netwise_track_id": track["id"]},
                                             roster=True))
        async with app.state.db.transaction() as session:  # the job's pass after the launch
            assert await lti.sync_rosters(session, app.state.outbox, timedelta(hours=6)) == 2  # sam and lea
        for key in ("sam", "lea"):
            items = (await my_learning(school, key))["items"]
            assert [(i["assignment"]["track_id"], i["assignment"]["source"]) for i in items] == [(track["id"], "lti")]
        assert (await my_learning(school, "editor"))["items"] == []
        await _sync_again(app)
        assert len((await my_learning(school, "sam"))["items"]) == 1  # idempotent


async def _sync_again(app: FastAPI) -> None:
    async with app.state.db.transaction() as session:
        await session.execute(update(LtiCourse).values(next_sync_at=utcnow()))
    async with app.state.db.transaction() as session:
        assert await lti.sync_rosters(session, app.state.outbox, timedelta(hours=6)) == 0


# -- dynamic registration and Canvas ------------------------------------------------------------------------

# DR (and oidc-provider with it) wants a tool's login and launch URLs on https: netwise is served so here.
TOOL = "https://testserver"


async def _registration_link(school: Tenant) -> str:
    """An admin's registration link, from netwise served at TOOL from here on."""
    school.http.base_url = httpx.URL(TOOL)
    made = await school.http.post("/v1/lti/registration-links", headers=school.as_("admin"))
    assert made.status_code == 201, made.text
    return str(made.json()["url"])


async def _platforms(school: Tenant) -> list[dict[str, Any]]:
    return list((await school.http.get("/v1/lti/platforms", headers=school.as_("admin"))).json()["items"])


async def test_an_lms_registers_netwise_from_one_pasted_url(school: Tenant) -> None:
    async with registering_lms() as lms:
        link = await _registration_link(school)
        # The LMS opens the pasted URL with its configuration and a one-time token.
        opened = await school.http.get(link, params={"openid_configuration": lms.openid_configuration,
                                                     "registration_token": await lms.registration_token()})
        assert opened.status_code == 200, opened.text
        assert "netwise is now connected to test-lms" in opened.text and "org.imsglobal.lti.close" in opened.text
        tool = await lms.adopt()  # as oidc-provider registered it
        assert (tool["initiate_login_uri"], tool["redirect_uris"]) == (f"{TOOL}/lti/login", [f"{TOOL}/lti/launch"])
        assert (tool["jwks_uri"], tool["token_endpoint_auth_method"]) == (f"{TOOL}/lti/jwks.json", "private_key_jwt")
        assert set(tool["scope"].split()) == {lti.AGS_SCORE_SCOPE, lti.NRPS_SCOPE}
        assert tool[lti.TOOL_CONFIGURATION]["domain"] == "testserver"
        [registered] = await _platforms(school)
        assert (registered["issuer"], registered["client_id"]) == (lms.url, tool["client_id"])
        assert registered["deployment_ids"] == [tool[lti.TOOL_CONFIGURATION]["deployment_id"]]
        assert (registered["jwks_url"], registered["auth_token_url"]) == (f"{lms.url}/jwks", f"{lms.url}/token")

        # The LMS launches with that registration; netwise reads the LMS's keys from oidc-provider's JWKS.
        module = await published_module(school)
        await open_page(school, await launch(school, lms.platform, custom={"netwise_module_id": module["id"]}))


@pytest.mark.parametrize(("case", "reason"), [
    ("forged", "not one netwise made"), ("expired", "has expired"), ("foreign", "another issuer"),
])
async def test_a_registration_from_a_bad_link_or_a_foreign_configuration_is_refused(
        school: Tenant, monkeypatch: pytest.MonkeyPatch, case: str, reason: str) -> None:
    if case == "expired":
        monkeypatch.setattr(lti, "REGISTRATION_LINK_HOURS", -1)
    # A foreign configuration names an issuer other than the address it is served from.
    async with registering_lms(issuer="https://lms.example.org" if case == "foreign" else None) as lms:
        link = await _registration_link(school)
        opened = await school.http.get(link.rsplit("/", 1)[0] + "/forged" if case == "forged" else link, params={
            "openid_configuration": lms.openid_configuration, "registration_token": await lms.registration_token()})
        assert opened.status_code == 403 and reason in opened.text, opened.text
        assert await lms.registered_tools() == []  # netwise never asked
        assert await _platforms(school) == []


@pytest.mark.parametrize("token", ["spent", "unknown", "none"])
async def test_an_lms_that_refuses_the_registration_leaves_netwise_unchanged(school: Tenant, token: str) -> None:
    async with registering_lms() as lms:
        link = await _registration_link(school)
        given = await lms.registration_token() if token == "spent" else "not-a-token-of-this-lms"
        if token == "spent":  # the token registered netwise once already
            first = await school.http.get(link, params={"openid_configuration": lms.openid_configuration,
                                                        "registration_token": given})
            assert first.status_code == 200, first.text
        params = {"openid_configuration": lms.openid_configuration}
        if token != "none":
            params["registration_token"] = given
        before = (await lms.registered_tools(), await _platforms(school))
        refused = await school.http.get(link, params=params)
        assert refused.status_code == 502 and "the LMS refused" in refused.text, refused.text
        assert "invalid_token" in refused.text  # the LMS's reason, for the admin
        assert (await lms.registered_tools(), await _platforms(school)) == before


@pytest.mark.parametrize("breach", [
    {"initiate_login_uri": None}, {"redirect_uris": None}, {"initiate_login_uri": "http://testserver/lti/login"},
    {"redirect_uris": ["http://testserver/lti/launch"]}, {"jwks_uri": None},
    {"token_endpoint_auth_method": "client_secret_basic"}, {"grant_types": ["implicit"]},
    {"scope": "https://lms.example.org/scope/everything"},
    {lti.TOOL_CONFIGURATION: None}, {lti.TOOL_CONFIGURATION: {"target_link_uri": f"{TOOL}/lti/launch"}},
], ids=["no-login", "no-redirect", "http-login", "http-redirect", "no-keys", "secret", "no-service-grant", "scope",
        "no-lti", "no-domain"])
async def test_the_lms_takes_netwises_registration_request_and_no_request_that_breaks_the_rules(
        breach: dict[str, Any]) -> None:
    """What oidc-provider and DR hold a tool to, so the registration above shows that netwise keeps to it."""
    asked = lti.registration_request(TOOL)
    broken = {**{k: v for k, v in asked.items() if k not in breach},
              **{k: v for k, v in breach.items() if v is not None}}
    async with registering_lms() as lms, httpx.AsyncClient() as http:
        for body, status in ((broken, 400), (asked, 201)):
            answer = await http.post(lms.configuration["registration_endpoint"], json=body, headers={
                "Authorization": f"Bearer {await lms.registration_token()}"})
            assert answer.status_code == status, answer.text
        assert len(await lms.registered_tools()) == 1


async def test_canvas_gets_a_developer_key_configuration(school: Tenant) -> None:
    canvas = (await school.http.get("/lti/canvas.json")).json()
    assert canvas["oidc_initiation_url"] == "http://testserver/lti/login"
    assert canvas["public_jwk_url"] == "http://testserver/lti/jwks.json"
    assert "https://purl.imsglobal.org/spec/lti-ags/scope/score" in canvas["scopes"]
    [placements] = [e["settings"]["placements"] for e in canvas["extensions"]]
    assert {p["message_type"] for p in placements} == {"LtiDeepLinkingRequest"}


async def test_disconnecting_an_lms_ends_its_sessions_courses_and_pending_scores(school: Tenant,
                                                                                 app: FastAPI) -> None:
    module = await published_module(school)
    track = await published_track(school, [module["id"]])
    async with AsyncExitStack() as stack:
        platform = await _served_platform(school, stack)
        page = await open_page(school, await launch(school, platform, custom={"netwise_track_id": track["id"]},
                                                    roster=True, lineitem="col-9"))
        step = re.search(r'<li><a href="([^"]+)">', page.text)
        assert step is not None
        [complete] = forms(await school.http.get(_local(step.group(1).replace("&amp;", "&"))))
        assert (await school.http.post(_local(complete))).status_code == 303  # a score waits for the LMS
        [registered] = (await school.http.get("/v1/lti/platforms", headers=school.as_("admin"))).json()["items"]
        gone = await school.http.delete(f"/v1/lti/platforms/{registered['id']}", headers=school.as_("admin"))
        assert gone.status_code == 204, gone.text
        assert (await school.http.get(page.url.path)).status_code == 401  # its learner session ended
        async with app.state.db.transaction() as session:
            for model in (LtiCourse, LtiScore, LtiSession):
                query = select(func.count()).select_from(model).where(model.platform_id == registered["id"])
                assert (await session.execute(query)).scalar_one() == 0, model.__name__


async def test_the_pages_are_framed_by_the_lms_origin_only(school: Tenant) -> None:
    platform = Platform()
    await register(school, platform)
    module = await published_module(school)
    custom = {"netwise_module_id": module["id"]}
    for origin, framed_by in (("null", platform.issuer), ("https://school.instructure.example", None)):
        user_id = "moodle-lea"
        signed = platform.launch(await login(school, platform, user_id), user_id=user_id, email=school.email("lea"),
                                 custom=custom)
        launched = await school.http.post("/lti/launch", data={"id_token": signed["id_token"],
                                                               "state": signed["state"]}, headers={"Origin": origin})
        page = await open_page(school, launched)
        assert page.headers["content-security-policy"].endswith(f"frame-ancestors {framed_by or origin}")


async def test_a_person_deactivated_after_the_launch_loses_the_pages(school: Tenant) -> None:
    platform = Platform()
    await register(school, platform)
    module = await published_module(school)
    page = await open_page(school, await launch(school, platform, custom={"netwise_module_id": module["id"]}))
    await school.person("lea", status="deactivated", version=2, event="netwise.identity.person.updated")
    again = await school.http.get(page.url.path)
    assert again.status_code == 403 and "not active" in again.text
