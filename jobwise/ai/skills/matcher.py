"""Finding taxonomy names in text: leftmost-longest phrase match over tokens, then the
context rules that keep common words ("go", "spring", "word") out unless they are skills."""

import re
from dataclasses import dataclass

from jobwise.ai.skills.certs import find_certifications
from jobwise.ai.skills.context import accepted
from jobwise.ai.skills.taxonomy import Skill, Taxonomy
from jobwise.ai.skills.text import Token, name_key, tokenize

_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
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
        for idx in taxonomy.bundles.get(key) or [taxonomy.keys[key]]:
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
    family's modules are modules of the same family ("SAP SD, ERP" is no "SAP ERP" though: that
    is the family itself). Returns the index of the last token used."""
    while m := _NEXT_MODULE.match(text, tokens[j].end):
        idx = taxonomy.keys.get(f"{family} {m.group(1).lower()}")
        if idx is None or idx == taxonomy.keys.get(family):
            break
        for each in taxonomy.bundles.get(f"{family} {m.group(1).lower()}") or [idx]:
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
