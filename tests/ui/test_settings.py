"""Settings and account pages against the real API: preferences, name, password, API keys, deletion."""

from __future__ import annotations

from typing import Any

import httpx

PAGE = "views/settings.py"


def test_preferences_are_saved_and_shown_again(ui: Any, account: dict[str, str]) -> None:
    at = ui.signed_in(account, PAGE)
    at.text_area[0].input("Data engineer\nAnalytics engineer")
    at.selectbox[0].select("remote")
    at.text_input[0].input("eur")
    at.button[0].click().run()
    assert not at.exception
    assert "Preferences saved." in ui.texts(at)
    prefs = at.session_state["api"].get("/users/me/settings")
    assert prefs["target_roles"] == ["Data engineer", "Analytics engineer"]
    assert (prefs["remote_preference"], prefs["currency"]) == ("remote", "EUR")
    assert at.text_area[0].value == "Data engineer\nAnalytics engineer"


def test_wrong_current_password_shows_the_apis_message(ui: Any, account: dict[str, str]) -> None:
    at = ui.signed_in(account, PAGE)
    form = at.get("form")[2]  # preferences, name, password
    form.text_input[0].input("not-my-password")
    form.text_input[1].input("Another-Good-Pass-77")
    form.button[0].click().run()
    assert not at.exception
    assert [e.value for e in at.error] == ["The current password is incorrect."]


def test_api_key_is_shown_once_then_listed_and_revoked(
    ui: Any, account: dict[str, str], api_url: str
) -> None:
    at = ui.signed_in(account, PAGE)
    at.get("form")[3].text_input[0].input("laptop script")
    at.get("form")[3].button[0].click().run()
    secret = at.code[0].value
    assert httpx.get(f"{api_url}/api/v1/users/me", headers={"X-API-Key": secret}).status_code == 200
    assert any("laptop script" in m.value for m in at.markdown)
    revoke = next(b for b in at.button if b.label == "Revoke")
    revoke.click().run()
    assert "Key laptop script revoked." in ui.texts(at)
    assert httpx.get(f"{api_url}/api/v1/users/me", headers={"X-API-Key": secret}).status_code == 401


def test_delete_account_needs_confirmation_then_signs_out(
    ui: Any, account: dict[str, str], api_url: str
) -> None:
    at = ui.signed_in(account, PAGE)
    form = at.get("form")[-1]
    form.text_input[0].input(account["password"])
    form.button[0].click().run()
    assert [e.value for e in at.error] == ["Tick the box to confirm."]
    at.get("form")[-1].checkbox[0].check()
    at.get("form")[-1].button[0].click().run()
    assert not at.exception
    assert at.title[0].value == "JobWise"
    assert "Your account was deleted." in ui.texts(at)
    login = httpx.post(f"{api_url}/api/v1/auth/login", json=account)
    assert login.status_code == 401
