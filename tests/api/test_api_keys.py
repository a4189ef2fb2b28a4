from __future__ import annotations

from httpx import AsyncClient

from tests.conftest import Account

KEYS = "/api/v1/auth/api-keys"
ME = "/api/v1/users/me"


async def test_api_key_is_shown_once_and_authenticates(client: AsyncClient, alice: Account) -> None:
    r = await client.post(KEYS, json={"name": "laptop script"}, headers=alice.headers)
    assert r.status_code == 201
    created = r.json()
    assert set(created) == {"id", "name", "prefix", "key", "created_at"}
    assert created["key"].startswith(f"jw_{created['prefix']}_")
    listed = (await client.get(KEYS, headers=alice.headers)).json()
    assert [k["id"] for k in listed] == [created["id"]]
    assert "key" not in listed[0]
    assert created["key"] not in (await client.get(KEYS, headers=alice.headers)).text
    r = await client.get(ME, headers={"X-API-Key": created["key"]})
    assert r.status_code == 200
    assert r.json()["email"] == alice.email
    # A key with the right prefix but a wrong secret is refused.
    forged = created["key"][:-4] + "AAAA"
    assert (await client.get(ME, headers={"X-API-Key": forged})).status_code == 401


async def test_deleted_key_stops_working(client: AsyncClient, alice: Account) -> None:
    created = (await client.post(KEYS, json={"name": "ci"}, headers=alice.headers)).json()
    r = await client.delete(f"{KEYS}/{created['id']}", headers=alice.headers)
    assert r.status_code == 204
    assert (await client.get(ME, headers={"X-API-Key": created["key"]})).status_code == 401


async def test_someone_elses_key_is_not_found(client: AsyncClient, alice: Account, bob: Account) -> None:
    created = (await client.post(KEYS, json={"name": "mine"}, headers=alice.headers)).json()
    r = await client.delete(f"{KEYS}/{created['id']}", headers=bob.headers)
    assert r.status_code == 404
    assert r.json()["detail"]["code"] == "api_key_not_found"
    assert (await client.get(KEYS, headers=bob.headers)).json() == []
    assert (await client.get(ME, headers={"X-API-Key": created["key"]})).status_code == 200


async def test_api_keys_cannot_manage_the_account(client: AsyncClient, alice: Account) -> None:
    key = (await client.post(KEYS, json={"name": "bot"}, headers=alice.headers)).json()["key"]
    headers = {"X-API-Key": key}
    r = await client.post(KEYS, json={"name": "escalate"}, headers=headers)
    assert r.status_code == 403
    assert r.json()["detail"]["code"] == "interactive_session_required"
    r = await client.post(
        "/api/v1/auth/password/change",
        json={"current_password": alice.password, "new_password": "Whatever-Else-99"},
        headers=headers,
    )
    assert r.status_code == 403
    r = await client.request("DELETE", ME, json={"password": alice.password}, headers=headers)
    assert r.status_code == 403
