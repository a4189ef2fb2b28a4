"""Full-text ranking of the caller's saved jobs by the database: FTS5 `bm25()` on SQLite (title
weighted twice), `ts_rank_cd` over the generated `search_vector` (title weighted A) on PostgreSQL.
Both tables are made by migration 0005search."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, Uuid, column, func, literal_column, or_, select, table
from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.jobs.models import Job
from jobwise.jobs.schemas import SearchFilters

_FTS = table("jobs_fts", column("job_id", Uuid()))
_MAX_WORDS = 32


@dataclass(frozen=True)
class TextHits:
    scores: dict[uuid.UUID, float]  # the best `limit` matches, higher is better
    total: int  # every matching job


def job_conditions(filters: SearchFilters) -> list[ColumnElement[bool]]:
    """The search filters as SQL over `jobs` (archived jobs are never searched)."""
    conditions: list[ColumnElement[bool]] = [Job.status != "archived"]
    if filters.location_type:
        conditions.append(Job.location_type.in_(filters.location_type))
    if filters.employment_type:
        conditions.append(Job.employment_type.in_(filters.employment_type))
    if filters.salary_floor:
        floor = filters.salary_floor
        conditions.append(or_(Job.salary_min >= floor, Job.salary_max >= floor))
    if filters.posted_since is not None:
        since = datetime(*filters.posted_since.timetuple()[:3], tzinfo=UTC)
        conditions.append(Job.created_at >= since)
    return conditions


async def text_scores(
    session: AsyncSession, user_id: uuid.UUID, words: list[str], filters: SearchFilters, limit: int
) -> TextHits:
    """Jobs matching any of `words`, best first by the engine's relevance."""
    words = list(dict.fromkeys(words))[:_MAX_WORDS]
    if not words:
        return TextHits({}, 0)
    statement = _sqlite(words) if session.get_bind().dialect.name == "sqlite" else _postgres(words)
    statement = statement.where(Job.user_id == user_id, *job_conditions(filters)).limit(limit)
    rows = (await session.execute(statement)).all()
    return TextHits({row[0]: float(row[1]) for row in rows}, int(rows[0][2]) if rows else 0)


def _sqlite(words: list[str]) -> Select[Any]:
    # Quoted terms: punctuation in skills (c++, node.js) is text, not query syntax.
    match = " OR ".join(f'"{w}"' for w in words)
    rank = func.bm25(literal_column("jobs_fts"), 0.0, 2.0, 1.0, 1.0, 1.0).label("rank")  # job_id, title, ...
    # bm25() only works in a query over the FTS table alone: rank there, join the jobs outside.
    matches = select(_FTS.c.job_id, rank).where(literal_column("jobs_fts").op("MATCH")(match)).subquery()
    return (
        select(Job.id, -matches.c.rank, func.count().over())
        .join(matches, matches.c.job_id == Job.id)
        .order_by(matches.c.rank)
    )


def _postgres(words: list[str]) -> Select[Any]:
    query: ColumnElement[Any] = func.plainto_tsquery("english", words[0])
    for word in words[1:]:
        query = query.op("||")(func.plainto_tsquery("english", word))
    vector: ColumnElement[Any] = literal_column("jobs.search_vector")
    rank = func.ts_rank_cd(vector, query)
    return select(Job.id, rank, func.count().over()).where(vector.op("@@")(query)).order_by(rank.desc())
