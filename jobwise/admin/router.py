from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from jobwise.admin import service
from jobwise.admin.schemas import AdminUserUpdate, AuditEventRead
from jobwise.audit import service as audit
from jobwise.auth.dependencies import AdminUser
from jobwise.core.deps import ClientDep, SessionDep
from jobwise.core.schemas import Page, PageParams, page_params
from jobwise.users.models import User
from jobwise.users.schemas import UserRead

router = APIRouter(prefix="/admin", tags=["Admin"])
Paging = Annotated[PageParams, Depends(page_params)]


@router.get("/users", response_model=Page[UserRead])
async def list_users(
    admin: AdminUser,
    session: SessionDep,
    page: Paging,
    q: Annotated[str | None, Query(max_length=320, description="Part of an email")] = None,
) -> Page[UserRead]:
    """All accounts, newest first (admins only)."""
    users, total = await service.list_users(session, page, q)
    return Page(
        items=[UserRead.model_validate(u) for u in users], total=total, limit=page.limit, offset=page.offset
    )


@router.patch("/users/{user_id}", response_model=UserRead)
async def update_user(
    user_id: uuid.UUID, data: AdminUserUpdate, admin: AdminUser, session: SessionDep, client: ClientDep
) -> User:
    """Change a user's role or activation; deactivation signs them out at once."""
    return await service.update_user(session, admin, user_id, data, client)


@router.get("/audit", response_model=Page[AuditEventRead])
async def list_audit_events(
    admin: AdminUser,
    session: SessionDep,
    page: Paging,
    user_id: uuid.UUID | None = None,
    event: Annotated[str | None, Query(max_length=64)] = None,
) -> Page[AuditEventRead]:
    """Security events, newest first (admins only)."""
    events, total = await audit.list_events(session, page, user_id=user_id, event=event)
    return Page(
        items=[AuditEventRead.model_validate(e) for e in events],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )
