"""Settings base: every app reads `NETWISE_<APP>_*` and works with no variable set in embedded mode."""

from typing import Literal, Self

from pydantic import SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

EMBEDDED_INTERNAL_TOKEN = "embedded-internal-token"


class AppSettings(BaseSettings):
    """What every app needs: mode, logging and, for token checks, where identity publishes its keys."""

    model_config = SettingsConfigDict(extra="ignore", env_file=None)

    mode: Literal["embedded", "production"] = "embedded"
    log_level: str = "INFO"
    log_json: bool = True
    jwks_url: str = "http://127.0.0.1:8001/.well-known/jwks.json"
    issuer: str = "http://127.0.0.1:8001"
    audience: str = "netwise"
    jwks_cache_seconds: int = 300

    def refuse_defaults(self, **secrets: str) -> None:
        """Outside embedded mode a secret still at its default is a start-up error, not a warning."""
        if self.mode == "embedded":
            return
        still_default = [name for name, default in secrets.items() if self._secret(name) == default]
        if still_default:
            prefix = str(self.model_config.get("env_prefix", "")).upper()
            names = ", ".join(f"{prefix}{name.upper()}" for name in still_default)
            raise ValueError(f"{names} still has its embedded default; set a real secret in production mode")

    def _secret(self, name: str) -> str:
        value = getattr(self, name)
        return value.get_secret_value() if isinstance(value, SecretStr) else str(value)


class ServiceSettings(AppSettings):
    """A service with its own database and an outbox whose events go to `subscribers`."""

    database_url: str = ""
    internal_token: SecretStr = SecretStr(EMBEDDED_INTERNAL_TOKEN)
    subscribers: list[str] = []
    relay_interval_seconds: float = 1.0
    relay_max_backoff_seconds: float = 300.0

    @model_validator(mode="after")
    def _no_default_secret_in_production(self) -> Self:
        self.refuse_defaults(internal_token=EMBEDDED_INTERNAL_TOKEN)
        return self
