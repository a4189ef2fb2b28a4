from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from jobwise.ai.profile_analytics import (
    EducationFacts,
    ExperienceFacts,
    ProfileFacts,
    ProjectFacts,
    analyse_profile,
    date_range_error,
    is_before,
    normalize_date,
)

TODAY = date(2026, 11, 22)

RICH = ProfileFacts(
    headline="Senior Backend Engineer",
    summary=" ".join(["Engineer who ships reliable payment APIs and mentors teams."] * 5),
    location="Berlin",
    phone="+49 30 1234",
    links=["https://github.com/x"],
    experiences=[
        ExperienceFacts("Senior Engineer", "Pay", "2021-03", None, True, None, ["Cut latency by 40%"]),
        ExperienceFacts("Engineer", "Shop", "2017-01", "2021-02", False, "Checkout API", ()),
    ],
    education=[EducationFacts("TU Berlin", "MSc", "2014", "2016")],
    projects=[ProjectFacts("ledger", "A double-entry ledger in Go")],
    technical_skills=["Python", "Go", "SQL", "Kafka", "AWS", "Docker", "Redis", "Terraform"],
    soft_skills=["Mentoring"],
    languages=["English"],
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020", "2020"),
        ("2020-05", "2020-05"),
        (" 2020-05-17 ", "2020-05-17"),
        ("", None),
        (None, None),
    ],
)
def test_normalize_date(text: str | None, expected: str | None) -> None:
    assert normalize_date(text) == expected


@pytest.mark.parametrize(
    "text", ["2020-5", "05/2020", "2020-13", "2021-02-29", "1850", "May 2020", "2020-05-17T00"]
)
def test_normalize_date_refuses(text: str) -> None:
    with pytest.raises(ValueError, match=r"not a date|out of range"):
        normalize_date(text)


@pytest.mark.parametrize(
    ("end", "start", "before"),
    [
        ("2019-12", "2020-01", True),
        ("2020-01", "2020-01", False),
        ("2020", "2020-06", False),  # compared at the common precision
        ("2020-05", "2020-05-31", False),
        ("2019", "2020-01-01", True),
        ("2021-01-01", "2020-12-31", False),
    ],
)
def test_is_before(end: str, start: str, before: bool) -> None:
    assert is_before(end, start) is before


@pytest.mark.parametrize(
    ("start", "end", "is_current", "problem"),
    [
        ("2020-01", "2021-01", False, None),
        ("2020-01", None, True, None),
        (None, None, False, None),
        ("2020-01", "2019-01", False, "before the start"),
        ("2020-01", "2021-01", True, "no end date"),
        (None, "2021-01", True, "no end date"),
    ],
)
def test_date_range_error(start: str | None, end: str | None, is_current: bool, problem: str | None) -> None:
    error = date_range_error(start, end, is_current)
    assert (error is None) if problem is None else (error is not None and problem in error)


def test_empty_profile_scores_zero_and_says_what_is_missing() -> None:
    result = analyse_profile(ProfileFacts(), TODAY)
    assert result.completeness == 0
    assert set(result.coverage.values()) == {0}
    codes = [w.code for w in result.warnings]
    assert codes == ["missing_headline", "missing_summary", "no_experience", "no_education", "few_skills"]


def test_rich_profile_scores_full_without_warnings() -> None:
    result = analyse_profile(RICH, TODAY)
    assert result.completeness == 100
    assert result.coverage == dict.fromkeys(result.coverage, 100)
    assert result.warnings == []


