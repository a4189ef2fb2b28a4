"""Title and company from sentences: "Acme is hiring a ...", "Join Acme as a ...", "About Acme",
"At Acme, we ...", "Acme is an equal opportunity employer", a founder's sign-off."""

import re

from jobwise.ai.jobs.header import ROLE, clean_company, clean_title

# Bounded token lengths keep unanchored searches linear on long or odd input.
_WORD = r"[A-Z0-9][\w&'’.+-]{0,40}"
_NAME = rf"(?<![\w&'’.+-]){_WORD}(?: {{1,3}}(?:of|&|and|de|la|the|for)? ?{_WORD}){{0,5}}"
_HIRING = re.compile(
    rf"(?:^|[.!]\s+|\n|(?i:my|our)\s+(?:client,?|team\s+at)\s+)(?P<c>{_NAME})"
    r"(?:,\s+[A-Z][\w ]{1,20}|\s+in\s+[A-Z]\w+|,\s+(?:a|an|the)\s+[^,.;\n]{3,80},)?,?\s+"
    r"(?:(?:is|are)\s+(?:currently\s+)?(?:hiring|looking\s+for|seeking|recruiting)|seeks)"
    r"\s+(?:an?\s+|for\s+an?\s+)?(?:experienced\s+|talented\s+|motivated\s+|skilled\s+)?"
    r"(?P<t>[^.,;:!?\n]{3,70}?)(?=\s+(?:to|who|in|for|with|based|on|that|and\s+\w+\s+to)\b|"
    r"[.,;:!?(\n]|$)"
)
_WE_HIRING = re.compile(
    r"\b(?:we\s+are|we['’]re|we|i['’]m|i\s+am)\s+(?:currently\s+)?(?:hiring|looking\s+for|seeking|recruiting|"
    r"searching\s+for|need)\s+(?:an?\s+|for\s+an?\s+|our\s+(?:first|second|third|next|new)\s+|another\s+|(?=\w+s\b))"
    r"(?:experienced\s+|talented\s+|motivated\s+|passionate\s+|dedicated\s+|skilled\s+)?"
    r"(?P<t>[^.,;:!?\n]{3,70}?)(?=\s+(?:to|who|in|for|with|based|on|that|at|and)\b|[.,;:!?(\n]|$)"
    rf"(?:\s+at\s+(?-i:(?P<c>{_NAME})))?",
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
# Any present-tense verb, for names of two words or more that open a paragraph.
_ACTS = re.compile(
    r"(?:^|\n)(?P<c>[A-Z][a-z][a-zA-Z&'’.-]{0,40}"
    r"(?: (?:of |& |and |the |for )?[A-Z][a-zA-Z&'’.-]{1,40}){1,5}) "
    r"(?!(?:is|was|has|does|requires|includes|needs|seeks)\b)[a-z]{3,}s\b"
)
_WE_ARE = re.compile(rf"^[^\n]{{0,20}}\b(?i:we['’]re) (?P<c>{_NAME})(?=\s*[!(,.])", re.MULTILINE)
_TEAM_AT = re.compile(rf"\b(?:team|family)\s+at\s+(?P<c>{_NAME})")
_ABOUT = re.compile(rf"^(?:about|who\s+is|why)\s+(?P<c>{_NAME})\s*[:?]?$", re.IGNORECASE)
_EEO = re.compile(
    rf"(?P<c>{_NAME})(?i:\s+(?:is|are)\s+(?:an?\s+|proud\s+to\s+be\s+an?\s+)equal\s+opportunit)"
)
_AT_US = re.compile(rf"(?:^|\n)At\s+(?P<c>{_NAME}),?\s+(?:we|our)\b")
_IS_A = re.compile(
    rf"(?:^|\n)(?:(?i:founded|established|started|since|based)\b[^,\n]{{0,40}},\s+)?(?P<c>{_NAME})\s+(?:is|are)\s+(?:an?|the|one\s+of)\s+(?:[\w'’-]+\s+){{0,4}}?"
    r"(?:company|startup|provider|leader|firm|platform|business|organi[sz]ation|agency|employer|"
    r"retailer|manufacturer|group|charity|trust|school|hospital|bank|insurer|marketplace|network|"
    r"biotech|consultancy|practice|clinic|studio|fintech|university|college|non-?profit|chain|"
    r"brand|operator|maker|publisher|lab|laboratory|institute|foundation|restaurant|bistro|hotel|"
    r"store|shop|service|team|developer|supplier|distributor|carrier)s?\b"
)


def from_prose(text: str) -> tuple[str | None, str | None]:
    """Title and company from sentences like "Acme is hiring a ..." or "Join Acme as a ..."."""
    found: str | None = None
    for rx in (_JOIN, _HIRING):
        for m in rx.finditer(text):
            if company := clean_company(m.group("c")):
                if title := _prose_title(m.group("t")):
                    return title, company
                found = found or company
    we = _WE_HIRING.search(text)
    if we is None:
        return None, found
    return _prose_title(we.group("t")), (clean_company(we.group("c")) if we.group("c") else None) or found


def _prose_title(phrase: str) -> str | None:
    """The role in "a caring and organized Grade 3 teacher": leading lower-case adjectives go."""
    if not ROLE.search(phrase):
        return None
    trimmed = re.sub(r"^(?:[a-z][\w-]*,?\s+)+(?=[A-Z])", "", phrase)
    return clean_title(trimmed if ROLE.search(trimmed) else phrase)


def company_from_prose(lines: list[str], text: str, prose: str | None = None) -> str | None:
    """Company in "About X", "At X, we", "X is a ... company", "team at X" or an equal-opportunity line.

    `prose` (the text outside duty and requirement lists) is where firms describe themselves; in a
    list "Order supplies and equipment" is an instruction, not "Order" supplying things.
    """
    for line in lines:
        if (m := _ABOUT.match(line)) and (company := clean_company(m.group("c"))):
            return company
    described = text if prose is None else prose
    for rx, scope in (
        (_WE_ARE, text),
        (_AT_US, text),
        (_AT_WE, text),
        (_IS_A, described),
        (_DOES, described),
        (_ACTS, described),
    ):
        for found in rx.finditer(scope):
            if company := clean_company(found.group("c")):
                return company
    for rx in (_TEAM_AT, _EEO, _SIGNED):
        for found in rx.finditer(text):
            if company := clean_company(found.group("c")):
                return company
    return None


# An employer's own sign-off; a recruiter's ("Talent Partner, Oakridge Recruitment") is not the employer.
_SIGNED = re.compile(
    rf"(?:^|\n)(?i:(?:co-?)?founder|ceo|cto|coo|cfo|owner|managing\s+director|head\s+of\s+\w+|vp\s+\w+|"
    rf"hiring\s+manager|engineering\s+manager)\s*(?:[,@|&]|\bat\b)\s*(?P<c>{_NAME})\s*$"
)
