"""The bundled skills taxonomy, loaded once and indexed for phrase lookup."""

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

TAXONOMY_FILE = Path(__file__).resolve().parents[2] / "data" / "skills" / "taxonomy.json"


@dataclass(frozen=True, slots=True)
class Skill:
    name: str
    category: str


@dataclass(frozen=True, slots=True)
class Taxonomy:
    skills: tuple[tuple[str, str], ...]  # (canonical name, category)
    keys: dict[str, int]  # name key -> index into skills
    modes: dict[str, str]  # name key -> context mode, for names that need context
    prefixes: frozenset[str]  # every proper token prefix of a multi-token key
    parents: dict[str, list[list[int]]]  # key -> [skill index, first token, last token] inside it
    bundles: dict[str, list[int]]  # key naming several skills at once ("sap fico") -> their indexes
    curated: int  # skills[:curated] come from curated.txt

    def lookup(self, key: str) -> Skill | None:
        idx = self.keys.get(key)
        return None if idx is None else Skill(*self.skills[idx])

    def named(self, key: str) -> list[int]:
        """The skills a known key names: several for a bundle ("sap fico"), else its own."""
        return self.bundles.get(key) or [self.keys[key]]

    def mode(self, key: str) -> str:
        return self.modes.get(key, "none")


def key_prefixes(keys: Iterable[str]) -> set[str]:
    """Every proper token prefix of the keys: "a b c" gives "a" and "a b"."""
    prefixes: set[str] = set()
    for key in keys:
        pos = key.find(" ")
        while pos != -1:
            prefixes.add(key[:pos])
            pos = key.find(" ", pos + 1)
    return prefixes


@cache
def get_taxonomy() -> Taxonomy:
    """The bundled taxonomy, read on first use."""
    return load_taxonomy(TAXONOMY_FILE)


def load_taxonomy(path: Path) -> Taxonomy:
    """Read a taxonomy.json (its prefixes and parents are precomputed by the build)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return Taxonomy(
        skills=tuple(map(tuple, data["skills"])),
        keys=data["keys"],
        modes=data["modes"],
        prefixes=frozenset(data["prefixes"]),
        parents=data["parents"],
        bundles=data["bundles"],
        curated=data["curated"],
    )
