"""Dashboard: the application funnel, jobs by status, match scores and the skills you miss most."""

from __future__ import annotations

from typing import Any

import streamlit as st

from jobwise.ui import charts, state
from jobwise.ui.api import UIError

client = state.api()
MAX_MATCHED = 50  # matching is per job; keep the dashboard quick on big lists
user = st.session_state.get("user") or {}
st.title(f"Welcome back{', ' + user['full_name'].split()[0] if user.get('full_name') else ''}")
state.show_flash()


def matches_for(cv_id: str, jobs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Match results for these jobs, computed once per CV and job version in this session."""
    cache: dict[tuple[str, str, str], dict[str, Any]] = st.session_state.setdefault("match_cache", {})
    todo = [j for j in jobs if (cv_id, j["id"], j["updated_at"]) not in cache]
    if todo:
        bar = st.progress(0, text="Matching your saved jobs against your CV…")
        for done, job in enumerate(todo, 1):
            try:
                cache[(cv_id, job["id"], job["updated_at"])] = client.get(
                    f"/jobs/{job['id']}/match", cv_id=cv_id
                )
            except UIError as exc:
                bar.empty()
                st.info(f"Match scores are unavailable: {exc.message}")
                return []
            bar.progress(done / len(todo), text=f"Matching saved jobs… {done}/{len(todo)}")
        bar.empty()
    return [cache[(cv_id, j["id"], j["updated_at"])] for j in jobs]


jobs = state.call(client.list_all, "/jobs")
if jobs is None:
    st.stop()
if not jobs:
    st.info(
        "Nothing to chart yet. Upload your CV on the **CVs** page, then add jobs on the **Jobs** page "
        "(paste a posting or import it from a URL), or save some from **Find jobs**.",
        icon=":material/rocket_launch:",
    )
    st.stop()

statuses = [j["application_status"] for j in jobs]
funnel = charts.funnel_counts(statuses)
cols = st.columns(4)
for col, name, value in zip(cols, ["Saved jobs", "Applied", "Interviewing", "Offers"], funnel, strict=True):
    col.metric(name, value)

left, right = st.columns(2)
left.plotly_chart(charts.application_funnel(statuses), key="funnel")
right.plotly_chart(charts.jobs_by_status(statuses), key="by_status")

st.subheader("How well your CV fits")
cv = state.cv_picker("Score saved jobs against", key="dash_cv")
if cv:
    active = [j for j in jobs if j.get("status") != "archived"][:MAX_MATCHED]
    results = matches_for(cv["id"], active)
    if results:
        left, right = st.columns(2)
        left.plotly_chart(charts.score_distribution([m["score"] for m in results]), key="scores")
        ranked = charts.top_counts(m["skills"]["missing"] for m in results)
        if ranked:
            right.plotly_chart(charts.missing_skills(ranked), key="missing")
        else:
            right.success("Your CV shows every skill your saved jobs ask for.")
