from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import SettingsConfigDict

from kit.mail import SmtpSettings, transport_kind
from kit.settings import ServiceSettings

EMBEDDED_CLICK_SECRET = "embedded-click-secret"
EMBEDDED_MAIL_LINK_SECRET = "embedded-mail-link-secret"


class AdvocacySettings(ServiceSettings, SmtpSettings):
    model_config = SettingsConfigDict(env_prefix="NETWISE_ADVOCACY_", extra="ignore")

    database_url: str = Field("sqlite+aiosqlite:///./var/advocacy.db", description="advocacy's database")
    # Public base URL of this service as clients see it, e.g. https://api.example.com/advocacy: short links are
    # <base>/r/<code>. Empty: derived from the request (the gateway's
    # X-Forwarded-* headers when it forwards, else this app's own URL).
    public_base_url: str = Field(
        "", description="this service's public URL as clients see it (short links are `<base>/r/<code>`); "
        "empty: derived from the request")
    # Used by background jobs (no request to derive from) while public_base_url is empty.
    fallback_base_url: str = Field(
        "http://127.0.0.1:8000/advocacy", description="the public URL background jobs use while "
        "`PUBLIC_BASE_URL` is empty")
    # Digest delivery: "auto" writes files in embedded mode and sends with SMTP in production.
    digest_transport: Literal["auto", "files", "smtp"] = Field(
        "auto", description="how digests leave: `files` (into `MAIL_DIR`), `smtp`, or `auto` (files in "
        "embedded mode, SMTP in production)")
    mail_dir: str = Field(
        "./var/mail", description="where digests are written as .eml files with the `files` transport")
    # Background work: delivering digests, sending weekly digests on each ambassador's day, click events.
    background_jobs: bool = Field(
        True, description="run digest delivery, weekly digests and click flushes in this process")
    digest_delivery_interval_seconds: float = Field(5.0, description="how often queued digest mails are sent")
    digest_max_backoff_seconds: float = Field(
        3600.0, description="longest wait before retrying a digest mail that failed")
    digest_schedule_interval_seconds: float = Field(
        300.0, description="how often the week's digests are written for ambassadors whose day it is")
    click_flush_interval_seconds: float = Field(
        15.0, description="how often counted clicks are announced to analytics (per finished minute)")
    click_dedupe_minutes: int = Field(
        30, description="repeated clicks of one link by one client within this many minutes count once")
    # Key of the HMAC that turns IP + User-Agent into a client hash (a plain hash of an IPv4 is reversible).
    click_hash_secret: SecretStr = Field(
        SecretStr(EMBEDDED_CLICK_SECRET), description="key of the HMAC that turns IP and User-Agent into a "
        "client hash (a plain hash is reversible)")
    # Key of the HMAC that signs the links in a digest (share, leave the programme): they work without a login.
    mail_link_secret: SecretStr = Field(
        SecretStr(EMBEDDED_MAIL_LINK_SECRET), description="key of the HMAC that signs a digest's share and "
        "leave links (they work without a login)")
    mail_share_link_days: int = Field(30, description="a digest's share links work this many days")
    mail_leave_link_days: int = Field(180, description="a digest's leave link works this many days")

    def weak_secrets(self) -> list[str]:
        return super().weak_secrets() + self.weak_variables(
            click_hash_secret=EMBEDDED_CLICK_SECRET, mail_link_secret=EMBEDDED_MAIL_LINK_SECRET)

    def transport_kind(self) -> Literal["files", "smtp"]:
        return transport_kind(self.digest_transport, self.mode)
