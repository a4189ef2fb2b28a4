"""The list-like sections: education, projects, certifications, languages and skill items."""

from __future__ import annotations

import re

from jobwise.ai.cv.entries import without_span
from jobwise.ai.cv.models import Education, Language, Project
from jobwise.ai.cv.places import trailing_place
from jobwise.ai.cv.text import is_bullet, join_wrapped, strip_bullet
from jobwise.ai.dates import DateRange, find_date_ranges

_DEGREE = re.compile(
    r"\b(?:Ph\.?\s?D|D\.?Phil|M\.?D|MBA|M\.?B\.?A|M\.?Sc?|M\.?S|M\.?A|M\.?Eng|M\.?Ed|M\.?Phil|LL\.?[BM]|"
    r"B\.?Sc?|B\.?S|B\.?A|B\.?Eng|B\.?Ed|B\.?Com|B\.?Tech|M\.?Tech|BBA|BFA|MFA|BSN|MSN|A\.?A\.?S?|"
    r"PGCE|PGDE|PG\s?Dip|M\.?Pharm|B\.?Pharm|Pharm\.?\s?D|MBBS|BDS|DPT|DNP|J\.?D|MPH|MPA|MSW|BSW|EdD|DBA|"
    r"B\.?Arch|M\.?Arch|BMus|BVSc|"
    r"(?i:(?:Bachelor|Master|Associate)(?:['’]?s)?|Doctor(?:ate)?|Diploma|Diplom|Certificate|Licen[cs]e|"
    r"Abitur|Baccalaur[ée]at|Licenciatura|Licenciad[oa]|Bacharelado|High School|Postgraduate|"
    r"Staatsexamen|Magister|Laurea|Maestr[ií]a|M[áa]ster|Mestrado|Grado|Diplomad[oa]|Doutorado|"
    r"Doctorado|Tecnólogo|Licencjat|Inżynier)|GCSEs?|A[- ]Levels?|HND|BTEC|DUT|BTS)"
    r"(?![A-Za-z])\.?",
)
_INSTITUTION = re.compile(
    r"\b(?:University|Universit[äéy]|Universitat|Universidade|Universidad|Università|College|Institute|Institut|"
    r"School|Academy|Polytechnic|Politecnico|(?:Fach)?hochschule|[ÉE]cole|Conservatory|Seminary|IIT|MIT|"
    r"Uniwersytet|Universiteit|Universitet|Univerzita|Universitatea|Egyetem|Politechnika|Hogeschool|"
    r"Högskola|Szkoła)\b",
    re.IGNORECASE,
)
_PIECES = re.compile(r"\s*(?:[|•·;]|\s[-–—]\s|[–—]|,\s(?=[A-Z]))\s*")
# A school's name inside a longer piece: capitalised words around the institution word
# ("MBA (Finance) Osmania University 2014" -> "Osmania University").
_NAMED_SCHOOL = re.compile(
    rf"(?:[A-Z][\w.'’&-]*\s+){{0,3}}{_INSTITUTION.pattern}(?:\s+(?:of|for|de|der|di)(?:\s+[A-Z][\w.'’&-]*)+)?"
    r"(?:\s+[A-Z][\w.'’&-]*){0,2}",
)
LANGUAGES = {
    "english", "spanish", "french", "german", "italian", "portuguese", "dutch", "russian", "arabic",
    "hindi", "bengali", "urdu", "punjabi", "tamil", "telugu", "marathi", "gujarati", "kannada",
    "malayalam", "mandarin", "chinese", "cantonese", "japanese", "korean", "vietnamese", "thai",
    "indonesian", "malay", "tagalog", "filipino", "turkish", "persian", "farsi", "hebrew", "greek",
    "polish", "czech", "slovak", "hungarian", "romanian", "bulgarian", "serbian", "croatian",
    "ukrainian", "swedish", "norwegian", "danish", "finnish", "icelandic", "irish", "welsh", "catalan",
    "basque", "galician", "swahili", "yoruba", "igbo", "hausa", "amharic", "zulu", "afrikaans",
    "somali", "nepali", "sinhala", "latin", "esperanto", "lithuanian", "latvian", "estonian",
    "slovenian", "albanian", "armenian", "georgian", "kazakh", "uzbek", "asl", "bsl", "sign",
}  # fmt: skip
# Language names as German, French, Spanish, Portuguese, Italian and Dutch CVs write them.
_IN_ENGLISH = {
    "deutsch": "german", "englisch": "english", "französisch": "french", "spanisch": "spanish",
    "italienisch": "italian", "russisch": "russian", "polnisch": "polish", "türkisch": "turkish",
    "arabisch": "arabic", "chinesisch": "chinese", "japanisch": "japanese", "portugiesisch": "portuguese",
    "niederländisch": "dutch", "français": "french", "anglais": "english", "allemand": "german",
    "espagnol": "spanish", "italien": "italian", "arabe": "arabic", "portugais": "portuguese",
    "chinois": "chinese", "russe": "russian", "néerlandais": "dutch", "español": "spanish",
    "castellano": "spanish", "inglés": "english", "francés": "french", "alemán": "german",
    "portugués": "portuguese", "italiano": "italian", "catalán": "catalan", "português": "portuguese",
    "inglês": "english", "francês": "french", "espanhol": "spanish", "alemão": "german", "inglese": "english",
    "francese": "french", "tedesco": "german", "spagnolo": "spanish", "nederlands": "dutch",
    "engels": "english", "duits": "german", "frans": "french", "spaans": "spanish",
}  # fmt: skip
_PROFICIENCY = re.compile(
    r"^(?P<name>[^\s(:,–—-]+(?:\s+sign\s+language)?)\s*[(:,–—-]?\s*(?P<level>[^)]*)\)?$", re.I
)
_SKILL_SPLIT = re.compile(r"\s*(?:[,;|•·/]|\s[-–—]\s|\band\b)\s*")


