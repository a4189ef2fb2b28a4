"""Hybrid search over the caller's jobs and the sample feed."""

from __future__ import annotations

from datetime import date
from typing import Any

from httpx import AsyncClient

from tests.api.test_jobs_fixtures import NURSE_CV, insert_cv
from tests.conftest import Account, AppFactory, Database, register_and_login

SEARCH = "/api/v1/jobs/search"


async def _search(client: AsyncClient, account: Account, **body: Any) -> dict[str, Any]:
    r = await client.post(SEARCH, json=body, headers=account.headers)
    assert r.status_code == 200, r.text
    return dict(r.json())


async def test_search_ranks_saved_jobs_and_the_feed_by_meaning_and_words(
    client: AsyncClient, alice: Account
) -> None:
    job = {
        "title": "Kubernetes Platform Engineer",
        "description": "Run our Kubernetes clusters and Terraform.",
    }
    saved = (await client.post("/api/v1/jobs", json=job, headers=alice.headers)).json()
    result = await _search(client, alice, query="kubernetes platform engineer", limit=10)
    items = result["items"]
    assert items[0]["job_id"] == saved["id"]
    assert items[0]["kind"] == "saved"
    assert {i["kind"] for i in items} == {"saved", "feed"}
    assert [i["score"] for i in items] == sorted((i["score"] for i in items), reverse=True)
    assert result["total"] >= len(items) == 10
    assert all(0 <= i["text_score"] <= 1 for i in items)

    nurse = await _search(client, alice, query="nurse in an intensive care unit", limit=5)
    assert all("Nurse" in i["title"] or "Nursing" in i["title"] for i in nurse["items"][:3]), nurse["items"]


async def test_search_filters(client: AsyncClient, alice: Account) -> None:
    await client.post(
        "/api/v1/jobs", json={"title": "Data Engineer", "location_type": "on-site"}, headers=alice.headers
    )
    remote = await _search(
        client, alice, query="data engineer", filters={"location_type": ["remote"]}, limit=50
    )
    assert remote["items"]
    assert {i["location_type"] for i in remote["items"]} == {"remote"}
    paid = await _search(client, alice, query="engineer", filters={"salary_floor": 100000}, limit=50)
    assert paid["items"]
    per_year = {"hour": 2080, "month": 12}
    assert all(
        max(i["salary_min"] or 0, i["salary_max"] or 0) * per_year.get(i["salary_period"], 1) >= 100000
        for i in paid["items"]
    )
    contract = await _search(
        client, alice, query="designer", filters={"employment_type": ["contract"]}, limit=50
    )
    assert {i["employment_type"] for i in contract["items"]} == {"contract"}
    recent = await _search(
        client,
        alice,
        query="engineer",
        filters={"posted_since": "2026-10-15", "include_saved": False},
        limit=100,
    )
    assert recent["items"]
    assert all(i["kind"] == "feed" for i in recent["items"])
    assert min(date.fromisoformat(i["posted_at"]) for i in recent["items"]) >= date(2026, 10, 15)
    everything = await _search(client, alice, query="engineer", filters={"include_saved": False}, limit=100)
    assert recent["total"] < everything["total"]
    saved_only = await _search(client, alice, query="data engineer", filters={"include_feed": False})
    assert [i["title"] for i in saved_only["items"]] == ["Data Engineer"]


async def test_search_with_a_cv_and_without_a_query(
    client: AsyncClient, alice: Account, database: Database
) -> None:
    cv_id = await insert_cv(database, alice.id, NURSE_CV)
    result = await _search(client, alice, cv_id=cv_id, limit=5)
    titles = [i["title"] for i in result["items"]]
    assert "Nurse" in titles[0], titles
    assert all(any(w in t for w in ("Nurs", "Medical", "Clinical", "Care", "Health")) for t in titles), titles


async def test_search_validation(
    client: AsyncClient, alice: Account, bob: Account, database: Database
) -> None:
    assert (await client.post(SEARCH, json={}, headers=alice.headers)).status_code == 422
    r = await client.post(
        SEARCH, json={"query": "x", "filters": {"location_type": ["moon"]}}, headers=alice.headers
    )
    assert r.status_code == 422
    cv_id = await insert_cv(database, alice.id, NURSE_CV)
    r = await client.post(SEARCH, json={"query": "nurse", "cv_id": cv_id}, headers=bob.headers)
    assert (r.status_code, r.json()["detail"]["code"]) == (404, "cv_not_found")
    bob_job = (
        await client.post("/api/v1/jobs", json={"title": "Secret Nurse Role"}, headers=bob.headers)
    ).json()
    result = await _search(client, alice, query="secret nurse role", limit=100)
    assert bob_job["id"] not in {i["job_id"] for i in result["items"]}


async def test_jobs_save_while_the_embedder_is_down_and_get_vectors_later(app_factory: AppFactory) -> None:
    down = await app_factory(embedding_provider="openai", embedding_base_url="http://127.0.0.1:9/v1")
    alice = await register_and_login(down)
    body = {"title": "Kubernetes Platform Engineer", "description": "Run our Kubernetes clusters."}
    r = await down.post("/api/v1/jobs", json=body, headers=alice.headers)
    assert r.status_code == 201
    offline = await _search(down, alice, query="kubernetes engineer", filters={"include_feed": False})
    assert [(i["title"], i["semantic_score"]) for i in offline["items"]] == [
        ("Kubernetes Platform Engineer", None)
    ]

    up = await app_factory()  # same database, the builtin embedder answers again
    online = await _search(up, alice, query="kubernetes engineer", filters={"include_feed": False})
    assert online["items"][0]["semantic_score"] > 0.3


async def test_salary_floor_is_yearly_whatever_the_period(client: AsyncClient, alice: Account) -> None:
    hourly = {"salary_min": 40, "salary_max": 45, "salary_currency": "USD", "salary_period": "hour"}
    trainee = {**hourly, "salary_min": 25, "salary_max": 30}
    for title, pay in (("Crane Operator", hourly), ("Crane Operator Trainee", trainee)):
        body = {"title": title, "description": "Operate tower cranes on site.", **pay}
        assert (await client.post("/api/v1/jobs", json=body, headers=alice.headers)).status_code == 201
    found = await _search(
        client, alice, query="crane operator", filters={"salary_floor": 80000, "include_feed": False}
    )
    # 45 an hour is 93,600 a year and passes; 30 an hour is 62,400 and does not
    assert [(i["title"], i["salary_period"]) for i in found["items"]] == [("Crane Operator", "hour")]
    feed = await _search(
        client, alice, query="manager", filters={"salary_floor": 60000, "include_saved": False}, limit=100
    )
    monthly = [i for i in feed["items"] if i["salary_period"] == "month"]
    assert all(max(i["salary_min"] or 0, i["salary_max"] or 0) * 12 >= 60000 for i in monthly)
    assert monthly  # the feed has monthly salaries that reach the floor only counted by the year
