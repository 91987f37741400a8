"""Settings base: every app reads `NETWISE_<APP>_*` and works with no variable set in embedded mode."""

from typing import Literal, Self

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

EMBEDDED_INTERNAL_TOKEN = "embedded-internal-token"


MIN_SECRET_LENGTH = 16


def _weak(value: str, default: str) -> bool:
    return value == default or "change-me" in value.lower() or len(value) < MIN_SECRET_LENGTH


class AppSettings(BaseSettings):
    """What every app needs: mode, logging and, for token checks, where identity publishes its keys."""

    model_config = SettingsConfigDict(extra="ignore", env_file=None)

    mode: Literal["embedded", "production"] = Field("embedded", description="`production` refuses default secrets")
    log_level: str = Field("INFO", description="Python log level")
    log_json: bool = Field(True, description="JSON log lines (with the request id)")
    jwks_url: str = Field("http://127.0.0.1:8001/.well-known/jwks.json", description="identity's JWKS")
    issuer: str = Field("http://127.0.0.1:8001", description="`iss` of tokens (identity's public URL)")
    audience: str = Field("netwise", description="`aud` tokens must carry")
    jwks_cache_seconds: int = Field(300, description="how long fetched signing keys are trusted")
    # Longer than any pool in front of it keeps an idle connection (the gateway's 30 s, httpx's 5 s, a load
    # balancer's 60 s): a server that closes first races the request that pool sends on the connection.
    keep_alive_seconds: int = Field(75, gt=0, description="the server closes a connection idle this long "
                                    "(uvicorn `timeout_keep_alive`); keep it above the idle timeout of "
                                    "whatever pools connections to it")

    def refuse_defaults(self, **secrets: str) -> None:
        """Outside embedded mode a default, placeholder or short secret is a start-up error, not a warning."""
        if self.mode == "embedded":
            return
        weak = [name for name, default in secrets.items() if _weak(self._secret(name), default)]
        if weak:
            prefix = str(self.model_config.get("env_prefix", "")).upper()
            names = ", ".join(f"{prefix}{name.upper()}" for name in weak)
            raise ValueError(f"{names}: still the embedded default, a change-me placeholder or shorter than "
                             f"{MIN_SECRET_LENGTH} characters; set a real secret in production mode")

    def _secret(self, name: str) -> str:
        value = getattr(self, name)
        return value.get_secret_value() if isinstance(value, SecretStr) else str(value)


class ServiceSettings(AppSettings):
    """A service with its own database and an outbox whose events go to `subscribers`."""

    database_url: str = Field("", description="SQLAlchemy async URL of the service's own database")
    internal_token: SecretStr = Field(SecretStr(EMBEDDED_INTERNAL_TOKEN),
                                      description="shared secret on `/internal/events` deliveries")
    subscribers: list[str] = Field([], description="`/internal/events` URLs that receive this service's events")
    relay_interval_seconds: float = Field(1.0, description="outbox relay polling interval")
    relay_max_backoff_seconds: float = Field(300.0, description="longest wait between delivery retries")

    @model_validator(mode="after")
    def _no_default_secret_in_production(self) -> Self:
        self.refuse_defaults(internal_token=EMBEDDED_INTERNAL_TOKEN)
        return self
