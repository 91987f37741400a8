"""LTI 1.3: netwise as a tool that an organisation's LMS launches (IMS LTI 1.3 Core and Security Framework 1.0).

An admin registers each LMS (a *platform*) with its issuer, client id, deployment ids, login endpoint and keys.
A launch is an OpenID Connect third-party-initiated login: the platform sends the browser to `/lti/login`, we send
it back to the platform's authorization endpoint with a fresh state and nonce, and the platform posts a signed
id_token to `/lti/launch`. Every check of §5.1.3 of the Security Framework is made there, in this order:
state (once, unexpired), signature (the platform's keys), `iss`, `aud`/`azp`, `exp`/`iat`, nonce, deployment,
message type and version. A launch that fails any of them changes nothing.

The launch then opens a short session for the learner pages of one person. It travels in the pages' URLs, not in
a cookie: inside an LMS iframe, browsers withhold third-party cookies.

Why not pylti1p3: it fetches keys with blocking `requests` (it would stall this async service), keeps the state
in a cookie (lost in an iframe), reads only the first `aud`, never checks `azp`, and lets a nonce be replayed.
joserfc verifies the signatures; the checks above are the spec's, each with its test.
"""

import hashlib
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
from joserfc import jws, jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet, RSAKey
from sqlalchemy import delete
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from contracts.events import curriculum as events
from kit.db import Database, remove, save
from kit.events import Outbox
from kit.ids import new_id, utcnow
from kit.problems import Conflict, FieldError, Unprocessable
from services.curriculum import assignments
from services.curriculum.models import (
    LtiCourse,
    LtiLogin,
    LtiPlatform,
    LtiScore,
    LtiSession,
    LtiToolKey,
    LtiUser,
    Module,
    Track,
    directory,
)
from services.curriculum.schemas import AssignmentSource, LtiPlatformCreate, LtiPlatformUpdate

CLAIM = "https://purl.imsglobal.org/spec/lti/claim/"
RESOURCE_LINK_REQUEST, DEEP_LINKING_REQUEST = "LtiResourceLinkRequest", "LtiDeepLinkingRequest"
DEEP_LINKING = "https://purl.imsglobal.org/spec/lti-dl/claim/"
AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
AGS_SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"
NRPS_CLAIM = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"
NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"
NRPS_MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json"
# Who may place netwise content in a course: the LMS's teachers, designers and administrators.
PLACING_ROLES = ("#Instructor", "#ContentDeveloper", "#Administrator", "#Mentor")
LTI_VERSION = "1.3.0"
ALGORITHMS = ["RS256", "RS384", "RS512", "ES256"]  # RS256 is the one every platform must offer
LOGIN_SECONDS = 300  # between the login redirect and the launch: a person's round trip through the LMS
CLOCK_SKEW_SECONDS = 60
KEYS_TTL_SECONDS = 300
LMS_TIMEOUT_SECONDS = 10.0  # any call to an LMS: keys, configuration, registration, tokens, scores, rosters
KEYS_REFETCH_SECONDS = 10  # an unknown kid refetches the keys, at most this often per platform
CUSTOM_MODULE, CUSTOM_TRACK = "netwise_module_id", "netwise_track_id"


class LaunchRefused(Exception):
    """A login or launch that netwise will not accept: the reason is shown to the person, nothing is changed."""

    def __init__(self, reason: str, status: int = 400) -> None:
        super().__init__(reason)
        self.reason, self.status = reason, status


# -- the tool's own key ----------------------------------------------------------------------------------------

async def tool_key(session: AsyncSession) -> RSAKey:
    """netwise's signing key as a tool, made on first use."""
    row = (await session.exec(select(LtiToolKey).order_by(LtiToolKey.created_at))).first()  # type: ignore[arg-type]
    if row is None:
        kid = new_id()
        key = RSAKey.generate_key(2048, parameters={"kid": kid, "use": "sig", "alg": "RS256"})
        row = await save(session, LtiToolKey(kid=kid, private_jwk=key.as_dict(private=True)))
    return RSAKey.import_key(row.private_jwk)


async def tool_jwks(session: AsyncSession) -> dict[str, Any]:
    return {"keys": [(await tool_key(session)).as_dict(private=False)]}


# -- registrations ---------------------------------------------------------------------------------------------

async def _taken(session: AsyncSession, issuer: str, client_id: str) -> bool:
    query = select(LtiPlatform.id).where(LtiPlatform.issuer == issuer, LtiPlatform.client_id == client_id)
    return (await session.exec(query)).first() is not None


ONE_KEY_SOURCE = "give the platform's keys either as jwks_url or as jwks, not both"


