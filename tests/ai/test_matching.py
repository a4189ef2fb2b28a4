"""Pure match scoring: tables of CV/job facts -> score parts."""

from __future__ import annotations

import numpy as np
import pytest

from jobwise.ai.matching import (
    CandidateFacts,
    JobFacts,
    expected_years,
    experience_fit,
    job_keywords,
    keyword_coverage,
    score_match,
    semantic_part,
    skill_coverage,
    title_fit,
)

BACKEND = JobFacts(
    title="Senior Backend Engineer",
    required_skills=["Python", "PostgreSQL", "Kubernetes"],
    min_years=5,
    text="Senior Backend Engineer\nBuild Python services on PostgreSQL, deployed with Kubernetes.",
)


def cv(
    skills: list[str],
    years: float | None = 6,
    titles: tuple[str, ...] = ("Backend Engineer",),
    text: str = "",
) -> CandidateFacts:
    return CandidateFacts(skills=skills, years=years, titles=titles, text=text or " ".join(skills))


@pytest.mark.parametrize(
    ("skills", "required", "nice", "coverage", "missing"),
    [
        (["Python", "PostgreSQL", "Kubernetes"], ["Python", "PostgreSQL", "Kubernetes"], [], 1.0, []),
        (["Python"], ["Python", "PostgreSQL"], [], 0.5, ["PostgreSQL"]),
        (["python"], ["Python"], ["Docker"], 2 / 3, []),  # must-haves weigh twice a nice-to-have
        (["Docker"], ["Python"], ["Docker"], 1 / 3, ["Python"]),
        ([], [], [], None, []),
    ],
)
def test_skill_coverage_weighs_must_haves_double(
    skills: list[str], required: list[str], nice: list[str], coverage: float | None, missing: list[str]
) -> None:
    got, _, got_missing = skill_coverage(skills, set(), required, nice)
    assert got == (None if coverage is None else pytest.approx(coverage))
    assert got_missing == missing


def test_a_skill_written_in_the_cv_text_counts_but_short_names_need_extraction() -> None:
    assert skill_coverage([], {"terraform"}, ["Terraform"], [])[0] == 1.0
    assert skill_coverage([], {"go"}, ["Go"], [])[0] == 0.0


@pytest.mark.parametrize(
    ("years", "minimum", "fit"),
    [(6, 5, 1.0), (2.5, 5, 0.5), (None, 3, 0.0), (0, None, 1.0), (1, 0, 1.0)],
)
def test_experience_fit(years: float | None, minimum: float | None, fit: float) -> None:
    assert experience_fit(years, minimum) == pytest.approx(fit)


@pytest.mark.parametrize(
    ("title", "years"),
    [("Senior Data Engineer", 5.0), ("Junior Nurse", 0.0), ("Head of Finance", 10.0), ("Accountant", None)],
)
def test_expected_years_from_seniority_words(title: str, years: float | None) -> None:
    assert expected_years(title) == years


def test_title_fit_prefers_the_same_role_and_enough_seniority() -> None:
    same = title_fit("Senior Backend Engineer", ["Backend Engineer"], set(), 6)
    junior = title_fit("Senior Backend Engineer", ["Backend Engineer"], set(), 1)
    other = title_fit("Senior Backend Engineer", ["Registered Nurse"], set(), 6)
    assert same == pytest.approx(1.0)
    assert other < junior < same


@pytest.mark.parametrize(
    ("similarity", "part"), [(0.15, 0.0), (0.4, 0.5), (0.65, 1.0), (0.9, 1.0), (-0.2, 0.0)]
)
def test_semantic_part_maps_cosine_onto_zero_one(similarity: float, part: float) -> None:
    assert semantic_part(similarity) == pytest.approx(part)


def test_keywords_are_frequent_content_words_and_coverage_is_a_set_share() -> None:
    words = job_keywords("Python python python and the SQL, SQL; Docker")
    assert words == ["python", "sql", "docker"]
    assert keyword_coverage(words, {"python", "docker"}) == pytest.approx(2 / 3)
    assert keyword_coverage([], set()) == 1.0


def test_full_match_scores_high_and_names_no_gaps() -> None:
    result = score_match(
        cv(["Python", "PostgreSQL", "Kubernetes"], text="Backend engineer building services deployed"),
        BACKEND,
    )
    assert result.score >= 85
    assert result.missing == []
    assert result.explanation.startswith("Strong match")


def test_gaps_are_named_in_the_explanation() -> None:
    result = score_match(cv(["Python"], years=2), BACKEND)
    assert result.missing == ["PostgreSQL", "Kubernetes"]
    assert "missing: PostgreSQL, Kubernetes" in result.explanation
    assert "2 years against the 5 asked" in result.explanation
    assert result.score < 60


def test_repeating_a_skill_ten_times_scores_like_listing_it_once() -> None:
    once = score_match(cv(["Python"], text="Python developer"), BACKEND)
    stuffed = score_match(cv(["Python"] * 10, text="Python developer " + "Python " * 10), BACKEND)
    assert stuffed.score == once.score
    assert stuffed.parts == once.parts


def test_semantic_similarity_counts_when_both_vectors_exist() -> None:
    near = np.array([1.0, 0.0], dtype=np.float32)
    far = np.array([0.0, 1.0], dtype=np.float32)
    job = JobFacts(BACKEND.title, BACKEND.required_skills, 5, BACKEND.text, vector=near)
    close = score_match(CandidateFacts(["Python"], 6, ("Backend Engineer",), "Python", vector=near), job)
    distant = score_match(CandidateFacts(["Python"], 6, ("Backend Engineer",), "Python", vector=far), job)
    assert close.semantic_similarity == pytest.approx(1.0)
    assert distant.semantic_similarity == pytest.approx(0.0)
    assert close.score - distant.score == 25  # the semantic weight, all or nothing here
