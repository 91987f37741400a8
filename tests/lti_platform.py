"""An LMS for the tests: `lti1p3platform`'s LTI 1.3 platform (not a double of ours) starts logins and signs
launches, exactly as it would for any tool. The tests only carry its messages between it and netwise, as the
learner's browser would."""

import secrets
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from lti1p3platform.ltiplatform import LTI1P3PlatformConfAbstract
from lti1p3platform.message_launch import MessageLaunchAbstract
from lti1p3platform.oidc_login import OIDCLoginAbstract
from lti1p3platform.registration import Registration
from lti1p3platform.request import Request, TRequest

LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"


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
        return {"method": "POST", "form_data": request, "get_data": {}, "headers": {}, "content_type": None,
                "path": "/", "json": None}


class _Login(OIDCLoginAbstract):
    def set_lti_message_hint(self, **kwargs: Any) -> None:
        self._lti_message_hint = kwargs["hint"]

    def get_redirect(self, url: str) -> str:
        return url


class _Launch(MessageLaunchAbstract):
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
                             .set_platform_public_key(public).set_platform_private_key(private))
        self.conf = _Conf(registration=self.registration)

    def jwks(self) -> dict[str, Any]:
        return dict(self.conf.get_jwks())

    def registration_body(self, **extra: Any) -> dict[str, Any]:
        """What an admin copies from the LMS into netwise."""
        return {"name": "Moodle", "issuer": self.issuer, "client_id": self.client_id,
                "deployment_ids": [self.deployment_id], "auth_login_url": f"{self.issuer}/mod/lti/auth.php",
                "jwks": self.jwks(), **extra}

    def login_initiation(self, user_id: str, hint: str = "resource-1") -> str:
        """The URL the LMS sends the browser to, to start a launch at netwise."""
        login = _Login(None, self.conf)
        login.set_lti_message_hint(hint=hint)
        return str(login.prepare_preflight_url(user_id))

    def launch(self, authorization_url: str, *, user_id: str, email: str | None, resource_link: str = "rl-1",
               custom: dict[str, str] | None = None, extra: dict[str, Any] | None = None,
               expires_in: int = 300) -> dict[str, str]:
        """The platform's answer to netwise's authorization request: the signed launch its browser posts back."""
        preflight = dict(parse_qsl(urlsplit(authorization_url).query))
        launch = _Launch(_Request(preflight), self.conf)
        launch.set_user_data(user_id, [LEARNER], full_name="A Learner", email_address=email)
        launch.set_resource_link_claim(resource_link, title="Social media training")
        launch.set_launch_context_claim("course-1", context_title="Onboarding")
        if custom:
            launch.set_custom_parameters_claim(custom)
        if extra:
            launch.set_extra_claims(extra)
        launch.set_id_token_expiration(expires_in)
        return dict(launch.lti_launch())
