"""A posting held only in a page's embedded app state: `__NEXT_DATA__`, `window.__STATE__ = {...}`,
`<script type="application/json">` blobs. Single-page boards render from it; their HTML is empty.

The JSON is read leniently and walked within bounds; the object that looks most like one job
posting (a title, a long description, and job-like keys beside them) is mapped onto schema.org
JobPosting names, so `posting.from_node` reads it like JSON-LD.
"""

from __future__ import annotations

import json
import re
from itertools import islice
from typing import Any

from jobwise.documents.html.page import Element, one_line
from jobwise.documents.html.structured import MAX_REPAIR_CHARS, Node, has_type, lenient_json, nodes

# `window.__INITIAL_STATE__ = `, `window["__APP__"]=`, `self.__STATE__ =`, `var __DATA__ =`
_ASSIGNMENT = re.compile(
    r"""(?:\b(?:window|self|globalThis)\s*+(?:\.\s*+[\w$]++|\[\s*+["'][\w$]++["']\s*+\])"""
    r"""|\b(?:var|let|const)\s++[\w$]++)\s*+=\s*+(?:JSON\.parse\(\s*+)?(?=[\[{"])"""
)
_JSON_TYPES = ("application/json", "application/vnd.", "text/json")
_MAX_SCRIPTS = 100
_MAX_STATE_CHARS = 3_000_000  # all app-state script text read per page (the fetcher caps pages at 2 MB)
_MIN_DESCRIPTION = 150  # characters: shorter values are teasers on listing cards, not the posting

_TITLE_KEYS = ("title", "jobTitle", "job_title", "postingTitle", "positionTitle", "position", "name")
_DESCRIPTION_KEYS = (
    "description", "descriptionHtml", "description_html", "jobDescription", "job_description",
    "descriptionText", "descriptionPlain", "fullDescription", "content", "body", "details",
)  # fmt: skip
_COMPANY_KEYS = (
    "hiringOrganization", "company", "companyName", "company_name", "organization", "organizationName",
    "employer", "employerName", "hiringCompany", "brand",
)  # fmt: skip
_LOCATION_KEYS = (
    "jobLocation", "location", "locations", "locationName", "location_name", "formattedLocation",
    "jobLocations", "job_post_location", "locationText", "location_text", "primaryLocation", "city",
    "address", "workLocation", "office", "offices",
)  # fmt: skip
_SALARY_KEYS = (
    "baseSalary", "salary", "salaryRange", "salary_range", "compensation", "compensationTierSummary",
    "salaryText", "salary_text", "pay", "payRange",
)  # fmt: skip
_GROUPS = tuple(frozenset(keys) for keys in (_COMPANY_KEYS, _LOCATION_KEYS, _SALARY_KEYS))
_EMPLOYMENT_KEYS = ("employmentType", "employment_type", "jobType", "job_type", "commitment", "workType",
                    "timeType", "contractType")  # fmt: skip
_REMOTE_KEYS = ("jobLocationType", "workplaceType", "workplace_type", "remote", "isRemote", "is_remote",
                "remoteType", "locationType")  # fmt: skip
_DATE_KEYS = {
    "datePosted": ("datePosted", "publishedAt", "published_at", "postedAt", "posted_at", "postedDate",
                   "publishDate", "createdAt", "created_at"),
    "validThrough": ("validThrough", "expiresAt", "expires_at", "closingDate", "closing_date", "endDate"),
}  # fmt: skip
_JOB_WORDS = re.compile(r"job|salary|employ|compensation|apply|requisition|vacanc|posting|hiring|remote")
_LOW = ("minValue", "min", "minimum", "from", "minAmount", "min_amount", "salaryMin", "salary_min", "low")
_HIGH = ("maxValue", "max", "maximum", "to", "maxAmount", "max_amount", "salaryMax", "salary_max", "high")
_PERIOD = ("unitText", "period", "interval", "unit", "frequency", "salaryPeriod", "salary_period")
_UNITS = (("hour", "HOUR"), ("month", "MONTH"), ("year|annu", "YEAR"))
_CURRENCY = ("currency", "currencyCode", "currency_code", "salaryCurrency", "salary_currency")
_PLACE = (
    ("addressLocality", ("city", "locality", "addressLocality", "town")),
    ("addressRegion", ("region", "state", "stateCode", "province", "addressRegion")),
    ("addressCountry", ("country", "countryCode", "country_code", "countryName", "addressCountry")),
)


def app_state(doc: Element) -> list[Any]:
    """The JSON values of a page's app-state scripts (JSON-LD excluded), within the size bound."""
    values: list[Any] = []
    budget = _MAX_STATE_CHARS
    for script in islice(doc.iter("script"), 2000):
        if len(values) >= _MAX_SCRIPTS or budget <= 0:
            break
        kind = (script.get("type") or "").strip().lower()
        text = (script.text or "")[:budget]
        if "ld+json" in kind or len(text) < _MIN_DESCRIPTION:
            continue
        if kind.startswith(_JSON_TYPES):
            budget -= len(text)
            values += lenient_json(text)
        elif kind in ("", "text/javascript", "application/javascript", "module"):
            budget -= len(text)
            values += _assigned(text)
    return values


