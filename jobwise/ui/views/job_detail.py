"""One job: its details and status, the match against a chosen CV, and the bias report."""

from __future__ import annotations

from typing import Any

import streamlit as st

from jobwise.ui import charts, state
from jobwise.ui.charts import label
from jobwise.ui.forms import moves
from jobwise.ui.text import highlight, job_title, salary

client = state.api()
st.title("Job detail")
state.show_flash()


def pick_job(jobs: list[dict[str, Any]]) -> dict[str, Any]:
    ids = [j["id"] for j in jobs]
    wanted = st.session_state.get("job_id") or st.query_params.get("job")
    chosen = st.selectbox(
        "Job", ids, index=ids.index(wanted) if wanted in ids else 0,
        format_func=lambda i: next(job_title(j) for j in jobs if j["id"] == i),
    )  # fmt: skip
    st.session_state.job_id = chosen
    st.query_params["job"] = chosen  # a reload or shared link keeps the job
    return next(j for j in jobs if j["id"] == chosen)


def facts(job: dict[str, Any]) -> None:
    bits = [job.get("location"), job.get("location_type"), job.get("employment_type"), salary(job)]
    if job.get("min_experience_years"):
        bits.append(f"{job['min_experience_years']:g}+ years")
    st.caption(" · ".join(str(b) for b in bits if b))
    if job.get("required_skills"):
        st.markdown("**Required skills:** " + ", ".join(job["required_skills"]))
    if job.get("nice_to_have_skills"):
        st.markdown("**Nice to have:** " + ", ".join(job["nice_to_have_skills"]))
    if job.get("url"):
        st.markdown(f"[Original posting]({job['url']})")


def status_controls(job: dict[str, Any]) -> None:
    st.markdown(f"**Application:** {label(job['application_status'])}")
    options = moves(job["application_status"])
    if not options:
        st.caption("This application is closed.")
        return
    with st.form("status"):
        target = st.selectbox("Move to", options, format_func=label)
        note = st.text_input("Note (optional)")
        if st.form_submit_button("Update status", type="primary"):
            body = {"status": target, "note": note.strip() or None}
            if state.call(client.patch, f"/jobs/{job['id']}/application-status", body):
                state.flash(f"Moved to {label(target).lower()}.")
                st.rerun()


def match_section(job: dict[str, Any]) -> None:
    cv = state.cv_picker("Match against CV", key="match_cv")
    if not cv:
        return
    match = state.call(client.get, f"/jobs/{job['id']}/match", cv_id=cv["id"], spinner="Matching…")
    if not match:
        return
    left, right = st.columns([1, 2])
    left.metric("Match score", f"{match['score']} / 100")
    left.markdown(match.get("explanation") or "")
    right.plotly_chart(charts.match_breakdown(match), key="breakdown")
    skills = match.get("skills") or {}
    have, lack = st.columns(2)
    have.markdown(
        "**Matched skills**  \n"
        + (" ".join(f":green-badge[{s}]" for s in skills.get("matched", [])) or "none")
    )
    lack.markdown(
        "**Missing skills**  \n" + (" ".join(f":red-badge[{s}]" for s in skills.get("missing", [])) or "none")
    )


def bias_section(job: dict[str, Any]) -> None:
    report = state.call(client.get, f"/jobs/{job['id']}/bias", spinner="Checking the wording…")
    if report is None:
        return
    flags = report.get("flags") or []
    st.metric(
        "Inclusive-language score", f"{report['score']} / 100", help="100 means no exclusionary wording found"
    )
    if not flags:
        st.success("No biased or exclusionary phrases found.")
    for flag in flags:
        st.markdown(f"- **{flag['phrase']}** ({label(flag['category'])}): {flag.get('suggestion') or ''}")
    with st.container(border=True, height=360):
        in_description = [f for f in flags if f.get("field") == "description"]
        st.markdown(highlight(job.get("description") or "", in_description), unsafe_allow_html=True)


def manage(job: dict[str, Any]) -> None:
    archived = job.get("status") == "archived"
    left, right = st.columns(2)
    body = {"status": "active" if archived else "archived"}
    if left.button("Restore" if archived else "Archive", key="archive") and state.call(
        client.patch, f"/jobs/{job['id']}", body
    ):
        state.flash("Job restored." if archived else "Job archived.")
        st.rerun()
    if right.button("Delete job", key="delete_job") and state.attempt(client.delete, f"/jobs/{job['id']}"):
        st.session_state.pop("job_id", None)
        st.query_params.pop("job", None)
        state.flash("Job deleted.")
        st.rerun()


jobs = state.call(client.list_all, "/jobs", status=None)
if jobs is None:
    st.stop()
if not jobs:
    st.info("No saved jobs yet: add one on the **Jobs** page or save one from **Find jobs**.")
    st.stop()
job = pick_job(jobs)
st.header(job_title(job))
facts(job)
tab_match, tab_bias, tab_status, tab_text = st.tabs(["Match", "Bias report", "Status", "Description"])
with tab_match:
    match_section(job)
with tab_bias:
    bias_section(job)
with tab_status:
    status_controls(job)
    history = state.call(client.get, f"/jobs/{job['id']}/history")
    for change in (history or {}).get("items", history if isinstance(history, list) else []):
        when = change["at"][:16].replace("T", " ")
        st.caption(f"{when}: {label(change['from'])} → {label(change['to'])} {change.get('note') or ''}")
    manage(job)
with tab_text:
    st.markdown(job.get("description") or "_No description._")