def _items(lines: list[str]) -> list[str]:
    return [strip_bullet(line) for line in join_wrapped(lines) if strip_bullet(line)]


def _dates(text: str) -> tuple[DateRange | None, str]:
    found = find_date_ranges(text)
    if not found:
        return None, text
    return found[0], without_span(text, found[0].span)


def _kinds(line: str) -> set[str]:
    return {kind for kind, rx in (("degree", _DEGREE), ("school", _INSTITUTION)) if rx.search(line)}


# The head row of a qualifications table ("Qualification | University / Institute | Year | %").
_COLUMN_NAMES = re.compile(
    r"\b(?:qualifications?|degree|course|university|institut(?:e|ion)|board|college|school|year|passing|"
    r"percentage|cgpa|gpa|grade|marks|class|division)\b",
    re.IGNORECASE,
)


def _is_column_heads(line: str) -> bool:
    return not re.search(r"\d", line) and len(_COLUMN_NAMES.findall(line)) >= 3


def _education_blocks(lines: list[str]) -> list[list[str]]:
    """A new block starts when a line brings a second degree or a second institution."""
    blocks: list[list[str]] = []
    seen: set[str] = set()
    for line in (item for item in _items(lines) if not _is_column_heads(item)):
        kinds = _kinds(_without_place(line))  # "Boston College, Chestnut Hill, MA" holds no MA degree
        if not blocks or kinds & seen:
            blocks.append([line])
            seen = set(kinds)
        else:
            blocks[-1].append(line)
            seen |= kinds
    return [block for block in blocks if any(_kinds(line) for line in block)]


_FIELD_END = re.compile(r"\s+(?:from|at|with|-|–)\s+", re.IGNORECASE)
_FROM_SCHOOL = re.compile(r"\bfrom\s+(.+?)(?:\s+with\b|\s+in\s+\d|,|$)", re.IGNORECASE)
_DEGREE_KIND = re.compile(
    r"\s*(?:of\s+(?:Science|Arts|Engineering|Business Administration|Education)(?:\s*\(Hons?\.?\))?"
    r"|\(Hons?\.?\)|Hons?\.?(?=\s))"
)


def _degree_and_field(piece: str) -> tuple[str | None, str | None]:
    """ "Bachelor of Science in Nursing" -> ("Bachelor of Science", "Nursing")."""
    match = _DEGREE.search(piece)
    if match is None:
        return None, None
    tail = piece[match.end() :]
    kind = _DEGREE_KIND.match(tail)
    degree = (piece[: match.end()] + (kind.group(0) if kind else "")).strip(" ,")
    rest = tail[kind.end() :] if kind else tail
    rest = _FIELD_END.split(rest, maxsplit=1)[0]  # "(CSE) from JNTU with 72% in 2018"
    field = re.sub(r"^\s*(?:degree\s+)?(?:(?:in|of|en|em|im|de)\b|[,:–-])\s*", "", rest, flags=re.I)
    field = field.strip(" ,()")
    return degree, field or None


