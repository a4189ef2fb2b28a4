"""Job title and company from the many ways postings start.

"Senior Backend Engineer at Acme", "Acme is hiring a ...", "Job Title: ...", "Company: ...",
"Position: X — Company", a LinkedIn/Indeed header (title line, then company line), "About Acme",
or "Acme is an equal opportunity employer". Anything unclear stays None.
"""

import itertools
import re
import unicodedata

from jobwise.ai.jobs.sections import heading_kind

ROLE = re.compile(
    r"\b(?:engineer|developer|programmer|architect|scientist|analyst|designer|manager|director|lead|head|"
    r"officer|consultant|specialist|administrator|admin|coordinator|co-ordinator|assistant|associate|"
    r"representative|rep|executive|accountant|auditor|bookkeeper|controller|nurse|midwife|physician|doctor|"
    r"surgeon|therapist|pharmacist|technician|technologist|teacher|lecturer|tutor|instructor|professor|"
    r"educator|counsel(?:l?or)?|lawyer|solicitor|paralegal|attorney|clerk|cashier|receptionist|operative|"
    r"operator|driver|picker|packer|handler|warehouse|worker|labourer|laborer|electrician|plumber|mechanic|"
    r"welder|carpenter|chef|cook|barista|server|waiter|housekeeper|cleaner|caregiver|carer|aide|recruiter|"
    r"writer|editor|copywriter|marketer|strategist|researcher|intern|trainee|apprentice|graduate|owner|"
    r"master|partner|advisor|adviser|agent|supervisor|foreman|planner|buyer|merchandiser|estimator|"
    r"surveyor|inspector|investigator|sre|sde|swe|devops|president|vp|cto|cfo|ceo|coo|cmo|cio|secretary|"
    r"dentist|hygienist|paramedic|psychologist|social worker|librarian|stylist|photographer|producer|"
    r"translator|interpreter|tester|bdr|sdr|teller|underwriter|(?:tele)?caller|dishwasher|busser|"
    r"actuary|economist|statistician|pilot|attendant|guard|lifeguard|coach|trainer|"
    r"expert|generalist|principal|fellow|ninja|rockstar|hacker|maintainer|steward|dispatcher|scheduler|"
    r"coder|dev|dietitian|nanny|porter|bartender|host|concierge|baker|butcher|courier|loader|mover|janitor|custodian|"
    r"dean|registrar|drafter|draftsman|fitter|installer|roofer|painter|glazier|landscaper|gardener|"
    r"chemist|biologist|physicist|mathematician|radiographer|sonographer|phlebotomist|veterinarian|student)s?\b|"
    # German (with the feminine -in/-innen), French and Spanish job words
    r"\b(?:\w*(?:entwickler|ingenieur|berater|leiter|referent|sachbearbeiter|mitarbeiter|techniker|elektroniker|"
    r"mechatroniker|werkstudent|praktikant|pfleger|erzieher|verkäufer|fahrer|assistent|manager|spezialist))"
    r"(?:in|innen)?\b|\b(?:kaufmann|kauffrau|koch|köchin|d[ée]veloppeu(?:r|se)|ing[ée]nieure?|technicien(?:ne)?|"
    r"charg[ée]e?|responsable|stagiaire|alternante?|comptable|vendeu(?:r|se)|infirmi(?:er|[èe]re)|"
    r"desarrollador(?:/?a)?|ingenier[oa](?:/a)?|t[ée]cnic[oa](?:/a)?|analista|gerente|jef[ea]|"
    r"administrativ[oa](?:/a)?|comercial|enfermer[oa](?:/a)?|camarer[oa](?:/a)?|programador(?:/?a)?|"
    r"diseñador(?:/?a)?|consultor(?:/?a)?|becari[oa](?:/a)?|dependient[ea](?:/a)?|auxiliar|contable|"
    r"contador(?:/?a)?|vendedor(?:/?a)?|asesor(?:/?a)?|ejecutiv[oa](?:/a)?|coordinador(?:/?a)?|operari[oa](?:/a)?|"
    r"cajer[oa](?:/a)?|cociner[oa](?:/a)?|recepcionista|abogad[oa](?:/a)?|maestr[oa](?:/a)?|profesor(?:/?a)?)s?\b|"
    r"\b(?!(?:exist|assist|insist|persist|consist|checklist|wrist|twist|wishlist|playlist|shortlist|waitlist|"
    r"blacklist|whilst|amongst)s?\b)\w{3,}(?:ist|ician|ologist)s?\b",
    re.IGNORECASE,
)
_TITLE_LABEL = re.compile(
    r"^(?:job\s+title|title|position(?:\s+title)?|role\s+title|vacancy|designation|job\s+position|"
    r"stellenbezeichnung|stelle|poste|intitul[ée]\s+du\s+poste|puesto|cargo|vacante)"
    r"\s*[:\-–]\s*(?P<v>.+)$",
    re.IGNORECASE,
)
# Boards also use these keys for a category ("Role: Software Development - Other"), so a title line wins.
_WEAK_TITLE_LABEL = re.compile(r"^(?:role|job|opening|post|job\s+role)\s*[:\-–]\s*(?P<v>.+)$", re.IGNORECASE)
_COMPANY_LABEL = re.compile(
    r"^(?:company(?:\s+name)?|employer|organi[sz]ation|hiring\s+(?:company|organi[sz]ation)|client|"
    r"business|brand|hospital|school|practice|unternehmen|arbeitgeber|firma|entreprise|soci[ée]t[ée]|empresa)"
    r"\s*[:\-–]\s*(?P<v>.+)$",
    re.IGNORECASE,
)
_SAVE = re.compile(r"^Save (?P<t>.{3,100}) at (?P<c>[A-Z0-9][^,;|·()]{0,60})$")
_AT = re.compile(r"^(?P<t>.{3,80}?)\s+(?:at|@)\s+(?P<c>[A-Z0-9][^,;|·()]{0,50}?)(?:\s*[,|·(–—-].*)?$")
_SPLIT = re.compile(r"\s+[|–—·]\s+|\s+-\s+|\s*\|\s*")
_NOT_COMPANY = re.compile(
    r"^(?:this|our|we|us|you|your|it|they|a|an|job|role|position|team|company|opportunity|benefits|"
    r"responsibilities|requirements|qualifications|overview|description|summary|location|salary|remote|"
    r"hybrid|apply|about|join|who|what|why|how|note|hiring|urgent|full|part|contract|equal|empresa|entreprise|"
    r"unternehmen|firma\s+confidencial|confidencial|confidentiel|vertraulich|anonymous|"
    r"(?:marketing|engineering|sales|finance|operations|product|design|legal|hr|people|data|it|support|"
    r"customer\s+success|research)$|"
    r"the\s+company|the\s+role|the\s+team|hi|hello|dear|subject|re|fwd|from|to|work|flexible|leading|major|"
    r"global|well[\s-]known|confidential|large|top|fast[\s-]growing|international|renowned|prestigious|"
    r"established|undisclosed|stealth)\b",
    re.IGNORECASE,
)
_LEGAL = re.compile(
    r"\b(?:inc|llc|ltd|limited|gmbh|plc|corp|corporation|co|ag|sa|s\.a|pvt|bv|b\.v|nv|oy|ab|pte|sas|sarl|s\.l|"
    r"srl|s\.r\.l|spa|s\.p\.a|kg|a/s|aps|sdn\s+bhd|bhd|ltda|k\.k|"
    r"pty|llp|lp|group|labs|technologies|solutions|systems|health|bank|partners|associates|solicitors|"
    r"consultants|consulting|holdings|industries|ventures|capital|studios|agency|clinic|vets|pharmacy|hospital|"
    r"academy|university|college|school|hotel|restaurant|foods|department|ministry|council|authority|institute|"
    r"foundation|commission|service\s+executive|universit[äéà]t?|universidad|hochschule|stadtwerke|grupo|gruppe)\b\.?",
    re.IGNORECASE,
)
_LOCATIONISH = re.compile(
    r"\b(?:remote|hybrid|on-?site|[A-Z]{2}\s+\d{5}|united|kingdom|states|germany|india|"
    r"usa|uk|canada|australia)\b|,\s*[A-Z]{2}\b|\d|·",
    re.IGNORECASE,
)
_TITLE_PREFIX = re.compile(
    r"^(?:\[(?:hiring|for\s+hire|job|paid|remote|task)\]\s*)+|"
    r"^(?:(?:subject|re|fwd?)\s*:\s*)*(?:(?:urgent(?:ly)?\s+)?(?:requirement|opening|vacancy|hiring)|"
    r"(?:now\s+|we['’]re\s+|we\s+are\s+)?hiring|job\s+(?:opening|opportunity|vacancy|alert|posting)|new\s+role|"
    r"(?:[\w-]+\s+){0,2}(?:opportunity|requirement|opening|vacancy)|open\s+position)\s*[:\-–—!|]\s*",
    re.IGNORECASE,
)
_TITLE_NOISE = re.compile(
    r"\s*\(?\b[mfwdxh](?:\s*/\s*[mfwdxh]){1,2}\b\)?|\s*\((?:all\s+genders?|gn|d/f/m)\)|\s*[\[(](?:remote|hybrid|on-?site|contract|full[\s-]time|"
    r"part[\s-]time|temporary|temp|permanent|freelance|internship)\b[^)\]]*[)\]]|\s*[\(\[]?\b(?:job\s+)?"
    r"(?:id|req(?:uisition)?|ref)\b[#:\s]*[\w-]+[\)\]]?|\s*#\s*\d+|\s*\*+$",
    re.IGNORECASE,
)


