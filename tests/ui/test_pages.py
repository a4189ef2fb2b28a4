"""Every signed-in page against the real API, with an analysed CV and a saved job."""

from __future__ import annotations

import time
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


def test_dashboard_charts_the_funnel_and_match_scores(ui: Any, seeker: dict[str, Any]) -> None:
    at = ui.signed_in(seeker)
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Saved jobs"] == "1"
    charts = [e for e in at.get("plotly_chart")]
    assert len(charts) == 4  # funnel, by status, score distribution, missing skills


def test_jobs_board_moves_a_job_to_its_next_status(ui: Any, seeker: dict[str, Any], api_url: str) -> None:
    at = ui.signed_in(seeker, "views/jobs.py")
    assert not at.exception
    job_id = seeker["job"]["id"]
    at.button(key=f"next_{job_id}").click().run()
    assert "moved to preparing" in ui.texts(at)
    assert at.session_state["api"].get(f"/jobs/{job_id}")["application_status"] == "preparing"
    at.button(key=f"next_{job_id}").click().run()
    assert at.session_state["api"].get(f"/jobs/{job_id}")["application_status"] == "applied"
    assert at.button(key=f"next_{job_id}").label.endswith("Interviewing")


def test_jobs_list_filters_and_shows_an_empty_state(ui: Any, seeker: dict[str, Any]) -> None:
    at = ui.signed_in(seeker, "views/jobs.py")
    assert len(at.dataframe) == 1
    at.button(key="open_selected").click().run()
    assert at.title[0].value == "Job detail"
    assert at.session_state["job_id"] == seeker["job"]["id"]
    at.switch_page("views/jobs.py").run()
    at.text_input(key="jobs_q").input("no such job anywhere").run()
    assert "No job matches these filters." in ui.texts(at)


def test_pasted_posting_is_previewed_before_saving(ui: Any, account: dict[str, str], posting: str) -> None:
    at = ui.signed_in(account, "views/jobs.py")
    assert "Your board is empty" in ui.texts(at)
    at.text_area(key="paste_text").input(posting)
    next(b for b in at.button if b.label == "Read it").click().run()
    assert at.text_input(key="parsed_job_title").value == "Senior Python Developer"
    assert at.text_area(key="parsed_job_nice").value == "Apache Airflow, Terraform"
    assert at.session_state["api"].get("/jobs")["total"] == 0  # nothing saved yet
    at.text_input(key="parsed_job_title").input("Senior Python Engineer")
    next(b for b in at.button if b.label == "Save this job").click().run()
    assert not at.exception
    jobs = at.session_state["api"].get("/jobs")["items"]
    assert [(j["title"], j["source"]) for j in jobs] == [("Senior Python Engineer", "text_parsed")]
    assert jobs[0]["nice_to_have_skills"] == ["Apache Airflow", "Terraform"]


def test_job_form_reports_api_validation_errors(ui: Any, account: dict[str, str]) -> None:
    at = ui.signed_in(account, "views/jobs.py")
    at.radio(key="add_mode").set_value("Fill in a form").run()
    at.text_input(key="new_job_title").input("Data Analyst")
    at.text_input(key="new_job_url").input("not a url")
    next(b for b in at.button if b.label == "Save job").click().run()
    assert not at.exception
    assert "url" in at.error[0].value.lower()


def test_cvs_page_empty_state_says_what_to_do(ui: Any, account: dict[str, str]) -> None:
    at = ui.signed_in(account, "views/cvs.py")
    assert "No CVs yet: upload your CV above" in ui.texts(at)


