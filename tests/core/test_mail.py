"""Mail backends against real receivers: a file outbox and a local SMTP server (aiosmtpd)."""

from __future__ import annotations

import email
import email.policy
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from jobwise.core.mail import FileMailer, SmtpMailer, build_message, make_mailer


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((envelope.mail_from, envelope.rcpt_tos, envelope.content))
        return "250 OK"


@pytest.fixture
def smtp_server() -> Iterator[tuple[int, _Inbox]]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield port, inbox
    controller.stop()


def _message() -> email.message.EmailMessage:
    return build_message(
        sender="JobWise <no-reply@jobwise.test>",
        to="jo@example.com",
        subject="Hello",
        body="Reset here: http://localhost:8501/?reset_token=abc_DEF-123",
    )


async def test_smtp_backend_delivers_to_a_real_server(smtp_server: tuple[int, _Inbox]) -> None:
    port, inbox = smtp_server
    await SmtpMailer(f"smtp://127.0.0.1:{port}?starttls=false").send(_message())
    assert len(inbox.messages) == 1
    sender, recipients, content = inbox.messages[0]
    assert (sender, recipients) == ("no-reply@jobwise.test", ["jo@example.com"])
    parsed = email.message_from_bytes(content, policy=email.policy.default)
    assert parsed["Subject"] == "Hello"
    assert "reset_token=abc_DEF-123" in parsed.get_content()  # type: ignore[attr-defined]


async def test_file_backend_writes_one_eml_per_message(tmp_path: Path) -> None:
    mailer = FileMailer(tmp_path / "outbox")
    await mailer.send(_message())
    await mailer.send(_message())
    files = sorted((tmp_path / "outbox").glob("*.eml"))
    assert len(files) == 2
    assert b"reset_token=abc_DEF-123" in files[0].read_bytes()


def test_smtp_backend_needs_a_url(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="JOBWISE_SMTP_URL"):
        make_mailer("smtp", outbox=tmp_path, smtp_url=None)
    with pytest.raises(ValueError, match="smtp://"):
        SmtpMailer("http://mail.example.com")
