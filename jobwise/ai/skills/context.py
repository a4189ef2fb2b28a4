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
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
_SEPARATOR = re.compile(r"[,;|•·]")
# Bullets, list punctuation and a trailing "(level)" around a one-per-line list item.
_LINE_DECORATION = re.compile(r"^\s*(?:[-*•·▪●◦–]|\d+[.)])?\s*|\s*(?:\([^)]*\))?\s*[,;.]?\s*$")

Span = tuple[str, str, int, int]  # mode, canonical name, start, end


def accepted(text: str, spans: list[Span]) -> list[bool]:
    """Whether each span (in text order) counts as a skill where it stands."""
    nexts = [spans[k + 1][2] if k + 1 < len(spans) else -1 for k in range(len(spans))]
    ok = [_alone(text, span, nxt) for span, nxt in zip(spans, nexts, strict=True)]
    listable = [not ok[k] and _listable(text, span) for k, span in enumerate(spans)]
    changed = True
    while changed:  # list membership spreads along "A, B, C" chains, in both directions
        changed = False
        for k in range(len(spans)):
            if (
                listable[k]
                and not ok[k]
                and (_in_list(text, spans, ok, k) or _in_skill_line(text, spans, ok, k))
            ):
                ok[k] = changed = True
    return ok


def _alone(text: str, span: Span, next_start: int) -> bool:
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
        return (
            surface[:1].isupper()
            and not _sentence_start(text, start)
            and not _caps_line(text, start)
            and not _starts_proper_name(text, end, next_start)
        )
    if mode == "upper":
        return len(surface) > 1 and surface.isupper() and not _caps_line(text, start)
    return False


def _starts_proper_name(text: str, end: int, next_start: int) -> bool:
    """Followed by a capitalised word that is no skill: "Nexus Consulting", "Sales Manager"."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.start(1) != next_start


def _listable(text: str, span: Span) -> bool:
    """Could be an item of a skills list: a whole item, or capitalised like a name."""
    _, name, start, end = span
    surface = text[start:end]
    if _in_compound(text, start, end) or (len(surface) == 1 and surface != name):
        return False
    return _whole_item(text, start, end) or surface[:1].isupper()


def _whole_item(text: str, start: int, end: int) -> bool:
    line_start, line_end = _line_bounds(text, start, end)
    before, after = text[line_start:start].rstrip(), text[end:line_end].lstrip()
    return bool(_ITEM_BEFORE.search(before) and _ITEM_AFTER.match(after))


def _in_some_list(text: str, spans: list[Span], ok: list[bool], k: int) -> bool:
    return _in_list(text, spans, ok, k) or _in_skill_line(text, spans, ok, k)


def _in_list(text: str, spans: list[Span], ok: list[bool], k: int) -> bool:
    """Next to an accepted skill across nothing but list punctuation; across a line break only
    when both stand alone on their lines (a one-skill-per-line list)."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(spans) and ok[j]:
            (a, b), (c, d) = sorted([spans[j][2:], spans[k][2:]])
            if _CONNECTOR_GAP.fullmatch(text, b, c) and (
                "\n" not in text[b:c] or (_alone_on_line(text, a, b) and _alone_on_line(text, c, d))
            ):
                return True
    return False


def _in_skill_line(text: str, spans: list[Span], ok: list[bool], k: int) -> bool:
    """A whole item of a comma-separated line that holds at least two other accepted skills."""
    start, end = spans[k][2], spans[k][3]
    line_start, line_end = _line_bounds(text, start, end)
    others = sum(1 for j, s in enumerate(spans) if ok[j] and j != k and line_start <= s[2] < line_end)
    separators = len(_SEPARATOR.findall(text, line_start, line_end))
    return others >= 2 and separators >= 2 and _whole_item(text, start, end)


def _alone_on_line(text: str, start: int, end: int) -> bool:
    line_start, line_end = _line_bounds(text, start, end)
    return not _LINE_DECORATION.sub("", text[line_start:start] + text[end:line_end])


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
