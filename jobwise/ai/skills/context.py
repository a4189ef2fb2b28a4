"""Context rules for skill names that are also common words.

Modes (set per name in the taxonomy):
  none    accepted anywhere
  proper  written with a capital: "English" yes, "english" no
  case    capitalised mid-sentence ("services in Go", "built with Swift"), or in a list
  upper   written in capitals ("SAP", "REST"), or in a list
  list    only in a skills list, next to another accepted skill ("Python, Go, Rust")
  code    a programming language spelled like a common word ("Go", "C"): as list, and also
          written as named right after a word that introduces a language ("writing Go", "du C")

A capitalised "case" name also counts as a bullet's first item ("- Rust", "- Elixir, or ...").
"""

import re
from collections import Counter

# "and"/"or" also as Spanish, Portuguese, Italian, French and German CVs and postings write them.
_AND_OR = r"(?:and|or|y|e|o|u|et|ou|und|oder)"
_CONNECTOR_GAP = re.compile(rf"(?:\s*(?:[,/|;&+•·()\[\]\n]|\b{_AND_OR}\b)\s*)+", re.IGNORECASE)
_ITEM_BEFORE = re.compile(rf"(?:^|[,/|;&+•·(\[:\-–*]|\b{_AND_OR})$", re.IGNORECASE)
_ITEM_AFTER = re.compile(rf"^(?:$|[,/|;&+•·()\].:\-–]|{_AND_OR}\b)", re.IGNORECASE)
_BULLET_START = re.compile(r"^\s*(?:[-*•·▪●◦–]|\d+[.)])?$")
# Words after which a capitalised language name is a programming language: "services in Go",
# "comfortable writing Go", "maîtrise du C", "experiencia en C".
_CODE_BEFORE = re.compile(
    r"\b(?:in|with|using|writing|write|wrote|written|coding|programming|du|en|con|mit)$", re.IGNORECASE
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:•*\-–|>\"'\d])$")
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
_NEXT_LOWER_WORD = re.compile(r"[ \t]+([^\W\dA-Z_][^\W_]*)\b")
# Levels after a language name, also as French, German and Spanish write them ("Français courant").
_LANGUAGE_LEVELS = frozenset(
    str.split(
        "native fluent basic conversational intermediate advanced business technical courant natif "
        "bilingue maternelle technique professionnel fließend verhandlungssicher muttersprache "
        "grundkenntnisse nativo nativa fluido avanzado básico intermedio conversacional técnico"
    )
)
_AFTER_LANGUAGE = _LANGUAGE_LEVELS | frozenset(
    str.split(
        "and or as at in to with is was are were but for from on of speaker speakers language languages "
        "proficiency fluency level skills certificate certification"
    )
)
_WORD = re.compile(r"[^\W\d_]+")
_SEPARATOR = re.compile(r"[,;|•·]")
# Bullets, list punctuation and a trailing "(level)" around a one-per-line list item.
_LINE_DECORATION = re.compile(r"^\s*(?:[-*•·▪●◦–]|\d+[.)])?\s*|\s*(?:\([^)]*\))?\s*[,;.]?\s*$")

_NEAR = 80  # how far around a name its line is looked at
Span = tuple[str, str, int, int]  # mode, canonical name, start, end


def accepted(text: str, spans: list[Span]) -> list[bool]:
    """Whether each span (in text order) counts as a skill where it stands."""
    nexts = [spans[k + 1][2] if k + 1 < len(spans) else -1 for k in range(len(spans))]
    ok = [_alone(text, span, nxt) for span, nxt in zip(spans, nexts, strict=True)]
    lines = [_line_bounds(text, span[2], span[3]) for span in spans]
    on_line = Counter(line for line, good in zip(lines, ok, strict=True) if good)
    list_lines: dict[tuple[int, int], bool] = {}
    pending = [k for k, span in enumerate(spans) if not ok[k] and _listable(text, span)]
    while pending:  # list membership spreads along "A, B, C" chains, in both directions
        for k in [*pending, *reversed(pending)]:
            if ok[k]:
                continue
            line = lines[k]
            if line not in list_lines:
                list_lines[line] = len(_SEPARATOR.findall(text, *line)) >= 2
            skill_line = list_lines[line] and on_line[line] >= 2 and _whole_item(text, *spans[k][2:])
            if skill_line or _in_list(text, spans, ok, k):
                ok[k] = True
                on_line[line] += 1
        still = [k for k in pending if not ok[k]]
        if len(still) == len(pending):
            break
        pending = still
    return ok


