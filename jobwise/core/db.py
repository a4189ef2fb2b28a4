"""Engine, session factory and the declarative base every feature's models share."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from typing import Any, ClassVar, TypeVar

from sqlalchemy import DateTime, MetaData, Select, event, func, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.engine import Dialect, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, make_transient_to_detached, mapped_column
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.types import TypeDecorator

from jobwise.core.schemas import PageParams

T = TypeVar("T")

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC timestamps on every backend (SQLite keeps no offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime()}


class IdMixin:
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


def create_engine(url: str, **kwargs: Any) -> AsyncEngine:
    if url.startswith("sqlite"):
        engine = create_async_engine(url, connect_args={"timeout": 30}, **kwargs)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    return create_async_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20, **kwargs)


def _sqlite_pragmas(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


class SQLiteFastReader:
    """Tiny indexed reads on the hot path (authenticating every request) run synchronously on the
    event loop: tens of microseconds, against 0.5-2 ms for aiosqlite's thread round trips. WAL
    readers never wait for writers; if the file is locked anyway (a migration), the read answers
    None and the caller takes the async path, which is also the authority on "no such row"."""

    def __init__(self, async_url: str) -> None:
        database = make_url(async_url).database or ""
        self._connection = sqlite3.connect(
            database, timeout=0.05, isolation_level=None, check_same_thread=False
        )
        self._connection.execute("PRAGMA query_only = ON")  # this connection never writes
        self._dialect = SQLiteDialect_pysqlite()
        self._processors: dict[type[Any], list[tuple[str, Any]]] = {}

    def load(self, model: type[T], sql: str, params: Sequence[object]) -> T | None:
        """One `model` instance from a raw SELECT of its table's columns in table order, detached
        and clean, as if an ORM query had loaded it."""
        try:
            row = self._connection.execute(sql, params).fetchone()
        except sqlite3.OperationalError:
            return None
        if row is None:
            return None
        values = {
            key: process(value) if process else value
            for (key, process), value in zip(self._column_processors(model), row, strict=True)
        }
        instance = model(**values)
        make_transient_to_detached(instance)
        return instance

    def _column_processors(self, model: type[Any]) -> list[tuple[str, Any]]:
        if model not in self._processors:
            mapper = sa_inspect(model)
            self._processors[model] = [
                (mapper.get_property_by_column(column).key, _result_processor(column, self._dialect))
                for column in model.__table__.columns
            ]
        return self._processors[model]

    def dispose(self) -> None:
        self._connection.close()


def _result_processor(column: Any, dialect: Dialect) -> Any:
    """What the dialect applies to a raw value of this column (text -> datetime, hex -> UUID...)."""
    return column.type.dialect_impl(dialect).result_processor(dialect, None)


async def paginate(
    session: AsyncSession, query: Select[T], page: PageParams, *order_by: Any
) -> tuple[list[T], int]:
    """One page of `query` in `order_by` order, and how many rows the whole query has."""
    total = await session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = await session.scalars(query.order_by(*order_by).limit(page.limit).offset(page.offset))
    return list(rows), total


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


async def session_scope(factory: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """A request's session: rolled back unless the service committed."""
    async with factory() as session:
        yield session
