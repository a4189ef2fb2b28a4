"""Errors raised by the SSRF-safe fetcher; the jobs service maps them to HTTP answers."""

from __future__ import annotations

from typing import Literal

FetchErrorCode = Literal["fetch_timeout", "fetch_too_large", "fetch_failed", "unsupported_content_type"]


class UrlNotAllowed(Exception):
    """The URL (or a redirect hop) points somewhere we refuse to contact: 400 `url_not_allowed`."""

    code = "url_not_allowed"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class FetchError(Exception):
    """The page could not be fetched within the limits (time, size, status, content type)."""

    def __init__(self, code: FetchErrorCode, message: str) -> None:
        super().__init__(message)
        self.code: FetchErrorCode = code
        self.message = message
