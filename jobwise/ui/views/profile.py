"""The master profile: headline and contact, experiences, education, projects, skills; completeness."""

from __future__ import annotations

from typing import Any

import streamlit as st

from jobwise.ui import charts, state
from jobwise.ui.text import lines

client = state.api()
st.title("Profile")
state.show_flash()

Field = tuple[str, str, str]  # name, label, kind: text | area | bullets | tags | bool
SECTIONS: dict[str, tuple[str, list[Field]]] = {
    "experiences": ("title", [
        ("title", "Job title *", "text"), ("company", "Company", "text"), ("location", "Location", "text"),
        ("start_date", "Start (YYYY-MM)", "text"), ("end_date", "End (YYYY-MM; empty while current)", "text"),
        ("is_current", "I work here now", "bool"), ("bullets", "Achievements (one per line)", "bullets"),
        ("technologies", "Technologies (comma separated)", "tags"),
    ]),
    "education": ("institution", [
        ("institution", "Institution *", "text"), ("degree", "Degree", "text"),
        ("field_of_study", "Field of study", "text"), ("grade", "Grade", "text"),
        ("start_date", "Start (YYYY-MM)", "text"), ("end_date", "End (YYYY-MM)", "text"),
    ]),
    "projects": ("name", [
        ("name", "Project name *", "text"), ("description", "Description", "area"), ("url", "Link", "text"),
        ("technologies", "Technologies (comma separated)", "tags"),
        ("start_date", "Start (YYYY-MM)", "text"), ("end_date", "End (YYYY-MM)", "text"),
    ]),
}  # fmt: skip


def field_input(field: Field, value: Any, key: str) -> Any:
    _name, label, kind = field
    if kind == "bool":
        return st.checkbox(label, bool(value), key=key)
    if kind in ("bullets", "tags"):
        text = st.text_area(label, ("\n" if kind == "bullets" else ", ").join(value or []), key=key)
        return (
            [line.strip() for line in text.splitlines() if line.strip()] if kind == "bullets" else lines(text)
        )
    widget = st.text_area if kind == "area" else st.text_input
    return widget(label, value or "", key=key).strip() or None


def item_form(section: str, profile_id: str, item: dict[str, Any] | None) -> None:
    required, fields = SECTIONS[section]
    suffix = item["id"] if item else "new"
    with st.form(f"{section}_{suffix}", clear_on_submit=item is None):
        body = {f[0]: field_input(f, (item or {}).get(f[0]), f"{section}_{suffix}_{f[0]}") for f in fields}
        save, remove = st.columns([1, 1])
        saved = save.form_submit_button("Save" if item else "Add", type="primary")
        removed = item is not None and remove.form_submit_button("Remove")
    path = f"/profiles/{profile_id}/{section}"
    if saved and not body[required]:
        st.error(f"{dict((f[0], f[1]) for f in fields)[required].rstrip(' *')} is required.")
    elif saved and item is None and state.call(client.post, path, {"items": [body]}):
        state.flash("Added.")
        st.rerun()
    elif saved and item and state.call(client.put, path, {"items": [{"id": item["id"], **body}]}):
        state.flash("Saved.")
        st.rerun()
    elif removed and item and state.attempt(client.delete, path, {"ids": [item["id"]]}):
        state.flash("Removed.")
        st.rerun()


def section_tab(section: str, profile: dict[str, Any]) -> None:
    required = SECTIONS[section][0]
    for item in profile.get(section) or []:
        where = item.get("company") or item.get("degree")
        with st.expander(" · ".join(str(p) for p in (item.get(required) or "Untitled", where) if p)):
            item_form(section, profile["id"], item)
    if not profile.get(section):
        st.caption(f"No {section} yet: add one below, or import a CV from the **CVs** page.")
    with st.expander(f"Add to {section}", expanded=not profile.get(section)):
        item_form(section, profile["id"], None)


