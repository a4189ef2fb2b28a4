"""Scale-out mode on a real PostgreSQL: the API defers to procrastinate, a separate `jobwise worker`
process analyses, and `jobwise reembed` recomputes embeddings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from jobwise.core.config import Settings
from jobwise.worker import apply_queue_schema, psycopg_conninfo
from tests.conftest import SAMPLE_CV, AppFactory, Database, make_pdf, register_and_login, wait_for_cv


def test_conninfo_is_plain_postgres() -> None:
    settings = Settings(
        database_url="postgres://u:p@db.example:5432/jobs?sslmode=require", queue="procrastinate"
    )
    assert psycopg_conninfo(settings) == "postgresql://u:p@db.example:5432/jobs?sslmode=require"
    with pytest.raises(ValueError, match="needs PostgreSQL"):
        psycopg_conninfo(Settings(database_url="sqlite:///x.db"))


async def test_worker_process_analyses_what_the_api_queued(
    app_factory: AppFactory, database: Database, tmp_path: Path
) -> None:
    if database.backend != "postgres":
        pytest.skip("scale-out mode runs on PostgreSQL")
    env = {
        **os.environ,
        "JOBWISE_DATABASE_URL": database.url,
        "JOBWISE_DATA_DIR": str(tmp_path),
        "JOBWISE_QUEUE": "procrastinate",
        "JOBWISE_LOG_LEVEL": "WARNING",
    }
    await apply_queue_schema(Settings(database_url=database.url, queue="procrastinate"))
    client = await app_factory(queue="procrastinate")
    account = await register_and_login(client)
    r = await client.post(
        "/api/v1/cvs",
        files={"file": ("cv.pdf", make_pdf(SAMPLE_CV), "application/pdf")},
        headers=account.headers,
    )
    assert r.status_code == 201
    cv_id = r.json()["id"]
    assert (await client.get(f"/api/v1/cvs/{cv_id}", headers=account.headers)).json()["status"] == "pending"
    worker = subprocess.Popen(
        [sys.executable, "-m", "jobwise.cli", "worker", "--concurrency", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        cv = await wait_for_cv(client, cv_id, account.headers, seconds=120)
    finally:
        worker.terminate()
        _, stderr = worker.communicate(timeout=30)
    assert cv["status"] == "completed", stderr.decode()[-2000:]
    assert cv["parsed_content"]["contact"]["email"] == "maria.gonzalez@example.com"
    reembedded = subprocess.run(
        [sys.executable, "-m", "jobwise.cli", "reembed", "--all"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert reembedded.returncode == 0, reembedded.stderr
    assert "Re-embedded 1 CVs." in reembedded.stdout


def test_worker_refuses_embedded_mode(tmp_path: Path) -> None:
    env = {**os.environ, "JOBWISE_DATA_DIR": str(tmp_path), "JOBWISE_DATABASE_URL": ""}
    result = subprocess.run(
        [sys.executable, "-m", "jobwise.cli", "worker"], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    assert "JOBWISE_QUEUE=procrastinate" in result.stderr
