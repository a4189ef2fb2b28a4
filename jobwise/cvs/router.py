from __future__ import annotations

import uuid
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Response, UploadFile

from jobwise.auth.dependencies import CurrentUser
from jobwise.core.deps import ContextDep, SessionDep
from jobwise.core.schemas import Page, PageParams, error_responses, page_params
from jobwise.cvs import service
from jobwise.cvs.models import CV
from jobwise.cvs.schemas import CVRead, ResumeAnalysis, ResumeAnalyzeRequest

router = APIRouter(prefix="/cvs", tags=["CVs"])
resume_router = APIRouter(prefix="/resume", tags=["CVs"])


async def owned_cv(cv_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> CV:
    return await service.get_owned(session, user, cv_id)


OwnedCV = Annotated[CV, Depends(owned_cv)]


async def upload_quota(user: CurrentUser, context: ContextDep) -> None:
    await context.limiter.hit(
        context.settings.rate_limit_uploads,
        "uploads",
        str(user.id),
        message="Upload limit reached; try again later.",
    )


@router.post(
    "",
    response_model=CVRead,
    status_code=201,
    dependencies=[Depends(upload_quota)],
    responses=error_responses(413),
)
async def upload_cv(file: UploadFile, user: CurrentUser, session: SessionDep, context: ContextDep) -> CV:
    """Upload a CV (PDF or DOCX, decided from its content); it is analysed in the background."""
    return await service.upload(
        session, context.storage, context.cv_queue, user, file, max_bytes=context.settings.max_upload_bytes
    )


@router.get("", response_model=Page[CVRead])
async def list_cvs(
    user: CurrentUser, session: SessionDep, page: Annotated[PageParams, Depends(page_params)]
) -> Page[CVRead]:
    """Your CVs, newest first."""
    cvs, total = await service.list_cvs(session, user, page)
    return Page(
        items=[CVRead.model_validate(cv) for cv in cvs], total=total, limit=page.limit, offset=page.offset
    )


@router.get("/{cv_id}", response_model=CVRead)
async def get_cv(cv: OwnedCV) -> CV:
    """One CV with its analysis (when completed)."""
    return cv


@router.delete("/{cv_id}", status_code=204)
async def delete_cv(cv: OwnedCV, session: SessionDep) -> Response:
    """Remove a CV from your list."""
    await service.delete(session, cv)
    return Response(status_code=204)


@router.get(
    "/{cv_id}/file",
    response_class=Response,
    responses={200: {"content": {mt: {} for mt in service.MEDIA_TYPES.values()}}},
)
async def download_cv(cv: OwnedCV, context: ContextDep) -> Response:
    """The original file, byte for byte."""
    data = await context.storage.get(cv.storage_key)
    ascii_name = cv.filename.encode("ascii", "ignore").decode().replace('"', "") or f"cv.{cv.content_type}"
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(cv.filename)}"
    return Response(
        data, media_type=service.MEDIA_TYPES[cv.content_type], headers={"Content-Disposition": disposition}
    )


@router.post("/{cv_id}/reanalyze", response_model=CVRead, status_code=202)
async def reanalyze_cv(cv: OwnedCV, session: SessionDep, context: ContextDep) -> CV:
    """Run the analysis again (for example after an engine upgrade)."""
    return await service.reanalyze(session, context.cv_queue, cv)


@resume_router.post("/analyze", response_model=ResumeAnalysis)
async def analyze_resume(
    data: ResumeAnalyzeRequest, user: CurrentUser, session: SessionDep
) -> ResumeAnalysis:
    """Analyse a CV text (or a stored CV) without saving it; with a posting, add keyword coverage."""
    return await service.analyze_text(session, user, data)