async def register_platform(session: AsyncSession, org_id: str, body: LtiPlatformCreate) -> LtiPlatform:
    if (body.jwks_url is None) == (body.jwks is None):
        raise Unprocessable.field("jwks_url", ONE_KEY_SOURCE)
    if await _taken(session, body.issuer, body.client_id):
        raise Conflict("client_id: this issuer and client id are already registered",
                       errors=[FieldError(field="client_id", message="already registered with this issuer")])
    return await save(session, LtiPlatform(org_id=org_id, **body.model_dump()))


async def change_platform(session: AsyncSession, platform: LtiPlatform, body: LtiPlatformUpdate) -> LtiPlatform:
    changes = body.model_dump(exclude_unset=True)
    if changes.get("jwks_url") is not None and changes.get("jwks") is not None:
        raise Unprocessable.field("jwks_url", ONE_KEY_SOURCE)
    if "jwks_url" in changes or "jwks" in changes:  # one source of keys: setting one clears the other
        changes.setdefault("jwks_url", None)
        changes.setdefault("jwks", None)
    for name, value in changes.items():
        setattr(platform, name, value)
    platform.version += 1
    platform.updated_at = utcnow()
    _KEYS.pop(platform.id, None)
    return await save(session, platform)


async def remove_platform(session: AsyncSession, platform: LtiPlatform) -> None:
    """The platform and everything its launches left: pending logins, known users, open sessions, the courses
    whose rosters it shared, and scores it will no longer take."""
    for table in (LtiLogin, LtiUser, LtiSession, LtiCourse, LtiScore):
        await session.exec(delete(table).where(col(table.platform_id) == platform.id))
    await remove(session, platform)


# -- login initiation (OIDC third-party-initiated login) --------------------------------------------------------

async def begin_login(session: AsyncSession, params: dict[str, str], redirect_uri: str) -> str:
    """Where to send the browser: the platform's authorization endpoint, with a state and nonce kept for the
    launch."""
    issuer, login_hint = params.get("iss", ""), params.get("login_hint", "")
    if not issuer or not login_hint or not params.get("target_link_uri"):
        raise LaunchRefused("the login request lacks iss, login_hint or target_link_uri")
    query = select(LtiPlatform).where(LtiPlatform.issuer == issuer)
    if params.get("client_id"):
        query = query.where(LtiPlatform.client_id == params["client_id"])
    platforms = (await session.exec(query)).all()
    if len(platforms) != 1:
        raise LaunchRefused("this LMS is not registered with netwise (or needs to send its client_id)", 403)
    platform = platforms[0]
    deployment = params.get("lti_deployment_id")
    if deployment and deployment not in platform.deployment_ids:
        raise LaunchRefused(f"deployment {deployment} is not registered for this LMS", 403)
    state, nonce = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    await save(session, LtiLogin(state=state, nonce=nonce, platform_id=platform.id,
                                 expires_at=utcnow() + timedelta(seconds=LOGIN_SECONDS)))
    answer = {"scope": "openid", "response_type": "id_token", "response_mode": "form_post", "prompt": "none",
              "client_id": platform.client_id, "redirect_uri": redirect_uri, "login_hint": login_hint,
              "state": state, "nonce": nonce}
    if params.get("lti_message_hint"):
        answer["lti_message_hint"] = params["lti_message_hint"]
    separator = "&" if urlsplit(platform.auth_login_url).query else "?"
    return f"{platform.auth_login_url}{separator}{urlencode(answer)}"


# -- the platform's keys ---------------------------------------------------------------------------------------

_KEYS: dict[str, tuple[KeySet, float]] = {}  # platform id → (keys, when fetched)


async def _fetch_keys(url: str) -> KeySet:
    try:
        async with httpx.AsyncClient(timeout=LMS_TIMEOUT_SECONDS) as http:
            answer = await http.get(url, headers={"Accept": "application/json"})
            answer.raise_for_status()
            return KeySet.import_key_set(answer.json())
    except (httpx.HTTPError, ValueError, TypeError, KeyError, JoseError) as exc:  # unreachable, or not a key set
        raise LaunchRefused(f"the LMS's keys could not be read from {url} ({type(exc).__name__})", 502) from None


async def platform_keys(platform: LtiPlatform, kid: str | None) -> KeySet:
    """The platform's keys: as registered, or from its JWKS URL, cached and refetched for a kid not yet seen."""
    if platform.jwks is not None:
        return KeySet.import_key_set(platform.jwks)  # type: ignore[arg-type]
    assert platform.jwks_url is not None
    cached = _KEYS.get(platform.id)
    now = time.monotonic()
    known = cached is not None and (kid is None or any(k.kid == kid for k in cached[0].keys))
    if cached is not None and now - cached[1] < KEYS_TTL_SECONDS and (known or now - cached[1] < KEYS_REFETCH_SECONDS):
        return cached[0]
    keys = await _fetch_keys(platform.jwks_url)
    _KEYS[platform.id] = (keys, now)
    return keys


