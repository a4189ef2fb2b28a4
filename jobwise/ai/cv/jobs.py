"""Work experience entries: title, company, location, dates and bullets."""

from __future__ import annotations

import re

from jobwise.ai.cv.entries import SEPARATORS, Entry, header_like, split_entries
from jobwise.ai.cv.models import Experience
from jobwise.ai.cv.places import looks_like_place, looks_like_town, trailing_place
from jobwise.ai.cv.text import strip_bullet
from jobwise.ai.cv.titles import org_score, title_score

_AT = re.compile(r"^(.+?)\s+(?:at|@)\s+(.+)$")
_STRONG_SEPARATORS = re.compile(r"\s*(?:[|•·]|\s[-–—]\s|[–—])\s*")
_EMPLOYMENT = re.compile(
    r"^\(?(?:full[- ]time|part[- ]time|contract(?:or)?|freelance|internship|temporary|permanent|"
    r"self[- ]employed|remote|hybrid|on[- ]site|present|current)\)?$",
    re.IGNORECASE,
)
# "Microsoft / Senior Program Manager / 2018 – Present": spaced slashes between every piece. One
# alone stays ("Sales / Marketing Manager" is one title).
_SLASH = re.compile(r"\s/(?=\s|$)")
_DURATION = re.compile(r"^(?:\d+\+?\s*(?:yrs?|years?)\.?\s*)?(?:\d+\s*(?:mos?|months?)\.?)?$", re.IGNORECASE)


def _segments(header: list[str], *, commas: bool = True) -> tuple[list[str], str | None]:
    """Header pieces (location taken out first, so "Austin, TX" is not split) and the location.

    A "Title at Company" line comes first, so its two pieces lead in that order. A lone piece
    is split at a comma ("Manager, Acme Corp") unless `commas` is False.
    """
    location: str | None = None
    pieces: list[str] = []
    for line in sorted(header, key=lambda h: not _AT.match(h.strip(" |,"))):
        if len(_SLASH.findall(line.rstrip(" |"))) >= 2:
            line = _SLASH.sub(" |", line)
        if location is None and (found := _ending_place(line)):
            location, (start, end) = found[0], found[1]
            line = f"{line[:start]} | {line[end:]}"
        pieces += SEPARATORS.split(line)
    cleaned = [p.strip(" ,;:|-–—[]") for p in pieces]
    kept = [
        p
        for p in cleaned
        if p and not _EMPLOYMENT.match(p) and not _DURATION.match(p) and re.search("[A-Za-z]", p)
    ]
    if commas and len(kept) == 1 and "," in kept[0]:
        kept = _comma_split(kept[0])
    return kept, location


def _ending_place(line: str) -> tuple[str, tuple[int, int]] | None:
    """A place that ends one of the line's pieces ("Google, Mountain View, CA | Engineer")."""
    at = 0
    for piece in _STRONG_SEPARATORS.split(line):
        start = line.index(piece, at)
        at = start + len(piece)
        if piece.strip() and (found := trailing_place(piece)):
            return found[0], (start + found[1][0], start + found[1][1])
    return None


def _comma_split(piece: str) -> list[str]:
    """ "Manager, Sales Operations, Acme Corp": the company is the last part, or the shortest
    tail that names an organisation."""
    cuts = [m.start() for m in re.finditer(",", piece)]
    marked = [c for c in cuts if org_score(piece[c + 1 :]) >= 1]
    cut = marked[-1] if marked else cuts[-1]
    return [piece[:cut].strip(), piece[cut + 1 :].strip()]


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


def _fill_from_body(entry: Entry) -> None:
    """Entries whose date comes first carry title and company on the next lines."""
    while entry.body and len(entry.header) < 3 and header_like(entry.body[0]):
        if len(_segments(entry.header, commas=False)[0]) >= 2:
            return
        # "Teaching Assistant, EECS 281" splits at its comma, but the employer may still follow.
        employer = org_score(entry.body[0]) >= 1 or trailing_place(entry.body[0]) is not None
        if len(_segments(entry.header)[0]) >= 2 and not employer:
            return
        entry.header.append(entry.body.pop(0))


def _comma_places(headers: list[list[str]], places: list[str | None]) -> bool:
    """Whether the CV writes "Title, Employer, Place": some header line's last comma part is a
    known place, so an unknown town in that spot is one too ("Relief Pharmacist, Well Pharmacy,
    Yorkshire")."""
    return any(
        place and line.count(",") >= 2 and line.rstrip(" |").endswith(place)
        for header, place in zip(headers, places, strict=True)
        for line in header
    )


def _town_last(header: list[str]) -> tuple[list[str], str] | None:
    for at, line in enumerate(header):
        head, _, tail = line.rstrip(" |").rpartition(",")
        if head.count(",") >= 1 and looks_like_town(tail):
            return [*header[:at], head, *header[at + 1 :]], tail.strip()
    return None


def _experience(entry: Entry, pieces: list[str], location: str | None, title_first: bool) -> Experience:
    ordered = any(_AT.match(line.strip(" |,")) for line in entry.header)
    title, company = (pieces[0], pieces[1]) if ordered else _title_and_company(pieces, title_first)
    if location is None and entry.body and looks_like_place(entry.body[0]):
        location = entry.body.pop(0)  # LinkedIn puts the place under the dates
    if location is None and company and title and "," in company:
        head, tail = company.rsplit(",", 1)
        if looks_like_town(tail):  # "Salford Royal NHS Foundation Trust, Salford"
            company, location = head.strip(), tail.strip()
    return Experience(
        title=title,
        company=company,
        location=location,
        start=entry.dates.start.iso() if entry.dates else None,
        end=entry.dates.end.iso() if entry.dates and entry.dates.end else None,
        is_current=entry.dates.is_current if entry.dates else False,
        bullets=[strip_bullet(b) for b in entry.body if strip_bullet(b)],
    )


def read_experiences(lines: list[str], following: list[str]) -> tuple[list[Experience], int]:
    """The experience section's entries, and how many lines of the next section belong to them."""
    entries, taken = split_entries(lines, following)
    for entry in entries:
        _fill_from_body(entry)
    headers = [_segments(entry.header) for entry in entries]
    if _comma_places([e.header for e in entries], [place for _, place in headers]):
        for at, entry in enumerate(entries):
            if headers[at][1] is None and (split := _town_last(entry.header)):
                headers[at] = (_segments(split[0])[0], split[1])
    title_first = _title_first([pieces for pieces, _ in headers])
    jobs = [
        _experience(e, pieces, place, title_first)
        for e, (pieces, place) in zip(entries, headers, strict=True)
    ]
    return _same_employer(jobs, entries), taken


def _same_employer(jobs: list[Experience], entries: list[Entry]) -> list[Experience]:
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
