from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, field_validator, model_validator

from jobwise.ai.skills import normalize_skills
from jobwise.core.schemas import ReadModel, RequestModel, StrictBool, StrictFloat, StrictInt

LocationType = Literal["remote", "hybrid", "on-site"]
EmploymentType = Literal["full-time", "part-time", "contract", "internship", "temporary"]
JobStatus = Literal["active", "archived", "draft"]
ApplicationStatus = Literal[
    "not_applied", "preparing", "applied", "interviewing", "offer", "accepted", "declined", "rejected",
    "withdrawn",
]  # fmt: skip
SalaryPeriod = Literal["year", "month", "hour"]
Source = Literal["user_created", "text_parsed", "url_scraped", "feed"]
Salary = Annotated[StrictInt, Field(ge=0, le=100_000_000)]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
Skills = Annotated[list[Annotated[str, Field(min_length=1, max_length=100)]], Field(max_length=100)]


class _JobFields(RequestModel):
    company: str | None = Field(default=None, max_length=300)
    description: str = Field(default="", max_length=50_000)
    location: str | None = Field(default=None, max_length=300)
    location_type: LocationType | None = None
    employment_type: EmploymentType | None = None
    salary_min: Salary | None = None
    salary_max: Salary | None = None
    salary_currency: Currency | None = None
    salary_period: SalaryPeriod | None = Field(default=None, description="What the amounts are paid per.")
    required_skills: Skills = Field(default_factory=list)
    nice_to_have_skills: Skills = Field(default_factory=list)
    min_experience_years: Annotated[StrictFloat | StrictInt, Field(ge=0, le=60)] | None = None
    url: str | None = Field(default=None, max_length=2048, pattern=r"^https?://\S+$")
    status: JobStatus = "active"

    @field_validator("required_skills", "nice_to_have_skills")
    @classmethod
    def _canonical_skills(cls, skills: list[str] | None) -> list[str] | None:
        return None if skills is None else normalize_skills(skills)

    @model_validator(mode="after")
    def _salary_range(self) -> Any:
        if self.salary_min is not None and self.salary_max is not None and self.salary_min > self.salary_max:
            raise ValueError("salary_min must not be above salary_max")
        return self


class JobCreate(_JobFields):
    title: str = Field(min_length=1, max_length=300)


class JobUpdate(_JobFields):
    """Every field optional; only the fields sent change (application status has its own route)."""

    title: str | None = Field(default=None, min_length=1, max_length=300)
    description: str | None = Field(default=None, max_length=50_000)  # type: ignore[assignment]
    required_skills: Skills | None = None  # type: ignore[assignment]
    nice_to_have_skills: Skills | None = None  # type: ignore[assignment]
    status: JobStatus | None = None  # type: ignore[assignment]


class JobRead(ReadModel):
    id: uuid.UUID
    title: str
    company: str | None
    description: str
    location: str | None
    location_type: LocationType | None
    employment_type: EmploymentType | None
    salary_min: int | None
    salary_max: int | None
    salary_currency: str | None
    salary_period: SalaryPeriod | None
    required_skills: list[str]
    nice_to_have_skills: list[str]
    min_experience_years: float | None
    url: str | None
    source: Source
    feed_id: str | None
    status: JobStatus
    application_status: ApplicationStatus
    bias_score: int | None
    created_at: datetime
    updated_at: datetime


class StatusChange(RequestModel):
    status: ApplicationStatus
    note: str | None = Field(default=None, max_length=1000)


class StatusChangeRead(ReadModel):
    from_status: ApplicationStatus = Field(serialization_alias="from")
    to_status: ApplicationStatus = Field(serialization_alias="to")
    note: str | None
    at: datetime


class ParseRequest(RequestModel):
    text: str = Field(min_length=1, max_length=100_000)
    save: StrictBool = False


class ParseResult(ReadModel):
    parsed: dict[str, Any]
    job: JobRead | None = None


class ImportRequest(RequestModel):
    url: str = Field(min_length=1, max_length=2048)


class FeedPostingRead(ReadModel):
    feed_id: str
    title: str
    company: str
    description: str
    location: str
    location_type: LocationType
    employment_type: EmploymentType
    salary_min: int | None
    salary_max: int | None
    salary_currency: str | None
    salary_period: str | None
    required_skills: list[str]
    nice_to_have_skills: list[str]
    min_experience_years: int
    seniority: str
    category: str
    posted_at: date
    url: str


class SearchFilters(RequestModel):
    location_type: list[LocationType] | None = None
    employment_type: list[EmploymentType] | None = None
    salary_floor: Salary | None = Field(
        default=None, description="Lowest yearly pay: hourly pay counts 2080 hours, monthly pay 12 months."
    )
    posted_since: date | None = None
    include_saved: StrictBool = True
    include_feed: StrictBool = True


class SearchRequest(RequestModel):
    query: str = Field(default="", max_length=2000)
    filters: SearchFilters = Field(default_factory=SearchFilters)
    cv_id: uuid.UUID | None = None
    limit: Annotated[StrictInt, Field(ge=1, le=100)] = 20

    @model_validator(mode="after")
    def _something_to_search(self) -> Any:
        if not self.query and self.cv_id is None:
            raise ValueError("give a query, a cv_id or both")
        return self


class SearchHit(ReadModel):
    kind: Literal["saved", "feed"]
    job_id: uuid.UUID | None
    feed_id: str | None
    title: str
    company: str | None
    location: str | None
    location_type: str | None
    employment_type: str | None
    salary_min: int | None
    salary_max: int | None
    salary_currency: str | None
    salary_period: str | None = None
    posted_at: date  # the feed's posting date; a saved job's creation date
    score: float
    semantic_score: float | None
    text_score: float
    reasons: list[str] = Field(default_factory=list)


class SearchResults(ReadModel):
    items: list[SearchHit]
    total: int


class SkillsMatch(ReadModel):
    matched: list[str]
    missing: list[str]


class MatchRead(ReadModel):
    job_id: uuid.UUID
    cv_id: uuid.UUID
    score: int
    semantic_similarity: float | None
    skills: SkillsMatch
    skill_coverage: float | None
    experience_fit: float
    title_fit: float
    keyword_coverage: float
    explanation: str


class BiasRequest(RequestModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)  # offsets index the text as sent

    text: str = Field(min_length=1, max_length=100_000)


class BiasFlagRead(ReadModel):
    phrase: str
    start: int
    end: int
    category: str
    suggestion: str
    field: Literal["title", "description"] | None = Field(
        default=None, description="For a saved job: the field whose text `start` and `end` index."
    )


class BiasRead(ReadModel):
    score: int
    gender_coding: str | None = None
    flags: list[BiasFlagRead]
