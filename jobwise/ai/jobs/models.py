"""The structured form of a job posting."""

from typing import Literal

from pydantic import BaseModel, Field

LocationType = Literal["remote", "hybrid", "on-site"]
EmploymentType = Literal["full-time", "part-time", "contract", "internship", "temporary"]
SalaryPeriod = Literal["year", "month", "hour"]
Seniority = Literal["intern", "junior", "mid", "senior", "lead", "principal", "director"]


class Salary(BaseModel):
    """Amounts as stated (not annualised); `period` only when the text says it."""

    min: int | None = None
    max: int | None = None
    currency: str | None = None
    period: SalaryPeriod | None = None


class ParsedPosting(BaseModel):
    title: str | None = None
    company: str | None = None
    location: str | None = None
    location_type: LocationType | None = None
    employment_type: EmploymentType | None = None
    salary_min: int | None = None
    salary_max: int | None = None
    salary_currency: str | None = None
    salary_period: SalaryPeriod | None = None
    min_experience_years: float | None = None
    seniority: Seniority | None = None
    required_skills: list[str] = Field(default_factory=list)
    nice_to_have_skills: list[str] = Field(default_factory=list)
    responsibilities: list[str] = Field(default_factory=list)
    description: str = ""
