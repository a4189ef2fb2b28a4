from __future__ import annotations

import uuid
from typing import Any

from httpx import AsyncClient, Response
from sqlalchemy import func, select

from jobwise.profiles.models import ProfileEducation, ProfileExperience, ProfileProject
from tests.conftest import SAMPLE_CV, TEST_PASSWORD, Account, Database, make_pdf, wait_for_cv

PROFILES = "/api/v1/profiles"


async def make_profile(client: AsyncClient, account: Account, **body: Any) -> dict[str, Any]:
    r = await client.post(PROFILES, json=body, headers=account.headers)
    assert r.status_code == 201, r.text
    return dict(r.json())


async def send(client: AsyncClient, method: str, url: str, account: Account, body: Any) -> Response:
    return await client.request(method, url, json=body, headers=account.headers)


async def count_rows(database: Database, model: Any) -> int:
    async with database.engine.connect() as connection:
        return int(await connection.scalar(select(func.count()).select_from(model)) or 0)


def job(title: str, company: str, start: str, end: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"title": title, "company": company, "start_date": start, "end_date": end, **extra}


async def test_create_read_update_delete(client: AsyncClient, alice: Account) -> None:
    assert (await client.get(PROFILES, headers=alice.headers)).json()["items"] == []
    profile = await make_profile(
        client, alice, headline="Backend Engineer", links=["https://github.com/alice"], phone="+49 30 1234"
    )
    assert profile["headline"] == "Backend Engineer"
    assert profile["experiences"] == profile["education"] == profile["projects"] == []
    assert profile["skills"] == {"technical": [], "soft": [], "languages": [], "certifications": []}

    listing = (await client.get(PROFILES, headers=alice.headers)).json()
    assert listing["total"] == 1
    assert listing["items"][0]["id"] == profile["id"]

    url = f"{PROFILES}/{profile['id']}"
    r = await client.put(url, json={"summary": "Builds APIs.", "phone": None}, headers=alice.headers)
    assert r.status_code == 200
    assert (r.json()["summary"], r.json()["phone"], r.json()["headline"]) == (
        "Builds APIs.",
        None,
        "Backend Engineer",
    )
    assert (await client.get(url, headers=alice.headers)).json()["summary"] == "Builds APIs."

    assert (await client.delete(url, headers=alice.headers)).status_code == 204
    r = await client.get(url, headers=alice.headers)
    assert r.status_code == 404
    assert r.json()["detail"]["code"] == "profile_not_found"


async def test_one_profile_per_user(client: AsyncClient, alice: Account, bob: Account) -> None:
    await make_profile(client, alice)
    r = await client.post(PROFILES, json={"headline": "Again"}, headers=alice.headers)
    assert r.status_code == 400
    assert r.json()["detail"]["code"] == "profile_exists"
    await make_profile(client, bob)  # one each


async def test_mass_assignment_and_bad_values_are_refused(client: AsyncClient, alice: Account) -> None:
    for body in (
        {"user_id": str(uuid.uuid4())},
        {"id": str(uuid.uuid4())},
        {"headline": 5},
        {"links": ["javascript:alert(1)"]},
        {"headline": "x" * 201},
    ):
        r = await client.post(PROFILES, json=body, headers=alice.headers)
        assert r.status_code == 422, body
        assert r.json()["detail"]["code"] == "validation_error"
    profile = await make_profile(client, alice)
    items = f"{PROFILES}/{profile['id']}/experiences"
    for item in (
        {"title": "Dev", "user_id": str(uuid.uuid4())},
        {"title": "Dev", "profile_id": str(uuid.uuid4())},
        {"title": "Dev", "id": str(uuid.uuid4())},
        {"title": "Dev", "is_current": "yes"},
        {"title": ""},
    ):
        r = await send(client, "POST", items, alice, {"items": [item]})
        assert r.status_code == 422, item


