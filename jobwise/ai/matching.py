"""CV-to-job match score: plain values in, a 0-100 score with its parts and reasons out.

    score = 100 × Σ wᵢ·partᵢ / Σ wᵢ over the parts that can be measured, with
    skills 0.40 (must-haves weigh 2, nice-to-haves 1), semantic 0.25 (cosine of the blind texts,
    0.15 → 0 and 0.65 → 1), experience 0.15 (years / min years, capped at 1), title 0.10 (role words
    shared with a CV title, 70 %, and seniority against the years, 30 %) and keywords 0.10 (share of
    the posting's 30 most frequent content words present in the CV).

Every part is set-based: a skill or keyword repeated ten times counts as once, so stuffing a CV
with one word cannot raise the score beyond listing it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import numpy.typing as npt

WEIGHTS = {"skills": 0.40, "semantic": 0.25, "experience": 0.15, "title": 0.10, "keywords": 0.10}
SEMANTIC_FLOOR, SEMANTIC_CEILING = 0.15, 0.65
KEYWORDS_PER_JOB = 30
_TOKEN = re.compile(r"[a-z][a-z0-9+#.]*[a-z0-9+#]|[a-z]")
_STOPWORDS = frozenset(
    "a about above across after all also an and any are as at be been being both but by can could did "
    "do does each etc for from had has have how if in into is it its may more most must new not of on "
    "or other our out over own per plus role same should so some such than that the their them then "
    "there these they this those through to under up us very was we well were what when where which "
    "while who will with within work working would you your yours team teams join help including "
    "across based using use experience years year strong good great excellent ability able skills "
    "knowledge looking opportunity company candidate candidates position responsibilities requirements "
    "required preferred nice ideal apply benefits salary day days week weeks".split()
)
_SENIORITY = (  # (title words, years usually expected)
    (("intern", "internship", "trainee", "apprentice", "graduate"), 0.0),
    (("junior", "jr", "entry", "associate"), 0.0),
    (("senior", "sr"), 5.0),
    (("lead", "staff", "principal", "architect"), 7.0),
    (("head", "director", "vp", "chief"), 10.0),
)
_ROLE_FILLER = frozenset(w for words, _ in _SENIORITY for w in words) | {
    "i",
    "ii",
    "iii",
    "iv",
    "m",
    "f",
    "d",
}


@dataclass(frozen=True)
class CandidateFacts:
    skills: Sequence[str]
    years: float | None
    titles: Sequence[str]
    text: str  # the CV's text (blind or not: only its words are used)
    vector: npt.NDArray[np.float32] | None = None

    @cached_property
    def words(self) -> set[str]:
        """The CV's distinct words (computed once when one CV is scored against many jobs)."""
        return set(tokens(self.text)) | {w for s in self.skills for w in tokens(s)}


@dataclass(frozen=True)
class JobFacts:
    title: str
    required_skills: Sequence[str]
    min_years: float | None
    text: str  # title and description
    nice_to_have: Sequence[str] = ()
    vector: npt.NDArray[np.float32] | None = None
    keywords: Sequence[str] | None = None  # job_keywords(text), when the caller caches it


@dataclass(frozen=True)
class MatchResult:
    score: int
    semantic_similarity: float | None
    matched: list[str]
    missing: list[str]
    skill_coverage: float | None
    experience_fit: float
    title_fit: float
    keyword_coverage: float
    explanation: str
    parts: dict[str, float] = field(default_factory=dict)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.casefold())


def content_words(text: str) -> list[str]:
    return [t for t in tokens(text) if t not in _STOPWORDS and len(t) > 1]


def skill_coverage(
    cv_skills: Sequence[str], cv_words: set[str], required: Sequence[str], nice: Sequence[str]
) -> tuple[float | None, list[str], list[str]]:
    """Weighted share of the job's skills the CV has (by name, or written in its text)."""
    have = {s.casefold() for s in cv_skills}

    def present(skill: str) -> bool:
        # Written in the text counts too, unless the name is short enough to be a common word ("Go").
        words = tokens(skill)
        in_text = bool(words) and all(len(w) > 2 and w not in _STOPWORDS and w in cv_words for w in words)
        return skill.casefold() in have or in_text

    found = {s: present(s) for s in required}
    matched = [s for s in required if found[s]]
    missing = [s for s in required if not found[s]]
    nice_matched = [s for s in nice if present(s)]
    total = 2 * len(required) + len(nice)
    if total == 0:
        return None, [], []
    return (2 * len(matched) + len(nice_matched)) / total, matched + nice_matched, missing