# -- the launch ------------------------------------------------------------------------------------------------

@dataclass
class Launch:
    """A launch that passed every check: who, from where, and what to open (nothing: the content picker). No
    session: a new learner, whose account is being made."""

    session_token: str | None
    platform: LtiPlatform
    person_id: str | None
    module_id: str | None
    track_id: str | None


def _claim(claims: dict[str, Any], name: str) -> Any:
    return claims.get(CLAIM + name)


async def _verified_claims(session: AsyncSession, id_token: str, state: str) -> tuple[LtiPlatform, dict[str, Any]]:
    login = await session.get(LtiLogin, state) if state else None
    if login is None or login.expires_at <= utcnow():
        raise LaunchRefused("this launch is unknown, expired or already used: open it again from the LMS")
    # Once: a second post of the same launch finds the login gone (the row lock serialises two at once).
    taken = await session.exec(delete(LtiLogin).where(col(LtiLogin.state) == state))
    if taken.rowcount != 1:
        raise LaunchRefused("this launch was already used: open it again from the LMS")
    platform = await session.get(LtiPlatform, login.platform_id)
    assert platform is not None
    try:
        header = jws.extract_compact(id_token.encode()).protected  # which key, before any claim is believed
    except (JoseError, ValueError, UnicodeError):
        raise LaunchRefused("the id_token is not a JWT") from None
    keys = await platform_keys(platform, header.get("kid"))
    try:
        claims = jwt.decode(id_token, keys, algorithms=ALGORITHMS).claims
    except (JoseError, ValueError):
        raise LaunchRefused("the id_token's signature does not verify with the LMS's keys", 401) from None
    if claims.get("iss") != platform.issuer:
        raise LaunchRefused("the id_token comes from another issuer than the LMS that started the login", 401)
    audience = claims.get("aud")
    audiences = audience if isinstance(audience, list) else [audience]
    if platform.client_id not in audiences:
        raise LaunchRefused("the id_token is not meant for netwise (aud)", 401)
    if (len(audiences) > 1 or "azp" in claims) and claims.get("azp") != platform.client_id:
        raise LaunchRefused("the id_token's authorized party (azp) is not netwise", 401)
    now = time.time()
    if not isinstance(claims.get("exp"), int | float) or claims["exp"] < now - CLOCK_SKEW_SECONDS:
        raise LaunchRefused("the id_token has expired: open it again from the LMS", 401)
    if not isinstance(claims.get("iat"), int | float) or claims["iat"] > now + CLOCK_SKEW_SECONDS:
        raise LaunchRefused("the id_token was issued in the future", 401)
    if not isinstance(claims.get("nonce"), str) or not secrets.compare_digest(claims["nonce"], login.nonce):
        raise LaunchRefused("the id_token's nonce is not the one netwise gave this login", 401)
    if _claim(claims, "deployment_id") not in platform.deployment_ids:
        raise LaunchRefused(f"deployment {_claim(claims, 'deployment_id')} is not registered for this LMS", 403)
    message_type = _claim(claims, "message_type")
    if message_type not in (RESOURCE_LINK_REQUEST, DEEP_LINKING_REQUEST):
        raise LaunchRefused(f"netwise does not accept the message type {message_type}")
    if _claim(claims, "version") != LTI_VERSION:
        raise LaunchRefused(f"netwise speaks LTI {LTI_VERSION}, not {_claim(claims, 'version')}")
    if not isinstance(claims.get("sub"), str) or not claims["sub"]:
        raise LaunchRefused("the launch names no user (sub): netwise needs a signed-in learner")
    if message_type == RESOURCE_LINK_REQUEST and (
            not isinstance(_claim(claims, "resource_link"), dict) or not _claim(claims, "resource_link").get("id")):
        raise LaunchRefused("the launch names no resource link")
    if message_type == DEEP_LINKING_REQUEST:
        settings = claims.get(DEEP_LINKING + "deep_linking_settings")
        if not isinstance(settings, dict) or not isinstance(settings.get("deep_link_return_url"), str):
            raise LaunchRefused("the deep linking request names no deep_link_return_url")
        if "ltiResourceLink" not in settings.get("accept_types", []):
            raise LaunchRefused("the LMS does not accept LTI resource links here")
        roles = claims.get(CLAIM + "roles") or []
        if not any(str(role).endswith(PLACING_ROLES) for role in roles):
            raise LaunchRefused("only the course's teachers and designers place netwise content", 403)
    return platform, claims


