"""Built-in embedder figures: load time, latency per two-page CV, throughput, peak RSS, and
whether averaging 256-token windows beats plain truncation for CV-to-job matching.

Run: OMP_NUM_THREADS=1 python -m benchmarks.embeddings [--threads 1] [--runs 15]
The matching check uses synthetic CVs (built below) for eight neighbouring professions and
asks, for each CV, whether its own profession's posting is the nearest of the eight.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from typing import Any

import numpy as np

from jobwise.ai.blind import blind_text
from jobwise.ai.embeddings import BuiltinEmbedder

PROFESSIONS: dict[str, dict[str, Any]] = {
    "backend engineer": {
        "job": (
            "Backend Engineer: design and run Python microservices and REST APIs on PostgreSQL and "
            "Redis, deployed on AWS; own data models, query performance, queues and service "
            "reliability."
        ),
        "bullets": [
            "Built Django REST endpoints serving 40k requests per minute",
            "Cut p99 latency of the orders service from 900 ms to 120 ms by indexing PostgreSQL tables",
            "Moved background jobs from cron to Celery workers with retries",
            "Designed the event schema for the Kafka billing topic",
            "Wrote integration tests against real databases in CI",
            "Split a monolith into four FastAPI services behind an API gateway",
        ],
        "skills": "Python, Django, FastAPI, PostgreSQL, Redis, Celery, Kafka, Docker, AWS, REST, gRPC",
    },
    "frontend engineer": {
        "job": (
            "Frontend Engineer: build accessible, fast user interfaces in React and TypeScript; own "
            "the design system, state management, browser performance and end-to-end UI tests."
        ),
        "bullets": [
            "Rebuilt the checkout UI in React and TypeScript, lifting conversion by 6%",
            "Created a shared component library with Storybook and design tokens",
            "Cut bundle size by 40% with code splitting",
            "Fixed WCAG AA accessibility issues across 30 screens",
            "Wrote Playwright end-to-end tests for critical flows",
            "Moved global state from Redux to React Query",
        ],
        "skills": "React, TypeScript, Next.js, CSS, Storybook, Playwright, Jest, Webpack, Vite, Figma",
    },
    "machine learning engineer": {
        "job": (
            "Machine Learning Engineer: train, evaluate and deploy PyTorch models for ranking and "
            "classification; build feature pipelines, experiment tracking and model monitoring in "
            "production."
        ),
        "bullets": [
            "Trained a PyTorch ranking model that raised click-through by 9%",
            "Built feature pipelines in Spark feeding a Feast feature store",
            "Tracked experiments and model versions in MLflow",
            "Served models behind Triton with 25 ms latency",
            "Set up drift monitoring with Evidently",
            "Fine-tuned a transformer for support-ticket classification",
        ],
        "skills": "Python, PyTorch, scikit-learn, Spark, MLflow, Feast, Triton, Hugging Face, SQL, Airflow",
    },
    "data engineer": {
        "job": (
            "Data Engineer: build batch and streaming data pipelines, model the warehouse in dbt, run"
            " Airflow orchestration and keep data quality high for analysts and finance."
        ),
        "bullets": [
            "Built Airflow DAGs loading 2 TB a day into Snowflake",
            "Modelled the revenue mart in dbt with tests and documentation",
            "Replaced nightly batch loads with Kafka streaming ingestion",
            "Added data quality checks with Great Expectations",
            "Cut warehouse spend by 30% by clustering large tables",
            "Documented lineage for finance reporting",
        ],
        "skills": "SQL, Python, Airflow, dbt, Snowflake, BigQuery, Kafka, Spark, Great Expectations",
    },
    "site reliability engineer": {
        "job": (
            "Site Reliability Engineer: run Kubernetes clusters, infrastructure as code and CI/CD; "
            "define SLOs, on-call and incident response, observability and capacity planning."
        ),
        "bullets": [
            "Ran 14 Kubernetes clusters on EKS with Terraform and Helm",
            "Defined SLOs and error budgets for customer-facing services",
            "Led incident reviews and cut pages per week by half",
            "Built Prometheus and Grafana dashboards and alerts",
            "Automated deploys with GitHub Actions and Argo CD",
            "Planned capacity for peak traffic events",
        ],
        "skills": "Kubernetes, Terraform, Helm, AWS, Prometheus, Grafana, Linux, Argo CD, Go, Bash",
    },
    "product manager": {
        "job": (
            "Product Manager: own the roadmap for a B2B SaaS product; run discovery with customers, "
            "write requirements, prioritise with engineering and design, and measure outcomes."
        ),
        "bullets": [
            "Owned the roadmap for the invoicing product used by 3,000 businesses",
            "Ran 40 customer discovery interviews a quarter",
            "Wrote PRDs and user stories with acceptance criteria",
            "Prioritised the backlog with engineering and design leads",
            "Launched usage-based pricing with a 12% uplift",
            "Defined north-star metrics and dashboards in Amplitude",
        ],
        "skills": "Roadmapping, discovery, user research, PRDs, A/B testing, Amplitude, Jira, SQL, pricing",
    },
    "registered nurse": {
        "job": (
            "Registered Nurse, intensive care: deliver critical care to ventilated patients, "
            "administer medication, monitor vital signs and work with physicians and families."
        ),
        "bullets": [
            "Cared for up to two ventilated patients per shift in a 20-bed ICU",
            "Administered IV medication and titrated vasopressors",
            "Monitored haemodynamics and escalated deterioration",
            "Trained new nurses on sepsis protocols",
            "Documented care in Epic",
            "Supported families through end-of-life decisions",
        ],
        "skills": "Critical care, ventilation, IV therapy, sepsis protocols, ACLS, Epic, patient assessment",
    },
    "accountant": {
        "job": (
            "Accountant: run month-end close, reconciliations and journal entries; prepare IFRS "
            "financial statements, support audits and improve finance processes in the ERP."
        ),
        "bullets": [
            "Ran month-end close for three entities in five days",
            "Prepared balance sheet reconciliations and journal entries",
            "Produced IFRS financial statements and notes",
            "Supported the external audit as first point of contact",
            "Automated accruals in SAP",
            "Managed accounts payable for 1,200 suppliers",
        ],
        "skills": "IFRS, month-end close, reconciliations, SAP, Excel, audit, accounts payable, VAT",
    },
}
# What many real CVs open with: contact details and a long generic profile statement.
HEADER = """Alex Morgan
alex.morgan@example.com | +44 7700 900123 | linkedin.com/in/alexmorgan
PROFILE
Dedicated, results-driven professional with a strong work ethic and excellent communication skills.
A proactive team player who thrives in fast-paced environments, adapts quickly to change and builds
strong relationships with colleagues and stakeholders at every level. Known for attention to detail,
reliability and a positive attitude; committed to continuous learning and professional growth, and
motivated by delivering high-quality results on time. Comfortable working independently or as part
of a team, managing competing priorities and meeting deadlines under pressure. Enjoys mentoring
others, sharing knowledge and contributing to a collaborative, inclusive culture.
"""


GENERIC_BULLETS = [
    "Mentored two junior colleagues through their first year and ran weekly knowledge-sharing sessions",
    "Presented quarterly results and plans to the leadership team and wider company",
    "Worked with stakeholders across sales, support and operations to agree priorities",
    "Wrote and kept up to date the team's onboarding guide and operating procedures",
]
EMPLOYERS = [
    ("Acme", "2021 - present"),
    ("Globex", "2018 - 2021"),
    ("Initech", "2016 - 2018"),
    ("Umbrella", "2014 - 2016"),
]


LAYOUTS = ("plain", "profile", "profile+lead")


def two_page_cv(profession: str, layout: str = "profile") -> str:
    """About two pages: four roles of bullets, skills and education; "profile" opens with contact
    details and a generic profile statement, "profile+lead" adds a recent role with generic bullets."""
    data = PROFESSIONS[profession]
    bullets: list[str] = data["bullets"]
    roles = []
    if layout == "profile+lead":
        roles.append("Team Lead, Hooli (2023 - present)\n" + "\n".join(f"- {b}" for b in GENERIC_BULLETS))
    for index, (company, years) in enumerate(EMPLOYERS):
        lines = [
            f"- {b}"
            for b in bullets[index:] + bullets[:index] + GENERIC_BULLETS[index:] + GENERIC_BULLETS[:index]
        ]
        roles.append(f"{profession.title()}, {company} ({years})\n" + "\n".join(lines))
    body = "\n\nEXPERIENCE\n" + "\n\n".join(roles)
    body += f"\n\nSKILLS\n{data['skills']}\n\nEDUCATION\nBSc, University of Leeds (2013 - 2016)\n"
    return (HEADER if layout != "plain" else "") + body


def timed(function: object, *args: object) -> float:
    start = time.perf_counter()
    function(*args)  # type: ignore[operator]
    return time.perf_counter() - start


def matching(embedder: BuiltinEmbedder, texts: list[str]) -> tuple[int, float]:
    """(CVs whose own posting ranks first, mean margin of the right posting over the best wrong one)."""
    jobs = embedder.embed_sync([p["job"] for p in PROFESSIONS.values()])
    similarity = embedder.embed_sync(texts) @ jobs.T
    right = np.diag(similarity)
    wrong = np.where(np.eye(len(texts), dtype=bool), -1.0, similarity).max(axis=1)
    return int((right > wrong).sum()), float((right - wrong).mean())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    embedder = BuiltinEmbedder(threads=args.threads)
    print(f"load (session + tokenizer + first text): {timed(embedder.embed_sync, ['warm up']) * 1000:.0f} ms")

    cv = two_page_cv("backend engineer", "profile+lead")
    encoding = embedder._loaded().tokenizer.encode(cv)
    windows = 1 + len(encoding.overflowing)
    print(f"two-page CV: {len(cv.split())} words, {windows} windows of up to 256 tokens")
    for windows in (1, 16):
        limited = BuiltinEmbedder(threads=args.threads, max_windows=windows)
        runs = [timed(limited.embed_sync, [cv]) for _ in range(args.runs)]
        print(f"  max_windows={windows:<2}: median {statistics.median(runs) * 1000:.0f} ms per CV")

    sentences = [f"{b} ({i})" for i in range(8) for p in PROFESSIONS.values() for b in p["bullets"]]
    postings = [p["job"] * 3 for p in PROFESSIONS.values()] * 4
    for label, texts in (("short sentences", sentences), ("job postings (~100 words)", postings)):
        seconds = min(timed(embedder.embed_sync, texts) for _ in range(3))
        print(f"throughput, {len(texts)} {label} per call: {len(texts) / seconds:.0f} texts/s")

    print("matching, 8 CVs vs 8 postings (top-1 right, mean margin):")
    for layout in LAYOUTS:
        raw = [two_page_cv(name, layout) for name in PROFESSIONS]
        blind = [blind_text(text, names=["Alex Morgan"]) for text in raw]
        for windows in (1, 16):
            limited = BuiltinEmbedder(threads=args.threads, max_windows=windows)
            for label, texts in (("raw", raw), ("blind", blind)):
                top1, margin = matching(limited, texts)
                print(f"  {layout:<12} max_windows={windows:<2} {label:<5}: {top1}/8, {margin:+.3f}")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