def semantic_part(similarity: float) -> float:
    return _clamp((similarity - SEMANTIC_FLOOR) / (SEMANTIC_CEILING - SEMANTIC_FLOOR))


def experience_fit(years: float | None, min_years: float | None) -> float:
    if not min_years:
        return 1.0
    return _clamp((years or 0.0) / min_years)


def expected_years(title: str) -> float | None:
    words = set(tokens(title))
    levels = [years for names, years in _SENIORITY if words.intersection(names)]
    return max(levels) if levels else None


def title_fit(job_title: str, cv_titles: Sequence[str], cv_words: set[str], years: float | None) -> float:
    """Role words shared with the closest CV title (or the CV text), and seniority against years."""
    role = {w for w in content_words(job_title) if w not in _ROLE_FILLER}
    if not role:
        overlap = 1.0
    elif cv_titles:
        overlap = max(len(role & set(content_words(t))) / len(role) for t in cv_titles)
        overlap = max(overlap, 0.5 * len(role & cv_words) / len(role))
    else:
        overlap = 0.7 * len(role & cv_words) / len(role)
    expected = expected_years(job_title)
    seniority = 1.0 if not expected else _clamp((years or 0.0) / expected)
    return 0.7 * overlap + 0.3 * seniority


def job_keywords(text: str, limit: int = KEYWORDS_PER_JOB) -> list[str]:
    """The posting's most frequent content words (ties in order of first use)."""
    counts = Counter(content_words(text))
    return [w for w, _ in counts.most_common(limit)]


def keyword_coverage(keywords: Sequence[str], cv_words: set[str]) -> float:
    return sum(1 for k in keywords if k in cv_words) / len(keywords) if keywords else 1.0


def score_match(cv: CandidateFacts, job: JobFacts) -> MatchResult:
    cv_words = cv.words
    coverage, matched, missing = skill_coverage(cv.skills, cv_words, job.required_skills, job.nice_to_have)
    similarity = None
    if cv.vector is not None and job.vector is not None and cv.vector.shape == job.vector.shape:
        similarity = round(float(np.dot(cv.vector, job.vector)), 4)
    parts: dict[str, float] = {
        "experience": experience_fit(cv.years, job.min_years),
        "title": title_fit(job.title, cv.titles, cv_words, cv.years),
        "keywords": keyword_coverage(
            job_keywords(job.text) if job.keywords is None else job.keywords, cv_words
        ),
    }
    if coverage is not None:
        parts["skills"] = coverage
    if similarity is not None:
        parts["semantic"] = semantic_part(similarity)
    total = sum(WEIGHTS[k] for k in parts)
    score = round(100 * sum(WEIGHTS[k] * v for k, v in parts.items()) / total)
    return MatchResult(
        score=score,
        semantic_similarity=similarity,
        matched=matched,
        missing=missing,
        skill_coverage=None if coverage is None else round(coverage, 3),
        experience_fit=round(parts["experience"], 3),
        title_fit=round(parts["title"], 3),
        keyword_coverage=round(parts["keywords"], 3),
        explanation=explain(score, matched, missing, cv.years, job.min_years, parts),
        parts={k: round(v, 3) for k, v in parts.items()},
    )


def explain(
    score: int,
    matched: Sequence[str],
    missing: Sequence[str],
    years: float | None,
    min_years: float | None,
    parts: dict[str, float],
) -> str:
    """Plain sentences: the verdict, the skills, the experience gap and the weakest other part."""
    verdict = "Strong" if score >= 75 else "Good" if score >= 60 else "Partial" if score >= 40 else "Weak"
    sentences = [f"{verdict} match ({score}/100)."]
    if matched or missing:
        have = (
            f"Has {len(matched)} of the listed skills ({_names(matched)})"
            if matched
            else "Has none of the listed skills"
        )
        sentences.append(f"{have}; missing: {_names(missing)}." if missing else f"{have}; none missing.")
    if min_years and (years or 0.0) < min_years:
        sentences.append(f"Experience gap: {years or 0:g} years against the {min_years:g} asked.")
    if parts.get("semantic", 1.0) < 0.4:
        sentences.append("The CV's overall background is not close to this posting's.")
    if parts["title"] < 0.5:
        sentences.append("No past title resembles this role.")
    if parts["keywords"] < 0.3:
        sentences.append("Few of the posting's key terms appear in the CV.")
    return " ".join(sentences)


def _names(items: Sequence[str], limit: int = 8) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def _clamp(value: float) -> float:
    return max(0.0, min(1.0, value))
