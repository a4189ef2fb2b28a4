"""Where the job is: a labelled field, the board header's place line, or a place named in a sentence."""

import re

from jobwise.ai.jobs.attributes import LABEL, employment_type, workplace_in
from jobwise.ai.jobs.header import is_title_like, looks_like_firm
from jobwise.ai.jobs.text import strip_bullet

# Indeed's "Work Location: In person" names the arrangement, not a place.
_WORKPLACE_ONLY = re.compile(
    r"^\s*(?:in[\s-]person|remote|hybrid(?:\s+remote)?|on[\s-]?site|fully\s+remote)\s*\.?$", re.I
)
_LOCATION_LABEL = re.compile(
    LABEL.format(
        r"locations?|job\s+location|based\s+in|office|city|town|work\s+location|hires\s+remotely\s+in|region|"
        r"ubicaci[óo]n|lugar\s+de\s+trabajo|standort|arbeitsort|einsatzort|lieu(?:\s+de\s+travail)?|localisation"
    ),
    re.IGNORECASE | re.MULTILINE,
)
_CITY = re.compile(
    r"\b(?P<loc>[A-Z][\w.'-]+(?: (?:(?:de|del|la|los|las|le|am|upon|sur) )?[A-Z][\w.'-]+){0,2}, "
    r"(?:[A-Z]{2}\b(?: \d{5})?|[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)?)"
    r"(?:, [A-Z][\w.'-]+(?: [A-Z][\w.'-]+)?)?|"
    r"[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)? (?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\b)"
)
_US_CITY = re.compile(r"\b(?P<loc>[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z]{2})\b(?! [a-z]+\))")
_PLACE_WORDS = (
    r"(?i:on[\s-]?site|based|located|office|clinic|store|shop|hospital|school|restaurant|warehouse|centre|center|"
    r"plant|studio|week|team|location|branch|caf[eé]|bakery|hotel|facility|depot|campus)"
)
_IN_PLACE = re.compile(
    rf"\b(?:{_PLACE_WORDS}|(?i:join|with) us) in (?P<loc>[A-Z][\w.'-]+(?:,? [A-Z][\w.'-]+){{0,2}})"
)
_OUR_OFFICE = re.compile(
    r"\b(?:in|at|from|for|out of) (?:our|its|their) (?P<loc>[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)?(?:, [A-Z]{2})?"
    r"(?: \d{1,2}| [A-Z]{1,2}\d{1,2}[A-Z]?)?) "
    r"(?:office|studio|hub|lab|headquarters|HQ|store|clinic|site|campus|plant|warehouse|"
    r"distribution cent(?:er|re))"
)
_REMOTE_REGION = re.compile(
    r"\b(?i:remote|home[\s-]based|work(?:ing)?\s+from\s+home)"
    r"(?: ?\( ?| [-–] |, ?| (?:within|in|from|across) (?:the )?)(?P<loc>[A-Z][\w .'-]{1,30}?)"
    r" ?(?:\)|$|\n|·|,|\.|;| (?:with|and|for|on)\b)",
    re.MULTILINE,
)
# A street address names the town after it: "412 Main St, Springfield", "10 High Street, Leeds LS1"
_ADDRESS = re.compile(
    r"\b\d{1,5} [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3} (?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|"
    r"Dr|Drive|Way|Pkwy|Parkway|Hwy|Highway|Pl|Place|Sq|Square)\.?,? (?P<loc>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?"
    r"(?:, [A-Z]{2}\b)?)"
)
# "The Harbour Hotel in Falmouth is looking for ..."
_HIRING_IN = re.compile(
    r"\bin (?P<loc>[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)?),? (?:is|are) (?:currently )?"
    r"(?:hiring|looking|seeking|recruiting)\b"
)


def location(
    header: str, body: str, company: str | None = None, title: str | None = None, remote: bool = False
) -> str | None:
    """Where the job is: a labelled field, "Company - City", "City, Region" or a place line in the
    header, "based in X"... For a remote job a place named only in the body is the firm's, not the job's.
    """
    label = _LOCATION_LABEL.search(header + "\n" + body)
    if label and not _WORKPLACE_ONLY.match(label.group("value")):
        return _tidy_location(label.group("value"))
    if company and (near := _after_company(header, company)):
        return near
    segments = (seg for line in header.split("\n") for seg in re.split(r"\s+[|·–—-]\s+|;\s*", line))
    places = "\n".join(seg for seg in segments if len(seg.split()) <= 6 and not is_title_like(seg))
    if m := _CITY.search(places):
        return _tidy_location(m.group("loc"))
    if place := _place_line(header, company, title):
        return place
    text = header + "\n" + body
    pairs = (
        ((_REMOTE_REGION, text),)
        if remote
        else (
            (_OUR_OFFICE, text),
            (_IN_PLACE, text),
            (_HIRING_IN, text),
            (_REMOTE_REGION, text),
            (_ADDRESS, text),
        )
    )
    for rx, scope in (*pairs, (_US_CITY, header if remote else text)):
        m = rx.search(scope)
        if m:
            return _tidy_location(m.group("loc"))
    return None


