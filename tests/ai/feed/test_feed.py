"""The bundled sample job feed: shape, spread, internal consistency and reproducibility."""

import gzip
import importlib.util
import itertools
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from jobwise.ai.feed import FeedPosting, load_feed, parse_feed

REPO = Path(__file__).resolve().parents[3]
CORE_CATEGORIES = ["software", "data", "design", "product", "marketing", "sales", "healthcare", "finance",
                   "operations", "education"]  # fmt: skip
SENIORITIES = ["intern", "junior", "mid", "senior", "lead", "principal", "director"]
CURRENCY_BY_COUNTRY = {
    "United States": "USD", "Canada": "CAD", "United Kingdom": "GBP", "Ireland": "EUR", "Germany": "EUR",
    "Netherlands": "EUR", "France": "EUR", "Spain": "EUR", "Portugal": "EUR", "Switzerland": "CHF",
    "Sweden": "SEK", "Poland": "PLN", "India": "INR", "Singapore": "SGD", "Australia": "AUD",
    "New Zealand": "NZD", "Japan": "JPY", "Brazil": "BRL", "Mexico": "MXN", "United Arab Emirates": "AED",
}  # fmt: skip
YEARS = re.compile(r"(?:(\d+)\+ years|at least (\d+) years)", re.IGNORECASE)


@pytest.fixture(scope="module")
def feed() -> list[FeedPosting]:
    return load_feed()


def _lines(text: str) -> set[str]:
    return {re.sub(r"^[-•*+ ]+", "", line).strip().lower() for line in text.splitlines() if line.strip()}


def test_feed_has_at_least_500_postings_with_unique_ids_and_urls(feed: list[FeedPosting]) -> None:
    assert len(feed) >= 500
    assert len({p.feed_id for p in feed}) == len(feed)
    assert len({p.url for p in feed}) == len(feed)
    assert all(p.feed_id.startswith("fd-") for p in feed)


def test_every_core_category_has_at_least_25_postings(feed: list[FeedPosting]) -> None:
    counts = Counter(p.category for p in feed)
    assert {c: counts[c] for c in CORE_CATEGORIES if counts[c] < 25} == {}


def test_every_seniority_location_and_employment_type_appears(feed: list[FeedPosting]) -> None:
    assert set(SENIORITIES) <= {p.seniority for p in feed}
    assert Counter(p.location_type for p in feed).keys() == {"remote", "hybrid", "on-site"}
    assert min(Counter(p.location_type for p in feed).values()) >= 50
    assert {p.employment_type for p in feed} == {
        "full-time",
        "part-time",
        "contract",
        "internship",
        "temporary",
    }


def test_feed_spans_many_cities_countries_and_companies(feed: list[FeedPosting]) -> None:
    countries = {p.location.rsplit(", ", 1)[1] for p in feed}
    assert len({p.location for p in feed}) >= 35
    assert len(countries) >= 12
    assert len({p.company for p in feed}) >= 60


def test_salaries_are_ordered_and_some_postings_have_none(feed: list[FeedPosting]) -> None:
    paid = [p for p in feed if p.salary_min is not None]
    assert all(p.salary_max is not None and p.salary_min <= p.salary_max for p in paid)
    assert 0.5 <= len(paid) / len(feed) <= 0.85
    assert {p.salary_period for p in paid} == {"year", "month", "hour"}


def test_currency_matches_the_country(feed: list[FeedPosting]) -> None:
    wrong = [
        (p.feed_id, p.location, p.salary_currency)
        for p in feed
        if p.salary_currency and CURRENCY_BY_COUNTRY[p.location.rsplit(", ", 1)[1]] != p.salary_currency
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("currency", "period", "low", "high"),
    [("USD", "year", 25_000, 400_000), ("USD", "hour", 12, 200), ("GBP", "year", 15_000, 200_000),
     ("EUR", "year", 12_000, 220_000), ("JPY", "year", 2_000_000, 30_000_000),
     ("INR", "year", 150_000, 9_000_000), ("BRL", "month", 1_500, 60_000), ("PLN", "month", 3_000, 60_000)],
)  # fmt: skip
def test_salaries_are_plausible_for_currency_and_period(
    feed: list[FeedPosting], currency: str, period: str, low: int, high: int
) -> None:
    ranges = [(p.salary_min, p.salary_max) for p in feed
              if p.salary_currency == currency and p.salary_period == period]  # fmt: skip
    assert ranges
    assert all(low <= lo and hi <= high for lo, hi in ranges if lo is not None and hi is not None)


def test_experience_matches_seniority_and_the_text(feed: list[FeedPosting]) -> None:
    for p in feed:
        if p.seniority in ("intern", "junior"):
            assert p.min_experience_years <= 2, p.feed_id
        if p.seniority in ("principal", "director"):
            assert p.min_experience_years >= 8, p.feed_id
        stated = {int(a or b) for a, b in YEARS.findall(p.description)}
        assert stated <= {p.min_experience_years}, p.feed_id
        assert stated or p.min_experience_years == 0, p.feed_id


