from pydantic_settings import SettingsConfigDict

from kit.settings import ServiceSettings


class CurriculumSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NETWISE_CURRICULUM_", extra="ignore")

    database_url: str = "sqlite+aiosqlite:///./var/curriculum.db"
    quiz_attempts_per_day: int = 3
    renewal_days_before_expiry: int = 30
    due_work_interval_seconds: float = 300.0
    refresher_due_days: int = 30
