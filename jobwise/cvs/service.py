"""CV uploads and their lifecycle. Public functions commit once; helpers only flush."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.cvs.errors import CVNotAnalyzed, CVNotFound
from jobwise.cvs.models import CV
from jobwise.users.models import User


async def get_owned(session: AsyncSession, user: User, cv_id: uuid.UUID) -> CV:
    """The caller's active CV; someone else's CV looks exactly like a missing one."""
    cv = await session.scalar(select(CV).where(CV.id == cv_id, CV.user_id == user.id, CV.is_active.is_(True)))
    if cv is None:
        raise CVNotFound()
    return cv


async def get_analysed(session: AsyncSession, user: User, cv_id: uuid.UUID) -> CV:
    """The caller's CV, which must have a completed analysis (400 cv_not_analyzed otherwise)."""
    cv = await get_owned(session, user, cv_id)
    if cv.status != "completed":
        raise CVNotAnalyzed()
    return cv
