"""Shared fixtures: every API test runs against the real app over HTTP on SQLite and, when the server
is reachable, on PostgreSQL (a database made for this run and dropped after it)."""

from __future__ import annotations

import asyncio
import email
import email.policy
import os
import socket
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from asgi_lifespan import LifespanManager
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from jobwise.core.config import Settings
from jobwise.core.db import create_engine
from jobwise.core.migrate import upgrade_async
from jobwise.main import create_app
from jobwise.models import Base

os.environ.setdefault("OMP_NUM_THREADS", "1")
RUN_ID = uuid.uuid4().hex[:10]
PG_HOST, PG_PORT = os.environ.get("JOBWISE_TEST_PG_HOST", "127.0.0.1"), 5432
PG_ADMIN_URL = f"postgresql://postgres@{PG_HOST}:{PG_PORT}/postgres"
REDIS_URL = os.environ.get("JOBWISE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
TEST_PASSWORD = "Correct-Horse-42"


def reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def redis_url() -> str:
    if not reachable("127.0.0.1", 6379):
        pytest.skip("Redis is not reachable at 127.0.0.1:6379; Redis variants skipped")
    return REDIS_URL


@dataclass
class Database:
    backend: str
    url: str
    engine: AsyncEngine

    async def clear(self) -> None:
        """Empty every user table between tests (faster than re-migrating, same schema).

        The sample feed stays: migrations load it, as in production."""
        tables = [t for t in Base.metadata.sorted_tables if t.name != "feed_postings"]
        async with self.engine.begin() as connection:
            if self.backend == "postgres":
                names = ", ".join(f'"{t.name}"' for t in tables)
                await connection.execute(text(f"TRUNCATE {names} CASCADE"))
            else:
                for table in reversed(tables):
                    await connection.execute(table.delete())


async def _postgres_database(name: str) -> str:
    import asyncpg

    admin = await asyncpg.connect(PG_ADMIN_URL.replace("postgresql://", "postgres://"))
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    return f"postgresql://postgres@{PG_HOST}:{PG_PORT}/{name}"


async def _drop_postgres_database(name: str) -> None:
    import asyncpg

    admin = await asyncpg.connect(PG_ADMIN_URL.replace("postgresql://", "postgres://"))
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
async def database(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Database]:
    if request.param == "postgres":
        if not reachable(PG_HOST, PG_PORT):
            pytest.skip(f"PostgreSQL is not reachable at {PG_HOST}:{PG_PORT}; PostgreSQL variants skipped")
        name = f"jobwise_test_{RUN_ID}"
        plain_url = await _postgres_database(name)
    else:
        plain_url = f"sqlite:///{tmp_path_factory.mktemp('sqlite') / 'jobwise.db'}"
    settings = Settings(database_url=plain_url)
    await upgrade_async(settings.async_database_url)
    engine = create_engine(settings.async_database_url)
    try:
        yield Database(request.param, plain_url, engine)
    finally:
        await engine.dispose()
        if request.param == "postgres":
            await _drop_postgres_database(name)


def make_settings(data_dir: Path, database_url: str | None = None, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "data_dir": data_dir,
        "database_url": database_url,
        "secret_key": "test-secret-key-" + "x" * 32,
        "mail_backend": "file",
        "rate_limit_auth": "100000/minute",
        "rate_limit_login_failures": "100000/minute",
        "log_json": True,
        "log_level": "WARNING",
    }
    values.update(overrides)
    return Settings(**values)


AppFactory = Callable[..., Awaitable[httpx.AsyncClient]]


@pytest.fixture
async def app_factory(database: Database, tmp_path: Path) -> AsyncIterator[AppFactory]:
    """Start the real app with setting overrides; yields an HTTP client bound to it."""
    stack: list[tuple[LifespanManager, httpx.AsyncClient]] = []

    async def start(**overrides: Any) -> httpx.AsyncClient:
        settings = make_settings(tmp_path, database.url, **overrides)
        manager = LifespanManager(create_app(settings))
        await manager.__aenter__()
        client = client_for(manager.app)
        stack.append((manager, client))
        return client

    yield start
    for manager, client in reversed(stack):
        await client.aclose()
        await manager.__aexit__(None, None, None)
    await database.clear()


def client_for(app: Any, ip: str = "127.0.0.1") -> httpx.AsyncClient:
    """An HTTP client for the app, seen by it as coming from `ip`."""
    client = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, client=(ip, 50000)), base_url="http://testserver"
    )
    client.app = app  # type: ignore[attr-defined]  # lets a test open more clients on the same app
    return client


