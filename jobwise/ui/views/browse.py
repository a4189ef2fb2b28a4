"""Find jobs: browse the sample feed, search saved and feed jobs, and recommendations for a CV."""

from __future__ import annotations

from typing import Any

import streamlit as st

from jobwise.ui import state
from jobwise.ui.text import salary

client = state.api()
PAGE_SIZE = 20
st.title("Find jobs")
state.show_flash()


def save_feed(feed_id: str, title: str) -> None:
    if state.call(client.post, f"/jobs/browse/{feed_id}/save", spinner="Saving…"):
        state.flash(f"Saved “{title}” to your jobs.")
        st.rerun()


def posting(item: dict[str, Any], key: str, score: float | None = None) -> None:
    with st.container(border=True):
        head, action = st.columns([5, 1])
        where = " · ".join(
            str(b)
            for b in (item.get("company"), item.get("location"), item.get("location_type"), salary(item))
            if b
        )
        head.markdown(f"**{item['title']}**  \n{where}")
        if score is not None:
            head.caption(
                f"Relevance {score:.0f}"
                + (" · " + "; ".join(item.get("reasons") or []) if item.get("reasons") else "")
            )
        if item.get("job_id") or item.get("kind") == "saved":
            action.caption("Saved")
        elif item.get("feed_id") and action.button("Save", key=f"save_{key}_{item['feed_id']}"):
            save_feed(item["feed_id"], item["title"])
        if item.get("description"):
            with st.expander("Description"):
                st.markdown(item["description"])


def browse_tab() -> None:
    words, arrangement, kind = st.columns([2, 1, 1])
    q = words.text_input("Keywords", key="feed_q", placeholder="e.g. analyst, Berlin")
    location_type = arrangement.selectbox(
        "Arrangement", [None, "remote", "hybrid", "on-site"], key="feed_lt", format_func=lambda s: s or "Any"
    )
    employment = kind.selectbox(
        "Employment", [None, "full-time", "part-time", "contract", "internship"], key="feed_et",
        format_func=lambda s: s or "Any",
    )  # fmt: skip
    number = st.session_state.get("feed_page", 1)
    filters = {"q": q, "location_type": location_type, "employment_type": employment}
    page = state.call(client.get, "/jobs/browse", limit=PAGE_SIZE, offset=(number - 1) * PAGE_SIZE, **filters)
    if page is None:
        return
    pages = max(1, -(-page["total"] // PAGE_SIZE))
    if number > pages:  # the filters changed under a later page
        st.session_state.feed_page = 1
        st.rerun()
    st.caption(f"{page['total']} postings · page {number} of {pages}")
    if not page["items"]:
        st.info("No posting matches these filters; try fewer words.")
    for item in page["items"]:
        posting(item, "feed")
    if pages > 1:
        st.number_input("Page", 1, pages, key="feed_page")


def search_tab() -> None:
    with st.form("search"):
        query = st.text_input(
            "What are you looking for?", key="search_q", placeholder="e.g. python data engineer berlin"
        )
        left, right = st.columns(2)
        arrangement = left.multiselect("Arrangement", ["remote", "hybrid", "on-site"], key="search_lt")
        floor = right.number_input("Minimum salary", 0, None, None, 5000, key="search_floor")
        with_cv = st.checkbox("Rank by fit with my latest analysed CV", key="search_cv")
        submitted = st.form_submit_button("Search", type="primary")
    if submitted:
        analysed = state.cvs(completed_only=True) if with_cv else []
        cv = analysed[0] if analysed else None
        if not query.strip() and not cv:
            st.error("Type what you are looking for (or rank by your CV).")
            return
        filters = {"location_type": arrangement or None, "salary_floor": floor}
        body = {"query": query.strip(), "filters": filters, "cv_id": cv["id"] if cv else None}
        st.session_state.search_results = state.call(client.post, "/jobs/search", body, spinner="Searching…")
    results = st.session_state.get("search_results")
    if results is not None:
        st.caption(f"{results['total']} results")
        for hit in results["items"]:
            posting(hit, "hit", score=hit.get("score"))


def recommendations_tab() -> None:
    cv = state.cv_picker("Recommend jobs for", key="rec_cv")
    if not cv:
        return
    recs = state.call(
        client.get, "/jobs/recommendations", cv_id=cv["id"], spinner="Ranking jobs for your CV…"
    )
    if recs is None:
        return
    items = recs.get("items", []) if isinstance(recs, dict) else recs
    if not items:
        st.info("No recommendations yet: save some jobs or browse the feed.")
    for item in items:
        posting(item, "rec", score=item.get("score"))


browse, search, recommended = st.tabs(["Browse", "Search", "Recommended for my CV"])
with browse:
    browse_tab()
with search:
    search_tab()
with recommended:
    recommendations_tab()
