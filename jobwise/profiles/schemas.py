"""Request and response bodies. Dates are "YYYY-MM" or "YYYY-MM-DD" ("YYYY" too, as CVs write it)
and come back in that canonical spelling."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, ClassVar, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, Field, StringConstraints, model_validator

from jobwise.ai.profile_analytics import date_range_error, normalize_date
from jobwise.core.schemas import ReadModel, RequestModel, StrictBool, StrictInt

T = TypeVar("T")
MAX_ITEMS = 100


def _date(text: str) -> str:
    value = normalize_date(text)
    if value is None:
        raise ValueError("a date may not be empty; use null")
    return value


def _link(text: str) -> str:
    scheme, sep, _ = text.partition(":")
    if sep and "/" not in scheme and scheme.isalpha() and scheme.lower() not in {"http", "https", "mailto"}:
        raise ValueError("links must be http(s) or mailto addresses")
    return text


DateText = Annotated[str, AfterValidator(_date)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Short = Annotated[str, StringConstraints(max_length=200)]
Tiny = Annotated[str, StringConstraints(max_length=50)]
LongText = Annotated[str, StringConstraints(max_length=10_000)]
Bullet = Annotated[str, StringConstraints(min_length=1, max_length=1000)]
Tag = Annotated[str, StringConstraints(min_length=1, max_length=100)]
Position = Annotated[StrictInt, Field(ge=0, le=100_000)]
Link = Annotated[str, StringConstraints(min_length=1, max_length=500), AfterValidator(_link)]


class _Dated(RequestModel):
    """Dates must agree when all of them are in the body; PUT re-checks them merged with the stored ones."""

    @model_validator(mode="after")
    def _check_dates(self) -> _Dated:
        start, end = getattr(self, "start_date", None), getattr(self, "end_date", None)
        problem = date_range_error(start, end, bool(getattr(self, "is_current", False)))
        if problem:
            raise ValueError(problem)
        return self


class _Required(RequestModel):
    """Fields that cannot be cleared by an update (a name, a title)."""

    required_fields: ClassVar[tuple[str, ...]] = ()

    @model_validator(mode="after")
    def _check_required(self) -> _Required:
        for name in self.required_fields:
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} cannot be null")
        return self


# --- profile -----------------------------------------------------------------------------------


class ProfileCreate(RequestModel):
    headline: Short | None = None
    summary: LongText | None = None
    location: Short | None = None
    phone: Tiny | None = None
    links: list[Link] = Field(default_factory=list, max_length=20)


class ProfileUpdate(RequestModel):
    headline: Short | None = None
    summary: LongText | None = None
    location: Short | None = None
    phone: Tiny | None = None
    links: list[Link] | None = Field(default=None, max_length=20)


class Language(RequestModel):
    name: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    proficiency: Tiny | None = None


class Certification(RequestModel):
    name: Name
    issuer: Short | None = None
    date: DateText | None = None


class SkillsBody(RequestModel):
    """Each list given replaces that list; lists left out stay as they are."""

    technical: list[Tag] | None = Field(default=None, max_length=300)
    soft: list[Tag] | None = Field(default=None, max_length=100)
    languages: list[Language] | None = Field(default=None, max_length=50)
    certifications: list[Certification] | None = Field(default=None, max_length=100)


# --- sections ----------------------------------------------------------------------------------


class ExperienceCreate(_Dated):
    title: Name
    company: Short | None = None
    location: Short | None = None
    employment_type: Tiny | None = None
    start_date: DateText | None = None
    end_date: DateText | None = None
    is_current: StrictBool = False
    description: LongText | None = None
    bullets: list[Bullet] = Field(default_factory=list, max_length=50)
    technologies: list[Tag] = Field(default_factory=list, max_length=100)


class ExperienceUpdate(_Dated, _Required):
    required_fields = ("title", "is_current", "bullets", "technologies", "position")
    id: uuid.UUID
    position: Position | None = None
    title: Name | None = None
    company: Short | None = None
    location: Short | None = None
    employment_type: Tiny | None = None
    start_date: DateText | None = None
    end_date: DateText | None = None
    is_current: StrictBool | None = None
    description: LongText | None = None
    bullets: list[Bullet] | None = Field(default=None, max_length=50)
    technologies: list[Tag] | None = Field(default=None, max_length=100)


class EducationCreate(_Dated):
    institution: Name
    degree: Short | None = None
    field_of_study: Short | None = None
    grade: Tiny | None = None
    start_date: DateText | None = None
    end_date: DateText | None = None
    description: LongText | None = None


class EducationUpdate(_Dated, _Required):
    required_fields = ("institution", "position")
    id: uuid.UUID
    position: Position | None = None
    institution: Name | None = None
    degree: Short | None = None
    field_of_study: Short | None = None
    grade: Tiny | None = None
    start_date: DateText | None = None
    end_date: DateText | None = None
    description: LongText | None = None


class ProjectCreate(_Dated):
    name: Name
    description: LongText | None = None
    url: Link | None = None
    technologies: list[Tag] = Field(default_factory=list, max_length=100)
    start_date: DateText | None = None
    end_date: DateText | None = None


class ProjectUpdate(_Dated, _Required):
    required_fields = ("name", "technologies", "position")
    id: uuid.UUID
    position: Position | None = None
    name: Name | None = None
    description: LongText | None = None
    url: Link | None = None
    technologies: list[Tag] | None = Field(default=None, max_length=100)
    start_date: DateText | None = None
    end_date: DateText | None = None


class BulkCreate(RequestModel, Generic[T]):
    items: list[T] = Field(min_length=1, max_length=MAX_ITEMS)


class BulkUpdate(RequestModel, Generic[T]):
    items: list[T] = Field(min_length=1, max_length=MAX_ITEMS)

    @model_validator(mode="after")
    def _unique_ids(self) -> BulkUpdate[T]:
        ids = [item.id for item in self.items]  # type: ignore[attr-defined]
        if len(set(ids)) != len(ids):
            raise ValueError("each id may appear only once")
        return self


class BulkDelete(RequestModel):
    ids: list[uuid.UUID] = Field(min_length=1, max_length=MAX_ITEMS)

    @model_validator(mode="after")
    def _unique_ids(self) -> BulkDelete:
        if len(set(self.ids)) != len(self.ids):
            raise ValueError("each id may appear only once")
        return self


class ImportCVRequest(RequestModel):
    cv_id: uuid.UUID


# --- responses ---------------------------------------------------------------------------------


class ExperienceRead(ReadModel):
    id: uuid.UUID
    position: int
    title: str | None
    company: str | None
    location: str | None
    employment_type: str | None
    start_date: str | None
    end_date: str | None
    is_current: bool
    description: str | None
    bullets: list[str]
    technologies: list[str]


class EducationRead(ReadModel):
    id: uuid.UUID
    position: int
    institution: str | None
    degree: str | None
    field_of_study: str | None
    grade: str | None
    start_date: str | None
    end_date: str | None
    description: str | None


class ProjectRead(ReadModel):
    id: uuid.UUID
    position: int
    name: str
    description: str | None
    url: str | None
    technologies: list[str]
    start_date: str | None
    end_date: str | None


class LanguageRead(BaseModel):
    name: str
    proficiency: str | None = None


class CertificationRead(BaseModel):
    name: str
    issuer: str | None = None
    date: str | None = None


class SkillsRead(BaseModel):
    technical: list[str]
    soft: list[str]
    languages: list[LanguageRead]
    certifications: list[CertificationRead]


class ProfileRead(ReadModel):
    id: uuid.UUID
    headline: str | None
    summary: str | None
    location: str | None
    phone: str | None
    links: list[str]
    skills: SkillsRead
    experiences: list[ExperienceRead]
    education: list[EducationRead]
    projects: list[ProjectRead]
    created_at: datetime
    updated_at: datetime


class ItemsRead(BaseModel, Generic[T]):
    items: list[T]


class ImportSummary(BaseModel):
    created_profile: bool
    fields: list[str]  # scalar fields that were empty and got filled
    experiences: int
    education: int
    projects: int
    technical_skills: int
    languages: int
    certifications: int


class ProfileImportRead(ProfileRead):
    imported: ImportSummary


class WarningRead(BaseModel):
    code: str
    section: str
    severity: str
    message: str


class AnalyticsRead(BaseModel):
    completeness: int
    coverage: dict[str, int]
    warnings: list[WarningRead]