async def test_bulk_create_keeps_order_and_appends(client: AsyncClient, alice: Account) -> None:
    profile = await make_profile(client, alice)
    url = f"{PROFILES}/{profile['id']}/experiences"
    first = [
        job("Engineer", "Acme", "2018-01", "2020-06"),
        job("Senior Engineer", "Beta", "2020-07", is_current=True),
    ]
    r = await send(client, "POST", url, alice, {"items": first})
    assert r.status_code == 201, r.text
    assert [(i["company"], i["position"]) for i in r.json()["items"]] == [("Acme", 0), ("Beta", 1)]
    r = await send(
        client, "POST", url, alice, {"items": [job("Intern", "Gamma", "2017-06-01", "2017-09-30")]}
    )
    assert r.json()["items"][0]["position"] == 2
    assert r.json()["items"][0]["start_date"] == "2017-06-01"
    full = (await client.get(f"{PROFILES}/{profile['id']}", headers=alice.headers)).json()
    assert [e["company"] for e in full["experiences"]] == ["Acme", "Beta", "Gamma"]
    assert full["experiences"][1]["is_current"] is True


async def test_dates_are_validated(client: AsyncClient, alice: Account) -> None:
    profile = await make_profile(client, alice)
    url = f"{PROFILES}/{profile['id']}/experiences"
    for item, reason in (
        (job("Dev", "A", "2020-05", "2019-01"), "before the start"),
        (job("Dev", "A", "2020-05", "2021-01", is_current=True), "no end date"),
        (job("Dev", "A", "2020-13"), "not a date"),
        (job("Dev", "A", "05/2020"), "not a date"),
        (job("Dev", "A", "2021-02-30"), "not a date"),
    ):
        r = await send(client, "POST", url, alice, {"items": [job("Ok", "B", "2019-01"), item]})
        assert r.status_code == 422, item
        assert reason in r.json()["detail"]["message"], r.json()
    # Same month, day precision on one side only: not a conflict.
    r = await send(client, "POST", url, alice, {"items": [job("Dev", "A", "2020-05-20", "2020-05")]})
    assert r.status_code == 201
    edu = f"{PROFILES}/{profile['id']}/education"
    r = await send(
        client,
        "POST",
        edu,
        alice,
        {"items": [{"institution": "TU", "start_date": "2015", "end_date": "2014"}]},
    )
    assert r.status_code == 422
    full = (await client.get(f"{PROFILES}/{profile['id']}", headers=alice.headers)).json()
    assert len(full["experiences"]) == 1  # the refused batches left nothing behind


async def test_bulk_update_is_all_or_nothing(client: AsyncClient, alice: Account, bob: Account) -> None:
    profile = await make_profile(client, alice)
    url = f"{PROFILES}/{profile['id']}/experiences"
    created = (
        await send(
            client,
            "POST",
            url,
            alice,
            {"items": [job("Dev", "A", "2019-01", "2020-01"), job("Lead", "B", "2020-02")]},
        )
    ).json()["items"]
    bob_profile = await make_profile(client, bob)
    bobs = (
        await send(
            client,
            "POST",
            f"{PROFILES}/{bob_profile['id']}/experiences",
            bob,
            {"items": [job("X", "Y", "2019")]},
        )
    ).json()["items"]

    for foreign in (bobs[0]["id"], str(uuid.uuid4())):
        body = {"items": [{"id": created[0]["id"], "title": "Changed"}, {"id": foreign, "title": "Hijack"}]}
        r = await send(client, "PUT", url, alice, body)
        assert r.status_code == 404
        assert r.json()["detail"]["code"] == "experience_not_found"
    full = (await client.get(f"{PROFILES}/{profile['id']}", headers=alice.headers)).json()
    assert [e["title"] for e in full["experiences"]] == ["Dev", "Lead"]
    assert (await client.get(f"{PROFILES}/{bob_profile['id']}", headers=bob.headers)).json()["experiences"][
        0
    ]["title"] == "X"

    body = {
        "items": [
            {
                "id": created[1]["id"],
                "is_current": True,
                "bullets": ["Cut p95 latency by 40%"],
                "position": 0,
            },
            {"id": created[0]["id"], "title": "Developer", "position": 1},
        ]
    }
    r = await send(client, "PUT", url, alice, body)
    assert r.status_code == 200, r.text
    assert [i["title"] for i in r.json()["items"]] == ["Lead", "Developer"]
    full = (await client.get(f"{PROFILES}/{profile['id']}", headers=alice.headers)).json()
    assert [e["title"] for e in full["experiences"]] == ["Lead", "Developer"]  # reordered
    assert full["experiences"][0]["bullets"] == ["Cut p95 latency by 40%"]
    assert full["experiences"][1]["company"] == "A"  # untouched fields stay

    # Dates are checked merged with what is stored: an end before the stored start is refused.
    r = await send(client, "PUT", url, alice, {"items": [{"id": created[0]["id"], "end_date": "2018-01"}]})
    assert r.status_code == 422
    assert "before the start" in r.json()["detail"]["message"]
    r = await send(client, "PUT", url, alice, {"items": [{"id": created[0]["id"], "is_current": True}]})
    assert r.status_code == 422
    r = await send(client, "PUT", url, alice, {"items": [{"id": created[0]["id"], "title": None}]})
    assert r.status_code == 422
    dup = {"items": [{"id": created[0]["id"]}, {"id": created[0]["id"]}]}
    assert (await send(client, "PUT", url, alice, dup)).status_code == 422


