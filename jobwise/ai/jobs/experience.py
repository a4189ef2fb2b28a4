"""Minimum years of experience: "7+ years", "at least five years", "3-5 years", "ten years"."""

import re

_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
}
_N = r"(?:\d{1,2}(?:\.\d)?|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
_YEARS = re.compile(
    rf"(?<![\w.])(?P<n>{_N})(?:\s*\(\d{{1,2}}\))?\s*(?:\+|plus)?"
    rf"(?:\s*(?:-|–|—|to|or)\s*(?:{_N})\s*\+?)?\s*"
    r"(?:or\s+more\s+|and\s+above\s+)?(?P<unit>years?|yrs?|months?|jahre?n?|ans|a[ñn]os?|anni|jaar|lat)\b(?:['’]s?)?(?:\s*\+)?",
    re.IGNORECASE,
)
_CONTEXT = re.compile(
    r"^[^.;\n()$€£]{0,60}?(?<!depending on )(?<!based on )(?<!commensurate with )"
    r"\b(?:experience|exp\b|background|track record|working|work(?:ed)?\s+(?:in|as|with|on)|"
    r"\w*erfahrung|d['’]exp[ée]rience|exp[ée]rience|experi[êe]ncia|esperienza|\w*ervaring|do[śs]wiadczeni\w*|"
    r"hands-on|professional|commercial|industry|building|developing|managing|leading|designing|teaching|"
    r"nursing|selling|practice|post-qualification|pqe|"
    r"in\s+[\w\s/,&-]{0,40}?\b(?:roles?|positions?|environments?|settings?|industry|field|teams?|capacity))|"
    r"^\s*in\b|^\s*(?:of\s+)?(?:[\w/+#.-]+\s+){0,3}(?:development|engineering|programming|design|administration|"
    r"management|sales|marketing|support|testing|analysis|consulting|accounting|nursing|leadership|operations)\b|"
    r"^\s*(?:of\s+)?(?:[\w/+#.-]+\s+)?(?:shipping|building|developing|working|managing|leading|designing|writing|"
    r"selling|teaching|programming|coding|delivering|supporting|operating|maintaining|deploying|creating|"
    r"administering|implementing|owning|using)\b|^\s*\((?:required|preferred)\)|"
    r"^\s*with\s+(?!us\b|the\s+(?:company|firm|business)\b|our\b)|^\s*as\s+(?:an?\s+)?[\w-]+|"
    r"^\s*of\s+(?!age\b|operations?\b|history\b|existence\b|hire\b|starting\b|start\b|joining\b|employment\b|"
    r"growth\b|business\b|service\s+to\b)",
    re.IGNORECASE,
)
_CONTEXT_BEFORE = re.compile(
    r"(?:experience|exp[ée]rience|experi[êe]ncia|esperienza|ervaring|erfahrung|exp\.?)"
    r"(?:\s+(?:m[íi]nim[ao]|minimum|requise?|requerida|richiesta))?"
    r"(?:\s*(?:of|de|di|van|:|-|–|required:?|needed:?)?\s*(?:minimum\s+|min\.?\s+|at\s+least\s+|al\s+menos\s+|"
    r"au\s+moins\s+|mindestens\s+|almeno\s+|minimaal\s+|pelo\s+menos\s+|>\s*|≥\s*)?|[^.;\n]{0,40}\()$|"
    r"\b(?:worked|working|experience)\b[^.;\n]{0,50}\bfor\s+(?:at\s+least\s+|over\s+)?$",
    re.IGNORECASE,
)
_NOT_EXPERIENCE = re.compile(
    r"^\s*(?:['’]s?\s+)?(?:old|of\s+age|ago|in\s+business|contract|fixed|degree|program|course|warranty|"
    r"guarantee|running|in\s+a\s+row|anniversary|visa|apprenticeship)",
    re.IGNORECASE,
)
# Board headers put the range alone on a line: "5 - 10 years".
_ALONE = re.compile(r"(?<=\n)[^\n]{0,30}?(?:years?|yrs)\s*(?:\n|$)", re.IGNORECASE)
_NONE_NEEDED = re.compile(
    r"\bno\s+(?:prior\s+|previous\s+)?(?:[a-z]+\s+)?experience\s+(?:is\s+)?(?:required|necessary|needed)|"
    r"\bfreshers?\s+(?:can|may)\s+(?:also\s+)?apply|\bfreshers?\s+(?:are\s+)?welcome|"
    r"\bno\s+experience\s*\?\s*no\s+problem",
    re.IGNORECASE,
)


def _value(raw: str, unit: str) -> float:
    number = _WORDS.get(raw.lower())
    value = float(number) if number is not None else float(raw)
    return round(value / 12, 2) if unit.lower().startswith("month") else value


def year_mentions(text: str) -> list[tuple[int, float]]:
    """(offset, years) for every experience requirement in `text`."""
    found: list[tuple[int, float]] = []
    for m in _YEARS.finditer(text):
        after, before = text[m.end() : m.end() + 90], text[max(0, m.start() - 70) : m.start()]
        if _NOT_EXPERIENCE.match(after) or (m.group("n").lower() in ("a", "an") and "least" not in before):
            continue
        if re.search(r"\b(?:up\s+to|no\s+more\s+than|maximum(?:\s+of)?|max\.?)\s*$", before, re.IGNORECASE):
            continue
        segment = before.endswith("| ") and re.match(r"\s*(?:\||$)", text[m.end() :]) is not None
        if (
            _CONTEXT.match(after)
            or _CONTEXT_BEFORE.search(before)
            or _ALONE.match(text, m.start())
            or segment
        ):
            found.append((m.start(), _value(m.group("n"), m.group("unit"))))
    return found


# "Years of Experience: Min: 8 Max: 12": the unit is in the field name.
_MIN_FIELD = re.compile(
    r"(?:years\s+of\s+)?experience\s*(?:\(years\))?\s*:\s*min(?:imum)?\.?\s*:?\s*(?P<n>\d{1,2})\b(?!\s*(?:years?|yrs?))",
    re.IGNORECASE,
)


def min_experience_years(required: str, whole: str, preferred: str = "") -> float | None:
    """0 for "no experience required", else the largest requirement in the required part, else anywhere
    outside the preferred part, else the preferred part ("2+ years preferred" still sets the bar)."""
    if _NONE_NEEDED.search(whole):
        return 0.0
    for scope in (required, whole, preferred):
        mentions = year_mentions(scope)
        if mentions:
            return max(v for _, v in mentions)
    field = _MIN_FIELD.search(whole)
    return float(field.group("n")) if field else None
