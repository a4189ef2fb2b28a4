"""Apply Alembic migrations from code (`jobwise migrate`, `jobwise serve`, the tests)."""

from __future__ import annotations

import asyncio
from importlib.resources import files

from alembic import command
from alembic.config import Config

# Search objects made by raw SQL in migrations 0005search and 0008search_speed (FTS5 shadow tables
# share the prefix).
_RAW_SQL_TABLES = ("jobs_fts", "job_vectors", "job_stamps")
_RAW_SQL_NAMES = frozenset({"search_vector", "ix_jobs_search_vector", "ix_jobs_user_updated"})


def include_in_comparison(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic `include_name` hook: leave the raw-SQL search objects out of autogenerate."""
    if type_ == "table" and name and name.startswith(_RAW_SQL_TABLES):
        return False
    return name not in _RAW_SQL_NAMES


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("jobwise") / "migrations"))
    config.attributes["url"] = url
    return config


def upgrade(url: str, revision: str = "heads") -> None:
    command.upgrade(alembic_config(url), revision)


def downgrade(url: str, revision: str) -> None:
    command.downgrade(alembic_config(url), revision)


async def upgrade_async(url: str, revision: str = "heads") -> None:
    """Run from inside an event loop: Alembic's env starts its own loop, so use a thread."""
    await asyncio.to_thread(upgrade, url, revision)
