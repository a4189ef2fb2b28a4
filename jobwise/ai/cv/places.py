"""Recognise place names ("Austin, TX", "Lyon, France", "Remote") and guess a phone region."""

from __future__ import annotations

import re
from functools import lru_cache

from jobwise.ai.cv.titles import org_score, title_score
from jobwise.ai.regions import US_STATES

# Canadian provinces, Australian and Brazilian states, written the same way ("Ottawa, ON",
# "Osasco, SP"); the codes US states share are read as US states.
_REGIONS = {
    **dict.fromkeys("ON QC BC AB MB SK NS NB NL PE YT NT NU".split(), "CA"),
    **dict.fromkeys("NSW VIC QLD SA TAS ACT NT".split(), "AU"),
    **dict.fromkeys("SP RJ MG RS PR BA CE DF GO ES AM PB SE PI MT MS".split(), "BR"),  # not RN, PE
}
# English counties after a town ("Reading, Berkshire"), read only for the candidate's own place
# and phone region: in entry headers "Well Pharmacy, Yorkshire" is an employer and its county.
_COUNTIES = [
    *(
        "Bedfordshire Berkshire Buckinghamshire Cambridgeshire Cheshire Cornwall Cumbria Derbyshire Devon "
        "Dorset Essex Gloucestershire Hampshire Herefordshire Hertfordshire Kent Lancashire Leicestershire "
        "Lincolnshire Merseyside Middlesex Norfolk Northamptonshire Northumberland Nottinghamshire "
        "Oxfordshire Rutland Shropshire Somerset Staffordshire Suffolk Surrey Warwickshire Wiltshire "
        "Worcestershire"
    ).split(),
    *(f"{side} Yorkshire" for side in ("North", "West", "South", "East")), "Yorkshire", "East Sussex",
    "West Sussex", "West Midlands", "Greater Manchester", "Greater London", "Tyne and Wear",
]  # fmt: skip
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
    "ukraine": "UA", "russia": "RU", "luxembourg": "LU", "croatia": "HR", "hrvatska": "HR", "serbia": "RS",
    "slovenia": "SI", "slovakia": "SK", "bulgaria": "BG", "lithuania": "LT", "latvia": "LV", "estonia": "EE",
    "iceland": "IS", "cyprus": "CY", "malta": "MT", "bosnia and herzegovina": "BA", "albania": "AL",
    "north macedonia": "MK", "montenegro": "ME", "moldova": "MD", "belarus": "BY", "taiwan": "TW",
    "hong kong": "HK", "iran": "IR", "iraq": "IQ", "lebanon": "LB", "tunisia": "TN", "algeria": "DZ",
    "ethiopia": "ET", "uganda": "UG", "tanzania": "TZ", "rwanda": "RW", "cameroon": "CM", "senegal": "SN",
    "zimbabwe": "ZW", "zambia": "ZM", "venezuela": "VE", "ecuador": "EC", "uruguay": "UY",
    "paraguay": "PY", "bolivia": "BO", "costa rica": "CR", "panama": "PA", "guatemala": "GT",
    "dominican republic": "DO", "puerto rico": "PR", "jamaica": "JM", "nepal": "NP", "myanmar": "MM",
    "cambodia": "KH", "kazakhstan": "KZ", "uzbekistan": "UZ", "azerbaijan": "AZ", "armenia": "AM",
    "kuwait": "KW", "bahrain": "BH", "oman": "OM", "österreich": "AT",
    "schweiz": "CH", "suisse": "CH", "polska": "PL", "nederland": "NL", "belgique": "BE", "espana": "ES",
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
    "boston": "US", "austin": "US", "denver": "US", "dallas": "US", "houston": "US",
    "atlanta": "US", "miami": "US", "philadelphia": "US", "phoenix": "US", "san diego": "US",
    "san jose": "US", "portland": "US", "minneapolis": "US", "detroit": "US", "pittsburgh": "US",
    "washington": "US", "ann arbor": "US", "salt lake city": "US", "new york city": "US",
    "valencia": "ES", "sevilla": "ES", "seville": "ES", "bilbao": "ES", "málaga": "ES", "zaragoza": "ES",
    "porto": "PT", "naples": "IT", "napoli": "IT", "turin": "IT", "torino": "IT", "milano": "IT",
    "roma": "IT", "bologna": "IT", "genoa": "IT", "rotterdam": "NL", "the hague": "NL", "utrecht": "NL",
    "eindhoven": "NL", "antwerp": "BE", "brussels": "BE", "bruxelles": "BE", "ghent": "BE",
    "geneva": "CH", "genève": "CH", "lausanne": "CH", "basel": "CH", "düsseldorf": "DE",
    "dortmund": "DE", "leipzig": "DE", "dresden": "DE", "hannover": "DE", "hanover": "DE",
    "nuremberg": "DE", "nürnberg": "DE", "bremen": "DE", "mannheim": "DE", "karlsruhe": "DE",
    "lille": "FR", "strasbourg": "FR", "montpellier": "FR", "rennes": "FR", "grenoble": "FR",
    "kraków": "PL", "krakow": "PL", "wrocław": "PL", "wroclaw": "PL", "gdańsk": "PL", "poznań": "PL",
    "prague": "CZ", "budapest": "HU", "bucharest": "RO", "athens": "GR", "helsinki": "FI",
    "gothenburg": "SE", "göteborg": "SE", "malmö": "SE", "aarhus": "DK", "cork": "IE", "galway": "IE",
    "belfast": "GB", "cardiff": "GB", "liverpool": "GB", "sheffield": "GB", "newcastle": "GB",
    "nottingham": "GB", "leicester": "GB", "southampton": "GB", "brighton": "GB", "oxford": "GB",
    "aberdeen": "GB", "coventry": "GB", "ahmedabad": "IN", "jaipur": "IN", "lucknow": "IN",
    "kochi": "IN", "noida": "IN", "gurgaon": "IN", "gurugram": "IN", "chandigarh": "IN",
    "coimbatore": "IN", "calgary": "CA", "ottawa": "CA", "edmonton": "CA", "winnipeg": "CA",
    "brisbane": "AU", "perth": "AU", "adelaide": "AU", "canberra": "AU", "auckland": "NZ",
    "wellington": "NZ", "seoul": "KR", "beijing": "CN", "shanghai": "CN", "shenzhen": "CN",
    "taipei": "TW", "bangkok": "TH", "jakarta": "ID", "manila": "PH", "kuala lumpur": "MY",
    "hanoi": "VN", "karachi": "PK", "lahore": "PK", "dhaka": "BD", "colombo": "LK", "riyadh": "SA",
    "jeddah": "SA", "doha": "QA", "abu dhabi": "AE", "cairo": "EG", "casablanca": "MA", "accra": "GH",
    "addis ababa": "ET", "kampala": "UG", "kigali": "RW", "dar es salaam": "TZ", "durban": "ZA",
    "buenos aires": "AR", "bogotá": "CO", "bogota": "CO", "lima": "PE", "quito": "EC",
    "montevideo": "UY", "guadalajara": "MX", "monterrey": "MX", "medellín": "CO", "medellin": "CO",
    "curitiba": "BR", "porto alegre": "BR", "brasília": "BR", "recife": "BR", "fortaleza": "BR",
}  # fmt: skip
# Title-case place words ("Milton Keynes", "Rio de Janeiro") or one all-caps word ("BOSTON"), so
# an all-caps company name before a city is not taken for part of it.
_WORD = r"[A-ZÀ-Þ][a-zà-ÿ'’.-]+"
_NAME = rf"(?:{_WORD}(?:\s+(?:de|del|da|do|dos|upon|on|am|an|der|la|le)?\s*{_WORD}){{0,2}}|[A-Z]{{3,}})"
_US_PLACE = re.compile(rf"\b({_NAME}),\s*({'|'.join(US_STATES)})\b(?:\s+\d{{5}}(?:-\d{{4}})?)?")
_REGIONAL = re.compile(rf"{_NAME},\s*(?:{'|'.join([*US_STATES, *_REGIONS])})(?:\s+\d{{4,5}}(?:-\d{{4}})?)?")
_STATE_PLACE = re.compile(rf"\b({_NAME}),\s*({'|'.join(_REGIONS)})\b(?:\s+\d{{4}})?")
_COUNTY_PLACE = re.compile(rf"\b{_NAME},\s*(?:{'|'.join(_COUNTIES)})\b")
# "Leeds, UK", "Dubai, UAE": short country names only after a place and a comma, in capitals.
_SHORT_COUNTRY = re.compile(rf"\b{_NAME},\s*(?:UK|U\.K\.|USA|U\.S\.A\.|UAE|U\.A\.E\.)(?![\w.])")