async def test_bulk_delete(client: AsyncClient, alice: Account, bob: Account, database: Database) -> None:
    profile = await make_profile(client, alice)
    url = f"{PROFILES}/{profile['id']}/projects"
    created = (
        await send(
            client, "POST", url, alice, {"items": [{"name": "CLI"}, {"name": "Bot"}, {"name": "Site"}]}
        )
    ).json()["items"]
    r = await send(client, "DELETE", url, alice, {"ids": [created[0]["id"], str(uuid.uuid4())]})
    assert r.status_code == 404
    assert r.json()["detail"]["code"] == "project_not_found"
    assert await count_rows(database, ProfileProject) == 3
    bob_profile = await make_profile(client, bob)
    r = await send(
        client, "DELETE", f"{PROFILES}/{bob_profile['id']}/projects", bob, {"ids": [created[0]["id"]]}
    )
    assert r.status_code == 404
    r = await send(client, "DELETE", url, alice, {"ids": [created[0]["id"], created[2]["id"]]})
    assert r.status_code == 204
    full = (await client.get(f"{PROFILES}/{profile['id']}", headers=alice.headers)).json()
    assert [p["name"] for p in full["projects"]] == ["Bot"]


async def test_someone_elses_profile_is_not_found(client: AsyncClient, alice: Account, bob: Account) -> None:
    profile = await make_profile(client, alice, headline="Alice")
    url = f"{PROFILES}/{profile['id']}"
    checks: list[tuple[str, str, Any]] = [
        ("GET", url, None),
        ("PUT", url, {"headline": "Bob"}),
        ("DELETE", url, None),
        ("GET", f"{url}/analytics", None),
        ("PUT", f"{url}/skills", {"technical": ["Python"]}),
        ("POST", f"{url}/experiences", {"items": [{"title": "Dev"}]}),
        ("POST", f"{url}/education", {"items": [{"institution": "MIT"}]}),
        ("DELETE", f"{url}/projects", {"ids": [str(uuid.uuid4())]}),
    ]
    for method, path, body in checks:
        r = await send(client, method, path, bob, body)
        assert r.status_code == 404, (method, path)
        assert r.json()["detail"]["code"] == "profile_not_found"
    assert (await client.get(PROFILES, headers=bob.headers)).json()["total"] == 0
    assert (await client.get(url, headers=alice.headers)).json()["headline"] == "Alice"


async def test_skills_are_normalised_and_deduplicated(client: AsyncClient, alice: Account) -> None:
    profile = await make_profile(client, alice)
    url = f"{PROFILES}/{profile['id']}/skills"
    body = {
        "technical": ["k8s", "Kubernetes", "python", "PYTHON", "My Custom Tool"],
        "soft": ["Mentoring", "mentoring ", "Communication"],
        "languages": [{"name": "German", "proficiency": "C1"}, {"name": "german"}],
        "certifications": [{"name": "CKA", "issuer": "CNCF", "date": "2023-04"}],
    }
    r = await send(client, "PUT", url, alice, body)
    assert r.status_code == 200, r.text
    skills = r.json()["skills"]
    assert skills["technical"] == ["Kubernetes", "Python", "My Custom Tool"]
    assert skills["soft"] == ["Mentoring", "Communication"]
    assert skills["languages"] == [{"name": "German", "proficiency": "C1"}]
    assert skills["certifications"] == [{"name": "CKA", "issuer": "CNCF", "date": "2023-04"}]
    r = await send(client, "PUT", url, alice, {"soft": ["Leadership"]})  # only the lists given change
    assert r.json()["skills"]["technical"] == ["Kubernetes", "Python", "My Custom Tool"]
    assert r.json()["skills"]["soft"] == ["Leadership"]
    bad = {"languages": [{"name": "French", "level": "B2"}]}
    assert (await send(client, "PUT", url, alice, bad)).status_code == 422


