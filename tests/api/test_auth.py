"""Accounts and sessions through the real HTTP API."""

from __future__ import annotations

import base64
import json
import time

import jwt
import pytest
from httpx import AsyncClient

from tests.conftest import TEST_PASSWORD, Account, login

ME = "/api/v1/users/me"


async def test_register_returns_the_public_user(client: AsyncClient) -> None:
    r = await client.post(
        "/api/v1/auth/register",
        json={"email": "Carol.Smith@Example.com", "password": TEST_PASSWORD, "full_name": "Carol Smith"},
    )
    assert r.status_code == 201
    body = r.json()
    assert set(body) == {"id", "email", "full_name", "role", "is_active", "created_at"}
    assert body["email"] == "carol.smith@example.com"
    assert (body["role"], body["is_active"], body["full_name"]) == ("user", True, "Carol Smith")


async def test_duplicate_email_is_refused_case_insensitively(client: AsyncClient, alice: Account) -> None:
    r = await client.post(
        "/api/v1/auth/register", json={"email": "ALICE@example.com", "password": TEST_PASSWORD}
    )
    assert r.status_code == 400
    assert r.json()["detail"]["code"] == "email_taken"


@pytest.mark.parametrize("password", ["short1!", "password123", "qwertyuiop", "12345678"])
async def test_weak_passwords_are_refused(client: AsyncClient, password: str) -> None:
    r = await client.post("/api/v1/auth/register", json={"email": "weak@example.com", "password": password})
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert detail["code"] == "validation_error"
    assert detail["errors"][0]["loc"] == ["body", "password"]
    assert password not in r.text  # the input is never echoed back


@pytest.mark.parametrize("extra", [{"role": "admin"}, {"is_active": False}, {"id": "x"}, {"user_id": "x"}])
async def test_mass_assignment_is_refused(client: AsyncClient, extra: dict[str, object]) -> None:
    body = {"email": "mass@example.com", "password": TEST_PASSWORD, **extra}
    r = await client.post("/api/v1/auth/register", json=body)
    assert r.status_code == 422
    assert r.json()["detail"]["errors"][0]["type"] == "extra_forbidden"


async def test_login_with_json_and_with_oauth2_form(client: AsyncClient, alice: Account) -> None:
    r = await client.post(
        "/api/v1/auth/login", data={"username": "alice@example.com", "password": TEST_PASSWORD}
    )
    assert r.status_code == 200
    body = r.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 15 * 60
    cookies = r.headers.get_list("set-cookie")
    access_cookie = next(c for c in cookies if c.startswith("access_token="))
    assert "httponly" in access_cookie.lower()
    assert "samesite=lax" in access_cookie.lower()
    r = await client.get(ME, headers={"Authorization": f"Bearer {body['access_token']}"})
    assert r.json()["email"] == "alice@example.com"


async def test_wrong_password_and_unknown_email_look_the_same(client: AsyncClient, alice: Account) -> None:
    wrong = await client.post("/api/v1/auth/login", json={"email": alice.email, "password": "Not-The-Pass-1"})
    unknown = await client.post(
        "/api/v1/auth/login", json={"email": "nobody@example.com", "password": "Whatever-12"}
    )
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.json()["detail"]["code"] == "invalid_credentials"


async def test_missing_and_malformed_authentication(client: AsyncClient) -> None:
    r = await client.get(ME)
    assert r.status_code == 401
    assert r.json()["detail"]["code"] == "not_authenticated"
    r = await client.get(ME, headers={"Authorization": "Basic Zm9vOmJhcg=="})
    assert r.status_code == 401


