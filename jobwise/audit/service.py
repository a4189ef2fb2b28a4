from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.audit.models import AuditEvent
from jobwise.core.db import paginate
from jobwise.core.deps import ClientInfo
from jobwise.core.schemas import PageParams


def record(
    session: AsyncSession,
    event: str,
    *,
    user_id: uuid.UUID | None,
    client: ClientInfo | None = None,
    actor_id: uuid.UUID | None = None,
    **details: Any,
) -> None:
    """Add an audit event to the caller's transaction (it commits with the action it records)."""
    session.add(
        AuditEvent(
            user_id=user_id,
            actor_id=actor_id,
            event=event,
            ip=client.ip if client else None,
            user_agent=client.user_agent if client else None,
            details=details,
        )
    )


async def list_events(
    session: AsyncSession, page: PageParams, *, user_id: uuid.UUID | None, event: str | None
) -> tuple[list[AuditEvent], int]:
    query = select(AuditEvent)
    if user_id is not None:
        query = query.where(AuditEvent.user_id == user_id)
    if event:
        query = query.where(AuditEvent.event == event)
    return await paginate(session, query, page, AuditEvent.created_at.desc(), AuditEvent.id)
