"""cmi5: netwise's published modules and tracks as cmi5 course packages, and a module played as their AU.

A package is a zip with one `cmi5.xml` (cmi5 §13 and §14): a module is a course of one AU, a track a course of one AU
per module, in order. No content travels in it: each AU's URL is netwise's `/cmi5/au/<module id>?lms=<binding>`,
which the LMS opens with the launch parameters of §8.1. A package is made for one LMS: cmi5 launches are not
signed, so the binding (signed by netwise: the organisation and the LMS's origins) is what keeps a server
elsewhere, with a fetch URL and LRS of its own, from launching the AU for any e-mail address.

netwise's server, not script in the browser, then plays the AU's part: it posts once to the `fetch` URL for the
token (§8.2), reads `LMS.LaunchData` from the LMS's LRS (§10), sends `initialized`, and opens the same learner
pages as an LTI launch. Their results become `completed`, `passed` or `failed` (§9.3, judged against the launch
data's masteryScore), and the learner's exit `terminated`, each with the launch data's context template,
registration, the cmi5 category and the session id (§9.6).

Statements of a page action are kept with the session and sent after its transaction commits, oldest first: the
LMS's LRS may be netwise's own, which must not wait on a transaction of the request that calls it. Those the LRS
does not take are sent again (next action, and the background job).

The IRIs a package names (publisher ids; statements carry them in their context's grouping), stable for as long
as the module or track exists:
the AU `<public base>/cmi5/au/<module id>`, a module's course `<public base>/cmi5/courses/module/<module id>`, a
track's course `<public base>/cmi5/courses/track/<track id>`.
"""

import copy
import io
import json
import re
import secrets
import uuid
import zipfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode, urlsplit
from xml.etree import ElementTree as ET

import httpx
from joserfc import jwt
from joserfc.errors import JoseError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from kit.db import Database, save
from kit.ids import utcnow
from kit.problems import Unprocessable
from services.curriculum import repositories as repo
from services.curriculum.lti import LMS_TIMEOUT_SECONDS, LaunchRefused, token_hash, tool_key
from services.curriculum.models import Cmi5Session, Module, QuizAttempt
from services.curriculum.xapi import learners

NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"
BINDING = "cmi5-package"
XAPI_VERSION = "1.0.3"  # what every LMS's LRS speaks; 2.0 LRSs take it too
LAUNCH_DATA = "LMS.LaunchData"
CMI5_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5"
MOVE_ON_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/moveon"
SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid"
MASTERY_SCORE = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore"
VERBS = {verb: f"http://adlnet.gov/expapi/verbs/{verb}"
         for verb in ("initialized", "completed", "passed", "failed", "terminated")}
LAUNCH_MODES = ("Normal", "Browse", "Review")
MOVE_ON = ("Passed", "Completed", "CompletedAndPassed", "CompletedOrPassed", "NotApplicable")
PARAMETERS = ("endpoint", "fetch", "actor", "registration", "activityId")
UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
FETCH_ERRORS = {"1": "the LMS's fetch URL was already used or has expired: open the course again from the LMS",
                "2": "the LMS refused the fetch URL (a security error): open the course again from the LMS",
                "3": "the LMS could not give a token (an application error): try again from the LMS"}


# -- IRIs and the package ---------------------------------------------------------------------------------------

def au_id(base: str, module_id: str) -> str:
    """The AU's publisher id in the course structure (its launch URL, without the package's binding)."""
    return f"{base}/cmi5/au/{module_id}"


def lms_origins(values: list[str]) -> list[str]:
    """The web origins of the LMS a package is made for (its own address, and its LRS's when elsewhere)."""
    if not values:
        raise Unprocessable.field("lms", "give the LMS's address, e.g. ?lms=https://lms.example.com (and its LRS's "
                                  "if elsewhere): only launches from there are accepted")
    origins = []
    for value in values:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.path.strip("/") or parts.query:
            raise Unprocessable.field("lms", f"{value[:100]} is not a web origin such as https://lms.example.com")
        origins.append(f"{parts.scheme}://{parts.netloc}".lower())
    return list(dict.fromkeys(origins))