async def _person(session: AsyncSession, outbox: Outbox, platform: LtiPlatform, claims: dict[str, Any]) -> str | None:
    """The organisation's person this LMS user is: known by their `sub` before, else by their e-mail address.
    None: someone new, whom identity is asked to create (the registration allows it); they come in next time."""
    link = await session.get(LtiUser, (platform.id, claims["sub"]))
    person = None
    if link is not None:
        person = await directory.person(session, platform.org_id, link.person_id)
    elif isinstance(claims.get("email"), str) and claims["email"]:
        person = await directory.person_by_email(session, platform.org_id, claims["email"])
        if person is not None:
            await save(session, LtiUser(platform_id=platform.id, sub=claims["sub"], person_id=person.id))
    if person is None and platform.create_people and isinstance(claims.get("email"), str) and claims["email"]:
        name = str(claims.get("name") or "")
        email = claims["email"][:320]
        await outbox.emit(session, type=events.LMS_LEARNER_ARRIVED, org=platform.org_id, subject=email,
                          data={"email": email, "name": name[:200], "platform": platform.name})
        return None
    if person is None:
        raise LaunchRefused("netwise knows no one in this organisation with your LMS account's e-mail address; "
                            "ask your netwise admin to add you", 403)
    if person.status != "active":
        raise LaunchRefused("your netwise account is not active; ask your netwise admin", 403)
    return str(person.id)


async def _target(session: AsyncSession, platform: LtiPlatform, claims: dict[str, Any]) -> tuple[str | None,
                                                                                                 str | None]:
    """The module or track the resource link opens: from its custom parameters, else its target link URI."""
    custom = _claim(claims, "custom")
    custom = custom if isinstance(custom, dict) else {}
    query = parse_qs(urlsplit(str(_claim(claims, "target_link_uri") or "")).query)
    module_id = custom.get(CUSTOM_MODULE) or next(iter(query.get("module", [])), None)
    track_id = custom.get(CUSTOM_TRACK) or next(iter(query.get("track", [])), None)
    if module_id:
        module = await session.get(Module, str(module_id))
        if module is None or module.org_id != platform.org_id or module.version == 0 or module.status != "published":
            raise LaunchRefused("the module this link opens is not published in your organisation", 404)
        return module.id, None
    if track_id:
        track = await session.get(Track, str(track_id))
        if track is None or track.org_id != platform.org_id or track.status != "published":
            raise LaunchRefused("the track this link opens is not published in your organisation", 404)
        return None, track.id
    raise LaunchRefused("this link names no netwise module or track (custom parameter netwise_module_id or "
                        "netwise_track_id)")


def web_origin(origin: str | None) -> str | None:
    """An `Origin` header's value when it names a web origin (not `null`, not a path), else None."""
    posted = urlsplit(origin or "")
    if posted.scheme in ("https", "http") and posted.netloc and not posted.path and not posted.query:
        return f"{posted.scheme}://{posted.netloc}"
    return None


def _frame_origin(origin: str | None, platform: LtiPlatform) -> str:
    """Who may frame the learner pages: the page that posted the launch (Canvas posts from the school's own
    domain), when it names a web origin; else the LMS's issuer's origin."""
    issuer = urlsplit(platform.issuer)
    return web_origin(origin) or f"{issuer.scheme}://{issuer.netloc}"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def complete_launch(session: AsyncSession, outbox: Outbox, id_token: str, state: str, origin: str | None,
                          session_minutes: int) -> Launch:
    """Checks the launch, finds the person and what to open, and opens a learner session bound to this launch."""
    platform, claims = await _verified_claims(session, id_token, state)
    person_id = await _person(session, outbox, platform, claims)
    placing = _claim(claims, "message_type") == DEEP_LINKING_REQUEST
    module_id, track_id = (None, None) if placing else await _target(session, platform, claims)
    if person_id is None:
        return Launch(None, platform, None, module_id, track_id)
    token = secrets.token_urlsafe(32)
    context = _claim(claims, "context")
    link = _claim(claims, "resource_link")
    ags: dict[str, Any] = claims[AGS_ENDPOINT] if isinstance(claims.get(AGS_ENDPOINT), dict) else {}
    deep = claims.get(DEEP_LINKING + "deep_linking_settings") or {}
    await save(session, LtiSession(
        token_hash=token_hash(token), org_id=platform.org_id, person_id=person_id, platform_id=platform.id,
        platform_origin=_frame_origin(origin, platform),
        deployment_id=str(_claim(claims, "deployment_id")), lms_user=claims["sub"],
        context_id=context.get("id") if isinstance(context, dict) else None,
        resource_link_id=str(link["id"]) if isinstance(link, dict) else None, module_id=module_id, track_id=track_id,
        ags_lineitem=ags.get("lineitem") if AGS_SCORE_SCOPE in ags.get("scope", []) else None,
        deep_link_return_url=deep.get("deep_link_return_url") if placing else None,
        deep_link_data=deep.get("data") if placing else None,
        deep_link_multiple=bool(deep.get("accept_multiple", False)) if placing else False,
        expires_at=utcnow() + timedelta(minutes=session_minutes)))
    await _note_course(session, platform, claims, track_id)
    return Launch(token, platform, person_id, module_id, track_id)


