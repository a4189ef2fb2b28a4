"""Approximate vector search with pgvector's HNSW index, when the database has the extension.

Migration 0005search makes `job_vectors` (a `vector` copy of each job's embedding) only where
`CREATE EXTENSION vector` works; elsewhere `choose_vector_search` keeps the exact NumPy search.
The copy is brought up to date from `jobs` whenever the user's jobs changed (same stamp as
`jobwise.jobs.index`), and each embedding dimension gets its own partial HNSW index.
"""

from __future__ import annotations

import asyncio
import uuid

import numpy as np
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.ai.embeddings import Vectors
from jobwise.jobs.index import UserJobs, rows_to_fetch
from jobwise.jobs.vectors import ExactVectorSearch, Mask, VectorSearch

# recall@10 0.96 on 100k clustered postings (benchmarks/search.py); ef_search 100 gave 0.80
EF_SEARCH = 400
_HNSW = "m = 32, ef_construction = 200"
_STALE = text(
    "DELETE FROM job_vectors v USING jobs j WHERE v.job_id = j.id AND j.user_id = :user"
    " AND (j.embedding IS NULL OR j.embedding_model IS DISTINCT FROM v.model"
    " OR j.updated_at <> v.job_updated_at)"
)
_MISSING = text(
    "SELECT j.id, j.embedding, j.embedding_model, j.updated_at FROM jobs j"
    " LEFT JOIN job_vectors v ON v.job_id = j.id"
    " WHERE j.user_id = :user AND j.embedding IS NOT NULL AND v.job_id IS NULL"
)
_INSERT = text(
    "INSERT INTO job_vectors (job_id, user_id, model, job_updated_at, embedding)"
    " VALUES (:job_id, :user, :model, :at, CAST(CAST(:embedding AS text) AS vector))"
)


# One round trip. Custom plans: the driver prepares and caches statements, and the generic plan the
# server switches to after five runs took ~5× longer here (19 ms against 4 ms for 800 rows at 100k).
_SETTINGS = text(
    "SELECT set_config('hnsw.ef_search', :ef_search, true),"
    " set_config('hnsw.iterative_scan', 'relaxed_order', true),"
    " set_config('plan_cache_mode', 'force_custom_plan', true)"
)


def _fetch(jobs: UserJobs, allowed: Mask, k: int) -> int:
    """Rows to ask for so that about `k` pass the filters (HNSW cost grows with it: ~20 µs a row)."""
    share = int((allowed & jobs.has_vector).sum()) / max(int(jobs.has_vector.sum()), 1)
    return rows_to_fetch(k, share)


def vector_literal(vector: Vectors) -> str:
    return "[" + ",".join(f"{x:.7g}" for x in vector.tolist()) + "]"


class PgVectorSearch:
    """`ORDER BY embedding <=> :q LIMIT k` over an HNSW index (cosine), filters applied by iterative scan."""

    needs_matrix = False

    def __init__(self) -> None:
        self._synced: dict[uuid.UUID, UserJobs] = {}
        self._indexed: set[int] = set()
        self._exact = ExactVectorSearch()

    async def prepare(self, session: AsyncSession, user_id: uuid.UUID, jobs: UserJobs) -> None:
        """Copy the user's new or changed embeddings into `job_vectors` (no-op when unchanged)."""
        if self._synced.get(user_id) is jobs:
            return
        await session.execute(_STALE, {"user": user_id})
        rows = (await session.execute(_MISSING, {"user": user_id})).all()
        params = [
            {"job_id": r.id, "user": user_id, "model": r.embedding_model, "at": r.updated_at,
             "embedding": vector_literal(np.frombuffer(r.embedding, dtype=np.float32))}
            for r in rows
        ]  # fmt: skip
        if params:
            await session.execute(_INSERT, params)
        await session.commit()
        self._synced[user_id] = jobs

    async def _ensure_index(self, session: AsyncSession, dim: int) -> None:
        if dim in self._indexed:
            return
        await session.execute(
            text(
                f"CREATE INDEX IF NOT EXISTS ix_job_vectors_hnsw_{dim} ON job_vectors USING hnsw"
                f" ((embedding::vector({dim})) vector_cosine_ops) WITH ({_HNSW})"
                f" WHERE vector_dims(embedding) = {dim}"
            )
        )
        await session.commit()
        self._indexed.add(dim)

    async def nearest(
        self,
        session: AsyncSession,
        user_id: uuid.UUID,
        jobs: UserJobs,
        query: Vectors,
        allowed: Mask,
        k: int,
    ) -> dict[uuid.UUID, float]:
        dim = int(query.size)
        await self._ensure_index(session, dim)
        await session.execute(_SETTINGS, {"ef_search": str(max(EF_SEARCH, k))})
        distance = f"embedding::vector({dim}) <=> CAST(CAST(:q AS text) AS vector({dim}))"
        rows = await session.execute(
            text(
                f"SELECT job_id, 1 - ({distance}) FROM job_vectors"
                f" WHERE vector_dims(embedding) = {dim} AND user_id = :user"
                f" ORDER BY {distance} LIMIT :k"
            ),
            {"q": vector_literal(query), "user": user_id, "k": _fetch(jobs, allowed, k)},
        )
        # Filters are kept out of SQL (the index cache has them): over-fetch, then keep allowed rows;
        # relaxed order returns near neighbours slightly out of order, so sort before taking k.
        found: dict[uuid.UUID, float] = {}
        for job_id, similarity in sorted(rows, key=lambda row: -float(row[1])):
            row = jobs.row_of(job_id)
            if row is not None and allowed[row] and len(found) < k:
                found[job_id] = float(similarity)
        return found

    async def similarities(
        self, session: AsyncSession, jobs: UserJobs, query: Vectors, ids: list[uuid.UUID]
    ) -> dict[uuid.UUID, float]:
        if not ids:
            return {}
        distance = "embedding <=> CAST(CAST(:q AS text) AS vector)"
        rows = await session.execute(
            text(f"SELECT job_id, 1 - ({distance}) FROM job_vectors WHERE job_id = ANY(:ids)"),
            {"q": vector_literal(query), "ids": ids},
        )
        return {job_id: float(s) for job_id, s in rows}


_chosen: dict[str, VectorSearch] = {}
_choose_lock = asyncio.Lock()


async def choose_vector_search(session: AsyncSession) -> VectorSearch:
    """pgvector when this database has `job_vectors` (the extension existed at migration time)."""
    bind = session.get_bind()
    key = str(bind.engine.url)
    async with _choose_lock:
        if key not in _chosen:
            found = False
            if bind.dialect.name == "postgresql":
                found = bool(await session.scalar(text("SELECT to_regclass('job_vectors') IS NOT NULL")))
            _chosen[key] = PgVectorSearch() if found else ExactVectorSearch()
        return _chosen[key]
