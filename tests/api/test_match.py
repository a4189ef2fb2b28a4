"""Matching and recommendations through the API, with analysed CVs and the real embedder."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient

from tests.api.test_jobs_fixtures import BACKEND_CV, CV_TEXTS, insert_cv
from tests.conftest import Account, Database

JOBS = "/api/v1/jobs"
POSTINGS = {
    "backend": {
        "title": "Backend Engineer (Python)",
        "description": "Design and run Python APIs on PostgreSQL. Our services run on Kubernetes in AWS, "
        "provisioned with Terraform. You care about testing, code review and observability.",
        "required_skills": ["Python", "PostgreSQL", "Kubernetes", "Terraform", "Go"],
        "min_experience_years": 5,
    },
    "nurse": {
        "title": "ICU Registered Nurse",
        "description": "Provide critical care to patients in our intensive care unit: assessment, medication "
        "administration, wound care and close monitoring of vital signs. BLS and ACLS certified.",
        "required_skills": ["Patient care", "Critical care", "Medication administration", "ACLS"],
        "min_experience_years": 2,
    },
    "accountant": {
        "title": "Financial Accountant",
        "description": "Own the month-end close and the general ledger, prepare IFRS financial statements, "
        "reconcile accounts and support the external audit. Experience with SAP is expected.",
        "required_skills": ["General ledger", "IFRS", "Reconciliation", "SAP"],
        "min_experience_years": 3,
    },
    "designer": {
        "title": "Product Designer",
        "description": "Shape our mobile app's user interfaces in Figma, run user research and usability "
        "tests, and grow our design system with engineers and product managers.",
        "required_skills": ["Figma", "User research", "Prototyping", "Design systems"],
        "min_experience_years": 3,
    },
}


async def _job(client: AsyncClient, account: Account, fields: dict[str, Any]) -> str:
    r = await client.post(JOBS, json=fields, headers=account.headers)
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


async def _match(client: AsyncClient, account: Account, job_id: str, cv_id: str) -> dict[str, Any]:
    r = await client.get(f"{JOBS}/{job_id}/match", params={"cv_id": cv_id}, headers=account.headers)
    assert r.status_code == 200, r.text
    return dict(r.json())


async def test_each_posting_ranks_its_own_cv_first(
    client: AsyncClient, alice: Account, database: Database
) -> None:
    cvs = {kind: await insert_cv(database, alice.id, text) for kind, text in CV_TEXTS.items()}
    for kind, fields in POSTINGS.items():
        job_id = await _job(client, alice, fields)
        scores = {
            cv_kind: (await _match(client, alice, job_id, cv_id))["score"] for cv_kind, cv_id in cvs.items()
        }
        best = max(scores, key=lambda k: scores[k])
        assert best == kind, (kind, scores)
        assert scores[kind] >= 60, scores
        assert all(s < scores[kind] - 20 for k, s in scores.items() if k != kind), scores


async def test_match_is_decomposed_and_names_the_gaps(
    client: AsyncClient, alice: Account, database: Database
) -> None:
    cv_id = await insert_cv(database, alice.id, BACKEND_CV)
    job_id = await _job(client, alice, POSTINGS["backend"])
    match = await _match(client, alice, job_id, cv_id)
    assert set(match) >= {
        "score",
        "semantic_similarity",
        "skills",
        "experience_fit",
        "keyword_coverage",
        "explanation",
    }
    assert 0 <= match["score"] <= 100
    assert set(match["skills"]["matched"]) == {"Python", "PostgreSQL", "Kubernetes", "Terraform"}
    assert match["skills"]["missing"] == ["Go"]
    assert match["experience_fit"] == 1.0
    assert 0.3 < match["semantic_similarity"] < 1
    assert "missing: Go" in match["explanation"]

    junior = await _job(client, alice, {**POSTINGS["backend"], "min_experience_years": 20})
    gap = await _match(client, alice, junior, cv_id)
    assert gap["experience_fit"] < 1
    assert gap["score"] < match["score"]
    assert "against the 20 asked" in gap["explanation"]


async def test_keyword_stuffing_does_not_win(client: AsyncClient, alice: Account, database: Database) -> None:
    once = BACKEND_CV.replace("Kubernetes", "Helm")
    once_id = await insert_cv(database, alice.id, once + "\nAlso: Kubernetes\n")
    stuffed_id = await insert_cv(database, alice.id, once + "\nAlso: " + "Kubernetes " * 10 + "\n")
    job_id = await _job(client, alice, POSTINGS["backend"])
    plain, stuffed = (
        await _match(client, alice, job_id, once_id),
        await _match(client, alice, job_id, stuffed_id),
    )
    assert stuffed["skills"] == plain["skills"]
    assert stuffed["keyword_coverage"] == plain["keyword_coverage"]
    assert stuffed["score"] <= plain["score"] + 1  # only the embedding may move, and barely


async def test_match_needs_an_owned_analysed_cv(
    client: AsyncClient, alice: Account, bob: Account, database: Database
) -> None:
    cv_id = await insert_cv(database, alice.id, BACKEND_CV)
    job_id = await _job(client, alice, POSTINGS["backend"])
    bob_job = await _job(client, bob, POSTINGS["backend"])
    r = await client.get(f"{JOBS}/{bob_job}/match", params={"cv_id": cv_id}, headers=bob.headers)
    assert (r.status_code, r.json()["detail"]["code"]) == (404, "cv_not_found")
    r = await client.get(f"{JOBS}/{job_id}/match", params={"cv_id": cv_id}, headers=bob.headers)
    assert (r.status_code, r.json()["detail"]["code"]) == (404, "job_not_found")


async def test_recommendations_skip_applied_and_archived_jobs(
    client: AsyncClient, alice: Account, database: Database
) -> None:
    cv_id = await insert_cv(database, alice.id, BACKEND_CV)
    applied = await _job(client, alice, POSTINGS["backend"])
    for status in ("preparing", "applied"):
        await client.patch(
            f"{JOBS}/{applied}/application-status", json={"status": status}, headers=alice.headers
        )
    archived = await _job(client, alice, {**POSTINGS["backend"], "status": "archived"})
    open_job = await _job(client, alice, {**POSTINGS["backend"], "title": "Python Platform Engineer"})

    r = await client.get(
        f"{JOBS}/recommendations", params={"cv_id": cv_id, "limit": 10}, headers=alice.headers
    )
    items = r.json()
    assert r.status_code == 200
    assert len(items) == 10
    ids = [i["job_id"] for i in items]
    assert applied not in ids
    assert archived not in ids
    assert open_job in ids  # saved and still open: recommended beside the feed
    assert [i["score"] for i in items] == sorted((i["score"] for i in items), reverse=True)
    feed = [i for i in items if i["kind"] == "feed"]
    assert feed
    assert all(i["reasons"] for i in items)
    assert (
        sum(any(w in i["title"] for w in ("Engineer", "Developer", "DevOps", "SRE")) for i in feed)
        >= len(feed) - 1
    )

    # Saving the best feed posting: the next answer (feed scores cached per CV) shows the saved copy only.
    best = feed[0]
    saved = await client.post(f"{JOBS}/browse/{best['feed_id']}/save", headers=alice.headers)
    again = (
        await client.get(
            f"{JOBS}/recommendations", params={"cv_id": cv_id, "limit": 10}, headers=alice.headers
        )
    ).json()
    kinds = {(i["kind"], i["feed_id"]) for i in again}
    assert ("feed", best["feed_id"]) not in kinds
    assert ("saved", best["feed_id"]) in kinds
    copy = next(i for i in again if i["job_id"] == saved.json()["id"])
    assert copy["score"] == best["score"]  # the feed's shipped vectors are embedded as the server embeds


async def test_nice_to_have_skills_weigh_less_and_are_not_named_as_gaps(
    client: AsyncClient, alice: Account, database: Database
) -> None:
    cv_id = await insert_cv(database, alice.id, BACKEND_CV)
    required = await _job(client, alice, POSTINGS["backend"])
    skills = POSTINGS["backend"]["required_skills"]
    nice_fields = {**POSTINGS["backend"], "required_skills": skills[:-1], "nice_to_have_skills": ["Go"]}
    nice = await _job(client, alice, nice_fields)
    strict, relaxed = await _match(client, alice, required, cv_id), await _match(client, alice, nice, cv_id)
    assert strict["skills"]["missing"] == ["Go"]
    assert relaxed["skills"]["missing"] == []
    assert strict["skill_coverage"] == 0.8  # 4 of 5 must-haves
    assert round(relaxed["skill_coverage"], 3) == round(8 / 9, 3)  # must-haves count twice
    assert relaxed["score"] > strict["score"]


async def test_parsed_postings_keep_nice_to_have_skills_apart(client: AsyncClient, alice: Account) -> None:
    text = (
        "Data Engineer\nAcme Analytics\n\nRequirements:\n- 3+ years with Python and SQL\n- Airflow\n\n"
        "Nice to have:\n- Kubernetes\n- Terraform\n"
    )
    r = await client.post(f"{JOBS}/parse", json={"text": text, "save": True}, headers=alice.headers)
    assert r.status_code == 200, r.text
    job = r.json()["job"]
    assert {"Python", "SQL", "Apache Airflow"} <= set(job["required_skills"])
    assert set(job["nice_to_have_skills"]) == {"Kubernetes", "Terraform"}
    assert not set(job["required_skills"]) & set(job["nice_to_have_skills"])
    r = await client.patch(
        f"{JOBS}/{job['id']}", json={"nice_to_have_skills": ["docker"]}, headers=alice.headers
    )
    assert r.json()["nice_to_have_skills"] == ["Docker"]
