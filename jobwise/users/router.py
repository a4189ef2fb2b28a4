from __future__ import annotations

from fastapi import APIRouter, Response

from jobwise.auth.dependencies import CurrentUser, InteractivePrincipal
from jobwise.core.deps import ClientDep, ContextDep, SessionDep
from jobwise.users import service
from jobwise.users.models import User, UserSettings
from jobwise.users.schemas import (
    DeleteAccountRequest,
    UserRead,
    UserSettingsBody,
    UserSettingsRead,
    UserUpdate,
)

router = APIRouter(prefix="/users", tags=["Users"])


@router.get("/me", response_model=UserRead)
async def read_me(user: CurrentUser) -> User:
    """Your account."""
    return user


@router.patch("/me", response_model=UserRead)
async def update_me(data: UserUpdate, user: CurrentUser, session: SessionDep) -> User:
    """Change your display name."""
    return await service.update_me(session, user, data)


@router.delete("/me", status_code=204)
async def delete_me(
    data: DeleteAccountRequest,
    principal: InteractivePrincipal,
    session: SessionDep,
    client: ClientDep,
    context: ContextDep,
) -> Response:
    """Delete your account and all its data, for good."""
    await service.delete_me(session, context.storage, principal.user, data.password, client)
    return Response(status_code=204)


@router.get("/me/settings", response_model=UserSettingsRead)
async def read_settings(user: CurrentUser, session: SessionDep) -> UserSettings:
    """Your job-search preferences."""
    return await service.get_settings(session, user)


@router.put("/me/settings", response_model=UserSettingsRead)
async def put_settings(data: UserSettingsBody, user: CurrentUser, session: SessionDep) -> UserSettings:
    """Replace your job-search preferences."""
    return await service.put_settings(session, user, data)
