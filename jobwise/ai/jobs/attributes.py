"""Workplace type, employment type, location and seniority."""

import re

from jobwise.ai.jobs.header import is_title_like
from jobwise.ai.jobs.models import EmploymentType, LocationType, Seniority

_LABEL = r"^(?:{})\s*[:\-–]\s*(?P<value>.+)$"
_WORKPLACE_LABEL = re.compile(
    _LABEL.format(
        r"workplace(?:\s+type)?|work\s+(?:model|arrangement|setup|mode|style|location\s+type)|"
        r"location\s+type|remote\s+status|remote|working\s+model"
    ),
    re.IGNORECASE | re.MULTILINE,
)
_EMPLOYMENT_LABEL = re.compile(
    _LABEL.format(
        r"employment(?:\s+type)?|job\s+type|work\s+type|type(?:\s+of\s+(?:contract|employment))?|contract(?:\s+type)?|"
        r"schedule|hours|position\s+type|engagement"
    ),
    re.IGNORECASE | re.MULTILINE,
)
# Indeed's "Work Location: In person" names the arrangement, not a place.
_WORKPLACE_ONLY = re.compile(
    r"^\s*(?:in[\s-]person|remote|hybrid(?:\s+remote)?|on[\s-]?site|fully\s+remote)\s*\.?$", re.I
)
_LOCATION_LABEL = re.compile(
    _LABEL.format(r"location|job\s+location|based\s+in|office|city|town|work\s+location"),
    re.IGNORECASE | re.MULTILINE,
)

_NOT_REMOTE = re.compile(
    r"\bremote(?:\s+job|\s+work)?\s*:\s*no\b|\b(?:not|no|isn['’]t|non)[\s-](?:a\s+|fully\s+|100%\s+)?remote\b|"
    r"\bremote\s+(?:work\s+)?(?:is\s+)?not\s+(?:possible|available|offered)",
    re.IGNORECASE,
)
_HYBRID = re.compile(
    r"\bhybrid\b|\bhybride\b|\bhome\s+office\s+(?:possible|available|option|days?)|\bflexible\s+(?:home|remote)\s+working\b|"
    r"\bpartly\s+remote\b|\bsplit\s+between\s+(?:home|remote)|\b\d\s+days?\s+remote\b",
    re.IGNORECASE,
)
_DAYS = r"(?:\d|one|two|three|four)\s*(?:-\s*\d\s*)?days?"
_OFFICE_DAYS = re.compile(
    rf"\b{_DAYS}\s*(?:a|per|/)?\s*(?:week\s*)?(?:in|at|from)\s+(?:the\s+|our\s+)?(?:[A-Z]\w+\s+)?(?:office|studio|hub)|"
    rf"\b(?:office|studio|hub)\s+{_DAYS}\s+(?:a|per)\s+week",
    re.IGNORECASE,
)
_REMOTE = re.compile(
    r"\bremote\b|\bwork\s+from\s+(?:home|anywhere)\b|\bwfh\b|\btelecommut\w*|\bhome[\s-]based\b|"
    r"\bfully\s+distributed\b|\banywhere\s+in\s+(?:the\s+)?\w+",
    re.IGNORECASE,
)
_ONSITE = re.compile(
    r"\blocation:\s*in[\s-]person\b|\bon[\s-]?site\b|\bin[\s-]office\b|\boffice[\s-]based\b|\bin[\s-]person\s+(?:role|position|job|work)\b|"
    r"\bwork(?:ing)?\s+from\s+(?:the\s+|our\s+)?office\b|\bbased\s+(?:in|at|out\s+of)\s+(?:our|the)\s+(?:[A-Z]\w+\s+)?"
    r"(?:office|headquarters|hq|site|plant|store|clinic|hospital|warehouse|distribution\s+cent(?:re|er)|depot|"
    r"factory|facility|lab|laboratory|branch|restaurant|hotel|school|campus)\b|"
    r"\b(?:5|five)\s+days\s+(?:a\s+week\s+)?in\s+(?:the\s+)?office",
    re.IGNORECASE,
)
_REMOTE_ASIDE = re.compile(
    r"(?<!fully )(?<!100% )remote\s+(?:teams?|colleagues|customers|sites|monitoring|patients|access|sensing|"
    r"control|areas|locations|support)",
    re.IGNORECASE,
)

