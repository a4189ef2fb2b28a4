"""Quality score (named sub-scores) and the ATS checks that explain it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from jobwise.ai.cv.models import ATSCheck, Experience, ParsedCV, Severity

ACTION_VERBS = frozenset(
    """achieved accelerated administered advised advocated analysed analyzed architected arranged
    assessed assisted audited automated balanced boosted budgeted built calculated championed
    clarified coached collaborated compiled completed composed conceived conducted configured
    consolidated constructed consulted contributed controlled converted coordinated counseled
    counselled created cultivated cut debugged decreased defined delivered deployed designed
    developed devised diagnosed directed discovered documented doubled drafted drove earned edited
    educated eliminated enabled engineered enhanced established evaluated exceeded executed
    expanded facilitated forecasted formulated founded generated grew guided handled headed helped
    hired identified implemented improved increased influenced initiated innovated inspected
    installed instructed integrated interviewed introduced investigated launched led lectured
    maintained managed marketed maximized measured mentored migrated minimized modernized monitored
    motivated negotiated operated optimised optimized orchestrated organised organized oversaw
    partnered performed pioneered planned prepared presented prioritized produced programmed
    promoted proposed prototyped provided published raised recommended reconciled recruited
    redesigned reduced refactored regulated remodeled reorganized replaced reported researched
    resolved restructured revamped reviewed revitalized saved scaled scheduled secured served
    shaped shipped simplified sold solved spearheaded standardized steered streamlined strengthened
    structured supervised supported surpassed taught tested trained transformed translated tripled
    troubleshot tutored unified upgraded utilized validated won wrote administered assembled
    authored cared closed curated dispensed educated facilitated mapped modelled modeled owned
    prospected ran rebuilt triaged upsold""".split()
)
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|double[ds]?)\b", re.I)
_WEIGHTS = {
    "contact": 15, "sections": 15, "quantified_achievements": 15, "action_verbs": 15,
    "length": 10, "date_consistency": 15, "skills": 15,
}  # fmt: skip
_GOOD_SKILL_COUNT = 8


@dataclass(frozen=True)
class Facts:
    """What the scorer looks at, gathered once from the parsed CV and the text."""

    parsed: ParsedCV
    skills: list[str]
    word_count: int
    today: date


def _bullets(facts: Facts) -> list[str]:
    return [b for e in facts.parsed.experiences for b in e.bullets]


def _share(items: list[str], test: Callable[[str], bool]) -> float:
    return sum(map(test, items)) / len(items) if items else 0.0


def _contact(f: Facts) -> tuple[float, str | None]:
    c = f.parsed.contact
    got = 0.4 * bool(c.email) + 0.3 * bool(c.phone) + 0.15 * bool(c.name) + 0.15 * bool(c.location or c.links)
    if not c.email:
        return (
            got,
            "No email address found: add one in plain text at the top of the CV (not in a header or image).",
        )
    if not c.phone:
        return got, "No phone number found: add one with its country code (e.g. +44 20 7946 0018)."
    if not c.name:
        return got, "Your name was not recognised: put it alone on the first line, in plain text."
    return got, None


def _sections(f: Facts) -> tuple[float, str | None]:
    p = f.parsed
    got = 0.4 * bool(p.experiences) + 0.25 * bool(p.education) + 0.2 * bool(p.skills) + 0.15 * bool(p.summary)
    missing = [n for n, ok in (("Experience", p.experiences), ("Education", p.education),
                               ("Skills", p.skills), ("Summary", p.summary)) if not ok]  # fmt: skip
    if missing:
        return (
            got,
            f"Missing or unrecognised sections: {', '.join(missing)}. Use standard headings such as "
            '"Experience", "Education" and "Skills".',
        )
    return got, None


def _quantified(f: Facts) -> tuple[float, str | None]:
    share = _share(_bullets(f), lambda b: bool(_NUMBER.search(b)))
    if share >= 0.4:
        return 1.0, None
    return share / 0.4, (
        f"Only {share:.0%} of your bullet points contain a number: quantify results "
        "(%, money, time saved, team size) in at least 40% of them."
    )


def _first_word(bullet: str) -> str:
    return bullet.split()[0].lower().strip(",.:;") if bullet.split() else ""


def _action_verbs(f: Facts) -> tuple[float, str | None]:
    share = _share(_bullets(f), lambda b: _first_word(b) in ACTION_VERBS)
    if share >= 0.6:
        return 1.0, None
    return share / 0.6, (
        f"{share:.0%} of your bullet points start with an action verb: begin them with "
        'verbs like "Led", "Built", "Reduced", "Improved".'
    )


def _length(f: Facts) -> tuple[float, str | None]:
    words = f.word_count
    if words < 150:
        return (
            words / 300,
            f"The CV is very short ({words} words): describe your roles and results "
            "(aim for 400-1000 words).",
        )
    if words < 300:
        return 0.5 + (words - 150) / 300, f"The CV is short ({words} words): aim for 400-1000 words."
    if words > 1600:
        return max(
            0.3, 1 - (words - 1600) / 2000
        ), f"The CV is long ({words} words): trim it to 2 pages (at most ~1000 words)."
    return 1.0, None


def _date_problems(jobs: list[Experience], today: date) -> list[tuple[str, float]]:
    """What is inconsistent in the roles' dates, each with the share of the score it costs."""
    dated = [e for e in jobs if e.start]
    month_level = sum(len(e.start or "") == 7 for e in dated)
    current = sum(e.is_current for e in dated)
    starts = [e.start or "" for e in dated]
    checks = [
        (
            len(jobs) > len(dated),
            f"{len(jobs) - len(dated)} role(s) have no dates",
            1 - len(dated) / len(jobs),
        ),
        (0 < month_level < len(dated), "some dates give a month and others only a year", 0.3),
        (current > 2, f"{current} roles are marked as current", 0.2),
        (any(s > today.isoformat()[: len(s)] for s in starts), "a start date lies in the future", 0.3),
        (starts != sorted(starts, reverse=True), "roles are not listed newest first", 0.1),
    ]
    return [(message, cost) for failed, message, cost in checks if failed]


