from pydantic_settings import SettingsConfigDict

from kit.settings import AppSettings

SERVICES = ("identity", "curriculum", "advocacy", "analytics")


class GatewaySettings(AppSettings):
    model_config = SettingsConfigDict(env_prefix="NETWISE_GATEWAY_", extra="ignore")

    identity_url: str = "http://127.0.0.1:8001"
    curriculum_url: str = "http://127.0.0.1:8002"
    advocacy_url: str = "http://127.0.0.1:8003"
    analytics_url: str = "http://127.0.0.1:8004"
    public_url: str = "http://127.0.0.1:8000"
    cors_origins: list[str] = ["http://localhost:5173", "http://127.0.0.1:5173"]
    rate_limit_per_minute: int = 600
    rate_limit_burst: int = 100
    max_body_bytes: int = 10 * 1024 * 1024
    upstream_timeout_seconds: float = 15.0
    upstream_connect_timeout_seconds: float = 2.0

    def upstreams(self) -> dict[str, str]:
        return {name: getattr(self, f"{name}_url").rstrip("/") for name in SERVICES}
