"""CVs: upload (with progress while the analysis runs), then the analysis; delete, re-analyse, import."""

from __future__ import annotations

import time
from datetime import date
from typing import Any

import streamlit as st

from jobwise.ui import charts, state
from jobwise.ui.api import UIError

client = state.api()
st.title("CVs")
state.show_flash()
WAIT_SECONDS = 180


def wait_for_analysis(cv: dict[str, Any]) -> dict[str, Any]:
    """Poll until the analysis finishes, with a progress bar; returns the last state seen."""
    bar = st.progress(5, text="Queued for analysis…")
    deadline = time.monotonic() + WAIT_SECONDS
    while cv["status"] in ("pending", "processing") and time.monotonic() < deadline:
        time.sleep(0.5)
        try:
            cv = client.get(f"/cvs/{cv['id']}")
        except UIError as exc:
            st.error(exc.message)
            break
        elapsed = WAIT_SECONDS - (deadline - time.monotonic())
        done = 10 if cv["status"] == "pending" else min(95, 20 + int(elapsed * 5))
        bar.progress(done, text="Analysing your CV…" if cv["status"] == "processing" else "Queued…")
    bar.empty()
    return cv


def badge(text: str) -> str:
    """Text safe inside a Markdown badge (brackets would end it early)."""
    return text.replace("[", "(").replace("]", ")").replace(":", "\\:")


def ats_rows(checks: list[dict[str, Any]]) -> None:
    icons = {"pass": ":green[:material/check_circle: pass]", "warn": ":orange[:material/warning: warn]",
             "fail": ":red[:material/cancel: fail]"}  # fmt: skip
    for check in checks:
        outcome = "pass" if check.get("passed") else ("fail" if check.get("severity") == "error" else "warn")
        name = str(check.get("check", "")).replace("_", " ").capitalize()
        st.markdown(f"{icons[outcome]} · **{name}** — {check.get('message', '')}")


def show_analysis(cv: dict[str, Any]) -> None:
    parsed = cv.get("parsed_content") or {}
    experiences = parsed.get("experiences") or []
    left, right = st.columns([1, 2])
    with left:
        st.plotly_chart(charts.quality_gauge(cv.get("quality_score") or 0), key="gauge")
        st.metric(
            "Experience",
            f"{cv.get('total_experience_years') or 0:g} years",
            help="Overlapping roles count once",
        )
        st.caption(f"Analysed by {cv.get('engine') or 'the built-in engine'}")
    with right:
        if cv.get("summary"):
            st.info(cv["summary"])
        st.subheader("Skills")
        skills = cv.get("extracted_skills") or []
        if skills:
            st.markdown(" ".join(f":blue-badge[{badge(s)}]" for s in skills))
        else:
            st.caption("No skills recognised: list them in a clear Skills section.")
    st.subheader("ATS checklist")
    ats_rows(cv.get("ats_compatibility_feedback") or [])
    st.subheader("Experience")
    if any(e.get("start") for e in experiences):
        st.plotly_chart(charts.experience_timeline(experiences, date.today()), key="timeline")
    for exp in experiences:
        dates = f"{exp.get('start') or '?'} – {'present' if exp.get('is_current') else exp.get('end') or '?'}"
        with st.expander(f"{exp.get('title') or 'Role'} · {exp.get('company') or ''} ({dates})"):
            st.markdown("\n".join(f"- {b}" for b in exp.get("bullets") or []) or "_No details._")
    if not experiences:
        st.caption("No experience section found.")


with (
    st.expander("Upload a CV", expanded=not (cv_list := state.cvs())),
    st.form("upload", clear_on_submit=True),
):
    upload = st.file_uploader("PDF or DOCX", type=["pdf", "docx"])
    if st.form_submit_button("Upload and analyse", type="primary") and upload is not None:
        cv = state.call(client.upload_cv, upload.name, upload.getvalue(), upload.type, spinner="Uploading…")
        if cv:
            st.session_state.chosen_cv = cv["id"]
            wait_for_analysis(cv)
            cv_list = state.cvs()

if not cv_list:
    st.info(
        "No CVs yet: upload your CV above to see its skills, score and ATS checks.", icon=":material/upload:"
    )
    st.stop()

ids = [cv["id"] for cv in cv_list]
remembered = st.session_state.get("chosen_cv")
chosen_id = st.selectbox(
    "Your CVs",
    ids,
    index=ids.index(remembered) if remembered in ids else 0,
    format_func=lambda i: next(
        f"{c['filename']} · {c['created_at'][:10]} · {c['status']}" for c in cv_list if c["id"] == i
    ),
)
st.session_state.chosen_cv = chosen_id
cv = next(c for c in cv_list if c["id"] == chosen_id)
if cv["status"] in ("pending", "processing"):
    cv = wait_for_analysis(cv)

actions = st.columns(3)
if actions[0].button("Re-analyse", icon=":material/refresh:") and (
    again := state.call(client.post, f"/cvs/{cv['id']}/reanalyze")
):
    cv = wait_for_analysis(again)
if actions[1].button("Import into profile", icon=":material/person_add:") and state.call(
    client.post, "/profiles/import-cv", {"cv_id": cv["id"]}, spinner="Importing…"
):
    st.success("Imported into your profile: review it on the **Profile** page.")
if actions[2].button("Delete", icon=":material/delete:") and state.attempt(client.delete, f"/cvs/{cv['id']}"):
    st.session_state.pop("chosen_cv", None)
    state.flash(f"{cv['filename']} deleted.")
    st.rerun()

if cv["status"] == "failed":
    st.error(
        f"The analysis failed: {cv.get('error') or 'unknown reason'}. "
        "Try **Re-analyse** or upload another file."
    )
elif cv["status"] == "completed":
    show_analysis(cv)
else:
    st.warning("The analysis is taking longer than usual; come back to this page in a moment.")