@pytest.mark.parametrize(
    ("change", "completeness", "coverage"),
    [
        ({"headline": None}, 90, {"headline": 0}),
        ({"summary": "Short summary of ten words here for the reader today."}, 89, {"summary": 25}),
        ({"phone": None, "links": []}, 93, {"contact": 33}),
        ({"projects": []}, 90, {"projects": 0}),
        ({"education": [EducationFacts("TU Berlin")]}, 93, {"education": 33}),
        ({"technical_skills": ["Python", "Go"], "soft_skills": [], "languages": []}, 88, {"skills": 18}),
        ({"experiences": [ExperienceFacts("Engineer")]}, 78, {"experiences": 25}),
    ],
)
def test_sections_weigh_into_completeness(
    change: dict[str, object], completeness: int, coverage: dict[str, int]
) -> None:
    result = analyse_profile(replace(RICH, **change), TODAY)  # type: ignore[arg-type]
    assert result.completeness == completeness
    assert {name: result.coverage[name] for name in coverage} == coverage


def _codes(**change: object) -> list[str]:
    return [w.code for w in analyse_profile(replace(RICH, **change), TODAY).warnings]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("experiences", "codes"),
    [
        ([ExperienceFacts("Dev", "A", None, None, True, "x", ["Saved 10%"])], ["missing_dates"]),
        ([ExperienceFacts("Dev", "A", "2020", None, False, "x", ["Saved 10%"])], ["missing_dates"]),
        ([ExperienceFacts("Dev", "A", "2020-05", "2019", False, "x", ["Saved 10%"])], ["conflicting_dates"]),
        ([ExperienceFacts("Dev", "A", "2020", "2021", True, "x", ["Saved 10%"])], ["conflicting_dates"]),
        ([ExperienceFacts("Dev", "A", "2027-01", None, True, "x", ["Saved 10%"])], ["future_start"]),
        ([ExperienceFacts("Dev", "A", "2020", "2021", False, None, ["Saved $2M"])], []),
        (
            [ExperienceFacts("Dev", "A", "2020", "2021", False, None, ())],
            ["experience_without_details", "no_quantified_achievements"],
        ),
        (
            [ExperienceFacts("Dev", "A", "2020", "2021", False, None, ["Led the team"])],
            ["no_quantified_achievements"],
        ),
        (
            [
                ExperienceFacts("Dev", "A", "2020", None, True, None, ["Grew revenue 3x"]),
                ExperienceFacts("Chair", "B", "2022", None, True, None, ["Ran 12 meetups"]),
            ],
            ["multiple_current_roles"],
        ),
        ([ExperienceFacts("Dev", "A", "2020-02-30", None, True, "x", ["1"])], ["conflicting_dates"]),
    ],
)
def test_experience_warnings(experiences: list[ExperienceFacts], codes: list[str]) -> None:
    assert _codes(experiences=experiences) == codes


@pytest.mark.parametrize(
    ("education", "codes"),
    [
        ([EducationFacts("TU", "MSc", None, "2016")], []),  # a graduation year places it well enough
        ([EducationFacts("TU", "MSc")], ["missing_dates"]),
        ([EducationFacts("TU", "MSc", "2016", "2014")], ["conflicting_dates"]),
        ([], ["no_education"]),
    ],
)
def test_education_warnings(education: list[EducationFacts], codes: list[str]) -> None:
    assert _codes(education=education) == codes


@pytest.mark.parametrize(
    ("summary", "technical", "codes"),
    [
        ("Too short.", RICH.technical_skills, ["summary_too_short"]),
        (None, RICH.technical_skills, ["missing_summary"]),
        (RICH.summary, ["Python"], ["few_skills"]),
        (RICH.summary, ["A", "B", "C", "D", "E"], []),
    ],
)
def test_summary_and_skills_warnings(summary: str | None, technical: list[str], codes: list[str]) -> None:
    assert _codes(summary=summary, technical_skills=technical) == codes


def test_warnings_name_the_entry_and_carry_a_severity() -> None:
    result = analyse_profile(
        replace(RICH, experiences=[*RICH.experiences, ExperienceFacts("X", "Y", "2020", "2019", False, "d")]),
        TODAY,
    )
    conflict = next(w for w in result.warnings if w.code == "conflicting_dates")
    assert conflict.severity == "error"
    assert conflict.section == "experiences"
    assert conflict.message.startswith("Experience 3 is inconsistent: the end date (2019)")
