"""A schema.org JobPosting node (from JSON-LD, microdata or app state) -> posting fields, as stated."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from html import unescape
from typing import Any, Literal

from jobwise.documents.html.page import block_text, one_line, parse, tidy
from jobwise.documents.html.structured import Node, resolve

PostingSource = Literal["json-ld", "microdata", "app-state", "meta", "text"]
LocationType = Literal["remote", "hybrid", "on-site"]
EmploymentType = Literal["full-time", "part-time", "contract", "internship", "temporary"]
SalaryPeriod = Literal["year", "month", "hour"]
_Salary = tuple[int | None, int | None, str | None, SalaryPeriod | None]  # min, max, currency, period


@dataclass(frozen=True)
class ExtractedPosting:
    source: PostingSource
    url: str
    text: str  # the page's main text, for the free-text parser
    title: str | None = None
    company: str | None = None
    description: str | None = None  # plain text, one block or bullet ("- ...") per line
    location: str | None = None
    location_type: LocationType | None = None
    employment_type: EmploymentType | None = None
    salary_min: int | None = None
    salary_max: int | None = None
    salary_currency: str | None = None
    salary_period: SalaryPeriod | None = None
    date_posted: str | None = None  # ISO date (YYYY-MM-DD) as stated
    valid_through: str | None = None  # ISO date the posting closes, as stated
    min_experience_years: float | None = None
    skills: tuple[str, ...] = ()  # as the posting lists them ("skills"), not matched to a taxonomy
    frame: str | None = None  # a job board page the page embeds in an <iframe>, when it has no posting


_EMPLOYMENT: dict[str, EmploymentType] = {
    "FULL_TIME": "full-time", "FULLTIME": "full-time", "PERMANENT": "full-time",
    "PART_TIME": "part-time", "PARTTIME": "part-time",
    "CONTRACTOR": "contract", "CONTRACT": "contract", "FREELANCE": "contract",
    "TEMPORARY": "temporary", "TEMP": "temporary", "SEASONAL": "temporary",
    "INTERN": "internship", "INTERNSHIP": "internship",
}  # fmt: skip
_PERIODS: dict[str, SalaryPeriod] = {
    "HOUR": "hour", "HOURLY": "hour", "MONTH": "month", "MONTHLY": "month",
    "YEAR": "year", "YEARLY": "year", "ANNUAL": "year", "ANNUALLY": "year", "ANNUM": "year",
}  # fmt: skip
# Google-for-Jobs fields that sites fill instead of (or beside) the description: appended as
# sections when the description does not already say them, so the parser and the user see them.
_SECTIONS = (
    ("responsibilities", "Responsibilities"),
    ("qualifications", "Qualifications"),
    ("skills", "Skills"),
    ("experienceRequirements", "Experience"),
    ("educationRequirements", "Education"),
    ("jobBenefits", "Benefits"),
    ("workHours", "Working hours"),
)
_BLOCK_TAG = re.compile(r"<(p|br|li|div|h[1-6]|ul|ol|table|tr)\b", re.IGNORECASE)
_REMOTE = re.compile(r"\b(remote|work from home|home[- ]?office|telecommute)\b", re.IGNORECASE)
_HYBRID = re.compile(r"\bhybrid\b", re.IGNORECASE)


def from_node(
    node: Node, source: PostingSource, url: str, text: str, ids: dict[str, Node]
) -> ExtractedPosting:
    currency = _plain(node.get("salaryCurrency"))
    salary = _salary(node.get("baseSalary"), currency) or _salary(node.get("estimatedSalary"), currency)
    low, high, currency, period = salary or (None, None, None, None)
    location = _location(node, ids)
    return ExtractedPosting(
        source=source,
        url=url,
        text=text,
        title=field(node, "title", "name"),
        company=_organisation(resolve(node.get("hiringOrganization"), ids)),
        description=_description(node) or text or None,
        location=location,
        location_type=_location_type(node, location),
        employment_type=_code(node.get("employmentType"), _EMPLOYMENT),
        salary_min=low,
        salary_max=high,
        salary_currency=currency,
        salary_period=period,
        date_posted=_date(node.get("datePosted")),
        valid_through=_date(node.get("validThrough")),
        min_experience_years=_experience_years(node.get("experienceRequirements")),
        skills=_skills(node.get("skills")),
    )


def field(node: Node, *keys: str) -> str | None:
    return next((t for t in (_plain(node.get(k)) for k in keys) if t), None)


def _plain(value: Any) -> str | None:
    """One line of text from a string, number, list or `{"name"|"@value": ...}` object."""
    if isinstance(value, list):
        return next((t for t in map(_plain, value[:20]) if t), None)
    if isinstance(value, dict):
        return _plain(value.get("name") or value.get("@value"))
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return one_line(rich_text(str(value)) or "") or None
    return None


def rich_text(value: Any) -> str | None:
    """Plain text, one line per block, from a (possibly HTML, possibly entity-escaped) description."""
    if isinstance(value, list | dict):
        return _plain(value)
    if not isinstance(value, str) or not value.strip():
        return None
    for _ in range(2):  # "&lt;p&gt;" and the doubly escaped "&amp;lt;p&amp;gt;"
        if "<" not in value and re.search(r"&(amp;)*lt;", value):
            value = unescape(value)
    if re.search(r"<[a-zA-Z/!]", value):
        if not _BLOCK_TAG.search(value):  # text with a few inline tags: its line breaks are meant
            value = value.replace("\n", "<br>")
        doc = parse(f"<html><body>{value}</body></html>")
        body = doc.find("body") if doc is not None else None
        return (block_text(body) if body is not None else "") or None
    return tidy(unescape(value)) or None


def _description(node: Node) -> str | None:
    """The description, with the posting's separate sections (qualifications, skills ...) it lacks."""
    description = rich_text(node.get("description")) or ""
    known = _squashed(description)
    for key, label in _SECTIONS:
        section = _section_text(node.get(key))
        if section and _squashed(section)[:60] not in known:
            description += f"\n{label}\n{section}"
            known += _squashed(section)
    return description.strip() or None


