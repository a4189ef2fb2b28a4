"""The master profile and its sections. Public functions commit once; helpers only flush.
Every query filters by the caller, so another user's profile or item is simply not found."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from pydantic import BaseModel
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from jobwise.ai.profile_analytics import (
    EducationFacts,
    ExperienceFacts,
    ProfileAnalytics,
    ProfileFacts,
    ProjectFacts,
    analyse_profile,
    date_range_error,
)
from jobwise.ai.skills import normalize_skills
from jobwise.core.db import utcnow
from jobwise.core.errors import NotFound
from jobwise.profiles.errors import (
    EducationNotFound,
    ExperienceNotFound,
    InvalidDateRange,
    ProfileExists,
    ProfileNotFound,
    ProjectNotFound,
)
from jobwise.profiles.models import Profile, ProfileEducation, ProfileExperience, ProfileProject
from jobwise.profiles.schemas import ProfileCreate, ProfileUpdate, SkillsBody
from jobwise.users.models import User

Item = ProfileExperience | ProfileEducation | ProfileProject


@dataclass(frozen=True)
class Section:
    model: type[Item]
    not_found: type[NotFound]


SECTIONS = {
    "experiences": Section(ProfileExperience, ExperienceNotFound),
    "education": Section(ProfileEducation, EducationNotFound),
    "projects": Section(ProfileProject, ProjectNotFound),
}
_NESTED = (
    selectinload(Profile.experiences),
    selectinload(Profile.education),
    selectinload(Profile.projects),
)


# --- the profile -------------------------------------------------------------------------------


async def get_owned(session: AsyncSession, user: User, profile_id: uuid.UUID) -> Profile:
    """The caller's profile without its sections; someone else's looks exactly like a missing one."""
    profile = await session.scalar(
        select(Profile).where(Profile.id == profile_id, Profile.user_id == user.id)
    )
    if profile is None:
        raise ProfileNotFound()
    return profile


async def get_full(session: AsyncSession, user: User, profile_id: uuid.UUID) -> Profile:
    """The caller's profile with its sections loaded (fresh from the database)."""
    query = select(Profile).where(Profile.id == profile_id, Profile.user_id == user.id)
    profile = await session.scalar(query.options(*_NESTED).execution_options(populate_existing=True))
    if profile is None:
        raise ProfileNotFound()
    return profile


async def list_profiles(session: AsyncSession, user: User) -> list[Profile]:
    return list(await session.scalars(select(Profile).where(Profile.user_id == user.id).options(*_NESTED)))


async def create(session: AsyncSession, user: User, data: ProfileCreate) -> Profile:
    if await _find_for_user(session, user) is not None:
        raise ProfileExists()
    profile = new_profile(user, **data.model_dump())
    session.add(profile)
    await commit_new_profile(session)
    return await get_full(session, user, profile.id)


async def update(session: AsyncSession, user: User, profile: Profile, data: ProfileUpdate) -> Profile:
    for name, value in data.model_dump(exclude_unset=True).items():
        setattr(profile, name, [] if name == "links" and value is None else value)
    await session.commit()
    return await get_full(session, user, profile.id)


async def remove(session: AsyncSession, user: User, profile: Profile) -> None:
    """Delete the profile; its sections go with it (ON DELETE CASCADE)."""
    await session.execute(delete(Profile).where(Profile.id == profile.id, Profile.user_id == user.id))
    await session.commit()


async def put_skills(session: AsyncSession, user: User, profile: Profile, data: SkillsBody) -> Profile:
    given = data.model_dump(exclude_unset=True, exclude_none=True)
    if "technical" in given:
        profile.technical_skills = normalize_skills(given["technical"])
    if "soft" in given:
        profile.soft_skills = _dedupe_text(given["soft"])
    if "languages" in given:
        profile.languages = _dedupe_by_name(given["languages"])
    if "certifications" in given:
        profile.certifications = _dedupe_by_name(given["certifications"])
    await session.commit()
    return await get_full(session, user, profile.id)


async def analytics(session: AsyncSession, user: User, profile: Profile) -> ProfileAnalytics:
    full = await get_full(session, user, profile.id)
    return analyse_profile(facts(full), datetime.now(UTC).date())


