"""Text clean-up shared by the PDF and DOCX readers."""

from __future__ import annotations

import re

_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
# Control characters (PDFium marks soft hyphens and unknown glyphs with some), except \t and \n.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)
_BLANK_RUN = re.compile(r"\n{3,}")
MIN_WORD_CHARS = 20  # fewer letters/digits than this on every page: no usable text layer


def clean(text: str) -> str:
    """Unix line breaks, no control characters or ligatures, at most one blank line in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = _CONTROL.sub("", text.translate(_LIGATURES))
    text = _TRAILING_SPACE.sub("", text)
    return _BLANK_RUN.sub("\n\n", text).strip()


def has_words(text: str) -> bool:
    return sum(ch.isalnum() for ch in text) >= MIN_WORD_CHARS
