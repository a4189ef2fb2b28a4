"""Sign-in, sessions, token rotation, password reset and API keys. Each public function commits once."""

from __future__ import annotations

import secrets
import uuid
from datetime import timedelta
from email.message import EmailMessage

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from jobwise.audit import service as audit
from jobwise.auth.errors import (
    AccountDisabled,
    ApiKeyNotFound,
    EmailTaken,
    InvalidCredentials,
    InvalidResetToken,
    InvalidToken,
    TokenReused,
    TooManyApiKeys,
    WrongPassword,
)
from jobwise.auth.models import ApiKey, AuthSession, PasswordResetToken, RefreshToken
from jobwise.auth.schemas import RegisterRequest, TokenPair
from jobwise.core.config import Settings
from jobwise.core.db import SQLiteFastReader, utcnow
from jobwise.core.deps import ClientInfo
from jobwise.core.errors import RateLimited
from jobwise.core.mail import build_message
from jobwise.core.ratelimit import RateLimiter
from jobwise.core.security import (
    decode_token,
    digest,
    encode_token,
    hash_password_async,
    new_secret,
    same_digest,
    verify_password_async,
)
from jobwise.users.models import User

MAX_API_KEYS = 20
API_KEY_PREFIX = "jw_"


def normalize_email(email: str) -> str:
    return email.strip().lower()


async def register(session: AsyncSession, data: RegisterRequest, client: ClientInfo) -> User:
    email = normalize_email(str(data.email))
    if await session.scalar(select(User.id).where(User.email == email)):
        raise EmailTaken()
    hashed = await hash_password_async(data.password)
    user = User(email=email, full_name=data.full_name, hashed_password=hashed)
    session.add(user)
    try:
        await session.flush()
    except IntegrityError:  # a concurrent registration won the race
        await session.rollback()
        raise EmailTaken() from None
    audit.record(session, "user.registered", user_id=user.id, client=client)
    await session.commit()
    return user


async def login(
    session: AsyncSession,
    email: str,
    password: str,
    *,
    settings: Settings,
    limiter: RateLimiter,
    client: ClientInfo,
) -> TokenPair:
    email = normalize_email(email)
    failures = (settings.rate_limit_login_failures, "login-failures", email)
    await limiter.check(*failures, message="Too many failed sign-ins for this account; try again later.")
    user = await session.scalar(select(User).where(User.email == email))
    if not await verify_password_async(password, user.hashed_password if user else None):
        await limiter.hit(*failures, message="Too many failed sign-ins for this account; try again later.")
        audit.record(session, "login.failed", user_id=user.id if user else None, client=client)
        await session.commit()
        raise InvalidCredentials()
    assert user is not None
    if not user.is_active:
        audit.record(session, "login.refused_inactive", user_id=user.id, client=client)
        await session.commit()
        raise AccountDisabled()
    await limiter.clear(*failures)
    auth_session = AuthSession(
        user_id=user.id,
        expires_at=utcnow() + timedelta(days=settings.refresh_token_days),
        ip=client.ip,
        user_agent=client.user_agent,
    )
    session.add(auth_session)
    await session.flush()
    tokens = _issue_tokens(session, settings, user.id, auth_session.id)
    audit.record(session, "login.succeeded", user_id=user.id, client=client, session_id=str(auth_session.id))
    await session.commit()
    return tokens


def _issue_tokens(
    session: AsyncSession, settings: Settings, user_id: uuid.UUID, session_id: uuid.UUID
) -> TokenPair:
    now = utcnow()
    access, _ = encode_token(
        key=settings.signing_key,
        kind="access",
        user_id=user_id,
        session_id=session_id,
        now=now,
        ttl=timedelta(minutes=settings.access_token_minutes),
    )
    refresh, claims = encode_token(
        key=settings.signing_key,
        kind="refresh",
        user_id=user_id,
        session_id=session_id,
        now=now,
        ttl=timedelta(days=settings.refresh_token_days),
    )
    session.add(
        RefreshToken(id=claims.token_id, user_id=user_id, session_id=session_id, expires_at=claims.expires_at)
    )
    return TokenPair(
        access_token=access, refresh_token=refresh, expires_in=settings.access_token_minutes * 60
    )


