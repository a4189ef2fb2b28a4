"""Held-out CVs in real-world layouts (sidebars, layout tables, Europass, text boxes, running
headers, icon fonts, German and French...), labelled by hand before the analyser read them.

`heldout_cvs()` gives them ready to render; `score_entries` adds job-title and school accuracy
to the corpus fields.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from tests.cv_corpus.heldout.model import HeldoutCV, labelled
from tests.cv_corpus.scoring import FieldScores, _key


def heldout_cvs() -> list[HeldoutCV]:
    from tests.cv_corpus.heldout.cvs import CVS

    return [labelled(cv) for cv in CVS]


def _found(want: str, got: list[str]) -> bool:
    key = _key(want)
    return any(key and g and (key in g or g in key) for g in map(_key, got))


def score_entries(
    scores: FieldScores, cvs: Sequence[HeldoutCV], analyses: Mapping[str, dict[str, Any]]
) -> None:
    """Job titles and schools found, each compared like employers (one inside the other)."""
    for cv in cvs:
        parsed = analyses[cv.id]["parsed_content"]
        titles = [e["title"] or "" for e in parsed["experiences"]]
        schools = [e["institution"] or "" for e in parsed["education"]]
        for title in cv.titles:
            scores.add("titles", _found(title, titles), note=f"{cv.id} {title!r} not in {titles}")
        for school in cv.schools:
            scores.add("schools", _found(school, schools), note=f"{cv.id} {school!r} not in {schools}")
