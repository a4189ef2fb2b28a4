"""Job vectors: what is embedded, the feed's precomputed matrix, and exact (NumPy) vector search.

Vector search sits behind `VectorSearch` so an index (pgvector/HNSW) can replace the exact scan
without touching the callers.
"""

from __future__ import annotations

import asyncio
import io
import sys
import uuid
from importlib import resources
from typing import Protocol

import numpy as np
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.ai.blind import blind_text
from jobwise.ai.embeddings import Embedder, EmbeddingUnavailable, Vectors, from_bytes, normalize
from jobwise.ai.feed import FeedPosting, load_feed

FEED_VECTORS = "feed_vectors.npz"
BUILTIN_MODEL = "all-MiniLM-L6-v2-int8"
_BATCH = 32


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
    async def job_similarities(
        self, session: AsyncSession, user_id: uuid.UUID, query: Vectors, model: str
    ) -> dict[uuid.UUID, float]:
        """Cosine similarity of `query` to each of the user's jobs embedded with `model`."""
        ...


class ExactVectorSearch:
    """Loads the user's job vectors with one query and scores them with one matrix product."""

    async def job_similarities(
        self, session: AsyncSession, user_id: uuid.UUID, query: Vectors, model: str
    ) -> dict[uuid.UUID, float]:
        from jobwise.jobs.models import Job

        rows = (
            await session.execute(
                select(Job.id, Job.embedding).where(
                    Job.user_id == user_id, Job.embedding_model == model, Job.embedding.is_not(None)
                )
            )
        ).all()
        usable = [(job_id, blob) for job_id, blob in rows if blob and len(blob) == query.size * 4]
        if not usable:
            return {}
        matrix = np.vstack([from_bytes(blob) for _, blob in usable])
        scores = matrix @ query
        return {job_id: float(s) for (job_id, _), s in zip(usable, scores, strict=True)}


vector_search: VectorSearch = ExactVectorSearch()


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
