"""An in-process copy of each user's job metadata and vectors, for filtering and exact search.

It is reloaded when the user's jobs change: the user's row in `job_stamps`, a counter that database
triggers bump on every insert, update and delete of their jobs (migration 0008search_speed), tells
in one primary-key lookup, so other processes' writes are seen too. A few users are kept (least
recently used goes first).
"""

from __future__ import annotations

import asyncio
import math
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
from sqlalchemy import String, Uuid, bindparam, select, text, type_coerce
from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.ai.embeddings import Vectors
from jobwise.ai.jobs import yearly_top
from jobwise.jobs.models import Job
from jobwise.jobs.schemas import SearchFilters

_USERS = 8
_SCORED = 4  # score vectors kept per user (400 KB each at 100k jobs)
_STAMP = text("SELECT version FROM job_stamps WHERE user_id = :user").bindparams(
    bindparam("user", type_=Uuid())
)


@dataclass(frozen=True)
class FilterColumns:
    """What the search filters read, one entry per job: saved jobs and the feed share it."""

    location_type: np.ndarray[Any, np.dtype[np.str_]]  # "" when unset
    employment_type: np.ndarray[Any, np.dtype[np.str_]]
    salary: np.ndarray[Any, np.dtype[np.int64]]  # yearly top of the pay range, 0 when none
    posted: np.ndarray[Any, np.dtype[np.datetime64]]

    @classmethod
    def of(cls, jobs: Sequence[Any], posted: Iterable[date]) -> FilterColumns:
        """From rows or postings with the jobs' location, employment and salary fields."""
        return cls(
            location_type=_strings(j.location_type for j in jobs),
            employment_type=_strings(j.employment_type for j in jobs),
            salary=np.array(
                [yearly_top(j.salary_min, j.salary_max, j.salary_period) for j in jobs], dtype=np.int64
            ),
            posted=np.array(list(posted), dtype="datetime64[D]"),
        )

    def mask(self, filters: SearchFilters) -> np.ndarray[Any, np.dtype[np.bool_]]:
        keep = np.ones(len(self.salary), dtype=bool)
        if filters.location_type:
            keep &= np.isin(self.location_type, filters.location_type)
        if filters.employment_type:
            keep &= np.isin(self.employment_type, filters.employment_type)
        if filters.salary_floor is not None:
            keep &= self.salary >= filters.salary_floor
        if filters.posted_since is not None:
            keep &= self.posted >= np.datetime64(filters.posted_since, "D")
        return keep


@dataclass
class UserJobs:
    """Column arrays over one user's jobs (row i is `ids[i]`); `matrix` rows are zero without a vector.

    Ids are kept as 16-byte values, not `uuid.UUID` objects: 100k of those made every full garbage
    collection walk them (15-20 ms a pass)."""

    ids: np.ndarray[Any, np.dtype[np.void]]
    rows: dict[bytes, int]
    archived: np.ndarray[Any, np.dtype[np.bool_]]
    columns: FilterColumns
    application_status: np.ndarray[Any, np.dtype[np.str_]]
    feed_ids: frozenset[str]  # feed postings saved (and not archived) by the user
    all_feed_ids: frozenset[str]  # feed postings saved, archived ones too
    has_vector: np.ndarray[Any, np.dtype[np.bool_]]
    matrix: Vectors | None
    _scores: OrderedDict[bytes, Vectors] = field(
        default_factory=OrderedDict, init=False, repr=False, compare=False
    )

    @property
    def missing_vectors(self) -> int:
        return int((~self.has_vector).sum())

    def id_at(self, row: int) -> uuid.UUID:
        return uuid.UUID(bytes=self.ids[row].tobytes())

    def row_of(self, job_id: uuid.UUID) -> int | None:
        return self.rows.get(job_id.bytes)

    def scores(self, query: Vectors) -> Vectors:
        """Cosine of `query` to every row (`matrix` must be loaded). The last few are kept: a CV is
        searched with again and again (with each query, for recommendations), and a change to the
        user's jobs makes a new `UserJobs`."""
        assert self.matrix is not None
        key = query.tobytes()
        if (found := self._scores.get(key)) is not None:
            self._scores.move_to_end(key)
            return found
        found = self._scores[key] = self.matrix @ query
        if len(self._scores) > _SCORED:
            self._scores.popitem(last=False)
        return found

    def allows(self, mask: np.ndarray[Any, np.dtype[np.bool_]]) -> Callable[[uuid.UUID], bool]:
        """Whether a job id is one of the rows `mask` keeps (unknown ids are not)."""
        return lambda job_id: (row := self.row_of(job_id)) is not None and bool(mask[row])

    def mask(self, filters: SearchFilters) -> np.ndarray[Any, np.dtype[np.bool_]]:
        """Rows passing the search filters (archived jobs never do)."""
        return ~self.archived & self.columns.mask(filters)


