"""Work experience entries: title, company, location, dates and bullets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jobwise.ai.cv.models import Experience
from jobwise.ai.cv.places import find_place, looks_like_place
from jobwise.ai.cv.quality import ACTION_VERBS
from jobwise.ai.cv.text import continues, is_bullet, join_wrapped, strip_bullet
from jobwise.ai.cv.titles import org_score, title_score
from jobwise.ai.dates import DateRange, find_date_ranges

_SEPARATORS = re.compile(r"\s*(?:[|•·]|\s[-–—]\s|[–—]|\s{2,}|\s(?:at|@)\s)\s*")
_AT = re.compile(r"^(.+?)\s+(?:at|@)\s+(.+)$")
_SMALL = {"of", "and", "&", "for", "the", "in", "de", "du", "und", "a", "to", "on", "at", "-"}
_EMPLOYMENT = re.compile(
    r"^\(?(?:full[- ]time|part[- ]time|contract(?:or)?|freelance|internship|temporary|permanent|"
    r"self[- ]employed|remote|hybrid|on[- ]site|present|current)\)?$",
    re.IGNORECASE,
)
_DURATION = re.compile(r"^(?:\d+\+?\s*(?:yrs?|years?)\.?\s*)?(?:\d+\s*(?:mos?|months?)\.?)?$", re.IGNORECASE)
# "Working as Senior Engineer in Infosys Ltd, Hyderabad from Jan 2021 to till date."
_ROLE_SENTENCE = re.compile(
    r"^(?:currently\s+)?(?:working|worked|employed|serving|served)\s+(?:as\s+)?(?:an?\s+)?(?P<title>.+?)"
    r"\s+(?:in|at|with|for)\s+(?P<company>.+?)\s+(?P<dates>(?:from|since|during)\s+.+?)\.?$",
    re.IGNORECASE,
)
_MAX_HEADER_WORDS = 12
_LONE_YEAR_WORDS = 6
_OPEN_TAIL = re.compile(r"[\s\-–—]*(?:to|until|till)?\s*(?:[A-Za-z]{3,9}\.?)?\s*")
_ABBREVIATION_END = re.compile(r"\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Pvt|Bros|[A-Z](?:\.[A-Z])+)\.$", re.IGNORECASE)


@dataclass
class _Entry:
    dates: DateRange | None  # None for a role written without dates
    header: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)


def _is_sentence(line: str) -> bool:
    ends_sentence = line.endswith(".") and not _ABBREVIATION_END.search(line)
    return ends_sentence or len(line.split()) > _MAX_HEADER_WORDS


def _header_like(line: str) -> bool:
    """Short, mostly Capitalised lines without a bullet: titles, companies, places."""
    if is_bullet(line) or _is_sentence(line) or (not line[:1].isupper() and not line[:1].isdigit()):
        return False
    tokens = [t for t in re.findall(r"[^\s|,()]+", line) if t.lower() not in _SMALL]
    caps = sum(t[:1].isupper() or t[:1].isdigit() or not t[:1].isalpha() for t in tokens)
    return bool(tokens) and caps / len(tokens) >= 0.6


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
    if lone_year and len(_without_span(line, found[0].span).split()) > _LONE_YEAR_WORDS:
        return None
    return found[0]


def _lead(lines: list[str], first_anchor: int) -> int:
    """How many header lines precede an entry's date line, learnt from the first entry.

    When the first entry opens on its date line, lines above later dates belong to the entry
    before (often unbulleted duties), not to the next one.
    """
    count = 0
    while count < 3 and first_anchor - count - 1 >= 0 and _header_like(lines[first_anchor - count - 1]):
        count += 1
    return count


def _group(lines: list[str]) -> list[_Entry]:
    anchors = [(i, d) for i, line in enumerate(lines) if (d := _anchor(line))]
    if not anchors:
        return []
    lead = _lead(lines, anchors[0][0])
    entries: list[_Entry] = []
    starts: list[int] = []
    for index, dates in anchors:
        begin = index
        floor = starts[-1] + 1 if starts else 0
        reach = lead or (3 if _headless(lines, index, dates) else 0)
        while index - begin < reach and begin - 1 >= floor and _header_like(lines[begin - 1]):
            begin -= 1
        starts.append(index)
        entries.append(_Entry(dates, header=lines[begin : index + 1]))
        entries[-1].header[-1] = _without_span(lines[index], dates.span)
        if len(entries) > 1:
            entries[-2].body = lines[starts[-2] + 1 : begin]
    entries[-1].body = lines[starts[-1] + 1 :]
    return entries


def _split_undated(entry: _Entry) -> list[_Entry]:
    """A role line with bullets under it inside another entry's body is a role without dates."""
    parts = [entry]
    body = entry.body
    for at in range(len(body) - 2, 0, -1):
        line = body[at]
        role = _SEPARATORS.split(line.strip(" |"))[0]
        if _header_like(line) and title_score(role) == 1.0 and is_bullet(body[at + 1]):
            parts.insert(1, _Entry(None, [line], body[at + 1 :]))
            body = body[:at]
    entry.body = body
    return parts


