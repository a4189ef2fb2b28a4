from __future__ import annotations

from httpx import AsyncClient

from tests.conftest import Account

ME = "/api/v1/users/me"


async def test_admin_routes_are_forbidden_to_users(client: AsyncClient, alice: Account) -> None:
    for method, path in (("GET", "/api/v1/admin/users"), ("GET", "/api/v1/admin/audit")):
        r = await client.request(method, path, headers=alice.headers)
        assert r.status_code == 403
        assert r.json()["detail"]["code"] == "forbidden"
    r = await client.patch(f"/api/v1/admin/users/{alice.id}", json={"role": "admin"}, headers=alice.headers)
    assert r.status_code == 403


async def test_admin_lists_users_with_the_page_envelope(
    client: AsyncClient, admin: Account, alice: Account, bob: Account
) -> None:
    r = await client.get("/api/v1/admin/users", params={"limit": 2}, headers=admin.headers)
    page = r.json()
    assert (page["total"], page["limit"], page["offset"], len(page["items"])) == (3, 2, 0, 2)
    r = await client.get("/api/v1/admin/users", params={"q": "bob"}, headers=admin.headers)
    assert [u["email"] for u in r.json()["items"]] == ["bob@example.com"]
    assert (
        await client.get("/api/v1/admin/users", params={"limit": 0}, headers=admin.headers)
    ).status_code == 422


async def test_deactivation_locks_the_user_out_at_once(
    client: AsyncClient, admin: Account, alice: Account
) -> None:
    key = (await client.post("/api/v1/auth/api-keys", json={"name": "k"}, headers=alice.headers)).json()[
        "key"
    ]
    r = await client.patch(
        f"/api/v1/admin/users/{alice.id}", json={"is_active": False}, headers=admin.headers
    )
    assert r.status_code == 200
    assert r.json()["is_active"] is False
    assert (await client.get(ME, headers=alice.headers)).status_code == 401
    assert (await client.get(ME, headers={"X-API-Key": key})).status_code == 401
    r = await client.post("/api/v1/auth/refresh", json={"refresh_token": alice.refresh_token})
    assert r.status_code == 401
    r = await client.post("/api/v1/auth/login", json={"email": alice.email, "password": alice.password})
    assert r.status_code == 401
    assert r.json()["detail"]["code"] == "account_disabled"
    # Reactivated, the key works again but the old sessions stay ended.
    await client.patch(f"/api/v1/admin/users/{alice.id}", json={"is_active": True}, headers=admin.headers)
    assert (await client.get(ME, headers={"X-API-Key": key})).status_code == 200
    assert (await client.get(ME, headers=alice.headers)).status_code == 401


async def test_promotion_and_self_protection(client: AsyncClient, admin: Account, alice: Account) -> None:
    r = await client.patch(f"/api/v1/admin/users/{alice.id}", json={"role": "admin"}, headers=admin.headers)
    assert r.json()["role"] == "admin"
    assert (await client.get("/api/v1/admin/users", headers=alice.headers)).status_code == 200
    r = await client.patch(
        f"/api/v1/admin/users/{admin.id}", json={"is_active": False}, headers=admin.headers
    )
    assert r.status_code == 400
    assert r.json()["detail"]["code"] == "cannot_modify_self"
    r = await client.patch(
        "/api/v1/admin/users/00000000-0000-0000-0000-000000000000",
        json={"role": "admin"},
        headers=admin.headers,
    )
    assert r.status_code == 404
    r = await client.patch(
        f"/api/v1/admin/users/{alice.id}", json={"role": "superuser"}, headers=admin.headers
    )
    assert r.status_code == 422


async def test_audit_log_records_security_events(client: AsyncClient, admin: Account, alice: Account) -> None:
    await client.post("/api/v1/auth/login", json={"email": alice.email, "password": "Wrong-Password-1"})
    await client.post("/api/v1/auth/api-keys", json={"name": "k"}, headers=alice.headers)
    await client.patch(f"/api/v1/admin/users/{alice.id}", json={"role": "admin"}, headers=admin.headers)
    await client.post("/api/v1/auth/logout", headers=alice.headers)
    r = await client.get(
        "/api/v1/admin/audit", params={"user_id": alice.id, "limit": 100}, headers=admin.headers
    )
    events = [e["event"] for e in r.json()["items"]]
    for expected in (
        "user.registered",
        "login.succeeded",
        "login.failed",
        "api_key.created",
        "admin.user_updated",
        "logout",
    ):
        assert expected in events
    assert events[0] == "logout"  # newest first
    updated = next(e for e in r.json()["items"] if e["event"] == "admin.user_updated")
    assert updated["actor_id"] == admin.id
    assert updated["details"] == {"role": "admin"}
    r = await client.get("/api/v1/admin/audit", params={"event": "login.failed"}, headers=admin.headers)
    assert {e["event"] for e in r.json()["items"]} == {"login.failed"}
