"""The value `extract_text` returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DocumentKind = Literal["pdf", "docx"]


@dataclass(frozen=True)
class ExtractedDocument:
    """Plain text of a document, in reading order, one line per visual line."""

    kind: str
    text: str
    pages: int
