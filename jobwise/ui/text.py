"""Text helpers for pages: safe HTML for highlighted phrases, short labels (pure functions)."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

MARK = '<mark title="{title}" style="background:#ffe08a;padding:0 2px;border-radius:3px">{text}</mark>'


def highlight(text: str, flags: Sequence[Mapping[str, Any]]) -> str:
    """The text as HTML with each flagged span (`start`/`end` offsets) marked; everything escaped.

    Overlapping or out-of-range spans are skipped so the text itself is never altered."""
    parts: list[str] = []
    cursor = 0
    for flag in sorted(flags, key=lambda f: (f.get("start", -1), f.get("end", -1))):
        start, end = flag.get("start"), flag.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or start < cursor or end > len(text):
            continue
        if end <= start:
            continue
        title = " — ".join(str(flag[k]) for k in ("category", "suggestion") if flag.get(k))
        parts.append(html.escape(text[cursor:start]))
        parts.append(MARK.format(title=html.escape(title, quote=True), text=html.escape(text[start:end])))
        cursor = end
    parts.append(html.escape(text[cursor:]))
    return "".join(parts).replace("\n", "<br>")


def salary(job: Mapping[str, Any]) -> str:
    low, high, currency = (
        job.get("salary_min"),
        job.get("salary_max"),
        job.get("currency") or job.get("salary_currency"),
    )
    if low is None and high is None:
        return ""
    amount = f"{low:,}–{high:,}" if low is not None and high is not None else f"{low or high:,}"
    return f"{amount} {currency or ''}".strip()


def job_title(job: Mapping[str, Any]) -> str:
    company = job.get("company")
    return f"{job.get('title') or 'Untitled job'}" + (f" · {company}" if company else "")


def lines(value: str) -> list[str]:
    """A text area's lines (or comma-separated entries) as a clean list."""
    items = (part.strip() for line in value.splitlines() for part in line.split(","))
    return [item for item in items if item]
