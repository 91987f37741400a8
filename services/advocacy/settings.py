from typing import Literal

from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict

from kit.settings import ServiceSettings

EMBEDDED_CLICK_SECRET = "embedded-click-secret"
EMBEDDED_MAIL_LINK_SECRET = "embedded-mail-link-secret"


class AdvocacySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NETWISE_ADVOCACY_", extra="ignore")

    database_url: str = "sqlite+aiosqlite:///./var/advocacy.db"
    # Public base URL of this service as clients see it, e.g. https://api.example.com/advocacy: short links are
    # <base>/r/<code>. Empty: derived from the request (the gateway's
    # X-Forwarded-* headers when it forwards, else this app's own URL).
    public_base_url: str = ""
    # Used by background jobs (no request to derive from) while public_base_url is empty.
    fallback_base_url: str = "http://127.0.0.1:8000/advocacy"
    # Digest delivery: "auto" writes files in embedded mode and sends with SMTP in production.
    digest_transport: Literal["auto", "files", "smtp"] = "auto"
    mail_dir: str = "./var/mail"
    smtp_host: str = "localhost"
    smtp_port: int = 587
    smtp_user: str = ""
    smtp_password: SecretStr = SecretStr("")
    smtp_from: str = "netwise <no-reply@netwise.local>"
    smtp_starttls: bool = True
    smtp_timeout_seconds: float = 20.0
    # Background work: delivering digests, sending weekly digests on each ambassador's day, click events.
    background_jobs: bool = True
    digest_delivery_interval_seconds: float = 5.0
    digest_max_backoff_seconds: float = 3600.0
    digest_schedule_interval_seconds: float = 300.0
    click_flush_interval_seconds: float = 15.0
    click_dedupe_minutes: int = 30
    # Key of the HMAC that turns IP + User-Agent into a client hash (a plain hash of an IPv4 is reversible).
    click_hash_secret: SecretStr = SecretStr(EMBEDDED_CLICK_SECRET)
    # Key of the HMAC that signs the links in a digest (share, leave the programme): they work without a login.
    mail_link_secret: SecretStr = SecretStr(EMBEDDED_MAIL_LINK_SECRET)
    mail_share_link_days: int = 30
    mail_leave_link_days: int = 180

    def weak_secrets(self) -> list[str]:
        return super().weak_secrets() + self.weak_variables(
            click_hash_secret=EMBEDDED_CLICK_SECRET, mail_link_secret=EMBEDDED_MAIL_LINK_SECRET)

    def transport_kind(self) -> Literal["files", "smtp"]:
        if self.digest_transport != "auto":
            return self.digest_transport
        return "files" if self.mode == "embedded" else "smtp"
