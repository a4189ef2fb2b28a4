from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import EmailStr, Field, field_validator

from jobwise.core.schemas import ReadModel, RequestModel
from jobwise.core.security import password_problem

Password = Field(min_length=1, max_length=256)


def _acceptable(password: str) -> str:
    if problem := password_problem(password):
        raise ValueError(problem)
    return password


class RegisterRequest(RequestModel):
    email: EmailStr = Field(max_length=320)
    password: str = Field(min_length=8, max_length=256)
    full_name: str | None = Field(None, max_length=200)

    _check_password = field_validator("password")(_acceptable)


class LoginRequest(RequestModel):
    email: str = Field(min_length=1, max_length=320)
    password: str = Password


class RefreshRequest(RequestModel):
    refresh_token: str | None = Field(None, max_length=4096)


class TokenPair(ReadModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    expires_in: int


class ForgotPasswordRequest(RequestModel):
    email: str = Field(min_length=1, max_length=320)


class ResetPasswordRequest(RequestModel):
    token: str = Field(min_length=1, max_length=512)
    new_password: str = Field(min_length=8, max_length=256)

    _check_password = field_validator("new_password")(_acceptable)


class ChangePasswordRequest(RequestModel):
    current_password: str = Password
    new_password: str = Field(min_length=8, max_length=256)

    _check_password = field_validator("new_password")(_acceptable)


class ApiKeyCreate(RequestModel):
    name: str = Field(min_length=1, max_length=100)


class ApiKeyRead(ReadModel):
    id: uuid.UUID
    name: str
    prefix: str
    created_at: datetime


class ApiKeyCreated(ApiKeyRead):
    key: str = Field(description="The secret; shown only once. Send it as the X-API-Key header.")
