"""Who is calling: bearer token, X-API-Key, or the HttpOnly cookie (which needs a CSRF header)."""

from __future__ import annotations

import hmac
import uuid
from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Depends, Request

from jobwise.auth import service
from jobwise.auth.errors import CsrfFailed, InteractiveSessionRequired
from jobwise.core.deps import AppContext, SessionDep
from jobwise.core.errors import Forbidden, Unauthorized
from jobwise.users.models import User

ACCESS_COOKIE = "access_token"
REFRESH_COOKIE = "refresh_token"
CSRF_COOKIE = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# How each way of authenticating appears in the OpenAPI document (so /docs has an Authorize button);
# `get_principal` reads the headers itself: one dependency instead of three on every request.
SECURITY_SCHEMES = {
    "bearer": {"type": "http", "scheme": "bearer", "description": "Access token from /auth/login"},
    "api_key": {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-Key",
        "description": "Key from POST /auth/api-keys",
    },
    "cookie": {
        "type": "apiKey",
        "in": "cookie",
        "name": ACCESS_COOKIE,
        "description": "Set by /auth/login; unsafe requests also need the X-CSRF-Token header",
    },
}
AUTHENTICATED: dict[str, object] = {"security": [{"bearer": []}, {"api_key": []}, {"cookie": []}]}


@dataclass(frozen=True)
class Principal:
    user: User
    session_id: uuid.UUID | None  # None when authenticated by API key
    via: Literal["bearer", "api_key", "cookie"]


async def get_principal(request: Request, session: SessionDep) -> Principal:
    context: AppContext = request.app.state.context
    key, reader = context.settings.signing_key, context.fast_reader
    headers = request.headers
    if authorization := headers.get("authorization"):
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthorized("Use 'Authorization: Bearer <access token>'.")
        user, session_id = await service.user_for_access_token(session, token.strip(), key, reader)
        principal = Principal(user, session_id, "bearer")
    elif api_key := headers.get("x-api-key"):
        principal = Principal(await service.user_for_api_key(session, api_key), None, "api_key")
    elif cookie := request.cookies.get(ACCESS_COOKIE):
        if request.method not in SAFE_METHODS:
            check_csrf(request)
        user, session_id = await service.user_for_access_token(session, cookie, key, reader)
        principal = Principal(user, session_id, "cookie")
    else:
        raise Unauthorized()
    request.state.user_id = str(principal.user.id)
    return principal


def check_csrf(request: Request) -> None:
    """Double-submit: a cross-site page can send our cookies but cannot read one to echo it."""
    cookie = request.cookies.get(CSRF_COOKIE, "")
    header = request.headers.get(CSRF_HEADER, "")
    if not cookie or not hmac.compare_digest(cookie.encode(), header.encode()):
        raise CsrfFailed()


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]


async def get_current_user(principal: CurrentPrincipal) -> User:
    return principal.user


CurrentUser = Annotated[User, Depends(get_current_user)]


async def get_interactive_principal(principal: CurrentPrincipal) -> Principal:
    """Account-level changes need a password sign-in, not a (possibly leaked) API key."""
    if principal.via == "api_key":
        raise InteractiveSessionRequired()
    return principal


InteractivePrincipal = Annotated[Principal, Depends(get_interactive_principal)]


async def get_admin(user: CurrentUser) -> User:
    if user.role != "admin":
        raise Forbidden("Administrators only.")
    return user


AdminUser = Annotated[User, Depends(get_admin)]
