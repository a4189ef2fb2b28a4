"""Cleaning pasted postings: whitespace, invisible characters and job-board chrome."""

import re
import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u3000]+")

# Whole lines (or " · " segments) that job boards add around the posting.
_NOISE = re.compile(
    r"""^(?:
        (?:easy\s+)?apply(?:\s+now)?(?:\s+on\s+company\s+(?:website|site))? | save(?:d)? | promoted | share |
        show\s+(?:more|less) | see\s+(?:more|less) | report\s+this\s+job | actively\s+(?:recruiting|hiring) |
        be\s+an\s+early\s+applicant | (?:over\s+)?\d[\d,]*\+?\s+applicants? | \d+\s+applicants? |
        (?:re)?posted\s+.*\bago | \d+\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago | just\s+now |
        meet\s+the\s+hiring\s+team | message | how\s+you\s+match | job\s+details | full\s+job\s+description |
        profile\s+insights | \d(?:\.\d)?\s+out\s+of\s+5\s+stars? | \d(?:\.\d)?\s*★ | urgently\s+hiring |
        hiring\s+multiple\s+candidates | employer\s+active\s+.* |
        typically\s+responds\s+within\s+.* | responded\s+to\s+\d+%.* |
        pulled\s+from\s+the\s+full\s+job\s+description | report\s+job |
        \d+\s+reviews? | (?:company\s+)?logo | view\s+all\s+jobs | back\s+to\s+jobs |
        apply\s+for\s+this\s+job | submit\s+application | \d+\s+of\s+\d+\s+skills\s+match.* |
        skills:.*\+\d+\s+more | see\s+how\s+you\s+compare.* |
        skip\s+to\s+(?:main\s+)?content | home | careers | jobs | open\s+(?:roles|positions) |
        sign\s+(?:in|up) |
        log\s+in | menu | back\s+to\s+(?:all\s+)?(?:jobs|openings|search\s+results|careers) |
        share\s+(?:this\s+)?(?:job|role) | job\s+search | search\s+jobs | accept(?:\s+all)?\s+cookies
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


def normalise(text: str) -> str:
    """Unicode-normalised text with tidy spaces and at most one blank line in a row."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"\*\*|__|^#{1,6}\s+", "", text, flags=re.MULTILINE)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _clean_line(line: str) -> str:
    segments = [s.strip() for s in re.split(r"\s+[·•|]\s+", line)] if " · " in line else [line]
    return " · ".join(s for s in segments if s and not _NOISE.match(s))


def clean(text: str) -> str:
    """The posting without job-board chrome ("Easy Apply", "47 applicants", star ratings)."""
    lines = [_clean_line(line) for line in normalise(text).split("\n")]
    kept = [line for line, raw in zip(lines, normalise(text).split("\n"), strict=True) if line or not raw]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def lines_of(text: str) -> list[str]:
    """Non-empty lines without bullet markers."""
    return [strip_bullet(line) for line in text.split("\n") if strip_bullet(line)]


_BULLET = re.compile(r"^\s*(?:[-*•●▪◦‣–—>·]|\d{1,2}[.)]|[a-z][.)](?=\s))\s*")


def strip_bullet(line: str) -> str:
    return _BULLET.sub("", line).strip().strip("*_#").strip()


def is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line)) and bool(_BULLET.sub("", line).strip())
