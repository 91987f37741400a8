from pydantic_settings import SettingsConfigDict

from kit.settings import ServiceSettings


class CurriculumSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NETWISE_CURRICULUM_", extra="ignore")

    database_url: str = "sqlite+aiosqlite:///./var/curriculum.db"