def _alternation(names: object) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))  # type: ignore[call-overload]


_COUNTRY = re.compile(rf"\b(?:{_alternation(c for c in COUNTRIES if len(c) > 3)})\b", re.IGNORECASE)
# The region after a city starts with a capital ("Munich, Bavaria"; not "Munich, since 2018").
_CITY = re.compile(rf"\b(?:{_alternation(CITIES)})\b(?:,\s*(?-i:(?=[A-ZÀ-Þ])){_NAME})?", re.IGNORECASE)
_ANY_PLACE = re.compile(rf"\b(?:{_alternation(n for n in [*CITIES, *COUNTRIES] if len(n) > 3)})\b", re.I)
_CITY_PREFIX = re.compile(rf"{_NAME}(?:,\s*|\s+\()$")
_OF_BEFORE = re.compile(r"\b(?:of|de|di|do|da|der|del|für|of the)\s+$", re.IGNORECASE)
# "University College London", "University Hospital Southampton": a city named right after an
# institution's noun, with no comma, is part of its name.
_INSTITUTION_BEFORE = re.compile(
    r"\b(?:college|university|hospital|institute|school|academy|museum|polytechnic)\s+$", re.IGNORECASE
)
_PLACE_WORDS = 6  # "Rio de Janeiro, RJ, Brazil"; longer tails name more than a place
_CUT = re.compile(r"[,|·]|\s[–—-]\s")
_REMOTE = re.compile(r"\b(?:fully\s+)?remote\b|\bhybrid\b", re.IGNORECASE)


