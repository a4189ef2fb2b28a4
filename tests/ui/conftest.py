"""A real JobWise API for the UI tests: `jobwise serve --no-ui` on a free port with its own data dir."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from streamlit.testing.v1 import AppTest

os.environ.setdefault("OMP_NUM_THREADS", "1")
APP = str(Path(__file__).resolve().parents[2] / "jobwise" / "ui" / "app.py")
PASSWORD = "Correct-Horse-42"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(url: str, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


@pytest.fixture(scope="session")
def api_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    env = {
        **os.environ,
        "JOBWISE_DATA_DIR": str(tmp_path_factory.mktemp("api-data")),
        "JOBWISE_RATE_LIMIT_AUTH": "10000/minute",
        "JOBWISE_RATE_LIMIT_UPLOADS": "10000/hour",
        "JOBWISE_LOG_LEVEL": "WARNING",
        "JOBWISE_MAIL_BACKEND": "file",
    }
    env.pop("JOBWISE_DATABASE_URL", None)
    env.pop("JOBWISE_REDIS_URL", None)
    command = [sys.executable, "-m", "jobwise.cli", "serve", "--no-ui", "--port", str(port)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{url}/health", process)
        os.environ["JOBWISE_API_URL"] = url  # read by the UI's client in AppTest runs
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture
def account(api_url: str) -> dict[str, str]:
    """A fresh registered account (email, password)."""
    email = f"ui-{uuid.uuid4().hex[:8]}@example.com"
    response = httpx.post(f"{api_url}/api/v1/auth/register", json={"email": email, "password": PASSWORD})
    assert response.status_code == 201, response.text
    return {"email": email, "password": PASSWORD}


class UI:
    """Drives the Streamlit app with AppTest against the test API."""

    @staticmethod
    def app() -> AppTest:
        return AppTest.from_file(APP, default_timeout=120)

    def signed_in(self, account: dict[str, str], page: str | None = None) -> AppTest:
        """The app signed in through its own sign-in form, on `page` when given."""
        at = self.app().run()
        at.text_input(key="login_email").input(account["email"])
        at.text_input(key="login_password").input(account["password"])
        at.button[0].click().run()
        assert at.session_state["api"].signed_in, self.texts(at)
        if page:
            at.switch_page(page).run()
        return at

    @staticmethod
    def texts(at: AppTest) -> str:
        """Everything the page says, for asserting on messages."""
        kinds = ("title", "header", "subheader", "markdown", "caption", "info", "success", "warning", "error")
        return "\n".join(str(e.value) for kind in kinds for e in getattr(at, kind))


@pytest.fixture
def ui(api_url: str) -> UI:
    return UI()
