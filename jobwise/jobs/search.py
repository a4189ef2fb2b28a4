"""`POST /jobs/search`: hybrid ranking of the caller's jobs and the sample feed.

    score = 0.55 × semantic(query) + 0.45 × text            (query only)
    score = 0.7 × that + 0.3 × semantic(CV)                 (query and CV)
    score = semantic(CV)                                    (CV only)

`text` is BM25 scaled by the best hit of the query in its source: saved jobs are ranked by the
database (`jobwise.jobs.fts`), the feed in memory (`jobwise.jobs.feed`, title counted twice). `semantic` maps
the cosine 0.1..0.6 onto 0..1. Filters apply before ranking. Saved jobs are ranked from a pool:
the `POOL` best by text (within the database's window of matches) plus the `POOL` nearest by each
vector, so search stays fast at 100k jobs, and rows are read only for those that can reach a page;
`total` is exact while the pool holds every match and estimated beyond.
"""

from __future__ import annotations

import math
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.ai.embeddings import Embedder, Vectors
from jobwise.ai.matching import content_words
from jobwise.jobs import fts
from jobwise.jobs.index import UserJobs
from jobwise.jobs.models import Job
from jobwise.jobs.schemas import SearchFilters, SearchHit
from jobwise.jobs.vectors import VectorSearch, embed_one

_K1, _B = 1.2, 0.75
POOL = 200  # saved jobs taken per signal (text, query vector, CV vector)
_PAGE = 100  # the most hits a search returns (`SearchRequest.limit`)
KINDS = ("saved", "feed")
_MEANINGFUL = 0.3  # below this cosine, a job without the query's words is no hit
_CANDIDATE_COLUMNS = (
    Job.id, Job.feed_id, Job.title, Job.company, Job.location, Job.location_type, Job.employment_type,
    Job.salary_min, Job.salary_max, Job.salary_currency, Job.salary_period, Job.created_at,
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
    salary_period: str | None
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


def _from_job(job: Any) -> Candidate:  # a Job or a row of `_CANDIDATE_COLUMNS`
    return Candidate(
        "saved", job.id, job.feed_id, job.title, job.company, job.location, job.location_type,
        job.employment_type, job.salary_min, job.salary_max, job.salary_currency, job.salary_period,
        job.created_at.date(),
    )  # fmt: skip


def bm25(query: list[str], docs: list[Counter[str]], lengths: list[int]) -> list[float]:
    """Okapi BM25 of each document for the query words (`lengths`: each document's word count)."""
    if not docs or not query:
        return [0.0] * len(docs)
    average = sum(lengths) / len(docs) or 1.0
    scores = [0.0] * len(docs)
    for word in set(query):
        found = [(i, tf) for i, d in enumerate(docs) if (tf := d.get(word, 0))]
        if not found:
            continue
        idf = math.log(1 + (len(docs) - len(found) + 0.5) / (len(found) + 0.5))
        for i, tf in found:
            scores[i] += idf * tf * (_K1 + 1) / (tf + _K1 * (1 - _B + _B * lengths[i] / average))
    return scores


def semantic_part(similarity: float | None) -> float:
    return 0.0 if similarity is None else max(0.0, min(1.0, (similarity - 0.1) / 0.5))


async def saved_candidates(
    session: AsyncSession, user_id: uuid.UUID, jobs: UserJobs, search: VectorSearch, pool: Pool
) -> tuple[list[Candidate], int]:
    """The saved jobs that can reach a page of hits, with their scores, and the match count."""
    allowed = jobs.mask(pool.filters)
    share = float(allowed.mean()) if allowed.size else 1.0
    words = content_words(pool.query)
    text = await fts.text_scores(session, user_id, words, jobs.allows(allowed), POOL, share)
    near = [
        await search.nearest(session, user_id, jobs, v, allowed, POOL) if v is not None else {}
        for v in (pool.q_vector, pool.cv_vector)
    ]
    ids = list(dict.fromkeys([*text.scores, *near[0], *near[1]]))
    for sims, vector in zip(near, (pool.q_vector, pool.cv_vector), strict=True):
        if vector is not None and (gaps := [i for i in ids if i not in sims]):
            sims.update(await search.similarities(session, jobs, vector, gaps))
    keep, hits = _reachable(ids, text.scores, near, pool)
    rows = await session.execute(select(*_CANDIDATE_COLUMNS).where(Job.id.in_(keep)))
    found = [_from_job(row) for row in rows]
    for c in found:
        assert c.job_id is not None
        c.text = text.scores.get(c.job_id, 0.0)
        c.semantic, c.cv_semantic = near[0].get(c.job_id), near[1].get(c.job_id)
    if not pool.query:
        return found, int(allowed.sum())
    return found, max(hits, text.total, sum(1 for s in near[0].values() if s >= _MEANINGFUL))


def _reachable(
    ids: list[uuid.UUID], text: dict[uuid.UUID, float], near: list[dict[uuid.UUID, float]], pool: Pool
) -> tuple[set[uuid.UUID], int]:
    """The pool's jobs that can reach a page, and how many are hits: rows are read only for the
    `_PAGE` best with their ties (titles break ties in `rank`) and the best by text (it scales the
    text part of every saved job there)."""
    best = max(text.values(), default=0.0) or 1.0
    args = (pool.query, pool.q_vector is not None, pool.cv_vector is not None)
    scored = ((i, score(text.get(i, 0.0) / best, near[0].get(i), near[1].get(i), *args)) for i in ids)
    hits = {i: s for i, s in scored if s is not None}
    ranked = sorted(hits.values(), reverse=True)
    floor = ranked[_PAGE - 1] if len(ranked) > _PAGE else -1.0
    keep = {i for i, s in hits.items() if s >= floor}
    return keep | {max(text, key=text.__getitem__)} if text else keep, len(hits)


def score(
    text: float,
    semantic: float | None,
    cv_semantic: float | None,
    query: str,
    has_query_vector: bool,
    has_cv: bool,
) -> float | None:
    """The hybrid score of one candidate (`text` scaled to its source's best), None for no hit."""
    if query and text == 0 and (semantic or 0.0) < _MEANINGFUL:
        return None  # neither the words nor the meaning match
    if not query:
        return round(semantic_part(cv_semantic), 4)
    mixed = (0.55 * semantic_part(semantic) + 0.45 * text) if has_query_vector else text
    if has_cv:
        mixed = 0.7 * mixed + 0.3 * semantic_part(cv_semantic)
    return round(mixed, 4)


def rank(
    found: list[Candidate], query: str, has_query_vector: bool, has_cv: bool, limit: int
) -> tuple[list[SearchHit], dict[str, int]]:
    """The `limit` best hits, and how many hits each kind (saved, feed) has in all."""
    best = {kind: max((c.text for c in found if c.kind == kind), default=0.0) or 1.0 for kind in KINDS}
    scored = []
    for c in found:
        t = c.text / best[c.kind]
        s = score(t, c.semantic, c.cv_semantic, query, has_query_vector, has_cv)
        if s is not None:
            scored.append((s, t, c))
    counts = {kind: sum(1 for _, _, c in scored if c.kind == kind) for kind in KINDS}
    scored.sort(key=lambda item: (-item[0], item[2].title))
    return [_hit(c, s, t) for s, t, c in scored[:limit]], counts


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
        salary_period=c.salary_period,
        posted_at=c.posted,
        score=round(score, 4),
        semantic_score=None if c.semantic is None else round(c.semantic, 4),
        text_score=round(text, 4),
    )


async def query_vector(embedder: Embedder, query: str) -> Vectors | None:
    return await embed_one(embedder, query) if query else None
