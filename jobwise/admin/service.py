from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.admin.schemas import AdminUserUpdate
from jobwise.audit import service as audit
from jobwise.auth.service import revoke_all_sessions
from jobwise.core.db import paginate
from jobwise.core.deps import ClientInfo
from jobwise.core.errors import BadRequest, NotFound
from jobwise.core.schemas import PageParams
from jobwise.users.models import User


class UserNotFound(NotFound):
    code = "user_not_found"
    message = "User not found."


class CannotModifySelf(BadRequest):
    code = "cannot_modify_self"
    message = "You cannot remove your own admin role or deactivate yourself; ask another admin."


async def list_users(session: AsyncSession, page: PageParams, q: str | None) -> tuple[list[User], int]:
    query = select(User)
    if q:
        query = query.where(User.email.contains(q.lower()))
    return await paginate(session, query, page, User.created_at.desc(), User.id)


async def update_user(
    session: AsyncSession, admin: User, user_id: uuid.UUID, data: AdminUserUpdate, client: ClientInfo
) -> User:
    user = await session.get(User, user_id)
    if user is None:
        raise UserNotFound()
    changes = {
        key: value for key, value in data.model_dump(exclude_none=True).items() if getattr(user, key) != value
    }
    if user.id == admin.id and (changes.get("role") == "user" or changes.get("is_active") is False):
        raise CannotModifySelf()
    for field, value in changes.items():
        setattr(user, field, value)
    if changes.get("is_active") is False:
        await revoke_all_sessions(session, user.id, reason="deactivated")
    if changes:
        audit.record(
            session, "admin.user_updated", user_id=user.id, actor_id=admin.id, client=client, **changes
        )
    await session.commit()
    return user