@pytest.fixture
async def client(app_factory: AppFactory) -> httpx.AsyncClient:
    return await app_factory()


@dataclass
class Account:
    id: str
    email: str
    password: str
    access_token: str
    refresh_token: str
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}


async def register_and_login(
    client: httpx.AsyncClient,
    email: str | None = None,
    password: str = TEST_PASSWORD,
    full_name: str = "Test User",
) -> Account:
    email = email or f"user-{uuid.uuid4().hex[:8]}@example.com"
    response = await client.post(
        "/api/v1/auth/register", json={"email": email, "password": password, "full_name": full_name}
    )
    assert response.status_code == 201, response.text
    user_id = response.json()["id"]
    tokens = await login(client, email, password)
    return Account(user_id, email, password, tokens["access_token"], tokens["refresh_token"])


async def login(client: httpx.AsyncClient, email: str, password: str) -> dict[str, Any]:
    response = await client.post("/api/v1/auth/login", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    client.cookies.clear()  # tests opt into cookie auth explicitly
    data: dict[str, Any] = response.json()
    return data


@pytest.fixture
async def alice(client: httpx.AsyncClient) -> Account:
    return await register_and_login(client, "alice@example.com", full_name="Alice Example")


@pytest.fixture
async def bob(client: httpx.AsyncClient) -> Account:
    return await register_and_login(client, "bob@example.com", full_name="Bob Example")


@pytest.fixture
async def admin(client: httpx.AsyncClient, database: Database) -> Account:
    account = await register_and_login(client, "admin@example.com", full_name="Ada Admin")
    async with database.engine.begin() as connection:
        await connection.execute(
            text("UPDATE users SET role = 'admin' WHERE email = :email"), {"email": account.email}
        )
    return account


def read_outbox(data_dir: Path) -> list[str]:
    """The file mail backend's messages, oldest first, as headers plus decoded body."""
    outbox = data_dir / "outbox"
    mails = []
    for path in sorted(outbox.glob("*.eml"), key=os.path.getmtime) if outbox.exists() else []:
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        headers = "".join(f"{name}: {value}\n" for name, value in message.items())
        mails.append(headers + "\n" + message.get_content())  # type: ignore[attr-defined]
    return mails


async def wait_for(predicate: Callable[[], bool], seconds: float = 5.0) -> None:
    async with asyncio.timeout(seconds):
        while not predicate():  # noqa: ASYNC110 -- polls files another task writes
            await asyncio.sleep(0.02)


def make_pdf(lines: list[str], *, font: str = "Helvetica") -> bytes:
    """A real text PDF with one line per entry (a page break every 50 lines)."""
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = 800
    for line in lines:
        if y < 50:
            pdf.showPage()
            y = 800
        pdf.setFont(font, 10)
        pdf.drawString(50, y, line)
        y -= 15
    pdf.save()
    return buffer.getvalue()


def make_docx(paragraphs: list[str]) -> bytes:
    from io import BytesIO

    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


SAMPLE_CV = [
    "Maria Gonzalez",
    "maria.gonzalez@example.com | +44 20 7946 0018 | London, UK",
    "linkedin.com/in/mariagonzalez",
    "SUMMARY",
    "Backend engineer with seven years of experience building Python services.",
    "EXPERIENCE",
    "Senior Backend Engineer, Acme Corp",
    "Jan 2021 - Present",
    "- Built REST APIs in Python and FastAPI serving 50K requests per day",
    "- Led the migration of 12 services to Kubernetes on AWS, cutting costs by 30%",
    "Software Engineer, StartupCo",
    "Jun 2017 - Dec 2020",
    "- Developed a payment system on PostgreSQL and Redis handling $2M monthly",
    "- Improved test coverage from 40% to 85% with pytest",
    "EDUCATION",
    "University of Manchester, BSc Computer Science, 2013 - 2017",
    "SKILLS",
    "Python, FastAPI, PostgreSQL, Redis, Docker, Kubernetes, AWS, Git",
    "LANGUAGES",
    "English (native), Spanish (fluent)",
]


async def wait_for_cv(
    client: httpx.AsyncClient, cv_id: str, headers: dict[str, str], seconds: float = 90
) -> dict[str, Any]:
    """Poll a CV until its analysis has finished (completed or failed)."""
    async with asyncio.timeout(seconds):
        while True:
            body: dict[str, Any] = (await client.get(f"/api/v1/cvs/{cv_id}", headers=headers)).json()
            if body["status"] in ("completed", "failed"):
                return body
            await asyncio.sleep(0.1)
