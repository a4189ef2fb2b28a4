"""HTML job page -> posting fields: schema.org JobPosting JSON-LD, then microdata, then main text.

Pure: takes the page text, returns values. The page is only parsed, never run; scripts are read
as data (JSON-LD) or dropped.
"""

from __future__ import annotations

import json
import math
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, replace
from html import unescape
from typing import Any, Literal

from lxml import etree
from lxml import html as lxml_html

PostingSource = Literal["json-ld", "microdata", "text"]
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


_SKIP = frozenset({
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "nav",
    "aside", "form", "button", "select", "option", "datalist", "dialog", "head", "title", "meta", "link",
})  # fmt: skip
_BLOCK = frozenset({
    "address", "article", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1",
    "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody",
    "thead", "tfoot", "tr", "ul", "body", "br",
})  # fmt: skip
_SKIP_ROLES = frozenset({"navigation", "banner", "contentinfo", "dialog", "alert"})
_CELL = frozenset({"td", "th"})
# Broken JSON is repaired in two regex passes that keep strings intact. Kept text is matched in
# long possessive runs and unterminated strings/comments run to the end: linear, few matches.
_JSON_STRING = r'"(?:[^"\\]|\\.)*+(?:"|\\?\Z)'
_JSON_COMMENTS = re.compile(
    rf"((?:{_JSON_STRING}|[^\"/]++|/(?![/*]))++)|//[^\n]*|/\*.*?(?:\*/|\Z)", re.DOTALL
)
_JSON_TRAILING_COMMAS = re.compile(rf"((?:{_JSON_STRING}|[^\",]++|,(?!\s*+[}}\]]))++)|,")
_MAX_JSON_VALUES = 20
_MAX_REPAIR_CHARS = 300_000
_CONTROL_CHARS = dict.fromkeys([*range(9), 11, 12, *range(14, 32), 127])
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
_MICRODATA_ATTR = {
    "meta": "content", "a": "href", "area": "href", "link": "href", "img": "src", "audio": "src",
    "video": "src", "source": "src", "embed": "src", "iframe": "src", "track": "src", "object": "data",
    "data": "value", "meter": "value", "time": "datetime",
}  # fmt: skip


def extract_posting(html: str, *, url: str) -> ExtractedPosting:
    """The job posting on an HTML page: structured data when present, else the page's main text."""
    doc = _parse(html)
    if doc is None:
        return ExtractedPosting(source="text", url=url, text="")
    text = main_text(doc)
    structured: tuple[tuple[PostingSource, Iterator[dict[str, Any]]], ...] = (
        ("json-ld", _json_ld_postings(doc, html)),
        ("microdata", _microdata_postings(doc)),
    )
    for source, nodes in structured:
        node = next((n for n in nodes if _field(n, "title", "name") or n.get("description")), None)
        if node is not None:
            posting = _from_node(node, source, url, text)
            return posting if posting.title else replace(posting, title=_page_title(doc))
    return ExtractedPosting(
        source="text", url=url, text=text, title=_page_title(doc), description=text or None
    )


def _page_title(doc: lxml_html.HtmlElement) -> str | None:
    return _first_text(doc, "//h1") or _meta(doc, "og:title") or _first_text(doc, "//title")


def _parse(page: str) -> lxml_html.HtmlElement | None:
    if not page.strip():
        return None
    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True)
    data = page.translate(_CONTROL_CHARS).encode("utf-8", errors="replace")
    try:
        return lxml_html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):
        return None


# --- structured data ------------------------------------------------------------------------


def _json_ld_postings(doc: lxml_html.HtmlElement, page: str) -> Iterator[dict[str, Any]]:
    if page.lstrip()[:1] in ("{", "["):  # the page itself is JSON (application/ld+json, an API)
        scripts = [page]
    else:
        types = ((s, (s.get("type") or "").strip().lower()) for s in doc.iter("script"))
        scripts = [s.text or "" for s, kind in types if kind.startswith("application/ld+json")]
    for script in scripts:
        for data in lenient_json(script):
            yield from _find_typed(data, "jobposting")


def lenient_json(raw: str) -> list[Any]:
    """Every JSON value in a script body, forgiving comments, trailing commas and HTML escaping."""
    raw = raw.strip().removeprefix("<![CDATA[").removesuffix("]]>").strip().rstrip(";")
    best: list[Any] = []
    for reading in _repairs(raw):
        values, complete = _decode_all(reading)
        if complete and values:
            return values
        best = max(best, values, key=len)
    return best


