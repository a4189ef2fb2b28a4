"""A real JobWise API for the UI tests: `jobwise serve --no-ui` on a free port with its own data dir."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from streamlit.testing.v1 import AppTest

os.environ.setdefault("OMP_NUM_THREADS", "1")
APP = str(Path(__file__).resolve().parents[2] / "jobwise" / "ui" / "app.py")
PASSWORD = "Correct-Horse-42"
POSTING = """Senior Python Developer
Company: Acme Analytics GmbH
Location: Berlin, Germany (hybrid, 2 days a week in the office)
Employment type: Full-time
Salary: EUR 65,000 - 80,000 per year

We build data products for retailers. You will design APIs and data pipelines.

Requirements:
- 4+ years of experience with Python
- FastAPI or Django, PostgreSQL, Docker
- Kubernetes and AWS experience
- Good communication skills in English

Nice to have: Airflow, Terraform.
"""


def cv_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    lines = [
        ("Helvetica-Bold", 16, "Maria Keller"),
        ("Helvetica", 10, "maria.keller@example.com | +49 30 1234567 | Berlin, Germany"),
        ("Helvetica-Bold", 12, "Summary"),
        ("Helvetica", 10, "Backend developer with six years of Python, APIs and data pipelines."),
        ("Helvetica-Bold", 12, "Experience"),
        ("Helvetica-Bold", 10, "Senior Backend Developer, DataWorks GmbH, Berlin   03/2021 - Present"),
        ("Helvetica", 10, "- Built FastAPI services on PostgreSQL serving 2 million requests a day"),
        ("Helvetica", 10, "- Moved batch jobs to Docker and Kubernetes, cutting costs by 30%"),
        ("Helvetica-Bold", 10, "Python Developer, ShopSoft AG, Hamburg   01/2018 - 02/2021"),
        ("Helvetica", 10, "- Developed Django applications and REST APIs for online shops"),
        ("Helvetica", 10, "- Wrote ETL pipelines in Python and SQL"),
        ("Helvetica-Bold", 12, "Education"),
        ("Helvetica", 10, "B.Sc. Computer Science, TU Berlin   2014 - 2017"),
        ("Helvetica-Bold", 12, "Skills"),
        ("Helvetica", 10, "Python, FastAPI, Django, PostgreSQL, Docker, Kubernetes, SQL, Git"),
        ("Helvetica-Bold", 12, "Languages"),
        ("Helvetica", 10, "German (native), English (fluent)"),
    ]
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = 800
    for font, size, text in lines:
        y -= 8 if size > 10 else 0
        pdf.setFont(font, size)
        pdf.drawString(50, y, text)
        y -= size + 6
    pdf.save()
    return buffer.getvalue()


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
def api_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test API's data directory (its mails land in outbox/)."""
    return tmp_path_factory.mktemp("api-data")


@pytest.fixture(scope="session")
def api_url(api_data_dir: Path) -> Iterator[str]:
    port = free_port()
    env = {
        **os.environ,
        "JOBWISE_DATA_DIR": str(api_data_dir),
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


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`jobwise serve` with its UI child process, as people run it; yields the UI's URL."""
    api_port, ui_port = free_port(), free_port()
    env = {**os.environ, "JOBWISE_DATA_DIR": str(tmp_path_factory.mktemp("e2e-data")),
           "JOBWISE_RATE_LIMIT_AUTH": "1000/minute", "JOBWISE_LOG_LEVEL": "WARNING"}  # fmt: skip
    command = [
        sys.executable,
        "-m",
        "jobwise.cli",
        "serve",
        "--port",
        str(api_port),
        "--ui-port",
        str(ui_port),
    ]
    log = tmp_path_factory.mktemp("e2e-log") / "serve.log"
    print(f"jobwise serve output: {log}")
    process = subprocess.Popen(command, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    try:
        wait_until_up(f"http://127.0.0.1:{api_port}/health", process)
        wait_until_up(f"http://127.0.0.1:{ui_port}/_stcore/health", process)
        yield f"http://127.0.0.1:{ui_port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


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


@pytest.fixture(scope="session")
def cv_bytes() -> bytes:
    return cv_pdf()


@pytest.fixture(scope="session")
def posting() -> str:
    return POSTING


@pytest.fixture
def ui(api_url: str) -> UI:
    return UI()


@pytest.fixture(scope="session")
def seeker(api_url: str) -> dict[str, Any]:
    """One account with an analysed CV and a job parsed from text (shared: building it takes seconds)."""
    email = f"seeker-{uuid.uuid4().hex[:8]}@example.com"
    with httpx.Client(base_url=f"{api_url}/api/v1", timeout=60) as http:
        assert http.post("/auth/register", json={"email": email, "password": PASSWORD}).status_code == 201
        token = http.post("/auth/login", json={"email": email, "password": PASSWORD}).json()["access_token"]
        http.headers["Authorization"] = f"Bearer {token}"
        cv = http.post("/cvs", files={"file": ("maria.pdf", cv_pdf(), "application/pdf")}).json()
        deadline = time.monotonic() + 120
        while cv["status"] in ("pending", "processing") and time.monotonic() < deadline:
            time.sleep(0.3)
            cv = http.get(f"/cvs/{cv['id']}").json()
        assert cv["status"] == "completed", cv
        job = http.post("/jobs/parse", json={"text": POSTING, "save": True}).json()["job"]
    return {"email": email, "password": PASSWORD, "cv": cv, "job": job}