_EMPLOYMENT: tuple[tuple[EmploymentType, re.Pattern[str]], ...] = (
    (
        "internship",
        re.compile(
            r"\bintern(?:ship)?s?\b|\bworking\s+student\b|\bplacement\s+year\b|\bco-op\b", re.IGNORECASE
        ),
    ),
    (
        "contract",
        re.compile(
            r"(?<!permanent )(?<!unlimited )(?<!employment )(?<!indefinite )(?<!open-ended )"
            r"\bcontract(?:or)?\b(?!\s*(?:with|law|management|negotiat|:))|\bfull[\s-]?time\s+contract(?:or)?\b|\bfreelance\b|\bC2C\b|"
            r"\b1099\b|\bfixed[\s-]term\b|\bcontract[\s-]to[\s-]hire\b",
            re.IGNORECASE,
        ),
    ),
    (
        "temporary",
        re.compile(
            r"\btemporary\b|\btemp\b|\bseasonal\b|\blocum\b|\b(?:maternity|parental)\s+cover\b|"
            r"\b(?:summer|winter|holiday|christmas|festive)\s+season\b",
            re.IGNORECASE,
        ),
    ),
    ("part-time", re.compile(r"\bpart[\s-]?time\b", re.IGNORECASE)),
    ("full-time", re.compile(r"\bfull[\s-]?time\b|\bFTE\b", re.IGNORECASE)),
)
# "Choice of employment or B2B contract", "permanent or contract": an option, not the job's type.
_CHOICE = re.compile(r"\b(?:or|either|choice\s+of)\b[^.;\n]*$", re.IGNORECASE)
# "Permanent" says full-time only when no hours are named anywhere.
_PERMANENT = re.compile(r"\bpermanent\b|\bCDI\b|\bunbefristet\b", re.IGNORECASE)

_SENIORITY: tuple[tuple[Seniority, re.Pattern[str]], ...] = (
    (
        "intern",
        re.compile(r"\bintern(?:ship)?\b|\btrainee\b|\bapprentice\b|\bworking\s+student\b", re.IGNORECASE),
    ),
    (
        "director",
        re.compile(
            r"\bdirector\b|\bvp\b|\bvice\s+president\b|\bhead\s+of\b|\bchief\b|\bc[a-z]o\b", re.IGNORECASE
        ),
    ),
    (
        "principal",
        re.compile(
            r"\bprincipal\b|\bstaff\b(?=(?:\s+\w+){0,3}\s+(?:engineer|scientist|developer|designer|architect))|"
            r"\bdistinguished\b",
            re.IGNORECASE,
        ),
    ),
    (
        "lead",
        re.compile(
            r"\blead\b(?!\s+gen)|\bteam\s+leader?\b|\bmanager\b(?=.*\bengineering\b)|"
            r"\b(?:engineering|development)\s+manager\b",
            re.IGNORECASE,
        ),
    ),
    ("senior", re.compile(r"\bsenior\b|\bsr\.?(?=\s)|\bIII\b|\bexpert\b", re.IGNORECASE)),
    (
        "junior",
        re.compile(
            r"\bjunior\b|\bjr\.?(?=\s)|\bentry[\s-]level\b|\bgraduate\b|\bgrad\b|\bassociate\b|\bI\b",
            re.IGNORECASE,
        ),
    ),
    ("mid", re.compile(r"\bmid(?:[\s-]level)?\b|\bintermediate\b|\bII\b", re.IGNORECASE)),
)


def location_type(header: str, body: str, part_time: bool = False) -> LocationType | None:
    """Remote, hybrid or on-site, as stated; a labelled field or the header wins over the body.

    "3 days a week in the office" means hybrid for a full-time job but on-site for a part-time one.
    """
    label = _WORKPLACE_LABEL.search(header + "\n" + body)
    for scope in (label.group("value") if label else "", header, body):
        found = _workplace_in(scope, part_time)
        if found:
            return found
    return None


def _workplace_in(text: str, part_time: bool) -> LocationType | None:
    if not text:
        return None
    if _HYBRID.search(text):
        return "hybrid"
    if _OFFICE_DAYS.search(text) and not re.search(r"\b(?:5|five)\s+days", text):
        return "on-site" if part_time else "hybrid"
    if _NOT_REMOTE.search(text):
        return "on-site"
    remote = [m for m in _REMOTE.finditer(text) if not _REMOTE_ASIDE.match(text, m.start())]
    if remote:
        return "remote"
    return "on-site" if _ONSITE.search(text) else None