def _repairs(raw: str) -> Iterator[str]:
    """Ever more forgiving readings of a script body, tried lazily in order."""
    yield raw
    if len(raw) <= _MAX_REPAIR_CHARS:  # bounds the CPU a hostile page can cost
        yield _clean_json(raw)
        yield _clean_json(unescape(raw))


def _clean_json(text: str) -> str:
    text = _JSON_COMMENTS.sub(r"\1", text.replace("\\'", "'"))
    return _JSON_TRAILING_COMMAS.sub(r"\1", text)


def _decode_all(text: str) -> tuple[list[Any], bool]:
    """The concatenated JSON values in `text`, and whether all of it parsed."""
    decoder = json.JSONDecoder(strict=False)
    values: list[Any] = []
    index = 0
    while len(values) < _MAX_JSON_VALUES:
        while index < len(text) and text[index] in " \t\r\n;,":
            index += 1
        if index == len(text):
            return values, True
        try:
            value, index = decoder.raw_decode(text, index)
        except (ValueError, RecursionError):
            break
        values.append(value)
    return values, False


def _find_typed(data: Any, wanted: str) -> Iterator[dict[str, Any]]:
    """Nodes of a schema.org type anywhere in the data (@graph, arrays, nested entities)."""
    queue: deque[Any] = deque([data])
    while queue:
        item = queue.popleft()
        if isinstance(item, dict):
            if _has_type(item.get("@type"), wanted):
                yield item
            queue.extend(item.values())
        elif isinstance(item, list):
            queue.extend(item)


def _has_type(value: Any, wanted: str) -> bool:
    names = value if isinstance(value, list) else str(value or "").split()
    return any(re.split(r"[/:#]", str(name))[-1].lower() == wanted for name in names)


def _microdata_postings(doc: lxml_html.HtmlElement) -> Iterator[dict[str, Any]]:
    for element in doc.iter():
        if element.get("itemscope") is not None and _has_type(element.get("itemtype"), "jobposting"):
            yield _microdata_item(element)


def _microdata_item(scope: lxml_html.HtmlElement) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": scope.get("itemtype", "")}
    stack = list(reversed(scope))
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str):
            continue
        if element.get("itemprop"):
            nested = element.get("itemscope") is not None
            value = _microdata_item(element) if nested else _microdata_value(element)
            for name in element.get("itemprop", "").split():
                item.setdefault(name, value)
        if element.get("itemscope") is None:
            stack.extend(reversed(element))
    return item


def _microdata_value(element: lxml_html.HtmlElement) -> str:
    attribute = _MICRODATA_ATTR.get(str(element.tag))
    value = element.get(attribute) if attribute else None
    return block_text(element) if value is None else value


def _from_node(node: dict[str, Any], source: PostingSource, url: str, text: str) -> ExtractedPosting:
    currency = _plain(node.get("salaryCurrency"))
    salary = _salary(node.get("baseSalary"), currency) or _salary(node.get("estimatedSalary"), currency)
    salary = salary or (None, None, None, None)
    return ExtractedPosting(
        source=source,
        url=url,
        text=text,
        title=_field(node, "title", "name"),
        company=_plain(node.get("hiringOrganization")),
        description=_rich_text(node.get("description")) or text or None,
        location=_location(node),
        location_type="remote" if "TELECOMMUTE" in _codes(node.get("jobLocationType")) else None,
        employment_type=_code(node.get("employmentType"), _EMPLOYMENT),
        salary_min=salary[0],
        salary_max=salary[1],
        salary_currency=salary[2],
        salary_period=salary[3],
        date_posted=_date(node.get("datePosted")),
    )


def _field(node: dict[str, Any], *keys: str) -> str | None:
    return next((t for t in (_plain(node.get(k)) for k in keys) if t), None)


def _plain(value: Any) -> str | None:
    """One line of text from a string, number, list or `{"name"|"@value": ...}` object."""
    if isinstance(value, list):
        return next((t for t in map(_plain, value) if t), None)
    if isinstance(value, dict):
        return _plain(value.get("name") or value.get("@value"))
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = " ".join((_rich_text(str(value)) or "").split())
        return text or None
    return None


