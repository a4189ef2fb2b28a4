"""Recognise place names ("Austin, TX", "Lyon, France", "Remote") and guess a phone region."""

from __future__ import annotations

import re

from jobwise.ai.cv.titles import org_score, title_score

US_STATES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
    "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
).split()
# Country (and common ways of writing it) -> ISO region for phone numbers.
COUNTRIES = {
    "united states": "US", "usa": "US", "u.s.a.": "US", "us": "US", "united kingdom": "GB", "uk": "GB",
    "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB", "ireland": "IE",
    "germany": "DE", "deutschland": "DE", "france": "FR", "india": "IN", "brazil": "BR", "brasil": "BR",
    "canada": "CA", "australia": "AU", "new zealand": "NZ", "spain": "ES", "españa": "ES", "italy": "IT",
    "italia": "IT", "netherlands": "NL", "the netherlands": "NL", "belgium": "BE", "switzerland": "CH",
    "austria": "AT", "sweden": "SE", "norway": "NO", "denmark": "DK", "finland": "FI", "poland": "PL",
    "portugal": "PT", "mexico": "MX", "méxico": "MX", "argentina": "AR", "chile": "CL", "colombia": "CO",
    "peru": "PE", "nigeria": "NG", "kenya": "KE", "south africa": "ZA", "egypt": "EG", "morocco": "MA",
    "ghana": "GH", "japan": "JP", "china": "CN", "south korea": "KR", "korea": "KR", "singapore": "SG",
    "malaysia": "MY", "indonesia": "ID", "philippines": "PH", "vietnam": "VN", "thailand": "TH",
    "pakistan": "PK", "bangladesh": "BD", "sri lanka": "LK", "turkey": "TR", "türkiye": "TR",
    "israel": "IL", "united arab emirates": "AE", "uae": "AE", "saudi arabia": "SA", "qatar": "QA",
    "greece": "GR", "czech republic": "CZ", "czechia": "CZ", "hungary": "HU", "romania": "RO",
    "ukraine": "UA", "russia": "RU", "luxembourg": "LU",
}  # fmt: skip
# Large cities often written without their country.
CITIES = {
    "london": "GB", "manchester": "GB", "birmingham": "GB", "edinburgh": "GB", "glasgow": "GB",
    "bristol": "GB", "leeds": "GB", "berlin": "DE", "munich": "DE", "münchen": "DE", "hamburg": "DE",
    "frankfurt": "DE", "cologne": "DE", "köln": "DE", "stuttgart": "DE", "paris": "FR", "lyon": "FR",
    "marseille": "FR", "toulouse": "FR", "bordeaux": "FR", "nantes": "FR", "mumbai": "IN",
    "bangalore": "IN", "bengaluru": "IN", "delhi": "IN", "new delhi": "IN", "hyderabad": "IN",
    "chennai": "IN", "pune": "IN", "kolkata": "IN", "são paulo": "BR", "sao paulo": "BR",
    "rio de janeiro": "BR", "belo horizonte": "BR", "toronto": "CA", "vancouver": "CA",
    "montreal": "CA", "sydney": "AU", "melbourne": "AU", "dublin": "IE", "amsterdam": "NL",
    "madrid": "ES", "barcelona": "ES", "rome": "IT", "milan": "IT", "zurich": "CH", "zürich": "CH",
    "vienna": "AT", "stockholm": "SE", "copenhagen": "DK", "oslo": "NO", "warsaw": "PL", "lisbon": "PT",
    "mexico city": "MX", "lagos": "NG", "nairobi": "KE", "cape town": "ZA", "johannesburg": "ZA",
    "tokyo": "JP", "singapore": "SG", "dubai": "AE", "tel aviv": "IL", "istanbul": "TR",
    "new york": "US", "san francisco": "US", "los angeles": "US", "chicago": "US", "seattle": "US",
    "boston": "US", "austin": "US",
}  # fmt: skip
# Title-case place words ("Milton Keynes", "Rio de Janeiro") or one all-caps word ("BOSTON"), so
# an all-caps company name before a city is not taken for part of it.
_WORD = r"[A-ZÀ-Þ][a-zà-ÿ'’.-]+"
_NAME = rf"(?:{_WORD}(?:\s+(?:de|del|da|do|dos|upon|on|am|an|der|la|le)?\s*{_WORD}){{0,2}}|[A-Z]{{3,}})"
_US_PLACE = re.compile(rf"\b({_NAME}),\s*({'|'.join(US_STATES)})\b(?:\s+\d{{5}}(?:-\d{{4}})?)?")


def _alternation(names: object) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))  # type: ignore[call-overload]


_COUNTRY = re.compile(rf"\b(?:{_alternation(c for c in COUNTRIES if len(c) > 3)})\b", re.IGNORECASE)
_CITY = re.compile(rf"\b(?:{_alternation(CITIES)})\b(?:,\s*{_NAME})?", re.IGNORECASE)
_ANY_PLACE = re.compile(rf"\b(?:{_alternation(n for n in [*CITIES, *COUNTRIES] if len(n) > 3)})\b", re.I)
_CITY_PREFIX = re.compile(rf"{_NAME},\s*$")
_REMOTE = re.compile(r"\b(?:fully\s+)?remote\b|\bhybrid\b", re.IGNORECASE)


def _world_place(text: str) -> tuple[str, tuple[int, int]] | None:
    """ "Lyon, Auvergne, France": the country, then the place names written before it."""
    country = _COUNTRY.search(text)
    if country is None:
        return None
    prefix = _CITY_PREFIX.search(text, max(0, country.start() - 60), country.start())
    start = _after_other_words(text, prefix.start()) if prefix else country.start()
    return text[start : country.end()], (start, country.end())


def _found(match: re.Match[str] | None, text: str) -> tuple[str, tuple[int, int]] | None:
    if match is None or _inside_word(text, match.span()):
        return None
    start = _after_other_words(text, match.start())
    return text[start : match.end()].strip(" ,"), (start, match.end())


def _after_other_words(text: str, start: int) -> int:
    """Skip the company or role words a greedy match took for a city ("Logistics Group Austin")."""
    city_end = text.find(",", start)
    words = list(re.finditer(r"\S+", text[start:city_end] if city_end > start else ""))
    for word in reversed(words[:-1]):  # the word before the comma is the city's own
        if org_score(word.group(0)) == 1.0 or title_score(word.group(0)) == 1.0:
            return start + word.end() + 1
    return start


def find_place(text: str) -> tuple[str, tuple[int, int]] | None:
    """The first place name in `text` and its span, or None."""
    return (
        _found(_US_PLACE.search(text), text)
        or _found(_CITY.search(text), text)
        or _world_place(text)
        or _found(_REMOTE.search(text), text)
    )


def _inside_word(text: str, span: tuple[int, int]) -> bool:
    start, end = span
    return (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())


def looks_like_place(text: str) -> bool:
    """True when `text` is a place and nothing else ("Berlin, Germany", "Austin, TX 78701")."""
    found = find_place(text)
    return found is not None and len(found[0]) >= len(text.strip(" ,|")) - 1


def region_hint(text: str) -> str | None:
    """The ISO region a CV's places point to, for reading phone numbers without a + prefix."""
    if _US_PLACE.search(text):
        return "US"
    match = _ANY_PLACE.search(text)
    if match is None:
        return None
    name = match.group(0).lower()
    return CITIES.get(name) or COUNTRIES.get(name)
