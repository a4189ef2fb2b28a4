# No `from __future__ import annotations`: the section routes are built in a loop and FastAPI must
# see their body types as real objects, not strings.
import uuid
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Response
from pydantic import BaseModel

from jobwise.auth.dependencies import CurrentUser
from jobwise.core.deps import SessionDep
from jobwise.core.schemas import Page
from jobwise.profiles import cv_import, service
from jobwise.profiles.models import Profile
from jobwise.profiles.schemas import (
    AnalyticsRead,
    BulkCreate,
    BulkDelete,
    BulkUpdate,
    EducationCreate,
    EducationRead,
    EducationUpdate,
    ExperienceCreate,
    ExperienceRead,
    ExperienceUpdate,
    ImportCVRequest,
    ItemsRead,
    ProfileCreate,
    ProfileImportRead,
    ProfileRead,
    ProfileUpdate,
    ProjectCreate,
    ProjectRead,
    ProjectUpdate,
    SkillsBody,
)

router = APIRouter(prefix="/profiles", tags=["Profiles"])


async def owned_profile(profile_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> Profile:
    return await service.get_owned(session, user, profile_id)


OwnedProfile = Annotated[Profile, Depends(owned_profile)]


@router.post("", response_model=ProfileRead, status_code=201)
async def create_profile(data: ProfileCreate, user: CurrentUser, session: SessionDep) -> Profile:
    """Create your master profile (one per account)."""
    return await service.create(session, user, data)


@router.get("", response_model=Page[ProfileRead])
async def list_profiles(user: CurrentUser, session: SessionDep) -> dict[str, Any]:
    """Your master profile, as a list of zero or one."""
    profiles = await service.list_profiles(session, user)
    return {"items": profiles, "total": len(profiles), "limit": 1, "offset": 0}


@router.post("/import-cv", response_model=ProfileImportRead)
async def import_cv(data: ImportCVRequest, user: CurrentUser, session: SessionDep) -> dict[str, Any]:
    """Fill or merge your profile from an analysed CV, never overwriting what you wrote."""
    profile, summary = await cv_import.import_cv(session, user, data.cv_id)
    return {**ProfileRead.model_validate(profile).model_dump(), "imported": summary}


@router.get("/{profile_id:uuid}", response_model=ProfileRead)
async def get_profile(profile: OwnedProfile, user: CurrentUser, session: SessionDep) -> Profile:
    """Your profile with its experiences, education, projects and skills."""
    return await service.get_full(session, user, profile.id)


@router.put("/{profile_id:uuid}", response_model=ProfileRead)
async def update_profile(
    data: ProfileUpdate, profile: OwnedProfile, user: CurrentUser, session: SessionDep
) -> Profile:
    """Change the profile's own fields; fields left out stay as they are."""
    return await service.update(session, user, profile, data)


@router.delete("/{profile_id:uuid}", status_code=204)
async def delete_profile(profile: OwnedProfile, user: CurrentUser, session: SessionDep) -> Response:
    """Delete your profile and everything in it."""
    await service.remove(session, user, profile)
    return Response(status_code=204)


@router.put("/{profile_id:uuid}/skills", response_model=ProfileRead)
async def put_skills(
    data: SkillsBody, profile: OwnedProfile, user: CurrentUser, session: SessionDep
) -> Profile:
    """Replace the skill lists you send (technical skills are normalised: k8s -> Kubernetes)."""
    return await service.put_skills(session, user, profile, data)


@router.get("/{profile_id:uuid}/analytics", response_model=AnalyticsRead)
async def get_analytics(profile: OwnedProfile, user: CurrentUser, session: SessionDep) -> dict[str, Any]:
    """How complete the profile is, section by section, and what to fix."""
    return asdict(await service.analytics(session, user, profile))


def _section_routes(
    section: str, label: str, create: type[BaseModel], update: type[BaseModel], read: type[BaseModel]
) -> None:
    """POST (append), PUT (update by id) and DELETE (by id) for one section; each is one transaction."""
    path = f"/{{profile_id:uuid}}/{section}"

    @router.post(
        path,
        response_model=ItemsRead[read],  # type: ignore[valid-type]
        status_code=201,
        name=f"add_{section}",
        description=f"Add {label} after the existing ones, in the order given.",
    )
    async def add(
        data: BulkCreate[create],  # type: ignore[valid-type]
        profile: OwnedProfile,
        user: CurrentUser,
        session: SessionDep,
    ) -> dict[str, Any]:
        return {"items": await service.add_items(session, user, profile, section, data.items)}

    @router.put(
        path,
        response_model=ItemsRead[read],  # type: ignore[valid-type]
        name=f"update_{section}",
        description=f"Update {label} by id (with `position` to reorder); one unknown id and nothing changes.",
    )
    async def change(
        data: BulkUpdate[update],  # type: ignore[valid-type]
        profile: OwnedProfile,
        user: CurrentUser,
        session: SessionDep,
    ) -> dict[str, Any]:
        return {"items": await service.update_items(session, user, profile, section, data.items)}

    @router.delete(
        path,
        status_code=204,
        name=f"delete_{section}",
        description=f"Delete {label} by id; one unknown id and nothing is deleted.",
    )
    async def remove(
        data: BulkDelete, profile: OwnedProfile, user: CurrentUser, session: SessionDep
    ) -> Response:
        await service.delete_items(session, user, profile, section, data.ids)
        return Response(status_code=204)


_section_routes("experiences", "experiences", ExperienceCreate, ExperienceUpdate, ExperienceRead)
_section_routes("education", "education entries", EducationCreate, EducationUpdate, EducationRead)
_section_routes("projects", "projects", ProjectCreate, ProjectUpdate, ProjectRead)
