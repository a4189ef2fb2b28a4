"""Phrases that exclude by age, disability, nationality, family status or in-group jargon.

Each pattern carries the suggestion shown to the author. Physical requirements are flagged
because the text alone cannot tell whether they are essential; the suggestion says what to do
when they are.
"""

import re
from dataclasses import dataclass

from jobwise.ai.bias.models import BiasCategory, BiasFlag


@dataclass(frozen=True)
class Pattern:
    category: BiasCategory
    regex: re.Pattern[str]
    suggestion: str


def _p(category: BiasCategory, pattern: str, suggestion: str) -> Pattern:
    return Pattern(category, re.compile(pattern, re.IGNORECASE), suggestion)


_LANGS = r"(?:english|german|french|spanish|italian|dutch|portuguese|japanese|mandarin|chinese|arabic|hindi)"
_PHYSICAL = (
    r"(?:stand|sit|walk|lift|carry|kneel|climb|bend)(?:ing)?\b[^.;\n]{0,40}?"
    r"(?:\d+\s*(?:\+\s*)?(?:hours?|hrs?|lbs?|pounds|kg|kilos?)|long periods|entire shift|all day)"
)

# "young people aged 11 to 16" describes the people served, not the applicant.
_NOT_CLIENTS = "".join(
    f"(?<!{w} )" for w in ("people", "children", "pupils", "students", "learners", "kids", "patients")
)

