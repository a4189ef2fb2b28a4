"""The UI's HTTP client against the real API: messages, missing endpoints, token refresh, offline server."""

from __future__ import annotations

import pytest

from jobwise.ui.api import Api, FeatureUnavailable, SessionExpired, Tokens, UIError


def test_validation_errors_carry_the_apis_message(api_url: str) -> None:
    with pytest.raises(UIError) as caught:
        Api(api_url).register("someone@example.com", "short")
    assert caught.value.status == 422
    assert caught.value.message.startswith("password:")


def test_a_missing_endpoint_is_feature_unavailable_but_a_missing_resource_is_not(
    api_url: str, account: dict[str, str]
) -> None:
    api = Api(api_url)
    api.login(account["email"], account["password"])
    with pytest.raises(FeatureUnavailable, match="not available on this server yet"):
        api.get("/interview-prep")
    with pytest.raises(UIError) as caught:
        api.get("/cvs/00000000-0000-0000-0000-000000000000")
    assert not isinstance(caught.value, FeatureUnavailable)
    assert (caught.value.status, caught.value.code) == (404, "cv_not_found")


def test_an_expired_access_token_is_refreshed_once(api_url: str, account: dict[str, str]) -> None:
    api = Api(api_url)
    api.login(account["email"], account["password"])
    assert api.tokens is not None
    api.tokens = Tokens("not-a-token", api.tokens.refresh)
    assert api.get("/users/me")["email"] == account["email"]
    assert api.tokens.access != "not-a-token"


def test_without_a_working_refresh_token_the_session_ends(api_url: str, account: dict[str, str]) -> None:
    api = Api(api_url)
    api.login(account["email"], account["password"])
    api.tokens = Tokens("not-a-token", "not-a-refresh-token")
    with pytest.raises(SessionExpired):
        api.get("/users/me")
    assert not api.signed_in


def test_an_unreachable_server_says_where_it_looked() -> None:
    with pytest.raises(UIError, match=r"Cannot reach the JobWise API at http://127.0.0.1:9/api/v1"):
        Api("http://127.0.0.1:9").get("/users/me")
