"""Finding taxonomy names in text: leftmost-longest phrase match over tokens, then the
context rules that keep common words ("go", "spring", "word") out unless they are skills."""

import re
from dataclasses import dataclass

from jobwise.ai.skills.certs import find_certifications
from jobwise.ai.skills.context import accepted
from jobwise.ai.skills.taxonomy import Skill, Taxonomy
from jobwise.ai.skills.text import Token, name_key, tokenize

_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
# "Fly-in fly-out (FIFO)" or "ABC (Another Big Concept)": an acronym spelled out.
_DEFINITION = re.compile(
    r"([A-Za-z][\w-]*(?:[ \t/]+[A-Za-z][\w-]*){0,6})[ \t]*\(([A-Z]{2,6})s?\)"
    r"|\b([A-Z]{2,6})s?[ \t]*\(([A-Za-z][\w /-]{2,60})\)"
)
# Acronyms that are skills in one sense and, next to these words, something else: a "2:1 FIFO
# roster" is a fly-in fly-out roster in mining, not first-in first-out stock rotation.
_OTHER_SENSES = {
    "FIFO": re.compile(
        r"fly[\s-]*in\W{0,3}(?:and\s+)?fly[\s-]*out|drive[\s-]*in\W{0,3}drive[\s-]*out|\b(?:DIDO|BIBO)\b"
        r"|\d+\s*[:/]\s*\d+\s+FIFO\b|\bFIFO\W{1,3}(?:rosters?|swings?|roles?|positions?|contracts?|camps?|workers?|work|"
        r"schedules?|basis|sites?|jobs?|lifestyle|rotation roster)\b",
        re.IGNORECASE,
    ),
}
# Vendors whose products are named by module codes ("SAP FI/CO, MM and SD").
_MODULE_FAMILIES = frozenset({"sap"})
_NEXT_MODULE = re.compile(r"[ \t]*(?:/|,|&|\band\b|\bor\b)[ \t]*([A-Z][A-Z0-9]{1,4})\b")
# Vendor names that prefix product names, and whether the vendor is a skill too.
_VENDORS = {
    "aws": True,
    "azure": True,
    "amazon": False,
    "apache": False,
    "google": False,
    "microsoft": False,
    "ms": False,
    "adobe": False,
    "autodesk": False,
    "atlassian": False,
    "hashicorp": False,
}


@dataclass(frozen=True, slots=True)
class Candidate:
    skill: Skill
    mode: str
    start: int
    end: int


def candidates(text: str, taxonomy: Taxonomy) -> list[Candidate]:
    """Every non-overlapping taxonomy name in `text`, the longest one winning at each place."""
    tokens = tokenize(text)
    found: list[Candidate] = []
    i = 0
    keys, prefixes = taxonomy.keys, taxonomy.prefixes
    while i < len(tokens):
        word = tokens[i].key
        hit = _longest_at(tokens, i, taxonomy) if word in keys or word in prefixes else None
        if word in _VENDORS and (hit is None or hit[1] == i):
            vendor_hit = _vendor_product(tokens, i, taxonomy)
            if vendor_hit is not None:
                found.extend(vendor_hit[0])
                i = vendor_hit[1] + 1
                continue
        if hit is None:
            i += 1
            continue
        key, j = hit
        for idx in taxonomy.named(key):
            found.append(
                Candidate(Skill(*taxonomy.skills[idx]), taxonomy.mode(key), tokens[i].start, tokens[j].end)
            )
        for idx, first, last in taxonomy.parents.get(key, ()):
            parent = Skill(*taxonomy.skills[idx])
            found.append(Candidate(parent, "none", tokens[i + first].start, tokens[i + last].end))
        if word in _MODULE_FAMILIES and j > i:
            j = _more_modules(text, tokens, j, word, taxonomy, found)
        i = j + 1
    return found


def _more_modules(
    text: str, tokens: list[Token], j: int, family: str, taxonomy: Taxonomy, found: list[Candidate]
) -> int:
    """ "SAP FI/CO/MM", "SAP FI, CO and SD": codes in capitals listed right after one of a
    family's modules are modules of the same family. Only curated modules count: "SAP SD, ERP"
    is no "SAP ERP" (the family itself), "SAP FICO, GL, AP" no "SAP GL" (a gazetteer phrase).
    Returns the index of the last token used."""
    while m := _NEXT_MODULE.match(text, tokens[j].end):
        key = f"{family} {m.group(1).lower()}"
        idx = taxonomy.keys.get(key)
        if idx is None or idx >= taxonomy.curated or idx == taxonomy.keys.get(family):
            break
        for each in taxonomy.named(key):
            found.append(Candidate(Skill(*taxonomy.skills[each]), "none", m.start(1), m.end(1)))
        while tokens[j].end < m.end():
            j += 1
    return j


