"""Forgot / reset / change password through the API, with mail read from the file outbox."""

from __future__ import annotations

import re
from pathlib import Path

from httpx import AsyncClient
from sqlalchemy import text

from tests.conftest import Account, Database, login, read_outbox, wait_for

ME = "/api/v1/users/me"
NEW_PASSWORD = "Brand-New-Secret-9"


def _token_from(mail: str) -> str:
    match = re.search(r"reset_token=([A-Za-z0-9_\-]+)", mail)
    assert match, mail
    return match.group(1)


async def _request_reset(client: AsyncClient, tmp_path: Path, email: str) -> str:
    before = len(read_outbox(tmp_path))
    r = await client.post("/api/v1/auth/password/forgot", json={"email": email})
    assert r.status_code == 202
    await wait_for(lambda: len(read_outbox(tmp_path)) > before)
    return _token_from(read_outbox(tmp_path)[-1])


async def test_forgot_answers_the_same_for_unknown_emails(
    client: AsyncClient, alice: Account, tmp_path: Path
) -> None:
    known = await client.post("/api/v1/auth/password/forgot", json={"email": alice.email})
    unknown = await client.post("/api/v1/auth/password/forgot", json={"email": "ghost@example.com"})
    assert known.status_code == unknown.status_code == 202
    assert known.json() == unknown.json()
    await wait_for(lambda: len(read_outbox(tmp_path)) == 1)
    mail = read_outbox(tmp_path)[0]
    assert "To: alice@example.com" in mail
    assert "ghost@example.com" not in "".join(read_outbox(tmp_path))


async def test_reset_sets_the_password_and_ends_every_session(
    client: AsyncClient, alice: Account, tmp_path: Path
) -> None:
    token = await _request_reset(client, tmp_path, alice.email)
    r = await client.post("/api/v1/auth/password/reset", json={"token": token, "new_password": NEW_PASSWORD})
    assert r.status_code == 204
    assert (await client.get(ME, headers=alice.headers)).status_code == 401
    r = await client.post("/api/v1/auth/refresh", json={"refresh_token": alice.refresh_token})
    assert r.status_code == 401
    old = await client.post("/api/v1/auth/login", json={"email": alice.email, "password": alice.password})
    assert old.status_code == 401
    await login(client, alice.email, NEW_PASSWORD)
    # Single use.
    r = await client.post(
        "/api/v1/auth/password/reset", json={"token": token, "new_password": "Another-Secret-77"}
    )
    assert r.status_code == 400
    assert r.json()["detail"]["code"] == "invalid_token"


async def test_only_the_newest_reset_link_works(client: AsyncClient, alice: Account, tmp_path: Path) -> None:
    first = await _request_reset(client, tmp_path, alice.email)
    second = await _request_reset(client, tmp_path, alice.email)
    r = await client.post("/api/v1/auth/password/reset", json={"token": first, "new_password": NEW_PASSWORD})
    assert r.status_code == 400
    r = await client.post("/api/v1/auth/password/reset", json={"token": second, "new_password": NEW_PASSWORD})
    assert r.status_code == 204


async def test_expired_reset_token_is_refused(
    client: AsyncClient, alice: Account, tmp_path: Path, database: Database
) -> None:
    token = await _request_reset(client, tmp_path, alice.email)
    async with database.engine.begin() as connection:
        await connection.execute(text("UPDATE password_reset_tokens SET expires_at = created_at"))
    r = await client.post("/api/v1/auth/password/reset", json={"token": token, "new_password": NEW_PASSWORD})
    assert r.status_code == 400
    assert r.json()["detail"]["code"] == "invalid_token"


async def test_reset_refuses_weak_passwords(client: AsyncClient, alice: Account, tmp_path: Path) -> None:
    token = await _request_reset(client, tmp_path, alice.email)
    r = await client.post("/api/v1/auth/password/reset", json={"token": token, "new_password": "password1"})
    assert r.status_code == 422


async def test_change_password_keeps_this_session_and_ends_the_others(
    client: AsyncClient, alice: Account
) -> None:
    other = await login(client, alice.email, alice.password)
    wrong = await client.post(
        "/api/v1/auth/password/change",
        json={"current_password": "Nope-Nope-123", "new_password": NEW_PASSWORD},
        headers=alice.headers,
    )
    assert wrong.status_code == 400
    assert wrong.json()["detail"]["code"] == "wrong_password"
    r = await client.post(
        "/api/v1/auth/password/change",
        json={"current_password": alice.password, "new_password": NEW_PASSWORD},
        headers=alice.headers,
    )
    assert r.status_code == 204
    assert (await client.get(ME, headers=alice.headers)).status_code == 200
    r = await client.get(ME, headers={"Authorization": f"Bearer {other['access_token']}"})
    assert r.status_code == 401
    await login(client, alice.email, NEW_PASSWORD)
