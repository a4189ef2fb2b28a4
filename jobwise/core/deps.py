"""Request-scoped dependencies shared by every feature: app context, DB session, client info."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

import httpx
from fastapi import Depends, Request
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from jobwise.ai.embeddings import Embedder
from jobwise.core.config import Settings
from jobwise.core.db import SQLiteFastReader
from jobwise.core.mail import Mailer
from jobwise.core.ratelimit import RateLimiter
from jobwise.core.storage import Storage
from jobwise.core.tasks import TaskQueue


@dataclass
class AppContext:
    """What the lifespan builds once and every request reads."""

    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    limiter: RateLimiter
    mailer: Mailer
    embedder: Embedder
    storage: Storage
    cv_queue: TaskQueue
    http: httpx.AsyncClient  # for AI providers; URL import uses core.http's SSRF-safe fetcher
    fast_reader: SQLiteFastReader | None = None
    extras: dict[str, Any] = field(default_factory=dict)


async def get_context(request: Request) -> AppContext:
    context: AppContext = request.app.state.context
    return context


ContextDep = Annotated[AppContext, Depends(get_context)]


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.context.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    context: AppContext = request.app.state.context
    async with context.sessions() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session)]


@dataclass(frozen=True)
class ClientInfo:
    ip: str | None
    user_agent: str | None


async def get_client(request: Request) -> ClientInfo:
    agent = request.headers.get("user-agent")
    return ClientInfo(
        ip=request.client.host if request.client else None, user_agent=agent[:256] if agent else None
    )


ClientDep = Annotated[ClientInfo, Depends(get_client)]


def _takes_many(annotation: Any) -> bool:
    origin = get_origin(annotation)
    if origin in (Union, UnionType):
        return any(_takes_many(arg) for arg in get_args(annotation))
    return origin in (list, set, frozenset, tuple) or annotation in (list, set, frozenset, tuple)


def _list_names(dependant: Dependant) -> set[str]:
    names = {f.alias for f in dependant.query_params if _takes_many(f.field_info.annotation)}
    for sub in dependant.dependencies:
        names |= _list_names(sub)
    return names


async def reject_repeated_query_params(request: Request) -> None:
    """A scalar query parameter given twice is ambiguous (FastAPI would silently keep the last): 422."""
    query = request.query_params
    if len(query.multi_items()) == len(query):
        return
    dependant = getattr(request.scope.get("route"), "dependant", None)
    if dependant is None:
        return
    many = _list_names(dependant)  # rare path: no cache needed
    repeated = sorted(name for name in query if name not in many and len(query.getlist(name)) > 1)
    if repeated:
        raise RequestValidationError(
            [
                {"loc": ("query", name), "msg": "Give this parameter only once", "type": "repeated"}
                for name in repeated
            ]
        )
