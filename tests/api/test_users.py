from __future__ import annotations

from pathlib import Path

from httpx import AsyncClient
from sqlalchemy import text

from tests.conftest import TEST_PASSWORD, Account, Database, register_and_login

ME = "/api/v1/users/me"


async def test_patch_me_changes_only_the_name(client: AsyncClient, alice: Account) -> None:
    r = await client.patch(ME, json={"full_name": "Alice Liddell"}, headers=alice.headers)
    assert r.status_code == 200
    assert r.json()["full_name"] == "Alice Liddell"
    r = await client.patch(ME, json={"email": "evil@example.com"}, headers=alice.headers)
    assert r.status_code == 422
    r = await client.patch(ME, json={"role": "admin"}, headers=alice.headers)
    assert r.status_code == 422
    assert (await client.get(ME, headers=alice.headers)).json()["role"] == "user"


async def test_settings_default_then_replace(client: AsyncClient, alice: Account) -> None:
    r = await client.get(f"{ME}/settings", headers=alice.headers)
    assert r.json() == {
        "target_roles": [],
        "preferred_locations": [],
        "remote_preference": "any",
        "desired_salary": None,
        "currency": None,
    }
    body = {
        "target_roles": ["Backend Engineer", " backend engineer ", "Data Engineer"],
        "preferred_locations": ["Berlin", "Remote"],
        "remote_preference": "hybrid",
        "desired_salary": 85000,
        "currency": "eur",
    }
    r = await client.put(f"{ME}/settings", json=body, headers=alice.headers)
    assert r.status_code == 200
    assert r.json()["target_roles"] == ["Backend Engineer", "Data Engineer"]
    assert r.json()["currency"] == "EUR"
    assert (await client.get(f"{ME}/settings", headers=alice.headers)).json()["desired_salary"] == 85000
    for bad in (
        {"remote_preference": "mars"},
        {"desired_salary": -1},
        {"currency": "EURO"},
        {"user_id": "x"},
    ):
        r = await client.put(f"{ME}/settings", json=bad, headers=alice.headers)
        assert r.status_code == 422, bad


async def test_settings_are_per_user(client: AsyncClient, alice: Account, bob: Account) -> None:
    await client.put(f"{ME}/settings", json={"target_roles": ["Nurse"]}, headers=alice.headers)
    assert (await client.get(f"{ME}/settings", headers=bob.headers)).json()["target_roles"] == []


async def test_delete_me_removes_the_account_and_its_rows(
    client: AsyncClient, alice: Account, bob: Account, database: Database, tmp_path: Path
) -> None:
    await client.put(f"{ME}/settings", json={"target_roles": ["Nurse"]}, headers=alice.headers)
    await client.post("/api/v1/auth/api-keys", json={"name": "k"}, headers=alice.headers)
    r = await client.request("DELETE", ME, json={"password": "Wrong-Pass-123"}, headers=alice.headers)
    assert r.status_code == 400
    r = await client.request("DELETE", ME, json={"password": alice.password}, headers=alice.headers)
    assert r.status_code == 204
    assert (await client.get(ME, headers=alice.headers)).status_code == 401
    async with database.engine.connect() as connection:
        for table in ("user_settings", "api_keys", "auth_sessions", "refresh_tokens"):
            count = await connection.scalar(
                text(f"SELECT count(*) FROM {table} WHERE user_id = :id"), {"id": alice.id}
            )
            assert count == 0, table
        assert await connection.scalar(text("SELECT count(*) FROM users")) == 1  # bob stays
    assert (await client.get(ME, headers=bob.headers)).status_code == 200
    again = await register_and_login(client, alice.email, TEST_PASSWORD)
    assert again.id != alice.id
