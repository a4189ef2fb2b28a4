"""Plotly figure builders: plain values in, a titled figure out (no Streamlit, no HTTP)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

import pandas  # noqa: F401  plotly looks pandas up in sys.modules lazily; a half-imported one crashes
import plotly.graph_objects as go

FUNNEL = ("not_applied", "applied", "interviewing", "offer")
STATUSES = (
    "not_applied", "preparing", "applied", "interviewing", "offer",
    "accepted", "declined", "rejected", "withdrawn",
)  # fmt: skip
# How far each status got along the funnel (a rejection usually follows an application).
_REACHED = {
    "not_applied": 0, "preparing": 0, "withdrawn": 0, "applied": 1, "rejected": 1,
    "interviewing": 2, "offer": 3, "accepted": 3, "declined": 3,
}  # fmt: skip
COLORS = {"pass": "#2e7d32", "warn": "#ed6c02", "fail": "#c62828"}


def label(status: str) -> str:
    return status.replace("_", " ").capitalize()


def _layout(fig: go.Figure, title: str, height: int = 320, **axes: Any) -> go.Figure:
    margin = {"l": 10, "r": 10, "t": 50, "b": 10}
    fig.update_layout(title={"text": title, "x": 0.01}, margin=margin, height=height, **axes)
    return fig


def _count_axis(largest: int) -> dict[str, Any]:
    """Whole-number ticks for an axis of counts (no '0.2 jobs')."""
    return {"dtick": max(1, -(-largest // 5)), "rangemode": "tozero", "tickformat": "d"}


def funnel_counts(statuses: Iterable[str]) -> list[int]:
    """How many jobs reached each funnel stage (a job at 'offer' also counts as applied)."""
    counts = [0] * len(FUNNEL)
    for status in statuses:
        for stage in range(_REACHED.get(status, 0) + 1):
            counts[stage] += 1
    return counts


def application_funnel(statuses: Sequence[str]) -> go.Figure:
    fig = go.Figure(go.Funnel(y=[label(s) for s in FUNNEL], x=funnel_counts(statuses), textinfo="value"))
    return _layout(fig, "Application funnel (jobs reaching each stage)")


def jobs_by_status(statuses: Sequence[str]) -> go.Figure:
    counts = Counter(statuses)
    shown = [s for s in STATUSES if counts[s]]
    fig = go.Figure(go.Bar(x=[label(s) for s in shown], y=[counts[s] for s in shown], marker_color="#1f77b4"))
    fig.update_yaxes(**_count_axis(max(counts.values(), default=0)))
    return _layout(fig, "Jobs by application status", yaxis_title="jobs", xaxis_title="status")


def score_distribution(scores: Sequence[float]) -> go.Figure:
    fig = go.Figure(go.Histogram(x=list(scores), xbins={"start": 0, "end": 100, "size": 10}))
    fig.update_yaxes(**_count_axis(max(Counter(min(int(v) // 10, 9) for v in scores).values(), default=0)))
    return _layout(
        fig, "Match scores of saved jobs", xaxis_title="match score (0–100)", yaxis_title="jobs",
        xaxis_range=[0, 100], bargap=0.05,
    )  # fmt: skip


def top_counts(lists: Iterable[Iterable[str]], n: int = 10) -> list[tuple[str, int]]:
    """The `n` most common entries across lists, each list counted once per entry (case-insensitive)."""
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for entries in lists:
        seen = {e.casefold() for e in entries if e.strip()}
        for entry in entries:
            names.setdefault(entry.casefold(), entry)  # the first spelling seen is the one shown
        counts.update(seen)
    return [(names[k], c) for k, c in sorted(counts.items(), key=lambda kc: (-kc[1], kc[0]))[:n]]


def missing_skills(ranked: Sequence[tuple[str, int]]) -> go.Figure:
    ordered = list(reversed(ranked))  # biggest at the top of a horizontal bar chart
    fig = go.Figure(
        go.Bar(x=[c for _, c in ordered], y=[s for s, _ in ordered], orientation="h", marker_color="#c62828")
    )
    fig.update_xaxes(**_count_axis(max((c for _, c in ranked), default=0)))
    return _layout(fig, "Top missing skills across saved jobs", xaxis_title="jobs missing it")


def quality_gauge(score: float, title: str = "CV quality") -> go.Figure:
    steps = [{"range": [0, 50], "color": "#fdecea"}, {"range": [50, 75], "color": "#fff4e5"},
             {"range": [75, 100], "color": "#edf7ed"}]  # fmt: skip
    fig = go.Figure(
        go.Indicator(
            mode="gauge+number", value=score, number={"suffix": " / 100"},
            gauge={"axis": {"range": [0, 100]}, "bar": {"color": "#1f77b4"}, "steps": steps},
        )
    )  # fmt: skip
    fig = _layout(fig, title, height=260)
    return fig.update_layout(margin={"l": 30, "r": 30})  # room for the 0 and 100 ticks


def parse_month(value: str | None) -> date | None:
    """'2021-03' or '2021' (as CVs give them) to a date; anything else to None."""
    if not value:
        return None
    parts = value.strip().split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, 1)
    except (ValueError, IndexError):
        return None


def experience_timeline(experiences: Sequence[Mapping[str, Any]], today: date) -> go.Figure:
    """One bar per dated role, from start to end (or today while current)."""
    rows = []
    for exp in experiences:
        start = parse_month(exp.get("start"))
        end = today if exp.get("is_current") or not exp.get("end") else parse_month(exp.get("end"))
        if start and end and end >= start:
            who = " · ".join(p for p in (exp.get("title"), exp.get("company")) if p) or "Role"
            rows.append((who, start, end))
    fig = go.Figure(
        go.Bar(
            y=[r[0] for r in rows], base=[r[1].isoformat() for r in rows],
            x=[(r[2] - r[1]).days * 86_400_000 for r in rows], orientation="h", marker_color="#1f77b4",
        )
    )  # fmt: skip
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(type="date")
    return _layout(fig, "Experience timeline", height=max(220, 60 + 40 * len(rows)), xaxis_title="year")


def match_breakdown(match: Mapping[str, Any]) -> go.Figure:
    """The parts of a match score that the API reports, each on 0–100."""
    parts = {
        "Overall": match.get("score"), "Semantic similarity": match.get("semantic_similarity"),
        "Keyword coverage": match.get("keyword_coverage"), "Experience fit": match.get("experience_fit"),
    }  # fmt: skip
    shown = {k: percent(v) for k, v in parts.items() if isinstance(v, int | float)}
    fig = go.Figure(
        go.Bar(
            x=list(shown.values()), y=list(shown), orientation="h", text=[f"{v:.0f}" for v in shown.values()]
        )
    )
    fig.update_yaxes(autorange="reversed")
    return _layout(
        fig, "Match score breakdown", xaxis_title="score (0–100)", xaxis_range=[0, 100], height=260
    )


def percent(value: float) -> float:
    """Scores come as 0–1 fractions (floats) or 0–100; show them on 0–100."""
    return value * 100 if isinstance(value, float) and 0 <= value <= 1 else value


def section_coverage(coverage: Mapping[str, float]) -> go.Figure:
    names = list(coverage)
    fig = go.Figure(
        go.Bar(
            x=[coverage[n] for n in names],
            y=[label(n) for n in names],
            orientation="h",
            marker_color="#2e7d32",
        )
    )
    fig.update_yaxes(autorange="reversed")
    return _layout(
        fig, "Profile coverage by section", xaxis_title="% complete", xaxis_range=[0, 100], height=280
    )
