"""Liveness, readiness and Prometheus metrics."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text

from jobwise.core.deps import AppContext, ContextDep

router = APIRouter(tags=["Operations"])
CHECK_TIMEOUT_S = 5.0  # the first check of the builtin model loads it


@router.get("/health")
async def health() -> dict[str, str]:
    """Liveness: the process answers."""
    return {"status": "ok"}


@router.get("/ready", responses={503: {"description": "A required dependency is down"}})
async def ready(context: ContextDep) -> JSONResponse:
    """Readiness: database, Redis (when configured), storage and the AI provider."""
    checks = {
        "database": await _timed(_database_ok(context)),
        "storage": await _timed(context.storage.check()),
        # Optional: without embeddings, analyses still complete (vectors are filled in later).
        "ai_provider": {
            **await _timed(context.embedder.check()),
            "provider": context.embedder.provider,
            "model": context.embedder.model,
            "required": False,
        },
    }
    if context.settings.redis_url:
        checks["redis"] = await _timed(_redis_ok(context))
    healthy = all(check["status"] == "ok" for check in checks.values() if check.get("required", True))
    return JSONResponse(
        {"status": "ready" if healthy else "unavailable", "checks": checks}, 200 if healthy else 503
    )


@router.get("/metrics", include_in_schema=False)
async def metrics() -> Response:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


async def _timed(check: Any) -> dict[str, Any]:
    try:
        ok = await asyncio.wait_for(check, CHECK_TIMEOUT_S)
    except Exception as exc:
        return {"status": "down", "error": type(exc).__name__}
    return {"status": "ok" if ok else "down"}


async def _database_ok(context: AppContext) -> bool:
    async with context.engine.connect() as connection:
        await connection.execute(text("SELECT 1"))
    return True


async def _redis_ok(context: AppContext) -> bool:
    return bool(await context.limiter.ping())
