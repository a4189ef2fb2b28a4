"""Migrations alone make the schema: they upgrade, downgrade, re-upgrade and match the models."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from jobwise.ai.feed import load_feed
from jobwise.core.config import to_async_url
from jobwise.core.db import create_engine
from jobwise.core.migrate import downgrade, include_in_comparison, upgrade
from jobwise.models import Base
from tests.conftest import PG_HOST, PG_PORT, _drop_postgres_database, _postgres_database, reachable


@pytest.fixture(params=["sqlite", "postgres"])
async def empty_database(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        yield to_async_url(f"sqlite:///{tmp_path / 'migrations.db'}")
        return
    if not reachable(PG_HOST, PG_PORT):
        pytest.skip(f"PostgreSQL is not reachable at {PG_HOST}:{PG_PORT}")
    name = f"jobwise_migrations_{uuid.uuid4().hex[:10]}"
    yield to_async_url(await _postgres_database(name))
    await _drop_postgres_database(name)


def _diff(connection: Connection) -> list[object]:
    opts = {"compare_type": True, "include_name": include_in_comparison}
    context = MigrationContext.configure(connection, opts=opts)
    return list(compare_metadata(context, Base.metadata))


def _tables(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names()) - {"alembic_version"}


async def _inspect(url: str) -> tuple[set[str], list[object]]:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            tables = await connection.run_sync(_tables)
            diff = await connection.run_sync(_diff)
            return tables, diff
    finally:
        await engine.dispose()


async def test_upgrade_downgrade_and_upgrade_again(empty_database: str) -> None:
    await asyncio.to_thread(upgrade, empty_database)
    tables, diff = await _inspect(empty_database)
    assert {"users", "auth_sessions", "refresh_tokens", "api_keys", "audit_events"} <= tables
    assert diff == []  # the models and the migrations agree
    await asyncio.to_thread(downgrade, empty_database, "base")
    tables, _ = await _inspect(empty_database)
    assert tables == set()
    await asyncio.to_thread(upgrade, empty_database)
    tables, diff = await _inspect(empty_database)
    assert "users" in tables
    assert diff == []


async def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    url = to_async_url(f"sqlite:///{tmp_path / 'pragmas.db'}")
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            assert (await connection.scalar(text("PRAGMA journal_mode"))) == "wal"
            assert (await connection.scalar(text("PRAGMA foreign_keys"))) == 1
    finally:
        await engine.dispose()


async def _feed_rows(url: str, sql: str = "") -> dict[str, tuple[str, str]]:
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            if sql:
                await connection.execute(text(sql))
            rows = await connection.execute(text("SELECT feed_id, title, content_sha256 FROM feed_postings"))
            return {r[0]: (r[1], r[2]) for r in rows}
    finally:
        await engine.dispose()


async def test_migrate_loads_the_packaged_feed_and_mends_it_on_the_next_migrate(empty_database: str) -> None:
    packaged = {p.feed_id: p for p in load_feed()}
    await asyncio.to_thread(upgrade, empty_database)
    stored = await _feed_rows(empty_database)
    assert stored.keys() == packaged.keys()
    assert len(stored) >= 500
    assert all(stored[i][0] == p.title for i, p in packaged.items())

    first, second = sorted(packaged)[:2]
    gone = "fd-9999-withdrawn-posting"
    edit = f"UPDATE feed_postings SET title = 'Edited', content_sha256 = 'x' WHERE feed_id = '{first}'"
    assert (await _feed_rows(empty_database, edit))[first][0] == "Edited"
    await _feed_rows(empty_database, f"DELETE FROM feed_postings WHERE feed_id = '{second}'")
    await _feed_rows(
        empty_database,
        "INSERT INTO feed_postings SELECT '"
        + gone
        + "', title, company, description, location, location_type,"
        " employment_type, salary_min, salary_max, salary_currency, salary_period, required_skills,"
        " nice_to_have_skills, min_experience_years, seniority, category, posted_at, url, 'y', embedding,"
        f" embedding_model FROM feed_postings WHERE feed_id = '{first}'",
    )
    await asyncio.to_thread(upgrade, empty_database)  # nothing to migrate: the feed is still mended
    mended = await _feed_rows(empty_database)
    assert mended == stored
    await asyncio.to_thread(downgrade, empty_database, "0005search")
    assert "feed_postings" not in (await _inspect(empty_database))[0]
