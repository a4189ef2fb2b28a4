"""Years of experience from date spans, overlapping jobs counted once."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from jobwise.ai.dates import DateRange, YearMonth


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A worked period; `end` is None while it is still going on (exclusive end)."""

    start: date
    end: date | None


def _first_day(value: YearMonth) -> date:
    # A bare year is read as its middle: "2016-2018" is two years, not one or three.
    return date(value.year, value.month or 7, 1)


def _day_after(value: YearMonth) -> date:
    if value.month is None:
        return date(value.year, 7, 1)
    return date(value.year + value.month // 12, value.month % 12 + 1, 1)


def span_of(dates: DateRange) -> DateSpan:
    """The days a date range covers: months are inclusive ("Jan-Mar 2020" is three months)."""
    start, end = dates.start, dates.end
    if end == start and start.month is None:  # "2019" alone: some part of that year, say half
        return DateSpan(date(start.year, 1, 1), date(start.year, 7, 1))
    return DateSpan(_first_day(dates.start), None if dates.end is None else _day_after(dates.end))


def total_years(spans: Iterable[DateSpan], today: date) -> float:
    """Years worked, with overlapping jobs counted once."""
    merged: list[tuple[date, date]] = []
    for start, end in sorted((s.start, min(s.end or today, today)) for s in spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return round(sum((e - s).days for s, e in merged) / 365.25, 1)
