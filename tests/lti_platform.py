"""An LMS for the tests: `lti1p3platform`'s LTI 1.3 platform (not a double of ours) starts logins and signs
launches, exactly as it would for any tool. The tests only carry its messages between it and netwise, as the
learner's browser would. lti1p3platform has no Dynamic Registration: an LMS that tools register with (`Lms`) has
panva's oidc-provider as its OpenID side, since LTI DR is OpenID Connect Dynamic Client Registration."""

import html
import json
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import FastAPI
from fastapi import Request as HttpRequest
from fastapi.responses import HTMLResponse, JSONResponse
from joserfc.jwk import RSAKey
from lti1p3platform.exceptions import LtiException, LtiServiceException
from lti1p3platform.lineitem import TLineItem
from lti1p3platform.ltiplatform import LTI1P3PlatformConfAbstract
from lti1p3platform.membership import Context
from lti1p3platform.message_launch import LTIAdvantageMessageLaunchAbstract
from lti1p3platform.oidc_login import OIDCLoginAbstract
from lti1p3platform.registration import Registration
from lti1p3platform.request import Request, TRequest
from lti1p3platform.score import TScore, UpdateScoreStatus
from lti1p3platform.service_connector import AssignmentsGradesService, NamesRoleProvisioningService, TPage

from tests.support import free_port, node_server

LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"
INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"
TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration"