def test_every_listed_skill_appears_in_the_description(feed: list[FeedPosting]) -> None:
    missing = [(p.feed_id, s) for p in feed for s in (*p.required_skills, *p.nice_to_have_skills)
               if s.lower() not in p.description.lower()]  # fmt: skip
    assert missing == []
    assert all(p.required_skills for p in feed)
    assert all(not set(p.required_skills) & set(p.nice_to_have_skills) for p in feed)


def test_descriptions_are_not_near_duplicates(feed: list[FeedPosting]) -> None:
    sets = [_lines(p.description) for p in feed]
    worst = max(len(a & b) / min(len(a), len(b)) for a, b in itertools.combinations(sets, 2))
    assert worst <= 0.7


def test_descriptions_have_realistic_length_and_vary_in_structure(feed: list[FeedPosting]) -> None:
    words = [len(p.description.split()) for p in feed]
    assert min(words) >= 120
    assert max(words) <= 450
    openings = Counter(p.description.splitlines()[0].split()[0] for p in feed)
    assert len(openings) >= 5
    assert openings.most_common(1)[0][1] < len(feed) / 3


def test_posting_dates_fall_in_the_90_days_before_november_2026(feed: list[FeedPosting]) -> None:
    assert all(date(2026, 8, 3) <= p.posted_at < date(2026, 11, 1) for p in feed)


def test_each_company_keeps_one_careers_host(feed: list[FeedPosting]) -> None:
    hosts: dict[str, set[str]] = {}
    for p in feed:
        hosts.setdefault(p.company, set()).add(p.url.split("/")[2])
    assert all(len(h) == 1 for h in hosts.values())
    assert all(h.pop().endswith(".example") for h in hosts.values())


def test_feed_ids_fit_the_stored_column_and_load_feed_returns_a_fresh_list(feed: list[FeedPosting]) -> None:
    assert max(len(p.feed_id) for p in feed) <= 64
    copy = load_feed()
    copy.clear()
    assert len(load_feed()) == len(feed)


def test_job_fields_copy_a_posting_as_a_feed_job(feed: list[FeedPosting]) -> None:
    posting = next(p for p in feed if p.salary_min is not None)
    fields = posting.job_fields()
    assert fields["source"] == "feed"
    assert fields["title"] == posting.title
    assert fields["salary_min"] == posting.salary_min
    assert fields["required_skills"] == list(posting.required_skills)
    assert fields["nice_to_have_skills"] == list(posting.nice_to_have_skills)
    assert "feed_id" not in fields
    assert "seniority" not in fields


def _row(**changes: object) -> bytes:
    row = {
        "feed_id": "fd-0001-nurse-test", "title": "Nurse", "company": "Test Health", "description": "x" * 250,
        "location": "Dublin, Ireland", "location_type": "on-site", "employment_type": "full-time",
        "salary_min": 40000, "salary_max": 50000, "salary_currency": "EUR", "salary_period": "year",
        "required_skills": ["Patient Care"], "nice_to_have_skills": [], "min_experience_years": 1,
        "seniority": "junior", "category": "healthcare", "posted_at": "2026-10-01",
        "url": "https://careers.test-health.example/jobs/1",
    }  # fmt: skip
    row.update(changes)
    return json.dumps(row).encode()


def test_parse_feed_accepts_a_valid_row() -> None:
    (posting,) = parse_feed(_row() + b"\n\n")
    assert posting.salary_max == 50000
    assert posting.posted_at == date(2026, 10, 1)


@pytest.mark.parametrize(
    "changes",
    [{"source": "feed"}, {"salary_min": 60000}, {"salary_currency": None}, {"location_type": "office"},
     {"seniority": "chief"}, {"url": "https://careers.real-company.com/jobs/1"}],
)  # fmt: skip
def test_parse_feed_rejects_invalid_rows(changes: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        parse_feed(_row(**changes))


def test_parse_feed_rejects_duplicate_ids() -> None:
    with pytest.raises(ValueError, match="duplicate"):
        parse_feed(_row() + b"\n" + _row())


def test_generator_reproduces_the_packaged_file() -> None:
    spec = importlib.util.spec_from_file_location("make_feed", REPO / "tools" / "make_feed.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_feed"] = module  # dataclasses look their module up while building classes
    try:
        spec.loader.exec_module(module)
        rebuilt = module.build_feed()
    finally:
        del sys.modules["make_feed"]
    packaged = gzip.decompress((REPO / "jobwise" / "data" / "feed" / "postings.jsonl.gz").read_bytes())
    assert [json.loads(line) for line in packaged.splitlines()] == rebuilt
