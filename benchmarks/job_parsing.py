"""Field accuracy of the job-posting parser on the labelled sets in tests/ai/jobs/.

Run: python -m benchmarks.job_parsing
corpus/ is the set the parser was tuned on; heldout/ and fresh/ to fresh4/ were written later
in other shapes and labelled before the parser saw them (see their README files), so they are
reported apart. A set the parser was then improved on joins TUNED_ON; only the sets outside it
estimate unseen text, and the README files keep each set's first-run figures.
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

from jobwise.ai.feed import load_feed
from jobwise.ai.jobs import ParsedPosting, parse_posting
from jobwise.ai.skills import canonical_skill

SETS = Path(__file__).resolve().parent.parent / "tests" / "ai" / "jobs"
CORPUS = SETS / "corpus"
LABELLED_SETS = {
    "corpus": CORPUS,
    "held-out": SETS / "heldout",
    "fresh": SETS / "fresh",
    "fresh-2": SETS / "fresh2",
    "fresh-3": SETS / "fresh3",
    "fresh-4": SETS / "fresh4",
}
# Sets the parser has been improved on: they must meet the targets. The others have not been looked
# at yet, so their figures are the estimate for unseen postings.
TUNED_ON = ("corpus", "held-out", "fresh", "fresh-2", "fresh-3", "fresh-4")
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


def _labelled(corpus: Path) -> list[tuple[str, dict[str, Any], ParsedPosting]]:
    labels: dict[str, dict[str, Any]] = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    return [
        (name, expected, parse_posting((corpus / f"{name}.txt").read_text(encoding="utf-8")))
        for name, expected in sorted(labels.items())
    ]


def evaluate(corpus: Path = CORPUS) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Per-field accuracy and, per field, the postings it got wrong."""
    postings = _labelled(corpus)
    misses: dict[str, list[str]] = {name: [] for name in FIELDS}
    for name, expected, parsed in postings:
        for field, ok in FIELDS.items():
            if not ok(expected, parsed):
                misses[field].append(name)
    accuracy = {field: 1 - len(missed) / len(postings) for field, missed in misses.items()}
    return accuracy, misses


def skill_split(corpus: Path) -> tuple[dict[str, list[int]], list[str], tuple[int, int]] | None:
    """Where the labelled skills landed, responsibilities counted right, and taxonomy gaps.

    Returns {"required" | "nice": [in its own list, in the other list, missing]}, the labelled
    names the taxonomy does not know (not held against the parser), and (right, labelled) for the
    number of responsibilities. None when the set labels no skills. Only the skills a reader would
    list are labelled, so this measures recall and the required/nice split, not precision.
    """
    postings = [p for p in _labelled(corpus) if "required_skills" in p[1]]
    if not postings:
        return None
    split = {"required": [0, 0, 0], "nice": [0, 0, 0]}
    gaps: list[str] = []
    responsibilities = [0, 0]
    for name, expected, parsed in postings:
        for kind, own, other in (
            ("required", parsed.required_skills, parsed.nice_to_have_skills),
            ("nice", parsed.nice_to_have_skills, parsed.required_skills),
        ):
            for label in expected["required_skills" if kind == "required" else "nice_to_have_skills"]:
                skill = canonical_skill(label)
                if skill is None:
                    gaps.append(f"{label} ({name})")
                    continue
                split[kind][0 if skill in own else 1 if skill in other else 2] += 1
        if "responsibilities" in expected:
            responsibilities[0] += len(parsed.responsibilities) == expected["responsibilities"]
            responsibilities[1] += 1
    return split, gaps, (responsibilities[0], responsibilities[1])


FEED_FIELDS = (
    "location_type",
    "employment_type",
    "salary_min",
    "salary_max",
    "salary_currency",
    "salary_period",
)


def feed_agreement() -> dict[str, tuple[float, float]]:
    """(precision, recall) per field against the bundled sample feed's own fields.

    The feed is generated by another tool, so this checks for false readings on text we did not
    write; the posting text is "title / company · location / description", as a board shows it.
    """
    counts = {field: [0, 0, 0] for field in (*FEED_FIELDS, "min_experience_years")}  # right, wrong, stated
    for posting in load_feed():
        parsed = parse_posting(
            f"{posting.title}\n{posting.company} · {posting.location}\n\n{posting.description}"
        )
        for field, row in counts.items():
            got, expected = getattr(parsed, field), getattr(posting, field)
            row[0] += got is not None and got == expected
            row[1] += got is not None and got != expected
            row[2] += expected is not None
    return {f: (r[0] / max(1, r[0] + r[1]), r[0] / max(1, r[2])) for f, r in counts.items()}


def _report(label: str, corpus: Path) -> bool:
    """Print one set's figures; True when every target is met."""
    accuracy, misses = evaluate(corpus)
    count = len(json.loads((corpus / "labels.json").read_text(encoding="utf-8")))
    unseen = "" if label in TUNED_ON else " (not tuned on: the estimate for unseen postings)"
    print(f"job parsing, {label}: {count} labelled postings{unseen}")
    for field, value in accuracy.items():
        target = TARGETS.get(field)
        mark = "" if target is None else (" ok" if value >= target else f" BELOW {target:.0%}")
        print(f"  {field:<16} {value:6.1%}{mark}   misses: {', '.join(misses[field]) or '-'}")
    skills = skill_split(corpus)
    if skills is not None:
        split, gaps, (right, labelled) = skills
        for kind, (own, other, missing) in split.items():
            total = max(1, own + other + missing)
            print(
                f"  {kind + ' skills':<16} {own / total:6.1%} in its list, {other / total:.1%} in the other,"
                f" {missing / total:.1%} missing ({total} labelled)"
            )
        print(f"  responsibilities {right / max(1, labelled):6.1%} counted right ({labelled} labelled)")
        print(f"  not in the skills taxonomy: {', '.join(gaps) or '-'}")
    return all(accuracy[f] >= t for f, t in TARGETS.items())


def main() -> int:
    met = [_report(label, corpus) or label not in TUNED_ON for label, corpus in LABELLED_SETS.items()]
    print("sample feed (530 generated postings): precision / recall")
    for field, (precision, coverage) in feed_agreement().items():
        print(f"  {field:<20} {precision:6.1%} / {coverage:6.1%}")
    return 0 if all(met) else 1


if __name__ == "__main__":
    sys.exit(main())
