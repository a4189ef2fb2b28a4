"""Field accuracy of the job-posting parser on the labelled corpus in tests/ai/jobs/corpus/.

Run: python -m benchmarks.job_parsing
Titles match after normalising case, punctuation and parenthesised notes ("(m/w/d)"), also when
one side only adds a " - qualifier" ("Warehouse Associate - 2nd Shift"); locations match when one
contains the other; the other fields must be equal (salary = min, max and currency together).
"""

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jobwise.ai.jobs import ParsedPosting, parse_posting

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "ai" / "jobs" / "corpus"
TARGETS = {"title": 0.9, "company": 0.9, "location_type": 0.9, "salary": 0.9, "years": 0.9}


def _norm(value: Any) -> str:
    return re.sub(r"[^0-9a-z]+", " ", re.sub(r"\([^)]*\)", "", str(value).lower())).strip()


def _title_ok(expected: str | None, got: str | None) -> bool:
    if expected is None or got is None:
        return expected == got
    variants = {_norm(got), _norm(re.split(r" [-–—] ", got)[0])}
    return _norm(expected) in variants or _norm(re.split(r" [-–—] ", expected)[0]) in variants


def _location_ok(expected: str | None, got: str | None) -> bool:
    if expected is None or got is None:
        return expected == got
    return _norm(expected) in _norm(got) or _norm(got) in _norm(expected)


FIELDS: dict[str, Callable[[dict[str, Any], ParsedPosting], bool]] = {
    "title": lambda e, p: _title_ok(e["title"], p.title),
    "company": lambda e, p: (
        (_norm(e["company"]) if e["company"] else None) == (_norm(p.company) if p.company else None)
    ),
    "location": lambda e, p: _location_ok(e["location"], p.location),
    "location_type": lambda e, p: e["location_type"] == p.location_type,
    "employment_type": lambda e, p: e["employment_type"] == p.employment_type,
    "salary": lambda e, p: (
        (e["salary_min"], e["salary_max"], e["salary_currency"])
        == (p.salary_min, p.salary_max, p.salary_currency)
    ),
    "salary_period": lambda e, p: e["salary_period"] == p.salary_period,
    "years": lambda e, p: e["min_experience_years"] == p.min_experience_years,
}


def evaluate(corpus: Path = CORPUS) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Per-field accuracy and, per field, the postings it got wrong."""
    labels: dict[str, dict[str, Any]] = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    misses: dict[str, list[str]] = {name: [] for name in FIELDS}
    for name, expected in sorted(labels.items()):
        parsed = parse_posting((corpus / f"{name}.txt").read_text(encoding="utf-8"))
        for field, ok in FIELDS.items():
            if not ok(expected, parsed):
                misses[field].append(name)
    accuracy = {field: 1 - len(missed) / len(labels) for field, missed in misses.items()}
    return accuracy, misses


def main() -> int:
    accuracy, misses = evaluate()
    count = len(json.loads((CORPUS / "labels.json").read_text(encoding="utf-8")))
    print(f"job parsing: {count} labelled postings")
    for field, value in accuracy.items():
        target = TARGETS.get(field)
        mark = "" if target is None else (" ok" if value >= target else f" BELOW {target:.0%}")
        print(f"  {field:<16} {value:6.1%}{mark}   misses: {', '.join(misses[field]) or '-'}")
    return 0 if all(accuracy[f] >= t for f, t in TARGETS.items()) else 1


if __name__ == "__main__":
    sys.exit(main())
