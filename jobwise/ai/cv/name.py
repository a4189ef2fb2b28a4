"""Find the candidate's name by scoring the lines near the top of the CV."""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from jobwise.ai.cv.lists import LANGUAGES
from jobwise.ai.cv.places import looks_like_place, names_country
from jobwise.ai.cv.sections import heading_kind, leading_heading
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
    "nationality", "citizenship", "gender", "birth", "native", "fluent", "basic", "intermediate",
    "advanced", "proficient", "mother", "tongue",
}  # fmt: skip
_PUNCTUATION = set("'’-.")
_SPLIT = re.compile(r"\s*(?:[|•·,]|\s[-–—]\s|\s{2,})\s*")
_TOP_LINES = 40
_LABEL = re.compile(r"^(?:(?:full\s+)?name|nom|nombre|nome)\s*(?::|\|)\s*", re.IGNORECASE)
# Contact details printed on the name's line ("Jane Doe jane@doe.com", "Jane Doe +1 555 0100").
_CONTACT_BITS = re.compile(
    r"\S+@\S+|(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|net|org|io|dev|me)\S*|\+?\(?\d[\d\s().-]{6,}\d"
)
_HONORIFIC = re.compile(  # one or more: "Prof. Dr. Jürgen Weiß"
    r"^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Eng|Ing|Dipl\.-Ing)\.?\s+)+(?=[A-ZÀ-Þ])", re.I
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
    if looks_like_place(candidate) or all(t.lower() in LANGUAGES for t in core):
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
    if lead := leading_heading(line):  # "PERSONAL INFORMATION Andreea Popescu" (a Europass row)
        line = lead[1]
    line = _HONORIFIC.sub("", _LABEL.sub("", line.strip()))
    if re.search(r"[@\d.]", line):
        line = _CONTACT_BITS.sub("  ", line).strip() or line
    parts = [p.strip() for p in _SPLIT.split(line) if p.strip()]
    if len(parts) < 2:
        return [line]
    if names_country(line) and looks_like_place(line):  # "Buenos Aires, Argentina" holds no name
        return []
    return [line, parts[0]]


def _spaced_out(lines: list[str], email: str | None) -> list[str]:
    """ "J A N E   D O E" comes out of a PDF as "JANEDOE": the email's parts put the gap back."""
    local = email.split("@")[0] if email else ""
    parts = [folded for part in re.split(r"[._+\d-]+", local) if len(folded := _fold(part)) > 1]
    glued = "".join(parts)
    if len(parts) < 2:
        return lines
    starts = [sum(len(p) for p in parts[:i]) for i in range(len(parts) + 1)]
    return [
        " ".join(line[a:b] for a, b in pairwise(starts))
        if len(line) == len(glued) and line.isalpha() and _fold(line) == glued
        else line
        for line in lines
    ]


def _with_split_names(lines: list[str]) -> list[str]:
    """A name set on two lines, first name above surname ("Ahmed" / "Hassan"), joined into one;
    a longer run of one-word lines is a list (skills, languages)."""
    single = [_is_single_name(line) for line in lines] + [False]
    out = list(lines)
    for index, (first, second) in enumerate(pairwise(lines)):
        alone = not (index and single[index - 1]) and not single[index + 2]
        if single[index] and single[index + 1] and alone:
            out[index] = f"{first} {second}"
    return out


def _is_single_name(line: str) -> bool:
    return len(line.split()) == 1 and _name_token(line) and line.lower() not in _NOT_NAMES


def find_name(
    lines: list[str],
    email: str | None,
    exclude: frozenset[str] = frozenset(),
    known: frozenset[str] = frozenset(),
) -> str | None:
    """The best-scoring name-shaped line near the top (sidebars may put contact lines first).

    `exclude` holds lines of the work and education sections, names there only when the email
    agrees (a sidebar may put the name below them); `known` holds names found to be something
    else (employers, schools), so a company such as "Pied Piper" is never taken for a person.
    """
    best: tuple[float, str] | None = None
    top = _spaced_out(lines[:_TOP_LINES], email)
    for index, line in enumerate(_with_split_names(top)):
        if line.startswith("•") or line in known:  # list items are skills or duties
            continue
        for candidate in _candidates(line):
            shape = _shape_score(candidate)
            if shape <= 0 or candidate in known:
                continue
            bonus = _email_bonus(candidate, email)
            if line in exclude and not bonus:
                continue
            if title_score(candidate) >= 0.5 and not bonus:  # a role, unless the email agrees
                continue
            score = shape + bonus - index * 0.08
            score += 0.5 if candidate == line.strip() else 0.0
            if best is None or score > best[0]:
                best = (score, candidate)
    return _tidy(best[1]) if best else _from_email(email)


_MAILBOX_WORDS = {
    "info", "contact", "mail", "hello", "jobs", "careers", "cv", "resume", "admin", "office", "team",
    "support", "sales", "service", "services", "help", "hr", "recruiting", "recruitment", "marketing",
    "billing", "noreply", "enquiries", "hire", "work", "dev", "tech", "it", "me", "my", "the",
}  # fmt: skip


def _from_email(email: str | None) -> str | None:
    """No name line at all (a CV that starts with its headline): "rebecca.okafor@..." names
    Rebecca Okafor; "jk.dev@", "sales.team@" and "info@" name nobody."""
    parts = re.split(r"[._-]", email.split("@")[0].lower()) if email else []
    if not 2 <= len(parts) <= 3 or any(len(p) < 2 or not p.isalpha() or p in _MAILBOX_WORDS for p in parts):
        return None
    name = " ".join(p if p in _PARTICLES else p.capitalize() for p in parts)
    return name if title_score(name) == 0 and org_score(name) == 0 else None


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
