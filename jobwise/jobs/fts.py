"""Full-text ranking of the caller's saved jobs by the database: FTS5 `bm25()` on SQLite (title
weighted twice), `ts_rank_cd` over the generated `search_vector` (title weighted A) on PostgreSQL.
Both tables are made by migration 0005search."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, Uuid, column, func, literal_column, select, table
from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.jobs.models import Job

_FTS = table("jobs_fts", column("job_id", Uuid()))
_MAX_WORDS = 32
_OVERFETCH = 4


@dataclass(frozen=True)
class TextHits:
    scores: dict[uuid.UUID, float]  # the best `limit` matches, higher is better
    total: int  # every matching job


async def text_scores(
    session: AsyncSession,
    user_id: uuid.UUID,
    words: list[str],
    allowed: Callable[[uuid.UUID], bool],
    limit: int,
) -> TextHits:
    """The user's `limit` best jobs matching any of `words` that `allowed` keeps.

    The engine ranks the user's matches alone (no join, filters come from the job index): the
    best `_OVERFETCH × limit` are filtered here. `total` scales the match count by the share kept.
    """
    words = list(dict.fromkeys(words))[:_MAX_WORDS]
    if not words:
        return TextHits({}, 0)
    dialect = session.get_bind().dialect.name
    statement = _sqlite(words, user_id) if dialect == "sqlite" else _postgres(words, user_id)
    rows = (await session.execute(statement.limit(_OVERFETCH * limit))).all()
    kept = [(row[0], float(row[1])) for row in rows if allowed(row[0])]
    matches = int(rows[0][2]) if rows else 0
    total = len(kept) if len(rows) == matches else round(matches * len(kept) / len(rows))
    return TextHits(dict(kept[:limit]), total)


def _sqlite(words: list[str], user_id: uuid.UUID) -> Select[Any]:
    # Quoted terms: punctuation in skills (c++, node.js) is text, not query syntax.
    match = f'owner : "{user_id.hex}" AND (' + " OR ".join(f'"{w}"' for w in words) + ")"
    rank = func.bm25(literal_column("jobs_fts"), 0.0, 0.0, 2.0, 1.0, 1.0, 1.0).label("rank")
    # bm25() only works in a plain query over the FTS table: the window count goes outside.
    ranked = select(_FTS.c.job_id, rank).where(literal_column("jobs_fts").op("MATCH")(match)).subquery()
    return select(ranked.c.job_id, -ranked.c.rank, func.count().over()).order_by(ranked.c.rank)


def _postgres(words: list[str], user_id: uuid.UUID) -> Select[Any]:
    query: ColumnElement[Any] = func.plainto_tsquery("english", words[0])
    for word in words[1:]:
        query = query.op("||")(func.plainto_tsquery("english", word))
    vector: ColumnElement[Any] = literal_column("jobs.search_vector")
    rank = func.ts_rank_cd(vector, query)
    return (
        select(Job.id, rank, func.count().over())
        .where(Job.user_id == user_id, vector.op("@@")(query))
        .order_by(rank.desc())
    )
