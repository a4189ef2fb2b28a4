"""What a held-out CV says (as written on the page) and what a reader should get from it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import phonenumbers

from tests.cv_corpus.build import TODAY, Truth

YM = tuple[int, int | None]  # (year, month); month None when only the year is written


@dataclass
class Job:
    title: str
    company: str
    place: str
    dates: str  # as the CV writes them
    start: YM
    end: YM | None  # None: still there
    bullets: list[str] = field(default_factory=list)


@dataclass
class School:
    degree: str
    school: str
    place: str
    dates: str
    detail: str = ""


@dataclass
class CV:
    """One held-out CV. Headings maps a section kind to the heading the CV uses."""

    id: str
    name: str  # the bare name (the truth)
    shown_name: str  # as drawn ("Dr. ...", "..., RN", upper case)
    headline: str
    email: str
    phone: str
    region: str
    location: str  # as the CV writes the home place (the truth)
    summary: str
    jobs: list[Job]
    schools: list[School]
    skills: list[str] | dict[str, list[str]]
    skills_truth: tuple[str, ...]
    headings: dict[str, str]
    links: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    certs: list[str] = field(default_factory=list)
    extra: dict[str, list[str]] = field(default_factory=dict)  # heading -> lines
    address: str = ""  # a street line shown before the place, when the CV has one
    layout: Callable[[CV], bytes] | None = None

    def heading(self, kind: str) -> str:
        return self.headings[kind]

    def skill_lines(self) -> list[str]:
        if isinstance(self.skills, dict):
            return [f"{group}: {', '.join(items)}" for group, items in self.skills.items()]
        return list(self.skills)


@dataclass(frozen=True)
class HeldoutCV:
    """A labelled CV with its bytes maker; `titles` and `schools` are scored on top of `truth`."""

    id: str
    make: Callable[[], bytes]
    truth: Truth
    titles: tuple[str, ...]
    schools: tuple[str, ...]


def _months(start: YM, end: YM | None) -> tuple[float, float]:
    """Months worked, read as the engine documents it: months inclusive, a bare year from mid-year
    to mid-year, a current role (or one ending this year) up to today."""
    begin = start[0] * 12 + (start[1] or 7) - 1
    today = TODAY.year * 12 + TODAY.month - 1 + (TODAY.day - 1) / 30.4
    if end is None:
        return begin, today
    stop = end[0] * 12 + end[1] if end[1] else end[0] * 12 + 6
    return begin, min(stop, today)


def true_years(jobs: list[Job]) -> float:
    spans = sorted(_months(j.start, j.end) for j in jobs)
    merged: list[list[float]] = []
    for begin, stop in spans:
        if merged and begin <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], stop)
        else:
            merged.append([begin, stop])
    return round(sum(stop - begin for begin, stop in merged) / 12, 2)


def digits(phone: str, region: str) -> str:
    number = phonenumbers.parse(phone, region)
    if phonenumbers.is_valid_number(number):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164).lstrip("+")
    return re.sub(r"\D", "", phone)


def labelled(cv: CV) -> HeldoutCV:
    assert cv.layout is not None, cv.id
    layout = cv.layout
    truth = Truth(
        name=cv.name,
        email=cv.email,
        phone_digits=digits(cv.phone, cv.region),
        employers=tuple(dict.fromkeys(j.company for j in cv.jobs)),
        total_years=true_years(cv.jobs),
        skills=cv.skills_truth,
        location=cv.location,
    )
    return HeldoutCV(
        cv.id,
        lambda: layout(cv),
        truth,
        tuple(j.title for j in cv.jobs),
        tuple(s.school for s in cv.schools),
    )