async def refresh(session: AsyncSession, token: str, *, settings: Settings, client: ClientInfo) -> TokenPair:
    """Rotate: spend the refresh token and issue a new pair. A spent token ends its whole family."""
    claims = decode_token(token, key=settings.signing_key, kind="refresh")
    if claims is None:
        raise InvalidToken()
    now = utcnow()
    spent = await session.execute(
        update(RefreshToken)
        .where(
            RefreshToken.id == claims.token_id,
            RefreshToken.session_id == claims.session_id,
            RefreshToken.used_at.is_(None),
        )
        .values(used_at=now)
    )
    if spent.rowcount != 1:  # type: ignore[attr-defined]
        await _handle_unusable_refresh(session, claims.token_id, claims.session_id, client)
    auth_session = await session.scalar(
        select(AuthSession)
        .join(User, User.id == AuthSession.user_id)
        .where(
            AuthSession.id == claims.session_id,
            AuthSession.revoked_at.is_(None),
            AuthSession.expires_at > now,
            User.is_active.is_(True),
        )
    )
    if auth_session is None:
        await session.rollback()
        raise InvalidToken()
    tokens = _issue_tokens(session, settings, auth_session.user_id, auth_session.id)
    await session.commit()
    return tokens


async def _handle_unusable_refresh(
    session: AsyncSession, token_id: uuid.UUID, session_id: uuid.UUID, client: ClientInfo
) -> None:
    known = await session.scalar(select(RefreshToken).where(RefreshToken.id == token_id))
    if known is None or known.session_id != session_id:
        raise InvalidToken()
    # A second use of a spent token means it was stolen or replayed: end the family.
    await _revoke_sessions(session, AuthSession.id == session_id, reason="refresh_token_reuse")
    audit.record(
        session, "token.reuse_detected", user_id=known.user_id, client=client, session_id=str(session_id)
    )
    await session.commit()
    raise TokenReused()


async def _revoke_sessions(session: AsyncSession, *conditions: object, reason: str) -> None:
    await session.execute(
        update(AuthSession)
        .where(AuthSession.revoked_at.is_(None), *conditions)  # type: ignore[arg-type]
        .values(revoked_at=utcnow(), revoked_reason=reason)
    )


async def revoke_all_sessions(
    session: AsyncSession, user_id: uuid.UUID, *, reason: str, keep: uuid.UUID | None = None
) -> None:
    """Flush-only helper: end every session of a user (but `keep`)."""
    conditions: list[object] = [AuthSession.user_id == user_id]
    if keep is not None:
        conditions.append(AuthSession.id != keep)
    await _revoke_sessions(session, *conditions, reason=reason)


async def logout(session: AsyncSession, user: User, session_id: uuid.UUID | None, client: ClientInfo) -> None:
    if session_id is not None:
        await _revoke_sessions(
            session, AuthSession.id == session_id, AuthSession.user_id == user.id, reason="logout"
        )
    audit.record(session, "logout", user_id=user.id, client=client)
    await session.commit()


# The same check as the ORM query below, for SQLite's synchronous fast path (UUIDs stored as hex).
_FAST_USER_SQL = (
    f"SELECT {', '.join('u.' + c.name for c in User.__table__.columns)} FROM users u "
    "JOIN auth_sessions s ON s.user_id = u.id "
    "WHERE s.id = ? AND u.id = ? AND s.revoked_at IS NULL AND u.is_active = 1"
)


async def user_for_access_token(
    session: AsyncSession, token: str, key: str, fast_reader: SQLiteFastReader | None = None
) -> tuple[User, uuid.UUID]:
    """The token's user, checked against the database on every request so revocation is immediate."""
    claims = decode_token(token, key=key, kind="access")
    if claims is None:
        raise InvalidToken()
    user = (
        fast_reader.load(User, _FAST_USER_SQL, (claims.session_id.hex, claims.user_id.hex))
        if fast_reader
        else None
    )
    if user is not None:
        session.add(user)  # loaded outside the session: now part of this request's
    else:
        user = await session.scalar(
            select(User)
            .join(AuthSession, AuthSession.user_id == User.id)
            .where(
                AuthSession.id == claims.session_id,
                User.id == claims.user_id,
                AuthSession.revoked_at.is_(None),
                User.is_active.is_(True),
            )
        )
    if user is None:
        raise InvalidToken()
    return user, claims.session_id


async def user_for_api_key(session: AsyncSession, key: str) -> User:
    prefix = _key_prefix(key)
    row = (
        await session.execute(
            select(User, ApiKey.key_hash)
            .join(ApiKey, ApiKey.user_id == User.id)
            .where(ApiKey.prefix == prefix, User.is_active.is_(True))
        )
        if prefix
        else None
    )
    found = row.first() if row is not None else None
    if found is None or not same_digest(key, found[1]):
        raise InvalidToken("The API key is invalid or has been deleted.")
    user: User = found[0]
    return user


def _key_prefix(key: str) -> str | None:
    parts = key.split("_")
    if len(parts) < 3 or f"{parts[0]}_" != API_KEY_PREFIX or len(parts[1]) != 8:
        return None
    return parts[1]


# --- passwords ---------------------------------------------------------------------------------


