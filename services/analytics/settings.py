from pydantic_settings import SettingsConfigDict

from kit.settings import ServiceSettings


class AnalyticsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NETWISE_ANALYTICS_", extra="ignore")

    database_url: str = "sqlite+aiosqlite:///./var/analytics.db"