def _section_text(value: Any) -> str | None:
    """Readable text of a section field: text, a list of items, or a credential / experience object."""
    if isinstance(value, list):
        items = [t for t in map(_section_text, value[:50]) if t]
        return "\n".join(f"- {t}" for t in items) or None
    if isinstance(value, dict):
        if "monthsOfExperience" in value:
            return field(value, "description")  # the months become min_experience_years
        return field(value, "description", "credentialCategory", "name", "@value")
    return rich_text(value)


def _squashed(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def _organisation(value: Any) -> str | None:
    if isinstance(value, dict):
        return field(value, "name", "legalName", "alternateName")
    if isinstance(value, list):
        return next((n for n in map(_organisation, value[:20]) if n), None)
    return _plain(value)


def _location(node: Node, ids: dict[str, Node]) -> str | None:
    places = resolve(node.get("jobLocation") or node.get("applicantLocationRequirements"), ids)
    names: list[str] = []
    for place in places if isinstance(places, list) else [places]:
        name = _place(resolve(place, ids))
        if name and name not in names:
            names.append(name)
    return "; ".join(names[:5]) or None


def _place(place: Any) -> str | None:
    if not isinstance(place, dict):
        return _plain(place)
    address = place.get("address")
    if isinstance(address, list):
        address = address[0] if address else None
    if not isinstance(address, dict):
        return _plain(address) or _plain(place.get("name"))
    keys = ("addressLocality", "addressRegion", "addressCountry")
    parts = [p for p in (_plain(address.get(k)) for k in keys) if p]
    return ", ".join(dict.fromkeys(parts)) or _plain(address.get("name")) or _plain(place.get("name"))


def _location_type(node: Node, location: str | None) -> LocationType | None:
    codes = _codes(node.get("jobLocationType"))
    if "TELECOMMUTE" in codes:
        return "remote"
    if "HYBRID" in codes or (location and _HYBRID.search(location)):
        return "hybrid"
    return "remote" if location and _REMOTE.search(location) else None


def _codes(value: Any) -> list[str]:
    items = value[:20] if isinstance(value, list) else re.split(r"[,;/]", str(value or "")[:500])
    return [re.sub(r"[\s-]+", "_", str(i).strip().upper()) for i in items if str(i).strip()]


def _code(value: Any, table: dict[str, Any]) -> Any:
    return next((table[c] for c in _codes(value) if c in table), None)


def _salary(value: Any, currency: str | None) -> _Salary | None:
    """(min, max, currency, period) from a MonetaryAmount, a list of them or a bare amount, as stated."""
    if isinstance(value, list):
        return next((s for s in (_salary(v, currency) for v in value[:20]) if s), None)
    if isinstance(value, str | int | float):
        value = {"value": value}
    if not isinstance(value, dict):
        return None
    inner = value.get("value")
    quantity = inner if isinstance(inner, dict) else value
    low = _number(quantity.get("minValue"))
    high = _number(quantity.get("maxValue"))
    single = _numbers(quantity.get("value"))
    low, high = low or (single[0] if single else None), high or (single[-1] if single else None)
    if low is None and high is None:
        return None
    currency = _plain(value.get("currency")) or _plain(value.get("salaryCurrency")) or currency
    period = _code(quantity.get("unitText") or value.get("unitText"), _PERIODS)
    code = currency.upper() if currency and re.fullmatch(r"[A-Za-z]{3}", currency) else None
    return low, high, code, period


def _numbers(value: Any) -> list[int]:
    """Amounts in a bare value: 85000, "85,000 - 95,000", "85k-95k"."""
    if isinstance(value, int | float):
        return [n for n in [_number(value)] if n]
    amounts = []
    for match in re.finditer(r"(\d[\d,.]*(?: \d{3})*)\s?([kK]\b)?", str(value or "")[:200]):
        amount = _number(match.group(1))
        if amount:
            amounts.append(amount * 1000 if match.group(2) else amount)
    return amounts


def _number(value: Any) -> int | None:
    """A positive amount, rounded half up: 90000, "90,000.00", "60.000" (European grouping)."""
    if isinstance(value, bool):
        return None
    text = str(value).strip()[:50]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", text):
        text = text.replace(".", "")
    try:
        amount = float(re.sub(r"[,\s]", "", text))
    except ValueError:
        return None
    return math.floor(amount + 0.5) if 0 < amount < 1e12 else None


def _experience_years(value: Any) -> float | None:
    """Years from `OccupationalExperienceRequirements.monthsOfExperience` (a text is left to the parser)."""
    if isinstance(value, list):
        return next((y for y in map(_experience_years, value[:20]) if y is not None), None)
    months = _number(value.get("monthsOfExperience")) if isinstance(value, dict) else None
    return round(months / 12, 1) if months and months < 1200 else None


def _skills(value: Any) -> tuple[str, ...]:
    """The listed skills: a list, DefinedTerms, or one text separated by commas, semicolons or lines."""
    items = value[:100] if isinstance(value, list) else [value]
    skills: list[str] = []
    for item in items:
        text = rich_text(item.get("name") if isinstance(item, dict) else item) or ""
        skills += [s.strip(" -•*·.") for s in re.split(r"[,;\n•]", text)]
    return tuple(dict.fromkeys(s for s in skills if s))[:50]


def _date(value: Any) -> str | None:
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", str(value or "")[:40])
    return match.group(1) if match else None
