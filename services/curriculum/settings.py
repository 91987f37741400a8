from pydantic import Field
from pydantic_settings import SettingsConfigDict

from kit.settings import ServiceSettings


class CurriculumSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NETWISE_CURRICULUM_", extra="ignore")

    database_url: str = Field("sqlite+aiosqlite:///./var/curriculum.db", description="curriculum's database")
    quiz_attempts_per_day: int = Field(
        3, description="quiz attempts a person may make per module and day (in the organisation's time zone)")
    renewal_days_before_expiry: int = Field(
        30, description="a renewal of a certification is assigned this many days before it expires")
    due_work_interval_seconds: float = Field(
        300.0, description="how often renewals are assigned and expired certifications announced")
    refresher_due_days: int = Field(
        30, description="a refresher (a module changed after certification) is due this many days after it is assigned")
    public_base_url: str = Field(
        "", description="this service's public URL as browsers see it (an LMS is given `<base>/lti/login`, "
        "`<base>/lti/launch` and `<base>/lti/jwks.json`); empty: derived from the request")
    lti_session_minutes: int = Field(
        120, ge=5, le=1440, description="how long the learner pages an LTI or cmi5 launch opens stay usable "
        "before the learner opens the link again in the LMS")
    lti_interval_seconds: float = Field(
        30.0, gt=0, description="how often scores waiting for an LMS gradebook and cmi5 statements waiting for "
        "an LMS's LRS are sent (failed ones retried), and due course rosters are enrolled")
    lti_roster_sync_minutes: int = Field(
        360, ge=1, description="how often an LMS course's roster is enrolled again in its placed track (and at "
        "each launch of the track)")
