import pytest
from pydantic import ValidationError

from services.identity.settings import IdentitySettings


def test_embedded_mode_works_with_no_configuration() -> None:
    assert IdentitySettings().internal_token.get_secret_value()


@pytest.mark.parametrize("token", [None, "change-me-internal-token", "short"])
def test_production_refuses_default_placeholder_and_short_secrets(token: str | None) -> None:
    values = {"mode": "production"} | ({"internal_token": token} if token else {})
    with pytest.raises(ValidationError, match="NETWISE_IDENTITY_INTERNAL_TOKEN"):
        IdentitySettings(**values)  # type: ignore[arg-type]


def test_production_accepts_a_real_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETWISE_IDENTITY_MODE", "production")
    monkeypatch.setenv("NETWISE_IDENTITY_INTERNAL_TOKEN", "9f2c4e1a7b3d5f60a8c2e4b6d8f0a1c3")
    assert IdentitySettings().mode == "production"
