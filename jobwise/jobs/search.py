"""`POST /jobs/search`: hybrid ranking of the caller's jobs and the sample feed.

    score = 0.55 × semantic(query) + 0.45 × text            (query only)
    score = 0.7 × that + 0.3 × semantic(CV)                 (query and CV)
    score = semantic(CV)                                    (CV only)

`text` is BM25 (title counted twice) scaled by the best hit of the query; `semantic` maps
the cosine 0.1..0.6 onto 0..1. Filters apply before ranking.
"""

from __future__ import annotations

import math
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.ai.embeddings import Embedder, Vectors
from jobwise.ai.feed import FeedPosting, load_feed
from jobwise.ai.matching import content_words
from jobwise.jobs.models import Job
from jobwise.jobs.schemas import SearchFilters, SearchHit
from jobwise.jobs.vectors import embed_one, feed_matrix, vector_search

_K1, _B = 1.2, 0.75


@dataclass
class Candidate:
    kind: str
    job_id: uuid.UUID | None
    feed_id: str | None
    title: str
    company: str | None
    location: str | None
    location_type: str | None
    employment_type: str | None
    salary_min: int | None
    salary_max: int | None
    salary_currency: str | None
    posted: date
    words: Counter[str]
    semantic: float | None = None
    cv_semantic: float | None = None


def doc_words(
    title: str, company: str | None, skills: list[str] | tuple[str, ...], description: str
) -> Counter[str]:
    return Counter(content_words(f"{title} {title} {company or ''} {' '.join(skills)} {description}"))


@cache
def _feed_words() -> tuple[Counter[str], ...]:
    return tuple(doc_words(p.title, p.company, p.required_skills, p.description) for p in load_feed())


def _from_feed(index: int, p: FeedPosting) -> Candidate:
    return Candidate(
        "feed", None, p.feed_id, p.title, p.company, p.location, p.location_type, p.employment_type,
        p.salary_min, p.salary_max, p.salary_currency, p.posted_at, _feed_words()[index],
    )  # fmt: skip


def _from_job(job: Job) -> Candidate:
    return Candidate(
        "saved", job.id, job.feed_id, job.title, job.company, job.location, job.location_type,
        job.employment_type, job.salary_min, job.salary_max, job.salary_currency, job.created_at.date(),
        doc_words(job.title, job.company, job.required_skills, job.description),
    )  # fmt: skip


def passes(c: Candidate, f: SearchFilters) -> bool:
    if f.location_type and c.location_type not in f.location_type:
        return False
    if f.employment_type and c.employment_type not in f.employment_type:
        return False
    if f.salary_floor is not None and max(c.salary_min or 0, c.salary_max or 0) < f.salary_floor:
        return False
    return f.posted_since is None or c.posted >= f.posted_since


def bm25(query: list[str], docs: list[Counter[str]]) -> list[float]:
    """Okapi BM25 of each document for the query words."""
    if not docs or not query:
        return [0.0] * len(docs)
    lengths = [sum(d.values()) for d in docs]
    average = sum(lengths) / len(docs) or 1.0
    scores = [0.0] * len(docs)
    for word in set(query):
        df = sum(1 for d in docs if word in d)
        if not df:
            continue
        idf = math.log(1 + (len(docs) - df + 0.5) / (df + 0.5))
        for i, d in enumerate(docs):
            tf = d.get(word, 0)
            if tf:
                scores[i] += idf * tf * (_K1 + 1) / (tf + _K1 * (1 - _B + _B * lengths[i] / average))
    return scores


def semantic_part(similarity: float | None) -> float:
    return 0.0 if similarity is None else max(0.0, min(1.0, (similarity - 0.1) / 0.5))


async def candidates(session: AsyncSession, user_id: uuid.UUID, filters: SearchFilters) -> list[Candidate]:
    found: list[Candidate] = []
    if filters.include_saved:
        jobs = await session.scalars(select(Job).where(Job.user_id == user_id, Job.status != "archived"))
        found += [_from_job(j) for j in jobs]
    if filters.include_feed:
        saved = {c.feed_id for c in found if c.feed_id}
        found += [_from_feed(i, p) for i, p in enumerate(load_feed()) if p.feed_id not in saved]
    return [c for c in found if passes(c, filters)]


async def attach_similarities(
    session: AsyncSession, embedder: Embedder, user_id: uuid.UUID, found: list[Candidate], vector: Vectors
) -> list[float | None]:
    """Cosine of `vector` to each candidate (None where no vector of this model exists)."""
    saved = await vector_search.job_similarities(session, user_id, vector, embedder.model)
    matrix = await feed_matrix.get(embedder)
    feed_index = {p.feed_id: i for i, p in enumerate(load_feed())}
    feed_scores = matrix @ vector if matrix is not None and matrix.shape[1] == vector.size else None
    out: list[float | None] = []
    for c in found:
        if c.kind == "saved":
            out.append(saved.get(c.job_id) if c.job_id else None)
        else:
            out.append(None if feed_scores is None else float(feed_scores[feed_index[c.feed_id or ""]]))
    return out


def rank(found: list[Candidate], query: str, has_query_vector: bool, has_cv: bool) -> list[SearchHit]:
    words = content_words(query)
    text = bm25(words, [c.words for c in found])
    best = max(text, default=0.0) or 1.0
    hits = []
    for c, raw in zip(found, text, strict=True):
        t = raw / best
        if query and t == 0 and (c.semantic or 0.0) < 0.3:
            continue  # neither the words nor the meaning match
        if not query:
            score = semantic_part(c.cv_semantic)
        else:
            score = (0.55 * semantic_part(c.semantic) + 0.45 * t) if has_query_vector else t
            if has_cv:
                score = 0.7 * score + 0.3 * semantic_part(c.cv_semantic)
        hits.append(_hit(c, score, t))
    hits.sort(key=lambda h: (-h.score, h.title))
    return hits


def _hit(c: Candidate, score: float, text: float) -> SearchHit:
    return SearchHit(
        kind="saved" if c.kind == "saved" else "feed",
        job_id=c.job_id,
        feed_id=c.feed_id,
        title=c.title,
        company=c.company,
        location=c.location,
        location_type=c.location_type,
        employment_type=c.employment_type,
        salary_min=c.salary_min,
        salary_max=c.salary_max,
        salary_currency=c.salary_currency,
        posted_at=c.posted,
        score=round(score, 4),
        semantic_score=None if c.semantic is None else round(c.semantic, 4),
        text_score=round(text, 4),
    )


async def query_vector(embedder: Embedder, query: str) -> Vectors | None:
    return await embed_one(embedder, query) if query else None
