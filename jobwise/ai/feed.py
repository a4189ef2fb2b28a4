"""The bundled sample job feed (`GET /jobs/browse`): fictional postings shipped as package data.

The file is written by `tools/make_feed.py`; see `jobwise/data/feed/README.md` for provenance.
"""

import gzip
import json
from datetime import date
from functools import cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

FEED_FILE = "postings.jsonl.gz"

LocationType = Literal["remote", "hybrid", "on-site"]
EmploymentType = Literal["full-time", "part-time", "contract", "internship", "temporary"]
Seniority = Literal["intern", "junior", "mid", "senior", "lead", "principal", "director"]
SalaryPeriod = Literal["year", "month", "hour"]
JOB_FIELDS = {
    "title", "company", "description", "location", "location_type", "employment_type", "salary_min",
    "salary_max", "salary_currency", "salary_period", "required_skills", "nice_to_have_skills",
    "min_experience_years", "url",
}  # fmt: skip


class FeedPosting(BaseModel):
    """One sample posting, shaped like a job a user could save."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    feed_id: str = Field(pattern=r"^fd-\d{4}-[a-z0-9-]+$", max_length=64)
    title: str = Field(min_length=2)
    company: str = Field(min_length=2)
    description: str = Field(min_length=200)
    location: str  # "City, Country"
    location_type: LocationType
    employment_type: EmploymentType
    salary_min: int | None = Field(default=None, gt=0)
    salary_max: int | None = Field(default=None, gt=0)
    salary_currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    salary_period: SalaryPeriod | None = None
    required_skills: tuple[str, ...]
    nice_to_have_skills: tuple[str, ...] = ()
    min_experience_years: int = Field(ge=0, le=40)
    seniority: Seniority
    category: str
    posted_at: date
    url: str = Field(pattern=r"^https://[a-z0-9.-]+\.example/")

    def job_fields(self) -> dict[str, object]:
        """The job fields (SPEC `/jobs`) for saving this posting into a user's jobs, with `source: feed`."""
        return {**self.model_dump(mode="json", include=JOB_FIELDS), "source": "feed"}

    @model_validator(mode="after")
    def _salary_is_whole(self) -> "FeedPosting":
        fields = (self.salary_min, self.salary_max, self.salary_currency, self.salary_period)
        if any(f is None for f in fields) and any(f is not None for f in fields):
            raise ValueError("salary_min, salary_max, salary_currency and salary_period go together")
        if self.salary_min is not None and self.salary_max is not None and self.salary_min > self.salary_max:
            raise ValueError("salary_min is above salary_max")
        return self


def parse_feed(lines: bytes) -> tuple[FeedPosting, ...]:
    """Validate JSON Lines bytes into postings; feed ids must be unique."""
    postings = tuple(
        FeedPosting.model_validate(json.loads(line)) for line in lines.splitlines() if line.strip()
    )
    ids = [p.feed_id for p in postings]
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate feed_id in the sample feed")
    return postings


@cache
def _feed() -> tuple[FeedPosting, ...]:
    packaged = resources.files("jobwise") / "data" / "feed" / FEED_FILE
    return parse_feed(gzip.decompress(packaged.read_bytes()))


def load_feed() -> list[FeedPosting]:
    """Every bundled posting, in feed order (read and validated once per process)."""
    return list(_feed())
