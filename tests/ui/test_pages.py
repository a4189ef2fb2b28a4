"""Every signed-in page against the real API, with an analysed CV and a saved job."""

from __future__ import annotations

from typing import Any


def test_cvs_page_shows_score_skills_ats_and_timeline(ui: Any, seeker: dict[str, Any]) -> None:
    at = ui.signed_in(seeker, "views/cvs.py")
    assert not at.exception
    said = ui.texts(at)
    assert "ATS checklist" in said
    assert ":blue-badge[FastAPI]" in said
    assert any(m.label == "Experience" and "years" in m.value for m in at.metric)
    assert "Senior Backend Developer" in said


def test_job_detail_shows_match_and_bias(ui: Any, seeker: dict[str, Any]) -> None:
    at = ui.signed_in(seeker, "views/job_detail.py")
    assert not at.exception
    score = next(m for m in at.metric if m.label == "Match score")
    assert score.value.endswith("/ 100")
    said = ui.texts(at)
    assert "Missing skills" in said
    assert ":green-badge[Python]" in said
    assert any(m.label == "Inclusive-language score" for m in at.metric)