def skills_tab(profile: dict[str, Any]) -> None:
    skills = profile.get("skills") or {}
    languages = "\n".join(
        f"{lang['name']}: {lang['proficiency']}" if lang.get("proficiency") else lang["name"]
        for lang in skills.get("languages") or []
    )
    certs = "\n".join(
        " | ".join(str(c[k]) for k in ("name", "issuer", "date") if c.get(k))
        for c in skills.get("certifications") or []
    )
    with st.form("skills"):
        technical = st.text_area(
            "Technical skills (comma separated)", ", ".join(skills.get("technical") or [])
        )
        soft = st.text_area("Soft skills (comma separated)", ", ".join(skills.get("soft") or []))
        langs = st.text_area("Languages (one per line, e.g. `German: fluent`)", languages)
        cert_text = st.text_area("Certifications (one per line: name | issuer | YYYY-MM)", certs)
        if st.form_submit_button("Save skills", type="primary"):
            body = {
                "technical": lines(technical),
                "soft": lines(soft),
                "languages": [_language(line) for line in langs.splitlines() if line.strip()],
                "certifications": [_certification(c) for c in cert_text.splitlines() if c.strip()],
            }
            if state.call(client.put, f"/profiles/{profile['id']}/skills", body):
                state.flash("Skills saved.")
                st.rerun()


def _language(line: str) -> dict[str, Any]:
    name, _, level = line.partition(":")
    return {"name": name.strip(), "proficiency": level.strip() or None}


def _certification(line: str) -> dict[str, Any]:
    parts = [p.strip() or None for p in line.split("|")] + [None, None]
    return {"name": parts[0], "issuer": parts[1], "date": parts[2]}


def basics_form(profile: dict[str, Any] | None) -> None:
    p = profile or {}
    with st.form("basics"):
        headline = st.text_input("Headline", p.get("headline") or "", placeholder="e.g. Senior data engineer")
        location = st.text_input("Location", p.get("location") or "")
        phone = st.text_input("Phone", p.get("phone") or "")
        links = st.text_area("Links (one per line)", "\n".join(p.get("links") or []))
        summary = st.text_area("Summary", p.get("summary") or "", height=120)
        if st.form_submit_button("Save" if profile else "Create profile", type="primary"):
            body = {"headline": headline.strip() or None, "location": location.strip() or None,
                    "phone": phone.strip() or None, "links": lines(links),
                    "summary": summary.strip() or None}  # fmt: skip
            done = (
                state.call(client.put, f"/profiles/{profile['id']}", body)
                if profile
                else state.call(client.post, "/profiles", body)
            )
            if done:
                state.flash("Profile saved.")
                st.rerun()


def completeness(profile_id: str) -> None:
    analytics = state.call(client.get, f"/profiles/{profile_id}/analytics")
    if not analytics:
        return
    st.progress(analytics["completeness"] / 100, text=f"Profile {analytics['completeness']}% complete")
    coverage = analytics.get("coverage") or {}
    if coverage:
        st.plotly_chart(charts.section_coverage(coverage), key="coverage")
    for warning in analytics.get("warnings") or []:
        (st.error if warning.get("severity") == "error" else st.warning)(warning["message"])


page = state.call(client.get, "/profiles")
if page is None:
    st.stop()
if not page["items"]:
    st.info(
        "You have no profile yet. Fill in the basics below, or import an analysed CV from the **CVs** page."
    )
    cv = state.cv_picker("Import from CV", key="profile_cv")
    if (
        cv
        and st.button("Import this CV into a new profile", type="primary")
        and state.call(client.post, "/profiles/import-cv", {"cv_id": cv["id"]}, spinner="Importing…")
    ):
        state.flash("Profile created from your CV.")
        st.rerun()
    basics_form(None)
    st.stop()

profile = page["items"][0]
completeness(profile["id"])
basics, experience, education, projects, skills = st.tabs(
    ["Basics", "Experience", "Education", "Projects", "Skills"]
)
with basics:
    basics_form(profile)
with experience:
    section_tab("experiences", profile)
with education:
    section_tab("education", profile)
with projects:
    section_tab("projects", profile)
with skills:
    skills_tab(profile)
