from pydantic import Field
from pydantic_settings import SettingsConfigDict

from kit.settings import AppSettings

SERVICES = ("identity", "curriculum", "advocacy", "analytics", "webhooks")


class GatewaySettings(AppSettings):
    model_config = SettingsConfigDict(env_prefix="NETWISE_GATEWAY_", extra="ignore")

    identity_url: str = Field("http://127.0.0.1:8001", description="identity upstream")
    curriculum_url: str = Field("http://127.0.0.1:8002", description="curriculum upstream")
    advocacy_url: str = Field("http://127.0.0.1:8003", description="advocacy upstream")
    analytics_url: str = Field("http://127.0.0.1:8004", description="analytics upstream")
    webhooks_url: str = Field("http://127.0.0.1:8005", description="webhooks upstream")
    public_url: str = Field("http://127.0.0.1:8000", description="the gateway's public base URL (for Link headers)")
    cors_origins: list[str] = Field(["http://localhost:5173", "http://127.0.0.1:5173"],
                                    description="browser origins allowed by CORS (explicit, no *)")
    rate_limit_per_minute: int = Field(600, description="sustained requests per minute per client")
    rate_limit_burst: int = Field(100, description="requests a client may send at once")
    rate_limit_storage_url: str | None = Field(
        None, description="where rate limits are counted when several gateway replicas run, e.g. "
        "`redis://redis:6379/0` (every replica counts against one limit); unset, each process counts its own")
    docs_sign_in_client_id: str | None = Field(
        None, description="the app (`netwise app register --redirect-uri <PUBLIC_URL>/docs/oauth2-redirect`) that "
        "Swagger UI at `/docs` signs people in as; unset, Authorize takes a pasted token or client credentials")
    metrics_port: int | None = Field(
        None, gt=0, lt=65536, description="serve `/metrics` on this port of `METRICS_HOST` instead of the public "
        "one (where it then answers 404), so that only the network of the scraper reaches it; unset, on the public "
        "port (the embedded platform)")
    metrics_host: str = Field("0.0.0.0", description="address the metrics port listens on")
    upstream_timeout_seconds: float = Field(15.0, description="an upstream slower than this gives 504")
    upstream_connect_timeout_seconds: float = Field(2.0, description="connecting longer than this gives 503")
    upstream_keepalive_expiry_seconds: float = Field(
        30.0, gt=0, description="an idle connection to a service is not reused after this; keep it well below "
        "the services' `KEEP_ALIVE_SECONDS` (75), or a request races the service closing that connection")
    upstream_retry: bool = Field(
        True, description="send once more a request whose reused connection the service "
        "closed without answering: idempotent methods, requests with `Idempotency-Key`, and requests not "
        "sent whole")

    def upstreams(self) -> dict[str, str]:
        return {name: getattr(self, f"{name}_url").rstrip("/") for name in SERVICES}
