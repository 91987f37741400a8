"""Sending mail: SMTP in production, .eml files under a folder in embedded mode (and for tests to read)."""

import asyncio
import smtplib
import ssl
from email.message import EmailMessage
from pathlib import Path
from typing import Literal, Protocol

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings


class SmtpSettings(BaseSettings):
    """The mail server of a service that sends mail (its own `NETWISE_<APP>_SMTP_*` variables)."""

    smtp_host: str = Field("localhost", description="SMTP server the service's mail goes through")
    smtp_port: int = Field(587, description="SMTP port")
    smtp_user: str = Field("", description="SMTP user name; empty: no login")
    smtp_password: SecretStr = Field(SecretStr(""), description="SMTP password")
    smtp_from: str = Field("netwise <no-reply@netwise.local>", description="the From address of its mail")
    smtp_starttls: bool = Field(True, description="upgrade the SMTP connection with STARTTLS")
    smtp_timeout_seconds: float = Field(
        20.0, description="an SMTP exchange slower than this fails and is retried later")


class Mailer(Protocol):
    async def send(self, email: EmailMessage, *, folder: str, name: str) -> None:
        """Delivers the message or raises; `folder` and `name` place it when written to files."""


class FileMailer:
    """Embedded mode: each message becomes `<directory>/<folder>/<name>.eml`."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)

    async def send(self, email: EmailMessage, *, folder: str, name: str) -> None:
        target = self.directory / folder
        await asyncio.to_thread(target.mkdir, parents=True, exist_ok=True)
        await asyncio.to_thread((target / f"{name}.eml").write_bytes, email.as_bytes())


class SmtpMailer:
    """Production: standard-library smtplib, run in a thread so the event loop never blocks on the network."""

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings

    async def send(self, email: EmailMessage, *, folder: str = "", name: str = "") -> None:
        await asyncio.to_thread(self._send, email)

    def _send(self, email: EmailMessage) -> None:
        s = self.settings
        with smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.smtp_timeout_seconds) as smtp:
            if s.smtp_starttls:
                smtp.starttls(context=ssl.create_default_context())
            if s.smtp_user:
                smtp.login(s.smtp_user, s.smtp_password.get_secret_value())
            smtp.send_message(email)


def transport_kind(choice: Literal["auto", "files", "smtp"], mode: str) -> Literal["files", "smtp"]:
    """`auto`: files in embedded mode, SMTP in production."""
    if choice != "auto":
        return choice
    return "files" if mode == "embedded" else "smtp"


def mailer_for(kind: Literal["files", "smtp"], settings: SmtpSettings, directory: str | Path) -> Mailer:
    return SmtpMailer(settings) if kind == "smtp" else FileMailer(directory)