# Gig-style headlines: "Need an experienced Shopify developer to build a custom theme".
_NEED = re.compile(
    r"^(?:urgently\s+)?(?:need(?:ed)?|wanted|seeking|looking\s+for)\s*:?\s+(?:an?\s+)?"
    r"(?:experienced\s+|skilled\s+|talented\s+|freelance\s+)?(?P<t>.+?)(?:\s+(?:to|for|who)\s+.*)?$",
    re.IGNORECASE,
)
_SENTENCE = re.compile(
    r"^(?:we|you|our|i|i['’]m|join|are|is|this|need|needed|wanted)\b|\b(?:looking|seeking|hiring|recruiting|join)\b",
    re.IGNORECASE,
)


# "(m/w/d)", "(f/m/x)", "(H/F)", "(all genders)": European law puts these after job titles only.
_GENDER = re.compile(
    r"\(\s*(?:[mfwdxh]\s*/\s*[mfwdxh](?:\s*/\s*[mfwdxh]){0,2}|all\s+genders?|gn\*?|genderneutral)\s*\)",
    re.IGNORECASE,
)


def is_title_like(line: str) -> bool:
    """Short, names a role (or carries a gender marker), and is not a sentence or a "Label: value" line."""
    words = line.split()
    if not 0 < len(words) <= 10 or ";" in line or re.search(r"\w:\s", line) or _SENTENCE.search(line):
        return False
    role = ROLE.search(line) or _GENDER.search(line)
    return bool(role) and not line.rstrip().endswith((".", "!", "?"))