async def request_password_reset(
    session: AsyncSession, email: str, *, settings: Settings, limiter: RateLimiter, client: ClientInfo
) -> EmailMessage | None:
    """Make a reset token and the mail carrying it; None when there is no such active account or
    this address already got several mails this hour (the caller answers the same either way)."""
    email = normalize_email(email)
    try:
        await limiter.hit("5/hour", "password-reset-mail", email)
    except RateLimited:
        return None
    user = await session.scalar(select(User).where(User.email == email, User.is_active.is_(True)))
    if user is None:
        return None
    now = utcnow()
    await session.execute(  # only the newest link works
        update(PasswordResetToken)
        .where(PasswordResetToken.user_id == user.id, PasswordResetToken.used_at.is_(None))
        .values(used_at=now)
    )
    token = new_secret()
    session.add(
        PasswordResetToken(
            user_id=user.id,
            token_hash=digest(token),
            expires_at=now + timedelta(minutes=settings.reset_token_minutes),
        )
    )
    audit.record(session, "password.reset_requested", user_id=user.id, client=client)
    await session.commit()
    link = f"{settings.public_url.rstrip('/')}/?reset_token={token}"
    body = (
        f"Someone asked to reset the password of your JobWise account ({user.email}).\n\n"
        f"Reset it here within {settings.reset_token_minutes} minutes:\n{link}\n\n"
        f"Or paste this code into the reset form: {token}\n\n"
        "If it was not you, ignore this mail: your password stays as it is."
    )
    return build_message(
        sender=settings.mail_from, to=user.email, subject="Reset your JobWise password", body=body
    )


async def reset_password(session: AsyncSession, token: str, new_password: str, client: ClientInfo) -> None:
    now = utcnow()
    reset = await session.scalar(
        select(PasswordResetToken).where(
            PasswordResetToken.token_hash == digest(token),
            PasswordResetToken.used_at.is_(None),
            PasswordResetToken.expires_at > now,
        )
    )
    user = await session.get(User, reset.user_id) if reset else None
    if reset is None or user is None or not user.is_active:
        raise InvalidResetToken()
    claimed = await session.execute(
        update(PasswordResetToken)
        .where(PasswordResetToken.id == reset.id, PasswordResetToken.used_at.is_(None))
        .values(used_at=now)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]  # spent by a concurrent request
        raise InvalidResetToken()
    user.hashed_password = await hash_password_async(new_password)
    await revoke_all_sessions(session, user.id, reason="password_reset")
    audit.record(session, "password.reset", user_id=user.id, client=client)
    await session.commit()


async def change_password(
    session: AsyncSession,
    user: User,
    current: str,
    new: str,
    *,
    keep_session: uuid.UUID | None,
    client: ClientInfo,
) -> None:
    if not await verify_password_async(current, user.hashed_password):
        audit.record(session, "password.change_failed", user_id=user.id, client=client)
        await session.commit()
        raise WrongPassword()
    user.hashed_password = await hash_password_async(new)
    await revoke_all_sessions(session, user.id, reason="password_changed", keep=keep_session)
    audit.record(session, "password.changed", user_id=user.id, client=client)
    await session.commit()


# --- API keys ----------------------------------------------------------------------------------


async def create_api_key(
    session: AsyncSession, user: User, name: str, client: ClientInfo
) -> tuple[ApiKey, str]:
    count = len((await session.scalars(select(ApiKey.id).where(ApiKey.user_id == user.id))).all())
    if count >= MAX_API_KEYS:
        raise TooManyApiKeys()
    prefix = secrets.token_hex(4)
    key = f"{API_KEY_PREFIX}{prefix}_{new_secret()}"
    api_key = ApiKey(user_id=user.id, name=name, prefix=prefix, key_hash=digest(key))
    session.add(api_key)
    await session.flush()
    audit.record(
        session, "api_key.created", user_id=user.id, client=client, key_id=str(api_key.id), prefix=prefix
    )
    await session.commit()
    return api_key, key


async def list_api_keys(session: AsyncSession, user: User) -> list[ApiKey]:
    rows = await session.scalars(
        select(ApiKey).where(ApiKey.user_id == user.id).order_by(ApiKey.created_at.desc(), ApiKey.id)
    )
    return list(rows)


async def delete_api_key(session: AsyncSession, user: User, key_id: uuid.UUID, client: ClientInfo) -> None:
    api_key = await session.scalar(select(ApiKey).where(ApiKey.id == key_id, ApiKey.user_id == user.id))
    if api_key is None:
        raise ApiKeyNotFound()
    await session.delete(api_key)
    audit.record(session, "api_key.deleted", user_id=user.id, client=client, key_id=str(key_id))
    await session.commit()