def _b64(data: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def _payload(token: str) -> dict[str, object]:
    return jwt.decode(token, options={"verify_signature": False})


async def test_forged_tokens_are_refused(client: AsyncClient, alice: Account) -> None:
    claims = _payload(alice.access_token)
    other_key = jwt.encode(claims, "not-our-secret-" + "y" * 32, algorithm="HS256")
    alg_none = f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(claims)}."
    head, _, sig = alice.access_token.split(".")
    tampered = f"{head}.{_b64({**claims, 'sub': '00000000-0000-0000-0000-000000000000'})}.{sig}"
    expired = jwt.encode(
        {**claims, "exp": int(time.time()) - 5}, "test-secret-key-" + "x" * 32, algorithm="HS256"
    )
    for token in (other_key, alg_none, tampered, expired, alice.refresh_token, "garbage"):
        r = await client.get(ME, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 401, token
        assert r.json()["detail"]["code"] == "invalid_token"
    assert (await client.get(ME, headers=alice.headers)).status_code == 200


async def test_refresh_rotates_and_reuse_revokes_the_family(client: AsyncClient, alice: Account) -> None:
    r = await client.post("/api/v1/auth/refresh", json={"refresh_token": alice.refresh_token})
    assert r.status_code == 200
    second = r.json()
    assert second["refresh_token"] != alice.refresh_token
    assert (
        await client.get(ME, headers={"Authorization": f"Bearer {second['access_token']}"})
    ).status_code == 200

    replay = await client.post("/api/v1/auth/refresh", json={"refresh_token": alice.refresh_token})
    assert replay.status_code == 401
    assert replay.json()["detail"]["code"] == "token_reused"
    # The whole family is dead: the newer refresh token and every access token of the session.
    r = await client.post("/api/v1/auth/refresh", json={"refresh_token": second["refresh_token"]})
    assert r.status_code == 401
    assert (
        await client.get(ME, headers={"Authorization": f"Bearer {second['access_token']}"})
    ).status_code == 401
    assert (await client.get(ME, headers=alice.headers)).status_code == 401


async def test_reuse_only_ends_that_session(client: AsyncClient, alice: Account) -> None:
    other = await login(client, alice.email, alice.password)
    await client.post("/api/v1/auth/refresh", json={"refresh_token": alice.refresh_token})
    await client.post("/api/v1/auth/refresh", json={"refresh_token": alice.refresh_token})
    r = await client.get(ME, headers={"Authorization": f"Bearer {other['access_token']}"})
    assert r.status_code == 200


async def test_access_token_is_not_a_refresh_token(client: AsyncClient, alice: Account) -> None:
    r = await client.post("/api/v1/auth/refresh", json={"refresh_token": alice.access_token})
    assert r.status_code == 401
    assert r.json()["detail"]["code"] == "invalid_token"


async def test_logout_kills_the_session_at_once(client: AsyncClient, alice: Account) -> None:
    r = await client.post("/api/v1/auth/logout", headers=alice.headers)
    assert r.status_code == 204
    assert (await client.get(ME, headers=alice.headers)).status_code == 401
    r = await client.post("/api/v1/auth/refresh", json={"refresh_token": alice.refresh_token})
    assert r.status_code == 401


async def test_cookie_auth_needs_csrf_for_unsafe_requests(client: AsyncClient, alice: Account) -> None:
    r = await client.post("/api/v1/auth/login", json={"email": alice.email, "password": alice.password})
    csrf = client.cookies["csrf_token"]
    assert (await client.get(ME)).json()["email"] == alice.email  # cookie only, safe method
    r = await client.patch(ME, json={"full_name": "Mallory"})
    assert r.status_code == 403
    assert r.json()["detail"]["code"] == "csrf_failed"
    r = await client.patch(ME, json={"full_name": "Alice Cookie"}, headers={"X-CSRF-Token": "wrong"})
    assert r.status_code == 403
    r = await client.patch(ME, json={"full_name": "Alice Cookie"}, headers={"X-CSRF-Token": csrf})
    assert r.status_code == 200
    assert r.json()["full_name"] == "Alice Cookie"
    # Refreshing from the cookie is an unsafe cookie request too.
    assert (await client.post("/api/v1/auth/refresh")).status_code == 403
    r = await client.post("/api/v1/auth/refresh", headers={"X-CSRF-Token": csrf})
    assert r.status_code == 200
    client.cookies.clear()


async def test_bearer_requests_need_no_csrf(client: AsyncClient, alice: Account) -> None:
    r = await client.patch(ME, json={"full_name": "Alice B"}, headers=alice.headers)
    assert r.status_code == 200
    assert r.json()["full_name"] == "Alice B"