def _trim_symbols(text: str) -> str:
    """Emoji and other symbols around a headline ("🚀 Senior Engineer 🚀")."""
    keep = [
        i for i, c in enumerate(text) if not (c.isspace() or unicodedata.category(c) in ("So", "Sk", "Cs"))
    ]
    return text[keep[0] : keep[-1] + 1] if keep else ""


def clean_title(title: str) -> str | None:
    title = _TITLE_NOISE.sub("", _TITLE_PREFIX.sub("", _trim_symbols(title)))
    title = re.sub(
        r"^(?:an?|the)\s+|^(?:new|urgent(?:ly)?)\s*[:!-]\s*", "", title.strip(), flags=re.IGNORECASE
    )
    title = re.sub(
        r"\s+(?:needed|wanted|required)\b.*$|\s+(?:role|position|opening|vacancy)$", "", title, flags=re.I
    )
    title = re.sub(r"^(?:experienced|skilled|talented|motivated)\s+(?=\w)", "", title, flags=re.IGNORECASE)
    title = re.sub(
        r"\s*[,|–—-]\s*(?:remote|hybrid|on-?site|full[\s-]time|part[\s-]time)\b.*$",
        "",
        title,
        flags=re.IGNORECASE,
    )
    title = title.strip(" .,:;-–—*#\"'")
    return title or None


