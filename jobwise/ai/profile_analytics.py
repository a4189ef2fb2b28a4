"""How complete and consistent a master profile is: a weighted completeness score, per-section
coverage and warnings. Pure: takes plain values (and `today`), returns plain values.

Profile dates are ISO prefixes written as precisely as the user knows them: "YYYY", "YYYY-MM" or
"YYYY-MM-DD". Two dates compare at their common precision, so "2020" is neither before nor after
"2020-05"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

PartialDate = tuple[int, ...]  # (year,), (year, month) or (year, month, day)

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_NUMBER_RE = re.compile(r"\d|%|[$€£¥]")

# Section weights add up to 100.
WEIGHTS: dict[str, int] = {
    "headline": 10,
    "summary": 15,
    "contact": 10,
    "experiences": 30,
    "education": 10,
    "skills": 15,
    "projects": 10,
}
SUMMARY_WORDS = 40  # a summary this long counts in full
SHORT_SUMMARY_WORDS = 25
TARGET_TECHNICAL_SKILLS = 8
FEW_SKILLS = 5


def parse_date(text: str) -> PartialDate:
    """Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real calendar date); ValueError otherwise."""
    match = _DATE_RE.match(text.strip())
    if match is None:
        raise ValueError(f"{text!r} is not a date; use YYYY-MM or YYYY-MM-DD")
    parts = tuple(int(p) for p in match.groups() if p is not None)
    year, month, day = (*parts, 1, 1)[:3]
    if year < 1900 or year > 2200:
        raise ValueError(f"{text!r}: the year is out of range")
    try:
        date(year, month, day)
    except ValueError:  # month 13, February 30...
        raise ValueError(f"{text!r} is not a date on the calendar") from None
    return parts


def format_date(parts: PartialDate) -> str:
    return "-".join([f"{parts[0]:04d}", *(f"{p:02d}" for p in parts[1:])])


def normalize_date(text: str | None) -> str | None:
    """The canonical spelling of a profile date ("2020-5" is refused; " 2020-05 " is fine)."""
    return None if text is None or not text.strip() else format_date(parse_date(text))


def is_before(end: str, start: str) -> bool:
    """True when `end` is certainly before `start`, comparing at their common precision."""
    a, b = parse_date(end), parse_date(start)
    common = min(len(a), len(b))
    return a[:common] < b[:common]


def date_range_error(start: str | None, end: str | None, is_current: bool) -> str | None:
    """Why a start/end/is_current triple is inconsistent, or None when it is fine."""
    if is_current and end is not None:
        return "a current role or course has no end date; remove the end or unset is_current"
    if start is not None and end is not None and is_before(end, start):
        return f"the end date ({end}) is before the start date ({start})"
    return None


@dataclass(frozen=True)
class ExperienceFacts:
    title: str | None = None
    company: str | None = None
    start: str | None = None
    end: str | None = None
    is_current: bool = False
    description: str | None = None
    bullets: Sequence[str] = ()


@dataclass(frozen=True)
class EducationFacts:
    institution: str | None = None
    degree: str | None = None
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class ProjectFacts:
    name: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class ProfileFacts:
    headline: str | None = None
    summary: str | None = None
    location: str | None = None
    phone: str | None = None
    links: Sequence[str] = ()
    experiences: Sequence[ExperienceFacts] = ()
    education: Sequence[EducationFacts] = ()
    projects: Sequence[ProjectFacts] = ()
    technical_skills: Sequence[str] = ()
    soft_skills: Sequence[str] = ()
    languages: Sequence[str] = ()
    certifications: Sequence[str] = ()


Severity = Literal["info", "warning", "error"]


@dataclass(frozen=True)
class ProfileWarning:
    code: str
    section: str
    severity: Severity
    message: str


@dataclass(frozen=True)
class ProfileAnalytics:
    completeness: int  # 0-100
    coverage: dict[str, int]  # section -> 0-100
    warnings: list[ProfileWarning] = field(default_factory=list)


def analyse_profile(profile: ProfileFacts, today: date) -> ProfileAnalytics:
    """Completeness as the weighted sum of section coverage, plus what to fix and why."""
    coverage = {
        "headline": 1.0 if _filled(profile.headline) else 0.0,
        "summary": min(1.0, _words(profile.summary) / SUMMARY_WORDS),
        "contact": _share([_filled(profile.location), _filled(profile.phone), bool(profile.links)]),
        "experiences": _mean([_experience_coverage(e) for e in profile.experiences]),
        "education": _mean([_education_coverage(e) for e in profile.education]),
        "skills": _skills_coverage(profile),
        "projects": _mean([_share([_filled(p.name), _filled(p.description)]) for p in profile.projects]),
    }
    completeness = round(sum(WEIGHTS[name] * value for name, value in coverage.items()))
    return ProfileAnalytics(
        completeness=max(0, min(100, completeness)),
        coverage={name: round(value * 100) for name, value in coverage.items()},
        warnings=_warnings(profile, today),
    )


def _filled(text: str | None) -> bool:
    return bool(text and text.strip())


def _words(text: str | None) -> int:
    return len(text.split()) if text else 0


def _share(flags: Sequence[bool]) -> float:
    return sum(flags) / len(flags)


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _experience_coverage(item: ExperienceFacts) -> float:
    has_dates = item.start is not None and (item.end is not None or item.is_current)
    has_content = bool(item.bullets) or _filled(item.description)
    return _share([_filled(item.title), _filled(item.company), has_dates, has_content])


def _education_coverage(item: EducationFacts) -> float:
    return _share(
        [_filled(item.institution), _filled(item.degree), item.start is not None or item.end is not None]
    )


def _skills_coverage(profile: ProfileFacts) -> float:
    technical = min(1.0, len(profile.technical_skills) / TARGET_TECHNICAL_SKILLS)
    others = _share([bool(profile.soft_skills), bool(profile.languages), bool(profile.certifications)])
    return 0.7 * technical + 0.3 * min(1.0, others * 1.5)  # two of the three extras count in full


def _warnings(profile: ProfileFacts, today: date) -> list[ProfileWarning]:
    return [
        *_headline_and_summary_warnings(profile),
        *_experience_warnings(profile.experiences, today),
        *_education_warnings(profile.education, today),
        *_skills_warnings(profile),
    ]


def _headline_and_summary_warnings(profile: ProfileFacts) -> list[ProfileWarning]:
    out = []
    if not _filled(profile.headline):
        out.append(ProfileWarning("missing_headline", "headline", "warning", "Add a one-line headline."))
    words = _words(profile.summary)
    if words == 0:
        out.append(
            ProfileWarning("missing_summary", "summary", "warning", "Add a short professional summary.")
        )
    elif words < SHORT_SUMMARY_WORDS:
        message = f"The summary has {words} words; aim for {SHORT_SUMMARY_WORDS}-80."
        out.append(ProfileWarning("summary_too_short", "summary", "info", message))
    return out


def _experience_warnings(items: Sequence[ExperienceFacts], today: date) -> list[ProfileWarning]:
    if not items:
        return [ProfileWarning("no_experience", "experiences", "warning", "Add your work experience.")]
    out = _dated_warnings("experiences", [(e.start, e.end, e.is_current) for e in items], today)
    current = [e for e in items if e.is_current]
    if len(current) > 1:
        names = ", ".join(e.title or e.company or "untitled" for e in current)
        message = f"{len(current)} roles are marked current ({names}); check that they really overlap."
        out.append(ProfileWarning("multiple_current_roles", "experiences", "info", message))
    for index, item in enumerate(items, 1):
        if not item.bullets and not _filled(item.description):
            message = f"Experience {index} has no description or achievements."
            out.append(ProfileWarning("experience_without_details", "experiences", "warning", message))
    if not any(_NUMBER_RE.search(b) for e in items for b in e.bullets):
        message = "No achievement has a number in it; quantify impact (%, time, money, scale)."
        out.append(ProfileWarning("no_quantified_achievements", "experiences", "info", message))
    return out


def _dated_warnings(
    section: str, spans: Sequence[tuple[str | None, str | None, bool]], today: date
) -> list[ProfileWarning]:
    out = []
    for index, (start, end, is_current) in enumerate(spans, 1):
        where = f"{section.rstrip('s').capitalize()} {index}"
        problems: list[tuple[str, Severity, str | None]] = [
            ("missing_dates", "warning", _missing_date(section, start, end, is_current)),
            ("conflicting_dates", "error", _range_problem(start, end, is_current)),
            ("future_start", "info", "starts in the future" if _after(start, today) else None),
        ]
        out += [
            ProfileWarning(code, section, level, f"{where} {text}.") for code, level, text in problems if text
        ]
    return out


def _range_problem(start: str | None, end: str | None, is_current: bool) -> str | None:
    unreadable = [text for text in (start, end) if text is not None and not _safe_parse(text)]
    if unreadable:
        return f"has an unreadable date ({unreadable[0]!r})"
    problem = date_range_error(start, end, is_current)
    return f"is inconsistent: {problem}" if problem else None


def _after(text: str | None, today: date) -> bool:
    parts = _safe_parse(text) if text else ()
    return bool(parts) and parts > (today.year, today.month, today.day)[: len(parts)]


def _missing_date(section: str, start: str | None, end: str | None, is_current: bool) -> str | None:
    """Roles need both ends; a course or degree is placed well enough by either one."""
    if section == "education":
        return "has no dates" if start is None and end is None else None
    if start is None:
        return "is missing its start date"
    return "is missing its end date (or mark it current)" if end is None and not is_current else None


def _education_warnings(items: Sequence[EducationFacts], today: date) -> list[ProfileWarning]:
    if not items:
        return [ProfileWarning("no_education", "education", "info", "Add your education or training.")]
    return _dated_warnings("education", [(e.start, e.end, False) for e in items], today)


def _safe_parse(text: str) -> PartialDate:
    try:
        return parse_date(text)
    except ValueError:
        return ()


def _skills_warnings(profile: ProfileFacts) -> list[ProfileWarning]:
    count = len(profile.technical_skills)
    if count >= FEW_SKILLS:
        return []
    message = f"Only {count} technical skill{'s' if count != 1 else ''}; list at least {FEW_SKILLS}."
    return [ProfileWarning("few_skills", "skills", "warning", message)]