async def test_analytics_sparse_and_rich(client: AsyncClient, alice: Account, bob: Account) -> None:
    sparse = await make_profile(client, alice, headline="Engineer")
    r = await client.get(f"{PROFILES}/{sparse['id']}/analytics", headers=alice.headers)
    assert r.status_code == 200
    data = r.json()
    assert data["completeness"] == 10
    assert data["coverage"]["headline"] == 100
    assert data["coverage"]["experiences"] == 0
    codes = {w["code"] for w in data["warnings"]}
    assert {"missing_summary", "no_experience", "few_skills", "no_education"} <= codes
    assert "missing_headline" not in codes

    rich = await make_profile(
        client,
        bob,
        headline="Staff Backend Engineer",
        summary=" ".join(["Backend engineer building reliable payment systems at scale."] * 6),
        location="Berlin",
        phone="+49 30 1234",
        links=["https://github.com/bob"],
    )
    base = f"{PROFILES}/{rich['id']}"
    jobs = [
        job("Staff Engineer", "Pay", "2021-03", is_current=True, bullets=["Cut settlement time by 35%"]),
        job("Engineer", "Shop", "2017-01", "2021-02", bullets=["Built the checkout API"]),
    ]
    await send(client, "POST", f"{base}/experiences", bob, {"items": jobs})
    edu = {
        "institution": "TU Berlin",
        "degree": "MSc Computer Science",
        "start_date": "2014",
        "end_date": "2016",
    }
    await send(client, "POST", f"{base}/education", bob, {"items": [edu]})
    await send(
        client, "POST", f"{base}/projects", bob, {"items": [{"name": "ledger", "description": "A Go ledger"}]}
    )
    skills = {
        "technical": ["Python", "Go", "PostgreSQL", "Kafka", "Kubernetes", "AWS", "Terraform", "Redis"],
        "soft": ["Mentoring"],
        "languages": [{"name": "English", "proficiency": "C2"}],
    }
    await send(client, "PUT", f"{base}/skills", bob, skills)
    data = (await client.get(f"{base}/analytics", headers=bob.headers)).json()
    assert data["completeness"] == 100
    assert set(data["coverage"].values()) == {100}
    assert data["warnings"] == []


async def import_cv_row(
    database: Database, account: Account, parsed: dict[str, Any], status: str = "completed"
) -> str:
    """An analysed CV row, written directly: the upload pipeline is tested on its own."""
    from jobwise.cvs.models import CV

    cv_id = uuid.uuid4()
    async with database.engine.begin() as connection:
        await connection.execute(
            CV.__table__.insert().values(
                id=cv_id,
                user_id=uuid.UUID(account.id),
                filename="cv.pdf",
                content_type="pdf",
                size_bytes=1000,
                sha256="0" * 64,
                storage_key=f"test/{cv_id}",
                is_active=True,
                status=status,
                attempts=1,
                parsed_content=parsed,
                created_at=_now(),
                updated_at=_now(),
            )
        )
    return str(cv_id)


def _now() -> Any:
    from jobwise.core.db import utcnow

    return utcnow()