def clean_company(company: str) -> str | None:
    company = re.split(
        r"\s+[·|]\s+|\s+\(|,\s+(?!(?:inc|llc|ltd)\b)|\s+[-–—]\s+|\s+in\s+(?=[A-Z])|[!?]",
        company.strip(),
        flags=re.IGNORECASE,
    )[0]
    company = re.sub(r"['’]s$", "", company).strip(" .,:;-–—*#\"'")
    if (
        not company
        or _NOT_COMPANY.match(company)
        or len(company.split()) > 6
        or not (company[0].isupper() or company[0].isdigit())
    ):
        return None
    return company


_STRONG_SPLIT = re.compile(r"\s+[|–—·@]\s+|\s*\|\s*")


def _split_pair(line: str, strong: bool) -> tuple[str | None, str | None]:
    """ "Title — Company" or "Company | Title" (the side naming a role is the title).

    A plain hyphen often adds a qualifier instead ("Nurse - ICU - Nights"), so hyphen splits are weak.
    """
    parts = [p for p in (_STRONG_SPLIT if strong else _SPLIT).split(line) if p.strip()]
    roles = [i for i, p in enumerate(parts) if is_title_like(p)]
    if len(parts) < 2 or not roles:
        return None, None
    others = [p for i, p in enumerate(parts) if i != roles[0] and not _LOCATIONISH.search(p)]
    return clean_title(parts[roles[0]]), clean_company(others[0]) if others else None


def from_labels(lines: list[str], weak: bool = False) -> tuple[str | None, str | None]:
    """ "Job Title: ..." and "Company: ..." fields (or "Role: ..." when `weak`); a company field wins."""
    title = company = in_title = None
    label = _WEAK_TITLE_LABEL if weak else _TITLE_LABEL
    for line in lines:
        if not weak and title is None and (m := _SAVE.match(line)) and is_title_like(m.group("t")):
            title, in_title = clean_title(m.group("t")), clean_company(m.group("c"))
        if title is None and (m := label.match(line)):
            title, in_title = _title_and_company(m.group("v"))
        if company is None and (m := _COMPANY_LABEL.match(line)):
            company = clean_company(m.group("v"))
    return title, company or in_title


def _title_and_company(value: str) -> tuple[str | None, str | None]:
    if m := _AT.match(value):
        return clean_title(m.group("t")), clean_company(m.group("c"))
    title, company = _split_pair(value, strong=True)
    return (title, company) if title else (clean_title(value), None)


# "Salary: £40k", "Date Posted: 3/4/2025": facts around the title, not the title.
_FIELD_LINE = re.compile(r"^[A-Z][\w /&()'’.-]{0,30}:\s+\S")
_SUBJECT = re.compile(r"^(?:(?:subject|re|fwd?|aw|wg)\s*:\s*)+", re.IGNORECASE)