def _without_place(line: str) -> str:
    """ "Boston College, Chestnut Hill, MA": the place after the school's name."""
    found = trailing_place(line, unmarked=False)
    return line[: found[1][0]].rstrip(" ,|–—-") if found and found[1][0] > 0 else line


def _education(block: list[str]) -> Education:
    dates, text = _dates(" | ".join(map(_without_place, block[:3])))
    pieces = [p.strip(" ,") for p in _PIECES.split(text) if re.search(r"[A-Za-z]{2}", p)]
    institution = next((p for p in pieces if _INSTITUTION.search(p) and not _DEGREE.match(p)), None)
    degree_piece = next((p for p in pieces if _DEGREE.search(p) and p != institution), None)
    degree, field = _degree_and_field(degree_piece) if degree_piece else (None, None)
    if institution is None and degree_piece and (school := _FROM_SCHOOL.search(degree_piece)):
        institution = school.group(1)
    degree_at = _DEGREE.search(degree_piece) if degree_piece else None
    if (
        institution is None
        and degree_at
        and (named := _NAMED_SCHOOL.search(degree_at.string, degree_at.end()))
    ):
        institution = named.group(0)  # "MBA (Finance) Osmania University": no separator before the school
        degree, field = _degree_and_field(degree_at.string[: named.start()])
    if institution is None:
        institution = next((p for p in pieces if p != degree_piece), None)
    return Education(
        institution=institution,
        degree=degree,
        field=field,
        start=dates.start.iso() if dates and dates.end != dates.start else None,
        end=dates.end.iso() if dates and dates.end else None,
    )


def parse_education(lines: list[str]) -> list[Education]:
    return [_education(block) for block in _education_blocks(lines)]


def _project_head(line: str) -> tuple[str, DateRange | None, str]:
    """ "Name (2021 - Present) - what it is" -> name, dates, description."""
    dates, text = _dates(strip_bullet(line))
    name, *rest = re.split(r"\s[|–—-]\s|:\s|\s\|", text.strip(" |"), maxsplit=1)
    return name.strip(" |–—-:()"), dates, "".join(rest).strip(" |–—-:")


def parse_projects(lines: list[str]) -> list[Project]:
    """A project is a non-bullet line (its name, maybe with dates) and the lines under it."""
    projects: list[tuple[str, DateRange | None, list[str]]] = []
    for line in join_wrapped(lines):
        if projects and (is_bullet(line) or line.endswith(".")):
            projects[-1][2].append(strip_bullet(line))
            continue
        name, dates, description = _project_head(line)
        if name:
            projects.append((name, dates, [description] if description else []))
    return [
        Project(
            name=name,
            description=" ".join(parts) or None,
            start=dates.start.iso() if dates else None,
            end=dates.end.iso() if dates and dates.end else None,
        )
        for name, dates, parts in projects
    ]


def parse_certifications(lines: list[str]) -> list[str]:
    items = [p.strip() for item in _items(lines) for p in re.split(r"\s*[;•]\s*", item)]
    return list(dict.fromkeys(i for i in items if len(i) > 2))


def _without_label(line: str) -> str:
    """ "Mother tongue(s): Polish" -> "Polish"; "French: B2" stays (the label is the language)."""
    label = re.match(r"^([^:]{2,40}):\s*", line)
    first = label.group(1).split()[0].lower() if label else ""
    if label is None or _IN_ENGLISH.get(first, first) in LANGUAGES:
        return line
    return line[label.end() :]


def parse_languages(lines: list[str]) -> list[Language]:
    """Spoken languages only, named in English ("Englisch", "Anglais" -> "English"): "Languages:
    Python, Go" in a skills block is not a language list."""
    languages: list[Language] = []
    unlabelled = [_without_label(line) for line in _items(lines)]
    for item in (p for line in unlabelled for p in re.split(r"\s*[,;|•·/]\s*(?![^(]*\))", line)):
        match = _PROFICIENCY.match(item.strip())
        name = match.group("name").lower() if match else ""
        name = _IN_ENGLISH.get(name, name)
        if match and name in LANGUAGES:
            level = match.group("level").strip(" ()-–—:") or None
            languages.append(Language(name=name.capitalize(), proficiency=level))
    return languages


def parse_skill_items(lines: list[str]) -> list[str]:
    """The items listed in a skills section, category labels ("Tools:") removed."""
    items: list[str] = []
    for line in _items(lines):
        line = re.sub(r"^[^:]{2,40}:\s*", "", line)
        items += [p.strip(" .") for p in _SKILL_SPLIT.split(line) if 1 < len(p.strip(" .")) <= 40]
    return list(dict.fromkeys(items))