def _alone(text: str, span: Span, next_start: int) -> bool:
    """Accepted on its own spelling and position, with no list around it."""
    mode, name, start, end = span
    if mode == "none":
        return True
    surface = text[start:end]
    if _in_compound(text, start, end):
        return False
    if mode == "proper":
        return surface[:1].isupper() and not _adjective_use(text, end)
    if mode == "case":
        return (
            surface[:1].isupper()
            and not _caps_line(text, start)
            and (
                not (_sentence_start(text, start) or _starts_proper_name(text, end, next_start))
                or bool(_BULLET_START.match(_before(text, start)) and _ITEM_AFTER.match(_after(text, end)))
            )
        )
    if mode == "code":
        return surface == name and bool(_CODE_BEFORE.search(_before(text, start)))
    if mode == "upper":
        return len(surface) > 1 and surface.isupper() and not _caps_line(text, start)
    return False


def _adjective_use(text: str, end: int) -> bool:
    """A language name used as an adjective: "Italian kitchens", "German engineering"."""
    m = _NEXT_LOWER_WORD.match(text, end)
    return m is not None and m.group(1) not in _AFTER_LANGUAGE


def _starts_proper_name(text: str, end: int, next_start: int) -> bool:
    """Followed by a capitalised word that is no skill: "Nexus Consulting", "Sales Manager"."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.start(1) != next_start


def _listable(text: str, span: Span) -> bool:
    """Could be an item of a skills list: a whole item, or capitalised like a name."""
    mode, name, start, end = span
    surface = text[start:end]
    if _in_compound(text, start, end) or (len(surface) == 1 and surface != name):
        return False
    level = _NEXT_LOWER_WORD.match(text, end)
    if mode == "proper" and level is not None and level.group(1) in _LANGUAGE_LEVELS:
        end = level.end()  # "anglais technique" is one item of "Français courant, anglais technique"
    return _whole_item(text, start, end) or surface[:1].isupper()


def _whole_item(text: str, start: int, end: int) -> bool:
    return bool(_ITEM_BEFORE.search(_before(text, start)) and _ITEM_AFTER.match(_after(text, end)))


def _in_list(text: str, spans: list[Span], ok: list[bool], k: int) -> bool:
    """Next to an accepted skill across nothing but list punctuation; across a line break only
    when both stand alone on their lines (a one-skill-per-line list)."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(spans) and ok[j]:
            (a, b), (c, d) = sorted([spans[j][2:], spans[k][2:]])
            gap = text[b:c]
            if "proper" in (spans[j][0], spans[k][0]):  # "Français courant, anglais technique"
                gap = _WORD.sub(lambda m: "" if m.group() in _LANGUAGE_LEVELS else m.group(), gap)
            if _CONNECTOR_GAP.fullmatch(gap) and (
                "\n" not in text[b:c] or (_alone_on_line(text, a, b) and _alone_on_line(text, c, d))
            ):
                return True
    return False


def _alone_on_line(text: str, start: int, end: int) -> bool:
    return not _LINE_DECORATION.sub("", _before(text, start) + _after(text, end))


def _in_compound(text: str, start: int, end: int) -> bool:
    """Part of a hyphenated word such as "go-getter" or "spring-loaded"."""
    before = start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum()
    after = text[end : end + 1] == "-" and text[end + 1 : end + 2].isalnum()
    return before or after


def _sentence_start(text: str, start: int) -> bool:
    return bool(_SENTENCE_START.search(_before(text, start)))


def _caps_line(text: str, start: int) -> bool:
    """An all-capitals line is a heading, where capitals say nothing about names."""
    line_start, line_end = _line_bounds(text, start, start)
    line = text[line_start : min(line_end, line_start + _NEAR * 4)]
    return line.isupper() and sum(ch.isalpha() for ch in line) >= 6


def _before(text: str, start: int) -> str:
    """The text before `start` on its line (the nearest part of it), right-stripped."""
    line_start = text.rfind("\n", max(0, start - _NEAR), start) + 1 or max(0, start - _NEAR)
    return text[line_start:start].rstrip()


def _after(text: str, end: int) -> str:
    """The text after `end` on its line (the nearest part of it), left-stripped."""
    line_end = text.find("\n", end, end + _NEAR)
    return text[end : end + _NEAR if line_end == -1 else line_end].lstrip()


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end == -1 else line_end
