from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Depends, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError

from jobwise.auth import service
from jobwise.auth.dependencies import (
    ACCESS_COOKIE,
    CSRF_COOKIE,
    REFRESH_COOKIE,
    CurrentPrincipal,
    InteractivePrincipal,
    check_csrf,
)
from jobwise.auth.errors import InvalidToken
from jobwise.auth.schemas import (
    ApiKeyCreate,
    ApiKeyCreated,
    ApiKeyRead,
    ChangePasswordRequest,
    ForgotPasswordRequest,
    LoginRequest,
    RefreshRequest,
    RegisterRequest,
    ResetPasswordRequest,
    TokenPair,
)
from jobwise.core.deps import ClientDep, ContextDep, SessionDep
from jobwise.core.mail import send_quietly
from jobwise.core.security import new_secret
from jobwise.users.models import User
from jobwise.users.schemas import UserRead

REFRESH_COOKIE_PATH = "/api/v1/auth"


async def limit_per_ip(request: Request, context: ContextDep, client: ClientDep) -> None:
    await context.limiter.hit(context.settings.rate_limit_auth, "auth-ip", client.ip or "unknown")


router = APIRouter(prefix="/auth", tags=["Auth"])
limited = [Depends(limit_per_ip)]


class AcceptedMessage(BaseModel):
    message: str


async def login_credentials(request: Request) -> LoginRequest:
    """JSON {email, password} or the OAuth2 password form (username, password)."""
    content_type = request.headers.get("content-type", "").lower()
    data: Any
    if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        data = {"email": form.get("username") or form.get("email"), "password": form.get("password")}
    else:
        try:
            data = await request.json()
        except ValueError:
            raise RequestValidationError(
                [
                    {
                        "loc": ("body",),
                        "msg": "Send JSON {email, password} or an OAuth2 form",
                        "type": "json_invalid",
                    }
                ]
            ) from None
    try:
        return LoginRequest.model_validate(data)
    except ValidationError as exc:
        raise RequestValidationError(
            [
                {**error, "loc": ("body", *error["loc"])}
                for error in exc.errors(include_input=False, include_url=False)
            ]
        ) from None


_LOGIN_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": LoginRequest.model_json_schema()},
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "required": ["username", "password"],
                    "properties": {"username": {"type": "string"}, "password": {"type": "string"}},
                }
            },
        },
    }
}


@router.post("/register", response_model=UserRead, status_code=201, dependencies=limited)
async def register(data: RegisterRequest, session: SessionDep, client: ClientDep) -> User:
    """Create an account."""
    return await service.register(session, data, client)


@router.post("/login", response_model=TokenPair, dependencies=limited, openapi_extra=_LOGIN_BODY)
async def login(
    request: Request,
    response: Response,
    credentials: Annotated[LoginRequest, Depends(login_credentials)],
    session: SessionDep,
    context: ContextDep,
    client: ClientDep,
) -> TokenPair:
    """Sign in with email and password; returns tokens and sets HttpOnly cookies."""
    tokens = await service.login(
        session,
        credentials.email,
        credentials.password,
        settings=context.settings,
        limiter=context.limiter,
        client=client,
    )
    _set_auth_cookies(request, response, tokens, context)
    return tokens


@router.post("/refresh", response_model=TokenPair, dependencies=limited)
async def refresh(
    request: Request,
    response: Response,
    session: SessionDep,
    context: ContextDep,
    client: ClientDep,
    data: RefreshRequest | None = None,
) -> TokenPair:
    """Trade a refresh token (body or cookie) for a new pair; the old one is spent."""
    token = data.refresh_token if data and data.refresh_token else None
    if token is None:
        token = request.cookies.get(REFRESH_COOKIE)
        if token is None:
            raise InvalidToken("No refresh token in the body or cookie.")
        check_csrf(request)
    tokens = await service.refresh(session, token, settings=context.settings, client=client)
    _set_auth_cookies(request, response, tokens, context)
    return tokens