def _world_place(text: str) -> tuple[str, tuple[int, int]] | None:
    """ "Lyon, Auvergne, France", "Koprivnica (Croatia)": the country, then the place names
    written before it."""
    country = _COUNTRY.search(text)
    if country is None:
        return None
    prefix = _CITY_PREFIX.search(text, max(0, country.start() - 60), country.start())
    start = _after_other_words(text, prefix.start()) if prefix else country.start()
    bracketed = prefix is not None and prefix.group(0).endswith("(") and text[country.end() :].startswith(")")
    end = country.end() + bracketed
    return text[start:end], (start, end)


def _found(
    match: re.Match[str] | None, text: str, regional: bool = False
) -> tuple[str, tuple[int, int]] | None:
    if match is None or _inside_word(text, match.span()):
        return None
    start = _after_other_words(text, match.start())
    if regional:
        start = _city_start(text, start)
    return text[start : match.end()].strip(" ,"), (start, match.end())


def _city_start(text: str, start: int) -> int:
    """ "Stripe Seattle, WA", "University of Michigan Ann Arbor, MI": a city named before a state
    is a known city or its last two words; the words before it belong to the company or school."""
    comma = text.find(",", start)
    words = list(re.finditer(r"\S+", text[start:comma]))
    for size in range(min(3, len(words)), 0, -1):
        tail = words[-size:]
        if " ".join(w.group(0) for w in tail).lower() in CITIES:
            return start + tail[0].start()
    return start + words[-2].start() if len(words) > 2 else start


def _after_other_words(text: str, start: int) -> int:
    """Skip the company or role words a greedy match took for a city ("Logistics Group Austin")."""
    city_end = text.find(",", start)
    words = list(re.finditer(r"\S+", text[start:city_end] if city_end > start else ""))
    for word in reversed(words[:-1]):  # the word before the comma is the city's own
        if org_score(word.group(0)) == 1.0 or title_score(word.group(0)) == 1.0:
            return start + word.end() + 1
    return start


