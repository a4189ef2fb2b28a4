"""Sign in, create an account, ask for or use a password-reset link (shown while signed out)."""

from __future__ import annotations

import streamlit as st

from jobwise.ui import state


def render() -> None:
    st.title("JobWise")
    st.caption("Your job search in one place: CVs, jobs, matches and applications.")
    state.show_flash()
    if token := st.query_params.get("reset_token"):
        _reset(token)
    signin, register, forgot = st.tabs(["Sign in", "Create account", "Forgot password"])
    with signin:
        _sign_in_form()
    with register:
        _register_form()
    with forgot:
        _forgot_form()


def _sign_in(email: str, password: str) -> None:
    user = state.call(state.api().login, email.strip(), password, spinner="Signing in…")
    if user:
        st.session_state.user = user
        st.rerun()


def _sign_in_form() -> None:
    with st.form("sign_in"):
        email = st.text_input("Email", key="login_email")
        password = st.text_input("Password", type="password", key="login_password")
        if not st.form_submit_button("Sign in", type="primary"):
            return
    if not email or not password:
        st.error("Enter your email and password.")
    else:
        _sign_in(email, password)


def _register_form() -> None:
    with st.form("register"):
        full_name = st.text_input("Full name (optional)", key="reg_name")
        email = st.text_input("Email", key="reg_email")
        password = st.text_input(
            "Password", type="password", key="reg_password", help="At least 8 characters, not a common one"
        )
        if not st.form_submit_button("Create account", type="primary"):
            return
    api = state.api()
    if state.call(api.register, email.strip(), password, full_name.strip() or None, spinner="Creating…"):
        _sign_in(email, password)


def _forgot_form() -> None:
    with st.form("forgot"):
        st.write("We will email you a link to choose a new password.")
        email = st.text_input("Email", key="forgot_email")
        if not st.form_submit_button("Send reset link") or not email.strip():
            return
    if state.attempt(state.api().post, "/auth/password/forgot", {"email": email.strip()}):
        st.success("If an account uses that address, a reset link is on its way.")


def _reset(token: str) -> None:
    st.subheader("Choose a new password")
    with st.form("reset"):
        new_password = st.text_input("New password", type="password", help="At least 8 characters")
        if not st.form_submit_button("Set password", type="primary"):
            return
    if state.attempt(
        state.api().post, "/auth/password/reset", {"token": token, "new_password": new_password}
    ):
        del st.query_params["reset_token"]
        state.flash("Password changed. Sign in with your new password.")
        st.rerun()