@router.post("/logout", status_code=204)
async def logout(principal: CurrentPrincipal, session: SessionDep, client: ClientDep) -> Response:
    """End this session: its access and refresh tokens stop working at once."""
    await service.logout(session, principal.user, principal.session_id, client)
    response = Response(status_code=204)
    for name, path in ((ACCESS_COOKIE, "/"), (CSRF_COOKIE, "/"), (REFRESH_COOKIE, REFRESH_COOKIE_PATH)):
        response.delete_cookie(name, path=path)
    return response


@router.post("/password/forgot", response_model=AcceptedMessage, status_code=202, dependencies=limited)
async def forgot_password(
    data: ForgotPasswordRequest,
    background: BackgroundTasks,
    session: SessionDep,
    context: ContextDep,
    client: ClientDep,
) -> AcceptedMessage:
    """Mail a reset link if the account exists (the answer is the same either way)."""
    message = await service.request_password_reset(
        session, data.email, settings=context.settings, limiter=context.limiter, client=client
    )
    if message is not None:
        background.add_task(send_quietly, context.mailer, message)
    return AcceptedMessage(message="If an account exists for this email, a reset link is on its way.")


@router.post("/password/reset", status_code=204, dependencies=limited)
async def reset_password(data: ResetPasswordRequest, session: SessionDep, client: ClientDep) -> Response:
    """Set a new password with the token from the reset mail; every session is signed out."""
    await service.reset_password(session, data.token, data.new_password, client)
    return Response(status_code=204)


@router.post("/password/change", status_code=204, dependencies=limited)
async def change_password(
    data: ChangePasswordRequest, principal: InteractivePrincipal, session: SessionDep, client: ClientDep
) -> Response:
    """Change your password; your other sessions are signed out."""
    await service.change_password(
        session,
        principal.user,
        data.current_password,
        data.new_password,
        keep_session=principal.session_id,
        client=client,
    )
    return Response(status_code=204)


@router.post("/api-keys", response_model=ApiKeyCreated, status_code=201)
async def create_api_key(
    data: ApiKeyCreate, principal: InteractivePrincipal, session: SessionDep, client: ClientDep
) -> ApiKeyCreated:
    """Create an API key; the secret is shown only in this response."""
    api_key, secret = await service.create_api_key(session, principal.user, data.name, client)
    return ApiKeyCreated(
        id=api_key.id, name=api_key.name, prefix=api_key.prefix, created_at=api_key.created_at, key=secret
    )


@router.get("/api-keys", response_model=list[ApiKeyRead])
async def list_api_keys(principal: CurrentPrincipal, session: SessionDep) -> list[Any]:
    """Your API keys (without their secrets)."""
    return await service.list_api_keys(session, principal.user)


@router.delete("/api-keys/{key_id}", status_code=204)
async def delete_api_key(
    key_id: uuid.UUID, principal: InteractivePrincipal, session: SessionDep, client: ClientDep
) -> Response:
    """Delete an API key; it stops working at once."""
    await service.delete_api_key(session, principal.user, key_id, client)
    return Response(status_code=204)


def _set_auth_cookies(request: Request, response: Response, tokens: TokenPair, context: ContextDep) -> None:
    settings = context.settings
    secure = settings.cookie_secure if settings.cookie_secure is not None else request.url.scheme == "https"
    access_age = settings.access_token_minutes * 60
    refresh_age = settings.refresh_token_days * 86400
    response.set_cookie(
        ACCESS_COOKIE,
        tokens.access_token,
        max_age=access_age,
        httponly=True,
        secure=secure,
        samesite="lax",
        path="/",
    )
    response.set_cookie(
        REFRESH_COOKIE,
        tokens.refresh_token,
        max_age=refresh_age,
        httponly=True,
        secure=secure,
        samesite="strict",
        path=REFRESH_COOKIE_PATH,
    )
    response.set_cookie(
        CSRF_COOKIE,
        new_secret(16),
        max_age=refresh_age,
        httponly=False,
        secure=secure,
        samesite="strict",
        path="/",
    )
