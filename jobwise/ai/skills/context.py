"""Context rules for skill names that are also common words.

Modes (set per name in the taxonomy):
  none    accepted anywhere
  proper  written with a capital: "English" yes, "english" no
  case    capitalised mid-sentence ("services in Go", "built with Swift"), or in a list
  upper   written in capitals ("SAP", "REST"), or in a list
  list    only in a skills list, next to another accepted skill ("Python, Go, Rust")
"""

import re

_CONNECTOR_GAP = re.compile(r"(?:\s*(?:[,/|;&+•·()\[\]\n]|\band\b|\bor\b)\s*)+", re.IGNORECASE)
_ITEM_BEFORE = re.compile(r"(?:^|[,/|;&+•·(\[:\-–*]|\band|\bor)$", re.IGNORECASE)
_ITEM_AFTER = re.compile(r"^(?:$|[,/|;&+•·()\].:\-–]|(?:and|or)\b)", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?:•*\-–|>\"'\d])$")

Span = tuple[str, str, int, int]  # mode, canonical name, start, end


def accepted(text: str, spans: list[Span]) -> list[bool]:
    """Whether each span (in text order) counts as a skill where it stands."""
    ok = [_alone(text, span) for span in spans]
    listable = [not ok[k] and _listable(text, span) for k, span in enumerate(spans)]
    changed = True
    while changed:  # list membership spreads along "A, B, C" chains, in both directions
        changed = False
        for k in range(len(spans)):
            if listable[k] and not ok[k] and _in_list(text, spans, ok, k):
                ok[k] = changed = True
    return ok


def _alone(text: str, span: Span) -> bool:
    """Accepted on its own spelling and position, with no list around it."""
    mode, _, start, end = span
    if mode == "none":
        return True
    surface = text[start:end]
    if _in_compound(text, start, end):
        return False
    if mode == "proper":
        return surface[:1].isupper()
    if mode == "case":
        return surface[:1].isupper() and not _sentence_start(text, start) and not _caps_line(text, start)
    if mode == "upper":
        return len(surface) > 1 and surface.isupper() and not _caps_line(text, start)
    return False


def _listable(text: str, span: Span) -> bool:
    """Could be an item of a skills list: a whole item, or capitalised like a name."""
    _, name, start, end = span
    surface = text[start:end]
    if _in_compound(text, start, end) or (len(surface) == 1 and surface != name):
        return False
    line_start, line_end = _line_bounds(text, start, end)
    before, after = text[line_start:start].rstrip(), text[end:line_end].lstrip()
    return bool(_ITEM_BEFORE.search(before) and _ITEM_AFTER.match(after)) or surface[:1].isupper()


def _in_list(text: str, spans: list[Span], ok: list[bool], k: int) -> bool:
    """Next to an accepted skill across nothing but list punctuation."""
    start, end = spans[k][2], spans[k][3]
    if k > 0 and ok[k - 1] and _CONNECTOR_GAP.fullmatch(text, spans[k - 1][3], start):
        return True
    return k + 1 < len(spans) and ok[k + 1] and bool(_CONNECTOR_GAP.fullmatch(text, end, spans[k + 1][2]))


def _in_compound(text: str, start: int, end: int) -> bool:
    """Part of a hyphenated word such as "go-getter" or "spring-loaded"."""
    before = start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum()
    after = text[end : end + 1] == "-" and text[end + 1 : end + 2].isalnum()
    return before or after


def _sentence_start(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_SENTENCE_START.search(text[line_start:start].rstrip()))


def _caps_line(text: str, start: int) -> bool:
    """An all-capitals line is a heading, where capitals say nothing about names."""
    line_start, line_end = _line_bounds(text, start, start)
    letters = [ch for ch in text[line_start:line_end] if ch.isalpha()]
    return len(letters) >= 6 and all(ch.isupper() for ch in letters)


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end == -1 else line_end
