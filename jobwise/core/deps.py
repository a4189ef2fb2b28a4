"""Request-scoped dependencies shared by every feature: app context, DB session, client info."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from jobwise.core.config import Settings
from jobwise.core.mail import Mailer
from jobwise.core.ratelimit import RateLimiter


@dataclass
class AppContext:
    """What the lifespan builds once and every request reads."""

    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    limiter: RateLimiter
    mailer: Mailer
    extras: dict[str, Any] = field(default_factory=dict)


def get_context(request: Request) -> AppContext:
    context: AppContext = request.app.state.context
    return context


ContextDep = Annotated[AppContext, Depends(get_context)]


def get_settings(request: Request) -> Settings:
    return get_context(request).settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with get_context(request).sessions() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session)]


@dataclass(frozen=True)
class ClientInfo:
    ip: str | None
    user_agent: str | None


def get_client(request: Request) -> ClientInfo:
    agent = request.headers.get("user-agent")
    return ClientInfo(
        ip=request.client.host if request.client else None, user_agent=agent[:256] if agent else None
    )


ClientDep = Annotated[ClientInfo, Depends(get_client)]
