"""CV uploads and their lifecycle. Public functions commit once; helpers only flush."""

from __future__ import annotations

import asyncio
import hashlib
import unicodedata
import uuid
from datetime import date

from fastapi import UploadFile
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.ai.cv import CVAnalysis, analyze_cv
from jobwise.ai.jobs import parse_posting
from jobwise.ai.skills import extract_skills
from jobwise.core.db import paginate, utcnow
from jobwise.core.schemas import PageParams
from jobwise.core.storage import Storage
from jobwise.core.tasks import TaskQueue
from jobwise.cvs import errors
from jobwise.cvs.errors import CVNotAnalyzed, CVNotFound
from jobwise.cvs.models import CV
from jobwise.cvs.schemas import JobComparison, ResumeAnalysis, ResumeAnalyzeRequest
from jobwise.documents import DocumentError, FileTooLarge, InvalidFileType, check_upload
from jobwise.users.models import User

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


async def get_owned(session: AsyncSession, user: User, cv_id: uuid.UUID) -> CV:
    """The caller's active CV; someone else's CV looks exactly like a missing one."""
    cv = await session.scalar(select(CV).where(CV.id == cv_id, CV.user_id == user.id, CV.is_active.is_(True)))
    if cv is None:
        raise CVNotFound()
    return cv


async def get_analysed(session: AsyncSession, user: User, cv_id: uuid.UUID) -> CV:
    """The caller's CV, which must have a completed analysis (400 cv_not_analyzed otherwise)."""
    cv = await get_owned(session, user, cv_id)
    if cv.status != "completed":
        raise CVNotAnalyzed()
    return cv


def storage_key(user_id: uuid.UUID, cv_id: uuid.UUID) -> str:
    return f"users/{user_id}/cvs/{cv_id}"


async def upload(
    session: AsyncSession, storage: Storage, queue: TaskQueue, user: User, file: UploadFile, *, max_bytes: int
) -> CV:
    """Check the bytes, keep the original, and record a pending CV for the background worker."""
    data = await file.read(max_bytes + 1)
    kind = _checked_kind(data, max_bytes)
    cv = CV(
        id=uuid.uuid4(),
        user_id=user.id,
        filename=display_filename(file.filename, kind),
        content_type=kind,
        size_bytes=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        status="pending",
    )
    cv.storage_key = storage_key(user.id, cv.id)
    await storage.put(cv.storage_key, data)
    session.add(cv)
    try:
        await session.commit()
    except BaseException:
        await storage.delete(cv.storage_key)  # no orphan file when the row did not land
        raise
    await queue.submit(cv.id)  # after commit: the worker must find the row
    return cv


def _checked_kind(data: bytes, max_bytes: int) -> str:
    try:
        return check_upload(data, max_bytes=max_bytes)
    except FileTooLarge:
        raise errors.CVFileTooLarge(f"The file is larger than {max_bytes // (1024 * 1024)} MB.") from None
    except InvalidFileType as exc:
        raise errors.InvalidFileType(exc.message) from None
    except DocumentError as exc:
        raise errors.InvalidFile(exc.message) from None


def display_filename(name: str | None, kind: str) -> str:
    """The user's file name for display only: no path, no control characters, bounded."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(
        ch for ch in unicodedata.normalize("NFC", base) if unicodedata.category(ch)[0] != "C"
    ).strip()
    return cleaned[:200] or f"cv.{kind}"


async def list_cvs(session: AsyncSession, user: User, page: PageParams) -> tuple[list[CV], int]:
    query = select(CV).where(CV.user_id == user.id, CV.is_active.is_(True))
    return await paginate(session, query, page, CV.created_at.desc(), CV.id)


async def delete(session: AsyncSession, cv: CV) -> None:
    cv.is_active = False  # soft delete: the file stays until the account goes
    await session.commit()


async def reanalyze(session: AsyncSession, queue: TaskQueue, cv: CV) -> CV:
    await session.execute(
        update(CV)
        .where(CV.id == cv.id, CV.user_id == cv.user_id)
        .values(
            status="pending",
            attempts=0,
            error=None,
            lease_owner=None,
            lease_expires_at=None,
            updated_at=utcnow(),
        )
    )
    await session.commit()
    await session.refresh(cv)
    await queue.submit(cv.id)
    return cv


async def analyze_text(session: AsyncSession, user: User, data: ResumeAnalyzeRequest) -> ResumeAnalysis:
    """The analysis of a text or stored CV, compared with a posting when one is given; nothing is stored."""
    text = data.text if data.text is not None else (await get_analysed(session, user, data.cv_id)).raw_text  # type: ignore[arg-type]
    job_text = data.job_text
    if data.job_id is not None:
        from jobwise.jobs.service import get_owned_job  # jobs build on CVs, not the reverse

        job = await get_owned_job(session, user, data.job_id)
        job_text = f"{job.title}\n{job.company or ''}\n{job.description or ''}"
    analysis = await asyncio.to_thread(analyze_cv, text or "", today=date.today())
    comparison = (
        await asyncio.to_thread(compare_with_posting, analysis, text or "", job_text) if job_text else None
    )
    return ResumeAnalysis(**analysis.model_dump(), engine="builtin", job=comparison)


def compare_with_posting(analysis: CVAnalysis, cv_text: str, job_text: str) -> JobComparison:
    posting = parse_posting(job_text)
    required = list(dict.fromkeys(posting.required_skills))
    optional = [s for s in dict.fromkeys(posting.nice_to_have_skills or []) if s not in required]
    mentioned = [s for s in extract_skills(job_text) if s not in required and s not in optional]
    have = {s.casefold() for s in analysis.extracted_skills} | {s.casefold() for s in extract_skills(cv_text)}
    keywords = required + optional + mentioned
    matched = [k for k in keywords if k.casefold() in have]
    missing = [k for k in keywords if k.casefold() not in have]
    required_missing = [k for k in required if k.casefold() not in have]
    coverage = round(100 * len(matched) / len(keywords), 1) if keywords else 0.0
    return JobComparison(
        keyword_coverage=coverage,
        matched_keywords=matched,
        missing_keywords=missing,
        required_missing=required_missing,
        match_score=_match_score(required, optional + mentioned, have),
    )


def _match_score(required: list[str], optional: list[str], have: set[str]) -> int:
    """Required skills count three times as much as the rest."""
    weight = 3 * len(required) + len(optional)
    if weight == 0:
        return 0
    got = 3 * sum(s.casefold() in have for s in required) + sum(s.casefold() in have for s in optional)
    return round(100 * got / weight)
