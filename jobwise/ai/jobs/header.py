"""Job title and company from the many ways postings start.

"Senior Backend Engineer at Acme", "Acme is hiring a ...", "Job Title: ...", "Company: ...",
"Position: X — Company", a LinkedIn/Indeed header (title line, then company line), "About Acme",
or "Acme is an equal opportunity employer". Anything unclear stays None.
"""

import re
import unicodedata

_ROLE = re.compile(
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
    r"translator|interpreter|tester|bdr|sdr|teller|underwriter|"
    r"actuary|economist|statistician|pilot|attendant|guard|lifeguard|coach|trainer|"
    r"expert|generalist|principal|fellow|ninja|rockstar|hacker|maintainer|steward|dispatcher|scheduler|"
    r"coder|dev|dietitian|nanny|porter|bartender|host|concierge|baker|butcher|courier|loader|mover|janitor|custodian|"
    r"dean|registrar|drafter|draftsman|fitter|installer|roofer|painter|glazier|landscaper|gardener|"
    r"chemist|biologist|physicist|mathematician|radiographer|sonographer|phlebotomist|veterinarian)s?\b|"
    r"\b(?!(?:exist|assist|insist|persist|consist|checklist|wrist|twist|wishlist|playlist|shortlist|waitlist|"
    r"blacklist|whilst|amongst)s?\b)\w{3,}(?:ist|ician|ologist)s?\b",
    re.IGNORECASE,
)
_TITLE_LABEL = re.compile(
    r"^(?:job\s+title|title|position(?:\s+title)?|role\s+title|vacancy|designation|job\s+position)"
    r"\s*[:\-–]\s*(?P<v>.+)$",
    re.IGNORECASE,
)
# Boards also use these keys for a category ("Role: Software Development - Other"), so a title line wins.
_WEAK_TITLE_LABEL = re.compile(r"^(?:role|job|opening|post|job\s+role)\s*[:\-–]\s*(?P<v>.+)$", re.IGNORECASE)
_COMPANY_LABEL = re.compile(
    r"^(?:company(?:\s+name)?|employer|organi[sz]ation|hiring\s+(?:company|organi[sz]ation)|client|"
    r"business|brand|hospital|school|practice)\s*[:\-–]\s*(?P<v>.+)$",
    re.IGNORECASE,
)
_AT = re.compile(r"^(?P<t>.{3,80}?)\s+(?:at|@)\s+(?P<c>[A-Z0-9][^,;|·()]{0,50}?)(?:\s*[,|·(–—-].*)?$")
_SPLIT = re.compile(r"\s+[|–—·]\s+|\s+-\s+|\s*\|\s*")
# Bounded token lengths keep unanchored searches linear on long or odd input.
_WORD = r"[A-Z0-9][\w&'’.+-]{0,40}"
_NAME = rf"(?<![\w&'’.+-]){_WORD}(?: {{1,3}}(?:of|&|and|de|la|the|for)? ?{_WORD}){{0,5}}"
_HIRING = re.compile(
    rf"(?:^|[.!]\s+|\n|(?i:my|our)\s+client,?\s+)(?P<c>{_NAME})"
    r"(?:,\s+[A-Z][\w ]{1,20}|\s+in\s+[A-Z]\w+|,\s+(?:a|an|the)\s+[^,.;\n]{3,80},)?,?\s+"
    r"(?:(?:is|are)\s+(?:currently\s+)?(?:hiring|looking\s+for|seeking|recruiting)|seeks)"
    r"\s+(?:an?\s+|for\s+an?\s+)?(?:experienced\s+|talented\s+|motivated\s+|skilled\s+)?"
    r"(?P<t>[^.,;:!?\n]{3,70}?)(?=\s+(?:to|who|in|for|with|based|on|that|and\s+\w+\s+to)\b|"
    r"[.,;:!?(\n]|$)"
)
_WE_HIRING = re.compile(
    r"\b(?:we\s+are|we['’]re|we)\s+(?:currently\s+)?(?:hiring|looking\s+for|seeking|recruiting|searching\s+for|need)"
    r"\s+(?:an?\s+|for\s+an?\s+)(?:experienced\s+|talented\s+|motivated\s+|passionate\s+|dedicated\s+|skilled\s+)?"
    r"(?P<t>[^.,;:!?\n]{3,70}?)(?=\s+(?:to|who|in|for|with|based|on|that|at|and\s+\w+\s+to)\b|[.,;:!?(\n]|$)",
    re.IGNORECASE,
)
_JOIN = re.compile(
    rf"\b[Jj]oin\s+(?P<c>{_NAME})\s+as\s+(?:an?|our)\s+(?P<t>[^.,;:!?\n]{{3,60}}?)(?=\s+(?:to|and|in|at)\b|"
    r"[.,;:!?(\n]|$)"
)
_AT_WE = re.compile(rf"\bat (?P<c>{_NAME}),? (?:and )?we(?:['’]re| are)\b")
_DOES = re.compile(
    rf"(?:^|\n)(?P<c>{_NAME}) (?:builds|makes|helps|connects|provides|offers|creates|designs|develops|runs|"
    r"operates|sells|delivers|powers|enables|protects|supplies|serves|brings)\b"
)
_WE_ARE = re.compile(rf"^[^\n]{{0,20}}\b(?i:we['’]re) (?P<c>{_NAME})(?=\s*[!(,.])", re.MULTILINE)
_TEAM_AT = re.compile(rf"\b(?:team|family)\s+at\s+(?P<c>{_NAME})")
_ABOUT = re.compile(rf"^(?:about|who\s+is|why)\s+(?P<c>{_NAME})\s*[:?]?$", re.IGNORECASE)
_EEO = re.compile(rf"(?P<c>{_NAME})\s+(?:is|are)\s+(?:an?\s+|proud\s+to\s+be\s+an?\s+)equal\s+opportunit")
_AT_US = re.compile(rf"(?:^|\n)At\s+(?P<c>{_NAME}),\s+(?:we|our)\b")
_IS_A = re.compile(
    rf"(?:^|\n)(?P<c>{_NAME})\s+(?:is|are)\s+(?:an?|the|one\s+of)\s+(?:[\w'’-]+\s+){{0,4}}?"
    r"(?:company|startup|provider|leader|firm|platform|business|organi[sz]ation|agency|employer|"
    r"retailer|manufacturer|group|charity|trust|school|hospital|bank|insurer|marketplace|network|"
    r"biotech|consultancy|practice|clinic|studio|fintech|university|college|non-?profit|chain|"
    r"brand|operator|maker|publisher|lab|laboratory|institute|foundation|restaurant|bistro|hotel|"
    r"store|shop|service|team|developer|supplier|distributor|carrier)s?\b"
)
_NOT_COMPANY = re.compile(
    r"^(?:this|our|we|us|you|your|it|they|a|an|job|role|position|team|company|opportunity|benefits|"
    r"responsibilities|requirements|qualifications|overview|description|summary|location|salary|remote|"
    r"hybrid|apply|about|join|who|what|why|how|note|hiring|urgent|full|part|contract|equal|"
    r"(?:marketing|engineering|sales|finance|operations|product|design|legal|hr|people|data|it|support|"
    r"customer\s+success|research)$|"
    r"the\s+company|the\s+role|the\s+team|hi|hello|dear|subject|re|fwd|from|to|work|flexible|leading|major|"
    r"global|well[\s-]known|confidential|large|top|fast[\s-]growing|international|renowned|prestigious|"
    r"established|undisclosed|stealth)\b",
    re.IGNORECASE,
)
_LEGAL = re.compile(
    r"\b(?:inc|llc|ltd|limited|gmbh|plc|corp|corporation|co|ag|sa|s\.a|pvt|bv|b\.v|nv|oy|ab|"
    r"pty|llp|lp|group|labs|technologies|solutions|systems|health|bank|partners|associates|solicitors|"
    r"consultants|consulting|holdings|industries|ventures|capital|studios|agency|clinic|vets|pharmacy|hospital|"
    r"academy|university|college|school|hotel|restaurant|foods)\b\.?",
    re.IGNORECASE,
)
_LOCATIONISH = re.compile(
    r"\b(?:remote|hybrid|on-?site|[A-Z]{2}\s+\d{5}|united|kingdom|states|germany|india|"
    r"usa|uk|canada|australia)\b|,\s*[A-Z]{2}\b|\d|·",
    re.IGNORECASE,
)
_TITLE_PREFIX = re.compile(
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
    r"^(?:we|you|our|i|i['’]m|join|are|is|this|need|needed|wanted)\b|\b(?:looking|seeking|hiring|join)\b",
    re.IGNORECASE,
)


