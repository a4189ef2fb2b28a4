"""Scale-out mode: background work goes through procrastinate, a maintained PostgreSQL job queue.

API processes defer one job per CV after the upload commits; any number of `jobwise worker`
processes (on any machines) run them. The CV row stays the record of truth (status, attempts,
lease), so a job delivered twice or a worker killed mid-run is harmless: a periodic sweep re-defers
what is waiting or abandoned, and every claim checks the lease."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import procrastinate
import structlog
from sqlalchemy import text
from sqlalchemy.engine import make_url

from jobwise.core.config import Settings
from jobwise.core.db import create_engine, create_sessionmaker
from jobwise.core.providers import embedder_from_settings
from jobwise.core.storage import storage_from_url
from jobwise.cvs.processing import Pipeline

log = structlog.get_logger(__name__)


@dataclass
class _Runtime:
    """What tasks need, built once per worker process."""

    pipeline: Pipeline | None = None
    closers: list[object] = field(default_factory=list)


_runtime = _Runtime()


def psycopg_conninfo(settings: Settings) -> str:
    url = make_url(settings.async_database_url)
    if url.get_backend_name() != "postgresql":
        raise ValueError("JOBWISE_QUEUE=procrastinate needs PostgreSQL in JOBWISE_DATABASE_URL")
    query = {("sslmode" if key == "ssl" else key): value for key, value in url.query.items()}
    return url.set(drivername="postgresql", query=query).render_as_string(hide_password=False)


def make_queue_app(settings: Settings) -> procrastinate.App:
    app = procrastinate.App(connector=procrastinate.PsycopgConnector(conninfo=psycopg_conninfo(settings)))

    @app.task(name="cv.analyze", queue="cv")
    async def analyze_cv(cv_id: str) -> None:
        assert _runtime.pipeline is not None, "tasks run inside `jobwise worker`"
        await _runtime.pipeline.run(uuid.UUID(cv_id))

    @app.periodic(cron="* * * * *", periodic_id="cv-sweep")
    @app.task(name="cv.sweep", queue="cv", queueing_lock="cv-sweep")
    async def sweep(timestamp: int) -> None:
        assert _runtime.pipeline is not None
        for cv_id in await _runtime.pipeline.sweep():
            await analyze_cv.defer_async(cv_id=str(cv_id))

    return app


class ProcrastinateQueue:
    """The API side: hand committed CVs to the workers."""

    def __init__(self, app: procrastinate.App) -> None:
        self.app = app

    async def submit(self, item_id: uuid.UUID) -> None:
        await self.app.configure_task("cv.analyze").defer_async(cv_id=str(item_id))


async def apply_queue_schema(settings: Settings) -> bool:
    """Install procrastinate's tables once (its own schema, next to JobWise's Alembic-made one)."""
    engine = create_engine(settings.async_database_url)
    try:
        async with engine.connect() as connection:
            exists = await connection.scalar(text("SELECT to_regclass('procrastinate_jobs') IS NOT NULL"))
    finally:
        await engine.dispose()
    if exists:
        return False
    app = make_queue_app(settings)
    async with app.open_async():
        await app.schema_manager.apply_schema_async()
    return True


async def run_worker(settings: Settings, *, concurrency: int) -> None:
    engine = create_engine(settings.async_database_url)
    embedder = embedder_from_settings(settings)
    _runtime.pipeline = Pipeline(
        create_sessionmaker(engine), storage_from_url(settings.storage_url, settings.data_dir), embedder
    )
    app = make_queue_app(settings)
    log.info("worker.started", concurrency=concurrency, queues=["cv"])
    try:
        async with app.open_async():
            await app.run_worker_async(queues=["cv"], concurrency=concurrency, install_signal_handlers=True)
    finally:
        await engine.dispose()