def _headless(lines: list[str], index: int, dates: DateRange) -> bool:
    """A bare date line with no title below it: its title and company must be above it."""
    bare = not _without_span(lines[index], dates.span).strip()
    return bare and (index + 1 == len(lines) or not _header_like(lines[index + 1]))


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


def _without_span(line: str, span: tuple[int, int]) -> str:
    rest = line[: span[0]] + " | " + line[span[1] :]
    return re.sub(r"[()\[\]]", " ", rest).strip(" |,-–—")


def _segments(header: list[str]) -> tuple[list[str], str | None]:
    """Header pieces (location taken out first, so "Austin, TX" is not split) and the location.

    "Title at Company" yields exactly those two pieces, in that order.
    """
    location: str | None = None
    pieces: list[str] = []
    for line in header:
        if location is None and (found := find_place(line)):
            location, (start, end) = found[0], found[1]
            line = f"{line[:start]} | {line[end:]}"
        if match := _AT.match(line.strip(" |,")):
            return [match.group(1).strip(), match.group(2).strip()], location or _place_in(header[1:])
        pieces += _SEPARATORS.split(line)
    cleaned = [p.strip(" ,;:|-–—[]") for p in pieces]
    kept = [
        p
        for p in cleaned
        if p and not _EMPLOYMENT.match(p) and not _DURATION.match(p) and re.search("[A-Za-z]", p)
    ]
    if len(kept) == 1 and "," in kept[0]:
        kept = _comma_split(kept[0])
    return kept, location


def _comma_split(piece: str) -> list[str]:
    """ "Manager, Sales Operations, Acme Corp": the company is the last part, or the shortest
    tail that names an organisation."""
    cuts = [m.start() for m in re.finditer(",", piece)]
    marked = [c for c in cuts if org_score(piece[c + 1 :]) >= 1]
    cut = marked[-1] if marked else cuts[-1]
    return [piece[:cut].strip(), piece[cut + 1 :].strip()]


def _place_in(lines: list[str]) -> str | None:
    found = next((f for line in lines if (f := find_place(line))), None)
    return found[0] if found else None


def _lean(piece: str) -> float:
    """Below zero for a job title, above zero for an organisation."""
    return org_score(piece) - title_score(piece)


def _pick(pieces: list[str]) -> tuple[int, int]:
    title_at = min(range(len(pieces)), key=lambda i: (_lean(pieces[i]), i))
    rest = [i for i in range(len(pieces)) if i != title_at]
    return title_at, max(rest, key=lambda i: (_lean(pieces[i]), -i))


def _title_first(headers: list[list[str]]) -> bool:
    """Whether this CV writes the title before the company, judged on its unambiguous entries."""
    votes = [t < c for p in headers if len(p) > 1 for t, c in [_pick(p)] if _lean(p[t]) != _lean(p[c])]
    return votes.count(False) <= votes.count(True)


def _title_and_company(pieces: list[str], title_first: bool) -> tuple[str | None, str | None]:
    if not pieces:
        return None, None
    if len(pieces) == 1:
        only = pieces[0]
        return (only, None) if _lean(only) < 0 else (None, only)
    title_at, company_at = _pick(pieces)
    if _lean(pieces[title_at]) == _lean(pieces[company_at]):  # no clue: follow the CV's habit
        first, second = sorted((title_at, company_at))
        title_at, company_at = (first, second) if title_first else (second, first)
    return pieces[title_at], pieces[company_at]