def _rich_text(value: Any) -> str | None:
    """Plain text from a (possibly HTML, possibly entity-escaped) description."""
    if isinstance(value, list | dict):
        return _plain(value)
    if not isinstance(value, str) or not value.strip():
        return None
    if "<" not in value and "&lt;" in value:
        value = unescape(value)
    if re.search(r"<[a-zA-Z/!]", value):
        doc = _parse(f"<html><body>{value}</body></html>")
        body = doc.find("body") if doc is not None else None
        return (block_text(body) if body is not None else "") or None
    return _tidy(unescape(value)) or None


def _location(node: dict[str, Any]) -> str | None:
    places = node.get("jobLocation") or node.get("applicantLocationRequirements")
    names: list[str] = []
    for place in places if isinstance(places, list) else [places]:
        name = _place(place)
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


def _codes(value: Any) -> list[str]:
    items = value if isinstance(value, list) else re.split(r"[,;/]", str(value or ""))
    return [re.sub(r"[\s-]+", "_", str(i).strip().upper()) for i in items if str(i).strip()]


def _code(value: Any, table: dict[str, Any]) -> Any:
    return next((table[c] for c in _codes(value) if c in table), None)


def _salary(value: Any, currency: str | None) -> _Salary | None:
    """(min, max, currency, period) from a MonetaryAmount, a list of them or a bare amount, as stated."""
    if isinstance(value, list):
        return next((s for s in (_salary(v, currency) for v in value) if s), None)
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
    for match in re.finditer(r"(\d[\d,.]*(?: \d{3})*)\s?([kK]\b)?", str(value or "")):
        amount = _number(match.group(1))
        if amount:
            amounts.append(amount * 1000 if match.group(2) else amount)
    return amounts


def _number(value: Any) -> int | None:
    """A positive amount, rounded half up: 90000, "90,000.00", "60.000" (European grouping)."""
    if isinstance(value, bool):
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", text):
        text = text.replace(".", "")
    try:
        amount = float(re.sub(r"[,\s]", "", text))
    except ValueError:
        return None
    return math.floor(amount + 0.5) if 0 < amount < 1e12 else None


def _date(value: Any) -> str | None:
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", str(value or ""))
    return match.group(1) if match else None


# --- page text ------------------------------------------------------------------------------


def main_text(doc: lxml_html.HtmlElement) -> str:
    """The page's readable text, from <main>/<article> when they hold the content, else <body>."""
    candidates = doc.xpath("//main | //*[@role='main'] | //article")
    best = max(candidates, key=lambda e: len(e.text_content()), default=None)
    body = doc.find("body")
    text = block_text(best) if best is not None else ""
    if len(text) < 200 and body is not None:
        text = block_text(body)
    return text


def block_text(root: lxml_html.HtmlElement) -> str:
    """Text with one line per block element and list items as "- " bullets; hidden parts skipped."""
    parts: list[str] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if not tag or _skipped(element, tag):
                walker.skip_subtree()
                continue
            parts.append("\n- " if tag == "li" else "\n" if tag in _BLOCK else " | " if tag in _CELL else "")
            parts.append(element.text or "")
        elif event == "end" and element is not root:
            parts.append(("\n" if tag in _BLOCK else "") + (element.tail or ""))
    return _tidy("".join(parts))


def _skipped(element: lxml_html.HtmlElement, tag: str) -> bool:
    """Chrome, scripts and hidden parts; a header or footer inside the posting itself is kept."""
    if tag in _SKIP or element.get("role") in _SKIP_ROLES:
        return True
    if tag in ("header", "footer") and not element.xpath("ancestor::article | ancestor::main"):
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    return (
        element.get("hidden") is not None or element.get("aria-hidden") == "true" or "display:none" in style
    )


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()).strip(" |") for line in text.splitlines())
    return "\n".join(line for line in lines if line and line != "-")


def _meta(doc: lxml_html.HtmlElement, prop: str) -> str | None:
    for element in doc.iter("meta"):
        if prop in (element.get("property"), element.get("name")):
            return _plain(element.get("content"))
    return None


def _first_text(doc: lxml_html.HtmlElement, path: str) -> str | None:
    found = doc.xpath(path)
    return _plain(found[0].text_content()) if found else None
