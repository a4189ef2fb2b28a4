"""Render every labelled CV, read it back through an extractor, analyse it and score it."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from tests.cv_corpus.build import TODAY, LabelledCV, labelled_cvs
from tests.cv_corpus.render import render
from tests.cv_corpus.scoring import FieldScores, score_corpus

Analyze = Callable[..., object]


@dataclass(frozen=True)
class Evaluation:
    scores: FieldScores
    ms_per_cv: list[float]  # the analysis alone (no extraction), one run per CV
    texts: dict[str, str]


def evaluate(
    extract: Callable[[bytes], str],
    analyze: Analyze,
    canonical: Callable[[str], str] | None = None,
    cvs: list[LabelledCV] | None = None,
) -> Evaluation:
    results = []
    timings = []
    texts = {}
    analyze("Warm-up: loads the skills taxonomy once, as a running server has.", today=TODAY)
    for cv in cvs or labelled_cvs():
        text = extract(render(cv.document))
        texts[cv.id] = text
        started = time.perf_counter()  # first sight of this text: no per-line cache helps
        analysis = analyze(text, today=TODAY)
        timings.append((time.perf_counter() - started) * 1000)
        results.append((cv.id, cv.truth, analysis.model_dump(mode="json")))  # type: ignore[attr-defined]
    scores = score_corpus(results, canonical) if canonical else score_corpus(results)
    return Evaluation(scores, timings, texts)
