from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jobwise.core.db import Base, IdMixin, TimestampMixin

CV_STATUSES = ("pending", "processing", "completed", "failed")


class CV(IdMixin, TimestampMixin, Base):
    """An uploaded CV. The row is also its background task: status, attempts and a lease."""

    __tablename__ = "cvs"
    __table_args__ = (Index("ix_cvs_status_lease", "status", "lease_expires_at"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255))  # for display only; never part of a path
    content_type: Mapped[str] = mapped_column(String(8))  # "pdf" | "docx", decided from the bytes
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    storage_key: Mapped[str] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)

    status: Mapped[str] = mapped_column(String(16), default="pending")
    error: Mapped[str | None] = mapped_column(String(1000))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_owner: Mapped[uuid.UUID | None]
    lease_expires_at: Mapped[datetime | None]
    analyzed_at: Mapped[datetime | None]

    raw_text: Mapped[str | None] = mapped_column(Text)
    parsed_content: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    summary: Mapped[str | None] = mapped_column(Text)
    quality_score: Mapped[int | None] = mapped_column(Integer)
    quality_breakdown: Mapped[dict[str, int] | None] = mapped_column(JSON)
    ats_compatibility_feedback: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    extracted_skills: Mapped[list[str] | None] = mapped_column(JSON)
    total_experience_years: Mapped[float | None] = mapped_column(Float)
    engine: Mapped[str | None] = mapped_column(String(64))
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary)  # float32, little endian
    embedding_model: Mapped[str | None] = mapped_column(String(128))
    embedding_dim: Mapped[int | None] = mapped_column(Integer)
