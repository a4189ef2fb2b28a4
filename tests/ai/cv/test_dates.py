"""Date ranges in the shapes CVs write them."""

from datetime import date

import pytest

from jobwise.ai.dates import DateRange, YearMonth, find_date_ranges, parse_date, parse_date_range
from jobwise.ai.experience import DateSpan, span_of, total_years


@pytest.mark.parametrize(
    ("text", "start", "end", "current"),
    [
        ("Jan 2019 – Present", "2019-01", None, True),
        ("January 2019 - Current", "2019-01", None, True),
        ("06/2016 - 08/2018", "2016-06", "2018-08", False),
        ("6/2016 – 12/2017", "2016-06", "2017-12", False),
        ("2016-2018", "2016", "2018", False),
        ("2014–18", "2014", "2018", False),
        ("June 2016 to December 2018", "2016-06", "2018-12", False),
        ("Sept. 2015 — Jun. 2017", "2015-09", "2017-06", False),
        ("2016-06 – 2018-01", "2016-06", "2018-01", False),
        ("05.2012 - 07.2014", "2012-05", "2014-07", False),
        ("Jan '19 - Mar '21", "2019-01", "2021-03", False),
        ("March 2020 - now", "2020-03", None, True),
        ("2019 – Today", "2019", None, True),
        ("December, 2019 - Till Date", "2019-12", None, True),
        ("Since 2021", "2021", None, True),
        ("Summer 2016 - Fall 2017", "2016-06", "2017-09", False),
        ("Mar 2021-Present", "2021-03", None, True),
        ("May 2018", "2018-05", "2018-05", False),
        ("04/2019 – heute", "2019-04", None, True),
        ("2020 - actualidad", "2020", None, True),
        ("03/2021 - en cours", "2021-03", None, True),
        ("Okt. 2013 – März 2015", "2013-10", "2015-03", False),
        ("seit 03/2021", "2021-03", None, True),
        ("von 2015 bis 2018", "2015", "2018", False),
        ("janv. 2017 – déc. 2019", "2017-01", "2019-12", False),
        ("Depuis 2020", "2020", None, True),
        ("septembre 2014 à juin 2016", "2014-09", "2016-06", False),
        ("Marzo 2018 – actualidad", "2018-03", None, True),
        ("desde 2019", "2019", None, True),
        ("março de 2018", "2018-03", "2018-03", False),
        ("gennaio 2020 – oggi", "2020-01", None, True),
        ("mei 2019 – heden", "2019-05", None, True),
        ("2021 –", "2021", None, True),
        ("Jan 2020 – | Acme Corp", "2020-01", None, True),
        ("Mar-2019 to Present", "2019-03", None, True),
        ("2019 – date", "2019", None, True),
        ("Feb 2018 - Date", "2018-02", None, True),
        ("Jan-2017 – Dec-2019", "2017-01", "2019-12", False),
    ],
)
def test_date_range_shapes(text: str, start: str, end: str | None, current: bool) -> None:
    found = parse_date_range(text)
    assert found is not None
    assert found.start.iso() == start
    assert (found.end.iso() if found.end else None) == end
    assert found.is_current is current


def test_range_inside_an_entry_header_keeps_its_position() -> None:
    line = "Software Engineer, Acme | 2018 – 2020 | Berlin"
    (found,) = find_date_ranges(line)
    assert line[found.span[0] : found.span[1]] == "2018 – 2020"


@pytest.mark.parametrize(
    "text",
    ["Python 3 and SQL", "Tel 0151 23456789", "Increased sales by 35%", "v2.0.1", "Rolled out new tools"],
)
def test_text_without_dates_has_no_range(text: str) -> None:
    assert find_date_ranges(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("06/2016", YearMonth(2016, 6)), ("2016", YearMonth(2016)), ("Sept 2019", YearMonth(2019, 9)),
     ("Jan 2019 and more", None), ("13/2016", None)],
)  # fmt: skip
def test_parse_single_date(text: str, expected: YearMonth | None) -> None:
    assert parse_date(text) == expected


TODAY = date(2025, 6, 15)


def _span(start: tuple[int, int | None], end: tuple[int, int | None] | None) -> DateSpan:
    return span_of(DateRange(YearMonth(*start), YearMonth(*end) if end else None, end is None))


@pytest.mark.parametrize(
    ("spans", "years"),
    [
        ([((2020, 1), (2020, 12))], 1.0),  # months are inclusive
        ([((2016, None), (2018, None))], 2.0),  # bare years are read as mid-year
        ([((2019, 1), (2020, 12)), ((2020, 1), (2021, 12))], 3.0),  # overlap counted once
        ([((2018, 1), (2018, 12)), ((2020, 1), (2020, 12))], 2.0),  # the gap is not counted
        ([((2015, 1), (2020, 12)), ((2016, 6), (2017, 6))], 6.0),  # a job inside another
        ([((2024, 6), None)], 1.0),  # current: up to today
        ([((2026, 1), (2027, 1))], 0.0),  # future dates do not count
    ],
)
def test_total_years_merges_overlaps(spans: list, years: float) -> None:
    assert total_years([_span(s, e) for s, e in spans], TODAY) == years


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("01/09/2018 – CURRENT", "2018-09", None),  # Europass: day/month/year
        ("15/03/2014 – 31/08/2018", "2014-03", "2018-08"),
        ("06/15/2019 - 12/20/2020", "2019-06", "2020-12"),  # month first when the day says so
        ("2018-09-01 – 2020-01-31", "2018-09", "2020-01"),
    ],
)
def test_full_dates_keep_their_month(text: str, start: str, end: str | None) -> None:
    found = parse_date_range(text)
    assert found is not None
    assert (found.start.iso(), found.end.iso() if found.end else None) == (start, end)