async def _binding(session: AsyncSession, org_id: str, origins: list[str]) -> str:
    """The package's proof that netwise made it for this organisation and these LMS origins: a launch must come
    from them (cmi5 launches are not signed; this is what keeps another server from playing the LMS)."""
    key = await tool_key(session)
    return jwt.encode({"alg": "RS256", "kid": key.kid}, {"sub": org_id, "aud": BINDING, "lms": origins}, key)


async def _bound_origins(session: AsyncSession, binding: str, org_id: str) -> list[str]:
    try:
        claims = jwt.decode(binding, await tool_key(session), algorithms=["RS256"]).claims
    except (JoseError, ValueError):
        claims = {}
    origins = claims.get("lms")
    if claims.get("aud") != BINDING or claims.get("sub") != org_id or not isinstance(origins, list):
        raise LaunchRefused("this course package was not made by netwise for this LMS: download it again", 403)
    return [str(origin) for origin in origins]


def course_id(base: str, kind: str, item_id: str) -> str:
    return f"{base}/cmi5/courses/{kind}/{item_id}"


def _text(parent: ET.Element, name: str, variants: dict[str, str]) -> None:
    """A `textType` element: one langstring per locale the content has."""
    element = ET.SubElement(parent, name)
    for locale, value in variants.items():
        ET.SubElement(element, "langstring", lang=locale).text = value


async def _au(session: AsyncSession, parent: ET.Element, base: str, module: Module, binding: str) -> None:
    module.require_published(field="module_id")
    snapshot = await repo.published_snapshot(session, module) or {"content": module.content}
    content: dict[str, dict[str, str]] = snapshot["content"]
    quiz = await repo.quiz(session, module)
    # A quiz decides passed or failed, at its pass mark unless the LMS sets another; without one, done is done.
    attributes = {"id": au_id(base, module.id), "launchMethod": "AnyWindow",
                  "moveOn": "CompletedAndPassed" if quiz else "Completed"}
    if quiz is not None:
        attributes["masteryScore"] = f"{quiz.pass_mark / 100:.2f}"
    au = ET.SubElement(parent, "au", attributes)
    _text(au, "title", {locale: text["title"] for locale, text in content.items()})
    _text(au, "description", {locale: text.get("summary", "") for locale, text in content.items()})
    ET.SubElement(au, "url").text = f"{au_id(base, module.id)}?{urlencode({'lms': binding})}"


