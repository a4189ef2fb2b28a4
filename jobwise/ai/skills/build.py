"""Rebuild jobwise/data/skills/taxonomy.json from the bundled sources.

    pip install wordfreq   # build-time only: English word frequencies flag ambiguous names
    python -m jobwise.ai.skills.build

Sources (all in jobwise/data/skills/): `skill_extractor_skills.json`, the 31K-entry
gazetteer of the MIT-licensed `skill-extractor` 0.2.0 wheel (LICENSE-skill-extractor.txt);
`curated.txt`, our hand-written canonical names, aliases, categories and ambiguity modes;
`blocklist.txt`, gazetteer entries that are ordinary words, never skills.
"""

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from jobwise.ai.skills.heuristics import HUMAN_LANGUAGES, display_name, guess_category, guess_mode
from jobwise.ai.skills.taxonomy import key_prefixes
from jobwise.ai.skills.text import name_key

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "skills"
CATEGORIES = frozenset({"technical", "soft", "language", "certification", "tool", "domain"})
MODES = frozenset({"none", "proper", "case", "upper", "list", "code"})
_PARENTHESIS = re.compile(r"\s*\([^)]*\)?")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_VERSION = re.compile(r"v?\d+(?:\.\d+)*\+?|\d+\.?x")


@dataclass
class CuratedSkill:
    name: str
    category: str
    aliases: list[str] = field(default_factory=list)
    modes: dict[str, str] = field(default_factory=dict)  # key -> mode

    @property
    def parts(self) -> list[str]:
        """The skills a bundle line ("SAP FI + SAP CO") names; a plain skill is its own part."""
        return [p.strip() for p in self.name.split(" + ")]


