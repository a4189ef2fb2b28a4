"""Find the candidate's name by scoring the lines near the top of the CV."""

from __future__ import annotations

import re
import unicodedata

from jobwise.ai.cv.places import looks_like_place
from jobwise.ai.cv.sections import heading_kind
from jobwise.ai.cv.titles import org_score, title_score

_PARTICLES = {
    "van", "von", "de", "der", "den", "del", "della", "da", "das", "do", "dos", "du", "la", "le", "di",
    "ten", "ter", "bin", "binti", "al", "el", "y", "e", "st.", "mac",
}  # fmt: skip
_NOT_NAMES = {
    "curriculum", "vitae", "resume", "résumé", "cv", "page", "profile", "contact", "references",
    "available", "upon", "request", "confidential", "portfolio", "email", "phone", "mobile", "address",
    "linkedin", "github", "website", "the", "and", "of", "for", "with", "in", "to", "my", "new", "inc",
    "ltd", "llc", "university", "college", "school", "street", "road", "avenue", "hospital",
}  # fmt: skip
_PUNCTUATION = set("'’-.")
_SPLIT = re.compile(r"\s*(?:[|•·,]|\s[-–—]\s|\s{2,})\s*")
_TOP_LINES = 40
_LABEL = re.compile(r"^(?:full\s+)?name\s*:\s*", re.IGNORECASE)
_HONORIFIC = re.compile(
    r"^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Eng|Ing|Dipl\.-Ing)\.?\s+(?=[A-ZÀ-Þ])", re.I
)


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if c.isalpha())


def _name_token(token: str) -> bool:
    """ "Anne-Marie", "O'Connor", "MacLeod", "J.", "DOE", "Đặng": capitalised letters, any script."""
    return token[:1].isupper() and all(c.isalpha() or c in _PUNCTUATION for c in token) and token[-1] != "-"


def _shape_score(candidate: str) -> float:
    """How much `candidate` looks like a personal name by its form alone (0 = not a name)."""
    tokens = candidate.split()
    core = [t for t in tokens if t.lower() not in _PARTICLES]
    if not 2 <= len(tokens) <= 5 or not 2 <= len(core) <= 4:
        return 0.0
    if any(not _name_token(t) or t.lower().strip(".") in _NOT_NAMES for t in core):
        return 0.0
    if re.search(r"[\d@/:]", candidate) or org_score(candidate) >= 1 or heading_kind(candidate):
        return 0.0
    if looks_like_place(candidate):
        return 0.0
    initials = sum(len(t.strip(".")) == 1 for t in core)
    # Surnames like Cook or Head are role words too, so a title-like line is penalised, not barred.
    return 3.0 - initials - 0.3 * max(0, len(core) - 3) - (2.5 if title_score(candidate) >= 0.5 else 0.0)


def _email_bonus(candidate: str, email: str | None) -> float:
    if not email:
        return 0.0
    local = _fold(email.split("@")[0])
    parts = [_fold(t) for t in candidate.split() if len(_fold(t)) >= 3]
    return 2.0 * sum(part in local for part in parts[:4]) / max(1, len(parts))


def _candidates(line: str) -> list[str]:
    """The line, and its first part when separators split it ("Jane Doe | Nurse", "Wei Chen, CPA")."""
    line = _HONORIFIC.sub("", _LABEL.sub("", line.strip()))
    parts = [p.strip() for p in _SPLIT.split(line) if p.strip()]
    return [line, *parts[:1]] if len(parts) > 1 else [line]


def find_name(lines: list[str], email: str | None, exclude: frozenset[str] = frozenset()) -> str | None:
    """The best-scoring name-shaped line near the top (sidebars may put contact lines first).

    `exclude` holds lines known to be something else (the roles and schools), so a company
    such as "Pied Piper" is never taken for a person.
    """
    best: tuple[float, str] | None = None
    for index, line in enumerate(lines[:_TOP_LINES]):
        if line.startswith("•") or line in exclude:  # list items are skills or duties
            continue
        for candidate in _candidates(line):
            shape, bonus = _shape_score(candidate), _email_bonus(candidate, email)
            if shape <= 0 or (title_score(candidate) >= 0.5 and not bonus):  # a role, unless the email agrees
                continue
            score = shape + bonus - index * 0.08
            score += 0.5 if candidate == line.strip() else 0.0
            if best is None or score > best[0]:
                best = (score, candidate)
    return _tidy(best[1]) if best else None


def _tidy(name: str) -> str:
    """All-caps names read better in title case ("O'BRIEN" -> "O'Brien"); others stay as written."""
    if not name.isupper():
        return name
    words = [
        t.lower() if t.lower() in _PARTICLES else re.sub(r"[^\W\d_]+", _capital, t) for t in name.split()
    ]
    return " ".join(words)


def _capital(match: re.Match[str]) -> str:
    return match.group(0).capitalize()
