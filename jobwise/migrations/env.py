"""Alembic environment: async engines, the URL handed in by jobwise.core.migrate (or settings)."""

from __future__ import annotations

import asyncio

from alembic import context
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from jobwise.core.config import Settings
from jobwise.core.db import create_engine
from jobwise.core.migrate import include_in_comparison
from jobwise.jobs.feed import sync_feed
from jobwise.models import Base

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    url = config.attributes.get("url") or config.get_main_option("sqlalchemy.url")
    return str(url) if url else Settings().async_database_url


def _configure(connection: Connection | None = None, url: str | None = None) -> None:
    batch = (url or str(connection.engine.url if connection else "")).startswith("sqlite")
    context.configure(
        connection=connection,
        url=url,
        target_metadata=target_metadata,
        render_as_batch=batch,  # SQLite can only ALTER by copying tables
        compare_type=True,
        include_name=include_in_comparison,
    )


def _at_head() -> bool:
    current = set(context.get_context().get_current_heads())
    return current == set(ScriptDirectory.from_config(config).get_heads())


def _run_sync(connection: Connection) -> None:
    _configure(connection)
    with context.begin_transaction():
        context.run_migrations()
        if _at_head():  # data that follows the package
            sync_feed(connection)
    if connection.in_transaction():  # SQLite: DDL is not transactional, the sync ran in its own
        connection.commit()


async def _run_async() -> None:
    engine = create_engine(_url())
    async with engine.connect() as connection:
        await connection.run_sync(_run_sync)
    await engine.dispose()


if context.is_offline_mode():
    _configure(url=_url())
    with context.begin_transaction():
        context.run_migrations()
else:
    asyncio.run(_run_async())
