"""Sign in, create an account, forgot password: the login page against the real API."""

from __future__ import annotations

import uuid
from typing import Any


def sign_in(ui: Any, email: str, password: str) -> Any:
    at = ui.app().run()
    at.text_input(key="login_email").input(email)
    at.text_input(key="login_password").input(password)
    return at.button[0].click().run()


def test_wrong_password_shows_the_apis_message(ui: Any, account: dict[str, str]) -> None:
    at = sign_in(ui, account["email"], "not-the-password")
    assert [e.value for e in at.error] == ["The email or password is incorrect."]
    assert not at.exception


def test_sign_in_opens_the_dashboard_with_a_next_step(ui: Any, account: dict[str, str]) -> None:
    at = sign_in(ui, account["email"], account["password"])
    assert not at.exception
    assert at.title[0].value == "Welcome back"
    assert "Nothing to chart yet" in ui.texts(at)
    assert at.session_state["api"].signed_in


def test_create_account_signs_in_and_reports_weak_passwords(ui: Any) -> None:
    email = f"new-{uuid.uuid4().hex[:8]}@example.com"
    at = ui.app().run()
    at.text_input(key="reg_name").input("Ada Lovelace")
    at.text_input(key="reg_email").input(email)
    at.text_input(key="reg_password").input("short")
    at.button[1].click().run()
    assert "password" in at.error[0].value.lower()
    at.text_input(key="reg_password").input("Analytical-Engine-1843")
    at.button[1].click().run()
    assert not at.exception
    assert at.title[0].value == "Welcome back, Ada"
    assert at.session_state["user"]["email"] == email


def test_forgot_password_always_answers_the_same(ui: Any) -> None:
    at = ui.app().run()
    at.text_input(key="forgot_email").input("nobody@example.com")
    at.button[2].click().run()
    assert at.success[0].value.startswith("If an account uses that address")


def test_sign_out_returns_to_the_sign_in_page(ui: Any, account: dict[str, str]) -> None:
    at = ui.signed_in(account)
    at.sidebar.button(key="sign_out").click().run()
    assert at.title[0].value == "JobWise"
    assert "api" not in at.session_state or not at.session_state["api"].signed_in
