"""Group an experience section's lines into entries: header lines, dates and body."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jobwise.ai.cv.quality import ACTION_VERBS
from jobwise.ai.cv.text import continues, is_bullet, join_wrapped, strip_bullet
from jobwise.ai.cv.titles import title_score
from jobwise.ai.dates import DateRange, find_date_ranges

SEPARATORS = re.compile(r"\s*(?:[|•·]|\s[-–—]\s|[–—]|\s{2,}|\s(?:at|@)\s)\s*")
_SMALL = {"of", "and", "&", "for", "the", "in", "de", "du", "und", "a", "to", "on", "at", "-"}
# "Working as Senior Engineer in Infosys Ltd, Hyderabad from Jan 2021 to till date."
_ROLE_SENTENCE = re.compile(
    r"^(?:currently\s+)?(?:working|worked|employed|serving|served)\s+(?:as\s+)?(?:an?\s+)?(?P<title>.+?)"
    r"\s+(?:in|at|with|for)\s+(?P<company>.+?)\s+(?P<dates>(?:from|since|during)\s+.+?)\.?$",
    re.IGNORECASE,
)
_COLUMN_NAMES = {
    "dates", "date", "period", "duration", "from", "to", "employer", "company", "organisation",
    "organization", "role", "position", "title", "job title", "designation", "location", "place", "city",
    "responsibilities",
}  # fmt: skip
_MAX_HEADER_WORDS = 12
_SHORT_TITLE_WORDS = 4
_LONE_YEAR_WORDS = 6
_OPEN_TAIL = re.compile(r"[\s\-–—]*(?:to|until|till)?\s*(?:[A-Za-z]{3,9}\.?)?\s*")
# "2019– Electrician, Mears Group": a start year with the dash stuck to it and the role after it.
_OPEN_START = re.compile(r"^((?:[A-Za-z]{3,9}\.?\s+|\d{1,2}[/.])?(?:19|20)\d\d)[-–—](?=\s+[^\W\d])")
_ABBREVIATION_END = re.compile(r"\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Pvt|Bros|[A-Z](?:\.[A-Z])+)\.$", re.IGNORECASE)


@dataclass
class Entry:
    """One role as written: its header lines (title, company, place), dates and body lines."""

    dates: DateRange | None  # None for a role written without dates
    header: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)


def _is_sentence(line: str) -> bool:
    ends_sentence = line.endswith(".") and not _ABBREVIATION_END.search(line)
    return ends_sentence or len(line.split()) > _MAX_HEADER_WORDS


def header_like(line: str) -> bool:
    """Short, mostly Capitalised lines without a bullet: titles, companies ("iFood"), places, and
    short titles in languages that write them in lower case ("Enfermera de urgencias")."""
    first = line.split(" ", 1)[0]
    if is_bullet(line) or _is_sentence(line) or not (first[:1].isdigit() or any(c.isupper() for c in first)):
        return False
    tokens = [t for t in re.findall(r"[^\s|,()]+", line) if t.lower() not in _SMALL]
    caps = sum(t[:1].isupper() or t[:1].isdigit() or not t[:1].isalpha() for t in tokens)
    short_title = line[:1].isupper() and len(tokens) <= _SHORT_TITLE_WORDS and title_score(line) > 0
    return bool(tokens) and (caps / len(tokens) >= 0.6 or short_title)


def _anchor(line: str) -> DateRange | None:
    """The dates an entry header line carries; duties ("Won Employee of the Year 2019") carry none."""
    if is_bullet(line) or len(line.split()) > _MAX_HEADER_WORDS + 4:
        return None
    if line.split()[0].lower() in ACTION_VERBS:
        return None
    found = find_date_ranges(line)
    if not found:
        return None
    lone_year = found[0].end == found[0].start and found[0].start.month is None
    if lone_year and len(without_span(line, found[0].span).split()) > _LONE_YEAR_WORDS:
        return None
    return found[0]


def _lead(lines: list[str], first_anchor: int) -> int:
    """How many header lines precede an entry's date line, learnt from the first entry.

    When the first entry opens on its date line, lines above later dates belong to the entry
    before (often unbulleted duties), not to the next one.
    """
    count = 0
    while count < 3 and first_anchor - count - 1 >= 0 and header_like(lines[first_anchor - count - 1]):
        count += 1
    return count


def _group(lines: list[str]) -> list[Entry]:
    anchors = [(i, d) for i, line in enumerate(lines) if (d := _anchor(line))]
    if not anchors:
        return []
    lead = _lead(lines, anchors[0][0])
    entries: list[Entry] = []
    starts: list[int] = []
    for index, dates in anchors:
        begin = index
        floor = starts[-1] + 1 if starts else 0
        reach = lead or (3 if _headless(lines, index, dates) else 0)
        while index - begin < reach and begin - 1 >= floor and header_like(lines[begin - 1]):
            begin -= 1
        starts.append(index)
        entries.append(Entry(dates, header=lines[begin : index + 1]))
        entries[-1].header[-1] = without_span(lines[index], dates.span)
        if len(entries) > 1:
            entries[-2].body = lines[starts[-2] + 1 : begin]
    entries[-1].body = lines[starts[-1] + 1 :]
    return entries


def _split_undated(entry: Entry) -> list[Entry]:
    """A role line with bullets under it inside another entry's body is a role without dates."""
    parts = [entry]
    body = entry.body
    for at in range(len(body) - 2, 0, -1):
        line = body[at]
        role = SEPARATORS.split(line.strip(" |"))[0]
        if header_like(line) and title_score(role) == 1.0 and is_bullet(body[at + 1]):
            parts.insert(1, Entry(None, [line], body[at + 1 :]))
            body = body[:at]
    entry.body = body
    return parts


