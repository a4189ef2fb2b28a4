"""Jobs: add (form, pasted text with a preview, URL), the list with filters, and the application board."""

from __future__ import annotations

from typing import Any

import streamlit as st

from jobwise.ui import state
from jobwise.ui.charts import label
from jobwise.ui.forms import CLOSED, job_form, moves
from jobwise.ui.text import job_title, salary

client = state.api()
st.title("Jobs")
state.show_flash()
BOARD = ["not_applied", "preparing", "applied", "interviewing", "offer"]


def open_job(job_id: str) -> None:
    st.session_state.job_id = job_id
    st.switch_page("views/job_detail.py")


def move(job: dict[str, Any], status: str) -> None:
    if state.call(client.patch, f"/jobs/{job['id']}/application-status", {"status": status}):
        state.flash(f"“{job['title']}” moved to {label(status).lower()}.")
        st.rerun()


def card(job: dict[str, Any]) -> None:
    with st.container(border=True):
        st.markdown(f"**{job['title']}**")
        st.caption(job.get("company") or "")
        options = moves(job["application_status"])
        step = label(options[0]) if options else ""
        if options and st.button(
            step, key=f"next_{job['id']}", icon=":material/arrow_forward:", help=f"Move to {step.lower()}",
            width="stretch",
        ):  # fmt: skip
            move(job, options[0])
        with st.popover("More", width="stretch"):
            if st.button("Open", key=f"open_{job['id']}"):
                open_job(job["id"])
            for status in options[1:]:
                if st.button(f"Mark {label(status).lower()}", key=f"{status}_{job['id']}"):
                    move(job, status)


def board(jobs: list[dict[str, Any]]) -> None:
    """Two rows of three stages: each column stays wide enough for a readable card at 1280 px."""
    stages = [*BOARD, "closed"]
    for row in (stages[:3], stages[3:]):
        for column, status in zip(st.columns(3, border=True), row, strict=True):
            members = [
                j
                for j in jobs
                if j["application_status"] == status
                or (status == "closed" and j["application_status"] in CLOSED)
            ]
            column.markdown(f"**{label(status)}** ({len(members)})")
            with column:
                for job in members:
                    card(job)


def job_list(jobs_total: int) -> None:
    f1, f2, f3, f4 = st.columns([2, 1, 1, 1])
    q = f1.text_input("Search title, company or text", key="jobs_q")
    app_status = f2.selectbox(
        "Application", [None, *BOARD, *CLOSED], key="jobs_app", format_func=lambda s: label(s) if s else "Any"
    )
    location_type = f3.selectbox(
        "Arrangement", [None, "remote", "hybrid", "on-site"], key="jobs_lt", format_func=lambda s: s or "Any"
    )
    status = f4.selectbox(
        "Posting", ["active", "draft", "archived", None], key="jobs_st", format_func=lambda s: s or "Any"
    )
    jobs = state.call(
        client.list_all,
        "/jobs",
        q=q,
        application_status=app_status,
        location_type=location_type,
        status=status,
    )
    if jobs is None:
        return
    if not jobs:
        st.info(
            "No job matches these filters."
            if jobs_total
            else "No jobs yet: add one in the **Add a job** tab, or save one from **Find jobs**."
        )
        return
    rows = [
        {"Job": job_title(j), "Location": j.get("location") or "", "Arrangement": j.get("location_type"),
         "Salary": salary(j), "Application": label(j["application_status"]), "Added": j["created_at"][:10]}
        for j in jobs
    ]  # fmt: skip
    st.dataframe(rows, hide_index=True, width="stretch")
    pick = st.selectbox(
        "Open a job",
        [j["id"] for j in jobs],
        format_func=lambda i: next(job_title(j) for j in jobs if j["id"] == i),
    )
    if st.button("Open job", type="primary", key="open_selected"):
        open_job(pick)


def add_job() -> None:
    mode = st.radio(
        "How", ["Paste the posting", "From a URL", "Fill in a form"], horizontal=True, key="add_mode"
    )
    if mode == "Fill in a form":
        if (body := job_form("new_job")) and (
            job := state.call(client.post, "/jobs", body, spinner="Saving…")
        ):
            state.flash(f"Saved “{job['title']}”.")
            st.rerun()
    elif mode == "From a URL":
        with st.form("import_url"):
            url = st.text_input("Address of the job posting", placeholder="https://…")
            if st.form_submit_button("Import", type="primary") and url.strip():
                job = state.call(
                    client.post, "/jobs/import", {"url": url.strip()}, spinner="Fetching the page…"
                )
                if job:
                    state.flash(f"Imported “{job['title']}”.")
                    st.rerun()
    else:
        paste_flow()


def paste_flow() -> None:
    with st.form("parse"):
        text = st.text_area("Paste the whole posting", height=220, key="paste_text")
        if st.form_submit_button("Read it", type="primary") and text.strip():
            result = state.call(
                client.post, "/jobs/parse", {"text": text, "save": False}, spinner="Reading the posting…"
            )
            if result:
                st.session_state.parsed = {"text": text, "fields": result["parsed"]}
    preview = st.session_state.get("parsed")
    if not preview:
        return
    st.subheader("Check what we read, then save")
    body = job_form("parsed_job", preview["fields"], submit="Save this job")
    if body:
        result = state.call(
            client.post, "/jobs/parse", {"text": preview["text"], "save": True}, spinner="Saving…"
        )
        job = (result or {}).get("job")
        if job:
            changed = {
                k: v
                for k, v in body.items()
                if v != job.get(k) and not (v in (None, "", []) and not job.get(k))
            }
            if changed:
                job = state.call(client.patch, f"/jobs/{job['id']}", changed) or job
            st.session_state.pop("parsed", None)
            state.flash(f"Saved “{job['title']}”.")
            st.session_state.job_id = job["id"]
            st.rerun()


all_jobs = state.call(client.list_all, "/jobs")
if all_jobs is None:
    st.stop()
tab_board, tab_list, tab_add = st.tabs(["Board", "My jobs", "Add a job"])
with tab_add:
    add_job()
with tab_board:
    active = [j for j in all_jobs if j.get("status") != "archived"]
    if active:
        board(active)
    else:
        st.info("Your board is empty: add a job in the **Add a job** tab, or save one from **Find jobs**.")
with tab_list:
    job_list(len(all_jobs))
