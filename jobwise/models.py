"""Every feature's models, so the metadata Alembic sees is complete."""

from jobwise.audit.models import AuditEvent
from jobwise.auth.models import ApiKey, AuthSession, PasswordResetToken, RefreshToken
from jobwise.core.db import Base
from jobwise.users.models import User, UserSettings

__all__ = [
    "ApiKey",
    "AuditEvent",
    "AuthSession",
    "Base",
    "PasswordResetToken",
    "RefreshToken",
    "User",
    "UserSettings",
]
