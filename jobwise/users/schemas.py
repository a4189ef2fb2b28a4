from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import Field, field_validator

from jobwise.core.schemas import ReadModel, RequestModel, StrictInt

RemotePreference = Literal["remote", "hybrid", "on-site", "any"]


class UserRead(ReadModel):
    id: uuid.UUID
    email: str
    full_name: str | None
    role: str
    is_active: bool
    created_at: datetime


class UserUpdate(RequestModel):
    full_name: str | None = Field(None, max_length=200)


class DeleteAccountRequest(RequestModel):
    password: str = Field(min_length=1, max_length=256)


class UserSettingsBody(RequestModel):
    target_roles: list[str] = Field(default_factory=list, max_length=50)
    preferred_locations: list[str] = Field(default_factory=list, max_length=50)
    remote_preference: RemotePreference = "any"
    desired_salary: StrictInt | None = Field(None, ge=0, le=100_000_000)
    currency: str | None = Field(None, pattern=r"^[A-Za-z]{3}$", description="ISO 4217 code, e.g. EUR")

    @field_validator("target_roles", "preferred_locations")
    @classmethod
    def _clean_list(cls, values: list[str]) -> list[str]:
        cleaned: list[str] = []
        for value in (v.strip() for v in values):
            if len(value) > 200:
                raise ValueError("Each entry must be at most 200 characters")
            if value and value.casefold() not in {c.casefold() for c in cleaned}:
                cleaned.append(value)
        return cleaned

    @field_validator("currency")
    @classmethod
    def _upper(cls, value: str | None) -> str | None:
        return value.upper() if value else None


class UserSettingsRead(ReadModel):
    target_roles: list[str]
    preferred_locations: list[str]
    remote_preference: RemotePreference
    desired_salary: int | None
    currency: str | None