async def learner_session(session: AsyncSession, token: str) -> LtiSession | None:
    """The open session a learner page's URL carries; None once it expired or never was."""
    found = await session.get(LtiSession, token_hash(token))
    return found if found is not None and found.expires_at > utcnow() else None



# -- Deep Linking 2.0: an editor in the LMS places modules and tracks --------------------------------------------

@dataclass
class Placement:
    kind: str  # "module" or "track"
    item_id: str
    title: str


async def deep_link_response(session: AsyncSession, lti_session: LtiSession, placements: list[Placement],
                             launch_url: str) -> str:
    """The signed LtiDeepLinkingResponse that carries the chosen items back to the LMS: each a resource link that
    launches it, with a line item so the gradebook gets a column for it."""
    platform = await session.get(LtiPlatform, lti_session.platform_id)
    assert platform is not None and lti_session.deep_link_return_url is not None
    key = await tool_key(session)
    now = int(time.time())
    items = [{"type": "ltiResourceLink", "title": placement.title, "url": launch_url,
              "custom": {CUSTOM_MODULE if placement.kind == "module" else CUSTOM_TRACK: placement.item_id},
              "lineItem": {"scoreMaximum": 100, "label": placement.title,
                           "resourceId": f"{placement.kind}:{placement.item_id}"}}
             for placement in placements]
    claims: dict[str, Any] = {
        "iss": platform.client_id, "aud": [platform.issuer], "iat": now, "exp": now + 600,
        "nonce": secrets.token_urlsafe(16), CLAIM + "deployment_id": lti_session.deployment_id,
        CLAIM + "message_type": "LtiDeepLinkingResponse", CLAIM + "version": LTI_VERSION,
        DEEP_LINKING + "content_items": items}
    if lti_session.deep_link_data:
        claims[DEEP_LINKING + "data"] = lti_session.deep_link_data
    return jwt.encode({"alg": "RS256", "kid": key.kid, "typ": "JWT"}, claims, key)


# -- Assignment and Grade Services: scores to the LMS gradebook -----------------------------------------------

async def record_score(session: AsyncSession, lti_session: LtiSession, score: int, *, completed: bool) -> None:
    """Queues the learner's score for the gradebook column of the link they launched, if it has one."""
    if lti_session.ags_lineitem is None:
        return
    now = utcnow()
    await save(session, LtiScore(
        org_id=lti_session.org_id, platform_id=lti_session.platform_id, lineitem=lti_session.ags_lineitem,
        lms_user=lti_session.lms_user, score_given=score,
        activity_progress="Completed" if completed else "Submitted", timestamp=now, next_attempt_at=now))


def _scores_url(lineitem: str) -> str:
    """`<line item>/scores`, keeping the line item URL's query (LTI AGS §3.4)."""
    parts = urlsplit(lineitem)
    return parts._replace(path=parts.path.rstrip("/") + "/scores").geturl()


async def _access_token(http: httpx.AsyncClient, platform: LtiPlatform, key: RSAKey, scope: str) -> str:
    """A token from the LMS for `scope`, asked with a JWT signed by netwise's key (IMS Security §4.1, RFC 7523)."""
    if platform.auth_token_url is None:
        raise LaunchRefused(f"LMS {platform.name} has no token URL registered")
    now = int(time.time())
    assertion = jwt.encode({"alg": "RS256", "kid": key.kid, "typ": "JWT"}, {
        "iss": platform.client_id, "sub": platform.client_id, "aud": platform.auth_token_url, "iat": now,
        "exp": now + 300, "jti": secrets.token_urlsafe(16)}, key)
    answer = await http.post(platform.auth_token_url, data={
        "grant_type": "client_credentials", "scope": scope, "client_assertion": assertion,
        "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"})
    answer.raise_for_status()
    return str(answer.json()["access_token"])