def _rsa_pair() -> tuple[str, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    return private, public


class _Conf(LTI1P3PlatformConfAbstract):
    def init_platform_config(self, **kwargs: Any) -> None:
        self._registration = kwargs["registration"]

    def get_registration_by_params(self, **kwargs: Any) -> Registration:
        assert self._registration is not None
        return self._registration


class _Request(Request):
    def build_metadata(self, request: Any) -> TRequest:
        if "method" in request:  # an HTTP request to the LMS's services
            return request  # type: ignore[no-any-return]
        return {"method": "POST", "form_data": request, "get_data": {}, "headers": {}, "content_type": None,
                "path": "/", "json": None}


class _Gradebook(AssignmentsGradesService):
    """The LMS's gradebook behind AGS: lti1p3platform checks the bearer token and the method; this keeps scores."""

    def __init__(self, request: Request, conf: LTI1P3PlatformConfAbstract, lineitems_url: str,
                 scores: dict[str, list[dict[str, Any]]]) -> None:
        super().__init__(request, conf, lineitems_url)
        self.scores = scores

    def update_score(self, line_item_id: str, score: TScore) -> UpdateScoreStatus:
        self.scores.setdefault(line_item_id, []).append(dict(score))
        return UpdateScoreStatus.SUCCESS

    def find_lineitems(self, *args: Any, **kwargs: Any) -> TPage:
        raise NotImplementedError

    def find_lineitem(self, line_item_id: str) -> TLineItem:
        raise NotImplementedError

    def create_lineitem(self, creation_data: TLineItem) -> TLineItem:
        raise NotImplementedError

    def update_lineitem(self, update_data: TLineItem) -> TLineItem:
        raise NotImplementedError

    def delete_lineitem(self, line_item_id: str) -> None:
        raise NotImplementedError

    def get_results(self, *args: Any, **kwargs: Any) -> TPage:
        raise NotImplementedError


class _Login(OIDCLoginAbstract):
    def set_lti_message_hint(self, **kwargs: Any) -> None:
        self._lti_message_hint = kwargs["hint"]

    def get_redirect(self, url: str) -> str:
        return url


class _Roster(NamesRoleProvisioningService):
    """The course's members behind NRPS, two to a page: lti1p3platform checks the token and writes the pages."""

    def __init__(self, request: Request, conf: LTI1P3PlatformConfAbstract, url: str,
                 members: list[dict[str, Any]]) -> None:
        super().__init__(request, conf, url)
        self.members = members

    def get_member_data_page(self, page: int = 1, limit: int | None = None, role: str | None = None,
                             since: str | None = None) -> TPage:
        page, size = int(page), int(limit or 2)
        chunk = self.members[(page - 1) * size:page * size]
        return {"content": [dict(m) for m in chunk], "has_next": page * size < len(self.members)}

    def get_context_by_id(self) -> Context:
        return Context(id="course-1", label="ONB", title="Onboarding")


class _Launch(LTIAdvantageMessageLaunchAbstract):
    def render_launch_form(self, launch_data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        return launch_data  # the auto-submitting form's fields: id_token, state, launch_url


class Platform:
    """One LMS registration (issuer, client id, deployment) with its own RSA key."""

    def __init__(self, *, issuer: str | None = None, client_id: str = "netwise-tool",
                 deployment_id: str = "1", login_url: str = "http://testserver/lti/login",
                 launch_url: str = "http://testserver/lti/launch") -> None:
        private, public = _rsa_pair()
        issuer = issuer or f"https://moodle-{secrets.token_hex(4)}.example.org"  # one LMS per test
        self.issuer, self.client_id, self.deployment_id = issuer, client_id, deployment_id
        self.registration = (Registration().set_iss(issuer).set_client_id(client_id).set_deployment_id(deployment_id)
                             .set_oidc_login_url(login_url).set_launch_url(launch_url)
                             .set_deeplink_launch_url(launch_url)
                             .set_platform_public_key(public).set_platform_private_key(private))
        self.conf = _Conf(registration=self.registration)
        self.auth_url = f"{issuer}/mod/lti/auth.php"  # its OIDC authorization endpoint
        self.url = ""  # where its services answer, once served
        self.scores: dict[str, list[dict[str, Any]]] = {}  # line item id → the scores the tool sent
        self.placed: list[list[dict[str, Any]]] = []  # each deep linking response's content items
        self.down = False  # an LMS that is down answers 503
        self.members: list[dict[str, Any]] = []  # the course's roster (NRPS)
        self.redirect_uris: list[str] | None = None  # where launches may go, once a tool registered them
        self.next_launch: dict[str, Any] = {}  # whom the browser-facing /auth launches, and into what

    def private_jwk(self) -> dict[str, Any]:
        """The LMS's signing key, with the kid lti1p3platform puts in its launches' headers."""
        key = RSAKey.import_key(str(self.registration.get_platform_private_key()), parameters={
            "kid": str(self.registration.get_kid()), "alg": "RS256", "use": "sig"})
        return dict(key.as_dict(private=True))

    def take_registration(self, tool: dict[str, Any]) -> None:
        """What the LMS keeps of a tool that registered itself: the client id and deployment it was given, where
        its logins start and launches land, and its keys."""
        configuration = tool[TOOL_CONFIGURATION]
        self.client_id, self.deployment_id = tool["client_id"], configuration["deployment_id"]
        self.redirect_uris = tool["redirect_uris"]
        self.registration.set_client_id(self.client_id).set_deployment_id(self.deployment_id) \
            .set_oidc_login_url(tool["initiate_login_uri"]).set_launch_url(configuration["target_link_uri"]) \
            .set_deeplink_launch_url(configuration["target_link_uri"]).set_tool_key_set_url(tool["jwks_uri"])

    def trust_tool(self, tool_jwks: dict[str, Any]) -> None:
        """What the LMS admin does with netwise's keyset URL: the LMS verifies netwise's signatures with it."""
        self.registration.set_tool_key_set(tool_jwks)  # type: ignore[arg-type]

    def services(self) -> FastAPI:
        """The LMS's HTTP side: its token endpoint, its gradebook (AGS scores) and its deep linking return."""
        app = FastAPI()

        @app.post("/token")
        async def token(request: HttpRequest) -> JSONResponse:
            form = {key: value for key, value in (await request.form()).items() if isinstance(value, str)}
            try:
                return JSONResponse(dict(self.conf.get_access_token(form)))
            except LtiException as exc:
                return JSONResponse({"error": "invalid_client", "error_description": str(exc)}, status_code=400)

        @app.post("/lineitems/{line_item_id}/scores")
        async def score(line_item_id: str, request: HttpRequest) -> JSONResponse:
            if self.down:
                return JSONResponse({"error": "maintenance"}, status_code=503)
            http = _Request({"method": "POST", "form_data": {}, "get_data": {}, "headers": request.headers,
                             "content_type": request.headers.get("content-type"), "path": request.url.path,
                             "json": await request.json()})
            try:
                answer = _Gradebook(http, self.conf, f"{self.url}/lineitems", self.scores) \
                    .handle_update_score(line_item_id)
            except LtiServiceException as exc:
                return JSONResponse({"error": str(exc)}, status_code=401)
            return JSONResponse(answer.result, status_code=answer.code)

        @app.get("/memberships/course-1")
        async def memberships(request: HttpRequest) -> JSONResponse:
            query = dict(request.query_params)
            query.setdefault("limit", "2")
            http = _Request({"method": "GET", "form_data": {}, "get_data": query, "headers": request.headers,
                             "content_type": None, "path": request.url.path, "json": None})
            try:
                answer = _Roster(http, self.conf, f"{self.url}/memberships/course-1", self.members) \
                    .handle_get_members()
            except LtiServiceException as exc:
                return JSONResponse({"error": str(exc)}, status_code=401)
            return JSONResponse(answer.result, status_code=answer.code)

        # What a learner's browser meets at the LMS: a course page embedding the link, and the authorization
        # endpoint that answers netwise's login with the signed launch, posted by an auto-submitting form.
        @app.get("/course")
        async def course() -> HTMLResponse:
            start = html.escape(self.login_initiation(str(self.next_launch["user_id"])))
            return HTMLResponse('<!doctype html><html lang="en"><head><title>Onboarding</title></head><body>'
                                f'<h1>Onboarding</h1><iframe title="netwise" src="{start}" width="900" height="700">'
                                '</iframe></body></html>')

        @app.api_route("/auth", methods=["GET", "POST"])
        async def auth(request: HttpRequest) -> HTMLResponse:
            signed = self.launch(str(request.url), **self.next_launch)
            fields = "".join(f'<input type="hidden" name="{name}" value="{html.escape(signed[name])}">'
                             for name in ("id_token", "state"))
            return HTMLResponse(f'<!doctype html><html><body><form method="post" '
                                f'action="{html.escape(signed["launch_url"])}">{fields}</form>'
                                '<script>document.forms[0].submit()</script></body></html>')

        @app.get("/jwks")
        async def keys() -> JSONResponse:
            return JSONResponse(self.jwks())

        @app.post("/deep-link-return")
        async def deep_link_return(request: HttpRequest) -> JSONResponse:
            form = {key: value for key, value in (await request.form()).items() if isinstance(value, str)}
            self.placed.append(self.conf.validate_deeplinking_resp(form))
            return JSONResponse({"placed": len(self.placed[-1])})

        return app

    def jwks(self) -> dict[str, Any]:
        return dict(self.conf.get_jwks())

    def registration_body(self, **extra: Any) -> dict[str, Any]:
        """What an admin copies from the LMS into netwise."""
        body = {"name": "Moodle", "issuer": self.issuer, "client_id": self.client_id,
                "deployment_ids": [self.deployment_id], "auth_login_url": self.auth_url,
                "jwks": self.jwks(), **extra}
        if self.url:
            body["auth_token_url"] = f"{self.url}/token"
        return body

    def login_initiation(self, user_id: str, hint: str = "resource-1") -> str:
        """The URL the LMS sends the browser to, to start a launch at netwise."""
        login = _Login(None, self.conf)
        login.set_lti_message_hint(hint=hint)
        return str(login.prepare_preflight_url(user_id))

    def launch(self, authorization_url: str, *, user_id: str, email: str | None, resource_link: str = "rl-1",
               custom: dict[str, str] | None = None, extra: dict[str, Any] | None = None,
               expires_in: int = 300, lineitem: str | None = None, place: bool = False,
               roles: list[str] | None = None, roster: bool = False) -> dict[str, str]:
        """The platform's answer to netwise's authorization request: the signed launch its browser posts back.
        `lineitem`: the link has a gradebook column (AGS); `place`: an editor's deep linking request."""
        preflight = dict(parse_qsl(urlsplit(authorization_url).query))
        # OpenID Connect Core §3.1.2.1: the id_token goes only to a redirect URI the tool registered.
        assert self.redirect_uris is None or preflight.get("redirect_uri") in self.redirect_uris, preflight
        launch = _Launch(_Request(preflight), self.conf)
        if lineitem:
            launch.set_ags(f"{self.url}/lineitems", f"{self.url}/lineitems/{lineitem}",
                           allow_creating_lineitems=False, results_service_enabled=False)
        if roster:
            launch.set_nrps(f"{self.url}/memberships/course-1")
        if place:
            launch.set_dl(f"{self.url}/deep-link-return", title="Add training", accept_types={"ltiResourceLink"})
        launch.set_user_data(user_id, roles or [LEARNER], full_name="A Learner", email_address=email)
        launch.set_resource_link_claim(resource_link, title="Social media training")
        launch.set_launch_context_claim("course-1", context_title="Onboarding")
        if custom:
            launch.set_custom_parameters_claim(custom)
        if extra:
            launch.set_extra_claims(extra)
        launch.set_id_token_expiration(expires_in)
        return dict(launch.lti_launch())


@dataclass
class Lms:
    """An LMS that tools register with by LTI Dynamic Registration. Its OpenID side is panva's oidc-provider
    (tests/oidc/lti_platform.mjs): the OpenID configuration, the registration endpoint, the registry of tools and the
    keys. Its LTI side is `platform`, lti1p3platform's, which signs with the same key and launches with what
    oidc-provider registered."""

    url: str
    platform: Platform
    configuration: dict[str, Any]  # the discovery document oidc-provider serves

    @property
    def openid_configuration(self) -> str:
        return f"{self.url}/.well-known/openid-configuration"

    async def registration_token(self) -> str:
        """What the LMS's admin screen hands a tool to register with: an initial access token, short-lived and
        good for one registration."""
        async with httpx.AsyncClient() as http:
            answer = await http.post(f"{self.url}/lms/registration-tokens")
            answer.raise_for_status()
            return str(answer.json()["token"])

    async def registered_tools(self) -> list[dict[str, Any]]:
        """Each tool registered, as oidc-provider keeps it: read at its client configuration endpoint (RFC 7592)
        with the access token the registration gave the tool."""
        async with httpx.AsyncClient() as http:
            tools = (await http.get(f"{self.url}/lms/tools")).raise_for_status().json()
            reads = [await http.get(tool["registration_client_uri"],
                                    headers={"Authorization": f"Bearer {tool['registration_access_token']}"})
                     for tool in tools]
        return [read.raise_for_status().json() for read in reads]

    async def adopt(self) -> dict[str, Any]:
        """The one tool registered, which the LMS's LTI side now launches."""
        [tool] = await self.registered_tools()
        self.platform.take_registration(tool)
        return tool


@asynccontextmanager
async def registering_lms(*, issuer: str | None = None) -> AsyncIterator[Lms]:
    """An LMS serving Dynamic Registration on loopback. `issuer`: the name it gives itself, if not its address."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    platform = Platform(issuer=issuer or url)
    env = {"PLATFORM_JWK": json.dumps(platform.private_jwk()), **({"ISSUER": issuer} if issuer else {})}
    async with node_server("lti_platform.mjs", port, env):
        async with httpx.AsyncClient() as http:
            configuration = (await http.get(f"{url}/.well-known/openid-configuration")).raise_for_status().json()
        platform.auth_url = configuration["authorization_endpoint"]
        yield Lms(url, platform, configuration)
