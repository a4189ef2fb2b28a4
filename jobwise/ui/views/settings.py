"""Job-search preferences and the account: name, password, API keys, deleting the account."""

from __future__ import annotations

import streamlit as st

from jobwise.ui import state
from jobwise.ui.text import lines

client = state.api()
st.title("Settings")
state.show_flash()
REMOTE = ["any", "remote", "hybrid", "on-site"]

prefs_tab, account_tab, keys_tab, danger_tab = st.tabs(
    ["Preferences", "Account", "API keys", "Delete account"]
)

with prefs_tab:
    prefs = state.call(client.get, "/users/me/settings")
    if prefs is not None:
        with st.form("preferences"):
            roles = st.text_area("Target roles (one per line)", "\n".join(prefs["target_roles"]))
            places = st.text_area(
                "Preferred locations (one per line)", "\n".join(prefs["preferred_locations"])
            )
            remote = st.selectbox("Remote preference", REMOTE, index=REMOTE.index(prefs["remote_preference"]))
            left, right = st.columns(2)
            salary = left.number_input(
                "Desired yearly salary", min_value=0, step=1000, value=prefs["desired_salary"] or 0
            )
            currency = right.text_input("Currency (ISO code)", prefs["currency"] or "", max_chars=3)
            if st.form_submit_button("Save preferences", type="primary"):
                body = {
                    "target_roles": lines(roles), "preferred_locations": lines(places),
                    "remote_preference": remote, "desired_salary": int(salary) or None,
                    "currency": currency.strip() or None,
                }  # fmt: skip
                if state.call(client.put, "/users/me/settings", body) is not None:
                    state.flash("Preferences saved.")
                    st.rerun()

with account_tab:
    me = state.call(client.get, "/users/me")
    if me:
        st.write(
            f"**Email:** {me['email']}  ·  **Role:** {me['role']}  ·  member since {me['created_at'][:10]}"
        )
        with st.form("name"):
            name = st.text_input("Full name", me.get("full_name") or "")
            if (
                st.form_submit_button("Save name")
                and (user := state.call(client.patch, "/users/me", {"full_name": name.strip() or None}))
                is not None
            ):
                st.session_state.user = user
                state.flash("Name saved.")
                st.rerun()
    st.subheader("Change password")
    with st.form("password", clear_on_submit=True):
        current = st.text_input("Current password", type="password")
        new = st.text_input("New password", type="password", help="At least 8 characters")
        if st.form_submit_button("Change password"):
            body = {"current_password": current, "new_password": new}
            if state.attempt(client.post, "/auth/password/change", body):
                st.success("Password changed; your other sessions were signed out.")

with keys_tab:
    st.write("API keys let scripts use JobWise as you: send one as the `X-API-Key` header.")
    with st.form("new_key", clear_on_submit=True):
        key_name = st.text_input("Name of the new key", placeholder="e.g. laptop script")
        if st.form_submit_button("Create key") and key_name.strip():
            created = state.call(client.post, "/auth/api-keys", {"name": key_name.strip()})
            if created:
                st.session_state["created_key"] = created
    if new_key := st.session_state.get("created_key"):
        st.success(f"Key **{new_key['name']}** created. Copy it now: it is shown only once.")
        st.code(new_key["key"], language=None)
    keys = state.call(client.get, "/auth/api-keys")
    if keys is not None and not keys:
        st.caption("No API keys yet.")
    for key in keys or []:
        left, right = st.columns([4, 1])
        left.write(f"**{key['name']}** · `{key['prefix']}…` · created {key['created_at'][:10]}")
        if right.button("Revoke", key=f"revoke_{key['id']}") and state.attempt(
            client.delete, f"/auth/api-keys/{key['id']}"
        ):
            st.session_state.pop("created_key", None)
            state.flash(f"Key {key['name']} revoked.")
            st.rerun()

with danger_tab:
    st.warning("Deleting your account removes your CVs, profile, jobs and files for good.")
    with st.form("delete_account"):
        password = st.text_input("Your password", type="password")
        sure = st.checkbox("I understand this cannot be undone")
        if st.form_submit_button("Delete my account", type="primary"):
            if not sure:
                st.error("Tick the box to confirm.")
            elif state.attempt(client.delete, "/users/me", {"password": password}):
                client.tokens = None
                state.sign_out("Your account was deleted.")
