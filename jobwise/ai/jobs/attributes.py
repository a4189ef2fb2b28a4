"""Workplace type, employment type and seniority."""

import re

from jobwise.ai.jobs.models import EmploymentType, LocationType, Seniority

# A "Name: value" field, after an optional emoji or bullet ("📍 Location: Noida").
LABEL = r"^(?:[^\w\s]{{1,3}}\s*)?(?:{})\s*[:\-–]\s*(?P<value>.+)$"
_WORKPLACE_LABEL = re.compile(
    LABEL.format(
        r"workplace(?:\s+type)?|work\s+(?:model|arrangement|setup|mode|style|location\s+type)|"
        r"location\s+type|remote\s+status|remote|working\s+model"
    ),
    re.IGNORECASE | re.MULTILINE,
)
_EMPLOYMENT_LABEL = re.compile(
    LABEL.format(
        r"employment(?:\s+type)?|job\s+type|work\s+type|type(?:\s+of\s+(?:contract|employment))?|contract(?:\s+type)?|"
        r"schedule|hours|position\s+type|engagement|working\s+pattern|time\s+type|tipo\s+de\s+contrato|jornada|"
        r"vertragsart|anstellungsart|type\s+de\s+contrat|contrat"
    ),
    re.IGNORECASE | re.MULTILINE,
)
_NOT_REMOTE = re.compile(
    r"\bremote(?:\s+job|\s+work)?\s*:\s*no\b|\b(?:not|no|isn['’]t|non)[\s-](?:a\s+|fully\s+|100%\s+)?remote\b|"
    r"\bremote\s+(?:work\s+)?(?:is\s+)?not\s+(?:possible|available|offered)",
    re.IGNORECASE,
)
_HYBRID = re.compile(
    r"\bhybrid\b|\bhybride\b|\bh[íi]brid[oa]\b|\bsemipresencial\b|\bhome[\s-]?office\s+m[öo]glich\b|"
    r"\bmobiles?\s+arbeiten\b|\bt[ée]l[ée]travail\s+(?:fr[ée]quent|partiel|possible|occasionnel|r[ée]gulier|\d)|"
    r"\bteletrabajo\s+parcial\b|\b\d\s*(?:-\s*\d\s*)?tage?\s+(?:pro\s+woche\s+)?(?:im\s+)?(?:home[\s-]?office|mobil|remote)|"
    r"\bjours?\s+de\s+t[ée]l[ée]travail\b|\bibrido\b|\bhybride\s+werken\b|\bparzialmente\s+(?:da\s+)?remoto\b|\ba\s+few\s+days\s+(?:at|from)\s+home\b|"
    r"\b(?:occasional|frequent|partial)\s+remote\b|\bhome\s+office\s+(?:possible|available|option|days?)|\bflexible\s+(?:home|remote)\s+working\b|"
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
    r"\bremote\b|\bremot[oa]\b|\bteletrabajo\b|\bthuiswerken\b|\bt[ée]l[ée]travail\s+(?:total|complet)|"
    r"\b100\s*%\s*(?:home[\s-]?office|t[ée]l[ée]travail)|\bwork\s+from\s+(?:home|anywhere)\b|\bwfh\b|\btelecommut\w*|\bhome[\s-]based\b|"
    r"\bfully\s+distributed\b|\banywhere\s+in\s+(?:the\s+)?\w+",
    re.IGNORECASE,
)
_ONSITE = re.compile(
    r"\blocation:\s*in[\s-]person\b|\bon[\s-]?site\b|\bin[\s-]office\b|\boffice[\s-]based\b|\bin[\s-]person\s+(?:role|position|job|work)\b|"
    r"\bwork(?:ing)?\s+from\s+(?:the\s+|our\s+)?office\b|\bbased\s+(?:in|at|out\s+of)\s+(?:our|the)\s+(?:[A-Z]\w+\s+)?"
    r"(?:office|headquarters|hq|site|plant|store|clinic|hospital|warehouse|distribution\s+cent(?:re|er)|depot|"
    r"factory|facility|lab|laboratory|branch|restaurant|hotel|school|campus)\b|"
    r"\b(?:5|five)\s+days\s+(?:a\s+week\s+)?in\s+(?:the\s+)?office|\bpr[ée]sentiel\b|\bpresencial\b|"
    r"\bsur\s+site\b",
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
            r"(?<!non-)(?<!non )\bintern(?:ship)?s?\b|\bplacement\s+year\b|\bco-op\b|\bpraktikum\b|"
            r"\bstagiaire\b|\balternance\b|\bpr[áa]cticas\b",
            re.IGNORECASE,
        ),
    ),
    (
        "contract",
        re.compile(
            r"(?<!permanent )(?<!unlimited )(?<!employment )(?<!indefinite )(?<!open-ended )"
            r"\bcontract(?:or)?\b(?!\s*(?:with|law|management|negotiat|type|:))|\bfreiberuflich\b|\bCDD\b|"
            # fixed-term in other languages: befristet, jaarcontract, tempo determinato
            r"\b(?<!un)befristet\b|\bjaarcontract\b|\btijdelijk\s+contract\b|\btempo\s+determinato\b|\bfull[\s-]?time\s+contract(?:or)?\b|\bfreelance\b|\bC2C\b|"
            r"\b1099\b|\bfixed[\s-]term\b|\bcontract[\s-]to[\s-]hire\b|"
            # freelance marketplaces only broker contracts
            r"\b(?:via|on|through)\s+(?:upwork|fiverr|toptal|malt)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "temporary",
        re.compile(
            r"\btemporary\b|\btemp\b|\bseasonal\b|\blocum\b|\b(?:maternity|parental)\s+cover\b|"
            r"\b(?:summer|winter|holiday|christmas|festive)\s+season\b|\btemporal\b",
            re.IGNORECASE,
        ),
    ),
    (
        "part-time",
        re.compile(
            r"\bpart[\s-]?time\b|\bteilzeit\b|\btemps\s+partiel\b|\bmedia\s+jornada\b|\b(?:jornada|tiempo)\s+parcial\b|"
            r"\bdeeltijd\b|\btempo\s+parziale\b|\bmeio\s+per[íi]odo\b",
            re.IGNORECASE,
        ),
    ),
    (
        "full-time",
        re.compile(
            # not "2 years of full-time classroom experience"
            r"\bfull[\s-]?time\b(?!\s+(?:\w+\s+)?(?:experience|equivalent|employees|staff|students?|study|education))|"
            r"\bFTE\b|\bvollzeit\b|\btemps\s+plein\b|\b(?:jornada|tiempo)\s+complet[ao]\b|\btempo\s+pieno\b|"
            r"\bvoltijd\b|\btempo\s+integral\b",
            re.IGNORECASE,
        ),
    ),
)
# In running text "contract" is often not the job's type ("from first demo to signed contract").
_CONTRACT_JOB = re.compile(
    r"\b(?:\d+|one|two|three|six|twelve)[\s-]*(?:months?|mo|weeks?|years?)[\s-]+(?:\w+[\s-]+)?contract|"
    r"\b(?:fixed[\s-]term|short[\s-]term|long[\s-]term|freelance|temporary|travel|locum|W2|C2C|1099|initial|"
    r"a|this\s+is\s+a|on\s+a)\s+contract\b|\bcontract\s+(?:role|position|job|basis|assignment|opportunity|"
    r"engagement|work|length|duration|rate|to\s+(?:hire|start|perm))\b|\bcontract[\s-]to[\s-]hire\b|\bcontractors?\b|"
    r"\b(?:remote|on-?site|hybrid|full[\s-]time|part[\s-]time),?\s+contract\b",
    re.IGNORECASE,
)
_B2B = re.compile(r"^\s*B2B\s*(?::|$|/|\+|,|\()", re.IGNORECASE)
# A header line that is nothing but the type ("Part-time", "Vollzeit, unbefristet") is the board's field.
_TYPE_ONLY = re.compile(
    r"^(?:(?:full|part)[\s-]?time|permanent|temporary|contract|freelance|internship|vollzeit|teilzeit|"
    r"(?:un)?befristet|feste\s+anstellung|CDI|CDD|temps\s+(?:plein|partiel)|jornada\s+completa|indefinido|"
    r"[\s,/·•|&+-]|and|employment)+$",
    re.IGNORECASE,
)
# "Choice of employment or B2B contract", "permanent or contract": an option, not the job's type.
_CHOICE = re.compile(r"\b(?:or|either|choice\s+of)\b[^.;\n]*$", re.IGNORECASE)
# "Permanent" says full-time only when no hours are named anywhere.
_PERMANENT = re.compile(
    r"\bpermanent\b(?!\s+(?:residen|address|make-?up|marker|record))|\bCDI\b|\bunbefristet\b|"
    r"\bfeste?\s*anstellung\b|\bindefinido\b|\bdur[ée]e\s+ind[ée]termin[ée]e\b|\btempo\s+indeterminato\b|"
    r"\befetivo\b|\bCLT\b|\bumowa\s+o\s+prac[ęe]\b|\bUoP\b|\bvaste?\s+(?:baan|dienst|contract)\b",
    re.IGNORECASE,
)

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
        found = workplace_in(scope, part_time)
        if found:
            return found
    return None


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
_OFFICE_SPAN = re.compile(
    r"\b(?:in[\s-]person|in[\s-]office|in\s+the\s+office|on[\s-]?site)\b[^.\n]{0,12}?"
    r"\b(?P<a>mon|tue|wed|thu|fri)[a-z]*\s*(?:to|-|–|through|thru)\s*(?P<b>mon|tue|wed|thu|fri)[a-z]*",
    re.IGNORECASE,
)