def _headless(lines: list[str], index: int, dates: DateRange) -> bool:
    """A bare date line with no title below it: its title and company must be above it."""
    bare = not without_span(lines[index], dates.span).strip()
    return bare and (index + 1 == len(lines) or not header_like(lines[index + 1]))


def _join_split_dates(lines: list[str]) -> list[str]:
    """Narrow date columns wrap ranges ("November 2016 - June" / "2020"): put them back together."""
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        found = find_date_ranges(previous) if previous and len(previous.split()) <= 6 else []
        if found and _OPEN_TAIL.fullmatch(previous[found[-1].span[1] :]):
            joined = f"{previous} {line}"
            grown = find_date_ranges(joined)
            if grown and grown[-1].span[1] > len(previous) + 1 and grown[-1].span[0] == found[-1].span[0]:
                out[-1] = joined
                continue
        out.append(line)
    return out


def without_span(line: str, span: tuple[int, int]) -> str:
    """The line with its dates cut out, and the brackets around them ("(2019 - 2021)")."""
    before = re.sub(r"[(\[]\s*$", "", line[: span[0]])
    after = re.sub(r"^\s*[)\]]", "", line[span[1] :])
    return f"{before} | {after}".strip(" |,-–—")


def _detached_dates(lines: list[str]) -> list[DateRange]:
    """Dates read as a column of their own: the section opens with two or more bare dates."""
    dates = []
    for line in lines:
        found = _anchor(line)
        if found is None or without_span(line, found.span).strip():
            break
        dates.append(found)
    return dates if len(dates) >= 2 else []


def _body_line(previous: str, line: str) -> bool:
    return is_bullet(line) or _is_sentence(line) or continues(previous, line)


def _dateless_entries(lines: list[str], dates: list[DateRange]) -> tuple[list[Entry], int]:
    """Pair column-read dates with the header-and-bullets blocks that follow, in order."""
    entries: list[Entry] = []
    at = 0
    while at < len(lines) and len(entries) < len(dates):
        header_end = at
        while header_end < len(lines) and header_end - at < 3 and header_like(lines[header_end]):
            header_end += 1
        body_end = header_end
        while body_end < len(lines) and _body_line(lines[body_end - 1], lines[body_end]):
            body_end += 1
        if header_end == at or body_end == header_end:
            break
        body = join_wrapped(lines[header_end:body_end])
        entries.append(Entry(dates[len(entries)], lines[at:header_end], body))
        at = body_end
    return entries, at


def _entries(lines: list[str], following: list[str]) -> tuple[list[Entry], int]:
    """Entries, and how many lines of the next section they took.

    Readers that go column by column put a table's date column (and the left-aligned heading
    below it) before the roles; the roles then sit after the dates or under the next heading.
    """
    dates = _detached_dates(lines)
    if not dates:
        return _group(lines), 0
    rest = lines[len(dates) :]
    paired, used = _dateless_entries(rest, dates)
    if paired:  # later pages may be read row by row again
        return paired + _group(rest[used:]), 0
    paired, used = _dateless_entries(following, dates)
    return (paired, used) if paired else (_group(lines), 0)


def _role_sentence(line: str) -> str:
    """ "Worked as X in Y from A to B." becomes the header line "X | Y | from A to B"."""
    match = _ROLE_SENTENCE.match(strip_bullet(line))
    if match is None or not find_date_ranges(match.group("dates")):
        return line
    return " | ".join(match.group("title", "company", "dates"))


def _column_heads(line: str) -> bool:
    """The head row of a table of jobs ("Dates | Employer | Role")."""
    pieces = [p.strip().lower() for p in line.split("|")]
    return len(pieces) >= 2 and all(p in _COLUMN_NAMES for p in pieces)


def _open_start(line: str) -> str:
    """Mark the end of an open range that a role follows ("2019– Electrician" -> "2019– | Electrician")."""
    return _OPEN_START.sub(r"\1– |", line)


def split_entries(lines: list[str], following: list[str]) -> tuple[list[Entry], int]:
    """The entries of an experience section, and how many lines of the next section they took."""
    lines = [_open_start(_role_sentence(line)) for line in join_wrapped(lines) if not _column_heads(line)]
    entries, taken = _entries(_join_split_dates(lines), following)
    return [part for entry in entries for part in _split_undated(entry)], taken