def from_header(lines: list[str]) -> tuple[str | None, str | None, str | None]:
    """(title, company, weak company guess) from the first lines of a board-style header."""
    header: list[tuple[int, str]] = []
    for i, line in enumerate(lines[:10]):
        if heading_kind(line) in ("responsibilities", "required", "nice"):
            break  # the lists have begun: "Lead incident reviews" is a duty, not the title
        if not _FIELD_LINE.match(line) or _SUBJECT.match(line) or _TITLE_PREFIX.match(line):
            header.append((i, line))
    for i, line in header[:4]:
        if (need := _NEED.match(line)) and is_title_like(need.group("t")):
            return clean_title(need.group("t")), None, None
        line = _TITLE_PREFIX.sub("", _SUBJECT.sub("", _trim_symbols(line)))
        if (m := _AT.match(line)) and is_title_like(m.group("t")):
            return clean_title(m.group("t")), clean_company(m.group("c")), None
        title, company = _split_pair(line, strong=True)
        if title and company:
            # "Senior Engineer – Payments" under a company line: the dash adds a team, not the firm.
            near = _company_line(lines[i + 1 : i + 2], before=lines[:i])
            whole = "\n".join(lines)
            confident = near and (_LEGAL.search(near) or recurs(near, whole))
            team = not _LEGAL.search(company) or (near and recurs(near, whole) and not recurs(company, whole))
            if confident and near != company and team:
                return clean_title(line), near, None
            return title, company, None
        purpose = re.split(r"\s+(?:to|who\s+can)\s+(?=[a-z])", line)[0]
        if i == header[0][0] and purpose != line and is_title_like(purpose):
            return clean_title(purpose), None, None
        if is_title_like(line) and len(line.split()) <= 12:
            weak = _split_pair(line, strong=False)
            near = _company_line(_header_block(lines[i + 1 : i + 3]), before=lines[:i])
            near = near or _dotted_company(lines[:8])
            return clean_title(weak[0] if weak[0] and not near else line), near, weak[1]
    return None, None, None


def _header_block(lines: list[str]) -> list[str]:
    """The lines that follow on from a title; a heading or a sentence ends the board's header."""
    return list(itertools.takewhile(lambda n: heading_kind(n) is None and not _is_sentence(n), lines))


def _is_sentence(line: str) -> bool:
    """Prose rather than a header fact; "Department of X - Strategic Policy Sector" and "Acme Pvt. Ltd."
    are names."""
    core = re.split(r"\s+[-–—|·]\s+", line)[0]
    return len(core.split()) > 8 or (line.endswith((".", "!", "?")) and not _LEGAL_TAIL.search(line))


_PAY_OR_PLACE = re.compile(
    r"[$€£¥₹]|\b(?:location|salary|pay|compensation|rate|lieu|salaire|standort|gehalt|ubicaci[óo]n)\s*:", re.I
)


def from_headline(lines: list[str]) -> tuple[str | None, str | None]:
    """(title, company) when the first line names a role no word list knows ("Police Constable",
    "Locum GP", "Klantenservicemedewerker"): taken only when the lines under it read like a board
    header (a firm, a place, pay, or a "Location:"/"Salary:" field)."""
    first = next(((i, n) for i, n in enumerate(lines[:6]) if not _FIELD_LINE.match(n)), None)
    if first is None:
        return None, None
    i, line = first
    line = _TITLE_PREFIX.sub("", _SUBJECT.sub("", _trim_symbols(line)))
    below = _header_block(lines[i + 1 : i + 4])
    if (
        not 0 < len(line.split()) <= 8
        or line.endswith((".", "!", "?", ":", ","))
        or _SENTENCE.search(line)
        or heading_kind(line) is not None
        or _LEGAL.search(line)
        or _JOB_FACT.search(line)
        or not any(_LEGAL.search(n) or _LOCATIONISH.search(n) or _PAY_OR_PLACE.search(n) for n in below)
    ):
        return None, None
    return clean_title(line), _company_line(below[:2], before=[])


# Contract and schedule words that boards print on their own line near the title.
_JOB_FACT = re.compile(
    r"^(?:full[\s-]?time|part[\s-]?time|permanent|temporary|contract(?:or)?|freelance|internship|CDI|CDD|"
    r"vollzeit|teilzeit|feste\s+anstellung|befristet|unbefristet|temps\s+(?:plein|partiel)|stage|alternance|"
    r"jornada\s+completa|indefinido|remote|hybrid|on[\s-]?site|in[\s-]office|work\s+from\s+home)\b",
    re.IGNORECASE,
)


