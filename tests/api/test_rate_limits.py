"""Per-IP limits on auth routes and per-account limits on failed sign-ins, in memory and on Redis."""

from __future__ import annotations

import uuid

import pytest
from httpx import AsyncClient

from tests.conftest import TEST_PASSWORD, AppFactory, client_for, register_and_login

LOGIN = "/api/v1/auth/login"


async def _limited_auth(app_factory: AppFactory, **overrides: object) -> AsyncClient:
    return await app_factory(rate_limit_auth="3/minute", **overrides)


async def test_auth_routes_are_limited_per_ip(app_factory: AppFactory) -> None:
    client = await _limited_auth(app_factory)
    body = {"email": "ip@example.com", "password": "Wrong-Pass-123"}
    statuses = [(await client.post(LOGIN, json=body)).status_code for _ in range(4)]
    assert statuses == [401, 401, 401, 429]
    r = await client.post(LOGIN, json=body)
    assert r.json()["detail"]["code"] == "rate_limited"
    assert 1 <= int(r.headers["retry-after"]) <= 60
    # Another address is not affected; non-auth routes are not limited.
    other = client_for(client.app, "203.0.113.7")  # type: ignore[attr-defined]
    assert (await other.post(LOGIN, json=body)).status_code == 401
    assert (await client.get("/health")).status_code == 200


async def test_failed_logins_are_limited_per_account_whatever_the_ip(app_factory: AppFactory) -> None:
    client = await app_factory(rate_limit_login_failures="3/minute")
    account = await register_and_login(client, "target@example.com")
    for index in range(3):
        attacker = client_for(client.app, f"198.51.100.{index + 1}")  # type: ignore[attr-defined]
        r = await attacker.post(
            LOGIN, json={"email": "TARGET@example.com", "password": f"Guess-{index}-xxxx"}
        )
        assert r.status_code == 401
    fresh_ip = client_for(client.app, "198.51.100.99")  # type: ignore[attr-defined]
    r = await fresh_ip.post(LOGIN, json={"email": account.email, "password": TEST_PASSWORD})
    assert r.status_code == 429
    assert int(r.headers["retry-after"]) >= 1
    # Other accounts can still sign in.
    await register_and_login(client, "bystander@example.com")


async def test_a_success_clears_earlier_failures(app_factory: AppFactory) -> None:
    client = await app_factory(rate_limit_login_failures="3/minute")
    account = await register_and_login(client, "clumsy@example.com")
    for _ in range(2):
        await client.post(LOGIN, json={"email": account.email, "password": "Typo-Typo-123"})
    assert (
        await client.post(LOGIN, json={"email": account.email, "password": TEST_PASSWORD})
    ).status_code == 200
    for _ in range(2):
        await client.post(LOGIN, json={"email": account.email, "password": "Typo-Typo-123"})
    assert (
        await client.post(LOGIN, json={"email": account.email, "password": TEST_PASSWORD})
    ).status_code == 200


@pytest.mark.redis
async def test_redis_limits_are_shared_between_processes(app_factory: AppFactory, redis_url: str) -> None:
    prefix = f"jobwise-test-{uuid.uuid4().hex[:8]}"
    first = await _limited_auth(app_factory, redis_url=redis_url, redis_prefix=prefix)
    second = await _limited_auth(app_factory, redis_url=redis_url, redis_prefix=prefix)
    body = {"email": "shared@example.com", "password": "Wrong-Pass-123"}
    assert (await first.post(LOGIN, json=body)).status_code == 401
    assert (await second.post(LOGIN, json=body)).status_code == 401
    assert (await first.post(LOGIN, json=body)).status_code == 401
    assert (await second.post(LOGIN, json=body)).status_code == 429  # one counter for both apps
    assert (await first.get("/ready")).json()["checks"]["redis"] == {"status": "ok"}


async def test_redis_outage_falls_back_to_memory(app_factory: AppFactory) -> None:
    client = await _limited_auth(app_factory, redis_url="redis://127.0.0.1:1/0")
    body = {"email": "fallback@example.com", "password": "Wrong-Pass-123"}
    statuses = [(await client.post(LOGIN, json=body)).status_code for _ in range(4)]
    assert statuses == [401, 401, 401, 429]
