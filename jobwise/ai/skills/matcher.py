"""Finding taxonomy names in text: leftmost-longest phrase match over tokens, then the
context rules that keep common words ("go", "spring", "word") out unless they are skills."""

from dataclasses import dataclass

from jobwise.ai.skills.context import accepted
from jobwise.ai.skills.taxonomy import Skill, Taxonomy
from jobwise.ai.skills.text import Token, tokenize


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
    while i < len(tokens):
        hit = _longest_at(tokens, i, taxonomy)
        if hit is None:
            i += 1
            continue
        key, j = hit
        skill = taxonomy.lookup(key)
        assert skill is not None  # _longest_at only returns known keys
        found.append(Candidate(skill, taxonomy.mode(key), tokens[i].start, tokens[j].end))
        i = j + 1
    return found


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
    return [c for c, ok in zip(found, keep, strict=True) if ok]