async def deliver_scores(session: AsyncSession, *, limit: int = 100) -> int:
    """Sends the scores that are due, oldest first, one token per LMS; a failure waits longer each time and
    nothing is lost. Returns how many were delivered."""
    now = utcnow()
    due = (await session.exec(select(LtiScore).where(col(LtiScore.delivered_at).is_(None),
                                                     col(LtiScore.next_attempt_at) <= now)
                              .order_by(col(LtiScore.timestamp)).limit(limit))).all()
    if not due:
        return 0
    key = await tool_key(session)
    tokens: dict[str, str] = {}
    delivered = 0
    async with httpx.AsyncClient(timeout=LMS_TIMEOUT_SECONDS) as http:
        for score in due:
            platform = await session.get(LtiPlatform, score.platform_id)
            try:
                if platform is None:
                    raise LaunchRefused("the LMS was disconnected")
                if platform.id not in tokens:
                    tokens[platform.id] = await _access_token(http, platform, key, AGS_SCORE_SCOPE)
                answer = await http.post(_scores_url(score.lineitem), json={
                    "userId": score.lms_user, "scoreGiven": score.score_given, "scoreMaximum": score.score_maximum,
                    "activityProgress": score.activity_progress, "gradingProgress": score.grading_progress,
                    "timestamp": score.timestamp.isoformat()},
                    headers={"Authorization": f"Bearer {tokens[platform.id]}",
                             "Content-Type": "application/vnd.ims.lis.v1.score+json"})
                answer.raise_for_status()
                score.delivered_at, score.last_error = utcnow(), None
                delivered += 1
            except (httpx.HTTPError, LaunchRefused, KeyError, ValueError) as exc:
                score.attempts += 1
                score.last_error = f"{type(exc).__name__}: {exc}"[:500]
                score.next_attempt_at = utcnow() + timedelta(seconds=min(3600, 30 * 2 ** min(score.attempts, 7)))
            session.add(score)
    await session.flush()
    return delivered


# -- Dynamic Registration (LTI DR 1.0): an LMS admin pastes one URL -------------------------------------------

REGISTRATION_LINK_HOURS = 24
TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration"
PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration"


async def registration_link(session: AsyncSession, org_id: str, base: str) -> tuple[str, datetime]:
    """A URL for an LMS's dynamic registration, good for a day, that registers the LMS with this organisation;
    signed with the tool's key, so it needs no row of its own."""
    key = await tool_key(session)
    expires = utcnow() + timedelta(hours=REGISTRATION_LINK_HOURS)
    token = jwt.encode({"alg": "RS256", "kid": key.kid}, {
        "sub": org_id, "aud": "lti-registration", "exp": int(expires.timestamp())}, key)
    return f"{base}/lti/register/{token}", expires


async def _link_org(session: AsyncSession, link: str) -> str:
    try:
        claims = jwt.decode(link, await tool_key(session), algorithms=["RS256"]).claims
    except (JoseError, ValueError):
        raise LaunchRefused("this registration link is not one netwise made", 403) from None
    if claims.get("aud") != "lti-registration" or not isinstance(claims.get("exp"), int) \
            or claims["exp"] < time.time() or not isinstance(claims.get("sub"), str):
        raise LaunchRefused("this registration link has expired: ask netwise for a new one", 403)
    return str(claims["sub"])


def _lms_error(answer: httpx.Response) -> str:
    """The LMS's reason, as RFC 7591 §3.2.2 words it, for the admin who pasted the link."""
    try:
        error = answer.json()
    except ValueError:
        return ""
    if not isinstance(error, dict) or not isinstance(error.get("error"), str):
        return ""
    described = error.get("error_description")
    return (f": {error['error']}" + (f" ({described})" if isinstance(described, str) and described else ""))[:300]


def registration_request(base: str) -> dict[str, Any]:
    """netwise's client metadata for an LMS (RFC 7591 with LTI DR §3.5's tool configuration): logins start at
    `/lti/login`, launches land at `/lti/launch`, service tokens are asked for with a JWT signed by the key at
    `/lti/jwks.json`, for the gradebook and the roster."""
    return {
        "application_type": "web", "response_types": ["id_token"],
        "grant_types": ["implicit", "client_credentials"], "initiate_login_uri": f"{base}/lti/login",
        "redirect_uris": [f"{base}/lti/launch"], "client_name": "netwise", "jwks_uri": f"{base}/lti/jwks.json",
        "token_endpoint_auth_method": "private_key_jwt", "scope": " ".join((AGS_SCORE_SCOPE, NRPS_SCOPE)),
        TOOL_CONFIGURATION: {
            "domain": urlsplit(base).netloc, "target_link_uri": f"{base}/lti/launch",
            "description": "Social media training: modules, quizzes, tracks and certificates.",
            "claims": ["iss", "sub", "email", "name"],
            "messages": [{"type": "LtiDeepLinkingRequest", "target_link_uri": f"{base}/lti/launch",
                          "label": "netwise training"}]}}