def facts(profile: Profile) -> ProfileFacts:
    """Plain values for the pure analytics engine."""
    return ProfileFacts(
        headline=profile.headline,
        summary=profile.summary,
        location=profile.location,
        phone=profile.phone,
        links=profile.links,
        experiences=[
            ExperienceFacts(
                e.title, e.company, e.start_date, e.end_date, e.is_current, e.description, e.bullets
            )
            for e in profile.experiences
        ],
        education=[
            EducationFacts(e.institution, e.degree, e.start_date, e.end_date) for e in profile.education
        ],
        projects=[ProjectFacts(p.name, p.description) for p in profile.projects],
        technical_skills=profile.technical_skills,
        soft_skills=profile.soft_skills,
        languages=[lang["name"] for lang in profile.languages],
        certifications=[cert["name"] for cert in profile.certifications],
    )


async def _find_for_user(session: AsyncSession, user: User) -> Profile | None:
    return await session.scalar(select(Profile).where(Profile.user_id == user.id))


def new_profile(user: User, **values: Any) -> Profile:
    defaults: dict[str, Any] = {"links": [], "technical_skills": [], "soft_skills": []}
    defaults |= {"languages": [], "certifications": []}
    return Profile(id=uuid.uuid4(), user_id=user.id, **(defaults | values))


async def commit_new_profile(session: AsyncSession) -> None:
    try:
        await session.commit()
    except IntegrityError:  # a concurrent POST won the unique user_id
        await session.rollback()
        raise ProfileExists() from None


def _dedupe_text(values: list[str]) -> list[str]:
    out: dict[str, str] = {}
    for value in values:
        out.setdefault(" ".join(value.split()).casefold(), " ".join(value.split()))
    return list(out.values())


def _dedupe_by_name(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for entry in entries:
        out.setdefault(" ".join(entry["name"].split()).casefold(), entry)
    return list(out.values())


# --- sections, in bulk -------------------------------------------------------------------------


async def add_items(
    session: AsyncSession, user: User, profile: Profile, section: str, items: list[BaseModel]
) -> list[Item]:
    """Append items after the existing ones, in the order given."""
    model = SECTIONS[section].model
    start = await _next_position(session, model, profile.id)
    rows = [
        model(
            id=uuid.uuid4(), user_id=user.id, profile_id=profile.id, position=start + i, **item.model_dump()
        )
        for i, item in enumerate(items)
    ]
    session.add_all(rows)
    profile.updated_at = utcnow()
    await session.commit()
    return rows


async def update_items(
    session: AsyncSession, user: User, profile: Profile, section: str, items: list[BaseModel]
) -> list[Item]:
    """All or nothing: one unknown id (or someone else's) and nothing changes."""
    rows = await _owned_items(session, user, profile, section, [item.id for item in items])  # type: ignore[attr-defined]
    for index, (row, item) in enumerate(zip(rows, items, strict=True)):
        for name, value in item.model_dump(exclude_unset=True, exclude={"id"}).items():
            setattr(row, name, value)
        _check_merged_dates(row, index)
    profile.updated_at = utcnow()
    await session.commit()
    return rows


async def delete_items(
    session: AsyncSession, user: User, profile: Profile, section: str, ids: list[uuid.UUID]
) -> None:
    model = SECTIONS[section].model
    await _owned_items(session, user, profile, section, ids)
    await session.execute(delete(model).where(model.id.in_(ids), model.user_id == user.id))
    profile.updated_at = utcnow()
    await session.commit()


async def _owned_items(
    session: AsyncSession, user: User, profile: Profile, section: str, ids: list[uuid.UUID]
) -> list[Item]:
    """The rows for `ids`, in that order; any missing or foreign id fails the whole call."""
    model = SECTIONS[section].model
    query = select(model).where(model.id.in_(ids), model.profile_id == profile.id, model.user_id == user.id)
    rows = cast(list[Item], list(await session.scalars(query)))
    found = {row.id: row for row in rows}
    missing = [str(i) for i in ids if i not in found]
    if missing:
        raise SECTIONS[section].not_found(f"{SECTIONS[section].not_found.message[:-1]}: {missing[0]}.")
    return [found[i] for i in ids]


async def _next_position(session: AsyncSession, model: type[Item], profile_id: uuid.UUID) -> int:
    last = await session.scalar(select(func.max(model.position)).where(model.profile_id == profile_id))
    return 0 if last is None else last + 1


def _check_merged_dates(row: Item, index: int) -> None:
    problem = date_range_error(row.start_date, row.end_date, bool(getattr(row, "is_current", False)))
    if problem:
        raise InvalidDateRange(f"items.{index}: {problem}")
