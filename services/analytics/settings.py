from typing import Literal

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from kit.mail import SmtpSettings, transport_kind
from kit.settings import ServiceSettings


class AnalyticsSettings(ServiceSettings, SmtpSettings):
    model_config = SettingsConfigDict(env_prefix="NETWISE_ANALYTICS_", extra="ignore")

    database_url: str = Field("sqlite+aiosqlite:///./var/analytics.db", description="analytics' database")
    report_mail_transport: Literal["auto", "files", "smtp"] = Field(
        "auto", description="how the monthly leadership report leaves: `files` (into `MAIL_DIR`), `smtp`, or "
        "`auto` (files in embedded mode, SMTP in production)")
    mail_dir: str = Field("./var/mail", description="where mail is written as .eml files with the `files` transport")
    report_mail_interval_seconds: float = Field(
        3600.0, gt=0, description="how often the leadership reports due (last month's, from the 1st in each "
        "organisation's time zone) are mailed to the people who asked for them")

    def report_mail_kind(self) -> Literal["files", "smtp"]:
        return transport_kind(self.report_mail_transport, self.mode)
