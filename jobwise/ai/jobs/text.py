"""Cleaning pasted postings: whitespace, invisible characters and job-board chrome."""

import re
import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u3000]+")

# Whole lines (or " · " segments) that job boards add around the posting.
_NOISE = re.compile(
    r"""^(?:
        (?:easy\s+)?apply(?:\s+now)?(?:\s+on\s+company\s+(?:website|site))? | save(?:d)? | share |
        promoted(?:\s+by\s+\w+)? |
        show\s+(?:more|less) | see\s+(?:more|less) | report\s+this\s+job | actively\s+(?:recruiting|hiring) |
        be\s+an\s+early\s+applicant | (?:over\s+)?\d[\d,]*\+?\s+applicants? | \d+\s+applicants? |
        (?:re)?posted\s+.*\bago | \d+\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago | just\s+now |
        meet\s+the\s+hiring\s+team | message | how\s+you\s+match | job\s+details | full\s+job\s+description |
        profile\s+insights | \d(?:\.\d)?\s+out\s+of\s+5\s+stars? | \d(?:\.\d)?\s*★ | \d\.\d |
        urgently\s+hiring |
        hiring\s+multiple\s+candidates | employer\s+active\s+.* |
        typically\s+responds\s+within\s+.* | responded\s+to\s+\d+%.* |
        pulled\s+from\s+the\s+full\s+job\s+description | report\s+job |
        \d+\s+reviews? | (?:company\s+)?logo | view\s+all\s+jobs | back\s+to\s+jobs |
        apply\s+for\s+this\s+job | submit\s+application | \d+\s+of\s+\d+\s+skills\s+match.* |
        skills:.*\+\d+\s+more | see\s+how\s+you\s+compare.* |
        skip\s+to\s+(?:main\s+)?content | home | careers | jobs | open\s+(?:roles|positions) |
        sign\s+(?:in|up) |
        log\s+in | menu | back\s+to\s+(?:all\s+)?(?:jobs|openings|search\s+results|careers) |
        share\s+(?:this\s+)?(?:job|role) | job\s+search | search\s+jobs | accept(?:\s+all)?\s+cookies |
        show\s+(?:more\s+options|match\s+details|all) | tailor\s+my\s+resume | help\s+me\s+stand\s+out |
        responses\s+managed\s+(?:off|on)\s+linkedin | matches\s+your\s+job\s+preferences.* |
        people\s+you\s+can\s+reach\s+out\s+to | school\s+alumn?i?\s+.* | \d+\s+school\s+alumni\s+.* |
        follow(?:ing)? | \d[\d,.]*[km]?\s+followers | \d[\d,]*(?:\s*-\s*\d[\d,]*)?\+?\s+employees |
        \d+\s+on\s+linkedin | (?:re)?try\s+premium.* | get\s+ai-powered.* | am\s+i\s+a\s+good\s+fit.* |
        do\s+you\s+(?:have|hold|speak)\s+.*\? | find\s+out\s+how\s+your\s+skills\s+align.* |
        here['’]s\s+how\s+the\s+job\s+details\s+align.* | send\s+me\s+jobs\s+like\s+this |
        (?:openings|applicants|views)\s*:\s*\d[\d,]*\+? | posted\s*:\s*.*\bago | i['’]m\s+interested |
        refer\s+a\s+friend | videos?\s+to\s+watch | (?:like\s+)?comment\s+repost\s+send |
        \d[\d,.]*[km]?\s+reactions?(?:\s+·\s+\d[\d,.]*\s+comments?)? |
        \d+[smhdw]\s*(?:•\s*)?(?:edited\s*)?•? |
        \d[\d,.]*[km]?\s+(?:comments?|reposts?) | (?:\#\w+\s*)+
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


_BREADCRUMB = re.compile(r"^[^>\n]{1,40}(?:\s+[>»›]\s+[^>\n]{1,60}){2,}$")


def normalise(text: str) -> str:
    """Unicode-normalised text with tidy spaces and at most one blank line in a row; a table row
    pasted as "Salary<TAB>£31,250" reads "Salary: £31,250"."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"^([^\t\n:]{1,40}?)[ ]*\t+[ \t]*(?=\S)", r"\1: ", text, flags=re.MULTILINE)
    text = re.sub(r"\*\*|__|^#{1,6}\s+", "", text, flags=re.MULTILINE)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _clean_line(line: str) -> str:
    if _BREADCRUMB.match(line):
        return ""
    segments = [s.strip() for s in re.split(r"\s+[·•|]\s+", line)] if " · " in line else [line]
    return " · ".join(s for s in segments if s and not _NOISE.match(s))


# A social post starts "Author Name • 2nd" and the author's own headline ("Head of X at Y") follows.
_POST_AUTHOR = re.compile(r"^.{1,60}\s+[•·]\s+(?:1st|2nd|3rd\+?)$")


def clean(text: str) -> str:
    """The posting without job-board chrome ("Easy Apply", "47 applicants", star ratings)."""
    raw_lines = normalise(text).split("\n")
    lines = [_clean_line(line) for line in raw_lines]
    for i, line in enumerate(raw_lines[:-1]):
        if _POST_AUTHOR.match(line):
            lines[i] = lines[i + 1] = ""
    kept = [line for line, raw in zip(lines, raw_lines, strict=True) if line or not raw]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def lines_of(text: str) -> list[str]:
    """Non-empty lines without bullet markers."""
    return [strip_bullet(line) for line in text.split("\n") if strip_bullet(line)]


# Emoji and dingbats ("✅", "👉", "⭐") serve as bullets in posts written for social media.
_SYMBOL = "\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\ufe0f\U0001f300-\U0001faff"
_BULLET = re.compile(rf"^\s*(?:[-*•●▪◦‣–—>·]|[{_SYMBOL}]+|\d{{1,2}}[.)]|[a-z][.)](?=\s))\s*")


def strip_bullet(line: str) -> str:
    return _BULLET.sub("", line).strip().strip("*_#").strip()


def is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line)) and bool(_BULLET.sub("", line).strip())


