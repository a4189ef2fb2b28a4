"""The job index behind search notices every write to the user's jobs, made outside the app too:
the `job_stamps` counter that database triggers bump (migration 0008search_speed)."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient
from sqlalchemy import text

from tests.api.test_jobs_fixtures import NURSE_CV, insert_cv
from tests.conftest import Account, Database

SEARCH = "/api/v1/jobs/search"
SAVED_ONLY = {"include_feed": False}


async def _search(client: AsyncClient, account: Account, query: str) -> dict[str, Any]:
    body = {"query": query, "filters": SAVED_ONLY, "limit": 50}
    r = await client.post(SEARCH, json=body, headers=account.headers)
    assert r.status_code == 200, r.text
    return dict(r.json())


async def _titles(client: AsyncClient, account: Account, query: str) -> list[str]:
    return [i["title"] for i in (await _search(client, account, query))["items"] if i["text_score"] > 0]


async def _save(client: AsyncClient, account: Account, title: str, description: str) -> str:
    body = {"title": title, "description": description}
    r = await client.post("/api/v1/jobs", json=body, headers=account.headers)
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


async def test_search_sees_writes_another_process_made(
    client: AsyncClient, alice: Account, database: Database
) -> None:
    farrier = await _save(client, alice, "Farrier", "Shoe horses at the stables.")
    await _save(client, alice, "Stable Hand", "Muck out the stables and groom horses.")
    assert sorted(await _titles(client, alice, "horses stables")) == ["Farrier", "Stable Hand"]

    # Raw SQL on another connection, leaving updated_at and the row count as they were.
    async with database.engine.begin() as connection:
        await connection.execute(text("UPDATE jobs SET status = 'archived' WHERE title = 'Farrier'"))
    assert await _titles(client, alice, "horses stables") == ["Stable Hand"]

    async with database.engine.begin() as connection:
        await connection.execute(text("UPDATE jobs SET status = 'active' WHERE title = 'Farrier'"))
        await connection.execute(text("DELETE FROM jobs WHERE title = 'Stable Hand'"))
    assert await _titles(client, alice, "horses stables") == ["Farrier"]
    assert (await client.get(f"/api/v1/jobs/{farrier}", headers=alice.headers)).status_code == 200


async def test_deleting_an_account_with_jobs_removes_its_stamp(
    client: AsyncClient, alice: Account, database: Database
) -> None:
    await _save(client, alice, "Cooper", "Make barrels.")
    r = await client.request(
        "DELETE", "/api/v1/users/me", json={"password": alice.password}, headers=alice.headers
    )
    assert r.status_code == 204, r.text
    async with database.engine.connect() as connection:
        assert await connection.scalar(text("SELECT count(*) FROM jobs")) == 0
        assert await connection.scalar(text("SELECT count(*) FROM job_stamps")) == 0


async def test_searching_again_with_a_cv_follows_the_jobs(
    client: AsyncClient, alice: Account, database: Database
) -> None:
    cv_id = await insert_cv(database, alice.id, NURSE_CV)
    body = {"cv_id": cv_id, "filters": SAVED_ONLY, "limit": 10}

    async def titles() -> list[str]:
        r = await client.post(SEARCH, json=body, headers=alice.headers)
        assert r.status_code == 200, r.text
        return [i["title"] for i in r.json()["items"]]

    icu = await _save(client, alice, "ICU Nurse", "Care for critically ill patients on ventilators.")
    assert await titles() == ["ICU Nurse"]
    assert await titles() == ["ICU Nurse"]  # the CV's scores are reused while the jobs stay the same
    await _save(client, alice, "Ward Nurse", "Patient care and medication rounds on a busy ward.")
    assert sorted(await titles()) == ["ICU Nurse", "Ward Nurse"]
    assert (await client.delete(f"/api/v1/jobs/{icu}", headers=alice.headers)).status_code == 204
    assert await titles() == ["Ward Nurse"]
