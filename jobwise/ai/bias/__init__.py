"""Bias analysis of job postings: gender-coded wording and exclusionary phrasing.

Score (0-100, 100 = inclusive):

    penalty = 3 × (age, disability, nationality, family-status and exclusionary flags)
            + 0.5 × max(0, masculine − feminine) + 0.25 × max(0, feminine − masculine)
    score   = round(100 − 10 × penalty × 100 / max(words, 100)), clamped to 0..100

so the penalty is per 100 words (short texts count as 100 words), balanced gender wording costs
nothing, each exclusionary phrase in a 300-word posting costs 10 points and each surplus
masculine-coded word (subtler, and the lists also catch titles like "Analyst") costs 1.7.
"""

from jobwise.ai.bias.gender import coded_word_flags, gender_coding, words_with_offsets
from jobwise.ai.bias.models import BiasCategory, BiasFlag, BiasReport, GenderCoding
from jobwise.ai.bias.patterns import pattern_flags

__all__ = ["BiasCategory", "BiasFlag", "BiasReport", "GenderCoding", "analyze_bias"]

_PHRASE_WEIGHT = 3.0
_MASCULINE_WEIGHT = 0.5
_FEMININE_WEIGHT = 0.25


def _score(flags: list[BiasFlag], masculine: int, feminine: int, words: int) -> int:
    phrases = sum(1 for f in flags if f.category not in ("masculine_coded", "feminine_coded"))
    surplus = _MASCULINE_WEIGHT * max(0, masculine - feminine) + _FEMININE_WEIGHT * max(
        0, feminine - masculine
    )
    penalty = _PHRASE_WEIGHT * phrases + surplus
    return max(0, min(100, round(100 - 10 * penalty * 100 / max(words, 100))))


def _dedupe(flags: list[BiasFlag]) -> list[BiasFlag]:
    """Drop repeats of the same span; keep the first category in text order."""
    seen: set[tuple[int, int]] = set()
    out: list[BiasFlag] = []
    for flag in sorted(flags, key=lambda f: (f.start, -f.end)):
        if (flag.start, flag.end) not in seen:
            seen.add((flag.start, flag.end))
            out.append(flag)
    return out


def analyze_bias(text: str) -> BiasReport:
    """Flag gender-coded and exclusionary wording in a posting and score its inclusiveness."""
    coded = coded_word_flags(text)
    masculine = [f.phrase for f in coded if f.category == "masculine_coded"]
    feminine = [f.phrase for f in coded if f.category == "feminine_coded"]
    words = len(words_with_offsets(text))
    flags = _dedupe(coded + pattern_flags(text))
    return BiasReport(
        score=_score(flags, len(masculine), len(feminine), words),
        gender_coding=gender_coding(len(masculine), len(feminine)),
        flags=flags,
        masculine_words=masculine,
        feminine_words=feminine,
        word_count=words,
    )
