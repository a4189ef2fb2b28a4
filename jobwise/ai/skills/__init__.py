"""Skills taxonomy and extraction, shared by the CV analyser and the job parser.

The taxonomy (jobwise/data/skills/taxonomy.json, rebuilt by `python -m jobwise.ai.skills.build`)
joins the skill-extractor gazetteer with a curated layer of canonical names and aliases.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from jobwise.ai.skills.matcher import match
from jobwise.ai.skills.taxonomy import Skill, get_taxonomy
from jobwise.ai.skills.text import name_key

__all__ = [
    "SkillMatch",
    "canonical_skill",
    "extract_skills",
    "find_skills",
    "normalize_skills",
    "skill_category",
    "taxonomy_size",
]

_PARENTHESIS = re.compile(r"\([^)]*\)?")


@dataclass(frozen=True)
class SkillMatch:
    name: str  # canonical
    category: str  # technical | soft | language | certification | tool | domain
    start: int
    end: int
    surface: str  # text[start:end], as written


def find_skills(text: str) -> list[SkillMatch]:
    """Every skill mention in `text`, in text order."""
    return [
        SkillMatch(c.skill.name, c.skill.category, c.start, c.end, text[c.start : c.end])
        for c in match(text, get_taxonomy())
    ]


def extract_skills(text: str) -> list[str]:
    """Canonical names of the skills in `text`, each once, in order of first mention."""
    return list(dict.fromkeys(m.name for m in find_skills(text)))


def canonical_skill(name: str) -> str | None:
    """The canonical form of one typed skill name ("k8s" -> "Kubernetes"), None if unknown."""
    skill = _lookup(name)
    return None if skill is None else skill.name


def normalize_skills(names: Iterable[str]) -> list[str]:
    """Canonicalise and dedupe a user-entered list; unknown names are kept as typed (stripped).
    A name for several skills ("SAP FICO") gives each of them."""
    out: dict[str, str] = {}
    taxonomy = get_taxonomy()
    for raw in names:
        name = " ".join(raw.split())
        if not name:
            continue
        bundle = taxonomy.bundles.get(name_key(name), [])
        for canonical in [taxonomy.skills[idx][0] for idx in bundle] or [canonical_skill(name) or name]:
            out.setdefault(canonical.casefold(), canonical)
    return list(out.values())


def skill_category(name: str) -> str | None:
    """The category of a skill given by any of its names, None if unknown."""
    skill = _lookup(name)
    return None if skill is None else skill.category


def _lookup(name: str) -> Skill | None:
    """A typed name as written, else without its parenthesis ("JavaScript (ES6)") or its
    spaces ("Type Script")."""
    taxonomy = get_taxonomy()
    key = name_key(name)
    bare = name_key(_PARENTHESIS.sub(" ", name))
    return taxonomy.lookup(key) or taxonomy.lookup(bare) or taxonomy.lookup(bare.replace(" ", ""))


def taxonomy_size() -> int:
    """How many canonical skills the taxonomy holds."""
    return len(get_taxonomy().skills)