PARSED_CV: dict[str, Any] = {
    "contact": {
        "name": "Alice Example",
        "email": "alice@example.com",
        "phone": "+44 20 7946 0958",
        "location": "London, UK",
        "links": ["linkedin.com/in/alice", "github.com/alice"],
    },
    "summary": "Data engineer with eight years of experience building batch and streaming pipelines.",
    "experiences": [
        {
            "title": "Senior Data Engineer",
            "company": "Monzo",
            "location": "London",
            "start": "2021-04",
            "end": None,
            "is_current": True,
            "bullets": ["Moved 300 nightly jobs to Airflow", "Cut warehouse cost by 25%"],
        },
        {
            "title": "Data Engineer",
            "company": "Ocado Technology",
            "location": "Hatfield",
            "start": "2017",
            "end": "2021-03",
            "is_current": False,
            "bullets": ["Built Kafka ingestion"],
        },
        {
            "title": "Analyst",
            "company": "Broken Dates Ltd",
            "start": "2016-09",
            "end": "2015-01",
            "bullets": [],
        },
    ],
    "education": [
        {
            "institution": "University of Leeds",
            "degree": "BSc Mathematics",
            "field": "Mathematics",
            "start": "2012",
            "end": "2015",
        }
    ],
    "skills": ["Python", "k8s", "Apache Airflow", "SQL"],
    "projects": [
        {"name": "dbt-lint", "description": "A linter for dbt models", "start": "2022", "end": None}
    ],
    "certifications": ["AWS Certified Data Analytics"],
    "languages": [{"name": "English", "proficiency": "Native"}, {"name": "Spanish", "proficiency": "B2"}],
}


async def test_import_cv_creates_the_profile(client: AsyncClient, alice: Account, database: Database) -> None:
    cv_id = await import_cv_row(database, alice, PARSED_CV)
    r = await client.post(f"{PROFILES}/import-cv", json={"cv_id": cv_id}, headers=alice.headers)
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["imported"] == {
        "created_profile": True,
        "fields": ["headline", "summary", "location", "phone", "links"],
        "experiences": 3,
        "education": 1,
        "projects": 1,
        "technical_skills": 4,
        "languages": 2,
        "certifications": 1,
    }
    assert data["headline"] == "Senior Data Engineer"
    assert data["location"] == "London, UK"
    assert data["links"] == ["linkedin.com/in/alice", "github.com/alice"]
    first, second, broken = data["experiences"]
    assert (first["company"], first["is_current"], first["end_date"], first["position"]) == (
        "Monzo",
        True,
        None,
        0,
    )
    assert (second["start_date"], second["end_date"]) == ("2017", "2021-03")
    assert (broken["start_date"], broken["end_date"]) == ("2016-09", None)  # an impossible end is dropped
    assert data["education"][0]["field_of_study"] == "Mathematics"
    assert "Kubernetes" in data["skills"]["technical"]
    assert data["skills"]["certifications"][0]["name"] == "AWS Certified Data Analytics"
    listing = (await client.get(PROFILES, headers=alice.headers)).json()
    assert listing["items"][0]["id"] == data["id"]


async def test_import_cv_merges_without_duplicates_or_overwrites(
    client: AsyncClient, alice: Account, database: Database
) -> None:
    profile = await make_profile(client, alice, headline="My own headline", location="Remote")
    base = f"{PROFILES}/{profile['id']}"
    mine = [
        job("senior data engineer", "MONZO", "2021-05", is_current=True, bullets=["My wording"]),
        job("Engineer II", "Ocado Technology Ltd.", "2017", "2021-03"),  # same employer and start
    ]
    await send(client, "POST", f"{base}/experiences", alice, {"items": mine})
    await send(
        client, "POST", f"{base}/education", alice, {"items": [{"institution": "university of leeds"}]}
    )
    await send(client, "PUT", f"{base}/skills", alice, {"technical": ["Kubernetes", "Rust"]})
    cv_id = await import_cv_row(database, alice, PARSED_CV)

    r = await client.post(f"{PROFILES}/import-cv", json={"cv_id": cv_id}, headers=alice.headers)
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["id"] == profile["id"]
    assert data["imported"]["created_profile"] is False
    assert data["imported"]["experiences"] == 1  # Monzo and Ocado are already there
    assert data["imported"]["education"] == 0
    assert data["imported"]["fields"] == ["summary", "phone", "links"]
    assert (data["headline"], data["location"]) == ("My own headline", "Remote")
    assert data["experiences"][0]["bullets"] == ["My wording"]
    assert data["experiences"][0]["start_date"] == "2021-05"
    assert [e["company"] for e in data["experiences"]] == [
        "MONZO",
        "Ocado Technology Ltd.",
        "Broken Dates Ltd",
    ]
    assert data["experiences"][1]["title"] == "Engineer II"
    assert data["skills"]["technical"][:2] == ["Kubernetes", "Rust"]
    assert data["skills"]["technical"].count("Kubernetes") == 1

    again = (await client.post(f"{PROFILES}/import-cv", json={"cv_id": cv_id}, headers=alice.headers)).json()
    assert (
        again["imported"]["experiences"]
        == again["imported"]["education"]
        == again["imported"]["projects"]
        == 0
    )
    assert again["imported"]["technical_skills"] == 0
    assert len(again["experiences"]) == 3


