"""Fill or merge the master profile from an analysed CV. What the user typed is never overwritten:
empty fields are filled, sections gain only entries they do not already have, skills are unioned."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.ai.cv.models import Education, Experience, ParsedCV, Project
from jobwise.ai.profile_analytics import date_range_error, is_before, normalize_date
from jobwise.ai.skills import normalize_skills
from jobwise.core.db import utcnow
from jobwise.cvs import service as cvs
from jobwise.cvs.errors import CVNotAnalyzed
from jobwise.profiles import service
from jobwise.profiles.models import Profile, ProfileEducation, ProfileExperience, ProfileProject
from jobwise.profiles.schemas import ImportSummary
from jobwise.users.models import User

T = TypeVar("T")
_NON_WORD = re.compile(r"[\W_]+")
_LEGAL_FORMS = frozenset(
    "inc incorporated ltd limited llc llp plc corp corporation co company".split()
    + "gmbh ag sa sas sarl bv nv ab oy spa srl".split()
)


async def import_cv(session: AsyncSession, user: User, cv_id: uuid.UUID) -> tuple[Profile, ImportSummary]:
    cv = await cvs.get_analysed(session, user, cv_id)
    try:
        parsed = ParsedCV.model_validate(cv.parsed_content or {})
    except ValidationError:  # written by an older analyser, say
        raise CVNotAnalyzed("This CV's analysis cannot be read; re-analyse it and try again.") from None
    existing = await service.list_profiles(session, user)
    profile = existing[0] if existing else service.new_profile(user)
    if not existing:
        session.add(profile)
        profile.experiences, profile.education, profile.projects = [], [], []
    summary = ImportSummary(
        created_profile=not existing,
        fields=_fill_fields(profile, parsed),
        experiences=_merge_experiences(profile, user, parsed.experiences),
        education=_merge_education(profile, user, parsed.education),
        projects=_merge_projects(profile, user, parsed.projects),
        **_merge_skills(profile, parsed),
    )
    if existing:
        profile.updated_at = utcnow()
    await service.commit_new_profile(session)
    return await service.get_full(session, user, profile.id), summary


def _fill_fields(profile: Profile, parsed: ParsedCV) -> list[str]:
    """Empty scalar fields only; links are unioned."""
    latest = next((e.title for e in parsed.experiences if e.title), None)
    candidates = {
        "headline": _clip(latest, 200),
        "summary": _clip(parsed.summary, 10_000),
        "location": _clip(parsed.contact.location, 200),
        "phone": _clip(parsed.contact.phone, 50),
    }
    filled = [name for name, value in candidates.items() if value and not getattr(profile, name)]
    for name in filled:
        setattr(profile, name, candidates[name])
    links = _union(profile.links, [link[:500] for link in parsed.contact.links][:20], _key)
    if len(links) > len(profile.links):
        profile.links = links
        filled.append("links")
    return filled


def _merge_experiences(profile: Profile, user: User, items: Sequence[Experience]) -> int:
    added = 0
    for item in items:
        start, end = _dates(item.start, None if item.is_current else item.end)
        if not (item.title or item.company) or any(
            _same_role(row, item.title, item.company, start) for row in profile.experiences
        ):
            continue
        row = ProfileExperience(
            **_item_ids(profile, user, profile.experiences),
            title=_clip(item.title, 200),
            company=_clip(item.company, 200),
            location=_clip(item.location, 200),
            start_date=start,
            end_date=end,
            is_current=item.is_current,
            bullets=[b[:1000] for b in item.bullets if b.strip()][:50],
            technologies=[],
        )
        profile.experiences.append(row)
        added += 1
    return added


def _merge_education(profile: Profile, user: User, items: Sequence[Education]) -> int:
    added = 0
    for item in items:
        start, end = _dates(item.start, item.end)
        if not (item.institution or item.degree) or any(
            _same_course(row, item.institution, item.degree, end) for row in profile.education
        ):
            continue
        row = ProfileEducation(
            **_item_ids(profile, user, profile.education),
            institution=_clip(item.institution, 200),
            degree=_clip(item.degree, 200),
            field_of_study=_clip(item.field, 200),
            start_date=start,
            end_date=end,
        )
        profile.education.append(row)
        added += 1
    return added


def _same_role(row: ProfileExperience, title: str | None, company: str | None, start: str | None) -> bool:
    """Same employer, and the same title or the same start ("Sr. Engineer" and "Senior Engineer"
    from March 2021 are one role)."""
    if _org_key(row.company) != _org_key(company):
        return False
    return _key(row.title) == _key(title) or _same_date(row.start_date, start)


def _same_course(row: ProfileEducation, institution: str | None, degree: str | None, end: str | None) -> bool:
    if _org_key(row.institution) != _org_key(institution):
        return False
    return _key(row.degree) == _key(degree) or not (row.degree and degree) or _same_date(row.end_date, end)


def _same_date(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and not is_before(a, b) and not is_before(b, a)


def _merge_projects(profile: Profile, user: User, items: Sequence[Project]) -> int:
    seen = {_key(p.name) for p in profile.projects}
    added = 0
    for item in items:
        if not item.name.strip() or _key(item.name) in seen:
            continue
        seen.add(_key(item.name))
        start, end = _dates(item.start, item.end)
        row = ProfileProject(
            **_item_ids(profile, user, profile.projects),
            name=_clip(item.name, 200),
            description=_clip(item.description, 10_000),
            technologies=[],
            start_date=start,
            end_date=end,
        )
        profile.projects.append(row)
        added += 1
    return added


def _merge_skills(profile: Profile, parsed: ParsedCV) -> dict[str, int]:
    technical = normalize_skills([*profile.technical_skills, *(s[:100] for s in parsed.skills)])
    languages = _union(
        profile.languages,
        [{"name": lang.name[:100], "proficiency": _clip(lang.proficiency, 50)} for lang in parsed.languages],
        lambda entry: _key(entry["name"]),
    )
    certifications = _union(
        profile.certifications,
        [
            {"name": name[:200], "issuer": None, "date": None}
            for name in parsed.certifications
            if name.strip()
        ],
        lambda entry: _key(entry["name"]),
    )
    counts = {
        "technical_skills": len(technical) - len(profile.technical_skills),
        "languages": len(languages) - len(profile.languages),
        "certifications": len(certifications) - len(profile.certifications),
    }
    profile.technical_skills, profile.languages, profile.certifications = technical, languages, certifications
    return counts


def _item_ids(profile: Profile, user: User, siblings: Sequence[Any]) -> dict[str, Any]:
    position = max((row.position for row in siblings), default=-1) + 1  # after the user's own entries
    return {"id": uuid.uuid4(), "user_id": user.id, "profile_id": profile.id, "position": position}


def _dates(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """CV dates as profile dates; unreadable ones are dropped, and so is an end before the start."""
    start, end = _safe_date(start), _safe_date(end)
    return (start, None) if date_range_error(start, end, False) else (start, end)


def _safe_date(text: str | None) -> str | None:
    try:
        return normalize_date(text)
    except ValueError:
        return None


def _clip(text: str | None, limit: int) -> str | None:
    text = " ".join(text.split()) if text else None
    return text[:limit] if text else None


def _key(text: str | None) -> str:
    """Case, spacing and punctuation do not make two entries different."""
    return _NON_WORD.sub(" ", text or "").casefold().strip()


def _org_key(text: str | None) -> str:
    """An organisation's name without its legal form: "Acme Ltd." is "Acme"."""
    words = _key(text).split()
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    return " ".join(words)


def _union(current: list[T], extra: Iterable[T], key: Callable[[T], str]) -> list[T]:
    seen = {key(value) for value in current}
    out = list(current)
    for value in extra:
        if key(value) not in seen:
            seen.add(key(value))
            out.append(value)
    return out
