"""Per-field accuracy of analyses against the corpus ground truth."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tests.cv_corpus.build import Truth

YEARS_TOLERANCE = 0.5


def _key(text: str | None) -> str:
    folded = unicodedata.normalize("NFKD", (text or "").lower())
    return re.sub(r"[^a-z0-9]", "", folded)


def _employer_found(company: str, predicted: list[str]) -> bool:
    want = _key(company)
    return any(want and got and (want in got or got in want) for got in map(_key, predicted))


@dataclass
class FieldScores:
    """Hits per field over the corpus, and the misses to look at."""

    cases: int = 0
    hits: dict[str, float] = field(default_factory=dict)
    totals: dict[str, float] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(self, name: str, hit: float, total: float = 1.0, note: str = "") -> None:
        self.hits[name] = self.hits.get(name, 0.0) + hit
        self.totals[name] = self.totals.get(name, 0.0) + total
        if hit < total and note:
            self.misses.append(f"{name}: {note}")

    def rate(self, name: str) -> float:
        return self.hits.get(name, 0.0) / self.totals[name] if self.totals.get(name) else 0.0


def _same_skill(a: str, b: str) -> bool:
    """Equal canonical keys, or one name inside the other ("AWS Certified Solutions Architect")."""
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= 6 and short in long)


def _skills(scores: FieldScores, truth: Truth, got: list[str], canonical: Callable[[str], str]) -> None:
    want = {canonical(s) for s in truth.skills}
    found = {canonical(s) for s in got}
    recalled = {w for w in want if any(_same_skill(w, f) for f in found)}
    precise = {f for f in found if any(_same_skill(w, f) for w in want)}
    scores.add("skills_recall", len(recalled), len(want), f"missed {sorted(want - recalled)}")
    scores.add("skills_precision", len(precise), len(found), f"extra {sorted(found - precise)}")


def score_corpus(
    results: Sequence[tuple[str, Truth, dict[str, Any]]], canonical: Callable[[str], str] = _key
) -> FieldScores:
    """`results` holds (cv id, truth, analysis.model_dump(mode="json")) per CV."""
    scores = FieldScores(cases=len(results))
    for cv_id, truth, analysis in results:
        contact = analysis["parsed_content"]["contact"]
        phone = re.sub(r"\D", "", contact["phone"] or "")
        scores.add("email", contact["email"] == truth.email.lower(), note=f"{cv_id} got {contact['email']}")
        scores.add("phone", phone == truth.phone_digits, note=f"{cv_id} got {contact['phone']}")
        scores.add("name", _key(contact["name"]) == _key(truth.name), note=f"{cv_id} got {contact['name']!r}")
        place = _key(contact["location"])
        found = bool(place) and (place in _key(truth.location) or _key(truth.location) in place)
        scores.add("location", found, note=f"{cv_id} got {contact['location']!r}")
        companies = [e["company"] or "" for e in analysis["parsed_content"]["experiences"]]
        for company in truth.employers:
            scores.add(
                "employers",
                _employer_found(company, companies),
                note=f"{cv_id} {company!r} not in {companies}",
            )
        delta = abs(analysis["total_experience_years"] - truth.total_years)
        scores.add(
            "years",
            delta <= YEARS_TOLERANCE,
            note=f"{cv_id} got {analysis['total_experience_years']} want {truth.total_years}",
        )
        _skills(scores, truth, analysis["extracted_skills"], canonical)
        checks = {c["check"]: c for c in analysis["ats_compatibility_feedback"]}
        flagged = not checks["embedded_instructions"]["passed"]
        scores.add("injection_flagged", flagged == truth.injected, note=f"{cv_id} flagged={flagged}")
    return scores
