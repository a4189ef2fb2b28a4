from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Response

from jobwise.ai.bias import analyze_bias
from jobwise.auth.dependencies import CurrentUser
from jobwise.core.deps import ContextDep, SessionDep
from jobwise.core.schemas import Page, PageParams, page_params
from jobwise.jobs import importer, matching, service
from jobwise.jobs.models import Job, JobStatusChange
from jobwise.jobs.schemas import (
    ApplicationStatus,
    BiasRead,
    BiasRequest,
    EmploymentType,
    FeedPostingRead,
    ImportRequest,
    JobCreate,
    JobRead,
    JobStatus,
    JobUpdate,
    LocationType,
    MatchRead,
    ParseRequest,
    ParseResult,
    SearchHit,
    SearchRequest,
    SearchResults,
    StatusChange,
    StatusChangeRead,
)

router = APIRouter(prefix="/jobs", tags=["Jobs"])
bias_router = APIRouter(prefix="/bias", tags=["Jobs"])
Paging = Annotated[PageParams, Depends(page_params)]
Text = Annotated[str | None, Query(max_length=200)]


@router.post("", response_model=JobRead, status_code=201)
async def create_job(data: JobCreate, user: CurrentUser, session: SessionDep, context: ContextDep) -> Job:
    """Save a job you are interested in."""
    return await service.create(session, context.embedder, user, data)


@router.get("", response_model=Page[JobRead])
async def list_jobs(
    user: CurrentUser,
    session: SessionDep,
    page: Paging,
    status: JobStatus | None = None,
    application_status: ApplicationStatus | None = None,
    location_type: LocationType | None = None,
    q: Text = None,
) -> Page[JobRead]:
    """Your jobs, newest first, filtered by status, application status, location type or text."""
    filters = {
        "status": status,
        "application_status": application_status,
        "location_type": location_type,
        "q": q,
    }
    jobs, total = await service.list_jobs(session, user, page, filters)
    return Page(
        items=[JobRead.model_validate(j) for j in jobs], total=total, limit=page.limit, offset=page.offset
    )


@router.post("/parse", response_model=ParseResult)
async def parse_job(
    data: ParseRequest, user: CurrentUser, session: SessionDep, context: ContextDep
) -> ParseResult:
    """Read the fields of a pasted posting; with `save`, also save it as a job."""
    parsed, job = await service.parse(session, context.embedder, user, data.text, save=data.save)
    return ParseResult(parsed=parsed.model_dump(), job=JobRead.model_validate(job) if job else None)


@router.post("/import", response_model=JobRead, status_code=201)
async def import_job(data: ImportRequest, user: CurrentUser, session: SessionDep, context: ContextDep) -> Job:
    """Fetch a public job page and save its posting."""
    return await importer.import_url(session, context.settings, context.embedder, user, data.url)


@router.get("/browse", response_model=Page[FeedPostingRead])
async def browse_feed(
    user: CurrentUser,
    session: SessionDep,
    page: Paging,
    location_type: LocationType | None = None,
    employment_type: EmploymentType | None = None,
    category: Text = None,
    q: Text = None,
) -> Page[FeedPostingRead]:
    """The bundled sample feed of postings, newest first."""
    filters = {
        "location_type": location_type,
        "employment_type": employment_type,
        "category": category,
        "q": q,
    }
    postings, total = await service.browse(session, page, filters)
    items = [FeedPostingRead.model_validate(p) for p in postings]
    return Page(items=items, total=total, limit=page.limit, offset=page.offset)


@router.post(
    "/browse/{feed_id}/save",
    response_model=JobRead,
    status_code=201,
    responses={200: {"model": JobRead, "description": "Already saved: the job saved before"}},
)
async def save_feed_posting(
    feed_id: Annotated[str, Path(max_length=64)],
    user: CurrentUser,
    session: SessionDep,
    context: ContextDep,
    response: Response,
) -> Job:
    """Copy a sample posting into your jobs (201); if you saved it before, that job is returned (200)."""
    job, created = await service.save_from_feed(session, context.embedder, user, feed_id)
    if not created:
        response.status_code = 200
    return job


@router.post("/search", response_model=SearchResults)
async def search_jobs(
    data: SearchRequest, user: CurrentUser, session: SessionDep, context: ContextDep
) -> SearchResults:
    """Search your jobs and the sample feed by meaning and words, with filters."""
    hits, total = await matching.run_search(session, context.embedder, user, data)
    return SearchResults(items=hits, total=total)


@router.get("/recommendations", response_model=list[SearchHit])
async def recommend_jobs(
    cv_id: uuid.UUID,
    user: CurrentUser,
    session: SessionDep,
    context: ContextDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> list[SearchHit]:
    """Feed and saved jobs ranked for a CV, with the reasons for each."""
    return await matching.recommendations(session, context.embedder, user, cv_id, limit)


@router.get("/{job_id:uuid}", response_model=JobRead)
async def get_job(job_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> Job:
    """One of your jobs."""
    return await service.get_owned_job(session, user, job_id)


@router.patch("/{job_id:uuid}", response_model=JobRead)
async def update_job(job_id: uuid.UUID, data: JobUpdate, user: CurrentUser, session: SessionDep) -> Job:
    """Change a job's fields."""
    return await service.update(session, user, job_id, data)


@router.delete("/{job_id:uuid}", status_code=204)
async def delete_job(job_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> Response:
    """Delete a job and its history."""
    await service.delete_job(session, user, job_id)
    return Response(status_code=204)


@router.patch("/{job_id:uuid}/application-status", response_model=JobRead)
async def change_application_status(
    job_id: uuid.UUID, data: StatusChange, user: CurrentUser, session: SessionDep
) -> Job:
    """Move your application to its next state (400 invalid_transition when not allowed)."""
    return await service.change_status(session, user, job_id, data)


@router.get("/{job_id:uuid}/history", response_model=list[StatusChangeRead], response_model_by_alias=True)
async def job_history(job_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> list[JobStatusChange]:
    """Every application-status change of a job, oldest first."""
    return await service.history(session, user, job_id)


@router.get("/{job_id:uuid}/match", response_model=MatchRead)
async def match_job(
    job_id: uuid.UUID, cv_id: uuid.UUID, user: CurrentUser, session: SessionDep, context: ContextDep
) -> MatchRead:
    """How well one of your CVs fits this job, part by part, with the gaps named."""
    return await matching.match(session, context.embedder, user, job_id, cv_id)


@router.get("/{job_id:uuid}/bias", response_model=BiasRead)
async def job_bias(job_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> BiasRead:
    """Exclusionary and gender-coded wording in the posting; each flag's offsets index its `field`."""
    job = await service.get_owned_job(session, user, job_id)
    return BiasRead.model_validate(service.bias_report(job))


@bias_router.post("/analyze", response_model=BiasRead)
async def analyze_text(data: BiasRequest, user: CurrentUser) -> BiasRead:
    """Flag gender-coded and exclusionary wording in any text."""
    return BiasRead.model_validate(analyze_bias(data.text).model_dump())
