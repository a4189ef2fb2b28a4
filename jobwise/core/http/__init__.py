"""SSRF-safe HTTP fetching of user-supplied URLs (see `fetcher` and `urls`)."""

from jobwise.core.http.errors import FetchError, FetchErrorCode, UrlNotAllowed
from jobwise.core.http.fetcher import (
    ALLOWED_CONTENT_TYPES,
    FetchedPage,
    Resolver,
    SafeFetcher,
    system_resolver,
)
from jobwise.core.http.urls import Target, address_refusal, parse_allowlist, parse_url, vet_url

__all__ = [
    "ALLOWED_CONTENT_TYPES",
    "FetchError",
    "FetchErrorCode",
    "FetchedPage",
    "Resolver",
    "SafeFetcher",
    "Target",
    "UrlNotAllowed",
    "address_refusal",
    "parse_allowlist",
    "parse_url",
    "system_resolver",
    "vet_url",
]
