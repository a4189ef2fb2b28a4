"""Saved jobs and the application tracker. Public functions commit once; helpers only flush.

Slow work (embedding, fetching a page) runs before the write transaction opens; an embedder
that is down never fails a save (the vector is computed later, when search or matching needs it).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import Select, delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from jobwise.ai.bias import analyze_bias
from jobwise.ai.bias.gender import gender_coding
from jobwise.ai.embeddings import Embedder, to_bytes
from jobwise.ai.jobs import ParsedPosting, parse_posting
from jobwise.ai.skills import extract_skills, normalize_skills
from jobwise.core.db import paginate
from jobwise.core.schemas import PageParams
from jobwise.jobs.errors import FeedPostingNotFound, InvalidSalaryRange, InvalidTransition, JobNotFound
from jobwise.jobs.feed import feed_cache
from jobwise.jobs.models import FeedEntry, Job, JobStatusChange
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
T = TypeVar("T")


async def get_owned_job(session: AsyncSession, user: User, job_id: uuid.UUID) -> Job:
    """The caller's job; someone else's job looks exactly like a missing one."""
    job = await session.scalar(select(Job).where(Job.id == job_id, Job.user_id == user.id))
    if job is None:
        raise JobNotFound()
    return job


async def list_jobs(
    session: AsyncSession, user: User, page: PageParams, filters: Mapping[str, str | None]
) -> tuple[list[Job], int]:
    query = _filtered(
        select(Job).where(Job.user_id == user.id),
        filters,
        equal=(Job.status, Job.application_status, Job.location_type),
        text=(Job.title, Job.company, Job.description, Job.location),
    )
    return await paginate(session, query, page, Job.created_at.desc(), Job.id)


def _filtered(
    query: Select[T],
    filters: Mapping[str, str | None],
    *,
    equal: Sequence[InstrumentedAttribute[Any]],
    text: Sequence[InstrumentedAttribute[Any]],
) -> Select[T]:
    """`query` kept to rows whose `equal` columns match the filters of their names and, with a
    `q` filter, whose `text` columns contain it (any case)."""
    for column in equal:
        if value := filters.get(column.key):
            query = query.where(column == value)
    if q := filters.get("q"):
        query = query.where(or_(*(func.lower(c).contains(q.lower(), autoescape=True) for c in text)))
    return query


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
    job.nice_to_have_skills = list(job.nice_to_have_skills or [])
    _analyse_bias(job)
    vector = await embed_one(embedder, embedding_text(job.title, job.description))
    if vector is not None:
        job.embedding, job.embedding_model = to_bytes(vector), embedder.model
    return job


def _analyse_bias(job: Job) -> None:
    """Score the whole posting; each flag names the field (title or description) its offsets index.

    The employer's name is the posting's subject, not its wording ("Acme Analytics" is not a
    masculine-coded word): it is blanked out, keeping every offset."""
    texts = {name: _without_name(getattr(job, name), job.company) for name in ("title", "description")}
    job.bias_score = analyze_bias(f"{texts['title']}\n{texts['description']}").score
    job.bias_flags = [
        {**flag.model_dump(), "field": name}
        for name, text in texts.items()
        for flag in analyze_bias(text).flags
    ]


def _without_name(text: str, name: str | None) -> str:
    if not name or not name.strip():
        return text
    return re.sub(re.escape(name.strip()), lambda m: " " * len(m.group()), text, flags=re.IGNORECASE)


async def update(session: AsyncSession, user: User, job_id: uuid.UUID, data: JobUpdate) -> Job:
    job = await get_owned_job(session, user, job_id)
    changes = data.model_dump(exclude_unset=True)
    for name in ("title", "description", "required_skills", "nice_to_have_skills", "status"):
        if name in changes and changes[name] is None:
            changes.pop(name)  # required columns: null means "leave as is"
    merged = {k: changes.get(k, getattr(job, k)) for k in ("salary_min", "salary_max")}
    if None not in merged.values() and merged["salary_min"] > merged["salary_max"]:
        raise InvalidSalaryRange()
    for name, value in changes.items():
        setattr(job, name, value)
    if (_TEXT_FIELDS | {"company"}) & changes.keys():
        _analyse_bias(job)
    if _TEXT_FIELDS & changes.keys():
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
        "salary_period": parsed.salary_period,
        "required_skills": normalize_skills(skills),
        "nice_to_have_skills": normalize_skills(parsed.nice_to_have_skills),
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


async def browse(
    session: AsyncSession, page: PageParams, filters: Mapping[str, str | None]
) -> tuple[list[FeedEntry], int]:
    """The sample feed, newest first, optionally filtered."""
    query = _filtered(
        select(FeedEntry),
        filters,
        equal=(FeedEntry.location_type, FeedEntry.employment_type, FeedEntry.category),
        text=(FeedEntry.title, FeedEntry.company, FeedEntry.description, FeedEntry.location),
    )
    return await paginate(session, query, page, FeedEntry.posted_at.desc(), FeedEntry.feed_id.desc())


async def save_from_feed(
    session: AsyncSession, embedder: Embedder, user: User, feed_id: str
) -> tuple[Job, bool]:
    """Copy a sample posting into the caller's jobs (`source: feed`); saving it again returns that job.

    The second value says whether the job was created now."""
    saved = await session.scalar(
        select(Job).where(Job.user_id == user.id, Job.feed_id == feed_id).order_by(Job.created_at).limit(1)
    )
    if saved is not None:
        return saved, False
    posting = (await feed_cache.get(session)).get(feed_id)
    if posting is None:
        raise FeedPostingNotFound()
    await session.commit()  # end the read before embedding
    fields = posting.job_fields()
    fields.pop("source")
    job = await _new_job(embedder, user, fields, "feed")
    job.feed_id = posting.feed_id
    session.add(job)
    await session.commit()
    return job, True


def bias_report(job: Job) -> dict[str, Any]:
    """The analysis stored when the job was saved (each flag's offsets index its `field`)."""
    flags = job.bias_flags or []
    counts = [sum(1 for f in flags if f["category"] == c) for c in ("masculine_coded", "feminine_coded")]
    return {"score": job.bias_score or 0, "gender_coding": gender_coding(*counts), "flags": flags}
