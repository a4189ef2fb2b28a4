"""The master profile and its ordered sections. Every row carries `user_id` (sharding, ownership).

Dates are stored as ISO prefixes ("2020", "2020-05" or "2020-05-17"): as precise as the user or
the CV knows them, and they sort correctly as text."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jobwise.core.db import Base, IdMixin, TimestampMixin


class Profile(IdMixin, TimestampMixin, Base):
    __tablename__ = "profiles"

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"),
        index=True,
        unique=True,  # one master profile
    )
    headline: Mapped[str | None] = mapped_column(String(200))
    summary: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    links: Mapped[list[str]] = mapped_column(JSON, default=list)
    technical_skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    soft_skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    languages: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    certifications: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)

    experiences: Mapped[list[ProfileExperience]] = relationship(
        lazy="raise",
        order_by="[ProfileExperience.position, ProfileExperience.created_at]",
        passive_deletes=True,
    )
    education: Mapped[list[ProfileEducation]] = relationship(
        lazy="raise",
        order_by="[ProfileEducation.position, ProfileEducation.created_at]",
        passive_deletes=True,
    )
    projects: Mapped[list[ProfileProject]] = relationship(
        lazy="raise", order_by="[ProfileProject.position, ProfileProject.created_at]", passive_deletes=True
    )

    @property
    def skills(self) -> dict[str, list[Any]]:
        return {
            "technical": self.technical_skills,
            "soft": self.soft_skills,
            "languages": self.languages,
            "certifications": self.certifications,
        }


class _ProfileItem(IdMixin, TimestampMixin):
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    profile_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    start_date: Mapped[str | None] = mapped_column(String(10))
    end_date: Mapped[str | None] = mapped_column(String(10))


class ProfileExperience(_ProfileItem, Base):
    __tablename__ = "profile_experiences"

    title: Mapped[str | None] = mapped_column(String(200))
    company: Mapped[str | None] = mapped_column(String(200))
    location: Mapped[str | None] = mapped_column(String(200))
    employment_type: Mapped[str | None] = mapped_column(String(50))
    is_current: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str | None] = mapped_column(Text)
    bullets: Mapped[list[str]] = mapped_column(JSON, default=list)
    technologies: Mapped[list[str]] = mapped_column(JSON, default=list)


class ProfileEducation(_ProfileItem, Base):
    __tablename__ = "profile_education"

    institution: Mapped[str | None] = mapped_column(String(200))
    degree: Mapped[str | None] = mapped_column(String(200))
    field_of_study: Mapped[str | None] = mapped_column(String(200))
    grade: Mapped[str | None] = mapped_column(String(50))
    description: Mapped[str | None] = mapped_column(Text)


class ProfileProject(_ProfileItem, Base):
    __tablename__ = "profile_projects"

    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(500))
    technologies: Mapped[list[str]] = mapped_column(JSON, default=list)
