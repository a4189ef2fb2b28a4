"""From CV text to `parsed_content`, quality score, ATS feedback and summary."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from jobwise.ai.cv import contact, labels, lists
from jobwise.ai.cv.jobs import read_experiences
from jobwise.ai.cv.models import Contact, CVAnalysis, Experience, ParsedCV
from jobwise.ai.cv.name import find_name
from jobwise.ai.cv.places import looks_like_place, region_hint
from jobwise.ai.cv.quality import Facts, assess, instruction_check, readability_check
from jobwise.ai.cv.sections import Sections, heading_kind, split_sections
from jobwise.ai.cv.summary import summarize
from jobwise.ai.cv.text import (
    is_bullet,
    is_page_furniture,
    normalize,
    split_instructions,
    strip_bullet,
    words,
)
from jobwise.ai.dates import DateRange, parse_date
from jobwise.ai.experience import DateSpan, span_of, total_years
from jobwise.ai.skills import extract_skills

_SENTENCE_WORDS = 10
# Declarations and data-protection consent lines ("I hereby declare...", "Autorizzo il trattamento
# dei dati personali ai sensi del GDPR"): boilerplate, not skills.
_CONSENT = re.compile(
    r"\b(?:hereby\s+declare|processing\s+of\s+my\s+personal\s+data|trattamento\s+dei\s+(?:miei\s+)?dati"
    r"|datenverarbeitung|traitement\s+de\s+mes\s+données|tratamiento\s+de\s+mis\s+datos|D\.\s?Lgs)",
    re.IGNORECASE,
)
_CONTACT_ZONE = 40  # lines; sidebars may push contact details below the first heading


def _contact(lines: list[str], sections: Sections, known: frozenset[str]) -> Contact:
    """`known`: the employers, schools and titles found, which are not the candidate's name."""
    zone = sections.header + sections.get("other") + lines[:_CONTACT_ZONE]
    text = "\n".join(zone)
    email = contact.find_email(text) or contact.find_email("\n".join(lines))
    phone_lines = zone + [
        line for line in lines if contact.EMAIL.search(line) or re.search(r"(?i)phone|tel|mobile", line)
    ]
    entries = frozenset(sections.get("experience") + sections.get("education"))
    name = find_name(lines, email, entries, known)
    place_lines = sections.header + sections.get("other") + _around(lines, name)
    if name:  # "Ananya Sharma, CA", "Grace Okafor, RN": credentials, not California or a state
        nameless = re.compile(re.escape(name), re.IGNORECASE)
        place_lines = [nameless.sub(" ", line) for line in place_lines]
        text = nameless.sub(" ", text)
    return Contact(
        name=name,
        email=email,
        phone=contact.find_phone(phone_lines, region_hint(text)),
        location=contact.find_location(place_lines) or _lone_place(lines[:_CONTACT_ZONE]),
        links=contact.find_links(text),
    )


def _lone_place(lines: list[str]) -> str | None:
    """A place on a line of its own near the top: a sidebar read after the first section may
    leave the candidate's town there ("Abu Dhabi, UAE" under the last role's duties)."""
    return next((line.strip() for line in lines if "," in line and looks_like_place(line)), None)


def _around(lines: list[str], name: str | None) -> list[str]:
    """The lines near the name (its headline and place), wherever a sidebar put them."""
    at = next((i for i, line in enumerate(lines) if name and name.lower() in line.lower()), None)
    return [] if at is None else lines[max(0, at - 3) : at + 4]


def _summary_text(sections: Sections) -> str | None:
    """The summary section, else the sentences written under the name without a heading."""
    lines = sections.get("summary") or [line for line in sections.header if _is_prose(line)]
    text = " ".join(strip_bullet(line) for line in lines).strip()
    return text or None


def _is_prose(line: str) -> bool:
    """A sentence, not a contact line strung together with separators."""
    return len(line.split()) >= _SENTENCE_WORDS and not re.search(r"[|·•@]", line)


@dataclass(frozen=True)
class Parse:
    """A structured CV with what it was made from: its kept lines, sections, injected lines."""

    cv: ParsedCV
    lines: list[str]
    sections: Sections
    injected: list[str]


