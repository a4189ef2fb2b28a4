"""The job form, shared by "add a job" and the parsed-text preview."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import streamlit as st

from jobwise.ui.text import lines

LOCATION_TYPES = [None, "remote", "hybrid", "on-site"]
EMPLOYMENT_TYPES = [None, "full-time", "part-time", "contract", "internship", "temporary"]
SALARY_PERIODS = [None, "year", "month", "hour"]
# Who may move a job where (mirrors the API's state machine, which has the last word).
NEXT_STATUS = {"not_applied": "preparing", "preparing": "applied", "applied": "interviewing",
               "interviewing": "offer", "offer": "accepted"}  # fmt: skip
CLOSED = ("accepted", "declined", "rejected", "withdrawn")


def moves(status: str) -> list[str]:
    """The statuses a job can move to next, the usual next step first."""
    if status in CLOSED:
        return []
    forward = [NEXT_STATUS[status]] + (["declined"] if status == "offer" else [])
    return [*forward, "rejected", "withdrawn"]


def _index(options: list[str | None], value: Any) -> int:
    return options.index(value) if value in options else 0


def _int(value: Any) -> int | None:
    return int(value) if value not in (None, "") else None


def job_form(
    key: str, prefill: Mapping[str, Any] | None = None, submit: str = "Save job"
) -> dict[str, Any] | None:
    """A job's fields as the API takes them, once submitted with a title; None before."""
    p = prefill or {}
    with st.form(key):
        left, right = st.columns(2)
        title = left.text_input("Title *", p.get("title") or "", key=f"{key}_title")
        company = right.text_input("Company", p.get("company") or "", key=f"{key}_company")
        location = left.text_input("Location", p.get("location") or "", key=f"{key}_location")
        location_type = right.selectbox(
            "Work arrangement", LOCATION_TYPES, _index(LOCATION_TYPES, p.get("location_type")),
            key=f"{key}_lt", format_func=lambda o: o or "—",
        )  # fmt: skip
        employment = left.selectbox(
            "Employment type", EMPLOYMENT_TYPES, _index(EMPLOYMENT_TYPES, p.get("employment_type")),
            key=f"{key}_et", format_func=lambda o: o or "—",
        )  # fmt: skip
        years = right.number_input(
            "Minimum years of experience",
            0.0,
            60.0,
            float(p.get("min_experience_years") or 0),
            0.5,
            key=f"{key}_y",
        )
        low, high, cur, per = st.columns(4)
        salary_min = low.number_input(
            "Salary from", 0, None, _int(p.get("salary_min")), 1000, key=f"{key}_smin"
        )
        salary_max = high.number_input(
            "Salary to", 0, None, _int(p.get("salary_max")), 1000, key=f"{key}_smax"
        )
        currency = cur.text_input("Currency", p.get("salary_currency") or "", max_chars=3, key=f"{key}_cur")
        period = per.selectbox(
            "Per", SALARY_PERIODS, _index(SALARY_PERIODS, p.get("salary_period")),
            key=f"{key}_per", format_func=lambda o: o or "—",
        )  # fmt: skip
        skills = st.text_area(
            "Required skills (comma separated)", ", ".join(p.get("required_skills") or []), key=f"{key}_sk"
        )
        nice = st.text_area(
            "Nice-to-have skills (comma separated)",
            ", ".join(p.get("nice_to_have_skills") or []),
            key=f"{key}_nice",
        )
        url = st.text_input("Posting URL", p.get("url") or "", key=f"{key}_url")
        description = st.text_area("Description", p.get("description") or "", height=200, key=f"{key}_desc")
        if not st.form_submit_button(submit, type="primary"):
            return None
    if not title.strip():
        st.error("Give the job a title.")
        return None
    return {
        "title": title.strip(), "company": company.strip() or None, "location": location.strip() or None,
        "location_type": location_type, "employment_type": employment, "min_experience_years": years or None,
        "salary_min": _int(salary_min), "salary_max": _int(salary_max), "salary_period": period,
        "salary_currency": currency.strip().upper() or None, "required_skills": lines(skills),
        "nice_to_have_skills": lines(nice), "url": url.strip() or None, "description": description.strip(),
    }  # fmt: skip
