"""Full-text ranking of the caller's saved jobs by the database: FTS5 `bm25()` on SQLite (title
weighted twice), `ts_rank_cd` over the generated `search_vector` (title weighted A) on PostgreSQL.
Both tables are made by migration 0005search.

Ranking reads every ranked match (positions, lengths, a detoasted tsvector), so each engine ranks at
most `window` matches, picked by an order its index gives for free: the newest on SQLite (FTS5
rowids grow as jobs are saved or edited), table order on PostgreSQL (the first rows the bitmap scan
reaches). Counting every match reads them all too, so beyond the window the count is estimated: from
how many rowids the window spans on SQLite, by the planner on PostgreSQL.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Float, Integer, Uuid, column, text
from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.jobs.index import rows_to_fetch

_MAX_WORDS = 32
_RANKED_COLUMNS = (column("job_id", Uuid()), column("score", Float()), column("matches", Integer()))


@dataclass(frozen=True)
class TextHits:
    scores: dict[uuid.UUID, float]  # the best `limit` matches, higher is better
    total: int  # matching jobs the filters keep: exact within the ranked window, estimated beyond


async def text_scores(
    session: AsyncSession,
    user_id: uuid.UUID,
    words: list[str],
    allowed: Callable[[uuid.UUID], bool],
    limit: int,
    kept_share: float = 1.0,
) -> TextHits:
    """The user's `limit` best jobs matching any of `words` that `allowed` keeps.

    The engine ranks the user's matches alone (no join: filters come from the job index) and the
    best are filtered here: enough for `limit` to pass when the filters keep `kept_share` of the
    user's jobs, at most 4 × `limit` (each row read costs: 800 rows took ~5 ms). When
    enough jobs have every word, only those are ranked (they lead an any-word ranking anyway).
    `total` scales the match count by the share of ranked rows the filters kept.
    """
    words = list(dict.fromkeys(words))[:_MAX_WORDS]
    if not words:
        return TextHits({}, 0)
    engine = _SQLite if session.get_bind().dialect.name == "sqlite" else _Postgres
    every = len(words) > 1
    fetch = rows_to_fetch(limit, kept_share)
    rows, matches = await engine.ranked(session, words, user_id, every, limit if every else 0, fetch)
    if every and matches < limit:  # too few jobs have every word: any of them will do
        every = False
        rows, matches = await engine.ranked(session, words, user_id, every, 0, fetch)
    kept = [(job_id, score) for job_id, score in rows if allowed(job_id)]
    total = len(kept) if len(rows) == matches else round(matches * len(kept) / max(len(rows), 1))
    return TextHits(dict(kept[:limit]), total)


class _SQLite:
    """FTS5; `rank` is bm25 with the column weights set by the migration (title counted twice)."""

    window = 2000  # bm25 costs ~3 µs a match (positions, column sizes) on top of ~3 ms a query word
    # The window's count and rowid span, and the user's first rowid, for the estimate beyond it.
    _RANKED = text(
        "WITH newest AS MATERIALIZED"
        " (SELECT rowid FROM jobs_fts WHERE jobs_fts MATCH :match ORDER BY rowid DESC LIMIT :window)"
        " SELECT job_id, -rank, (SELECT count(*) FROM newest), (SELECT min(rowid) FROM newest),"
        " (SELECT max(rowid) FROM newest),"
        " (SELECT rowid FROM jobs_fts WHERE jobs_fts MATCH :owner ORDER BY rowid LIMIT 1)"
        " FROM jobs_fts WHERE jobs_fts MATCH :match AND rowid >= (SELECT min(rowid) FROM newest)"
        " ORDER BY rank LIMIT :limit"
    ).columns(
        *_RANKED_COLUMNS, column("low", Integer()), column("high", Integer()), column("first", Integer())
    )
    _AT_MOST = text(
        "SELECT count(*) FROM (SELECT rowid FROM jobs_fts WHERE jobs_fts MATCH :match LIMIT :most)"
    )

    @staticmethod
    def _owner(user_id: uuid.UUID) -> str:
        return f'owner : "{user_id.hex}"'

    @classmethod
    def _match(cls, words: list[str], user_id: uuid.UUID, every: bool) -> str:
        # Quoted terms: punctuation in skills (c++, node.js) is text, not query syntax.
        terms = (" AND " if every else " OR ").join(f'"{w}"' for w in words)
        return f"{cls._owner(user_id)} AND ({terms})"

    @classmethod
    async def ranked(
        cls, session: AsyncSession, words: list[str], user_id: uuid.UUID, every: bool, least: int, limit: int
    ) -> tuple[list[tuple[uuid.UUID, float]], int]:
        """The best `limit` of the newest `window` matches, and how many jobs match (nothing when
        fewer than `least` do: bm25 costs a few ms a query word before any row)."""
        match = cls._match(words, user_id, every)
        if least and await session.scalar(cls._AT_MOST, {"match": match, "most": least}) < least:
            return [], 0
        params = {"match": match, "owner": cls._owner(user_id), "window": cls.window, "limit": limit}
        rows = (await session.execute(cls._RANKED, params)).all()
        if not rows:
            return [], 0
        matches, low, high, first = rows[0][2:]
        if matches == cls.window:  # the user's rowids before the window hold matches as densely
            matches = max(matches, round(matches * (high - first + 1) / (high - low + 1)))
        return [(row[0], row[1]) for row in rows], matches


class _Postgres:
    """The generated `search_vector` (GIN index) ranked by `ts_rank_cd` (title weighted A)."""

    window = 300  # each ranked match is a heap fetch and a detoasted tsvector: ~10 µs
    _FOUND = "FROM jobs WHERE user_id = :user AND search_vector @@ ({query})"
    _RANKED = (
        "SELECT id, ts_rank_cd(vector, {query}) AS rank, count(*) OVER ()"
        " FROM (SELECT id, search_vector AS vector " + _FOUND + " LIMIT :window) AS found"
        " ORDER BY rank DESC LIMIT :limit"
    )

    @staticmethod
    def _query(words: list[str], every: bool) -> tuple[str, dict[str, Any]]:
        query = (" && " if every else " || ").join(
            f"plainto_tsquery('english', :w{i})" for i in range(len(words))
        )
        return query, {f"w{i}": word for i, word in enumerate(words)}

    @classmethod
    async def ranked(
        cls, session: AsyncSession, words: list[str], user_id: uuid.UUID, every: bool, least: int, limit: int
    ) -> tuple[list[tuple[uuid.UUID, float]], int]:
        """The best `limit` of the first `window` matches, and how many jobs match (ranked even when
        fewer than `least` do: a few rows cost less here than a second look)."""
        query, params = cls._query(words, every)
        statement = text(cls._RANKED.format(query=query)).columns(*_RANKED_COLUMNS)
        await _custom_plans(session)
        params |= {"user": user_id}
        rows = (await session.execute(statement, params | {"window": cls.window, "limit": limit})).all()
        matches = rows[0][2] if rows else 0
        if matches == cls.window:  # the planner's estimate: counting reads every matching row
            explain = text("EXPLAIN (FORMAT JSON) SELECT 1 " + cls._FOUND.format(query=query))
            plan = await session.scalar(explain, params)
            matches = max(matches, int(plan[0]["Plan"]["Plan Rows"]))
        return [(row[0], row[1]) for row in rows], matches


async def _custom_plans(session: AsyncSession) -> None:
    """Plan this transaction's queries for their parameters: under the generic plan the server picks
    for statements the driver prepared, `plainto_tsquery` runs again for every ranked row (~40 % slower)."""
    await session.execute(text("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)"))
