"""Sign in, create an account, forgot password: the login page against the real API."""

from __future__ import annotations

import re
import time
import uuid
from pathlib import Path
from typing import Any

import httpx


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


def reset_token_from_mail(outbox: Path, email: str) -> str:
    """The token in the reset mail to `email` (mail is sent after the API answers: wait for it)."""
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        for mail in outbox.glob("*.eml"):
            text = mail.read_text().replace("=\n", "")
            if email in text and (found := re.search(r"reset_token=([\w.-]+)", text)):
                return found.group(1)
        time.sleep(0.1)
    raise AssertionError(f"no reset mail to {email} in {outbox}")


def test_reset_link_from_the_mail_sets_a_new_password(
    ui: Any, account: dict[str, str], api_url: str, api_data_dir: Path
) -> None:
    at = ui.app().run()
    at.text_input(key="forgot_email").input(account["email"])
    at.button[2].click().run()
    token = reset_token_from_mail(api_data_dir / "outbox", account["email"])
    at = ui.app()
    at.query_params["reset_token"] = token
    at.run()
    at.get("form")[0].text_input[0].input("Brand-New-Secret-99")
    at.get("form")[0].button[0].click().run()
    assert not at.exception
    assert "Password changed. Sign in with your new password." in ui.texts(at)
    new = {"email": account["email"], "password": "Brand-New-Secret-99"}
    assert httpx.post(f"{api_url}/api/v1/auth/login", json=new).status_code == 200


def test_a_server_without_the_endpoint_says_so_instead_of_failing(
    ui: Any, api_url: str, monkeypatch: Any, account: dict[str, str]
) -> None:
    monkeypatch.setenv("JOBWISE_API_URL", f"{api_url}/older-server")  # every route answers 404
    at = sign_in(ui, account["email"], account["password"])
    assert not at.exception
    assert at.info[0].value.startswith("This is not available on this server yet.")
