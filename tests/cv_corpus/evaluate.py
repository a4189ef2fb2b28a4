"""Render every labelled CV, read it back through an extractor, analyse it and score it."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from tests.cv_corpus.build import TODAY, LabelledCV, labelled_cvs
from tests.cv_corpus.render import render
from tests.cv_corpus.scoring import FieldScores, score_corpus

Analyze = Callable[..., object]


@dataclass(frozen=True)
class Evaluation:
    scores: FieldScores
    ms_per_cv: list[float]  # the analysis alone, best of a few runs per CV
    texts: dict[str, str]


def _time_ms(analyze: Analyze, text: str, today: date, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        analyze(text, today=today)
        best = min(best, (time.perf_counter() - started) * 1000)
    return best


def evaluate(
    extract: Callable[[bytes], str],
    analyze: Analyze,
    canonical: Callable[[str], str] | None = None,
    cvs: list[LabelledCV] | None = None,
    repeats: int = 3,
) -> Evaluation:
    results = []
    timings = []
    texts = {}
    for cv in cvs or labelled_cvs():
        text = extract(render(cv.document))
        texts[cv.id] = text
        analysis = analyze(text, today=TODAY)
        results.append((cv.id, cv.truth, analysis.model_dump(mode="json")))  # type: ignore[attr-defined]
        timings.append(_time_ms(analyze, text, TODAY, repeats))
    scores = score_corpus(results, canonical) if canonical else score_corpus(results)
    return Evaluation(scores, timings, texts)