def rows_to_fetch(k: int, kept_share: float) -> int:
    """Rows to ask a ranked query for so that about `k` pass filters keeping `kept_share` of the
    rows, at most four times `k` (each row read costs)."""
    return min(4 * k, math.ceil(1.25 * k / max(kept_share, 1 / 4)))


def _strings(values: Iterable[str | None]) -> np.ndarray[Any, np.dtype[np.str_]]:
    """A fixed-width text array: `np.isin` over 100k Python strings took ~4 ms, over this ~0.5 ms."""
    return np.array([value or "" for value in values], dtype=str)


def _id_bytes(raw: Any) -> bytes:
    """A job id as read without type processing: SQLite's 32 hex digits, or the driver's UUID."""
    return bytes.fromhex(raw) if isinstance(raw, str) else bytes(raw.bytes)


def _load(rows: list[Any], dim: int | None) -> UserJobs:
    has_vector = np.array([bool(r.current and r.embedding) for r in rows], dtype=bool)
    matrix = None
    if dim:
        matrix = np.zeros((len(rows), dim), dtype=np.float32)
        for i in np.flatnonzero(has_vector):
            if len(rows[i].embedding) == dim * 4:
                matrix[i] = np.frombuffer(rows[i].embedding, dtype=np.float32)
    archived = np.array([r.status == "archived" for r in rows], dtype=bool)
    ids = [_id_bytes(r.id) for r in rows]
    return UserJobs(
        ids=np.frombuffer(b"".join(ids), dtype="V16"),
        rows={job_id: i for i, job_id in enumerate(ids)},
        archived=archived,
        columns=FilterColumns.of(rows, (r.created_at.date() for r in rows)),
        application_status=_strings(r.application_status for r in rows),
        feed_ids=frozenset(r.feed_id for r, a in zip(rows, archived, strict=True) if r.feed_id and not a),
        all_feed_ids=frozenset(r.feed_id for r in rows if r.feed_id),
        has_vector=has_vector,
        matrix=matrix,
    )


class JobIndex:
    def __init__(self) -> None:
        self._cache: OrderedDict[tuple[uuid.UUID, str, bool], tuple[int, UserJobs]] = OrderedDict()
        self._lock = asyncio.Lock()

    async def get(
        self, session: AsyncSession, user_id: uuid.UUID, model: str, *, vectors: bool = True
    ) -> UserJobs:
        """The user's jobs; with `vectors`, the matrix of their `model` embeddings."""
        key = (user_id, model, vectors)
        stamp = int(await session.scalar(_STAMP, {"user": user_id}) or 0)  # 0: no job saved yet
        async with self._lock:
            cached = self._cache.get(key)
            if cached is not None and cached[0] == stamp:
                self._cache.move_to_end(key)
                return cached[1]
            jobs = await _fetch(session, user_id, model, vectors)
            self._cache[key] = (stamp, jobs)
            while len(self._cache) > _USERS:
                self._cache.popitem(last=False)
            return jobs

    def clear(self) -> None:
        self._cache.clear()


async def _fetch(session: AsyncSession, user_id: uuid.UUID, model: str, vectors: bool) -> UserJobs:
    embedding = Job.embedding if vectors else (Job.embedding.is_not(None)).label("embedding")
    connection = await session.connection()  # Core rows: the ORM's row loading doubled the time
    rows = list(
        (
            await connection.execute(
                select(
                    type_coerce(Job.id, String()).label("id"), Job.status, Job.location_type,
                    Job.employment_type, Job.salary_min, Job.salary_max, Job.salary_period, Job.created_at,
                    Job.application_status, Job.feed_id, (Job.embedding_model == model).label("current"),
                    embedding,
                ).where(Job.user_id == user_id).order_by(Job.id)
            )
        ).all()
    )  # fmt: skip
    dims = {len(r.embedding) // 4 for r in rows if r.current and vectors and r.embedding}
    return _load(rows, dims.pop() if len(dims) == 1 else None)


job_index = JobIndex()
