"""Settings base: every app reads `NETWISE_<APP>_*` and works with no variable set in embedded mode."""

from datetime import datetime
from typing import Literal, Self

from pydantic import Field, SecretStr, model_validator
from pydantic_core import PydanticCustomError
from pydantic_settings import BaseSettings, SettingsConfigDict

from kit.limits import DEFAULT_MAX_BODY_BYTES

MIN_SECRET_LENGTH = 16
BROKER_DESTINATION = "nats"  # the outbox's subscriber column for events bound for the broker's stream


def embedded_event_key(publisher: str) -> str:
    """A service's event key in embedded mode when none is set (production refuses to start without a real one)."""
    return f"embedded-event-key-{publisher}"


WEAK_SECRETS = "weak_secrets"  # the pydantic error type, so the CLI can gather them from every app's settings


def weak_secrets_message(variables: list[str]) -> str:
    return (f"weak secrets in {', '.join(variables)} (need at least {MIN_SECRET_LENGTH} random characters, not "
            "an embedded default or change-me placeholder) — set them in the environment")


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
    max_body_bytes: int = Field(DEFAULT_MAX_BODY_BYTES, gt=0, description="larger request bodies get 413")
    # Longer than any pool in front of it keeps an idle connection (the gateway's 30 s, httpx's 5 s, a load
    # balancer's 60 s): a server that closes first races the request that pool sends on the connection.
    keep_alive_seconds: int = Field(75, gt=0, description="the server closes a connection idle this long "
                                    "(uvicorn `timeout_keep_alive`); keep it above the idle timeout of "
                                    "whatever pools connections to it")

    otlp_endpoint: str = Field(
        "", description="OTLP/HTTP traces endpoint, e.g. `http://otel-collector:4318/v1/traces`: each request is "
        "traced through the gateway, the service, its database queries and the events it causes; unset, no tracing")

    def weak_secrets(self) -> list[str]:
        """The variables whose secret is weak; a subclass with secrets adds its own to its parent's."""
        return []

    def weak_variables(self, **secrets: str) -> list[str]:
        """Of these secret fields (name=embedded default), the variables holding a default, placeholder or short
        value."""
        return [self.variable(name) for name, default in secrets.items() if _weak(self._secret(name), default)]

    def variable(self, name: str) -> str:
        return f"{str(self.model_config.get('env_prefix', '')).upper()}{name.upper()}"

    @model_validator(mode="after")
    def _refuse_weak_secrets_in_production(self) -> Self:
        """Outside embedded mode a weak secret is a start-up error naming every such variable at once."""
        if self.mode != "embedded" and (weak := self.weak_secrets()):
            raise PydanticCustomError(WEAK_SECRETS, "{message}", {"message": weak_secrets_message(weak),
                                                                  "variables": weak})
        return self

    def _secret(self, name: str) -> str:
        value = getattr(self, name)
        return value.get_secret_value() if isinstance(value, SecretStr) else str(value)


