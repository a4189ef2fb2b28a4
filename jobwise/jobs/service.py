"""Saved jobs and the application tracker. Public functions commit once; helpers only flush.

Slow work (embedding, fetching a page) runs before the write transaction opens; an embedder
that is down never fails a save (the vector is computed later, when search or matching needs it).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.ai.bias import analyze_bias
from jobwise.ai.bias.gender import gender_coding
from jobwise.ai.embeddings import Embedder, to_bytes
from jobwise.ai.feed import FeedPosting, feed_by_id, load_feed
from jobwise.ai.jobs import ParsedPosting, parse_posting
from jobwise.ai.skills import extract_skills, normalize_skills
from jobwise.core.db import paginate
from jobwise.core.schemas import PageParams
from jobwise.jobs.errors import FeedPostingNotFound, InvalidSalaryRange, InvalidTransition, JobNotFound
from jobwise.jobs.models import Job, JobStatusChange
from jobwise.jobs.schemas import JobCreate, JobUpdate, StatusChange
from jobwise.jobs.vectors import embed_one, embedding_text
from jobwise.users.models import User

# The application-status state machine: forward steps, then any open state may end early.
_FORWARD = {
    "not_applied": {"preparing"},
    "preparing": {"applied"},
    "applied": {"interviewing"},
    "interviewing": {"offer"},
    "offer": {"accepted", "declined"},
}
CLOSED = frozenset({"accepted", "declined", "rejected", "withdrawn"})
TRANSITIONS: Mapping[str, frozenset[str]] = {
    state: frozenset(
        _FORWARD.get(state, set()) | ({"rejected", "withdrawn"} if state not in CLOSED else set())
    )
    for state in ("not_applied", "preparing", "applied", "interviewing", "offer", *sorted(CLOSED))
}
_TEXT_FIELDS = {"title", "description"}


async def get_owned_job(session: AsyncSession, user: User, job_id: uuid.UUID) -> Job:
    """The caller's job; someone else's job looks exactly like a missing one."""
    job = await session.scalar(select(Job).where(Job.id == job_id, Job.user_id == user.id))
    if job is None:
        raise JobNotFound()
    return job


async def list_jobs(
    session: AsyncSession, user: User, page: PageParams, filters: Mapping[str, str | None]
) -> tuple[list[Job], int]:
    query = select(Job).where(Job.user_id == user.id)
    for name in ("status", "application_status", "location_type"):
        if filters.get(name):
            query = query.where(getattr(Job, name) == filters[name])
    if q := filters.get("q"):
        fields = (Job.title, Job.company, Job.description, Job.location)
        query = query.where(or_(*(func.lower(f).contains(q.lower(), autoescape=True) for f in fields)))
    return await paginate(session, query, page, Job.created_at.desc(), Job.id)


async def create_job(
    session: AsyncSession,
    embedder: Embedder,
    user: User,
    fields: Mapping[str, Any],
    *,
    source: str = "user_created",
) -> Job:
    """Save a job with its bias analysis and (when the embedder answers) its vector."""
    job = await _new_job(embedder, user, fields, source)
    session.add(job)
    await session.commit()
    return job


async def create(session: AsyncSession, embedder: Embedder, user: User, data: JobCreate) -> Job:
    return await create_job(session, embedder, user, data.model_dump())


async def _new_job(embedder: Embedder, user: User, fields: Mapping[str, Any], source: str) -> Job:
    job = Job(user_id=user.id, source=source, application_status="not_applied", **fields)
    job.description = job.description or ""
    job.required_skills = list(job.required_skills or [])
    _analyse_bias(job)
    vector = await embed_one(embedder, embedding_text(job.title, job.description))
    if vector is not None:
        job.embedding, job.embedding_model = to_bytes(vector), embedder.model
    return job


def _analyse_bias(job: Job) -> None:
    report = analyze_bias(f"{job.title}\n{job.description}")
    job.bias_score = report.score
    job.bias_flags = [f.model_dump() for f in report.flags]


async def update(session: AsyncSession, user: User, job_id: uuid.UUID, data: JobUpdate) -> Job:
    job = await get_owned_job(session, user, job_id)
    changes = data.model_dump(exclude_unset=True)
    for name in ("title", "description", "required_skills", "status"):
        if name in changes and changes[name] is None:
            changes.pop(name)  # required columns: null means "leave as is"
    merged = {k: changes.get(k, getattr(job, k)) for k in ("salary_min", "salary_max")}
    if None not in merged.values() and merged["salary_min"] > merged["salary_max"]:
        raise InvalidSalaryRange()
    for name, value in changes.items():
        setattr(job, name, value)
    if _TEXT_FIELDS & changes.keys():
        _analyse_bias(job)
        job.embedding = job.embedding_model = None  # recomputed when search or matching needs it
    await session.commit()
    return job


async def delete_job(session: AsyncSession, user: User, job_id: uuid.UUID) -> None:
    job = await get_owned_job(session, user, job_id)
    await session.execute(delete(JobStatusChange).where(JobStatusChange.job_id == job.id))
    await session.delete(job)
    await session.commit()


async def change_status(session: AsyncSession, user: User, job_id: uuid.UUID, data: StatusChange) -> Job:
    """Move the application along the state machine and record the step."""
    job = await get_owned_job(session, user, job_id)
    current = job.application_status
    if data.status not in TRANSITIONS[current]:
        allowed = ", ".join(sorted(TRANSITIONS[current])) or "none (this application is closed)"
        raise InvalidTransition(f"Cannot move from {current} to {data.status}; allowed: {allowed}.")
    session.add(
        JobStatusChange(
            job_id=job.id, user_id=user.id, from_status=current, to_status=data.status, note=data.note
        )
    )
    job.application_status = data.status
    await session.commit()
    return job


async def history(session: AsyncSession, user: User, job_id: uuid.UUID) -> list[JobStatusChange]:
    job = await get_owned_job(session, user, job_id)
    rows = await session.scalars(
        select(JobStatusChange)
        .where(JobStatusChange.job_id == job.id, JobStatusChange.user_id == user.id)
        .order_by(JobStatusChange.at, JobStatusChange.id)
    )
    return list(rows)


def posting_fields(parsed: ParsedPosting, *, url: str | None = None) -> dict[str, Any]:
    """Job columns from a parsed posting (title falls back to a placeholder the user can edit)."""
    skills = parsed.required_skills or extract_skills(parsed.description)
    low, high = parsed.salary_min, parsed.salary_max
    if low is not None and high is not None and low > high:
        low, high = high, low
    return {
        "title": (parsed.title or "Untitled posting")[:300],
        "company": parsed.company[:300] if parsed.company else None,
        "description": parsed.description,
        "location": parsed.location[:300] if parsed.location else None,
        "location_type": parsed.location_type,
        "employment_type": parsed.employment_type,
        "salary_min": low,
        "salary_max": high,
        "salary_currency": parsed.salary_currency,
        "required_skills": normalize_skills(skills),
        "min_experience_years": parsed.min_experience_years,
        "url": url,
    }


async def parse(
    session: AsyncSession, embedder: Embedder, user: User, text: str, *, save: bool
) -> tuple[ParsedPosting, Job | None]:
    parsed = parse_posting(text)
    if not save:
        return parsed, None
    return parsed, await create_job(session, embedder, user, posting_fields(parsed), source="text_parsed")


def browse(page: PageParams, filters: Mapping[str, str | None]) -> tuple[list[FeedPosting], int]:
    """The bundled sample feed, newest first, optionally filtered."""
    postings = [p for p in load_feed() if _feed_matches(p, filters)]
    postings.sort(key=lambda p: (p.posted_at, p.feed_id), reverse=True)
    return postings[page.offset : page.offset + page.limit], len(postings)


def _feed_matches(posting: FeedPosting, filters: Mapping[str, str | None]) -> bool:
    for name in ("location_type", "employment_type", "category"):
        if filters.get(name) and getattr(posting, name) != filters[name]:
            return False
    q = (filters.get("q") or "").lower()
    return not q or q in f"{posting.title} {posting.company} {posting.description}".lower()


async def save_from_feed(session: AsyncSession, embedder: Embedder, user: User, feed_id: str) -> Job:
    """Copy a sample posting into the caller's jobs (`source: feed`)."""
    posting = feed_by_id().get(feed_id)
    if posting is None:
        raise FeedPostingNotFound()
    fields = posting.job_fields()
    fields.pop("source")
    job = await _new_job(embedder, user, fields, "feed")
    job.feed_id = posting.feed_id
    session.add(job)
    await session.commit()
    return job


def bias_report(job: Job) -> dict[str, Any]:
    """The analysis stored when the job was saved (offsets index title + newline + description)."""
    flags = job.bias_flags or []
    counts = [sum(1 for f in flags if f["category"] == c) for c in ("masculine_coded", "feminine_coded")]
    return {"score": job.bias_score or 0, "gender_coding": gender_coding(*counts), "flags": flags}
