"""Dates and date ranges as CVs write them: "Jan 2019 – Present", "06/2016", "2016-2018"..."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
# The month names German, French, Spanish, Portuguese, Italian and Dutch CVs use (English CVs
# quote them too). Abbreviations that are also common words ("out", "set") are left out.
_MONTHS |= {
    "januar": 1, "jänner": 1, "janvier": 1, "janv": 1, "enero": 1, "ene": 1, "janeiro": 1, "gennaio": 1,
    "januari": 1, "februar": 2, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2, "febrero": 2,
    "fevereiro": 2, "fev": 2, "febbraio": 2, "februari": 2, "märz": 3, "mär": 3, "mrz": 3, "mars": 3,
    "marzo": 3, "março": 3, "maart": 3, "mrt": 3, "avril": 4, "avr": 4, "abril": 4, "abr": 4,
    "aprile": 4, "mai": 5, "mayo": 5, "maio": 5, "maggio": 5, "mei": 5, "juni": 6, "juin": 6,
    "junio": 6, "junho": 6, "giugno": 6, "giu": 6, "juli": 7, "juillet": 7, "juil": 7, "julio": 7,
    "julho": 7, "luglio": 7, "lug": 7, "août": 8, "aout": 8, "agosto": 8, "augustus": 8,
    "septembre": 9, "septiembre": 9, "setiembre": 9, "setembro": 9, "settembre": 9, "okt": 10,
    "oktober": 10, "octobre": 10, "octubre": 10, "outubro": 10, "ottobre": 10, "ott": 10,
    "novembre": 11, "noviembre": 11, "novembro": 11, "dez": 12, "dezember": 12, "décembre": 12,
    "decembre": 12, "déc": 12, "diciembre": 12, "dic": 12, "dezembro": 12, "dicembre": 12,
}  # fmt: skip
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}

_MONTH_NAME = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_SEASON = r"(?:" + "|".join(_SEASONS) + r")"
_YEAR = r"(?:19|20)\d{2}"
_APOS_YEAR = r"['’‘]\d{2}"
# A cheap look before trying the long list of month names: a word right before a year.
_WORD_BEFORE_YEAR = rf"[^\W\d_]{{3,10}}\.?(?:,?\s*|\s*[-/]\s*)(?:del?\s+)?(?:{_YEAR}|{_APOS_YEAR})"


def _date(p: str) -> str:
    """One date; the named groups (prefixed `p`) say which shape matched ("marzo de 2018" too)."""
    return (  # a full day/month/year date (Europass writes 01/09/2018) is kept to its month
        rf"(?:(?P<{p}fday>\d{{1,2}})[/.\-](?P<{p}fmonth>\d{{1,2}})[/.\-](?P<{p}fyear>{_YEAR})"
        rf"|(?={_WORD_BEFORE_YEAR})(?P<{p}mname>{_MONTH_NAME}|{_SEASON})"
        rf"(?:,?\s*|\s*[-/]\s*)(?:del?\s+)?(?P<{p}myear>{_YEAR}|{_APOS_YEAR})"
        rf"|(?P<{p}nmonth>0?[1-9]|1[0-2])\s*[/.\-]\s*(?P<{p}nyear>{_YEAR})"
        rf"|(?P<{p}ifull>{_YEAR})-(?P<{p}ifullmonth>0[1-9]|1[0-2])-\d{{2}}(?!\d)"
        rf"|(?P<{p}iyear>{_YEAR})[/.\-](?P<{p}imonth>0[1-9]|1[0-2])(?![\d/.\-])"
        rf"|(?P<{p}year>{_YEAR}))"
    )


_PRESENT = (  # English, plus the words German, French, Spanish, Portuguese and Italian CVs use
    r"(?P<present>present|current(?:ly)?|now|today|ongoing|(?:un)?till?\s+(?:date|now)|to\s+date"
    r"|date(?!\s+of\b)"  # "2019 – date", British CVs
    r"|(?:bis\s+)?heute|aktuell|laufend|bis\s+dato|aujourd'hui|(?:à|a)\s+ce\s+jour|(?:à|a)\s+présent"
    r"|en\s+cours|actualidad|la\s+fecha|presente|actual(?:mente)?|atual(?:mente)?|atualidade|oggi|heden)"
)
_SEP = (
    r"\s*(?:[-‐‑‒–—―~→]+|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b|\bbis\b|\bà\b|\bau\b"
    r"|\bhasta\b|\baté\b|\bal\b|\btot\b)\s*"
)
# "Since 2021" and its translations: a start with no end is a role still held.
_SINCE = r"since|from|seit|ab|depuis|dès|desde|dal|vanaf|sinds|(?:à|a)\s+partir\s+de"
_SHORT_END = r"(?P<short>\d{2})(?!\d)"  # "2016–18"

# "2021 –" with nothing after the dash: a role still held.
_OPEN = r"\s*[-‐‑‒–—―]+(?P<open>)(?=\s*(?:$|\|))"
_RANGE_RE = re.compile(
    rf"(?<![\w/.])(?:(?P<since>{_SINCE})\s+)?{_date('s_')}"
    rf"(?:{_SEP}(?:{_PRESENT}|{_date('e_')}|{_SHORT_END})|{_OPEN})?(?![\w/])",
    re.IGNORECASE,
)
_SINGLE_RE = re.compile(rf"\s*{_date('s_')}\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class YearMonth:
    """A calendar month, or a whole year when `month` is None."""

    year: int
    month: int | None = None

    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"


@dataclass(frozen=True, slots=True)
class DateRange:
    """A start, an end (None while current) and where the range sits in the source text."""

    start: YearMonth
    end: YearMonth | None
    is_current: bool
    span: tuple[int, int] = (0, 0)


def _year(text: str) -> int:
    digits = int(text.strip("'’‘"))
    if len(text) == 4:
        return digits
    return 2000 + digits if digits < 50 else 1900 + digits


def _date_from(match: re.Match[str], prefix: str) -> YearMonth | None:
    group = match.groupdict()
    if name := group.get(prefix + "mname"):
        key = name.lower().rstrip(".")
        month = _MONTHS.get(key) or _SEASONS[key]
        return YearMonth(_year(group[prefix + "myear"]), month)
    if group.get(prefix + "fyear"):
        return _day_month_year(
            int(group[prefix + "fday"]), int(group[prefix + "fmonth"]), int(group[prefix + "fyear"])
        )
    if group.get(prefix + "nyear"):
        return YearMonth(int(group[prefix + "nyear"]), int(group[prefix + "nmonth"]))
    if group.get(prefix + "iyear"):
        return YearMonth(int(group[prefix + "iyear"]), int(group[prefix + "imonth"]))
    if group.get(prefix + "ifull"):
        return YearMonth(int(group[prefix + "ifull"]), int(group[prefix + "ifullmonth"]))
    if group.get(prefix + "year"):
        return YearMonth(int(group[prefix + "year"]))
    return None


def _day_month_year(first: int, second: int, year: int) -> YearMonth | None:
    """Day first (most of the world) unless only month-first makes sense (US 06/15/2019)."""
    if 1 <= second <= 12 and 1 <= first <= 31:
        return YearMonth(year, second)
    if 1 <= first <= 12 and 1 <= second <= 31:
        return YearMonth(year, first)
    return None


def parse_date(text: str) -> YearMonth | None:
    """The single date `text` is made of, or None ("May 2018", "06/2016", "2016-06", "2016")."""
    match = _SINGLE_RE.fullmatch(text)
    return _date_from(match, "s_") if match else None


def _range_from(match: re.Match[str]) -> DateRange | None:
    start = _date_from(match, "s_")
    if start is None:
        return None
    open_ended = match.group("since") and not _has_end(match) and not match.group("short")
    if match.group("present") or open_ended or match.group("open") is not None:
        return DateRange(start, None, True, match.span())
    end = _date_from(match, "e_")
    if end is None and (short := match.group("short")) and start.month is None:
        end = YearMonth(start.year // 100 * 100 + int(short))
    if end is None or _key(end) < _key(start):
        end = start
    return DateRange(start, end, False, match.span())


def _key(value: YearMonth) -> tuple[int, int]:
    return value.year, value.month or 0


def _has_end(match: re.Match[str]) -> bool:
    return any(match.group(f"e_{g}") for g in ("mname", "nyear", "iyear", "year"))


def find_date_ranges(text: str) -> list[DateRange]:
    """Every date or date range in `text`, in order; a lone date is a range of one point."""
    return list(_ranges(text))


@lru_cache(maxsize=2048)  # parsers ask about the same CV lines several times
def _ranges(text: str) -> tuple[DateRange, ...]:
    ranges = (_range_from(m) for m in _RANGE_RE.finditer(text))
    return tuple(r for r in ranges if r is not None)


def parse_date_range(text: str) -> DateRange | None:
    """The first date range in `text`, or None."""
    found = find_date_ranges(text)
    return found[0] if found else None