PATTERNS: tuple[Pattern, ...] = (
    # age
    _p("age", r"\bdigital natives?\b", "Describe the skill instead, e.g. “comfortable with digital tools”."),
    _p(
        "age",
        # "recent graduates and career changers are welcome" invites rather than excludes
        r"\b(?:recent|fresh|new)\s+(?:college\s+|university\s+)?(?:grad|graduate)s?\b"
        r"(?![^.;\n]{0,40}\b(?:welcome|encouraged|considered|also)\b)",
        "Describe the level instead, e.g. “entry-level” or “early-career”; graduates of any age can apply.",
    ),
    _p(
        "age",
        r"\byoung(?:er)?\b(?!\s+(?:people|person|children|kids|adults?|learners|students|patients|"
        r"carers|minds|families|offenders|enough|company|startup|business|platform|product|brand|industry|"
        r"field|market|organi[sz]ation|technology|codebase|project|city|country))",
        "Age-related wording; describe the team or the role instead, e.g. “fast-moving team”.",
    ),
    _p("age", r"\byouthful\b", "Age-related wording; describe the work, not the people."),
    _p("age", r"\b(?:millennials?|gen[\s-]?z)\b", "Names a generation; describe the skills needed instead."),
    _p(
        "age",
        r"\b(?:under|below|not older than|no older than)\s+(?:the age of\s+\d{2}\b|\d{2}\s*"
        r"(?:years?|yrs?)(?:\s+old|\s+of\s+age))",
        "Age limits are unlawful in most places unless legally required; remove it.",
    ),
    _p(
        "age",
        _NOT_CLIENTS + r"\baged?\s+(?:between\s+)?\d{2}\s*(?:-|–|to|and)\s*\d{2}\b",
        "Age limits are unlawful in most places unless legally required; remove it.",
    ),
    _p(
        "age",
        r"\b(?:no more than|not more than|maximum of|max\.?|at most)\s+\d+\s+years?(?:'|’)?\s+"
        r"(?:of\s+)?experience",
        "A cap on experience screens out older candidates; state the level of the role instead.",
    ),
    _p(
        "age",
        r"\boverqualified\b",
        "Screens out experienced (often older) candidates; describe the role's level.",
    ),
    # disability
    _p(
        "disability",
        r"(?:\bmust be able to\s+|\b(?:the )?ability to\s+)?\b" + _PHYSICAL,
        "If this is essential, describe the task (e.g. “moves stock up to 20 kg”) and offer reasonable "
        "adjustments; otherwise remove it.",
    ),
    _p(
        "disability",
        r"\bable[\s-]bodied\b",
        "Excludes disabled candidates; describe the essential tasks instead.",
    ),
    _p(
        "disability",
        r"\b(?:physically fit|in good (?:physical )?health|good physical condition|clean bill of health)\b",
        "Health requirements exclude disabled candidates; name the essential task and offer adjustments.",
    ),
    _p(
        "disability",
        r"\b(?:perfect|excellent|20/20) (?:vision|eyesight|hearing)\b",
        "Describe the task (e.g. “inspects small parts”) rather than a sense, and offer adjustments.",
    ),
    _p(
        "disability",
        r"\bmust (?:have|hold) a (?:valid |full |clean )*driv(?:er'?s|ing) licen[cs]e\b",
        "Keep only if driving is essential; otherwise say “able to travel between sites”.",
    ),
    # nationality / language
    _p(
        "nationality",
        r"\bnative[\s-](?:" + _LANGS + r"[\s-])?speak(?:er|ers|ing)?(?:\s+of\s+" + _LANGS + r")?\b",
        "Ask for the level needed, e.g. “fluent in English (C1)”, not where it was learnt.",
    ),
    _p(
        "nationality",
        r"\bnative[\s-](?:level|like)\b",
        "Ask for the level needed, e.g. “fluent (C2)”; “native” implies where it was learnt.",
    ),
    _p(
        "nationality",
        r"\b" + _LANGS + r" as (?:a|your) (?:first|native|mother) (?:language|tongue)\b",
        "Ask for the level needed, e.g. “fluent in English (C1)”.",
    ),
    _p("nationality", r"\bmother[\s-]tongue\b", "Ask for the level needed, e.g. “fluent (C1)”."),
    _p(
        "nationality",
        r"\b(?:[A-Z][a-z]+|U\.?S\.?|UK|EU) (?:citizens|nationals|passport holders) only\b",
        "Nationality limits are lawful only for some roles; say “right to work in X required” if meant.",
    ),
    _p(
        "nationality",
        r"\blocals? (?:candidates )?only\b",
        "Say where the work happens and whether relocation is supported.",
    ),
    # family status
    _p(
        "family_status",
        r"\bno (?:family|childcare|caring|personal) (?:commitments|obligations|responsibilities|ties)\b",
        "Family status is not a job requirement; state the actual schedule or travel.",
    ),
    _p(
        "family_status",
        r"\b(?:unmarried|single|married) (?:candidates?|applicants?|men|women|persons?)\b",
        "Marital status is not a job requirement; remove it.",
    ),
    _p(
        "family_status",
        r"\b(?:without|no) (?:children|kids)\b",
        "Family status is not a job requirement; remove it.",
    ),
    _p(
        "family_status",
        r"\b(?:not|never) (?:be )?pregnant\b|\bno pregnan\w*",
        "Pregnancy screening is discriminatory; remove it.",
    ),
    _p("family_status", r"\bfamily man\b", "Family status is not a job requirement; remove it."),
    # in-group jargon and gendered job words
    _p(
        "exclusionary",
        r"\brock[\s-]?stars?\b",
        "Jargon that reads as macho; say what excellent work looks like.",
    ),
    _p("exclusionary", r"\bninjas?\b", "Jargon that reads as macho; use “expert” or name the skill."),
    _p(
        "exclusionary",
        r"\b(?:gurus?|superheroe?s?)\b",
        "Jargon; use “expert” or name the skill.",
    ),
    _p(
        "exclusionary",
        r"\bcultur(?:e|al)[\s-]fit\b",
        "Hides affinity bias; name the values you assess (e.g. “values collaboration”) or say “culture add”.",
    ),
    _p(
        "exclusionary",
        r"\bwork(?:s|ing)? hard,? (?:and )?play(?:s|ing)? hard(?:er)?\b",
        "Signals long hours and a drinking culture; describe the actual hours.",
    ),
    _p(
        "exclusionary",
        r"\bhit the ground running\b",
        "Discourages career changers; say what support new hires get.",
    ),
    _p(
        "exclusionary",
        r"\b(?:guys|brogrammer|manpower|man-hours|manned)\b",
        "Gendered wording; use “team”, “staff”, “people”.",
    ),
    _p(
        "exclusionary",
        r"\b(?:salesman|salesmen|chairman|foreman|waitress|handyman|cameraman|fireman|policeman)\b",
        "Gendered job title; use a neutral one (salesperson, chair, supervisor, server...).",
    ),
    _p(
        "exclusionary",
        r"\b(?:he|his|him)/(?:she|her)\b|\b(?:he or she|his or her|him or her)\b|\bs/he\b",
        "Use “they” or “you”.",
    ),
    _p(
        "exclusionary",
        r"\b(?:ivy league|top[\s-]tier (?:university|universities|school|schools))\b",
        "Pedigree filters exclude capable people; state the knowledge required.",
    ),
)


def pattern_flags(text: str) -> list[BiasFlag]:
    """Every pattern match in `text`, with offsets."""
    flags = [
        BiasFlag(phrase=m.group(), start=m.start(), end=m.end(), category=p.category, suggestion=p.suggestion)
        for p in PATTERNS
        for m in p.regex.finditer(text)
        if m.group()
    ]
    return flags
