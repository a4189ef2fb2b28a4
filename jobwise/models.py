"""Every feature's models, so the metadata Alembic sees is complete."""

from jobwise.audit.models import AuditEvent
from jobwise.auth.models import ApiKey, AuthSession, PasswordResetToken, RefreshToken
from jobwise.core.db import Base
from jobwise.cvs.models import CV
from jobwise.jobs.models import FeedEntry, Job, JobStatusChange
from jobwise.profiles.models import Profile, ProfileEducation, ProfileExperience, ProfileProject
from jobwise.users.models import User, UserSettings

__all__ = [
    "CV",
    "ApiKey",
    "AuditEvent",
    "AuthSession",
    "Base",
    "FeedEntry",
    "Job",
    "JobStatusChange",
    "PasswordResetToken",
    "Profile",
    "ProfileEducation",
    "ProfileExperience",
    "ProfileProject",
    "RefreshToken",
    "User",
    "UserSettings",
]
