"""create_app(): the lifespan builds shared resources once; routers, middleware and handlers."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import version
from typing import Any

import httpx
from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi

from jobwise.admin.router import router as admin_router
from jobwise.auth.dependencies import AUTHENTICATED, SECURITY_SCHEMES
from jobwise.auth.router import router as auth_router
from jobwise.core.config import Settings
from jobwise.core.db import SQLiteFastReader, create_engine, create_sessionmaker
from jobwise.core.deps import AppContext, reject_repeated_query_params
from jobwise.core.handlers import install_error_handlers
from jobwise.core.logging import configure_logging
from jobwise.core.mail import make_mailer
from jobwise.core.middleware import BodyLimitMiddleware, RequestContextMiddleware
from jobwise.core.providers import embedder_from_settings
from jobwise.core.ratelimit import RateLimiter
from jobwise.core.schemas import error_responses
from jobwise.core.storage import storage_from_url
from jobwise.core.tasks import InProcessQueue, TaskQueue
from jobwise.cvs.processing import Pipeline
from jobwise.cvs.router import resume_router
from jobwise.cvs.router import router as cvs_router
from jobwise.documents import shutdown_pool
from jobwise.jobs.router import bias_router
from jobwise.jobs.router import router as jobs_router
from jobwise.operations import router as operations_router
from jobwise.profiles.router import router as profiles_router
from jobwise.users.router import router as users_router

API_PREFIX = "/api/v1"


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    configure_logging(settings.log_level, json=settings.log_json)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = create_engine(settings.async_database_url)
        http = httpx.AsyncClient(timeout=httpx.Timeout(60.0, connect=5.0))
        sessions = create_sessionmaker(engine)
        embedder = embedder_from_settings(settings, http)
        storage = storage_from_url(settings.storage_url, settings.data_dir)
        pipeline = Pipeline(sessions, storage, embedder)
        queue_app = None
        cv_queue: TaskQueue
        if settings.queue == "procrastinate":  # scale-out: `jobwise worker` processes do the work
            from jobwise.worker import ProcrastinateQueue, make_queue_app

            queue_app = make_queue_app(settings)
            await queue_app.open_async()
            cv_queue = ProcrastinateQueue(queue_app)
        else:
            cv_queue = InProcessQueue(
                "cv", pipeline.run, pipeline.sweep, concurrency=settings.worker_concurrency, sweep_seconds=30
            )
        app.state.context = AppContext(
            settings=settings,
            engine=engine,
            sessions=sessions,
            limiter=RateLimiter(settings.redis_url, key_prefix=settings.redis_prefix),
            mailer=make_mailer(
                settings.mail_backend, outbox=settings.data_dir / "outbox", smtp_url=settings.smtp_url
            ),
            fast_reader=SQLiteFastReader(settings.async_database_url) if settings.is_sqlite else None,
            embedder=embedder,
            http=http,
            storage=storage,
            cv_queue=cv_queue,
        )
        if isinstance(cv_queue, InProcessQueue):
            await cv_queue.start()  # its first sweep picks up work a previous run left behind
        # Start-up objects live as long as the process: keep them out of every later GC pass
        # (a full collection over them took ~170 ms, the p99 of a loaded server).
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            if isinstance(cv_queue, InProcessQueue):
                await cv_queue.stop()
            if queue_app is not None:
                await queue_app.close_async()
            await asyncio.to_thread(shutdown_pool)
            await engine.dispose()
            await http.aclose()
            if app.state.context.fast_reader:
                app.state.context.fast_reader.dispose()

    app = FastAPI(
        title="JobWise API",
        version=version("jobwise"),
        description="Self-hostable AI job-search workbench: CVs, profiles, jobs, matching and tracking.",
        lifespan=lifespan,
    )
    app.include_router(operations_router)  # first: probes should not wait for route matching
    app.include_router(operations_router, prefix=API_PREFIX, include_in_schema=False)
    errors = error_responses(400, 401, 403, 404, 413, 422, 429)
    strict_query = [Depends(reject_repeated_query_params)]
    routers = (auth_router, users_router, admin_router, cvs_router, resume_router, profiles_router)
    for router in (*routers, jobs_router, bias_router):  # one level of inclusion: cheaper matching
        app.include_router(router, prefix=API_PREFIX, responses=errors, dependencies=strict_query)
    install_error_handlers(app)
    app.openapi = lambda: _openapi_with_security(app)  # type: ignore[method-assign]
    app.add_middleware(
        BodyLimitMiddleware,
        max_json_bytes=settings.max_json_kb * 1024,
        max_upload_bytes=settings.max_upload_bytes,
    )
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_credentials=True,
        allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
        allow_headers=["Authorization", "Content-Type", "X-API-Key", "X-CSRF-Token", "X-Request-ID"],
        expose_headers=["X-Request-ID", "Retry-After"],
    )
    app.add_middleware(RequestContextMiddleware)
    return app


PUBLIC_OPERATIONS = {
    "/auth/register",
    "/auth/login",
    "/auth/refresh",
    "/auth/password/forgot",
    "/auth/password/reset",
}


def _openapi_with_security(app: FastAPI) -> dict[str, Any]:
    """The generated schema plus the three ways to authenticate, on every non-public API route."""
    if app.openapi_schema is None:
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        schema.setdefault("components", {})["securitySchemes"] = SECURITY_SCHEMES
        for path, operations in schema["paths"].items():
            if path.startswith(API_PREFIX) and path.removeprefix(API_PREFIX) not in PUBLIC_OPERATIONS:
                for operation in operations.values():
                    operation.update(AUTHENTICATED)
        app.openapi_schema = schema
    return app.openapi_schema
