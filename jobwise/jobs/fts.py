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
_VECTOR: ColumnElement[Any] = literal_column("jobs.search_vector")


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

    The engine ranks the user's matches alone (no join: filters come from the job index) and the
    best `_OVERFETCH × limit` are filtered here. When enough jobs have every word, only those are
    ranked (they lead an any-word ranking anyway, and ranking all matches costs O(matches)).
    `total` is the count of what was ranked (a lower bound then), scaled by the share the filters kept.
    """
    words = list(dict.fromkeys(words))[:_MAX_WORDS]
    if not words:
        return TextHits({}, 0)
    engine = _SQLite if session.get_bind().dialect.name == "sqlite" else _Postgres
    matches = int(await session.scalar(engine.count(words, user_id, every=True)) or 0)
    every = len(words) > 1 and matches >= limit
    if not every and len(words) > 1:
        matches = int(await session.scalar(engine.count(words, user_id, every=False)) or 0)
    rows = (await session.execute(engine.ranked(words, user_id, every=every).limit(_OVERFETCH * limit))).all()
    kept = [(row[0], float(row[1])) for row in rows if allowed(row[0])]
    total = len(kept) if len(rows) == matches else round(matches * len(kept) / max(len(rows), 1))
    return TextHits(dict(kept[:limit]), total)


class _SQLite:
    """FTS5; `rank` is bm25 with the column weights set by the migration (title counted twice)."""

    @staticmethod
    def _match(words: list[str], user_id: uuid.UUID, every: bool) -> ColumnElement[bool]:
        # Quoted terms: punctuation in skills (c++, node.js) is text, not query syntax.
        terms = (" AND " if every else " OR ").join(f'"{w}"' for w in words)
        return literal_column("jobs_fts").op("MATCH")(f'owner : "{user_id.hex}" AND ({terms})')

    @classmethod
    def count(cls, words: list[str], user_id: uuid.UUID, every: bool) -> Select[Any]:
        return select(func.count()).select_from(_FTS).where(cls._match(words, user_id, every))

    @classmethod
    def ranked(cls, words: list[str], user_id: uuid.UUID, every: bool) -> Select[Any]:
        rank: ColumnElement[Any] = literal_column("jobs_fts.rank")
        return select(_FTS.c.job_id, -rank).where(cls._match(words, user_id, every)).order_by(rank)


class _Postgres:
    """The generated `search_vector` (GIN index) ranked by `ts_rank_cd` (title weighted A)."""

    @staticmethod
    def _query(words: list[str], every: bool) -> ColumnElement[Any]:
        query: ColumnElement[Any] = func.plainto_tsquery("english", words[0])
        for word in words[1:]:
            query = query.op("&&" if every else "||")(func.plainto_tsquery("english", word))
        return query

    @classmethod
    def count(cls, words: list[str], user_id: uuid.UUID, every: bool) -> Select[Any]:
        found = _VECTOR.op("@@")(cls._query(words, every))
        return select(func.count()).select_from(Job).where(Job.user_id == user_id, found)

    @classmethod
    def ranked(cls, words: list[str], user_id: uuid.UUID, every: bool) -> Select[Any]:
        query = cls._query(words, every)
        rank = func.ts_rank_cd(_VECTOR, query)
        return (
            select(Job.id, rank).where(Job.user_id == user_id, _VECTOR.op("@@")(query)).order_by(rank.desc())
        )
