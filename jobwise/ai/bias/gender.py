"""Gender-coded wording after Gaucher, Friesen & Kay (2011), as the Gender Decoder counts it.

Each word counts once when it starts with a published stem ("compet" matches "competitive").
Hyphenated words are split unless they start with a hyphenated stem ("self-confident"), as in
the original tool; words on the exceptions lists (brand and technical nouns) never count.
"""

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from jobwise.ai.bias.models import BiasFlag, GenderCoding

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_PART = re.compile(r"[^\W_]+")

# Neutral alternatives for the masculine stems seen most in job ads.
_MASCULINE_SUGGESTIONS = {
    "active": "engaged",
    "aggress": "proactive",
    "ambitio": "motivated",
    "analy": "thoughtful / data-informed",
    "assert": "clear and direct",
    "challeng": "interesting problems",
    "champion": "advocate for",
    "compet": "high-performing / skilled",
    "confident": "assured / capable",
    "decisi": "makes well-informed decisions",
    "determin": "committed",
    "domina": "leading position",
    "driven": "motivated",
    "fearless": "willing to try new things",
    "fight": "work hard for",
    "force": "drive / push for",
    "independen": "self-directed",
    "individual": "person",
    "lead": "guide / coordinate",
    "objective": "goal",
    "persist": "dedicated",
    "superior": "excellent",
}


@dataclass(frozen=True)
class GenderWords:
    masculine: tuple[str, ...]
    feminine: tuple[str, ...]
    exceptions: frozenset[str]

    @property
    def hyphenated(self) -> tuple[str, ...]:
        return tuple(s for s in self.masculine + self.feminine if "-" in s)


@cache
def gender_words() -> GenderWords:
    """The bundled stem lists (jobwise/data/bias/gender_words.json, MIT)."""
    path = resources.files("jobwise").joinpath("data/bias/gender_words.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    exceptions = frozenset(data["non_coded_exceptions"] + data["jobwise_exceptions"])
    return GenderWords(tuple(data["masculine"]), tuple(data["feminine"]), exceptions)


def words_with_offsets(text: str) -> list[tuple[str, int, int]]:
    """Words as the Gender Decoder sees them, with their offsets into `text`."""
    hyphenated = gender_words().hyphenated
    words: list[tuple[str, int, int]] = []
    for m in _WORD.finditer(text):
        word = m.group()
        if "-" not in word or word.lower().startswith(hyphenated):
            words.append((word, m.start(), m.end()))
            continue
        words.extend((p.group(), m.start() + p.start(), m.start() + p.end()) for p in _PART.finditer(word))
    return words


def _stem_of(word: str, stems: tuple[str, ...]) -> str | None:
    return next((s for s in stems if word.startswith(s)), None)


def _suggestion(masculine: bool, stem: str) -> str:
    if not masculine:
        return "Feminine-coded word (Gaucher et al. 2011); fine to keep, it balances masculine-coded wording."
    alt = next(
        (v for k, v in _MASCULINE_SUGGESTIONS.items() if stem.startswith(k) or k.startswith(stem)), None
    )
    base = "Masculine-coded word (Gaucher et al. 2011) that can discourage women from applying"
    return f"{base}; consider “{alt}”." if alt else f"{base}; consider a neutral synonym."


def coded_word_flags(text: str) -> list[BiasFlag]:
    """One flag per gender-coded word, in text order."""
    lists = gender_words()
    flags: list[BiasFlag] = []
    for word, start, end in words_with_offsets(text):
        low = word.lower()
        if low in lists.exceptions:
            continue
        for masculine, stems in ((True, lists.masculine), (False, lists.feminine)):
            stem = _stem_of(low, stems)
            if stem is not None:
                category = "masculine_coded" if masculine else "feminine_coded"
                flags.append(
                    BiasFlag(
                        phrase=word,
                        start=start,
                        end=end,
                        category=category,
                        suggestion=_suggestion(masculine, stem),
                    )
                )
                break
    return flags


def gender_coding(masculine: int, feminine: int) -> GenderCoding:
    """The Gender Decoder's verdict from the two counts (its "empty" result is "neutral" here)."""
    difference = feminine - masculine
    if difference == 0:
        return "neutral"
    if difference > 3:
        return "strongly feminine-coded"
    if difference > 0:
        return "feminine-coded"
    if difference < -3:
        return "strongly masculine-coded"
    return "masculine-coded"
