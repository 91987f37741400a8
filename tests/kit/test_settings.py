import os
import subprocess
import sys

import pytest
from pydantic import ValidationError

from services.advocacy.settings import AdvocacySettings
from services.analytics.settings import AnalyticsSettings
from services.identity.settings import IdentitySettings

REAL = "9f2c4e1a7b3d5f60a8c2e4b6d8f0a1c3"


def test_embedded_mode_works_with_no_configuration() -> None:
    settings = AnalyticsSettings()
    # Each service signs with a key of its own and knows every other one's, with nothing set.
    assert settings.signing_key("analytics") != settings.signing_key("identity")
    assert settings.publisher_key("identity") == IdentitySettings().signing_key("identity")


@pytest.mark.parametrize("key", [None, "change-me-event-key", "short"])
def test_production_refuses_default_placeholder_and_short_secrets(key: str | None) -> None:
    values = {"mode": "production"} | ({"event_key": key} if key else {})
    with pytest.raises(ValidationError, match="NETWISE_IDENTITY_EVENT_KEY"):
        IdentitySettings(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize("key", ["embedded-event-key-identity", "change-me-identity-event-key", "short"])
def test_production_refuses_a_weak_publisher_key(key: str) -> None:
    with pytest.raises(ValidationError, match=r"NETWISE_ANALYTICS_EVENT_PUBLISHER_KEYS \(the keys of identity\)"):
        AnalyticsSettings(mode="production", event_key=REAL,  # type: ignore[arg-type]
                          event_publisher_keys={"identity": key, "curriculum": REAL[::-1]})  # type: ignore[dict-item]


def test_production_accepts_real_secrets_and_takes_events_only_from_the_publishers_it_names(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETWISE_ANALYTICS_MODE", "production")
    monkeypatch.setenv("NETWISE_ANALYTICS_EVENT_KEY", REAL)
    monkeypatch.setenv("NETWISE_ANALYTICS_EVENT_PUBLISHER_KEYS", f'{{"identity": "{REAL[::-1]}"}}')
    settings = AnalyticsSettings()
    assert settings.mode == "production" and settings.signing_key("analytics") == REAL
    assert settings.publisher_key("identity") == REAL[::-1]
    assert settings.publisher_key("curriculum") is None
    assert "9f2c" not in repr(settings)  # keys stay secret in logs and tracebacks


def test_production_names_every_weak_secret_of_a_service_at_once() -> None:
    with pytest.raises(ValidationError) as refused:
        AdvocacySettings(mode="production", event_publisher_keys={"identity": "short"})  # type: ignore[dict-item]
    [error] = refused.value.errors()
    assert error["ctx"]["variables"] == ["NETWISE_ADVOCACY_EVENT_KEY",
                                         "NETWISE_ADVOCACY_EVENT_PUBLISHER_KEYS (the keys of identity)",
                                         "NETWISE_ADVOCACY_CLICK_HASH_SECRET", "NETWISE_ADVOCACY_MAIL_LINK_SECRET"]


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("NETWISE_")}
    return subprocess.run([sys.executable, "-m", "netwise_cli", *args], env=clean | env, capture_output=True,
                          text=True, timeout=120, check=False)


PRODUCTION = {f"NETWISE_{app.upper()}_MODE": "production" for app in ("identity", "curriculum", "advocacy",
                                                                        "analytics")}


def test_migrate_names_every_weak_secret_of_every_service_on_one_line_and_exits_1() -> None:
    ran = run_cli("migrate", **PRODUCTION, NETWISE_IDENTITY_EVENT_KEY=REAL,
                  NETWISE_ADVOCACY_CLICK_HASH_SECRET="change-me-click-secret-0123456789")
    assert ran.returncode == 1, ran.stderr
    assert "Traceback" not in ran.stderr and ran.stdout == ""
    [line] = ran.stderr.splitlines()
    assert line.startswith("netwise: refusing to start: weak secrets in NETWISE_CURRICULUM_EVENT_KEY, ")
    for variable in ("NETWISE_CURRICULUM_EVENT_KEY", "NETWISE_ADVOCACY_EVENT_KEY", "NETWISE_ADVOCACY_CLICK_HASH_SECRET",
                     "NETWISE_ANALYTICS_EVENT_KEY"):
        assert variable in line
    assert "NETWISE_IDENTITY_EVENT_KEY" not in line  # a real one is not named
    assert "set them in the environment" in line


def test_serve_refuses_weak_secrets_and_invalid_values_on_one_line() -> None:
    ran = run_cli("serve", "advocacy", NETWISE_ADVOCACY_MODE="production", NETWISE_ADVOCACY_EVENT_KEY="short",
                  NETWISE_ADVOCACY_CLICK_HASH_SECRET=REAL[::-1], NETWISE_ADVOCACY_MAIL_LINK_SECRET=REAL[1:] + "x")
    assert ran.returncode == 1 and "Traceback" not in ran.stderr
    assert ran.stderr.splitlines() == ["netwise: refusing to start: weak secrets in NETWISE_ADVOCACY_EVENT_KEY "
                                       "(need at least 16 random characters, not an embedded default or change-me "
                                       "placeholder) — set them in the environment"]
    bad = run_cli("serve", "gateway", NETWISE_GATEWAY_MAX_BODY_BYTES="lots")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    [line] = bad.stderr.splitlines()
    assert line.startswith("netwise: refusing to start: invalid settings: NETWISE_GATEWAY_MAX_BODY_BYTES (")


def test_every_setting_says_what_it_means() -> None:
    """The README's settings table is generated from these descriptions: an operator reads nothing else."""
    from gateway.settings import GatewaySettings
    from services.advocacy.settings import AdvocacySettings
    from services.analytics.settings import AnalyticsSettings
    from services.curriculum.settings import CurriculumSettings
    from services.identity.settings import IdentitySettings

    undescribed = [f"{settings.__name__}.{name}"
                   for settings in (GatewaySettings, IdentitySettings, CurriculumSettings, AdvocacySettings,
                                    AnalyticsSettings)
                   for name, field in settings.model_fields.items() if not (field.description or "").strip()]
    assert undescribed == []