def employment_type(header: str, body: str) -> EmploymentType | None:
    """The type in a labelled field, the title line or (most specific) the header, else the body's first."""
    labels = [m.group("value") for m in _EMPLOYMENT_LABEL.finditer(header + "\n" + body)]
    for scope in (*labels, header.split("\n")[0]):
        found = next((kind for kind, rx in _EMPLOYMENT if rx.search(scope)), None)
        if found:
            return found
    for scope in (header, body):
        # At one offset the more specific type wins: "full-time contractor" is a contract.
        hits = [
            (m.start(), i, kind)
            for i, (kind, rx) in enumerate(_EMPLOYMENT)
            for m in rx.finditer(scope)
            if not _CHOICE.search(scope[max(0, m.start() - 30) : m.start()])
        ]
        if hits:
            return min(hits)[2]
    return "full-time" if _PERMANENT.search(header + "\n" + body) else None


def seniority(title: str | None) -> Seniority | None:
    if not title:
        return None
    return next((level for level, rx in _SENIORITY if rx.search(title)), None)


_CITY = re.compile(
    r"\b(?P<loc>[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2}, "
    r"(?:[A-Z]{2}\b(?: \d{5})?|[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)?)"
    r"(?:, [A-Z][\w.'-]+(?: [A-Z][\w.'-]+)?)?|"
    r"[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)? (?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\b)"
)
_US_CITY = re.compile(r"\b(?P<loc>[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z]{2})\b(?! [a-z]+\))")
_PLACE_WORDS = (
    r"(?i:on[\s-]?site|based|located|office|clinic|store|shop|hospital|school|restaurant|warehouse|centre|center|"
    r"plant|studio|week|team)"
)
_IN_PLACE = re.compile(rf"\b{_PLACE_WORDS} in (?P<loc>[A-Z][\w.'-]+(?:,? [A-Z][\w.'-]+){{0,2}})")
_OUR_OFFICE = re.compile(
    r"\b(?:in|at|from|for|out of) (?:our|its|their) (?P<loc>[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)?(?:, [A-Z]{2})?) "
    r"(?:office|studio|hub|lab|headquarters|HQ|store|clinic|site|campus|plant|warehouse|"
    r"distribution cent(?:er|re))"
)
_REMOTE_REGION = re.compile(
    r"\b(?i:remote)(?: ?\( ?| [-–] |, ?| (?:within|in|from|across) (?:the )?)(?P<loc>[A-Z][\w .'-]{1,30}?)"
    r" ?(?:\)|$|\n|·|,|\.|;)",
    re.MULTILINE,
)


def location(header: str, body: str, company: str | None = None) -> str | None:
    """Where the job is: a labelled field, "Company - City", "City, Region" in the header, "based in X"..."""
    label = _LOCATION_LABEL.search(header + "\n" + body)
    if label and not _WORKPLACE_ONLY.match(label.group("value")):
        return _tidy_location(label.group("value"))
    if company and (near := _after_company(header, company)):
        return near
    segments = (seg for line in header.split("\n") for seg in re.split(r"\s+[|·–—-]\s+|;\s*", line))
    places = "\n".join(seg for seg in segments if len(seg.split()) <= 6 and not is_title_like(seg))
    text = header + "\n" + body
    pairs = (
        (_CITY, places),
        (_OUR_OFFICE, text),
        (_IN_PLACE, text),
        (_REMOTE_REGION, text),
        (_US_CITY, text),
    )
    for rx, scope in pairs:
        m = rx.search(scope)
        if m:
            return _tidy_location(m.group("loc"))
    return None


def _after_company(header: str, company: str) -> str | None:
    """ "Acme Ltd - Bath" or "The Copper Pot, Dublin 2": the place boards print after the company."""
    m = re.search(
        rf"^{re.escape(company)}\.?\s*(?:[-–—|·,]|\s\()\s*(?P<loc>[^|·\n()]+)", header, re.MULTILINE
    )
    if (
        not m
        or "/" in m.group("loc")
        or _workplace_in(m.group("loc"), False)
        or employment_type(m.group("loc"), "")
    ):
        return None
    return _tidy_location(m.group("loc")) if re.match(r"[A-Z]", m.group("loc")) else None


def _tidy_location(value: str) -> str | None:
    value = re.sub(r"^(?i:remote)\s*(?:\((?:anywhere\s+in\s+(?:the\s+)?)?|[-–,]\s*)", "", value.strip())
    value = re.split(r"\s+·\s+|\s+\|\s+|\s*\((?:hybrid|remote|on-?site)|\)", value, flags=re.IGNORECASE)[0]
    value = value.strip(" .,;:-–()")
    # "Remote (EST hours)" names a time zone, not a place
    return (
        None
        if not value or re.search(r"\b(?:hours|time\s*zones?|[ECMP][SD]T|CET|UTC|GMT)\b", value)
        else value
    )
