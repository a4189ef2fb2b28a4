"""Glue between stored rows and the pure scorers: match, recommendations and search."""

from __future__ import annotations

import uuid
from typing import Any

import numpy as np
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.ai.blind import blind_text
from jobwise.ai.embeddings import Embedder, EmbeddingUnavailable, Vectors, from_bytes, to_bytes
from jobwise.ai.matching import CandidateFacts, JobFacts, MatchResult, score_match
from jobwise.ai.skills import extract_skills
from jobwise.cvs import service as cvs
from jobwise.cvs.models import CV
from jobwise.jobs import feed, search
from jobwise.jobs.feed import LoadedFeed, feed_cache
from jobwise.jobs.index import UserJobs, job_index
from jobwise.jobs.models import Job
from jobwise.jobs.pgvector import choose_vector_search
from jobwise.jobs.schemas import MatchRead, SearchHit, SearchRequest, SkillsMatch
from jobwise.jobs.service import get_owned_job
from jobwise.jobs.vectors import VectorSearch, embed_one, embedding_text
from jobwise.users.models import User

_BATCH = 32
_OPEN_FOR_RECOMMENDATION = frozenset({"not_applied", "preparing"})
_CACHED_CVS = 64  # feed match results kept per process (530 small results each)


async def ensure_job_vectors(session: AsyncSession, embedder: Embedder, user: User) -> None:
    """Embed the caller's jobs saved while the embedder was down (or with another model)."""
    rows = (
        await session.execute(
            select(Job.id, Job.title, Job.description).where(
                Job.user_id == user.id,
                (Job.embedding_model != embedder.model) | Job.embedding_model.is_(None),
            )
        )
    ).all()
    if not rows:
        return
    await session.commit()  # end the read before the slow embedding calls
    try:
        for start in range(0, len(rows), _BATCH):
            batch = rows[start : start + _BATCH]
            vectors = await embedder.embed([embedding_text(r.title, r.description) for r in batch])
            for row, vector in zip(batch, vectors, strict=True):
                await session.execute(
                    update(Job)
                    .where(Job.id == row.id, Job.user_id == user.id)
                    .values(embedding=to_bytes(vector), embedding_model=embedder.model)
                )
            await session.commit()
    except EmbeddingUnavailable:
        await session.rollback()  # semantic parts are left out; text and skills still rank


def _titles(parsed: dict[str, Any] | None) -> list[str]:
    experiences = (parsed or {}).get("experiences") or []
    return [str(e["title"]) for e in experiences if isinstance(e, dict) and e.get("title")]


def _names(parsed: dict[str, Any] | None) -> list[str]:
    contact = (parsed or {}).get("contact") or {}
    return [str(contact["name"])] if isinstance(contact, dict) and contact.get("name") else []


async def cv_facts(embedder: Embedder, cv: CV) -> CandidateFacts:
    """The CV's skills, years, titles, text and blind vector (embedded now when none is stored)."""
    vector: Vectors | None = None
    if cv.embedding and cv.embedding_model == embedder.model:
        vector = from_bytes(cv.embedding)
    elif cv.raw_text:
        vector = await embed_one(embedder, blind_text(cv.raw_text, names=_names(cv.parsed_content)))
    return CandidateFacts(
        skills=list(cv.extracted_skills or []),
        years=cv.total_experience_years,
        titles=_titles(cv.parsed_content),
        text=cv.raw_text or "",
        vector=vector,
    )


def job_facts(job: Job) -> JobFacts:
    text = f"{job.title}\n{job.description}"
    vector = from_bytes(job.embedding) if job.embedding else None
    skills = job.required_skills or extract_skills(text)
    nice = [s for s in job.nice_to_have_skills or [] if s not in skills]
    return JobFacts(job.title, skills, job.min_experience_years, text, nice_to_have=nice, vector=vector)


def feed_facts(loaded: LoadedFeed, index: int, vector: Vectors | None) -> JobFacts:
    posting = loaded.postings[index]
    return JobFacts(
        posting.title,
        posting.required_skills,
        posting.min_experience_years,
        f"{posting.title}\n{posting.description}",
        nice_to_have=posting.nice_to_have_skills,
        vector=vector,
        keywords=loaded.keywords[index],
    )


def to_read(job_id: uuid.UUID, cv_id: uuid.UUID, result: MatchResult) -> MatchRead:
    return MatchRead(
        job_id=job_id,
        cv_id=cv_id,
        score=result.score,
        semantic_similarity=result.semantic_similarity,
        skills=SkillsMatch(matched=result.matched, missing=result.missing),
        skill_coverage=result.skill_coverage,
        experience_fit=result.experience_fit,
        title_fit=result.title_fit,
        keyword_coverage=result.keyword_coverage,
        explanation=result.explanation,
    )


async def match(
    session: AsyncSession, embedder: Embedder, user: User, job_id: uuid.UUID, cv_id: uuid.UUID
) -> MatchRead:
    await get_owned_job(session, user, job_id)
    await ensure_job_vectors(session, embedder, user)
    job = await get_owned_job(session, user, job_id)
    cv = await cvs.get_analysed(session, user, cv_id)
    facts = await cv_facts(embedder, cv)
    return to_read(job.id, cv.id, score_match(facts, job_facts(job)))


