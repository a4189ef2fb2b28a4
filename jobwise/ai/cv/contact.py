"""Contact details: email, phone (via `phonenumbers`), links and location."""

from __future__ import annotations

import re

import phonenumbers

from jobwise.ai.cv.places import find_home_place
from jobwise.ai.dates import find_date_ranges

EMAIL = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_PHONE_LIKE = re.compile(r"(?<![\w/])(?:\+|00)?\(?\d[\d\s().\-‐–/]{5,20}\d(?![\w/])")
_PHONE_LABEL = re.compile(r"\b(?:phone|tel|telephone|mobile|mob|cell|ph|contact|whatsapp)\b\.?\s*:?", re.I)
_TLDS = (
    "com|org|net|io|dev|me|co|app|ai|design|page|site|xyz|info|tech|art|studio|online|blog|"
    "portfolio|codes|uk|de|fr|in|br|es|it|nl|eu|ca|au|ch|se|pl"
)
_LINK = re.compile(
    rf"(?<![@\w.])(?:https?://)?(?:www\.)?(?:[a-z0-9-]+\.)+(?:{_TLDS})\b(?:/[^\s|,;()<>]*)?",
    re.IGNORECASE,
)
_LINK_HOSTS = ("linkedin.", "github.", "gitlab.", "behance.", "dribbble.", "medium.", "stackoverflow.")
_FALLBACK_REGIONS = ("US", "GB", "DE", "FR", "IN", "BR", "CA", "AU", "ES", "IT", "NL")


_COMMON_TLDS = {"com", "net", "org", "edu", "gov", "info", "biz"}
_WRAPPED_EMAIL = re.compile(r"([\w.+-]+@[\w.-]*)\n([\w.-]+)(?=\s|$)")
_SPACED_AT = re.compile(r"(?<=\w) ?(?:@|\[at\]|\(at\)) ?(?=\w[\w.-]*\.[A-Za-z]{2,}\b)")
_HAS_TLD = re.compile(r"\.[A-Za-z]{2,}$")


def _rejoin(match: re.Match[str]) -> str:
    """Narrow columns wrap long addresses anywhere: "name@bti" / "nternet.com"."""
    head, tail = match.group(1), match.group(2)
    if not _HAS_TLD.search(head):
        return head + tail if _HAS_TLD.search(tail) else match.group(0)
    tld = head.rsplit(".", 1)[1] + tail  # "gmail.co" / "m"
    return head + tail if tld in _COMMON_TLDS else match.group(0)


def find_email(text: str) -> str | None:
    """The first email address; one wrapped inside its domain in a narrow column is rejoined."""
    text = _SPACED_AT.sub("@", _WRAPPED_EMAIL.sub(_rejoin, text))
    match = EMAIL.search(text)
    return match.group(0).rstrip(".").lower() if match else None


def _valid(candidate: str, regions: list[str]) -> str | None:
    for region in regions:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


def _is_date(candidate: str) -> bool:
    return any(r.span[1] - r.span[0] >= len(candidate) - 2 for r in find_date_ranges(candidate))


def _without_date_ranges(line: str) -> str:
    """Blank out "2016 - 2018" and "Jan 2019"; a lone "2019" or "10-2000" may be part of a phone number."""
    for found in find_date_ranges(line):
        start, end = found.span
        if found.end != found.start or re.search("[A-Za-z]", line[start:end]):
            line = line[:start] + " " * (end - start) + line[end:]
    return line


def _candidates(lines: list[str]) -> list[tuple[str, bool]]:
    """Phone-shaped strings, each with whether a label or a + marks it as a phone number."""
    found: list[tuple[str, bool]] = []
    for line in map(_without_date_ranges, lines):
        labelled = bool(_PHONE_LABEL.search(line))
        for match in _PHONE_LIKE.finditer(line):
            text = match.group(0).strip()
            digits = re.sub(r"\D", "", text)
            if 7 <= len(digits) <= 15 and not _is_date(text):
                found.append((text, labelled or text.startswith(("+", "00", "("))))
    return found


def find_phone(lines: list[str], region: str | None) -> str | None:
    """The first phone number, in E.164 when valid; an odd but clearly marked one as written.

    Numbers without a + are read in the region the CV's places point to first, then others.
    """
    primary = region or "US"
    candidates = _candidates(lines)
    for text, _marked in candidates:
        if number := _valid(text, [primary]):
            return number
    # A national number ("07700 912345") in the CV's own region, even if not in use, rather
    # than the same digits read as another country's.
    for text, _marked in candidates:
        if region and (local := _possible(text, region)):
            return local
    for text, _marked in candidates:
        if number := _valid(text, [r for r in _FALLBACK_REGIONS if r != primary]):
            return number
    marked = [text for text, is_marked in candidates if is_marked]
    return re.sub(r"\s+", " ", marked[0]) if marked else None


def _possible(candidate: str, region: str) -> str | None:
    """A national number ("07700 912345") the region's rules allow, in a region whose numbers
    are written after a trunk 0 (not the US, where "0438 765 432" is nobody's number)."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if metadata is None or metadata.national_prefix != "0":
        return None
    if not candidate.startswith("0") or candidate.startswith("00"):
        return None
    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.is_possible_number(number):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


def find_links(text: str) -> list[str]:
    """Profile and portfolio URLs (with or without a scheme), emails excluded, in order."""
    links: list[str] = []
    for match in _LINK.finditer(text):
        link = match.group(0).rstrip(".")
        has_path_or_scheme = "/" in link
        known = any(host in link.lower() for host in _LINK_HOSTS)
        if (has_path_or_scheme or known or link.lower().startswith("www.")) and link not in links:
            links.append(link)
    return links


def find_location(lines: list[str]) -> str | None:
    """The first place named in the header lines, without any street address before it."""
    for line in lines:
        line = _PHONE_LIKE.sub(" | ", EMAIL.sub(" | ", line))  # "jane@x.com +1 555 0100 Austin, TX"
        for part in re.split(r"\s*[|•·]\s*|\s{2,}", line):
            labelled = re.sub(r"^(?:location|address|based in|city)\s*:?\s*", "", part, flags=re.I)
            if EMAIL.search(labelled) or _LINK.search(labelled):  # "84/92" in a street is no link
                continue
            if found := find_home_place(labelled):
                return found
    return None
