from pydantic import Field
from pydantic_settings import SettingsConfigDict

from kit.settings import ServiceSettings


class AnalyticsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NETWISE_ANALYTICS_", extra="ignore")

    database_url: str = Field("sqlite+aiosqlite:///./var/analytics.db", description="analytics' database")