async def register_dynamically(session: AsyncSession, link: str, openid_configuration: str,
                               registration_token: str | None, base: str) -> LtiPlatform:
    """LTI DR §3: read the LMS's OpenID configuration, register netwise as its client there, and keep the LMS
    as a platform of the organisation the link was made for."""
    org_id = await _link_org(session, link)
    if not openid_configuration:
        raise LaunchRefused("the LMS sent no openid_configuration")
    async with httpx.AsyncClient(timeout=LMS_TIMEOUT_SECONDS) as http:
        try:
            found = (await http.get(openid_configuration)).raise_for_status().json()
        except (httpx.HTTPError, ValueError):
            raise LaunchRefused("the LMS's OpenID configuration could not be read", 502) from None
        issuer = found.get("issuer") if isinstance(found, dict) else None
        # §3.5.1: the configuration's URL must begin with its issuer, so one LMS cannot speak for another.
        if not isinstance(issuer, str) or not openid_configuration.startswith(issuer):
            raise LaunchRefused("the LMS's OpenID configuration names another issuer than its own address", 403)
        needed = ("authorization_endpoint", "token_endpoint", "jwks_uri", "registration_endpoint")
        if any(not isinstance(found.get(name), str) for name in needed):
            raise LaunchRefused("the LMS's OpenID configuration lacks " + ", ".join(needed))
        headers = {"Authorization": f"Bearer {registration_token}"} if registration_token else {}
        try:
            answer = await http.post(found["registration_endpoint"], json=registration_request(base), headers=headers)
            answer.raise_for_status()
            registered = answer.json()
        except httpx.HTTPStatusError as exc:
            raise LaunchRefused("the LMS refused netwise's registration" + _lms_error(exc.response), 502) from None
        except (httpx.HTTPError, ValueError):
            raise LaunchRefused("the LMS refused netwise's registration", 502) from None
    tool = registered.get(TOOL_CONFIGURATION) if isinstance(registered, dict) else None
    if not isinstance(tool, dict) or not isinstance(registered.get("client_id"), str) \
            or not isinstance(tool.get("deployment_id"), str):
        raise LaunchRefused("the LMS's answer to the registration names no client_id and deployment_id", 502)
    product = found.get(PLATFORM_CONFIGURATION, {}).get("product_family_code", "LMS") \
        if isinstance(found.get(PLATFORM_CONFIGURATION), dict) else "LMS"
    body = LtiPlatformCreate(name=str(product)[:200] or "LMS", issuer=issuer, client_id=registered["client_id"],
                             deployment_ids=[tool["deployment_id"]],
                             auth_login_url=found["authorization_endpoint"],
                             auth_token_url=found["token_endpoint"], jwks_url=found["jwks_uri"])
    return await register_platform(session, org_id, body)


def canvas_configuration(base: str) -> dict[str, Any]:
    """The JSON a Canvas admin pastes into a new LTI developer key ("Paste JSON")."""
    return {
        "title": "netwise", "description": "Social media training: modules, quizzes, tracks and certificates.",
        "oidc_initiation_url": f"{base}/lti/login", "target_link_uri": f"{base}/lti/launch",
        "public_jwk_url": f"{base}/lti/jwks.json", "scopes": [AGS_SCORE_SCOPE, NRPS_SCOPE],
        "extensions": [{"platform": "canvas.instructure.com", "privacy_level": "public", "settings": {
            "placements": [
                {"placement": placement, "message_type": "LtiDeepLinkingRequest", "target_link_uri":
                    f"{base}/lti/launch", "text": "netwise training"}
                for placement in ("assignment_selection", "link_selection")]}}],
        "custom_fields": {}}


# -- Names and Role Provisioning: a course's roster enrolled in its placed track ---------------------------------

async def _note_course(session: AsyncSession, platform: LtiPlatform, claims: dict[str, Any],
                       track_id: str | None) -> None:
    """A track launched from a course whose roster the LMS shares: that roster is enrolled in the track now (by
    the next pass of the background job) and on a schedule."""
    service = claims.get(NRPS_CLAIM)
    context = _claim(claims, "context")
    if track_id is None or not isinstance(service, dict) or not isinstance(context, dict) or not context.get("id") \
            or not isinstance(service.get("context_memberships_url"), str):
        return
    query = select(LtiCourse).where(LtiCourse.platform_id == platform.id, LtiCourse.context_id == context["id"],
                                    LtiCourse.track_id == track_id)
    course = (await session.exec(query)).first() or LtiCourse(
        org_id=platform.org_id, platform_id=platform.id, context_id=str(context["id"]), track_id=track_id,
        memberships_url=service["context_memberships_url"], next_sync_at=utcnow())
    course.memberships_url, course.next_sync_at = service["context_memberships_url"], utcnow()
    await save(session, course)


