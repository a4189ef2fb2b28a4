"""Job vectors: what is embedded, and exact (NumPy) vector search.

Vector search sits behind `VectorSearch`: exact NumPy here, pgvector/HNSW in `jobwise.jobs.pgvector`;
`jobwise.jobs.pgvector.choose_vector_search` picks one per database from what it offers.
"""

from __future__ import annotations

import uuid
from typing import Any, Protocol

import numpy as np
from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.ai.blind import blind_text
from jobwise.ai.embeddings import Embedder, EmbeddingUnavailable, Vectors
from jobwise.jobs.index import UserJobs

Mask = np.ndarray[Any, np.dtype[np.bool_]]


def embedding_text(title: str, description: str) -> str:
    """What a job's vector stands for: its title and description, blinded."""
    return blind_text(f"{title}\n{description}")


async def embed_one(embedder: Embedder, text: str) -> Vectors | None:
    """The unit vector of `text`, or None when the embedder is unavailable (callers save anyway)."""
    try:
        vector: Vectors = (await embedder.embed([text]))[0]
    except EmbeddingUnavailable:
        return None
    return vector


class VectorSearch(Protocol):
    """Nearest saved jobs to a vector, among the rows of `jobs` that `allowed` keeps."""

    needs_matrix: bool  # whether `UserJobs.matrix` must be loaded for this search

    async def prepare(self, session: AsyncSession, user_id: uuid.UUID, jobs: UserJobs) -> None:
        """Bring the search's own copy of the user's vectors up to date with `jobs`."""
        ...

    async def nearest(
        self,
        session: AsyncSession,
        user_id: uuid.UUID,
        jobs: UserJobs,
        query: Vectors,
        allowed: Mask,
        k: int,
    ) -> dict[uuid.UUID, float]:
        """Cosine similarity of the (up to) `k` nearest allowed jobs embedded with the current model."""
        ...

    async def similarities(
        self, session: AsyncSession, jobs: UserJobs, query: Vectors, ids: list[uuid.UUID]
    ) -> dict[uuid.UUID, float]:
        """Exact cosine similarity of `query` to the given jobs (those with a vector)."""
        ...


class ExactVectorSearch:
    """One matrix-vector product over the user's cached matrix (`jobwise.jobs.index`)."""

    needs_matrix = True

    async def prepare(self, session: AsyncSession, user_id: uuid.UUID, jobs: UserJobs) -> None:
        return None  # the cached matrix is the copy

    async def nearest(
        self,
        session: AsyncSession,
        user_id: uuid.UUID,
        jobs: UserJobs,
        query: Vectors,
        allowed: Mask,
        k: int,
    ) -> dict[uuid.UUID, float]:
        if jobs.matrix is None or jobs.matrix.shape[1] != query.size:
            return {}
        scores = jobs.scores(query)
        rows = np.flatnonzero(allowed & jobs.has_vector)
        if rows.size > k:
            rows = rows[np.argpartition(-scores[rows], k - 1)[:k]]
        return {jobs.id_at(i): float(scores[i]) for i in rows.tolist()}

    async def similarities(
        self, session: AsyncSession, jobs: UserJobs, query: Vectors, ids: list[uuid.UUID]
    ) -> dict[uuid.UUID, float]:
        found = {i: row for i in ids if (row := jobs.row_of(i)) is not None and jobs.has_vector[row]}
        if jobs.matrix is None or jobs.matrix.shape[1] != query.size or not found:
            return {}
        scores = jobs.matrix[list(found.values())] @ query
        return {job_id: float(s) for job_id, s in zip(found, scores, strict=True)}
