"""Typed application errors; one handler renders them as {"detail": {"code", "message"}}."""

from __future__ import annotations

from typing import Any, ClassVar


class AppError(Exception):
    status_code: ClassVar[int] = 400
    code: ClassVar[str] = "bad_request"
    message: ClassVar[str] = "The request could not be processed."

    def __init__(self, message: str | None = None, *, headers: dict[str, str] | None = None) -> None:
        self.detail_message = message or self.message
        self.headers = headers or {}
        super().__init__(self.detail_message)

    def to_detail(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.detail_message}


class BadRequest(AppError):
    status_code = 400


class Unauthorized(AppError):
    status_code = 401
    code = "not_authenticated"
    message = "Authentication is required."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message, headers={"WWW-Authenticate": "Bearer"})


class Forbidden(AppError):
    status_code = 403
    code = "forbidden"
    message = "You do not have permission to do this."


class NotFound(AppError):
    status_code = 404
    code = "not_found"
    message = "The resource was not found."


class Conflict(AppError):
    status_code = 409
    code = "conflict"
    message = "The resource was changed by someone else; reload and try again."


class TooLarge(AppError):
    status_code = 413
    code = "too_large"
    message = "The request body is too large."


class RateLimited(AppError):
    status_code = 429
    code = "rate_limited"
    message = "Too many requests; try again later."

    def __init__(self, retry_after: int, message: str | None = None) -> None:
        super().__init__(message, headers={"Retry-After": str(max(1, retry_after))})
        self.retry_after = retry_after


class Unavailable(AppError):
    status_code = 503
    code = "service_unavailable"
    message = "A service JobWise depends on is unavailable; try again shortly."