def test_profile_is_imported_from_a_cv_then_edited(ui: Any, account: dict[str, str], cv_bytes: bytes) -> None:
    at = ui.signed_in(account, "views/profile.py")
    assert "You have no profile yet" in ui.texts(at)
    client = at.session_state["api"]
    cv = client.upload_cv("cv.pdf", cv_bytes, "application/pdf")
    for _ in range(200):
        if client.get(f"/cvs/{cv['id']}")["status"] == "completed":
            break
        time.sleep(0.3)
    at.run()
    next(b for b in at.button if b.label == "Import this CV into a new profile").click().run()
    assert not at.exception
    assert "Profile created from your CV." in ui.texts(at)
    assert "complete" in at.get("progress")[0].proto.text
    profile = client.get("/profiles")["items"][0]
    assert [e["title"] for e in profile["experiences"]][:1] == ["Senior Backend Developer"]
    at.text_input(key="experiences_new_title").input("Open-source maintainer")
    at.text_input(key="experiences_new_start_date").input("2015-01")
    at.text_input(key="experiences_new_end_date").input("2016-06")
    next(b for b in at.button if b.label == "Add").click().run()
    assert not at.exception
    titles = [e["title"] for e in client.get(f"/profiles/{profile['id']}")["experiences"]]
    assert "Open-source maintainer" in titles


def test_find_jobs_browses_the_feed_and_saves_a_posting(ui: Any, account: dict[str, str]) -> None:
    at = ui.signed_in(account, "views/browse.py")
    assert not at.exception
    save = next(b for b in at.button if b.label == "Save")
    save.click().run()
    assert "to your jobs." in ui.texts(at)
    saved = at.session_state["api"].get("/jobs")["items"]
    assert [j["source"] for j in saved] == ["feed"]
    assert "No analysed CV yet" in ui.texts(at)  # the recommendations tab says what to do first


def test_search_and_recommendations_rank_jobs_for_a_cv(ui: Any, seeker: dict[str, Any]) -> None:
    at = ui.signed_in(seeker, "views/browse.py")
    at.text_input(key="search_q").input("python developer fastapi")
    next(b for b in at.button if b.label == "Search").click().run()
    assert not at.exception
    results = at.session_state["search_results"]
    assert results["total"] >= 1
    assert any(hit["title"] == "Senior Python Developer" for hit in results["items"])
    assert any(c.value.startswith("Relevance") for c in at.caption)


def test_feed_is_paged_and_filtered(ui: Any, account: dict[str, str]) -> None:
    at = ui.signed_in(account, "views/browse.py")
    first = next(c.value for c in at.caption if "postings" in c.value)
    assert first.endswith("page 1 of " + first.split(" of ")[-1])
    at.number_input(key="feed_page").set_value(2).run()
    assert any("page 2 of" in c.value for c in at.caption)
    at.text_input(key="feed_q").input("zzzz-no-such-posting").run()
    assert not at.exception
    assert "No posting matches these filters; try fewer words." in ui.texts(at)


def test_url_import_refusal_shows_the_apis_reason(ui: Any, account: dict[str, str]) -> None:
    at = ui.signed_in(account, "views/jobs.py")
    at.radio(key="add_mode").set_value("From a URL").run()
    at.get("form")[0].text_input[0].input("http://127.0.0.1:8000/careers/42")
    at.get("form")[0].button[0].click().run()
    assert not at.exception
    assert len(at.error) == 1
    assert at.session_state["api"].get("/jobs")["total"] == 0


def test_cv_is_reanalysed_then_deleted(ui: Any, account: dict[str, str], cv_bytes: bytes) -> None:
    at = ui.signed_in(account, "views/cvs.py")
    client = at.session_state["api"]
    client.upload_cv("second.pdf", cv_bytes, "application/pdf")
    at.run()  # waits for the analysis with a progress bar, then shows it
    assert "ATS checklist" in ui.texts(at)
    first = client.get("/cvs")["items"][0]["analyzed_at"]
    next(b for b in at.button if b.label == "Re-analyse").click().run()
    assert not at.exception
    again = client.get("/cvs")["items"][0]
    assert (again["status"], again["analyzed_at"] > first) == ("completed", True)
    next(b for b in at.button if b.label == "Delete").click().run()
    assert "second.pdf deleted." in ui.texts(at)
    assert "No CVs yet" in ui.texts(at)
    assert client.get("/cvs")["total"] == 0
