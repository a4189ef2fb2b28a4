"""Saved jobs and the application tracker through the API (SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any

import pytest
from httpx import AsyncClient

from tests.conftest import Account

JOBS = "/api/v1/jobs"
POSTING = {
    "title": "Backend Engineer",
    "company": "Acme",
    "description": "Build Python APIs on PostgreSQL.",
    "location": "Berlin, Germany",
    "location_type": "hybrid",
    "employment_type": "full-time",
    "salary_min": 60000,
    "salary_max": 80000,
    "salary_currency": "EUR",
    "required_skills": ["python", "postgres"],
    "min_experience_years": 3,
}


async def make_job(client: AsyncClient, account: Account, **fields: Any) -> dict[str, Any]:
    r = await client.post(JOBS, json={**POSTING, **fields}, headers=account.headers)
    assert r.status_code == 201, r.text
    return dict(r.json())


async def test_create_read_update_delete(client: AsyncClient, alice: Account) -> None:
    job = await make_job(client, alice)
    assert (job["source"], job["status"], job["application_status"]) == (
        "user_created",
        "active",
        "not_applied",
    )
    assert job["required_skills"] == ["Python", "PostgreSQL"]  # canonical names
    r = await client.patch(
        f"{JOBS}/{job['id']}", json={"company": "Acme GmbH", "status": "draft"}, headers=alice.headers
    )
    assert (r.json()["company"], r.json()["status"], r.json()["title"]) == (
        "Acme GmbH",
        "draft",
        "Backend Engineer",
    )
    assert (await client.get(f"{JOBS}/{job['id']}", headers=alice.headers)).json()["company"] == "Acme GmbH"
    assert (await client.delete(f"{JOBS}/{job['id']}", headers=alice.headers)).status_code == 204
    r = await client.get(f"{JOBS}/{job['id']}", headers=alice.headers)
    assert (r.status_code, r.json()["detail"]["code"]) == (404, "job_not_found")


@pytest.mark.parametrize(
    "fields",
    [
        {"salary_min": 90000, "salary_max": 80000},
        {"location_type": "moon"},
        {"employment_type": "forever"},
        {"salary_currency": "euro"},
        {"title": ""},
        {"user_id": "00000000-0000-0000-0000-000000000000"},
        {"source": "feed"},
        {"min_experience_years": "3"},
    ],
)
async def test_invalid_jobs_are_refused(client: AsyncClient, alice: Account, fields: dict[str, Any]) -> None:
    r = await client.post(JOBS, json={**POSTING, **fields}, headers=alice.headers)
    assert r.status_code == 422
    assert r.json()["detail"]["code"] == "validation_error"


async def test_patch_cannot_reverse_the_salary_range(client: AsyncClient, alice: Account) -> None:
    job = await make_job(client, alice)
    r = await client.patch(f"{JOBS}/{job['id']}", json={"salary_min": 95000}, headers=alice.headers)
    assert r.status_code == 422
    r = await client.patch(
        f"{JOBS}/{job['id']}", json={"salary_min": 95000, "salary_max": 99000}, headers=alice.headers
    )
    assert (r.json()["salary_min"], r.json()["salary_max"]) == (95000, 99000)


async def test_list_filters_and_pagination(client: AsyncClient, alice: Account, bob: Account) -> None:
    await make_job(client, alice, title="Data Analyst", location_type="remote")
    await make_job(client, alice, title="Nurse", location_type="on-site", description="Ward care")
    third = await make_job(client, alice, title="Platform Engineer", location_type="remote")
    await make_job(client, bob, title="Bob's job", location_type="remote")
    await client.patch(
        f"{JOBS}/{third['id']}/application-status", json={"status": "preparing"}, headers=alice.headers
    )

    async def titles(**params: Any) -> tuple[list[str], int]:
        page = (await client.get(JOBS, params=params, headers=alice.headers)).json()
        return [j["title"] for j in page["items"]], page["total"]

    assert await titles() == (["Platform Engineer", "Nurse", "Data Analyst"], 3)
    assert await titles(location_type="remote") == (["Platform Engineer", "Data Analyst"], 2)
    assert await titles(application_status="preparing") == (["Platform Engineer"], 1)
    assert await titles(q="ward") == (["Nurse"], 1)
    assert await titles(status="archived") == ([], 0)
    page = (await client.get(JOBS, params={"limit": 2, "offset": 2}, headers=alice.headers)).json()
    assert (page["total"], page["limit"], page["offset"], [j["title"] for j in page["items"]]) == (
        3,
        2,
        2,
        ["Data Analyst"],
    )
    r = await client.get(JOBS, params={"application_status": "hired"}, headers=alice.headers)
    assert r.status_code == 422


async def test_other_users_jobs_are_not_found(client: AsyncClient, alice: Account, bob: Account) -> None:
    job = await make_job(client, alice)
    for method, path, body in (
        ("GET", f"{JOBS}/{job['id']}", None),
        ("PATCH", f"{JOBS}/{job['id']}", {"title": "mine"}),
        ("DELETE", f"{JOBS}/{job['id']}", None),
        ("PATCH", f"{JOBS}/{job['id']}/application-status", {"status": "preparing"}),
        ("GET", f"{JOBS}/{job['id']}/history", None),
        ("GET", f"{JOBS}/{job['id']}/bias", None),
    ):
        r = await client.request(method, path, json=body, headers=bob.headers)
        assert (r.status_code, r.json()["detail"]["code"]) == (404, "job_not_found"), (method, path)
    assert (await client.get(JOBS, headers=bob.headers)).json()["total"] == 0
    assert (await client.get(f"{JOBS}/{job['id']}", headers=alice.headers)).status_code == 200


ALLOWED = [
    ("not_applied", "preparing"), ("preparing", "applied"), ("applied", "interviewing"),
    ("interviewing", "offer"), ("offer", "accepted"), ("offer", "declined"),
    ("not_applied", "rejected"), ("not_applied", "withdrawn"), ("preparing", "withdrawn"),
    ("applied", "rejected"), ("interviewing", "withdrawn"), ("offer", "rejected"),
]  # fmt: skip
PATH_TO = {
    "not_applied": [], "preparing": ["preparing"], "applied": ["preparing", "applied"],
    "interviewing": ["preparing", "applied", "interviewing"],
    "offer": ["preparing", "applied", "interviewing", "offer"],
    "accepted": ["preparing", "applied", "interviewing", "offer", "accepted"],
    "rejected": ["rejected"], "withdrawn": ["withdrawn"],
}  # fmt: skip
REFUSED = [
    ("not_applied", "applied"), ("not_applied", "offer"), ("preparing", "not_applied"),
    ("applied", "preparing"), ("interviewing", "accepted"), ("offer", "interviewing"),
    ("accepted", "rejected"), ("accepted", "declined"), ("rejected", "preparing"),
    ("withdrawn", "withdrawn"), ("not_applied", "not_applied"),
]  # fmt: skip


async def _walk(client: AsyncClient, account: Account, job_id: str, states: list[str]) -> None:
    for state in states:
        r = await client.patch(
            f"{JOBS}/{job_id}/application-status", json={"status": state}, headers=account.headers
        )
        assert r.status_code == 200, r.text


async def test_every_allowed_transition(client: AsyncClient, alice: Account) -> None:
    for source, target in ALLOWED:
        job = await make_job(client, alice)
        await _walk(client, alice, job["id"], PATH_TO[source])
        r = await client.patch(
            f"{JOBS}/{job['id']}/application-status", json={"status": target}, headers=alice.headers
        )
        assert (r.status_code, r.json()["application_status"]) == (200, target), (source, target)


async def test_every_refused_transition(client: AsyncClient, alice: Account) -> None:
    for source, target in REFUSED:
        job = await make_job(client, alice)
        await _walk(client, alice, job["id"], PATH_TO[source])
        r = await client.patch(
            f"{JOBS}/{job['id']}/application-status", json={"status": target}, headers=alice.headers
        )
        assert (r.status_code, r.json()["detail"]["code"]) == (400, "invalid_transition"), (source, target)
        assert (await client.get(f"{JOBS}/{job['id']}", headers=alice.headers)).json()[
            "application_status"
        ] == source


async def test_history_records_each_step_with_its_note(client: AsyncClient, alice: Account) -> None:
    job = await make_job(client, alice)
    for status, note in (("preparing", "tailor CV"), ("applied", None), ("interviewing", "call on Monday")):
        body = {"status": status} | ({"note": note} if note else {})
        await client.patch(f"{JOBS}/{job['id']}/application-status", json=body, headers=alice.headers)
    await client.patch(
        f"{JOBS}/{job['id']}/application-status", json={"status": "accepted"}, headers=alice.headers
    )
    history = (await client.get(f"{JOBS}/{job['id']}/history", headers=alice.headers)).json()
    assert [(h["from"], h["to"], h["note"]) for h in history] == [
        ("not_applied", "preparing", "tailor CV"),
        ("preparing", "applied", None),
        ("applied", "interviewing", "call on Monday"),
    ]
    assert all(h["at"].endswith(("Z", "+00:00")) for h in history)


PASTED = """Senior Data Engineer
Nordwind Analytics - Hamburg, Germany (Hybrid)
Full-time, EUR 70,000 - 85,000 per year