def _dates(f: Facts) -> tuple[float, str | None]:
    if not any(e.start for e in f.parsed.experiences):
        return (
            0.0,
            'No dated work experience found: give each role a start and end (e.g. "Jan 2020 – Mar 2023").',
        )
    problems = _date_problems(f.parsed.experiences, f.today)
    if not problems:
        return 1.0, None
    score = 1.0 - sum(cost for _, cost in problems)
    advice = "; ".join(message for message, _ in problems)
    return score, f'Make dates consistent: {advice} (write each role as "Mon YYYY – Mon YYYY", newest first).'


def _skills(f: Facts) -> tuple[float, str | None]:
    count = len(f.skills)
    if count >= _GOOD_SKILL_COUNT:
        return 1.0, None
    return count / _GOOD_SKILL_COUNT, (
        f"Only {count} recognised skills: add a Skills section listing the tools "
        "and methods you use, named as job postings name them."
    )


_CHECKS: dict[str, tuple[Callable[[Facts], tuple[float, str | None]], Severity]] = {
    "contact": (_contact, "error"), "sections": (_sections, "error"),
    "quantified_achievements": (_quantified, "warning"), "action_verbs": (_action_verbs, "info"),
    "length": (_length, "warning"), "date_consistency": (_dates, "warning"), "skills": (_skills, "warning"),
}  # fmt: skip
_PASSED = {
    "contact": "Name, email and phone found.",
    "sections": "Experience, Education, Skills and Summary found.",
    "quantified_achievements": "Most bullet points quantify results.",
    "action_verbs": "Bullet points start with action verbs.",
    "length": "Length suits an ATS and a recruiter.",
    "date_consistency": "Every role has consistent dates.",
    "skills": "A good range of recognised skills.",
}


def assess(facts: Facts) -> tuple[dict[str, int], list[ATSCheck]]:
    """Each named sub-score (points out of its weight) and the matching ATS check."""
    breakdown: dict[str, int] = {}
    checks: list[ATSCheck] = []
    for name, (rule, severity) in _CHECKS.items():
        share, problem = rule(facts)
        breakdown[name] = round(_WEIGHTS[name] * min(1.0, max(0.0, share)))
        if name == "contact" and problem and facts.parsed.contact.email:
            severity = "warning"  # only a missing email blocks a recruiter from replying
        if name == "sections" and problem and facts.parsed.experiences:
            severity = "warning"
        passed = problem is None
        severity = "info" if passed else severity
        checks.append(
            ATSCheck(check=name, passed=passed, severity=severity, message=problem or _PASSED[name])
        )
    return breakdown, checks


def instruction_check(injected: list[str]) -> ATSCheck:
    """Text aimed at AI screeners is ignored, and the author is told so."""
    if not injected:
        return ATSCheck(check="embedded_instructions", passed=True, severity="info",
                        message="No text addressed to automated screeners.")  # fmt: skip
    return ATSCheck(
        check="embedded_instructions",
        passed=False,
        severity="warning",
        message=f"Removed {len(injected)} line(s) addressed to automated screeners "
        f'(e.g. "{injected[0][:60]}"): they are ignored, and recruiters may reject CVs that contain them.',
    )


_GARBLED = re.compile(r"\(cid:\d+\)|\ufffd")
_GARBLED_SHARE = 0.03


def _readable(passed: bool, message: str) -> ATSCheck:
    return ATSCheck(
        check="readable_text", passed=passed, severity="info" if passed else "error", message=message
    )


def readability_check(text: str) -> ATSCheck:
    """Text an ATS reads as glyph codes or mojibake (embedded fonts without a text layer)."""
    tokens = text.split()
    garbled = len(_GARBLED.findall(text))
    if not tokens:
        return _readable(
            False, "No text could be read: export the CV as a text-based PDF or DOCX, not a scan."
        )
    if garbled / len(tokens) > _GARBLED_SHARE:
        return _readable(
            False,
            f"{garbled} pieces of text could not be read (font glyph codes): export the CV again "
            "with standard fonts so an ATS can read it.",
        )
    return _readable(True, "The text reads cleanly.")
