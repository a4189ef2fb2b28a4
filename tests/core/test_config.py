from __future__ import annotations

from pathlib import Path

import pytest

from jobwise.core.config import Settings, to_async_url


@pytest.mark.parametrize(
    ("plain", "expected"),
    [
        ("postgresql://u:p@db:5432/jobs", "postgresql+asyncpg://u:p@db:5432/jobs"),
        ("postgres://u@db/jobs?sslmode=require", "postgresql+asyncpg://u@db/jobs?ssl=require"),
        ("postgresql+psycopg://u@db/jobs", "postgresql+asyncpg://u@db/jobs"),
        ("sqlite:///var/data/j.db", "sqlite+aiosqlite:///var/data/j.db"),
    ],
)
def test_plain_database_urls_get_our_async_driver(plain: str, expected: str) -> None:
    assert to_async_url(plain) == expected


@pytest.mark.parametrize("bad", ["mysql://u@h/db", "just-a-path"])
def test_unsupported_database_urls_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match=r"JOBWISE_DATABASE_URL|Unsupported"):
        to_async_url(bad)


def test_environment_variables_fill_the_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("JOBWISE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("JOBWISE_CORS_ORIGINS", "https://a.example, https://b.example")
    monkeypatch.setenv("JOBWISE_FETCH_ALLOWLIST", "jobs.intranet:8080")
    monkeypatch.setenv("JOBWISE_MAX_UPLOAD_MB", "3")
    settings = Settings()
    assert settings.cors_origins == ["https://a.example", "https://b.example"]
    assert settings.fetch_allowlist == ["jobs.intranet:8080"]
    assert settings.max_upload_bytes == 3 * 1024 * 1024
    assert settings.async_database_url == f"sqlite+aiosqlite:///{tmp_path / 'jobwise.db'}"


def test_a_secret_is_generated_once_and_kept(tmp_path: Path) -> None:
    first = Settings(data_dir=tmp_path).signing_key
    second = Settings(data_dir=tmp_path).signing_key
    assert first == second
    assert len(first) >= 40
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600
    assert Settings(data_dir=tmp_path, secret_key="explicit-" + "z" * 32).signing_key.startswith("explicit-")
