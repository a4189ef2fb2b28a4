from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.audit import service as audit
from jobwise.auth.errors import WrongPassword
from jobwise.core.deps import ClientInfo
from jobwise.core.security import verify_password_async
from jobwise.core.storage import Storage
from jobwise.users.models import User, UserSettings
from jobwise.users.schemas import UserSettingsBody, UserUpdate


async def update_me(session: AsyncSession, user: User, data: UserUpdate) -> User:
    for field, value in data.model_dump(exclude_unset=True).items():
        setattr(user, field, value)
    await session.commit()
    return user


async def delete_me(
    session: AsyncSession, storage: Storage, user: User, password: str, client: ClientInfo
) -> None:
    """Remove the account and everything it owns (rows cascade; stored files follow)."""
    if not await verify_password_async(password, user.hashed_password):
        raise WrongPassword("The password is incorrect.")
    audit.record(session, "user.deleted", user_id=user.id, client=client)
    await session.execute(delete(User).where(User.id == user.id))
    await session.commit()
    await storage.delete_prefix(f"users/{user.id}")  # every stored file lives under this prefix


async def get_settings(session: AsyncSession, user: User) -> UserSettings:
    settings = await session.scalar(select(UserSettings).where(UserSettings.user_id == user.id))
    return settings or UserSettings(
        user_id=user.id, target_roles=[], preferred_locations=[], remote_preference="any"
    )


async def put_settings(session: AsyncSession, user: User, data: UserSettingsBody) -> UserSettings:
    settings = await session.scalar(select(UserSettings).where(UserSettings.user_id == user.id))
    if settings is None:
        settings = UserSettings(user_id=user.id)
        session.add(settings)
    for field, value in data.model_dump().items():
        setattr(settings, field, value)
    await session.commit()
    return settings
