"""A two-to-three sentence summary of a parsed CV, built only from what was found in it."""

from __future__ import annotations

from jobwise.ai.cv.models import ParsedCV


def _years(years: float) -> str:
    if years < 1:
        return "less than a year of experience"
    return f"about {years:g} year{'s' if years >= 1.5 else ''} of experience"


def _first_sentence(parsed: ParsedCV, years: float) -> str:
    jobs = parsed.experiences
    role = next((e.title for e in jobs if e.title), None)
    subject = f"{role} with" if role else "Candidate with"
    if not jobs:
        return f"{subject} no work experience found in the CV."
    count = f"{len(jobs)} role{'s' if len(jobs) > 1 else ''}"
    latest = next((e.company for e in jobs if e.company), None)
    recently = "most recently " if len(jobs) > 1 else ""
    where = f", {recently}at {latest.rstrip('.')}" if latest else ""
    if not any(e.start for e in jobs):
        return f"{subject} {count}{where} (no dates given)."
    return f"{subject} {_years(years)} across {count}{where}."


def summarize(parsed: ParsedCV, skills: list[str], years: float) -> str:
    """E.g. "Senior Backend Engineer with about 6.5 years of experience across 2 roles, ..." """
    sentences = [_first_sentence(parsed, years)]
    if skills:
        listed = {s.casefold() for s in parsed.skills}
        ranked = sorted(skills, key=lambda s: s.casefold() not in listed)  # the CV's own list first
        sentences.append(f"Key skills: {', '.join(ranked[:6])}.")
    if parsed.education:
        first = parsed.education[0]
        degree = " ".join(p for p in (first.degree, first.field) if p)
        at = f" from {first.institution}" if first.institution else ""
        if degree or at:
            sentences.append(f"Education: {degree or 'studies'}{at}.")
    return " ".join(sentences[:3])
