"""Base schemas: request bodies forbid unknown fields and unencodable text; one list envelope."""

from __future__ import annotations

from typing import Annotated, Any, Generic, TypeVar

from fastapi import Query
from pydantic import BaseModel, ConfigDict, Strict, model_validator

T = TypeVar("T")

# JSON numbers and booleans stay what they are: no "1" -> 1 or false -> 0 coercion in request bodies.
StrictInt = Annotated[int, Strict()]
StrictFloat = Annotated[float, Strict()]
StrictBool = Annotated[bool, Strict()]

MAX_NESTING = 32


class RequestModel(BaseModel):
    """Base for request bodies: no mass assignment, no lone surrogates, no absurd nesting."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _reject_unencodable(cls, data: Any) -> Any:
        _check_value(data, 0)
        return data


def _check_value(value: Any, depth: int) -> None:
    if depth > MAX_NESTING:
        raise ValueError("The JSON body is nested too deeply")
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates cannot be stored
            raise ValueError("Text contains invalid Unicode (unpaired surrogate)") from None
        if "\x00" in value:
            raise ValueError("Text may not contain NUL characters")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_value(key, depth + 1)
            _check_value(item, depth + 1)
    elif isinstance(value, list | tuple):
        for item in value:
            _check_value(item, depth + 1)


class ReadModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class PageParams(BaseModel):
    limit: int
    offset: int


async def page_params(
    limit: Annotated[int, Query(ge=1, le=100, description="Page size")] = 20,
    offset: Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip")] = 0,
) -> PageParams:
    return PageParams(limit=limit, offset=offset)


class ErrorDetail(BaseModel):
    code: str
    message: str
    errors: list[dict[str, Any]] | None = None


class ErrorResponse(BaseModel):
    detail: ErrorDetail


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the errors a route can answer with (all share one shape)."""
    return {status: {"model": ErrorResponse, "description": _DESCRIPTIONS[status]} for status in statuses}


_DESCRIPTIONS = {
    400: "Semantic conflict (for example a duplicate, an invalid transition, a bad file)",
    401: "Not authenticated",
    403: "Forbidden (role, CSRF or API-key restriction)",
    404: "Not found, or owned by someone else",
    409: "Edit race",
    413: "Request too large",
    422: "Validation error",
    429: "Rate limited (see Retry-After)",
    503: "A dependency is down",
}