def parse_curated(lines: Iterable[str]) -> list[CuratedSkill]:
    """`[category]` headers, then `Name | alias, alias | key=mode, key=mode` lines. A name
    "A + B" makes a bundle: its aliases ("sap fico") stand for the skills A and B, both curated."""
    skills: list[CuratedSkill] = []
    category = ""
    for raw in lines:
        line = raw.split("  #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            category = line.strip("[]")
            if category not in CATEGORIES:
                raise ValueError(f"unknown category {category!r}")
            continue
        name, aliases, modes = [*line.split("|"), "", ""][:3]
        skill = CuratedSkill(name.strip(), category, [a.strip() for a in aliases.split(",") if a.strip()])
        for pair in filter(None, (p.strip() for p in modes.split(","))):
            key, mode = pair.rsplit("=", 1)
            if mode not in MODES:
                raise ValueError(f"unknown mode {mode!r} in {line!r}")
            skill.modes[name_key(key)] = mode
        skills.append(skill)
    return skills


def group_gazetteer(raw: Iterable[str], blocked: set[str]) -> dict[str, list[str]]:
    """Gazetteer spellings grouped by key, spelling variants ("node.js", "nodejs") and
    versioned names (".net 8") folded into one group."""
    groups: dict[str, list[str]] = defaultdict(list)
    for entry in raw:
        key = name_key(entry)
        if key and key not in blocked and not key.replace(" ", "").isdigit() and len(key) > 1:
            groups[key].append(entry)
    by_compact: dict[str, str] = {}
    for key in sorted(groups, key=lambda k: (-k.count(".") - k.count(" "), k)):
        compact = key.replace(" ", "").replace(".", "") if not key.startswith(".") else key
        by_compact.setdefault(compact, key)
    folded: dict[str, list[str]] = defaultdict(list)
    for key, entries in groups.items():
        compact = key.replace(" ", "").replace(".", "") if not key.startswith(".") else key
        head = by_compact[compact]
        base, _, last = head.rpartition(" ")
        if base in groups and _VERSION.fullmatch(last):
            head = base
        for entry in entries:  # "javascript (es6)" is JavaScript
            bare = name_key(_PARENTHESIS.sub("", entry))
            if "(" in entry and bare in groups and bare != key:
                head = bare
        folded[head].extend([key, *entries] if head != key else entries)
    return folded


# "Python skills", "analytics tools", "SaaS environment": a wrapper around another name.
_WRAPPER_HEADS = frozenset(
    str.split(
        "tools tooling skills mindset knowledge concepts fundamentals basics environment environments "
        "ecosystem ecosystems technologies trends expertise experience principles capabilities "
        "awareness understanding team teams"
    )
)
# "VBA macros", "Helm charts", "lead generation funnels": another name plus a generic plural.
_FOLDABLE_HEADS = _WRAPPER_HEADS | frozenset(
    str.split(
        "frameworks framework platforms solutions stack funnels macros charts pipelines scripts "
        "projects campaigns dashboards workflows practices methodologies methodology techniques api apis"
    )
)


# "Redis caching", "Java programming": a curated tool or language plus what one does with it.
_ACTIVITY_HEADS = frozenset(
    str.split(
        "caching programming scripting development developer queries query clusters cluster "
        "containers services administration deployment deployments integration integrations "
        "configuration database databases instances environment"
    )
)


_MODIFIERS = frozenset(
    str.split("clear strong excellent effective good great solid proven outstanding exceptional sound")
)


def fold_wrappers(groups: dict[str, list[str]], curated_keys: set[str], zipf: Callable[[str], float]) -> None:
    """Fold "X tools"-like entries into X when X is a skill that needs no context (folding
    "payment platforms" into the common word "payment" would lose it); drop pure wrappers."""
    for key in sorted(groups, key=len, reverse=True):
        base, _, head = key.rpartition(" ")
        if not base or key in curated_keys:
            continue
        modifier, _, rest = key.partition(" ")
        if modifier in _MODIFIERS and rest in curated_keys:  # "clear communication"
            groups.setdefault(rest, []).extend([key, *groups.pop(key)])
            continue
        if head in _ACTIVITY_HEADS and base in curated_keys:
            groups.setdefault(base, []).extend([key, *groups.pop(key)])
            continue
        if head not in _FOLDABLE_HEADS:
            continue
        if base in curated_keys or (base in groups and guess_mode(base, zipf) == "none"):
            groups.setdefault(base, []).extend([key, *groups.pop(key)])
        elif head in _WRAPPER_HEADS:
            del groups[key]


def drop_combinations(groups: dict[str, list[str]], keep: set[str]) -> None:
    """Remove "html / css"-like entries whose parts are all skills, so each part is found."""
    for key in list(groups):
        parts = re.split(r" [/&] ", key)
        if len(parts) > 1 and key not in keep and all(p in groups or p in keep for p in parts):
            del groups[key]


def build(zipf: Callable[[str], float]) -> dict[str, object]:
    raw = json.loads((DATA_DIR / "skill_extractor_skills.json").read_text())
    curated = parse_curated((DATA_DIR / "curated.txt").read_text().splitlines())
    blocked = {name_key(w) for w in _lines(DATA_DIR / "blocklist.txt")}
    groups = group_gazetteer(raw, blocked)
    curated_keys = {name_key(k) for c in curated for k in [c.name, *c.aliases]}
    fold_wrappers(groups, curated_keys, zipf)
    drop_combinations(groups, curated_keys)

    skills: list[list[str]] = []
    keys: dict[str, int] = {}
    modes: dict[str, str] = {}
    bundles: dict[str, list[int]] = {}
    explicit = _add_curated([c for c in curated if len(c.parts) == 1], groups, skills, keys, modes)
    for c in (c for c in curated if len(c.parts) > 1):
        _add_bundle(c, skills, keys, modes, bundles)
        explicit |= bundles.keys()
    gazetteer_start = len(skills)  # only gazetteer names get parents: curated ones are chosen whole
    for language in sorted(HUMAN_LANGUAGES - keys.keys()):
        keys[language] = _add(skills, language.capitalize(), "language")
        modes[language] = "proper"
    short = {w for k in groups for w in k.split() if w.isalpha() and len(w) <= 3}
    casing = {w: w.upper() for w in short if zipf(w) < 2.0}  # "soc", "siem": not English words
    casing |= {w.lower(): w for c in curated for w in re.findall(r"[^\W_]+", c.name)}
    for key, variants in sorted(groups.items()):
        if key in keys:
            continue
        name = display_name(_spelling(key, variants), casing)
        idx = _add(skills, name, guess_category(key))
        for k in [key, *(name_key(v) for v in variants)]:
            keys.setdefault(k, idx)
            mode = guess_mode(k, zipf)
            if mode == "none" and k == key and _ACRONYM.fullmatch(name):
                mode = "upper"  # "VMS" is not "VMs", "POS" not "pos"
            if mode != "none" and k not in curated_keys:
                modes[k] = mode
    # Skills a longer name may imply: curated ones, and gazetteer phrases and acronyms (a single
    # gazetteer word such as "async" says too little on its own).
    plain = {
        k
        for k in keys
        if k not in modes and (k in explicit or " " in k or _ACRONYM.fullmatch(skills[keys[k]][0]))
    }
    return {
        "source": "skill-extractor 0.2.0 gazetteer + curated.txt",
        "skills": skills,
        "keys": keys,
        "modes": modes,
        "bundles": bundles,
        "curated": gazetteer_start,
        "prefixes": sorted(key_prefixes(keys)),
        "parents": {
            k: p for k in sorted(keys) if keys[k] >= gazetteer_start and (p := _parents(k, keys, plain))
        },
    }


def _add_curated(
    curated: list[CuratedSkill],
    groups: dict[str, list[str]],
    skills: list[list[str]],
    keys: dict[str, int],
    modes: dict[str, str],
) -> set[str]:
    """Add the curated skills, each taking over the gazetteer groups of its names; returns
    the curated keys."""
    owner = {name_key(v): head for head, variants in groups.items() for v in [head, *variants]}
    explicit: set[str] = set()
    for c in curated:
        idx = _add(skills, c.name, c.category)
        names = [name_key(k) for k in [c.name, *c.aliases]]
        for key in names:
            if key in explicit and keys[key] != idx:
                raise ValueError(f"{key!r} is claimed by {skills[keys[key]][0]!r} and {c.name!r}")
            explicit.add(key)
            keys[key] = idx
            for variant in _claimed(key, names, owner.get(key, key), groups):
                keys.setdefault(name_key(variant), idx)
            mode = c.modes.get(key, "proper" if key in HUMAN_LANGUAGES else "none")
            if mode != "none":
                modes[key] = mode
    return explicit


def _add_bundle(
    bundle: CuratedSkill,
    skills: list[list[str]],
    keys: dict[str, int],
    modes: dict[str, str],
    bundles: dict[str, list[int]],
) -> None:
    """Point the bundle's aliases at each of its skills; the first one answers plain lookups."""
    index = {name: idx for idx, (name, _) in enumerate(skills)}
    missing = [p for p in bundle.parts if p not in index]
    if missing:
        raise ValueError(f"bundle {bundle.name!r} names unknown skills {missing}")
    for key in dict.fromkeys(map(name_key, bundle.aliases)):
        if key in keys:
            raise ValueError(f"bundle alias {key!r} is already {skills[keys[key]][0]!r}")
        keys[key] = index[bundle.parts[0]]
        bundles[key] = [index[p] for p in bundle.parts]
        if key in bundle.modes:
            modes[key] = bundle.modes[key]


def _parents(key: str, keys: dict[str, int], plain: set[str]) -> list[list[int]]:
    """Curated skills that open or close a gazetteer name ("AWS networking", "B2B SaaS"), as
    [skill index, first token, last token]: mentioning the longer name mentions them too."""
    tokens = key.split(" ")
    found: list[list[int]] = []
    for n in range(len(tokens) - 1, 0, -1):
        head = " ".join(tokens[:n])
        if head in plain and keys[head] != keys[key]:
            found.append([keys[head], 0, n - 1])
            break
    for n in range(len(tokens) - 1, 0, -1):
        tail = " ".join(tokens[-n:])
        if tail in plain and keys[tail] != keys[key]:
            found.append([keys[tail], len(tokens) - n, len(tokens) - 1])
            break
    return found


def _claimed(key: str, names: list[str], head: str, groups: dict[str, list[str]]) -> list[str]:
    """The gazetteer spellings a curated name takes over (removing them from `groups`): its
    head's whole group, or only its own spellings when the group was folded under another word
    ("dynamics 365" under "dynamics", "siemens (tia portal)" under "siemens")."""
    if head not in groups:
        return []
    if head in names or _compact(head) == _compact(key):
        return [head, *groups.pop(head)]
    mine = [v for v in groups[head] if _compact(name_key(v)) == _compact(key)]
    groups[head] = [v for v in groups[head] if v not in mine]
    return mine


def _compact(key: str) -> str:
    """A key without spaces and dots: spellings of one name ("node.js", "nodejs") meet on it."""
    return key.replace(" ", "").replace(".", "")


def _add(skills: list[list[str]], name: str, category: str) -> int:
    skills.append([name, category])
    return len(skills) - 1


def _spelling(key: str, variants: list[str]) -> str:
    """The gazetteer spelling to display: the one whose key is the group's key."""
    return next((v for v in variants if name_key(v) == key), key)


def _lines(path: Path) -> list[str]:
    return [s for line in path.read_text().splitlines() if (s := line.strip()) and not s.startswith("#")]


def main() -> None:
    from wordfreq import zipf_frequency

    taxonomy = build(lambda word: float(zipf_frequency(word, "en")))
    out = DATA_DIR / "taxonomy.json"
    out.write_text(json.dumps(taxonomy, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
