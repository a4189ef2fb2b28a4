"""Text helpers for pages: safe HTML for highlighted phrases, short labels (pure functions)."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from typing import Any

MARK = '<mark title="{title}" style="background:#ffe08a;padding:0 2px;border-radius:3px">{text}</mark>'


def highlight(text: str, flags: Sequence[Mapping[str, Any]]) -> str:
    """The text as HTML with each flagged phrase marked; everything escaped.

    A flag's `start`/`end` are used when they hold its phrase; otherwise (offsets counted on another
    version of the text) the phrase's next occurrence is marked. Overlaps are skipped."""
    parts: list[str] = []
    cursor = 0
    spans = (_span(text, flag) for flag in flags)
    for start, end, flag in sorted((s for s in spans if s is not None), key=lambda s: s[:2]):
        if start < cursor:
            continue
        title = " — ".join(str(flag[k]) for k in ("category", "suggestion") if flag.get(k))
        parts.append(html.escape(text[cursor:start]))
        parts.append(MARK.format(title=html.escape(title, quote=True), text=html.escape(text[start:end])))
        cursor = end
    parts.append(html.escape(text[cursor:]))
    return "".join(parts).replace("\n", "<br>")


def _span(text: str, flag: Mapping[str, Any]) -> tuple[int, int, Mapping[str, Any]] | None:
    start, end, phrase = flag.get("start"), flag.get("end"), str(flag.get("phrase") or "")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        held = text[start:end].casefold() == phrase.casefold()
        if held or not phrase:
            return start, end, flag
    found = re.search(re.escape(phrase), text, re.IGNORECASE) if phrase else None
    return (found.start(), found.end(), flag) if found else None


def salary(job: Mapping[str, Any]) -> str:
    low, high, currency = (
        job.get("salary_min"),
        job.get("salary_max"),
        job.get("currency") or job.get("salary_currency"),
    )
    if low is None and high is None:
        return ""
    amount = f"{low:,}–{high:,}" if low is not None and high is not None else f"{low or high:,}"
    per = f" per {job['salary_period']}" if job.get("salary_period") else ""
    return f"{amount} {currency or ''}".strip() + per


def job_title(job: Mapping[str, Any]) -> str:
    company = job.get("company")
    return f"{job.get('title') or 'Untitled job'}" + (f" · {company}" if company else "")


def lines(value: str) -> list[str]:
    """A text area's lines (or comma-separated entries) as a clean list."""
    items = (part.strip() for line in value.splitlines() for part in line.split(","))
    return [item for item in items if item]