def _is_learner(member: dict[str, Any]) -> bool:
    roles = [str(role) for role in member.get("roles", [])]
    return member.get("status", "Active") == "Active" and any(
        role == "Learner" or role.endswith("membership#Learner") for role in roles)


def _next_page(answer: httpx.Response) -> str | None:
    """NRPS pages by `Link: <…>; rel="next"`; some platforms put `next` in the body too."""
    following = answer.links.get("next", {}).get("url")
    body_next = answer.json().get("next") if isinstance(answer.json(), dict) else None
    return following or (body_next if isinstance(body_next, str) else None)


async def _members(http: httpx.AsyncClient, url: str, token: str) -> list[dict[str, Any]]:
    members: list[dict[str, Any]] = []
    next_url: str | None = url
    for _ in range(1000):  # a course of a million learners is a misconfiguration, not a roster
        if next_url is None:
            break
        answer = await http.get(next_url, headers={"Authorization": f"Bearer {token}", "Accept": NRPS_MEDIA_TYPE})
        answer.raise_for_status()
        members += [m for m in answer.json().get("members", []) if isinstance(m, dict)]
        next_url = _next_page(answer)
    return members


async def _enrol(session: AsyncSession, outbox: Outbox, course: LtiCourse, members: list[dict[str, Any]]) -> int:
    """Each active learner of the roster whom netwise knows, in the course's track; once (the track's
    assignment key makes a second pass a no-op)."""
    track = await session.get(Track, course.track_id)
    if track is None or track.status != "published":
        return 0
    enrolled = 0
    for member in filter(_is_learner, members):
        link = await session.get(LtiUser, (course.platform_id, str(member.get("user_id"))))
        person = await directory.person(session, course.org_id, link.person_id) if link is not None else \
            await directory.person_by_email(session, course.org_id, member["email"]) \
            if isinstance(member.get("email"), str) and member["email"] else None
        if person is None or person.status != "active":
            continue
        _, created = await assignments.assign_track(session, outbox, course.org_id, person, track,
                                                    source=AssignmentSource.lti, due_at=None, required=True)
        enrolled += created
    return enrolled


async def sync_rosters(session: AsyncSession, outbox: Outbox, every: timedelta) -> int:
    """The courses whose roster is due: each learner enrolled in its track. Returns how many were enrolled."""
    now = utcnow()
    due = (await session.exec(select(LtiCourse).where(col(LtiCourse.next_sync_at) <= now).limit(20))).all()
    if not due:
        return 0
    key = await tool_key(session)
    enrolled = 0
    async with httpx.AsyncClient(timeout=LMS_TIMEOUT_SECONDS) as http:
        for course in due:
            platform = await session.get(LtiPlatform, course.platform_id)
            try:
                assert platform is not None
                token = await _access_token(http, platform, key, NRPS_SCOPE)
                enrolled += await _enrol(session, outbox, course, await _members(http, course.memberships_url, token))
                course.last_synced_at, course.last_error, course.next_sync_at = utcnow(), None, utcnow() + every
            except (httpx.HTTPError, LaunchRefused, KeyError, ValueError, AssertionError) as exc:
                course.last_error = f"{type(exc).__name__}: {exc}"[:500]
                course.next_sync_at = utcnow() + min(every, timedelta(minutes=15))
            session.add(course)
    await session.flush()
    return enrolled


# -- the background job ---------------------------------------------------------------------------------------

async def prune(session: AsyncSession) -> None:
    """Logins never completed and sessions ended are of no further use; delivered scores are kept a month."""
    now = utcnow()
    await session.exec(delete(LtiLogin).where(col(LtiLogin.expires_at) < now))
    await session.exec(delete(LtiSession).where(col(LtiSession.expires_at) < now))
    await session.exec(delete(LtiScore).where(col(LtiScore.delivered_at) < now - timedelta(days=30)))


async def background_work(db: Database, outbox: Outbox, roster_every: timedelta) -> None:
    """Scores to gradebooks, rosters into tracks, expired rows out; each in its own transaction, so a crash
    repeats work and never loses it."""
    async with db.transaction() as session:
        await deliver_scores(session)
    async with db.transaction() as session:
        await sync_rosters(session, outbox, roster_every)
    async with db.transaction() as session:
        await prune(session)
