"""CV parsing accuracy on the labelled corpus: `python -m benchmarks.parsing_accuracy [-v]`.

Each labelled CV (tests/cv_corpus) is rendered to PDF or DOCX, read back with
jobwise.documents.extract_text and analysed; per-field accuracy and ms per CV are printed.
"""

from __future__ import annotations

import re
import statistics
import sys
import unicodedata

from jobwise.ai.cv import analyze_cv
from jobwise.documents import extract_text, shutdown_pool
from tests.cv_corpus.evaluate import evaluate

TARGETS = {
    "email": 0.98, "phone": 0.98, "name": 0.95, "employers": 0.90, "years": 0.90,
    "skills_recall": 0.85, "skills_precision": 0.80,
}  # fmt: skip


def canonical(skill: str) -> str:
    """Compare skills by the taxonomy's canonical name when it knows them."""
    try:
        from jobwise.ai.skills import canonical_skill

        skill = canonical_skill(skill) or skill
    except ImportError:
        pass
    return re.sub(r"[^a-z0-9+#]", "", unicodedata.normalize("NFKD", skill.lower()))


def main(argv: list[str]) -> int:
    try:
        result = evaluate(lambda data: extract_text(data).text, analyze_cv, canonical)
    finally:
        shutdown_pool()
    scores = result.scores
    print(f"CV parsing accuracy on {scores.cases} labelled CVs (PDF/DOCX -> extract_text -> analyze_cv)")
    failed = False
    for name, target in TARGETS.items():
        rate = scores.rate(name)
        failed |= rate < target
        mark = "ok " if rate >= target else "LOW"
        print(f"  {mark} {name:<17} {rate:6.1%}  (target {target:.0%}, n={scores.totals.get(name, 0):.0f})")
    print(f"  ..  location          {scores.rate('location'):6.1%}  (no target)")
    print(f"  ..  hidden AI prompts {scores.rate('injection_flagged'):6.1%}  flagged correctly (no target)")
    ms = result.ms_per_cv
    print(
        f"  analysis time per CV: median {statistics.median(ms):.1f} ms, max {max(ms):.1f} ms (budget 30 ms)"
    )
    if "-v" in argv:
        print("\n".join(f"  miss {m}" for m in scores.misses))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
