"""Outgoing mail: console (default, for a laptop), file (one .eml per message) or SMTP."""

from __future__ import annotations

import asyncio
import smtplib
import ssl
import sys
import uuid
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol
from urllib.parse import parse_qs, unquote, urlsplit

import structlog

log = structlog.get_logger(__name__)


class Mailer(Protocol):
    async def send(self, message: EmailMessage) -> None: ...


def build_message(*, sender: str, to: str, subject: str, body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = f"<{uuid.uuid4()}@jobwise>"
    message.set_content(body, cte="7bit" if body.isascii() else "8bit")  # links stay copyable
    return message


class ConsoleMailer:
    """Prints the whole message to stdout (not the log) so a self-hoster can follow reset links."""

    async def send(self, message: EmailMessage) -> None:
        sys.stdout.write(f"\n----- mail -----\n{message.as_string()}\n----- end mail -----\n")
        sys.stdout.flush()


class FileMailer:
    def __init__(self, outbox: Path) -> None:
        self.outbox = outbox

    async def send(self, message: EmailMessage) -> None:
        await asyncio.to_thread(self._write, message)

    def _write(self, message: EmailMessage) -> None:
        self.outbox.mkdir(parents=True, exist_ok=True)
        target = self.outbox / f"{uuid.uuid4()}.eml"
        partial = target.with_suffix(".tmp")
        partial.write_bytes(message.as_bytes())
        partial.replace(target)  # readers never see half a message


class SmtpMailer:
    """`smtp://user:pass@host:587` (STARTTLS when offered, `?starttls=false` to skip) or `smtps://host:465`."""

    def __init__(self, url: str, timeout: float = 15.0) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise ValueError("JOBWISE_SMTP_URL must look like smtp://user:pass@host:587 or smtps://host:465")
        self.host = parts.hostname
        self.implicit_tls = parts.scheme == "smtps"
        self.port = parts.port or (465 if self.implicit_tls else 587)
        self.username = unquote(parts.username) if parts.username else None
        self.password = unquote(parts.password) if parts.password else None
        self.starttls = parse_qs(parts.query).get("starttls", ["true"])[0].lower() != "false"
        self.timeout = timeout

    async def send(self, message: EmailMessage) -> None:
        await asyncio.to_thread(self._send, message)

    def _send(self, message: EmailMessage) -> None:
        context = ssl.create_default_context()
        if self.implicit_tls:
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                self.host, self.port, timeout=self.timeout, context=context
            )
        else:
            client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        with client:
            client.ehlo()
            if not self.implicit_tls and self.starttls and client.has_extn("starttls"):
                client.starttls(context=context)
                client.ehlo()
            if self.username and self.password:
                client.login(self.username, self.password)
            client.send_message(message)


def make_mailer(backend: str, *, outbox: Path, smtp_url: str | None) -> Mailer:
    if backend == "file":
        return FileMailer(outbox)
    if backend == "smtp":
        if not smtp_url:
            raise ValueError("JOBWISE_MAIL_BACKEND=smtp needs JOBWISE_SMTP_URL")
        return SmtpMailer(smtp_url)
    return ConsoleMailer()


async def send_quietly(mailer: Mailer, message: EmailMessage) -> None:
    """Deliver in the background; a failed delivery is logged (without the body), never raised."""
    try:
        await mailer.send(message)
    except Exception as exc:
        log.error("mail.delivery_failed", subject=message["Subject"], error=type(exc).__name__)