async def test_import_cv_needs_an_owned_analysed_cv(
    client: AsyncClient, alice: Account, bob: Account, database: Database
) -> None:
    bobs_cv = await import_cv_row(database, bob, PARSED_CV)
    pending = await import_cv_row(database, alice, {}, status="processing")
    unreadable = await import_cv_row(database, alice, {"experiences": "not a list"})
    for cv_id, status, code in (
        (bobs_cv, 404, "cv_not_found"),
        (str(uuid.uuid4()), 404, "cv_not_found"),
        (pending, 400, "cv_not_analyzed"),
        (unreadable, 400, "cv_not_analyzed"),
    ):
        r = await client.post(f"{PROFILES}/import-cv", json={"cv_id": cv_id}, headers=alice.headers)
        assert r.status_code == status
        assert r.json()["detail"]["code"] == code
    assert (await client.get(PROFILES, headers=alice.headers)).json()["total"] == 0


async def test_deleting_the_profile_or_account_removes_nested_rows(
    client: AsyncClient, alice: Account, bob: Account, database: Database
) -> None:
    for account in (alice, bob):
        profile = await make_profile(client, account)
        base = f"{PROFILES}/{profile['id']}"
        await send(client, "POST", f"{base}/experiences", account, {"items": [job("Dev", "A", "2020")]})
        await send(client, "POST", f"{base}/education", account, {"items": [{"institution": "TU"}]})
        await send(client, "POST", f"{base}/projects", account, {"items": [{"name": "P"}]})
        account.extra["profile"] = profile["id"]
    models = (ProfileExperience, ProfileEducation, ProfileProject)
    assert [await count_rows(database, m) for m in models] == [2, 2, 2]

    assert (
        await client.delete(f"{PROFILES}/{alice.extra['profile']}", headers=alice.headers)
    ).status_code == 204
    assert [await count_rows(database, m) for m in models] == [1, 1, 1]

    r = await send(client, "DELETE", "/api/v1/users/me", bob, {"password": TEST_PASSWORD})
    assert r.status_code == 204
    assert [await count_rows(database, m) for m in models] == [0, 0, 0]


async def test_import_from_an_uploaded_pdf(client: AsyncClient, alice: Account) -> None:
    files = {"file": ("maria.pdf", make_pdf(SAMPLE_CV), "application/pdf")}
    created = await client.post("/api/v1/cvs", files=files, headers=alice.headers)
    assert created.status_code == 201, created.text
    cv = await wait_for_cv(client, created.json()["id"], alice.headers)
    assert cv["status"] == "completed", cv["error"]

    r = await client.post(f"{PROFILES}/import-cv", json={"cv_id": cv["id"]}, headers=alice.headers)
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["imported"]["created_profile"] is True
    assert data["headline"] == "Senior Backend Engineer"
    assert [(e["company"], e["start_date"], e["end_date"]) for e in data["experiences"]] == [
        ("Acme Corp", "2021-01", None),
        ("StartupCo", "2017-06", "2020-12"),
    ]
    assert data["experiences"][0]["is_current"] is True
    assert data["education"][0]["institution"] == "University of Manchester"
    assert {"Python", "Kubernetes", "PostgreSQL"} <= set(data["skills"]["technical"])
    assert [lang["name"] for lang in data["skills"]["languages"]] == ["English", "Spanish"]
    analytics = (await client.get(f"{PROFILES}/{data['id']}/analytics", headers=alice.headers)).json()
    assert 60 <= analytics["completeness"] < 100
    assert analytics["coverage"]["experiences"] == 100
