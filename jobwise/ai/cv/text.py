"""Clean extracted CV text into lines the parsers can rely on."""

from __future__ import annotations

import re
import textwrap
import unicodedata

from jobwise.ai.cv.places import CITIES

BULLET = "•"
_BULLET_CHARS = "•●▪■◦‣∙·○◆◇►▶➢➤✓✔❖⁃*→»⇒➔➜◉□❑⚫⮚"
_LEADING_BULLET = re.compile(  # a tab after the bullet (Word, PDF columns) is no field separator
    rf"^\s*(?:[{re.escape(_BULLET_CHARS)}]|[-–—]\s|o\s(?=[A-Z])|\d{{1,2}}[.)]\s(?=[A-Z]))[\s|]*"
)
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")  # Word's Symbol-font bullets come out here
_SPACED_LETTERS = re.compile(r"^(?:\S ){2,}\S(?:\s{2,}(?:\S ){1,}\S)*$")
_SPACES = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
# Sentences addressed to an AI screener are data like any other text, so they are dropped
# before analysis (and reported), never obeyed.
# Addressed to the reader, not describing work: "Built a system prompt library" is not one.
_INJECTION = re.compile(
    r"(?:ignore|disregard|forget)\s+(?:all\s+|any\s+)?(?:the\s+|your\s+)?"
    r"(?:previous|prior|above|earlier|preceding|other)\s+(?:instructions|prompts?|rules|directions)"
    r"|(?:rate|score|rank|grade)\s+this\s+(?:cv|resume|résumé|candidate|applicant|profile)\b.{0,30}\b\d{2,3}"
    r"|^\W*system(?:\s+prompt)?\s*:"
    r"|\byou\s+are\s+(?:now\s+)?(?:an?\s+)?(?:ai|assistant|language\s+model|chatgpt|llm)\b"
    r"|\bnote\s+to\s+(?:the\s+)?(?:ai|llm|gpt|automated)\b",
    re.IGNORECASE,
)


# "32-bed surgical ward" continues a bullet; "2018 - 2020" starts the next entry.
_NUMBER_WRAP = re.compile(r"^\d(?!.*\b(?:19|20)\d{2}\b).*\b[a-z]{3,}")
_OPEN_END = re.compile(
    r"\b(?:by|of|to|and|or|the|a|an|in|for|with|from|on|at|as|across|into|than|per|over|under|via)$", re.I
)


# Multi-word cities by first word ("los" -> "angeles"): a line ending on "Los" continues on
# the next, "Angeles, CA".
def _city_tails() -> dict[str, list[str]]:
    tails: dict[str, list[str]] = {}
    for head, _, tail in (city.partition(" ") for city in CITIES if " " in city):
        tails.setdefault(head, []).append(tail)
    return tails


_CITY_TAILS = _city_tails()
_BRAND_LINE = re.compile(r"[a-z]+[A-Z]\w*\s+(?:[-–—|,]|at\b)")
_PAGE_MARK = re.compile(
    r"(?:^|\s)(?:page|seite|página|pagina)\s+\d+(?:\s*(?:of|/|von|de|di)\s*\d+)?\s*$", re.I
)


_COLUMN_GAP = re.compile(r"[ \u00a0]{3,}")
_MAX_LINE = 400
_MAX_TOKEN = 80
_LONG_TOKEN = re.compile(rf"\S{{{_MAX_TOKEN + 1},}}")


def _unspace(line: str) -> str:
    """ "E X P E R I E N C E" -> "EXPERIENCE" (letter-spaced headings)."""
    if not _SPACED_LETTERS.match(line.strip()):
        return line
    return " ".join(word.replace(" ", "") for word in re.split(r"\s{2,}", line.strip()))


def _clean_line(line: str) -> str:
    line = _PRIVATE_USE.sub(BULLET, _ZERO_WIDTH.sub("", line))
    line = _unspace(line.replace("\t", " | "))
    line = _LEADING_BULLET.sub(BULLET + " ", line) if _LEADING_BULLET.match(line) else line
    line = _COLUMN_GAP.sub(" | ", line.strip())  # "Acme Corp      Austin, TX": two fields, not one
    return _SPACES.sub(" ", line).strip(" |")


def _bounded(line: str) -> list[str]:
    """Real CV lines are short: cut run-on text into lines and clip endless tokens, so no
    pattern ever scans a pathological line."""
    line = _LONG_TOKEN.sub(lambda m: m.group(0)[:_MAX_TOKEN], line)
    return textwrap.wrap(line, _MAX_LINE, break_long_words=False) if len(line) > _MAX_LINE else [line]


def normalize(text: str) -> str:
    """NFKC (ligatures, full-width forms), one kind of bullet, letter-spaced words joined."""
    text = unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(_clean_line(part) for line in text.split("\n") for part in _bounded(line))


def is_page_furniture(line: str) -> bool:
    """Running headers and footers ("Page 2 of 3", "Jane Doe - Resume  Page 1")."""
    return len(line.split()) <= 10 and _PAGE_MARK.search(line) is not None


def split_instructions(lines: list[str]) -> tuple[list[str], list[str]]:
    """Lines kept for analysis, and lines that try to instruct an AI reader."""
    kept: list[str] = []
    injected: list[str] = []
    for line in lines:
        (injected if _INJECTION.search(line) else kept).append(line)
    return kept, injected


def is_bullet(line: str) -> bool:
    return line.startswith(BULLET)


def strip_bullet(line: str) -> str:
    return line.lstrip(BULLET + " ").strip()


def continues(previous: str, line: str) -> bool:
    """True when `line` is the wrapped rest of `previous` (lower-case start, or a bullet cut
    after "by", "of", "and"...)."""
    if not previous or is_bullet(line) or previous.endswith((".", ":")):
        return False
    if line[:1] in "(&," or _splits_city(previous, line):
        return True
    if line[:1].islower():  # "iFood — Developer" starts an entry; a brand has capitals inside
        return not (is_bullet(previous) and _BRAND_LINE.match(line))
    if not is_bullet(previous):
        return False
    return _NUMBER_WRAP.match(line) is not None or _OPEN_END.search(previous) is not None


def _splits_city(previous: str, line: str) -> bool:
    tails = _CITY_TAILS.get(previous.rsplit(None, 1)[-1].lower(), [])
    return any(re.match(rf"{re.escape(tail)}\b", line, re.IGNORECASE) for tail in tails)


def join_wrapped(lines: list[str]) -> list[str]:
    """Glue wrapped continuation lines back onto the line they continue."""
    out: list[str] = []
    for line in lines:
        if out and continues(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def words(text: str) -> list[str]:
    return re.findall(r"[\w'’+#.-]+", text)
