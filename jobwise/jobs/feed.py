"""The sample feed as a table: loaded from package data at migrate, read once per process for search.

`sync_feed` runs in the Alembic environment after every upgrade to head: it compares each
packaged posting's digest with the stored one and rewrites only what changed (a release with a
new feed reloads it; an unchanged one costs one small query). The builtin model's vectors are
shipped beside the postings (`jobwise/jobs/data/feed_vectors.npz`) and stored with them, so a
fresh install ranks the feed semantically without embedding 500 postings first.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import sys
import uuid
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from importlib import resources
from typing import Any

import numpy as np
import structlog
from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.ai.embeddings import (
    BuiltinEmbedder,
    Embedder,
    EmbeddingUnavailable,
    Vectors,
    from_bytes,
    normalize,
    to_bytes,
)
from jobwise.ai.feed import FeedPosting, load_feed
from jobwise.ai.matching import MatchResult, content_words, job_keywords
from jobwise.jobs.index import FilterColumns
from jobwise.jobs.models import FeedEntry
from jobwise.jobs.schemas import SearchFilters
from jobwise.jobs.search import Candidate, bm25, doc_words
from jobwise.jobs.vectors import embedding_text

FEED_VECTORS = "feed_vectors.npz"
_BATCH = 32
log = structlog.get_logger(__name__)


def packaged_vectors() -> dict[str, Vectors]:
    """The shipped builtin-model vectors by feed_id (empty when the file is absent or for another model)."""
    path = resources.files("jobwise.jobs") / "data" / FEED_VECTORS
    if not path.is_file():
        return {}
    with np.load(io.BytesIO(path.read_bytes())) as data:
        if str(data["model"]) != BuiltinEmbedder.model:
            return {}
        matrix = normalize(data["vectors"].astype(np.float32))
        return {str(feed_id): matrix[i] for i, feed_id in enumerate(data["feed_ids"])}


def _entry(posting: FeedPosting, vector: Vectors | None) -> dict[str, Any]:
    row: dict[str, Any] = posting.model_dump(mode="python")
    row["required_skills"] = list(posting.required_skills)
    row["nice_to_have_skills"] = list(posting.nice_to_have_skills)
    row["embedding"] = to_bytes(vector) if vector is not None else None
    row["embedding_model"] = BuiltinEmbedder.model if vector is not None else None
    digest = hashlib.sha256(posting.model_dump_json().encode())
    digest.update(row["embedding"] or b"")
    row["content_sha256"] = digest.hexdigest()
    return row


def sync_feed(connection: Connection) -> int:
    """Make `feed_postings` hold exactly the packaged feed; returns how many rows were written or removed."""
    vectors = packaged_vectors()
    wanted = {p.feed_id: _entry(p, vectors.get(p.feed_id)) for p in load_feed()}
    stored: dict[str, str] = dict(
        connection.execute(select(FeedEntry.feed_id, FeedEntry.content_sha256)).all()
    )
    digests = {feed_id: row["content_sha256"] for feed_id, row in wanted.items()}
    changed = [row for feed_id, row in wanted.items() if stored.get(feed_id) != digests[feed_id]]
    stale = [feed_id for feed_id, sha in stored.items() if digests.get(feed_id) != sha]
    for start in range(0, len(stale), 500):
        connection.execute(delete(FeedEntry).where(FeedEntry.feed_id.in_(stale[start : start + 500])))
    if changed:
        connection.execute(insert(FeedEntry), changed)
    removed = len(stored.keys() - wanted.keys())
    if changed or removed:
        log.info("sample_feed_loaded", written=len(changed), removed=removed, postings=len(wanted))
    return len(changed) + removed


@dataclass
class LoadedFeed:
    """The feed as stored, in a fixed order (`index` positions rows of every per-feed array)."""

    postings: tuple[FeedPosting, ...]
    stored_vectors: dict[str, tuple[str, bytes]]  # feed_id -> (model, float32 bytes)
    matrices: dict[str, Vectors] = field(default_factory=dict)
    # A CV's match against every posting, by (CV id, CV version, model): see jobs.matching.
    match_cache: OrderedDict[tuple[uuid.UUID, datetime, str], list[MatchResult]] = field(
        default_factory=OrderedDict
    )
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    @cached_property
    def index(self) -> dict[str, int]:
        return {p.feed_id: i for i, p in enumerate(self.postings)}

    def get(self, feed_id: str) -> FeedPosting | None:
        position = self.index.get(feed_id)
        return None if position is None else self.postings[position]

    @cached_property
    def words(self) -> tuple[Counter[str], ...]:
        return tuple(doc_words(p.title, p.company, p.required_skills, p.description) for p in self.postings)

    @cached_property
    def columns(self) -> FilterColumns:
        return FilterColumns.of(self.postings, (p.posted_at for p in self.postings))

    @cached_property
    def lengths(self) -> tuple[int, ...]:
        return tuple(sum(words.values()) for words in self.words)

    @cached_property
    def keywords(self) -> tuple[list[str], ...]:
        return tuple(job_keywords(f"{p.title}\n{p.description}") for p in self.postings)

    async def matrix(self, embedder: Embedder) -> Vectors | None:
        """The feed's vectors for the embedder's model: stored ones, else embedded once per process."""
        if embedder.model in self.matrices:
            return self.matrices[embedder.model]
        async with self.lock:
            if embedder.model not in self.matrices:
                stored = [self.stored_vectors.get(p.feed_id) for p in self.postings]
                if self.postings and all(s is not None and s[0] == embedder.model for s in stored):
                    matrix: Vectors | None = np.vstack([from_bytes(s[1]) for s in stored if s is not None])
                else:
                    matrix = await _embed(embedder, self.postings)
                if matrix is None:
                    return None
                self.matrices[embedder.model] = matrix
        return self.matrices[embedder.model]


async def _embed(embedder: Embedder, postings: tuple[FeedPosting, ...]) -> Vectors | None:
    texts = [embedding_text(p.title, p.description) for p in postings]
    if not texts:
        return None
    try:
        parts = [await embedder.embed(texts[i : i + _BATCH]) for i in range(0, len(texts), _BATCH)]
    except EmbeddingUnavailable:
        return None
    return np.vstack(parts).astype(np.float32)


class FeedCache:
    """One `LoadedFeed` per database: the table changes only at migrate, which restarts the server."""

    def __init__(self) -> None:
        self._feeds: dict[str, LoadedFeed] = {}
        self._lock = asyncio.Lock()

    async def get(self, session: AsyncSession) -> LoadedFeed:
        key = str(session.get_bind().engine.url)
        if key in self._feeds:
            return self._feeds[key]
        async with self._lock:
            if key not in self._feeds:
                self._feeds[key] = await _load(session)
        return self._feeds[key]


async def _load(session: AsyncSession) -> LoadedFeed:
    rows = (await session.scalars(select(FeedEntry).order_by(FeedEntry.feed_id))).all()
    fields = FeedPosting.model_fields
    postings = tuple(FeedPosting.model_validate({name: getattr(r, name) for name in fields}) for r in rows)
    vectors = {r.feed_id: (r.embedding_model, r.embedding) for r in rows if r.embedding and r.embedding_model}
    return LoadedFeed(postings, vectors)


feed_cache = FeedCache()


def candidate(index: int, p: FeedPosting) -> Candidate:
    return Candidate(
        "feed", None, p.feed_id, p.title, p.company, p.location, p.location_type, p.employment_type,
        p.salary_min, p.salary_max, p.salary_currency, p.salary_period, p.posted_at, index,
    )  # fmt: skip


def candidates(feed: LoadedFeed, filters: SearchFilters, saved_feed_ids: frozenset[str]) -> list[Candidate]:
    """Feed postings passing the filters (not those the user saved: their saved copy stands for them)."""
    if not filters.include_feed:
        return []
    postings = feed.postings
    return [
        candidate(i, postings[i])
        for i in np.flatnonzero(feed.columns.mask(filters)).tolist()
        if postings[i].feed_id not in saved_feed_ids
    ]


def score_text(feed: LoadedFeed, found: list[Candidate], query: str) -> None:
    """BM25 of the query over the feed candidates (title counted twice)."""
    words, lengths = feed.words, feed.lengths
    scores = bm25(content_words(query), [words[c.index] for c in found], [lengths[c.index] for c in found])
    for c, score in zip(found, scores, strict=True):
        c.text = score


async def similarities(
    feed: LoadedFeed, embedder: Embedder, found: list[Candidate], vector: Vectors
) -> list[float | None]:
    """Cosine of `vector` to each feed candidate (None when the feed has no vectors of this model)."""
    matrix = await feed.matrix(embedder)
    if matrix is None or matrix.shape[1] != vector.size:
        return [None] * len(found)
    scores = matrix[[c.index for c in found]] @ vector if found else np.zeros(0)
    return [float(x) for x in scores]


async def _build(path: str) -> None:
    """Precompute the feed's vectors with the builtin model (run when the feed changes)."""
    embedder = BuiltinEmbedder()
    feed = tuple(load_feed())
    matrix = await _embed(embedder, feed)
    assert matrix is not None
    ids = np.array([p.feed_id for p in feed])
    np.savez_compressed(path, feed_ids=ids, vectors=matrix.astype(np.float16), model=embedder.model)


if __name__ == "__main__":  # python -m jobwise.jobs.feed jobwise/jobs/data/feed_vectors.npz
    asyncio.run(_build(sys.argv[1]))