@lru_cache(maxsize=4096)  # entry parsers ask about the same header lines several times
def find_place(text: str) -> tuple[str, tuple[int, int]] | None:
    """The first place name in `text` and its span, or None."""
    return (
        _found(_US_PLACE.search(text), text, regional=True)
        or _found(_city(text), text)
        or _world_place(text)
        or _found(_SHORT_COUNTRY.search(text), text)
        or _found(_STATE_PLACE.search(text), text, regional=True)
        or _found(_REMOTE.search(text), text)
    )


def _city(text: str) -> re.Match[str] | None:
    """The first known city that is not part of an institution's name ("University College London")."""
    return next((m for m in _CITY.finditer(text) if not _INSTITUTION_BEFORE.search(text, 0, m.start())), None)


def _inside_word(text: str, span: tuple[int, int]) -> bool:
    start, end = span
    return (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())


@lru_cache(maxsize=4096)
def trailing_place(text: str, *, unmarked: bool = True) -> tuple[str, tuple[int, int]] | None:
    """The place that ends the text, alone or after a comma or separator: "Manchester Royal
    Infirmary, Manchester" is in Manchester, not the city that starts the hospital's name, and
    "North Bristol NHS Trust" names no place at all. With `unmarked=False` a comma or separator
    must come before the place, unless it is a city and its state ("Universität Hamburg" is a
    name; "Boston College, Chestnut Hill, MA" and "University of Michigan Ann Arbor, MI" are
    schools and their places)."""
    found = find_place(text)
    if found and not unmarked and not _REGIONAL.fullmatch(found[0]):
        found = None  # only "Ann Arbor, MI" is clearly no part of the name before it
    if found and found[1][1] >= len(text.rstrip(" ,|)")):  # "Doctolib Paris, France"
        named = _OF_BEFORE.search(text, 0, found[1][0])  # "Bank of Ireland"
        if named or ("," not in found[0] and _INSTITUTION_BEFORE.search(text, 0, found[1][0])):
            return None
        return found
    for cut in (m.end() for m in _CUT.finditer(text)):
        tail = text[cut:]
        if len(tail.split()) <= _PLACE_WORDS and looks_like_place(tail):
            start = cut + len(tail) - len(tail.lstrip(" -–—"))
            return tail.strip(" -–—"), (start, len(text.rstrip()))
    return None


def find_home_place(text: str) -> str | None:
    """The candidate's own place in a header part: any place, or a town and its English county."""
    found = find_place(text)
    county = None if found else _found(_COUNTY_PLACE.search(text), text)
    return found[0] if found else county[0] if county else None


def looks_like_town(text: str) -> bool:
    """One to three capitalised words that name neither an organisation nor a role ("Salford")."""
    text = text.strip()
    return re.fullmatch(_NAME, text) is not None and org_score(text) == 0 and title_score(text) == 0


def looks_like_place(text: str) -> bool:
    """True when `text` is a place and nothing else ("Berlin, Germany", "Austin, TX 78701")."""
    found = find_place(text)
    return found is not None and len(found[0]) >= len(text.strip(" ,|")) - 1


def names_country(text: str) -> bool:
    return _COUNTRY.search(text) is not None


def region_hint(text: str) -> str | None:
    """The ISO region a CV's places point to, for reading phone numbers without a + prefix."""
    if us := _US_PLACE.search(text):  # "Perth, WA" is in Western Australia, not Washington
        australian = us.group(2) == "WA" and CITIES.get(us.group(1).split()[-1].lower()) == "AU"
        return "AU" if australian else "US"
    if state := _STATE_PLACE.search(text):
        return _REGIONS[state.group(2)]
    if _COUNTY_PLACE.search(text):
        return "GB"
    match = _ANY_PLACE.search(text)
    if match is None:
        return None
    name = match.group(0).lower()
    return CITIES.get(name) or COUNTRIES.get(name)
