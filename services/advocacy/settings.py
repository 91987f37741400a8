from pydantic_settings import SettingsConfigDict

from kit.settings import ServiceSettings


class AdvocacySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NETWISE_ADVOCACY_", extra="ignore")

    database_url: str = "sqlite+aiosqlite:///./var/advocacy.db"
