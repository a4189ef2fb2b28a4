"""Text clean-up shared by the PDF and DOCX readers."""

from __future__ import annotations

import re

_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_LIGATURE = re.compile("[" + "".join(_LIGATURES) + "]")  # a regex: str.translate is slow on long text
# Control characters (PDFium marks soft hyphens and unknown glyphs with some), except \t and \n.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)
_BLANK_RUN = re.compile(r"\n{3,}")
_ENOUGH_WORD_CHARS = re.compile(r"(?:\w\W*){20}")  # fewer letters/digits: no usable text layer


def clean(text: str) -> str:
    """Unix line breaks, no control characters or ligatures, at most one blank line in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = _CONTROL.sub("", _LIGATURE.sub(lambda match: _LIGATURES[match[0]], text))
    text = _TRAILING_SPACE.sub("", text)
    return _BLANK_RUN.sub("\n\n", text).strip()


def has_words(text: str) -> bool:
    return _ENOUGH_WORD_CHARS.search(text) is not None
