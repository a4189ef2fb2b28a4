"""The shape of an analysed CV (SPEC "CVs": `parsed_content` and the analysis around it)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Contact(_Frozen):
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    location: str | None = None
    links: list[str] = Field(default_factory=list)


class Experience(_Frozen):
    title: str | None = None
    company: str | None = None
    location: str | None = None
    start: str | None = None  # "YYYY-MM" or "YYYY"
    end: str | None = None  # None while current
    is_current: bool = False
    bullets: list[str] = Field(default_factory=list)


class Education(_Frozen):
    institution: str | None = None
    degree: str | None = None
    field: str | None = None
    start: str | None = None
    end: str | None = None


class Project(_Frozen):
    name: str
    description: str | None = None
    start: str | None = None
    end: str | None = None


class Language(_Frozen):
    name: str
    proficiency: str | None = None


class ParsedCV(_Frozen):
    contact: Contact = Field(default_factory=Contact)
    summary: str | None = None
    experiences: list[Experience] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    skills: list[str] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    certifications: list[str] = Field(default_factory=list)
    languages: list[Language] = Field(default_factory=list)


Severity = Literal["info", "warning", "error"]


class ATSCheck(_Frozen):
    check: str
    passed: bool
    severity: Severity
    message: str


class CVAnalysis(_Frozen):
    parsed_content: ParsedCV
    summary: str
    quality_score: int = Field(ge=0, le=100)
    quality_breakdown: dict[str, int]
    ats_compatibility_feedback: list[ATSCheck]
    extracted_skills: list[str]
    total_experience_years: float