def _zip(structure: ET.Element) -> bytes:
    ET.register_namespace("", NAMESPACE)
    xml = ET.tostring(structure, encoding="utf-8", xml_declaration=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("cmi5.xml", xml)
    return buffer.getvalue()


def _course(base: str, kind: str, item_id: str, title: dict[str, str], description: dict[str, str]) -> ET.Element:
    structure = ET.Element(f"{{{NAMESPACE}}}courseStructure")
    course = ET.SubElement(structure, "course", id=course_id(base, kind, item_id))
    _text(course, "title", title)
    _text(course, "description", description)
    return structure


async def module_package(session: AsyncSession, org_id: str, module_id: str, base: str, lms: list[str]) -> bytes:
    module = await repo.module(session, org_id, module_id)
    module.require_published(field="module_id")
    binding = await _binding(session, org_id, lms_origins(lms))
    content = (await repo.published_snapshot(session, module) or {"content": module.content})["content"]
    structure = _course(base, "module", module.id, {k: v["title"] for k, v in content.items()},
                        {k: v.get("summary", "") for k, v in content.items()})
    await _au(session, structure, base, module, binding)
    return _qualified(structure)


async def track_package(session: AsyncSession, org_id: str, track_id: str, base: str, lms: list[str]) -> bytes:
    track = await repo.track(session, org_id, track_id)
    if track.status != "published":
        raise Unprocessable.field("track_id", "the track is not published; publish it first")
    binding = await _binding(session, org_id, lms_origins(lms))
    structure = _course(base, "track", track.id, {k: v["title"] for k, v in track.content.items()},
                        {k: v.get("summary", "") for k, v in track.content.items()})
    for module_id in track.module_ids:
        await _au(session, structure, base, await repo.module(session, org_id, module_id), binding)
    return _qualified(structure)


def _qualified(structure: ET.Element) -> bytes:
    """Every element in the course structure's namespace (the schema's elementFormDefault is qualified)."""
    for element in structure.iter():
        if not element.tag.startswith("{"):
            element.tag = f"{{{NAMESPACE}}}{element.tag}"
    return _zip(structure)


# -- the launch -------------------------------------------------------------------------------------------------

@dataclass
class LaunchParameters:
    endpoint: str
    fetch: str
    actor: dict[str, Any]
    registration: str
    activity_id: str


def _web_url(value: str, name: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise LaunchRefused(f"the launch's {name} must be an http(s) URL")
    return value


def launch_parameters(query: dict[str, str]) -> LaunchParameters:
    """The launch URL's parameters (§8.1), each checked; a missing or malformed one refuses the launch."""
    missing = [name for name in PARAMETERS if not query.get(name)]
    if missing:
        raise LaunchRefused(f"the launch lacks {', '.join(missing)}: open the course from the LMS")
    try:
        actor = json.loads(query["actor"])
    except ValueError:
        actor = None
    account = actor.get("account") if isinstance(actor, dict) else None
    if not isinstance(account, dict) or not isinstance(account.get("homePage"), str) \
            or not isinstance(account.get("name"), str) or actor.get("objectType", "Agent") != "Agent":
        raise LaunchRefused("the launch's actor must be an Agent with an account (cmi5 §9.2)")
    registration = query["registration"]  # as the LMS wrote it: the launch data is filed under this value
    if not UUID.fullmatch(registration):
        raise LaunchRefused("the launch's registration must be a UUID")
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$", query["activityId"]):
        raise LaunchRefused("the launch's activityId must be an IRI")
    assert isinstance(actor, dict)
    return LaunchParameters(endpoint=_web_url(query["endpoint"], "endpoint"), fetch=_web_url(query["fetch"], "fetch"),
                            actor=actor, registration=registration, activity_id=query["activityId"])


async def _person(session: AsyncSession, org_id: str, actor: dict[str, Any], base: str) -> str:
    """The organisation's person the LMS's learner is, by the LRS's rule (xapi/learners.py): commonly an LTI
    account netwise knows from that LMS, or an account name that is their e-mail address."""
    people = await learners.people_named(session, org_id, [actor], base)
    person = people.who(actor)
    if person is None:
        raise LaunchRefused("netwise knows no one in this organisation by your LMS account (neither from an LTI "
                            "launch of that LMS nor by an e-mail address); ask your netwise admin", 403)
    if person not in people.active:
        raise LaunchRefused("your netwise account is not active; ask your netwise admin", 403)
    return person


async def _fetch_token(http: httpx.AsyncClient, fetch: str) -> str:
    """§8.2: one POST to the fetch URL; its `auth-token`, or the LMS's error."""
    try:
        answer = await http.post(fetch)
        body = answer.json()
    except (httpx.HTTPError, ValueError):
        raise LaunchRefused("the LMS's fetch URL did not answer with JSON", 502) from None
    if not isinstance(body, dict):
        raise LaunchRefused("the LMS's fetch URL did not answer with a JSON object", 502)
    if "error-code" in body or answer.status_code != 200 or not isinstance(body.get("auth-token"), str):
        raise LaunchRefused(FETCH_ERRORS.get(str(body.get("error-code")), FETCH_ERRORS["2"]), 401)
    return str(body["auth-token"])


def _lrs(endpoint: str, resource: str) -> str:
    return endpoint.rstrip("/") + "/" + resource


def _headers(auth_token: str) -> dict[str, str]:
    return {"Authorization": f"Basic {auth_token}", "X-Experience-API-Version": XAPI_VERSION}


@dataclass
class LaunchData:
    context_template: dict[str, Any]
    session_id: str
    launch_mode: str
    move_on: str
    mastery_score: float | None
    return_url: str | None


async def _launch_data(http: httpx.AsyncClient, launch: LaunchParameters, auth_token: str) -> LaunchData:
    """§10: the LMS.LaunchData state document the LMS wrote before the launch, checked."""
    try:
        answer = await http.get(_lrs(launch.endpoint, "activities/state"), headers=_headers(auth_token), params={
            "stateId": LAUNCH_DATA, "activityId": launch.activity_id, "agent": json.dumps(launch.actor),
            "registration": launch.registration})
        data = answer.json() if answer.status_code == 200 else None
    except (httpx.HTTPError, ValueError):
        data = None
    if not isinstance(data, dict):
        raise LaunchRefused("the LMS's LRS has no launch data (LMS.LaunchData) for this launch", 502)
    template = data.get("contextTemplate")
    extensions = template.get("extensions") if isinstance(template, dict) else None
    session_id = extensions.get(SESSION_ID) if isinstance(extensions, dict) else None
    mastery = data.get("masteryScore")
    if not isinstance(template, dict) or not isinstance(session_id, str) or not session_id \
            or data.get("launchMode") not in LAUNCH_MODES or data.get("moveOn") not in MOVE_ON \
            or (mastery is not None and (isinstance(mastery, bool) or not isinstance(mastery, int | float)
                                         or not 0 <= mastery <= 1)):
        raise LaunchRefused("the LMS's launch data lacks a context template with a session id, a launchMode, a "
                            "moveOn, or has a masteryScore outside 0 to 1", 502)
    return_url = data.get("returnURL")
    return LaunchData(template, session_id, str(data["launchMode"]), str(data["moveOn"]),
                      float(mastery) if mastery is not None else None,
                      return_url if isinstance(return_url, str) and urlsplit(return_url).scheme in ("http", "https")
                      else None)


async def launch(session: AsyncSession, http: httpx.AsyncClient, module_id: str, query: dict[str, str],
                 session_minutes: int, base: str) -> str:
    """Checks the launch, fetches the token, reads the launch data and sends `initialized` (and what the learner
    had already done in netwise), then opens a learner session; returns its token. Nothing is written before the
    LMS took `initialized`: a refused launch changes nothing in netwise."""
    module = await session.get(Module, module_id)
    if module is None or module.version == 0 or module.status != "published":
        raise LaunchRefused("the module this course opens is not published in netwise", 404)
    origins = await _bound_origins(session, query.get("lms", ""), module.org_id)
    launched = launch_parameters(query)
    strangers = {learners.origin(url) for url in (launched.fetch, launched.endpoint)} - set(origins)
    if strangers:
        raise LaunchRefused(f"this launch names {', '.join(sorted(strangers))}, not the LMS this course package was "
                            f"made for ({', '.join(origins)})", 403)
    person_id = await _person(session, module.org_id, launched.actor, base)
    auth_token = await _fetch_token(http, launched.fetch)
    data = await _launch_data(http, launched, auth_token)
    now = utcnow()
    token = secrets.token_urlsafe(32)
    au = Cmi5Session(
        token_hash=token_hash(token), org_id=module.org_id, person_id=person_id, module_id=module.id,
        platform_origin=" ".join(dict.fromkeys(learners.origin(url) for url in (launched.fetch, launched.endpoint))),
        endpoint=launched.endpoint, auth_token=auth_token, actor=launched.actor, registration=launched.registration,
        activity_id=launched.activity_id, session_id=data.session_id, context_template=data.context_template,
        launch_mode=data.launch_mode, move_on=data.move_on, mastery_score=data.mastery_score,
        return_url=data.return_url, initialized_at=now, expires_at=now + timedelta(minutes=session_minutes))
    statements = [statement(au, "initialized", now)]
    done = await repo.module_progress(session, module.org_id, person_id, module.id)
    if done is not None and done.completed_at is not None:  # done before, elsewhere in netwise: the LMS hears so
        statements += await result_statements(session, au, score=await _best_score(session, au), passed=True)
    await _post(http, au, statements)
    # A new session of the registration abandons the ones before it (§9.3.6): their pages close, and the LMS
    # would refuse what they still had to send.
    earlier = await session.exec(select(Cmi5Session).where(
        Cmi5Session.registration == au.registration, Cmi5Session.activity_id == au.activity_id,
        col(Cmi5Session.terminated_at).is_(None), Cmi5Session.expires_at > now))
    for abandoned in earlier.all():
        abandoned.expires_at, abandoned.next_attempt_at = now, None
        session.add(abandoned)
    await save(session, au)
    return token


async def _best_score(session: AsyncSession, au: Cmi5Session) -> int | None:
    """The learner's best passing score on the module's quiz; None without a quiz or an attempt (completed some
    other way, e.g. reported by another LMS): then done is all there is to say."""
    query = select(QuizAttempt.score).where(QuizAttempt.org_id == au.org_id, QuizAttempt.person_id == au.person_id,
                                            QuizAttempt.module_id == au.module_id, col(QuizAttempt.passed).is_(True))
    return max((await session.exec(query)).all(), default=None)


async def learner_session(session: AsyncSession, token: str) -> Cmi5Session | None:
    """The open session a learner page's URL carries; None once it expired or the learner left it."""
    found = await session.get(Cmi5Session, token_hash(token))
    return found if found is not None and found.expires_at > utcnow() and found.terminated_at is None else None


# -- statements -------------------------------------------------------------------------------------------------

def _duration(au: Cmi5Session, now: datetime) -> str:
    return f"PT{max(0.0, (now - au.initialized_at).total_seconds()):.2f}S"


def statement(au: Cmi5Session, verb: str, now: datetime, result: dict[str, Any] | None = None, *,
              mastery: bool = False) -> dict[str, Any]:
    """A cmi5 defined statement (§9): the launch data's context template with the registration, the cmi5
    category, the moveOn category when the result says success or completion, and the masteryScore a judgement
    used."""
    context = copy.deepcopy(au.context_template)
    context["registration"] = au.registration
    activities = context.setdefault("contextActivities", {})
    category = activities.get("category", [])
    category = category if isinstance(category, list) else [category]
    wanted = [CMI5_CATEGORY] + ([MOVE_ON_CATEGORY] if result and ({"success", "completion"} & set(result)) else [])
    activities["category"] = category + [{"id": iri, "objectType": "Activity"} for iri in wanted
                                         if not any(isinstance(c, dict) and c.get("id") == iri for c in category)]
    if mastery and au.mastery_score is not None:
        context.setdefault("extensions", {})[MASTERY_SCORE] = au.mastery_score
    body: dict[str, Any] = {
        "id": str(uuid.uuid4()), "actor": au.actor,
        "verb": {"id": VERBS[verb], "display": {"en-US": verb}},
        "object": {"objectType": "Activity", "id": au.activity_id}, "context": context,
        "timestamp": now.isoformat().replace("+00:00", "Z")}
    if result is not None:
        body["result"] = result
    return body


async def _sent_in_registration(session: AsyncSession, au: Cmi5Session) -> tuple[bool, bool]:
    """Whether an earlier session of this registration sent `completed`, and `passed` (once each per
    registration, §9.3)."""
    query = select(Cmi5Session.completed, Cmi5Session.judged).where(
        Cmi5Session.registration == au.registration, Cmi5Session.activity_id == au.activity_id,
        Cmi5Session.token_hash != au.token_hash)
    rows = (await session.exec(query)).all()
    return any(done for done, _ in rows), any(judged == "passed" for _, judged in rows)


async def result_statements(session: AsyncSession, au: Cmi5Session, *, score: int | None,
                            passed: bool) -> list[dict[str, Any]]:
    """What a result in the learner pages tells the LMS, by cmi5's rules, and marks on the session.

    `passed` is netwise's judgement: the module is completed (its quiz passed at the pass mark, or marked done), and
    `completed` says so. A quiz's score is judged against the launch data's masteryScore when there is one, else
    netwise's pass mark. A module without a quiz has no judged activity: when the LMS's moveOn needs `passed`,
    done is its pass. Browse and Review launches send no judgements (§10.2.2); a session judges once, a
    registration completes and passes once, and never fails after passing."""
    if au.launch_mode != "Normal" or au.terminated_at is not None:
        return []
    completed_before, passed_before = await _sent_in_registration(session, au)
    now = utcnow()
    statements = []
    if passed and not au.completed and not completed_before:
        statements.append(statement(au, "completed", now, {"completion": True, "duration": _duration(au, now)}))
        au.completed = True
    if au.judged is not None or passed_before:
        return statements
    if score is not None:
        scaled = round(score / 100, 4)
        success = scaled >= au.mastery_score if au.mastery_score is not None else passed
        statements.append(statement(au, "passed" if success else "failed", now, {
            "success": success, "duration": _duration(au, now),
            "score": {"scaled": scaled, "raw": score, "min": 0, "max": 100}}, mastery=True))
        au.judged = "passed" if success else "failed"
    elif passed and au.move_on in ("Passed", "CompletedAndPassed"):
        statements.append(statement(au, "passed", now, {"success": True, "duration": _duration(au, now)}))
        au.judged = "passed"
    return statements


async def record_result(session: AsyncSession, au: Cmi5Session, *, score: int | None, passed: bool) -> None:
    """Queues what a result tells the LMS; sent once the page's transaction committed (`deliver`)."""
    statements = await result_statements(session, au, score=score, passed=passed)
    if statements:
        au.pending = [*au.pending, *statements]
        au.next_attempt_at = utcnow()
        session.add(au)


async def terminate(session: AsyncSession, au: Cmi5Session) -> None:
    """The learner leaves: `terminated`, the session's last statement; its pages close."""
    now = utcnow()
    au.pending = [*au.pending, statement(au, "terminated", now, {"duration": _duration(au, now)})]
    au.terminated_at, au.next_attempt_at = now, now
    await save(session, au)


# -- delivery ---------------------------------------------------------------------------------------------------

class StatementsRefused(LaunchRefused):
    """The LRS answered and said no (a 4xx: the session is over, or the token expired): sending again will not
    help."""


async def _post(http: httpx.AsyncClient, au: Cmi5Session, statements: list[dict[str, Any]]) -> None:
    """The statements to the LMS's LRS in one request, in order (the same ids again if retried)."""
    try:
        answer = await http.post(_lrs(au.endpoint, "statements"), json=statements, headers=_headers(au.auth_token))
    except httpx.HTTPError as exc:
        raise LaunchRefused(f"the LMS's LRS could not be reached ({type(exc).__name__})", 502) from None
    if answer.status_code not in (200, 204):
        refusal = StatementsRefused if 400 <= answer.status_code < 500 else LaunchRefused
        raise refusal(f"the LMS's LRS refused netwise's statements ({answer.status_code}: {answer.text[:200]})", 502)


def http_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(timeout=LMS_TIMEOUT_SECONDS, follow_redirects=False)


async def deliver(db: Database, token_hash_: str) -> bool:
    """Sends a session's pending statements, outside any transaction of ours; True when none are left."""
    async with db.transaction() as session:
        au = await session.get(Cmi5Session, token_hash_)
        if au is None or not au.pending:
            return True
        sending, target = list(au.pending), au
    error, again = None, True
    async with http_client() as http:
        try:
            await _post(http, target, sending)
        except LaunchRefused as refused:
            error, again = refused.reason, not isinstance(refused, StatementsRefused)
    async with db.transaction() as session:
        au = await session.get(Cmi5Session, token_hash_)
        assert au is not None
        if error is None:
            sent = {found["id"] for found in sending}  # by id: a page may have added some meanwhile
            au.pending = [waiting for waiting in au.pending if waiting["id"] not in sent]
            au.next_attempt_at, au.last_error = (utcnow() if au.pending else None), None
        else:  # an LRS that is down is asked again while the session could still be open; a refusal, never
            au.last_error = error[:500]
            retry = utcnow() + timedelta(minutes=1)
            au.next_attempt_at = retry if again and retry < au.expires_at + timedelta(days=1) else None
        session.add(au)
    return error is None and not au.pending


async def deliver_due(db: Database, *, limit: int = 50) -> int:
    """The background job's pass: each session whose statements are due again. Returns how many were emptied."""
    async with db.transaction() as session:
        due = (await session.exec(select(Cmi5Session.token_hash).where(
            col(Cmi5Session.next_attempt_at) <= utcnow()).limit(limit))).all()
    return sum([await deliver(db, found) for found in due])