def is_title_like(line: str) -> bool:
    """Short, names a role, and is not a sentence or a "Label: value" line."""
    words = line.split()
    if not 0 < len(words) <= 10 or ";" in line or re.search(r"\w:\s", line) or _SENTENCE.search(line):
        return False
    return bool(_ROLE.search(line)) and not line.rstrip().endswith((".", "!", "?"))


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


def from_header(lines: list[str]) -> tuple[str | None, str | None, str | None]:
    """(title, company, weak company guess) from the first lines of a board-style header."""
    for i, line in enumerate(lines[:4]):
        if (need := _NEED.match(line)) and is_title_like(need.group("t")):
            return clean_title(need.group("t")), None, None
        line = _TITLE_PREFIX.sub("", line)
        if (m := _AT.match(line)) and is_title_like(m.group("t")):
            return clean_title(m.group("t")), clean_company(m.group("c")), None
        title, company = _split_pair(line, strong=True)
        if title and company:
            return title, company, None
        if is_title_like(line) and len(line.split()) <= 12:
            weak = _split_pair(line, strong=False)
            after = (
                lines[i + 1 : i + 3]
                if i + 1 < len(lines) and _LOCATIONISH.search(lines[i + 1])
                else lines[i + 1 : i + 2]
            )
            near = _company_line(after, before=lines[:i])
            near = near or _dotted_company(lines[:8])
            return clean_title(weak[0] if weak[0] and not near else line), near, weak[1]
    return None, None, None


