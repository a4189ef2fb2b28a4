"""Render every labelled CV, read it back through an extractor, analyse it and score it."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from tests.cv_corpus.build import TODAY, labelled_cvs
from tests.cv_corpus.render import render
from tests.cv_corpus.scoring import FieldScores, score_corpus

Analyze = Callable[..., object]


@dataclass(frozen=True)
class Evaluation:
    scores: FieldScores
    ms_per_cv: list[float]  # the analysis alone (no extraction), one run per CV
    texts: dict[str, str]
    analyses: dict[str, dict[str, Any]]  # analysis.model_dump(mode="json") per CV id


def evaluate(
    extract: Callable[[bytes], str],
    analyze: Analyze,
    canonical: Callable[[str], str] | None = None,
    cvs: Sequence[Any] | None = None,
    make: Callable[[Any], bytes] | None = None,
) -> Evaluation:
    """`cvs` default to the generated corpus (`LabelledCV`, drawn by `render`); other sets pass
    `make`, which turns one of theirs into file bytes. Each needs an `id` and a `truth`."""
    results = []
    timings = []
    texts = {}
    analyses = {}
    analyze("Warm-up: loads the skills taxonomy once, as a running server has.", today=TODAY)
    for cv in cvs or labelled_cvs():
        text = extract(make(cv) if make else render(cv.document))
        texts[cv.id] = text
        started = time.perf_counter()  # first sight of this text: no per-line cache helps
        analysis = analyze(text, today=TODAY)
        timings.append((time.perf_counter() - started) * 1000)
        analyses[cv.id] = analysis.model_dump(mode="json")  # type: ignore[attr-defined]
        results.append((cv.id, cv.truth, analyses[cv.id]))
    scores = score_corpus(results, canonical) if canonical else score_corpus(results)
    return Evaluation(scores, timings, texts, analyses)