def _experiences(sections: Sections) -> list[Experience]:
    """Work entries; lines of the next section that turn out to be roles move over to them."""
    order = sections.order
    if "experience" not in order:
        return []
    at = order.index("experience")
    after = order[at + 1] if at + 1 < len(order) else None
    jobs, taken = read_experiences(sections.get("experience"), sections.get(after) if after else [])
    if after and taken:
        sections.bodies[after] = sections.bodies[after][taken:]
    return jobs


def parse_cv(text: str) -> Parse:
    """Structured CV from its text; lines addressed to an AI reader are set aside."""
    lines, injected = split_instructions(
        [line for line in normalize(text).split("\n") if line and not is_page_furniture(line)]
    )
    lines = labels.restructure(lines)
    sections = split_sections(lines)
    experiences = _experiences(sections)
    education = lists.parse_education(sections.get("education"))
    known = [
        *(e.company for e in experiences),
        *(e.title for e in experiences),
        *(e.institution for e in education),
    ]
    parsed = ParsedCV(
        contact=_contact(lines, sections, frozenset(n for n in known if n)),
        summary=_summary_text(sections),
        experiences=experiences,
        education=education,
        skills=lists.parse_skill_items(sections.get("skills")),
        projects=lists.parse_projects(sections.get("projects")),
        certifications=lists.parse_certifications(sections.get("certifications")),
        languages=lists.parse_languages(sections.get("languages")),
    )
    return Parse(parsed, lines, sections, injected)


def _spans(experiences: list[Experience]) -> list[DateSpan]:
    spans = []
    for job in experiences:
        start = parse_date(job.start) if job.start else None
        end = parse_date(job.end) if job.end else None
        if start is not None:
            spans.append(span_of(DateRange(start, end, job.is_current)))
    return spans


def _without_names(line: str, names: list[str]) -> str:
    """The line with each of the (lower-case) names cut out, whatever their case."""
    lowered = line.lower()
    if len(lowered) != len(line):  # a letter whose lower case is longer: leave the line be
        return line
    for name in names:
        while name and (at := lowered.find(name)) >= 0:
            line, lowered = (
                f"{line[:at]} {line[at + len(name) :]}",
                f"{lowered[:at]} {lowered[at + len(name) :]}",
            )
    return line


def _skill_text(parse: Parse) -> str:
    """The text skills are read from: no headings, contact lines, the candidate's name, employer
    and school names in entry headers ("Oracle" the employer is not a claimed skill), and
    spoken languages by their English names ("Englisch (fließend)" -> "English")."""
    cv, sections = parse.cv, parse.sections
    person = [(cv.contact.name or "").lower()]
    entries = [*(e.company for e in cv.experiences), *(e.location for e in cv.experiences)]
    named = [n.lower() for n in (*entries, *(e.institution for e in cv.education)) if n]
    headers = {line for line in sections.header + sections.get("experience") + sections.get("education")}
    spoken = set(sections.get("languages"))
    kept = []
    for line in parse.lines:
        if heading_kind(line) or contact.EMAIL.search(line) or _CONSENT.search(line):
            continue
        if line in spoken and (languages := lists.parse_languages([line])):
            line = ", ".join(language.name for language in languages)
        line = _without_names(line, person)
        kept.append(_without_names(line, named) if line in headers and not is_bullet(line) else line)
    return "\n".join(kept)


def analyze_cv(text: str, *, today: date) -> CVAnalysis:
    """Parse, score and summarise a CV; text inside the CV is data, never instructions."""
    parse = parse_cv(text)
    parsed, kept = parse.cv, "\n".join(parse.lines)
    skills = extract_skills(_skill_text(parse))
    years = total_years(_spans(parsed.experiences), today)
    breakdown, checks = assess(Facts(parsed, skills, len(words(kept)), today))
    return CVAnalysis(
        parsed_content=parsed,
        summary=summarize(parsed, skills, years),
        quality_score=sum(breakdown.values()),
        quality_breakdown=breakdown,
        ats_compatibility_feedback=[*checks, readability_check(text), instruction_check(parse.injected)],
        extracted_skills=skills,
        total_experience_years=years,
    )
