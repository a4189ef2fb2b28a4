"""Text clean-up shared by the PDF and DOCX readers (kept cheap: it runs on every document)."""

from __future__ import annotations

import re

# Ligatures become letters and Symbol/Wingdings bullets "•". Control characters (PDFium marks
# soft hyphens and unknown glyphs with some), except \t and \n, and other private-use glyphs
# (icon fonts before a phone number or e-mail) go. One regex pass: str.translate is slow.
_REPLACEMENTS = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_REPLACEMENTS |= dict.fromkeys("\uf0b7\uf0a7\uf0d8\uf076\uf06c\uf06e\uf071\uf075\uf0fc\uf0e0\uf0a8", "•")
_ODD_CHARACTER = re.compile("[\x00-\x08\x0b-\x1f\x7f\ue000-\uf8ff\ufffe\uffff" + "".join(_REPLACEMENTS) + "]")
_BLANK_RUN = re.compile(r"\n{3,}")
_ENOUGH_WORD_CHARS = re.compile(r"(?:\w\W*){20}")  # fewer letters/digits: no usable text layer


def clean(text: str) -> str:
    """Unix line breaks, trimmed lines, no control characters or ligatures, at most one blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = _ODD_CHARACTER.sub(lambda match: _REPLACEMENTS.get(match[0], ""), text)
    text = "\n".join(line.strip(" \t\u00a0") for line in text.split("\n"))
    if "\n\n\n" in text:
        text = _BLANK_RUN.sub("\n\n", text)
    return text.strip()


def has_words(text: str) -> bool:
    return _ENOUGH_WORD_CHARS.search(text) is not None
