"""`POST /jobs/search`: hybrid ranking of the caller's jobs and the sample feed.

    score = 0.55 × semantic(query) + 0.45 × text            (query only)
    score = 0.7 × that + 0.3 × semantic(CV)                 (query and CV)
    score = semantic(CV)                                    (CV only)

`text` is BM25 scaled by the best hit of the query in its source: saved jobs are ranked by the
database (`jobwise.jobs.fts`), the in-memory feed here (title counted twice). `semantic` maps
the cosine 0.1..0.6 onto 0..1. Filters apply before ranking. Saved jobs are ranked from a pool:
the `POOL` best by text plus the `POOL` nearest by each vector, so search stays fast at 100k jobs;
`total` is exact while the pool holds every match and a lower bound beyond.
"""

from __future__ import annotations

import math
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.ai.embeddings import Embedder, Vectors
from jobwise.ai.feed import FeedPosting, load_feed
from jobwise.ai.matching import content_words
from jobwise.jobs import fts
from jobwise.jobs.index import UserJobs
from jobwise.jobs.models import Job
from jobwise.jobs.schemas import SearchFilters, SearchHit
from jobwise.jobs.vectors import VectorSearch, embed_one, feed_matrix

_K1, _B = 1.2, 0.75
POOL = 200  # saved jobs taken per signal (text, query vector, CV vector)
KINDS = ("saved", "feed")
_MEANINGFUL = 0.3  # below this cosine, a job without the query's words is no hit
_CANDIDATE_COLUMNS = (
    Job.id, Job.feed_id, Job.title, Job.company, Job.location, Job.location_type, Job.employment_type,
    Job.salary_min, Job.salary_max, Job.salary_currency, Job.created_at,
)  # fmt: skip


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
    index: int = -1  # position in the feed
    text: float = 0.0  # raw BM25 (rank) from its source
    semantic: float | None = None
    cv_semantic: float | None = None


@dataclass(frozen=True)
class Pool:
    query: str
    filters: SearchFilters
    q_vector: Vectors | None
    cv_vector: Vectors | None


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
        p.salary_min, p.salary_max, p.salary_currency, p.posted_at, index,
    )  # fmt: skip


def _from_job(job: Any) -> Candidate:  # a Job or a row of `_CANDIDATE_COLUMNS`
    return Candidate(
        "saved", job.id, job.feed_id, job.title, job.company, job.location, job.location_type,
        job.employment_type, job.salary_min, job.salary_max, job.salary_currency, job.created_at.date(),
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


def feed_candidates(filters: SearchFilters, saved_feed_ids: frozenset[str]) -> list[Candidate]:
    """Feed postings passing the filters, scored by BM25 over the feed (not those the user saved)."""
    if not filters.include_feed:
        return []
    return [
        _from_feed(i, p)
        for i, p in enumerate(load_feed())
        if p.feed_id not in saved_feed_ids and passes(_from_feed(i, p), filters)
    ]


def feed_text(found: list[Candidate], query: str) -> None:
    scores = bm25(content_words(query), [_feed_words()[c.index] for c in found])
    for c, score in zip(found, scores, strict=True):
        c.text = score


async def feed_similarities(
    embedder: Embedder, found: list[Candidate], vector: Vectors
) -> list[float | None]:
    """Cosine of `vector` to each feed candidate (None when the feed has no vectors of this model)."""
    matrix = await feed_matrix.get(embedder)
    if matrix is None or matrix.shape[1] != vector.size:
        return [None] * len(found)
    scores = matrix[[c.index for c in found]] @ vector if found else np.zeros(0)
    return [float(x) for x in scores]


async def saved_candidates(
    session: AsyncSession, user_id: uuid.UUID, jobs: UserJobs, search: VectorSearch, pool: Pool
) -> tuple[list[Candidate], int]:
    """The pool of saved jobs for a query and/or vectors, with their scores, and the match count."""
    allowed = jobs.mask(pool.filters)
    text = await fts.text_scores(session, user_id, content_words(pool.query), jobs.allows(allowed), POOL)
    near = [
        await search.nearest(session, user_id, jobs, v, allowed, POOL) if v is not None else {}
        for v in (pool.q_vector, pool.cv_vector)
    ]
    ids = list(dict.fromkeys([*text.scores, *near[0], *near[1]]))
    for sims, vector in zip(near, (pool.q_vector, pool.cv_vector), strict=True):
        if vector is not None and (gaps := [i for i in ids if i not in sims]):
            sims.update(await search.similarities(session, jobs, vector, gaps))
    found = [_from_job(r) for r in await session.execute(select(*_CANDIDATE_COLUMNS).where(Job.id.in_(ids)))]
    for c in found:
        assert c.job_id is not None
        c.text = text.scores.get(c.job_id, 0.0)
        c.semantic, c.cv_semantic = near[0].get(c.job_id), near[1].get(c.job_id)
    if not pool.query:
        return found, int(allowed.sum())
    return found, max(text.total, sum(1 for s in near[0].values() if s >= _MEANINGFUL))


def rank(
    found: list[Candidate], query: str, has_query_vector: bool, has_cv: bool, limit: int
) -> tuple[list[SearchHit], dict[str, int]]:
    """The `limit` best hits, and how many hits each kind (saved, feed) has in all."""
    best = {kind: max((c.text for c in found if c.kind == kind), default=0.0) or 1.0 for kind in KINDS}
    scored = []
    for c in found:
        t = c.text / best[c.kind]
        if query and t == 0 and (c.semantic or 0.0) < _MEANINGFUL:
            continue  # neither the words nor the meaning match
        if not query:
            score = semantic_part(c.cv_semantic)
        else:
            score = (0.55 * semantic_part(c.semantic) + 0.45 * t) if has_query_vector else t
            if has_cv:
                score = 0.7 * score + 0.3 * semantic_part(c.cv_semantic)
        scored.append((round(score, 4), t, c))
    counts = {kind: sum(1 for _, _, c in scored if c.kind == kind) for kind in KINDS}
    scored.sort(key=lambda item: (-item[0], item[2].title))
    return [_hit(c, score, t) for score, t, c in scored[:limit]], counts


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