class ServiceSettings(AppSettings):
    """A service with its own database and an outbox whose events go to `subscribers`."""

    database_url: str = Field("", description="SQLAlchemy async URL of the service's own database")
    database_migration_url: str = Field(
        "", description="the same database as its owner, for `netwise migrate` only; set it when `DATABASE_URL` "
        "names a role of the service's own, which migrate then grants reading and writing rows and nothing else "
        "(no DDL, the migration history read-only); unset, migrate uses `DATABASE_URL`")
    event_key: SecretStr = Field(SecretStr(""), description="this service's own key, which signs the events it "
                                 "delivers (its subscribers hold it in `EVENT_PUBLISHER_KEYS`)")
    event_publisher_keys: dict[str, SecretStr] | None = Field(
        None, description="JSON object: the services this one takes events from, each with its `EVENT_KEY` "
        "(`{}`: none); unset in embedded mode: every service, by its embedded key")
    subscribers: list[str] = Field([], description="`/internal/events` URLs that receive this service's events")
    broker_url: str = Field(
        "", description="NATS server with JetStream, e.g. `nats://nats:4222`: events go through its stream (history "
        "for new consumers, redelivery, dead letters) instead of HTTP push to `SUBSCRIBERS`; needs "
        "`EVENT_PUBLISHER_KEYS`, whose publishers this service then consumes")
    broker_namespace: str = Field("netwise", pattern=r"^[a-z][a-z0-9_-]{0,30}$", description="first token of "
                                  "every subject and name of the streams, so installations can share a NATS")
    broker_retention_days: float = Field(30.0, gt=0, description="how long the event stream keeps events (set by "
                                         "whichever service creates the stream first)")
    event_ack_wait_seconds: float = Field(30.0, gt=0, description="with a broker: an event a replica took and "
                                          "neither acknowledged nor refused goes to another replica after this")
    event_max_deliveries: int = Field(10, ge=1, description="with a broker: attempts before an event whose "
                                      "handler keeps failing goes to the dead-letter stream")
    event_replay_from: datetime | None = Field(
        None, description="with a broker: where a consumer this service creates for the first time starts (ISO "
        "8601); unset, at the beginning of the stream, so a new service hears every event still kept")
    relay_interval_seconds: float = Field(1.0, description="outbox relay polling interval")
    relay_max_backoff_seconds: float = Field(300.0, description="longest wait between delivery retries")
    relay_lease_seconds: float = Field(60.0, gt=0, description="events a replica's relay claimed and did not "
                                       "settle (it died mid-send) are taken over by another replica after this")
    status_cache_seconds: float = Field(5.0, description="how long a token's person or client is taken to be "
                                        "active, a reader's locale and (curriculum) a published module taken as "
                                        "they were, before they are read again: how late a change made through "
                                        "another replica shows; the replica that makes it shows it at once")
    outbox_retention_days: float = Field(7.0, gt=0, description="delivered events are kept this long in the outbox")
    inbox_retention_days: float = Field(30.0, gt=0, description="ids of received events are kept this long, so a "
                                        "redelivery takes effect once; keep above any publisher's retry period")
    idempotency_retention_hours: float = Field(48.0, gt=0, description="a POST retried with the same "
                                               "`Idempotency-Key` within this time replays its first response")
    prune_interval_seconds: float = Field(3600.0, gt=0, description="how often the outbox, inbox and "
                                          "idempotency keys are pruned")

    @model_validator(mode="after")
    def _broker_needs_publishers(self) -> Self:
        if self.broker_url and self.event_publisher_keys is None:
            raise PydanticCustomError("broker_publishers", "{message}", {"message": (
                f"{self.variable('broker_url')} is set: {self.variable('event_publisher_keys')} must say which "
                "services' events this one consumes (`{}`: none)")})
        return self

    def weak_secrets(self) -> list[str]:
        weak = super().weak_secrets() + self.weak_variables(event_key="")
        publishers = [publisher for publisher, key in (self.event_publisher_keys or {}).items()
                      if _weak(key.get_secret_value(), embedded_event_key(publisher))]
        if publishers:
            weak.append(f"{self.variable('event_publisher_keys')} (the keys of {', '.join(publishers)})")
        return weak

    def outbox_destinations(self) -> list[str]:
        """Where this service's outbox sends each event: the broker's stream, or every subscriber."""
        return [BROKER_DESTINATION] if self.broker_url else list(self.subscribers)

    def signing_key(self, publisher: str) -> str:
        """The key this service, `publisher`, signs its deliveries with."""
        return self.event_key.get_secret_value() or embedded_event_key(publisher)

    def publisher_key(self, publisher: str) -> str | None:
        """The key a delivery from `publisher` must be signed with; None when this service takes none from it."""
        if self.event_publisher_keys is not None:
            key = self.event_publisher_keys.get(publisher)
            return key.get_secret_value() if key is not None else None
        return embedded_event_key(publisher) if self.mode == "embedded" else None