# Words a board prints on its own header line that are not places ("Engineering", "Senior level").
_NOT_PLACE = re.compile(
    r"^(?:engineering|marketing|sales|design|product|finance|operations|legal|hr|people|data|it|support|research|"
    r"customer\s+\w+|apply|save|share|urgent|featured|closing\s+soon|posted|today|yesterday|"
    r"(?:mid[\s-]|entry[\s-]|senior\s+)?level|associate|internship|graduate)\b|^new$|"
    r".*\b(?:experience|negotiable|competitive|salary|pay|rate|benefits|bonus|equity|DOE)\b",
    re.IGNORECASE,
)
_WORKPLACE_AROUND = re.compile(
    r"^(?:(?:fully\s+)?remote|hybrid(?:\s+remote)?|on[\s-]?site|in[\s-]office)(?:\s+work)?\s*(?:[-–—:,]\s*|\s+in\s+)|"
    r"\s*\((?:hybrid|remote|on[\s-]?site|in[\s-]office)\b[^)]*\)?$",
    re.IGNORECASE,
)


def _place_line(header: str, company: str | None, title: str | None) -> str | None:
    """A header line, or one segment of it, naming just a place ("Paris", "Frankfurt am Main",
    "Hybrid - Bengaluru", "London (Hybrid, 2 days a week)", "New York City; Remote (US)"): one to
    four capitalised words that are not the title, the company, a contract word or a department."""
    for row in header.split("\n"):
        if len(row.split()) > 10 and " | " not in row:
            break  # the board's block of short lines has ended; later short lines are sign-offs
        for line in re.split(r";\s+|\s+[|/]\s+", row):
            if place := _place(line, company, title):
                return place
    return None


def _place(line: str, company: str | None, title: str | None) -> str | None:
    place = _WORKPLACE_AROUND.sub("", strip_bullet(line)).strip(" .")
    place = re.sub(r"\s+\((?:[A-Z][\w .'-]{1,30}|\d{1,5})\)$", "", place)  # "Ottawa (Ontario)", "Paris (75)"
    words = place.split()
    if (
        not 0 < len(words) <= 4
        or place in (company, title)
        or looks_like_firm(place)
        or (title and line.strip() == title)
        or re.search(r"[\d:;,!?@|·•/()$€£]", place)
        or _NOT_PLACE.match(place)
        or is_title_like(place)
        or employment_type(place, "")
        or workplace_in(place, False)
        or not all(
            w[0].isupper() or w in ("am", "an", "de", "del", "la", "le", "sur", "upon", "on") for w in words
        )
    ):
        return None
    return place


def _after_company(header: str, company: str) -> str | None:
    """ "Acme Ltd - Bath" or "The Copper Pot, Dublin 2": the place boards print after the company."""
    m = re.search(
        rf"^{re.escape(company)}\.?\s*(?:[-–—|·,]|\s\()\s*(?P<loc>[^|·\n()]+)", header, re.MULTILINE
    )
    if (
        not m
        or "/" in m.group("loc")
        or workplace_in(m.group("loc"), False)
        or employment_type(m.group("loc"), "")
        or is_title_like(m.group("loc").strip())
        or re.search(r"\b(?:sector|division|department|branch|unit|team|directorate)\b", m.group("loc"), re.I)
    ):
        return None
    return _tidy_location(m.group("loc")) if re.match(r"[A-Z]", m.group("loc")) else None


def _tidy_location(value: str) -> str | None:
    # "Remote – Americas timezones (UTC-3 to UTC-8)" and "EU timezones" name a region; "EST hours" does not.
    value = re.sub(r"\s*\([^)]*\b(?:UTC|GMT|time\s*zones?)\b[^)]*\)", "", value)
    value = re.sub(r",\s*[^,()]*\b(?:[ECMP][SD]?T|CET|UTC|GMT)\b[^,()]*(?=\)|$)", "", value)
    value = re.sub(r"\s+(?i:time\s*zones?|hours)\b.*$|\s+(?i:only)$", "", value)
    value = re.split(r"(?<=[a-z])\.\s", value)[0]
    value = re.sub(r"^(?i:remote)\s*(?:\((?:anywhere\s+in\s+(?:the\s+)?)?|[-–,]\s*)", "", value.strip())
    value = re.split(r"\s+·\s+|\s+\|\s+|\s*\((?:hybrid|remote|on-?site)|\)", value, flags=re.IGNORECASE)[0]
    value = value.strip(" .,;:-–()")
    # "Remote (EST hours)" names a time zone, not a place
    return (
        None
        if not value or re.search(r"\b(?:hours|time\s*zones?|[ECMP][SD]?T|CET|UTC|GMT)\b", value)
        else value
    )
