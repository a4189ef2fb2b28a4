from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, Float, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jobwise.core.db import Base, IdMixin, TimestampMixin, utcnow

LOCATION_TYPES = ("remote", "hybrid", "on-site")
EMPLOYMENT_TYPES = ("full-time", "part-time", "contract", "internship", "temporary")
SALARY_PERIODS = ("year", "month", "hour")
SOURCES = ("user_created", "text_parsed", "url_scraped", "feed")
STATUSES = ("active", "archived", "draft")
APPLICATION_STATUSES = (
    "not_applied", "preparing", "applied", "interviewing", "offer", "accepted", "declined", "rejected",
    "withdrawn",
)  # fmt: skip


class Job(IdMixin, TimestampMixin, Base):
    """A job the user is tracking: typed in, parsed, imported from a URL or saved from the feed."""

    __tablename__ = "jobs"
    __table_args__ = (
        Index("ix_jobs_user_created", "user_id", "created_at"),
        Index("ix_jobs_user_feed", "user_id", "feed_id"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(300))
    company: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str | None] = mapped_column(String(300))
    location_type: Mapped[str | None] = mapped_column(String(16))
    employment_type: Mapped[str | None] = mapped_column(String(16))
    salary_min: Mapped[int | None] = mapped_column(Integer)
    salary_max: Mapped[int | None] = mapped_column(Integer)
    salary_currency: Mapped[str | None] = mapped_column(String(3))
    salary_period: Mapped[str | None] = mapped_column(String(8))  # year, month or hour, as stated
    required_skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    nice_to_have_skills: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    min_experience_years: Mapped[float | None] = mapped_column(Float)
    url: Mapped[str | None] = mapped_column(String(2048))
    source: Mapped[str] = mapped_column(String(16), default="user_created")
    feed_id: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="active")
    application_status: Mapped[str] = mapped_column(String(16), default="not_applied")

    bias_score: Mapped[int | None] = mapped_column(Integer)
    bias_flags: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary)  # float32 of the blind title+description
    embedding_model: Mapped[str | None] = mapped_column(String(128))


class JobStatusChange(IdMixin, Base):
    """One application-status transition, kept for `GET /jobs/{id}/history`."""

    __tablename__ = "job_status_changes"
    __table_args__ = (Index("ix_job_status_changes_job_at", "job_id", "at"),)

    job_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"))
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(String(1000))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class FeedEntry(Base):
    """One posting of the bundled sample feed, loaded from package data at migrate (`jobwise.jobs.feed`)."""

    __tablename__ = "feed_postings"
    __table_args__ = (Index("ix_feed_postings_posted", "posted_at", "feed_id"),)

    feed_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    company: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text)
    location: Mapped[str] = mapped_column(String(300))
    location_type: Mapped[str] = mapped_column(String(16))
    employment_type: Mapped[str] = mapped_column(String(16))
    salary_min: Mapped[int | None] = mapped_column(Integer)
    salary_max: Mapped[int | None] = mapped_column(Integer)
    salary_currency: Mapped[str | None] = mapped_column(String(3))
    salary_period: Mapped[str | None] = mapped_column(String(8))
    required_skills: Mapped[list[str]] = mapped_column(JSON)
    nice_to_have_skills: Mapped[list[str]] = mapped_column(JSON)
    min_experience_years: Mapped[int] = mapped_column(Integer)
    seniority: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(64))
    posted_at: Mapped[date] = mapped_column(Date)
    url: Mapped[str] = mapped_column(String(2048))
    content_sha256: Mapped[str] = mapped_column(String(64))  # of the packaged posting and vector
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary)  # float32, builtin model, from package data
    embedding_model: Mapped[str | None] = mapped_column(String(128))
