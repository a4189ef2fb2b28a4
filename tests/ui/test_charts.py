"""Pure figure builders and text helpers: values in, titled figures and safe HTML out."""

from __future__ import annotations

from datetime import date

import pytest

from jobwise.ui import charts
from jobwise.ui.forms import moves
from jobwise.ui.text import highlight, lines, salary


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ([], [0, 0, 0, 0]),
        (["not_applied", "preparing"], [2, 0, 0, 0]),
        (["applied", "interviewing", "offer", "accepted"], [4, 4, 3, 2]),
        (["rejected", "withdrawn", "declined"], [3, 2, 1, 1]),
    ],
)
def test_funnel_counts_jobs_that_reached_each_stage(statuses: list[str], expected: list[int]) -> None:
    assert charts.funnel_counts(statuses) == expected


def test_funnel_figure_has_stages_title_and_values() -> None:
    fig = charts.application_funnel(["applied", "not_applied", "offer"])
    assert list(fig.data[0].y) == ["Not applied", "Applied", "Interviewing", "Offer"]
    assert list(fig.data[0].x) == [3, 2, 1, 1]
    assert "funnel" in fig.layout.title.text.lower()


def test_status_bars_skip_empty_statuses_and_label_axes() -> None:
    fig = charts.jobs_by_status(["applied", "applied", "offer"])
    assert list(fig.data[0].x) == ["Applied", "Offer"]
    assert list(fig.data[0].y) == [2, 1]
    assert fig.layout.yaxis.title.text == "jobs"


def test_score_histogram_uses_ten_point_bins_on_0_100() -> None:
    fig = charts.score_distribution([12, 55, 58, 91])
    assert fig.data[0].xbins.size == 10
    assert list(fig.layout.xaxis.range) == [0, 100]
    assert "0–100" in fig.layout.xaxis.title.text


def test_top_counts_counts_each_job_once_case_insensitively() -> None:
    ranked = charts.top_counts([["Docker", "AWS", "docker"], ["aws"], ["Kubernetes", "AWS"]], n=2)
    assert ranked == [("AWS", 3), ("Docker", 1)]


def test_missing_skills_puts_the_most_missed_on_top() -> None:
    fig = charts.missing_skills([("AWS", 3), ("Docker", 1)])
    assert list(fig.data[0].y) == ["Docker", "AWS"]  # plotly draws the last bar at the top


def test_quality_gauge_shows_the_score_out_of_100() -> None:
    fig = charts.quality_gauge(72)
    assert fig.data[0].value == 72
    assert list(fig.data[0].gauge.axis.range) == [0, 100]
    assert fig.layout.height == 260


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-03", date(2021, 3, 1)),
        ("2019", date(2019, 1, 1)),
        ("present", None),
        (None, None),
        ("2020-13", None),
    ],
)
def test_parse_month(text: str | None, expected: date | None) -> None:
    assert charts.parse_month(text) == expected


def test_timeline_runs_current_roles_to_today_and_skips_undated_ones() -> None:
    roles = [
        {"title": "Engineer", "company": "Acme", "start": "2020-01", "is_current": True},
        {"title": "Intern", "start": "2019-06", "end": "2019-09"},
        {"title": "Undated"},
    ]
    fig = charts.experience_timeline(roles, today=date(2021, 1, 1))
    assert list(fig.data[0].y) == ["Engineer · Acme", "Intern"]
    assert list(fig.data[0].base) == ["2020-01-01", "2019-06-01"]
    assert fig.data[0].x[0] == 366 * 86_400_000


def test_match_breakdown_puts_fractions_on_0_100() -> None:
    fig = charts.match_breakdown({"score": 64, "semantic_similarity": 0.5, "keyword_coverage": 80.0,
                                  "experience_fit": 1.0, "explanation": "x"})  # fmt: skip
    assert dict(zip(fig.data[0].y, fig.data[0].x, strict=True)) == {
        "Overall": 64, "Semantic similarity": 50.0, "Keyword coverage": 80.0, "Experience fit": 100.0,
    }  # fmt: skip


def test_highlight_marks_flagged_spans_and_escapes_everything() -> None:
    text = "We want a <b>young</b> rockstar."
    flags = [{"phrase": "young", "start": 13, "end": 18, "category": "age", "suggestion": "early-career"},
             {"phrase": "rock", "start": 23, "end": 27, "category": "gender"},
             {"phrase": "overlap", "start": 15, "end": 20}]  # fmt: skip
    html = highlight(text, flags)
    assert "<b>" not in html
    assert "&lt;b&gt;" in html
    assert '<mark title="age — early-career"' in html
    assert ">young</mark>" in html
    assert ">rock</mark>star." in html
    assert html.count("<mark") == 2


def test_highlight_ignores_out_of_range_flags() -> None:
    assert highlight("short", [{"start": 2, "end": 50}]) == "short"


def test_highlight_finds_the_phrase_when_offsets_belong_to_another_text() -> None:
    text = "Company: Acme\nWe need a ninja developer."
    html = highlight(text, [{"phrase": "ninja", "start": 40, "end": 45, "category": "gendered"}])
    assert ">ninja</mark> developer." in html


def test_moves_follow_the_application_state_machine() -> None:
    assert moves("not_applied") == ["preparing", "rejected", "withdrawn"]
    assert moves("offer") == ["accepted", "declined", "rejected", "withdrawn"]
    assert moves("rejected") == []


def test_salary_and_lines() -> None:
    assert salary({"salary_min": 65000, "salary_max": 80000, "salary_currency": "EUR"}) == "65,000–80,000 EUR"
    assert salary({"salary_max": 50000}) == "50,000"
    hourly = {"salary_min": 19, "salary_max": 23, "salary_currency": "USD", "salary_period": "hour"}
    assert salary(hourly) == "19–23 USD per hour"
    assert salary({}) == ""
    assert lines("Python, SQL\n\n Docker ,") == ["Python", "SQL", "Docker"]
