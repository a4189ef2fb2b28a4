"""Tokenising text and skill names the same way, so both meet on the same keys."""

import re
from typing import NamedTuple

# A word may carry inner dots (Node.js, ASP.NET), a leading dot (.NET) and a trailing
# ++/+/# (C++, C#, A+). "/" and "&" are tokens of their own so that "CI/CD" and "R&D" match
# whatever the spacing, while "React/Redux" still splits into two names.
_TOKEN = re.compile(r"\.?\w+(?:\.\w+)*(?:\+\+|\+|#)?|[/&]")
# Punctuation that ends a phrase: a skill name never spans it. A single line break does not,
# since wrapped lines split names ("stakeholder\nmanagement"); a blank line or bullet does.
_BREAK = re.compile(r"[,;:|!?•·▪●◦\t()\[\]]|\.(?:\s|$)|\n\s*(?:\n|[-*–])")


class Token(NamedTuple):
    key: str  # lower-cased token text
    start: int
    end: int
    joined: bool  # False when a phrase break separates this token from the previous one


def tokenize(text: str) -> list[Token]:
    """Tokens of `text` with their offsets, lower-cased for lookup."""
    tokens: list[Token] = []
    prev_end = -1
    for m in _TOKEN.finditer(text):
        start = m.start()
        # most gaps are one space: skip the regex for them
        joined = prev_end >= 0 and (
            (start - prev_end == 1 and text[prev_end] == " ") or not _BREAK.search(text, prev_end, start)
        )
        tokens.append(Token(m.group().lower(), start, m.end(), joined))
        prev_end = m.end()
    return tokens


def name_key(name: str) -> str:
    """The lookup key of a skill name: its tokens, lower-cased, joined by single spaces."""
    return " ".join(t.key for t in tokenize(name))