def _company_line(after: list[str], before: list[str]) -> str | None:
    """The company line board exports put just below (or above) the title.

    A line that looks like a firm ("Ltd", "Group", "Company · City") wins over a plain short line; of
    "Department of Chemistry" over "Halvorsen University" the wider body wins.
    """
    plain: str | None = None
    firms: list[str] = []
    if after and _ANONYMOUS.match(after[0]):
        return None  # "Empresa confidencial": the slot says the firm is withheld
    for line in [*after[:1], *before[-1:], *after[1:]]:
        segments = re.split(r"\s+[·|]\s+", line)
        firms.extend(
            seg.strip() for seg in segments[1:] if ":" not in seg and _LEGAL_TAIL.search(seg.strip())
        )
        head = segments[0].strip()
        name = re.split(r",\s+(?!(?:inc|llc|ltd)\b)|\s+[-–—]\s+", head, flags=re.IGNORECASE)[0]
        # "Department of X Canada - Strategic Policy Sector" is a long name with its unit, not a sentence
        unit = head[len(name) :].lstrip(" -–—")
        words = len(name.split()) + (
            len(unit.split()) if not re.match(r"[-–—]", head[len(name) :].strip()) else 0
        )
        sentence = words > 8 or (head.endswith((".", "!")) and not _LEGAL_TAIL.search(head))
        if sentence or len(name.split()) > 6 or ":" in head or _JOB_FACT.search(head):
            continue
        if re.search(r"\s[·|]\s", line) or _LEGAL.search(name):
            firms.append(head)
        elif (
            plain is None
            and len(name.split()) <= 5
            and not _LOCATIONISH.search(head)
            and not is_title_like(name)
        ):
            plain = clean_company(head)
    if len(firms) > 1 and _SUB_UNIT.match(firms[0]) and _ACADEMIC.search(firms[1]):
        firms.pop(0)
    return clean_company(firms[0]) if firms else plain


_ANONYMOUS = re.compile(
    r"^(?:(?:empresa|entreprise|unternehmen|company|client|employer)\s+)?(?:confidential|confidencial|confidentiel|"
    r"vertraulich|undisclosed|anonymous|an[óo]nim[oa])\b",
    re.IGNORECASE,
)
_SUB_UNIT = re.compile(r"^(?:department|school|faculty|division|institute)\s+of\b", re.IGNORECASE)
_ACADEMIC = re.compile(r"\b(?:universit\w*|college|hochschule|universidad)\b", re.IGNORECASE)


def _dotted_company(lines: list[str]) -> str | None:
    """LinkedIn's "Company · City, Region · 3 days ago" line."""
    for line in lines:
        head = line.split(" · ")[0]
        if " · " in line and not _LOCATIONISH.search(head) and not is_title_like(head):
            return clean_company(head)
    return None


_LEGAL_TAIL = re.compile(
    r"(?:,?\s+(?:inc|llc|ltd|limited|gmbh|plc|corp|corporation|co|ag|sa|pvt|private|b\.?v|n\.?v|oy|ab|pty|pte|llp|lp|k\.k|"
    r"s\.?l|sas|sarl|s\.?r\.?l|s\.?p\.?a|kg|a/s|aps|sdn\s+bhd|bhd|ltda|s\.?\s?a\.?\s+de\s+c\.?\s?v)\.?)+$",
    re.IGNORECASE,
)


def looks_like_firm(name: str) -> bool:
    """Whether `name` carries a legal form or an organisation word ("Ltd", "GmbH", "University")."""
    return bool(_LEGAL.search(name))


def recurs(name: str, text: str) -> bool:
    """Whether `name` (without "GmbH", "Pvt. Ltd") appears at least twice, as real company names do."""
    core = _LEGAL_TAIL.sub("", name) or name
    return len(re.findall(rf"\b{re.escape(core)}\b", text)) >= 2


def is_place(name: str, text: str) -> bool:
    """Whether `name` is used as a place in `text` ("Paris, France", "in Paris")."""
    escaped = re.escape(name)
    if re.search(rf"\b(?:in|near|based\s+in)\s+(?:(?:our|their|its|the)\s+)?{escaped}\b", text):
        return True
    return " " not in name and bool(re.search(rf"\b{escaped},\s+[A-Z]", text))