We are looking for a data engineer to build our pipelines.
Requirements:
- 5+ years of experience in data engineering
- Python, SQL and Apache Spark
- Experience with Airflow
"""


async def test_parse_returns_fields_and_saves_on_request(client: AsyncClient, alice: Account) -> None:
    r = await client.post(f"{JOBS}/parse", json={"text": PASTED}, headers=alice.headers)
    parsed = r.json()["parsed"]
    assert (r.status_code, r.json()["job"]) == (200, None)
    assert parsed["title"] == "Senior Data Engineer"
    assert (parsed["salary_min"], parsed["salary_max"], parsed["salary_currency"]) == (70000, 85000, "EUR")
    assert {"Python", "SQL"} <= set(parsed["required_skills"])
    assert (await client.get(JOBS, headers=alice.headers)).json()["total"] == 0
    r = await client.post(f"{JOBS}/parse", json={"text": PASTED, "save": True}, headers=alice.headers)
    job = r.json()["job"]
    assert (job["source"], job["title"], job["salary_max"], job["min_experience_years"]) == (
        "text_parsed",
        "Senior Data Engineer",
        85000,
        5,
    )
    assert (await client.get(f"{JOBS}/{job['id']}", headers=alice.headers)).json()["id"] == job["id"]


async def test_browse_pages_the_feed_and_saves_a_copy(client: AsyncClient, alice: Account) -> None:
    first = (await client.get(f"{JOBS}/browse", params={"limit": 5}, headers=alice.headers)).json()
    second = (
        await client.get(f"{JOBS}/browse", params={"limit": 5, "offset": 5}, headers=alice.headers)
    ).json()
    assert first["total"] == second["total"] > 500
    assert len(first["items"]) == 5
    assert not {p["feed_id"] for p in first["items"]} & {p["feed_id"] for p in second["items"]}
    dates = [p["posted_at"] for p in first["items"] + second["items"]]
    assert dates == sorted(dates, reverse=True)
    remote = (
        await client.get(f"{JOBS}/browse", params={"location_type": "remote"}, headers=alice.headers)
    ).json()
    assert 0 < remote["total"] < first["total"]
    assert {p["location_type"] for p in remote["items"]} == {"remote"}

    posting = first["items"][0]
    r = await client.post(f"{JOBS}/browse/{posting['feed_id']}/save", headers=alice.headers)
    job = r.json()
    assert r.status_code == 201
    assert (job["source"], job["feed_id"], job["title"], job["url"]) == (
        "feed",
        posting["feed_id"],
        posting["title"],
        posting["url"],
    )
    assert job["required_skills"] == posting["required_skills"]
    assert job["nice_to_have_skills"] == posting["nice_to_have_skills"]
    r = await client.post(f"{JOBS}/browse/fd-9999-nope/save", headers=alice.headers)
    assert (r.status_code, r.json()["detail"]["code"]) == (404, "feed_posting_not_found")

    again = await client.post(f"{JOBS}/browse/{posting['feed_id']}/save", headers=alice.headers)
    assert (again.status_code, again.json()["id"]) == (200, job["id"])
    mine = (await client.get(JOBS, headers=alice.headers)).json()
    assert [j["id"] for j in mine["items"]] == [job["id"]]


async def test_browse_searches_the_feed_text_and_saves_long_ids(client: AsyncClient, alice: Account) -> None:
    nurses = await client.get(f"{JOBS}/browse", params={"q": "NURSE", "limit": 100}, headers=alice.headers)
    found = nurses.json()
    assert 0 < found["total"] < 100
    assert all("nurse" in f"{p['title']} {p['company']} {p['description']}".lower() for p in found["items"])
    everything = await client.get(f"{JOBS}/browse", params={"limit": 100, "offset": 0}, headers=alice.headers)
    longest = max(
        [
            p
            for page in range(0, everything.json()["total"], 100)
            for p in (
                await client.get(
                    f"{JOBS}/browse", params={"limit": 100, "offset": page}, headers=alice.headers
                )
            ).json()["items"]
        ],
        key=lambda p: len(p["feed_id"]),
    )
    assert len(longest["feed_id"]) == 64
    r = await client.post(f"{JOBS}/browse/{longest['feed_id']}/save", headers=alice.headers)
    assert (r.status_code, r.json()["feed_id"]) == (201, longest["feed_id"])


BIASED = (
    "Rockstar developer wanted. You should be a young, energetic digital native. Native English speaker only."
)


async def test_bias_flags_with_offsets(client: AsyncClient, alice: Account) -> None:
    r = await client.post("/api/v1/bias/analyze", json={"text": "  " + BIASED}, headers=alice.headers)
    report = r.json()
    assert r.status_code == 200
    assert report["score"] < 80
    categories = {f["category"] for f in report["flags"]}
    assert {"age", "nationality"} <= categories
    for flag in report["flags"]:
        assert ("  " + BIASED)[flag["start"] : flag["end"]] == flag["phrase"]
        assert flag["suggestion"]

    title = "Rockstar Developer"
    job = await make_job(client, alice, title=title, description=BIASED)
    whole = await client.post(
        "/api/v1/bias/analyze", json={"text": f"{title}\n{BIASED}"}, headers=alice.headers
    )
    assert job["bias_score"] == whole.json()["score"]
    stored = (await client.get(f"{JOBS}/{job['id']}/bias", headers=alice.headers)).json()
    assert {f["category"] for f in stored["flags"]} >= {"age", "nationality", "exclusionary"}
    texts = {"title": title, "description": BIASED}
    assert all(texts[f["field"]][f["start"] : f["end"]] == f["phrase"] for f in stored["flags"])
    assert [f["phrase"].lower() for f in stored["flags"] if f["field"] == "title"] == ["rockstar"]
    in_description = [f for f in stored["flags"] if f["field"] == "description"]
    assert in_description[0]["start"] == BIASED.lower().index("rockstar")  # description offsets, not title's
    clean = await make_job(
        client, alice, title="Developer", description="Write Python code for our billing system."
    )
    assert (await client.get(f"{JOBS}/{clean['id']}/bias", headers=alice.headers)).json() == {
        "score": 100,
        "gender_coding": "neutral",
        "flags": [],
    }
    r = await client.patch(f"{JOBS}/{clean['id']}", json={"description": BIASED}, headers=alice.headers)
    assert r.json()["bias_score"] < 100  # recomputed when the text changes


async def test_jobs_need_authentication(client: AsyncClient) -> None:
    assert (await client.get(JOBS)).status_code == 401
    assert (await client.post("/api/v1/bias/analyze", json={"text": "x"})).status_code == 401


async def test_salary_period_is_kept_from_text_feed_and_form(client: AsyncClient, alice: Account) -> None:
    text = "Warehouse Associate\nNorthwind Depot\nPay: $19 - $23 per hour\nOn-site in Reno, Nevada."
    r = await client.post(f"{JOBS}/parse", json={"text": text, "save": True}, headers=alice.headers)
    job = r.json()["job"]
    assert (job["salary_min"], job["salary_max"], job["salary_currency"], job["salary_period"]) == (
        19,
        23,
        "USD",
        "hour",
    )
    feed = (await client.get(f"{JOBS}/browse", params={"limit": 100}, headers=alice.headers)).json()
    monthly = next(p for p in feed["items"] if p["salary_period"] == "month")
    saved = (await client.post(f"{JOBS}/browse/{monthly['feed_id']}/save", headers=alice.headers)).json()
    assert saved["salary_period"] == "month"
    r = await client.post(JOBS, json={"title": "Tutor", "salary_period": "week"}, headers=alice.headers)
    assert r.status_code == 422
    r = await client.patch(f"{JOBS}/{job['id']}", json={"salary_period": "year"}, headers=alice.headers)
    assert r.json()["salary_period"] == "year"


async def test_the_employers_name_is_not_read_as_biased_wording(client: AsyncClient, alice: Account) -> None:
    description = (
        "Acme Analytics builds dashboards. Join Acme Analytics as an analytical, competitive engineer."
    )
    job = await make_job(client, alice, title="Engineer", company="Acme Analytics", description=description)
    flags = (await client.get(f"{JOBS}/{job['id']}/bias", headers=alice.headers)).json()["flags"]
    assert sorted((f["phrase"], f["start"]) for f in flags) == [
        ("analytical", description.index("analytical")),
        ("competitive", description.index("competitive")),
    ]
    renamed = await client.patch(f"{JOBS}/{job['id']}", json={"company": "Nordwind"}, headers=alice.headers)
    assert renamed.json()["bias_score"] < job["bias_score"]  # now "Analytics" in the text counts twice
