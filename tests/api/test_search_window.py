"""Full-text ranking at scale: each database ranks a bounded window of matches (ranking reads every
ranked row) and still estimates the rest for `total`."""

from __future__ import annotations

from typing import Any

import pytest
from httpx import AsyncClient

from jobwise.jobs import fts
from tests.conftest import Account, AppFactory, Database, register_and_login

SEARCH = "/api/v1/jobs/search"


async def _search(client: AsyncClient, account: Account, query: str) -> dict[str, Any]:
    body = {"query": query, "filters": {"include_feed": False}, "limit": 50}
    r = await client.post(SEARCH, json=body, headers=account.headers)
    assert r.status_code == 200, r.text
    return dict(r.json())


async def _save(client: AsyncClient, account: Account, title: str, description: str) -> None:
    body = {"title": title, "description": description}
    r = await client.post("/api/v1/jobs", json=body, headers=account.headers)
    assert r.status_code == 201, r.text


async def test_only_the_window_is_ranked_and_the_rest_estimated(
    app_factory: AppFactory, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No embedder (a refused port): text alone ranks, so the estimate is all `total` can come from.
    client = await app_factory(embedding_provider="ollama", embedding_base_url="http://127.0.0.1:1")
    alice = await register_and_login(client)
    for n in range(6):
        await _save(client, alice, f"Cheesemaker {n}", "Turn the curds and age the cheese.")
    await _save(client, alice, "Baker", "Bread.")
    monkeypatch.setattr(fts._SQLite, "window", 4)
    monkeypatch.setattr(fts._Postgres, "window", 4)
    result = await _search(client, alice, "cheese curds")
    assert len(result["items"]) == 4
    assert all(i["title"].startswith("Cheesemaker") and i["text_score"] > 0 for i in result["items"])
    if database.backend == "sqlite":  # the newest matches; spread evenly, the estimate is exact
        assert sorted(i["title"] for i in result["items"]) == [f"Cheesemaker {n}" for n in range(2, 6)]
        assert result["total"] == 6
    else:  # table order, and the planner's estimate (at least what was ranked)
        assert result["total"] >= 4
