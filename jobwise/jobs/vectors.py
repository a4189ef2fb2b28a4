"""Job vectors: what is embedded, the feed's precomputed matrix, and exact (NumPy) vector search.

Vector search sits behind `VectorSearch`: exact NumPy here, pgvector/HNSW in `jobwise.jobs.pgvector`;
`jobwise.jobs.pgvector.choose_vector_search` picks one per database from what it offers.
"""

from __future__ import annotations

import asyncio
import io
import sys
import uuid
from importlib import resources
from typing import Any, Protocol

import numpy as np
from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.ai.blind import blind_text
from jobwise.ai.embeddings import Embedder, EmbeddingUnavailable, Vectors, normalize
from jobwise.ai.feed import FeedPosting, load_feed
from jobwise.jobs.index import UserJobs

FEED_VECTORS = "feed_vectors.npz"
BUILTIN_MODEL = "all-MiniLM-L6-v2-int8"
_BATCH = 32
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
        scores = jobs.matrix @ query
        rows = np.flatnonzero(allowed & jobs.has_vector)
        if rows.size > k:
            rows = rows[np.argpartition(-scores[rows], k - 1)[:k]]
        return {jobs.ids[i]: float(scores[i]) for i in rows}

    async def similarities(
        self, session: AsyncSession, jobs: UserJobs, query: Vectors, ids: list[uuid.UUID]
    ) -> dict[uuid.UUID, float]:
        rows = [jobs.row[i] for i in ids if i in jobs.row and jobs.has_vector[jobs.row[i]]]
        if jobs.matrix is None or jobs.matrix.shape[1] != query.size or not rows:
            return {}
        scores = jobs.matrix[rows] @ query
        return {jobs.ids[r]: float(s) for r, s in zip(rows, scores, strict=True)}


class FeedMatrix:
    """The feed's vectors for one model, in feed order (the feed never changes: cached per process)."""

    def __init__(self) -> None:
        self._cache: dict[str, Vectors] = {}
        self._lock = asyncio.Lock()

    async def get(self, embedder: Embedder) -> Vectors | None:
        if embedder.model in self._cache:
            return self._cache[embedder.model]
        async with self._lock:
            if embedder.model not in self._cache:
                matrix = _packaged(embedder) if embedder.provider == "builtin" else None
                if matrix is None:
                    matrix = await _compute(embedder, load_feed())
                if matrix is None:
                    return None
                self._cache[embedder.model] = matrix
        return self._cache[embedder.model]


feed_matrix = FeedMatrix()


def _packaged(embedder: Embedder) -> Vectors | None:
    """The shipped float16 matrix, when it was made by this very model and matches the feed."""
    path = resources.files("jobwise.jobs") / "data" / FEED_VECTORS
    if embedder.model != BUILTIN_MODEL or not path.is_file():
        return None
    with np.load(io.BytesIO(path.read_bytes())) as data:
        ids = [str(i) for i in data["feed_ids"]]
        if ids != [p.feed_id for p in load_feed()] or str(data["model"]) != embedder.model:
            return None
        return normalize(data["vectors"].astype(np.float32))


async def _compute(embedder: Embedder, feed: list[FeedPosting]) -> Vectors | None:
    texts = [embedding_text(p.title, p.description) for p in feed]
    try:
        parts = [await embedder.embed(texts[i : i + _BATCH]) for i in range(0, len(texts), _BATCH)]
    except EmbeddingUnavailable:
        return None
    return np.vstack(parts).astype(np.float32)


async def _build(path: str) -> None:
    """Precompute the feed matrix with the builtin model (run once when the feed changes)."""
    from jobwise.ai.embeddings import BuiltinEmbedder

    embedder = BuiltinEmbedder()
    feed = load_feed()
    matrix = await _compute(embedder, feed)
    assert matrix is not None
    ids = np.array([p.feed_id for p in feed])
    np.savez_compressed(path, feed_ids=ids, vectors=matrix.astype(np.float16), model=embedder.model)


if __name__ == "__main__":  # python -m jobwise.jobs.vectors jobwise/jobs/data/feed_vectors.npz
    asyncio.run(_build(sys.argv[1]))
