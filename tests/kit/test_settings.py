import pytest
from pydantic import ValidationError

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
    with pytest.raises(ValidationError, match="NETWISE_ANALYTICS_EVENT_PUBLISHER_KEYS: the keys of identity"):
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
