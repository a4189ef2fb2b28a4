"""Parsing accuracy on the labelled corpus: PDF/DOCX bytes -> extract_text -> analyze_cv."""

import re
import statistics
import unicodedata

import pytest

documents = pytest.importorskip("jobwise.documents")
skills = pytest.importorskip("jobwise.ai.skills")

from jobwise.ai.cv import analyze_cv  # noqa: E402
from tests.cv_corpus.evaluate import Evaluation, evaluate  # noqa: E402

TARGETS = {
    "email": 0.98, "phone": 0.98, "name": 0.95, "employers": 0.90, "years": 0.90,
    "skills_recall": 0.85, "skills_precision": 0.80,
}  # fmt: skip
MS_BUDGET = 30.0


def _canonical(skill: str) -> str:
    name = skills.canonical_skill(skill) or skill
    return re.sub(r"[^a-z0-9+#]", "", unicodedata.normalize("NFKD", name.lower()))


@pytest.fixture(scope="module")
def evaluation() -> Evaluation:
    try:
        return evaluate(lambda data: documents.extract_text(data).text, analyze_cv, _canonical)
    finally:
        documents.shutdown_pool()


def test_corpus_is_big_and_varied(evaluation: Evaluation) -> None:
    assert evaluation.scores.cases >= 25
    assert len({cv_id.split("-")[1] for cv_id in evaluation.texts}) >= 7  # professions


@pytest.mark.parametrize("field", TARGETS)
def test_field_accuracy_meets_target(evaluation: Evaluation, field: str) -> None:
    rate = evaluation.scores.rate(field)
    misses = [m for m in evaluation.scores.misses if m.startswith(field)]
    assert rate >= TARGETS[field], f"{field} {rate:.1%}: " + "; ".join(misses[:10])


def test_hidden_instructions_in_the_files_are_flagged(evaluation: Evaluation) -> None:
    assert evaluation.scores.rate("injection_flagged") == 1.0, evaluation.scores.misses


def test_analysis_is_fast(evaluation: Evaluation) -> None:
    # Single runs on a shared test machine: the median must meet the budget, and outliers
    # (a scheduler pause, a GC) may not be more than one CV in ten.
    timings = evaluation.ms_per_cv
    assert statistics.median(timings) <= MS_BUDGET
    assert sum(ms > 2 * MS_BUDGET for ms in timings) <= len(timings) / 10


HELDOUT_FLOORS = {
    "email": 0.95, "phone": 0.95, "name": 0.95, "employers": 0.9, "years": 0.9, "titles": 0.9, "schools": 0.9,
}  # fmt: skip


@pytest.fixture(scope="module")
def heldout() -> Evaluation:
    from tests.cv_corpus.heldout import heldout_cvs, score_entries

    cvs = heldout_cvs()
    try:
        result = evaluate(
            lambda data: documents.extract_text(data).text,
            analyze_cv,
            _canonical,
            cvs,
            make=lambda cv: cv.make(),
        )
    finally:
        documents.shutdown_pool()
    score_entries(result.scores, cvs, result.analyses)
    return result


@pytest.mark.parametrize("field", HELDOUT_FLOORS)
def test_heldout_layouts_stay_read(heldout: Evaluation, field: str) -> None:
    """Sidebars, layout tables, Europass, text boxes, running headers, German and French CVs."""
    rate = heldout.scores.rate(field)
    misses = [m for m in heldout.scores.misses if m.startswith(field)]
    assert rate >= HELDOUT_FLOORS[field], f"{field} {rate:.1%}: " + "; ".join(misses[:10])
