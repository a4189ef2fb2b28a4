"""Search over the database's full-text index and the cached job index: it follows every change
to the user's jobs, searches skills, and counts matches beyond the ranked pool."""

from __future__ import annotations

from typing import Any

import pytest
from httpx import AsyncClient

from jobwise.jobs import search
from tests.conftest import Account

SEARCH = "/api/v1/jobs/search"
SAVED_ONLY = {"include_feed": False}


async def _titles(client: AsyncClient, account: Account, query: str, **filters: Any) -> list[str]:
    body = {"query": query, "filters": {**SAVED_ONLY, **filters}, "limit": 50}
    r = await client.post(SEARCH, json=body, headers=account.headers)
    assert r.status_code == 200, r.text
    return [i["title"] for i in r.json()["items"] if i["text_score"] > 0]


async def test_search_follows_edits_archiving_and_deletes(client: AsyncClient, alice: Account) -> None:
    body = {"title": "Welder", "description": "MIG and TIG welding of steel frames."}
    job = (await client.post("/api/v1/jobs", json=body, headers=alice.headers)).json()
    assert await _titles(client, alice, "welding steel") == ["Welder"]

    patch = {"title": "Glassblower", "description": "Shape molten glass into vases."}
    await client.patch(f"/api/v1/jobs/{job['id']}", json=patch, headers=alice.headers)
    assert await _titles(client, alice, "welding steel") == []
    assert await _titles(client, alice, "molten glass vases") == ["Glassblower"]

    await client.patch(f"/api/v1/jobs/{job['id']}", json={"status": "archived"}, headers=alice.headers)
    assert await _titles(client, alice, "molten glass vases") == []
    await client.patch(f"/api/v1/jobs/{job['id']}", json={"status": "active"}, headers=alice.headers)
    assert await _titles(client, alice, "molten glass vases") == ["Glassblower"]
    await client.delete(f"/api/v1/jobs/{job['id']}", headers=alice.headers)
    assert await _titles(client, alice, "molten glass vases") == []


async def test_skills_are_searchable_and_titles_weigh_more(client: AsyncClient, alice: Account) -> None:
    jobs = [
        {"title": "Infrastructure Engineer", "description": "Cloud work.", "required_skills": ["Terraform"]},
        {"title": "Terraform Specialist", "description": "Modules for our cloud."},
        {"title": "Office Manager", "description": "Keep the office running."},
    ]
    for job in jobs:
        assert (await client.post("/api/v1/jobs", json=job, headers=alice.headers)).status_code == 201
    assert await _titles(client, alice, "terraform") == ["Terraform Specialist", "Infrastructure Engineer"]


async def test_total_counts_matches_beyond_the_ranked_pool(
    client: AsyncClient, alice: Account, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(7):
        body = {"title": f"Beekeeper {n}", "description": "Tend the hives and harvest honey."}
        await client.post("/api/v1/jobs", json=body, headers=alice.headers)
    await client.post("/api/v1/jobs", json={"title": "Baker", "description": "Bread."}, headers=alice.headers)
    monkeypatch.setattr(search, "POOL", 3)
    body = {"query": "beekeeper honey hives", "filters": SAVED_ONLY, "limit": 50}
    result = (await client.post(SEARCH, json=body, headers=alice.headers)).json()
    assert result["total"] == 7
    assert 3 <= len(result["items"]) < 7
    assert all(i["title"].startswith("Beekeeper") for i in result["items"])
