"""Password hashing, signed tokens and opaque secrets. Pure functions over explicit keys."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Literal

import jwt
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from zxcvbn.frequency_lists import FREQUENCY_LISTS

ALGORITHM = "HS256"
ISSUER = "jobwise"
TokenKind = Literal["access", "refresh"]

# OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): tens of ms, not a DoS lever on a small box.
_password_hash = PasswordHash((Argon2Hasher(memory_cost=19456, time_cost=2, parallelism=1),))
# Verified against when the email is unknown, so both paths cost one argon2 verification.
_DUMMY_HASH = _password_hash.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    return _password_hash.hash(password)


def verify_password(password: str, hashed: str | None) -> bool:
    """Constant-time-ish: always runs one argon2 verification, even without a stored hash."""
    if hashed is None:
        _password_hash.verify(password, _DUMMY_HASH)
        return False
    return _password_hash.verify(password, hashed)


async def hash_password_async(password: str) -> str:
    """Off the event loop: argon2 releases the GIL, so other requests keep flowing."""
    return await asyncio.to_thread(hash_password, password)


async def verify_password_async(password: str, hashed: str | None) -> bool:
    return await asyncio.to_thread(verify_password, password, hashed)


def password_problem(password: str, *, email: str | None = None) -> str | None:
    """Why a new password is refused, or None when it is acceptable."""
    if len(password) < 8:
        return "Password must be at least 8 characters long"
    if len(password) > 256:
        return "Password must be at most 256 characters long"
    lowered = password.lower()
    if lowered in _common_passwords():
        return "This password is too common; choose a less predictable one"
    if email and lowered == email.lower():
        return "Password must not be your email address"
    return None


@lru_cache(maxsize=1)
def _common_passwords() -> frozenset[str]:
    return frozenset(FREQUENCY_LISTS["passwords"])


@dataclass(frozen=True)
class TokenClaims:
    user_id: uuid.UUID
    session_id: uuid.UUID
    token_id: uuid.UUID
    kind: TokenKind
    expires_at: datetime


def encode_token(
    *, key: str, kind: TokenKind, user_id: uuid.UUID, session_id: uuid.UUID, now: datetime, ttl: timedelta
) -> tuple[str, TokenClaims]:
    claims = TokenClaims(user_id, session_id, uuid.uuid4(), kind, now + ttl)
    payload = {
        "iss": ISSUER,
        "aud": f"jobwise:{kind}",
        "sub": str(user_id),
        "sid": str(session_id),
        "jti": str(claims.token_id),
        "iat": int(now.timestamp()),
        "exp": int(claims.expires_at.timestamp()),
    }
    return jwt.encode(payload, key, algorithm=ALGORITHM), claims


def decode_token(token: str, *, key: str, kind: TokenKind) -> TokenClaims | None:
    """The token's claims, or None when it is forged, expired, of another kind or malformed."""
    claims = _verified_claims(token, key, kind)
    return claims if claims is not None and claims.expires_at > datetime.now(UTC) else None


@lru_cache(maxsize=4096)
def _verified_claims(token: str, key: str, kind: TokenKind) -> TokenClaims | None:
    """Signature, algorithm, audience and issuer checked once per token (every request carries the
    same access token for minutes); expiry is checked on every use by the caller."""
    try:
        payload = jwt.decode(
            token,
            key,
            algorithms=[ALGORITHM],
            audience=f"jobwise:{kind}",
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub", "sid", "jti", "aud", "iss"], "verify_exp": False},
        )
        return TokenClaims(
            user_id=uuid.UUID(payload["sub"]),
            session_id=uuid.UUID(payload["sid"]),
            token_id=uuid.UUID(payload["jti"]),
            kind=kind,
            expires_at=datetime.fromtimestamp(payload["exp"], UTC),
        )
    except (jwt.PyJWTError, ValueError, TypeError, KeyError, OverflowError):
        return None


def new_secret(nbytes: int = 32) -> str:
    return secrets.token_urlsafe(nbytes)


def digest(secret: str) -> str:
    """SHA-256 of a high-entropy secret (reset tokens, API keys): fast lookups, nothing reversible."""
    return hashlib.sha256(secret.encode()).hexdigest()


def same_digest(secret: str, expected_digest: str) -> bool:
    return hmac.compare_digest(digest(secret), expected_digest)
