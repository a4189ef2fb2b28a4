"""Background analysis of an uploaded CV: claim with a lease, extract, analyse, embed, record.

Every step outside a transaction is slow I/O or CPU work; each write is a short transaction that
only lands while this worker still holds the lease, so a worker that lost it can never overwrite a
newer result. A killed worker's lease expires and the sweep hands the CV to another (bounded)."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import structlog
from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from jobwise.ai.blind import blind_text
from jobwise.ai.cv import CVAnalysis, analyze_cv
from jobwise.ai.embeddings import Embedder, EmbeddingUnavailable, to_bytes
from jobwise.core.db import utcnow
from jobwise.core.storage import Storage
from jobwise.cvs.models import CV
from jobwise.documents import DocumentError, extract_text

log = structlog.get_logger(__name__)

LEASE = timedelta(minutes=3)
MAX_ATTEMPTS = 3
ENGINE = "builtin"


@dataclass(frozen=True)
class Pipeline:
    sessions: async_sessionmaker[AsyncSession]
    storage: Storage
    embedder: Embedder

    async def run(self, cv_id: uuid.UUID) -> None:
        owner = uuid.uuid4()
        claimed = await self._claim(cv_id, owner)
        if claimed is None:
            return  # finished, deleted, or someone else holds a live lease
        storage_key, attempts = claimed
        try:
            await self._process(cv_id, owner, storage_key)
        except DocumentError as exc:  # the file itself is the problem: retrying cannot help
            await self._finish(cv_id, owner, status="failed", error=exc.message)
        except Exception as exc:
            log.error(
                "cv.analysis_crashed",
                cv_id=str(cv_id),
                attempt=attempts,
                error=type(exc).__name__,
                exc_info=exc,
            )
            final = attempts >= MAX_ATTEMPTS
            await self._finish(
                cv_id,
                owner,
                status="failed" if final else "pending",
                error=f"Analysis failed unexpectedly ({type(exc).__name__})"
                + ("" if final else "; retrying"),
            )  # back to pending: the next sweep retries it

    async def _process(self, cv_id: uuid.UUID, owner: uuid.UUID, storage_key: str) -> None:
        data = await self.storage.get(storage_key)
        document = await asyncio.to_thread(extract_text, data)
        analysis = await asyncio.to_thread(analyze_cv, document.text, today=date.today())
        embedding = await self._embed(document.text, analysis)
        values = {
            "raw_text": document.text,
            "parsed_content": analysis.parsed_content.model_dump(mode="json"),
            "summary": analysis.summary,
            "quality_score": analysis.quality_score,
            "quality_breakdown": analysis.quality_breakdown,
            "ats_compatibility_feedback": [
                check.model_dump(mode="json") for check in analysis.ats_compatibility_feedback
            ],
            "extracted_skills": analysis.extracted_skills,
            "total_experience_years": analysis.total_experience_years,
            "engine": ENGINE,
            "analyzed_at": utcnow(),
            **embedding,
        }
        await self._finish(cv_id, owner, status="completed", error=None, **values)

    async def _embed(self, text: str, analysis: CVAnalysis) -> dict[str, object]:
        name = analysis.parsed_content.contact.name
        try:
            vectors = await self.embedder.embed([blind_text(text, names=[name] if name else [])])
        except EmbeddingUnavailable as exc:  # the analysis stands; `jobwise reembed` fills this in later
            log.warning("cv.embedding_unavailable", provider=self.embedder.provider, error=str(exc))
            return {"embedding": None, "embedding_model": None, "embedding_dim": None}
        return {
            "embedding": to_bytes(vectors[0]),
            "embedding_model": f"{self.embedder.provider}:{self.embedder.model}",
            "embedding_dim": self.embedder.dimension,
        }

    async def _claim(self, cv_id: uuid.UUID, owner: uuid.UUID) -> tuple[str, int] | None:
        now = utcnow()
        async with self.sessions() as session:
            result = await session.execute(
                update(CV)
                .where(CV.id == cv_id, CV.is_active.is_(True), CV.attempts < MAX_ATTEMPTS, _claimable(now))
                .values(
                    status="processing",
                    attempts=CV.attempts + 1,
                    lease_owner=owner,
                    lease_expires_at=now + LEASE,
                    updated_at=now,
                )
            )
            if result.rowcount != 1:  # type: ignore[attr-defined]
                await session.rollback()
                return None
            row = (await session.execute(select(CV.storage_key, CV.attempts).where(CV.id == cv_id))).one()
            await session.commit()
            return row.storage_key, row.attempts

    async def _finish(self, cv_id: uuid.UUID, owner: uuid.UUID, **values: object) -> None:
        async with self.sessions() as session:
            result = await session.execute(
                update(CV)
                .where(CV.id == cv_id, CV.lease_owner == owner, CV.status == "processing")
                .values(lease_owner=None, lease_expires_at=None, updated_at=utcnow(), **values)
            )
            await session.commit()
        if result.rowcount != 1:  # type: ignore[attr-defined]
            log.warning("cv.lease_lost", cv_id=str(cv_id))

    async def sweep(self) -> list[uuid.UUID]:
        """Fail what ran out of attempts; return what is waiting or was abandoned (expired lease)."""
        now = utcnow()
        async with self.sessions() as session:
            await session.execute(
                update(CV)
                .where(CV.status == "processing", CV.lease_expires_at < now, CV.attempts >= MAX_ATTEMPTS)
                .values(
                    status="failed",
                    lease_owner=None,
                    lease_expires_at=None,
                    updated_at=now,
                    error=f"Analysis did not finish after {MAX_ATTEMPTS} attempts",
                )
            )
            ids = await session.scalars(
                select(CV.id)
                .where(CV.is_active.is_(True), CV.attempts < MAX_ATTEMPTS, _claimable(now))
                .order_by(CV.created_at)
                .limit(500)
            )
            found = list(ids)
            await session.commit()
            return found


def _claimable(now: datetime) -> ColumnElement[bool]:
    return or_(CV.status == "pending", and_(CV.status == "processing", CV.lease_expires_at < now))


async def reembed(sessions: async_sessionmaker[AsyncSession], embedder: Embedder, *, everything: bool) -> int:
    """Recompute the embeddings of analysed CVs made by another model (or of all, with `everything`)."""
    current = f"{embedder.provider}:{embedder.model}"
    async with sessions() as session:
        query = select(CV.id, CV.raw_text, CV.parsed_content).where(CV.status == "completed")
        if not everything:
            query = query.where(or_(CV.embedding_model.is_(None), CV.embedding_model != current))
        rows = (await session.execute(query)).all()
    for row in rows:
        name = ((row.parsed_content or {}).get("contact") or {}).get("name")
        vector = (await embedder.embed([blind_text(row.raw_text or "", names=[name] if name else [])]))[0]
        async with sessions() as session:
            await session.execute(
                update(CV)
                .where(CV.id == row.id)
                .values(embedding=to_bytes(vector), embedding_model=current, embedding_dim=embedder.dimension)
            )
            await session.commit()
    return len(rows)
