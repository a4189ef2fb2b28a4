"""parse_posting: a pasted job posting (any board, email or prose) to structured fields."""

import re
from collections.abc import Callable

from jobwise.ai.jobs import attributes, header, prose
from jobwise.ai.jobs.experience import min_experience_years
from jobwise.ai.jobs.location import location
from jobwise.ai.jobs.models import ParsedPosting
from jobwise.ai.jobs.salary import parse_salary
from jobwise.ai.jobs.sections import Section, requirement_split, responsibilities, split_sections
from jobwise.ai.jobs.skills import split_skills
from jobwise.ai.jobs.text import clean, join_fields, lines_of

_HEADER_LINES = 8


def _header_text(sections: list[Section], lines: list[str]) -> str:
    """The lines above the first heading, capped: where boards put title, company and facts."""
    intro = [line for line in sections[0].lines if line.strip()][:_HEADER_LINES]
    return "\n".join(intro) if intro else "\n".join(lines[:3])


def _title_company(lines: list[str], text: str, described: str) -> tuple[str | None, str | None]:
    """Labelled fields first, then the header layout, then sentences; guesses come last.

    A company line under the title that the text never repeats ("Hamburg") ranks below a company
    named in a sentence; a hyphen split ("Nurse - ICU") only counts when the name recurs.
    """
    title, company = header.from_labels(lines)
    head_title, head_company, weak_company = header.from_header(lines)
    headline_title, headline_company = (None, None) if head_title else header.from_headline(lines)
    head_company = head_company or headline_company
    weak_title, weak_label_company = header.from_labels(lines, weak=True)
    prose_title, prose_company = prose.from_prose(text)
    title = title or head_title or weak_title or prose_title or headline_title
    # a header line the text repeats, or one with a legal form ("... Services LLC"), beats prose guesses
    firm = head_company and (header.recurs(head_company, text) or header.looks_like_firm(head_company))
    confirmed = head_company if firm else None
    weak = weak_company if weak_company and header.recurs(weak_company, text) else None
    candidates = (
        company,
        weak_label_company,
        confirmed,
        prose_company,
        prose.company_from_prose(lines, text, described),
        head_company,
        weak,
    )
    return title, next((c for c in candidates if c and not header.is_place(c, text)), None)


def parse_posting(text: str) -> ParsedPosting:
    """Structured fields of a job posting; anything the text does not state is None or empty."""
    description = clean(text)
    cleaned = join_fields(description)
    lines = lines_of(cleaned)
    sections = split_sections(cleaned)
    head = _header_text(sections, lines)
    body = cleaned[len(head) :] if cleaned.startswith(head) else cleaned
    described = "\n".join(s.text for s in sections if s.kind in ("intro", "other"))
    title, company = _title_company(lines, cleaned, described)
    required_text, nice_text = requirement_split(sections)
    blank = _blank(company)
    required, nice = split_skills(blank(required_text), blank(nice_text), blank(_without(cleaned, nice_text)))
    employment = attributes.employment_type(head, body)
    workplace = attributes.location_type(head, body, part_time=employment == "part-time")
    place = location(head, body, company, title, remote=workplace == "remote")
    salary = parse_salary(cleaned, where=f"{head}\n{place or ''}")
    return ParsedPosting(
        title=title,
        company=company,
        location=place,
        location_type=workplace,
        employment_type=employment,
        salary_min=salary.min,
        salary_max=salary.max,
        salary_currency=salary.currency,
        salary_period=salary.period,
        min_experience_years=min_experience_years(required_text, _without(cleaned, nice_text), nice_text),
        seniority=attributes.seniority(title),
        required_skills=required,
        nice_to_have_skills=nice,
        responsibilities=responsibilities(sections, cleaned),
        description=description,
    )


def _blank(name: str | None) -> Callable[[str], str]:
    """Blanks the company name (same length) so "Quasar Labs" does not read as the skill Quasar."""
    if not name:
        return lambda text: text
    pattern = re.compile(rf"\b{re.escape(name)}\b")
    return lambda text: pattern.sub(" " * len(name), text)


def _without(text: str, part: str) -> str:
    """`text` minus the nice-to-have lines, so preferred skills and years don't count as required."""
    for line in filter(None, part.split("\n")):
        text = text.replace(line, "")
    return re.sub(r"\n{3,}", "\n\n", text)