def _company_line(after: list[str], before: list[str]) -> str | None:
    """The company line board exports put just below (or above) the title.

    A line that looks like a firm ("Ltd", "Group", "Company · City") wins over a plain short line.
    """
    plain: str | None = None
    for line in after + before[-1:]:
        head = re.split(r"\s+[·|]\s+", line)[0].strip()
        name = re.split(r",\s+(?!(?:inc|llc|ltd)\b)|\s+[-–—]\s+", head, flags=re.IGNORECASE)[0]
        sentence = len(head.split()) > 8 or (head.endswith((".", "!")) and not _LEGAL_TAIL.search(head))
        if sentence or len(name.split()) > 6 or ":" in head:
            continue
        if re.search(r"\s[·|]\s", line) or _LEGAL.search(name):
            return clean_company(head)
        if (
            plain is None
            and len(name.split()) <= 5
            and not _LOCATIONISH.search(name)
            and not is_title_like(name)
        ):
            plain = clean_company(head)
    return plain


def _dotted_company(lines: list[str]) -> str | None:
    """LinkedIn's "Company · City, Region · 3 days ago" line."""
    for line in lines:
        head = line.split(" · ")[0]
        if " · " in line and not _LOCATIONISH.search(head) and not is_title_like(head):
            return clean_company(head)
    return None


def from_prose(text: str) -> tuple[str | None, str | None]:
    """Title and company from sentences like "Acme is hiring a ..." or "Join Acme as a ..."."""
    for rx in (_JOIN, _HIRING):
        for m in rx.finditer(text):
            if company := clean_company(m.group("c")):
                return (clean_title(m.group("t")) if _ROLE.search(m.group("t")) else None), company
    we = _WE_HIRING.search(text)
    return (clean_title(we.group("t")) if we and _ROLE.search(we.group("t")) else None), None


def company_from_prose(lines: list[str], text: str) -> str | None:
    """Company in "About X", "At X, we", "X is a ... company", "team at X" or an equal-opportunity line."""
    for line in lines:
        if (m := _ABOUT.match(line)) and (company := clean_company(m.group("c"))):
            return company
    for rx in (_WE_ARE, _AT_US, _AT_WE, _IS_A, _DOES, _TEAM_AT, _EEO):
        for found in rx.finditer(text):
            if company := clean_company(found.group("c")):
                return company
    return None


_LEGAL_TAIL = re.compile(
    r"(?:,?\s+(?:inc|llc|ltd|limited|gmbh|plc|corp|corporation|co|ag|sa|pvt|private|bv|nv|oy|ab|pty|llp|lp|k\.k)\.?)+$",
    re.IGNORECASE,
)


def recurs(name: str, text: str) -> bool:
    """Whether `name` (without "GmbH", "Pvt. Ltd") appears at least twice, as real company names do."""
    core = _LEGAL_TAIL.sub("", name) or name
    return len(re.findall(rf"\b{re.escape(core)}\b", text)) >= 2


def is_place(name: str, text: str) -> bool:
    """Whether `name` is used as a place in `text` ("Paris, France", "in Paris")."""
    escaped = re.escape(name)
    if re.search(rf"\b(?:in|near|based\s+in)\s+{escaped}\b", text):
        return True
    return " " not in name and bool(re.search(rf"\b{escaped},\s+[A-Z]", text))