def _reasons(result: MatchResult) -> list[str]:
    reasons = []
    if result.matched:
        reasons.append(f"Skills you have: {', '.join(result.matched[:6])}")
    if result.missing:
        reasons.append(f"Skills to add: {', '.join(result.missing[:6])}")
    if result.semantic_similarity is not None and result.semantic_similarity >= 0.45:
        reasons.append("Your background reads close to this posting")
    if result.experience_fit < 1:
        reasons.append("Asks for more years than you have")
    return reasons


async def _user_jobs(session: AsyncSession, embedder: Embedder, user: User) -> tuple[UserJobs, VectorSearch]:
    """The caller's cached jobs (vectors embedded first) and the vector search this database offers."""
    vectors = await choose_vector_search(session)
    jobs = await job_index.get(session, user.id, embedder.model, vectors=vectors.needs_matrix)
    if jobs.missing_vectors:
        await ensure_job_vectors(session, embedder, user)
        jobs = await job_index.get(session, user.id, embedder.model, vectors=vectors.needs_matrix)
    await vectors.prepare(session, user.id, jobs)
    return jobs, vectors


async def recommendations(
    session: AsyncSession, embedder: Embedder, user: User, cv_id: uuid.UUID, limit: int
) -> list[SearchHit]:
    """Feed and saved jobs ranked by match score (skipping applied, closed and archived ones).

    Saved jobs are scored from the `search.POOL` nearest to the CV (all open ones without a vector)."""
    cv = await cvs.get_analysed(session, user, cv_id)
    jobs, vectors = await _user_jobs(session, embedder, user)
    facts = await cv_facts(embedder, cv)
    is_open = Job.application_status.in_(_OPEN_FOR_RECOMMENDATION)
    query = select(Job).where(Job.user_id == user.id, Job.status != "archived", is_open)
    if facts.vector is not None:  # by primary key alone: the index already applied the conditions
        allowed = ~jobs.archived & np.isin(jobs.application_status, list(_OPEN_FOR_RECOMMENDATION))
        near = await vectors.nearest(session, user.id, jobs, facts.vector, allowed, search.POOL)
        query = select(Job).where(Job.id.in_(list(near)))
    scored: list[tuple[MatchResult, search.Candidate]] = []
    for job in await session.scalars(query):
        scored.append((score_match(facts, job_facts(job)), search._from_job(job)))
    loaded = await feed_cache.get(session)
    results = await _feed_matches(loaded, embedder, cv, facts)
    for i, posting in enumerate(loaded.postings):
        if posting.feed_id not in jobs.all_feed_ids:
            scored.append((results[i], feed.candidate(i, posting)))
    scored.sort(key=lambda pair: (-pair[0].score, pair[1].title))
    return [_recommended(result, c) for result, c in scored[:limit]]


async def _feed_matches(
    loaded: LoadedFeed, embedder: Embedder, cv: CV, facts: CandidateFacts
) -> list[MatchResult]:
    """The CV's match against every feed posting, kept per CV version (the feed only changes at migrate)."""
    key = (cv.id, cv.updated_at, embedder.model)
    if (cached := loaded.match_cache.get(key)) is not None:
        loaded.match_cache.move_to_end(key)
        return cached
    matrix = await loaded.matrix(embedder)
    results = [
        score_match(facts, feed_facts(loaded, i, matrix[i] if matrix is not None else None))
        for i in range(len(loaded.postings))
    ]
    loaded.match_cache[key] = results
    while len(loaded.match_cache) > _CACHED_CVS:
        loaded.match_cache.popitem(last=False)
    return results


def _recommended(result: MatchResult, c: search.Candidate) -> SearchHit:
    hit = search._hit(c, result.score, 0.0)
    return hit.model_copy(update={"semantic_score": result.semantic_similarity, "reasons": _reasons(result)})


async def run_search(
    session: AsyncSession, embedder: Embedder, user: User, data: SearchRequest
) -> tuple[list[SearchHit], int]:
    cv_vector = None
    if data.cv_id is not None:
        cv = await cvs.get_analysed(session, user, data.cv_id)
        cv_vector = (await cv_facts(embedder, cv)).vector
    jobs, vectors = await _user_jobs(session, embedder, user)
    q_vector = await search.query_vector(embedder, data.query)
    saved: list[search.Candidate] = []
    saved_total = 0
    if data.filters.include_saved:
        pool = search.Pool(data.query, data.filters, q_vector, cv_vector)
        saved, saved_total = await search.saved_candidates(session, user.id, jobs, vectors, pool)
    loaded = await feed_cache.get(session)
    found = feed.candidates(loaded, data.filters, jobs.feed_ids)
    feed.score_text(loaded, found, data.query)
    for vector, attr in ((q_vector, "semantic"), (cv_vector, "cv_semantic")):
        if vector is not None:
            for c, s in zip(found, await feed.similarities(loaded, embedder, found, vector), strict=True):
                setattr(c, attr, s)
    has_vectors = (q_vector is not None, cv_vector is not None)
    hits, counts = search.rank(saved + found, data.query, *has_vectors, data.limit)
    return hits, counts["feed"] + max(counts["saved"], saved_total)
