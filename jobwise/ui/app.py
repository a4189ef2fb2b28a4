"""JobWise web UI: `streamlit run app.py` with JOBWISE_API_URL pointing at the API."""

from __future__ import annotations

import streamlit as st

from jobwise.ui import login, state

st.set_page_config(page_title="JobWise", page_icon=":material/work:", layout="wide")

# (file, title, icon, section); the first one is the start page.
PAGES = [
    ("dashboard", "Dashboard", "monitoring", "Workbench"),
    ("cvs", "CVs", "description", "Workbench"),
    ("profile", "Profile", "person", "Workbench"),
    ("jobs", "Jobs", "work", "Workbench"),
    ("job_detail", "Job detail", "troubleshoot", "Workbench"),
    ("browse", "Find jobs", "travel_explore", "Workbench"),
    ("settings", "Settings", "settings", "Account"),
]

client = state.api()
if not client.signed_in:
    login.render()  # no page registry while signed out: signing in lands on the page that was open
    st.stop()

sections: dict[str, list[st.Page]] = {}
for i, (name, title, icon, section) in enumerate(PAGES):
    page = st.Page(f"views/{name}.py", title=title, icon=f":material/{icon}:", url_path=name, default=i == 0)
    sections.setdefault(section, []).append(page)
with st.sidebar:
    user = st.session_state.get("user") or {}
    st.caption(f"Signed in as **{user.get('email', '')}**")
    if st.button("Sign out", icon=":material/logout:", key="sign_out"):
        state.sign_out()
st.navigation(sections).run()