def workplace_in(text: str, part_time: bool) -> LocationType | None:
    """The workplace type `text` states, if any."""
    if not text:
        return None
    if _HYBRID.search(text):
        return "hybrid"
    span = _OFFICE_SPAN.search(text)
    # "Apply in person Mon-Fri 2-4pm" gives the hours to apply, not to work
    if span and not re.search(r"\b(?:apply|come|drop|walk|stop)\b[^.\n]{0,12}$", text[: span.start()], re.I):
        days = _WEEKDAYS.index(span["b"].lower()) - _WEEKDAYS.index(span["a"].lower()) + 1
        return "hybrid" if 0 < days < 5 and not part_time else "on-site"
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
    if any(_B2B.match(scope) for scope in (*labels, *header.split("\n"))):
        return "contract"
    fields = [line for line in header.split("\n") if _TYPE_ONLY.match(line)]
    for scope in (*labels, header.split("\n")[0], *fields):
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
            and not (m.group().lower().startswith("contract") and not _contract_job(scope, m))
        ]
        if hits:
            return min(hits)[2]
    return "full-time" if _PERMANENT.search(header + "\n" + body) else None


def _contract_job(text: str, word: re.Match[str]) -> bool:
    """Whether the contract `word` is a short header fact ("Contract - W2") or sits in a phrase
    about the job's terms."""
    start, end = text.rfind("\n", 0, word.start()) + 1, text.find("\n", word.end())
    if len(text[start : end if end >= 0 else None].split()) <= 6:
        return True
    phrases = _CONTRACT_JOB.finditer(text, max(0, word.start() - 40), word.end() + 40)
    return any(m.start() <= word.start() < m.end() for m in phrases)


def seniority(title: str | None) -> Seniority | None:
    if not title:
        return None
    return next((level for level, rx in _SENIORITY if rx.search(title)), None)
