from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import Field, model_validator

from jobwise.ai.cv import ATSCheck, ParsedCV
from jobwise.core.schemas import ReadModel, RequestModel

CVStatus = Literal["pending", "processing", "completed", "failed"]


class CVRead(ReadModel):
    id: uuid.UUID
    filename: str
    content_type: str
    size_bytes: int
    status: CVStatus
    error: str | None
    attempts: int
    is_active: bool
    created_at: datetime
    updated_at: datetime
    analyzed_at: datetime | None
    parsed_content: dict[str, Any] | None
    summary: str | None
    quality_score: int | None
    quality_breakdown: dict[str, int] | None
    ats_compatibility_feedback: list[dict[str, Any]] | None
    extracted_skills: list[str] | None
    total_experience_years: float | None
    engine: str | None
    embedding_model: str | None


class ResumeAnalyzeRequest(RequestModel):
    text: str | None = Field(None, min_length=1, max_length=200_000, description="CV text to analyse")
    cv_id: uuid.UUID | None = Field(None, description="Or one of your analysed CVs")
    job_id: uuid.UUID | None = Field(None, description="Compare with one of your saved jobs")
    job_text: str | None = Field(
        None, min_length=1, max_length=100_000, description="Or with a posting's text"
    )

    @model_validator(mode="after")
    def _one_source_each(self) -> ResumeAnalyzeRequest:
        if (self.text is None) == (self.cv_id is None):
            raise ValueError("Give exactly one of text or cv_id")
        if self.job_id is not None and self.job_text is not None:
            raise ValueError("Give at most one of job_id or job_text")
        return self


class JobComparison(ReadModel):
    keyword_coverage: float = Field(description="Share of the posting's skills the CV shows, 0-100")
    matched_keywords: list[str]
    missing_keywords: list[str]
    required_missing: list[str]
    match_score: int = Field(description="0-100: required skills weigh more than nice-to-haves")


class ResumeAnalysis(ReadModel):
    parsed_content: ParsedCV
    summary: str
    quality_score: int
    quality_breakdown: dict[str, int]
    ats_compatibility_feedback: list[ATSCheck]
    extracted_skills: list[str]
    total_experience_years: float
    engine: str
    job: JobComparison | None = None