def _fill_from_body(entry: _Entry) -> None:
    """Entries whose date comes first carry title and company on the next lines."""
    while entry.body and len(entry.header) < 3 and _header_like(entry.body[0]):
        pieces, _ = _segments(entry.header)
        if len(pieces) >= 2:
            return
        entry.header.append(entry.body.pop(0))


def _detached_dates(lines: list[str]) -> list[DateRange]:
    """Dates read as a column of their own: the section opens with two or more bare dates."""
    dates = []
    for line in lines:
        found = _anchor(line)
        if found is None or _without_span(line, found.span).strip():
            break
        dates.append(found)
    return dates if len(dates) >= 2 else []


def _body_line(previous: str, line: str) -> bool:
    return is_bullet(line) or _is_sentence(line) or continues(previous, line)


def _dateless_entries(lines: list[str], dates: list[DateRange]) -> tuple[list[_Entry], int]:
    """Pair column-read dates with the header-and-bullets blocks that follow, in order."""
    entries: list[_Entry] = []
    at = 0
    while at < len(lines) and len(entries) < len(dates):
        header_end = at
        while header_end < len(lines) and header_end - at < 3 and _header_like(lines[header_end]):
            header_end += 1
        body_end = header_end
        while body_end < len(lines) and _body_line(lines[body_end - 1], lines[body_end]):
            body_end += 1
        if header_end == at or body_end == header_end:
            break
        body = join_wrapped(lines[header_end:body_end])
        entries.append(_Entry(dates[len(entries)], lines[at:header_end], body))
        at = body_end
    return entries, at


def _entries(lines: list[str], following: list[str]) -> tuple[list[_Entry], int]:
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


def _experience(entry: _Entry, pieces: list[str], location: str | None, title_first: bool) -> Experience:
    ordered = any(_AT.match(line.strip(" |,")) for line in entry.header)
    title, company = (pieces[0], pieces[1]) if ordered else _title_and_company(pieces, title_first)
    if location is None and entry.body and looks_like_place(entry.body[0]):
        location = entry.body.pop(0)  # LinkedIn puts the place under the dates
    return Experience(
        title=title,
        company=company,
        location=location,
        start=entry.dates.start.iso() if entry.dates else None,
        end=entry.dates.end.iso() if entry.dates and entry.dates.end else None,
        is_current=entry.dates.is_current if entry.dates else False,
        bullets=[strip_bullet(b) for b in entry.body if strip_bullet(b)],
    )


def _role_sentence(line: str) -> str:
    """ "Worked as X in Y from A to B." becomes the header line "X | Y | from A to B"."""
    match = _ROLE_SENTENCE.match(strip_bullet(line))
    if match is None or not find_date_ranges(match.group("dates")):
        return line
    return " | ".join(match.group("title", "company", "dates"))


def read_experiences(lines: list[str], following: list[str]) -> tuple[list[Experience], int]:
    """The experience section's entries, and how many lines of the next section belong to them."""
    lines = [_role_sentence(line) for line in join_wrapped(lines)]
    entries, taken = _entries(_join_split_dates(lines), following)
    entries = [part for entry in entries for part in _split_undated(entry)]
    for entry in entries:
        _fill_from_body(entry)
    headers = [_segments(entry.header) for entry in entries]
    title_first = _title_first([pieces for pieces, _ in headers])
    jobs = [
        _experience(e, pieces, place, title_first)
        for e, (pieces, place) in zip(entries, headers, strict=True)
    ]
    return _same_employer(jobs, entries), taken


def _same_employer(jobs: list[Experience], entries: list[_Entry]) -> list[Experience]:
    """A lone title line under a company's earlier role is another role at that company."""
    out: list[Experience] = []
    for job, entry in zip(jobs, entries, strict=True):
        lone_title = job.company is None and job.title and len(entry.header) == 1 and entry.dates
        if out and lone_title and out[-1].company:
            job = job.model_copy(
                update={"company": out[-1].company, "location": job.location or out[-1].location}
            )
        out.append(job)
    return out


def parse_experiences(lines: list[str]) -> list[Experience]:
    """One entry per date-anchored header block in the experience section."""
    return read_experiences(lines, [])[0]