def _vendor_product(tokens: list[Token], i: int, taxonomy: Taxonomy) -> tuple[list[Candidate], int] | None:
    """ "Apache Iceberg", "AWS Glue": a vendor's name makes the product after it a skill even
    when the taxonomy lists the product alone; AWS and Azure count as skills themselves."""
    if i + 1 >= len(tokens) or not tokens[i + 1].joined:
        return None
    hit = _longest_at(tokens, i + 1, taxonomy)
    if hit is None or taxonomy.mode(hit[0]) not in ("none", "case"):
        return None
    key, j = hit
    product = taxonomy.lookup(key)
    assert product is not None
    found = [Candidate(product, "none", tokens[i].start, tokens[j].end)]
    vendor = taxonomy.lookup(tokens[i].key) if _VENDORS[tokens[i].key] else None
    if vendor is not None and vendor != product:
        found.insert(0, Candidate(vendor, "none", tokens[i].start, tokens[i].end))
    return found, j


def _longest_at(tokens: list[Token], i: int, taxonomy: Taxonomy) -> tuple[str, int] | None:
    """The longest key starting at token i, with the index of its last token."""
    key = tokens[i].key
    best = (key, i) if key in taxonomy.keys else None
    j = i
    while key in taxonomy.prefixes and j + 1 < len(tokens) and tokens[j + 1].joined:
        j += 1
        key = f"{key} {tokens[j].key}"
        if key in taxonomy.keys:
            best = (key, j)
    return best


def match(text: str, taxonomy: Taxonomy) -> list[Candidate]:
    """The candidates in `text` that their context rules accept, in text order."""
    found = candidates(text, taxonomy)
    keep = accepted(text, [(c.mode, c.skill.name, c.start, c.end) for c in found])
    kept = _without_abbreviations(text, [c for c, ok in zip(found, keep, strict=True) if ok])
    other = _meant_otherwise(text, kept, taxonomy)
    kept = [c for c in kept if text[c.start : c.end] not in other]
    return _with_certifications(text, kept, taxonomy)


def _without_abbreviations(text: str, found: list[Candidate]) -> list[Candidate]:
    """Drop "(CSP)" after "Certified Sales Professional": it abbreviates the name before it."""
    out: list[Candidate] = []
    for c in found:
        prev = out[-1] if out else None
        surface = text[c.start : c.end]
        if (
            prev is not None
            and text[prev.end : c.start].strip() == "("
            and text[c.end : c.end + 1] == ")"
            and surface.isupper()
            and surface == "".join(w[0] for w in text[prev.start : prev.end].split()).upper()
        ):
            continue
        out.append(c)
    return out


def _meant_otherwise(text: str, found: list[Candidate], taxonomy: Taxonomy) -> set[str]:
    """Acronyms that stand for something else here: spelled out as another phrase ("fly-in
    fly-out (FIFO)"), or next to words of their other sense ("a 2:1 FIFO roster")."""
    acronyms = {s for c in found if (s := text[c.start : c.end]).isupper() and len(s) > 1}
    if not acronyms:
        return set()
    other = {a for a in acronyms if a in _OTHER_SENSES and _OTHER_SENSES[a].search(text)}
    for m in _DEFINITION.finditer(text):
        acronym = m.group(2) or m.group(3)
        if acronym in acronyms and acronym not in other:
            phrase = _spelled_out(acronym, m.group(1) or m.group(4), at_end=m.group(2) is not None)
            if phrase is not None and not _same_skill(acronym, phrase, taxonomy):
                other.add(acronym)
    return other


def _spelled_out(acronym: str, words: str, *, at_end: bool) -> str | None:
    """The phrase whose initials spell `acronym`: the last words before "(FIFO)", or all the
    words inside "FIFO (...)"; None when the initials do not match."""
    parts = [w for w in re.split(r"[\s/-]+", words) if w and w.lower() not in ("and", "of", "&")]
    if at_end:
        parts = parts[-len(acronym) :]
    initials = "".join(w[0] for w in parts).upper()
    return " ".join(parts) if initials == acronym.upper() else None


def _same_skill(acronym: str, phrase: str, taxonomy: Taxonomy) -> bool:
    """Whether `phrase` means the acronym's skill: it names it, or it is unknown and the skill
    has no other spelled-out name of those initials ("PPE" written out as anything)."""
    skill = taxonomy.keys.get(acronym.lower())
    meant = taxonomy.keys.get(name_key(phrase))
    if meant is not None:
        return meant == skill
    words = len(acronym)
    return not any(
        idx == skill and k.count(" ") == words - 1 and "".join(w[0] for w in k.split()) == acronym.lower()
        for k, idx in taxonomy.keys.items()
    )


def _with_certifications(text: str, found: list[Candidate], taxonomy: Taxonomy) -> list[Candidate]:
    """Certification phrases replace the names found inside them."""
    for start, end in find_certifications(text):
        phrase = " ".join(text[start:end].split())
        skill = taxonomy.lookup(name_key(phrase)) or taxonomy.lookup(name_key(_PARENTHESIS.sub("", phrase)))
        inside = [c for c in found if start <= c.start < end]
        if skill is None and any(c.skill.category == "certification" for c in inside):
            continue  # a known certification already covers it
        cert = Candidate(skill or Skill(phrase, "certification"), "none", start, end)
        found = sorted([*(c for c in found if not start <= c.start < end), cert], key=lambda c: c.start)
    return found
