"""One settings object, filled from the JOBWISE_* environment variables (and an optional .env)."""

from __future__ import annotations

import os
import secrets
import time
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

CommaList = Annotated[list[str], NoDecode]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JOBWISE_", env_file=".env", extra="ignore")

    data_dir: Path = Path("./jobwise-data")
    database_url: str | None = None
    redis_url: str | None = None
    redis_prefix: str = "jobwise"
    secret_key: str | None = None
    cors_origins: CommaList = Field(
        default_factory=lambda: ["http://localhost:8501", "http://127.0.0.1:8501"]
    )
    public_url: str = "http://localhost:8501"

    mail_backend: Literal["console", "file", "smtp"] = "console"
    mail_from: str = "JobWise <no-reply@jobwise.local>"
    smtp_url: str | None = None

    storage_url: str | None = None

    llm_provider: Literal["builtin", "ollama", "openai"] = "builtin"
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    embedding_provider: Literal["builtin", "ollama", "openai"] = "builtin"
    embedding_model: str | None = None
    embedding_base_url: str | None = None  # defaults to the LLM endpoint
    embedding_api_key: str | None = None  # defaults to the LLM key
    # Each 256-token window of the builtin model costs ~70-100 ms of CPU; the blind text leads with
    # the summary and latest roles, so one window keeps a CV's analysis within its 150 ms budget.
    embedding_max_windows: int = Field(1, ge=1, le=16)

    fetch_allowlist: CommaList = Field(default_factory=list)
    max_upload_mb: int = Field(10, ge=1, le=200)
    max_json_kb: int = Field(1024, ge=16)

    rate_limit_uploads: str = "60/hour"
    worker_concurrency: int = Field(2, ge=1, le=32)
    queue: Literal["embedded", "procrastinate"] = "embedded"
    rate_limit_auth: str = "20/minute"
    rate_limit_login_failures: str = "10/15minutes"
    access_token_minutes: int = Field(15, ge=1)
    refresh_token_days: int = Field(14, ge=1)
    reset_token_minutes: int = Field(30, ge=1)
    cookie_secure: bool | None = None  # None: secure when the request came over https

    log_level: str = "INFO"
    log_json: bool = True

    @field_validator("cors_origins", "fetch_allowlist", mode="before")
    @classmethod
    def _split_commas(cls, value: object) -> object:
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value

    @field_validator("cors_origins")
    @classmethod
    def _no_wildcard_with_credentials(cls, origins: list[str]) -> list[str]:
        if "*" in origins:  # cookies are credentials: a wildcard would let any site use them
            raise ValueError("JOBWISE_CORS_ORIGINS may not contain '*'; list the UI origins explicitly")
        return origins

    @model_validator(mode="after")
    def _absolute_data_dir(self) -> Settings:
        self.data_dir = self.data_dir.expanduser().resolve()
        return self

    @cached_property
    def async_database_url(self) -> str:
        """The database URL with JobWise's async driver, from the plain form hosts hand out."""
        if not self.database_url:
            return f"sqlite+aiosqlite:///{self.data_dir / 'jobwise.db'}"
        return to_async_url(self.database_url)

    @property
    def is_sqlite(self) -> bool:
        return self.async_database_url.startswith("sqlite")

    @property
    def max_upload_bytes(self) -> int:
        return self.max_upload_mb * 1024 * 1024

    @cached_property
    def signing_key(self) -> str:
        """The configured secret, or one generated once and kept in the data dir."""
        return self.secret_key or _persistent_secret(self.data_dir / "secret_key")


def to_async_url(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise ValueError("JOBWISE_DATABASE_URL must look like postgresql://user@host/db or sqlite:///path")
    base = scheme.split("+")[0].lower()
    if base in ("postgres", "postgresql"):
        return "postgresql+asyncpg://" + rest.replace("sslmode=", "ssl=")
    if base == "sqlite":
        return "sqlite+aiosqlite://" + rest
    raise ValueError(f"Unsupported database scheme {scheme!r}: use postgresql:// or sqlite:///")


def _persistent_secret(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first: use theirs once it is written
        for _ in range(100):
            if secret := path.read_text().strip():
                return secret
            time.sleep(0.02)
        raise RuntimeError(f"{path} is empty; delete it or set JOBWISE_SECRET_KEY") from None
    with os.fdopen(fd, "w") as handle:
        handle.write(secrets.token_urlsafe(48))
    return path.read_text().strip()