def _assigned(script: str) -> list[Any]:
    """The JSON values a script assigns to globals; a `JSON.parse("...")` string is decoded too."""
    decoder = json.JSONDecoder(strict=False)
    values: list[Any] = []
    repaired = False  # broken JSON is repaired once per script, and only when short enough to repair
    for match in islice(_ASSIGNMENT.finditer(script), 20):
        try:
            value, _ = decoder.raw_decode(script, match.end())
        except (ValueError, RecursionError):
            rest = script[match.end() :]
            value = None if repaired or len(rest) > MAX_REPAIR_CHARS else next(iter(lenient_json(rest)), None)
            repaired = True
        if isinstance(value, str) and value.lstrip()[:1] in ("{", "["):
            value = next(iter(lenient_json(value)), None)
        if isinstance(value, dict | list):
            values.append(value)
    return values


def best_posting(data: Any, title_hint: str | None) -> Node | None:
    """The object that looks most like one job posting, as a JobPosting-shaped node, or None."""
    hint = (title_hint or "").casefold()
    best: tuple[float, Node] | None = None
    for node in nodes(data):
        score = _score(node, hint)
        if score > 0 and (best is None or score > best[0]):
            best = (score, node)
    return _as_job_posting(best[1]) if best else None


def _score(node: Node, hint: str) -> float:
    """0 unless the object has a title and a long description; more for job-like keys beside them."""
    title = _text(node, _TITLE_KEYS)
    if title is None or len(title) > 200:
        return 0
    description = _long_text(node)
    if description is None:
        return 0
    # Job-like keys beside them: an article, a company profile or a product has a title and text too.
    signals = len(_JOB_WORDS.findall(" ".join(map(str, islice(node, 100))).lower()))
    signals += sum(2 for keys in _GROUPS if not keys.isdisjoint(node))
    signals += 10 if has_type(node.get("@type") or node.get("__typename"), "jobposting") else 0
    if not signals:
        return 0
    score = signals + (3 if _text(node, _TITLE_KEYS[:-1]) else 0)  # "name" also names companies, people
    score += 5 if hint and title.casefold() in hint else 0
    return score + min(len(description), 5000) / 5000


def _as_job_posting(node: Node) -> Node:
    """The object with its values under the schema.org names `from_node` reads."""
    posting: Node = {k: v for k, v in node.items() if isinstance(k, str)}
    posting["title"] = _text(node, _TITLE_KEYS)
    posting["description"] = _long_text(node)
    posting["hiringOrganization"] = _company(_first(node, _COMPANY_KEYS))
    posting["jobLocation"] = _location(_first(node, _LOCATION_KEYS))
    posting["baseSalary"] = _salary(node)
    posting["employmentType"] = _first(node, _EMPLOYMENT_KEYS)
    posting["jobLocationType"] = _workplace(_first(node, _REMOTE_KEYS))
    for name, keys in _DATE_KEYS.items():
        posting[name] = _first(node, keys)
    return posting


def _first(node: Node, keys: tuple[str, ...]) -> Any:
    return next((node[k] for k in keys if node.get(k) not in (None, "", [], {})), None)


def _text(node: Node, keys: tuple[str, ...]) -> str | None:
    return next((one_line(v) for k in keys if isinstance(v := node.get(k), str) and v.strip()), None)


def _long_text(node: Node) -> str | None:
    """The first description-like value long enough to be a posting (HTML or text)."""
    for key in _DESCRIPTION_KEYS:
        value = node.get(key)
        if isinstance(value, dict):  # {"html": "...", "text": "..."}
            value = value.get("html") or value.get("text") or value.get("value")
        if isinstance(value, str) and len(value.strip()) >= _MIN_DESCRIPTION:
            return value
    return None


def _company(value: Any) -> Any:
    if isinstance(value, dict):
        return {"name": _text(value, ("name", "displayName", "companyName", "legalName", "title", "label"))}
    return value


def _location(value: Any) -> Any:
    """A location as JSON-LD places: a text, `{"city", "country"}`, a list, or `{"name"|"label"}`."""
    if isinstance(value, list):
        return [_location(v) for v in value[:5]]
    if not isinstance(value, dict) or "address" in value:
        return value
    address = {name: v for name, keys in _PLACE if (v := _text(value, keys))}
    if address:
        return {"address": address}
    return _text(value, ("name", "label", "displayName", "text", "formatted", "fullName"))


def _salary(node: Node) -> Any:
    """A MonetaryAmount from `{"min", "max", "currency", "period"}`, flat `salaryMin` keys, or a text."""
    value = _first(node, _SALARY_KEYS)
    if isinstance(value, list):
        value = value[0]
    if value is None:
        value = {k: node[k] for k in (*_LOW, *_HIGH, *_CURRENCY, *_PERIOD) if k in node}
    if not isinstance(value, dict) or isinstance(value.get("value"), dict):
        return value  # a text range, a bare amount, or already a MonetaryAmount
    period = str(_first(value, _PERIOD) or "")[:50]
    return {
        "currency": _first(value, _CURRENCY),
        "value": {
            "minValue": _first(value, _LOW),
            "maxValue": _first(value, _HIGH),
            "value": value.get("value") or value.get("amount"),
            "unitText": next((unit for word, unit in _UNITS if re.search(word, period, re.IGNORECASE)), None),
        },
    }


def _workplace(value: Any) -> str | None:
    """`isRemote: true`, `workplaceType: "HYBRID"`, `remote: "Remote - EU"` as JobPosting location types."""
    if isinstance(value, bool):
        return "TELECOMMUTE" if value else None
    words = str(value or "")[:200].lower()
    return (
        "HYBRID" if "hybrid" in words else "TELECOMMUTE" if re.search(r"remote|telecommute", words) else None
    )