# Fields that boards and ATS pages print as a name line followed by a value line
# ("Salary\n£45,560 - £52,200", Workday's "time type\nFull time").
_FIELD_NAME = re.compile(
    r"^(?:(?:job\s+|work\s+)?locations?|salary(?:\s+range)?|pay(?:\s+range)?|compensation|"
    r"(?:job|employment|contract|time|position|role)\s+types?|type\s+of\s+(?:role|contract|employment)|"
    r"working\s+pattern|work(?:ing)?\s+(?:schedule|hours|model|arrangement)|schedule|hours|workplace(?:\s+type)?|"
    r"location\s+type|remote(?:\s+work)?\s+policy|department|team|job\s+grade|grade|level|seniority\s+level|"
    r"experience(?:\s+level)?|years\s+of\s+experience|education|languages?|industry|job\s+function|"
    r"(?:job\s+)?category|district|company|employer|organi[sz]ation|business\s+area|duration|start\s+date|"
    r"closing\s+date|date\s+posted|posted\s+on|reference(?:\s+number)?|(?:job\s+)?requisition\s+id|"
    r"(?:job\s+)?title)\s*:?$",
    re.IGNORECASE,
)


_FIELD_SEGMENT = re.compile(r"^[A-Z][\w /&'’-]{0,25}:\s*\S")


def join_fields(text: str) -> str:
    """ "Name\nvalue" field pairs as "Name: value" lines, so they read like labelled fields; a row of
    fields ("Company: X | Role: Y | Location: Z") becomes one line each.

    Only a short value that is not a sentence, a bullet or another field name is joined.
    """
    rows: list[str] = []
    for line in text.split("\n"):
        segments = re.split(r"\s+\|\s+", line)
        rows.extend(segments if len(segments) > 1 and all(map(_FIELD_SEGMENT.match, segments)) else [line])
    lines = [strip_bullet(line) if _FIELD_NAME.match(strip_bullet(line)) else line for line in rows]
    out: list[str] = []
    i = 0
    while i < len(lines):
        line, value = lines[i], lines[i + 1] if i + 1 < len(lines) else ""
        if (
            _FIELD_NAME.match(line)
            and value
            and len(value.split()) <= 12
            and not value.endswith((".", "!", "?"))
            and not is_bullet(value)
            and not _FIELD_NAME.match(value)
        ):
            out.append(f"{line.rstrip(':').rstrip()}: {value}")
            i += 2
        else:
            out.append(line)
            i += 1
    return "\n".join(out)
